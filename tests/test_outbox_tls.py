"""Digests sent over TLS, as a real mail server wants them: `tls = "ssl"` (TLS from the first
byte, port 465) and `tls = "starttls"` (port 587), each to a real aiosmtpd server with a
certificate made for 127.0.0.1 and trusted through SSL_CERT_FILE; a certificate nobody trusts is
refused, and the message stays queued."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime

import pytest

from monitor.digest.outbox import deliver_due, queue_digest

from .conftest import SmtpServer, email_config

NOW = datetime(2023, 11, 24, 0, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def cert(tmp_path_factory) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1 (openssl, from Debian)."""
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True, timeout=60)
    return str(folder / "cert.pem"), str(folder / "key.pem")


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_a_digest_goes_out_over_tls_to_a_server_whose_certificate_is_trusted(crawled, config, cert, monkeypatch,
                                                                              tls):
    monkeypatch.setenv("SSL_CERT_FILE", cert[0])
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "right")
    server = SmtpServer(auth=("monitor", "right"), tls=tls, cert=cert).start()
    try:
        cfg = email_config(config, server, tls=tls, username="monitor", password_env="TEST_SMTP_PASSWORD")
        queue_digest(crawled, cfg, NOW)
        report = deliver_due(crawled, cfg.email, NOW)
    finally:
        server.stop()
    assert (report.sent, report.failed) == (1, 0), report.errors
    assert [rcpts for _, rcpts, _ in server.messages] == [["editor@example.org"]]


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_a_certificate_nobody_trusts_is_refused_and_the_digest_kept(crawled, config, cert, monkeypatch, tls):
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent")
    server = SmtpServer(tls=tls, cert=cert).start()
    try:
        cfg = email_config(config, server, tls=tls)
        queue_digest(crawled, cfg, NOW)
        report = deliver_due(crawled, cfg.email, NOW)
    finally:
        server.stop()
    assert (report.sent, report.failed) == (0, 1)
    assert "certificate verify failed" in report.errors[0]
    assert server.messages == []
    assert crawled.execute("SELECT status FROM outbox").fetchall() == [("queued",)]


def test_plain_smtp_to_a_server_that_requires_starttls_sends_nothing(crawled, config, cert):
    server = SmtpServer(tls="starttls", cert=cert).start()
    try:
        cfg = email_config(config, server)                     # tls = "none"
        queue_digest(crawled, cfg, NOW)
        report = deliver_due(crawled, cfg.email, NOW)
    finally:
        server.stop()
    assert (report.sent, report.failed) == (0, 1) and server.messages == []
