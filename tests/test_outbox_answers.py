"""What each answer of a real SMTP server (aiosmtpd) does to a queued digest message: a 4xx is
tried again later and the message kept, a 5xx refuses it for good and what it carried goes into
the next digest; the row, the run's report and the log say the same."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest

from monitor.config import Recipient
from monitor.digest.outbox import deliver_due, queue_digest

from .conftest import email_config

NOW = datetime(2023, 11, 24, 0, 5, tzinfo=UTC)
RETRY_AT = "2023-11-24T00:06:00+00:00"      # NOW + retry_base_s (60 s) for a first attempt


def carried(db, row_id: int) -> tuple[int, int]:
    articles, indicators = db.execute("SELECT article_ids, indicator_ids FROM outbox WHERE id = ?", [row_id]).fetchone()
    return len(json.loads(articles)), len(json.loads(indicators))


def outbox_log(caplog) -> list[tuple[int, str]]:
    return [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "monitor.digest.outbox"
            and ("not sent" in r.getMessage() or "refused for good" in r.getMessage())]


@pytest.mark.parametrize("code", ["400 4.0.0 try again", "450 4.2.1 mailbox busy", "499 4.9.9 later"])
def test_a_recipient_refused_with_a_4xx_is_kept_and_tried_again_later(crawled, config, smtp_server, caplog, code):
    smtp_server.refuse, smtp_server.refusal = {"editor@example.org"}, code
    cfg = email_config(config, smtp_server)
    queue_digest(crawled, cfg, NOW)
    with caplog.at_level(logging.INFO, logger="monitor.digest.outbox"):
        report = deliver_due(crawled, cfg.email, NOW)
    error = f"the server refused the recipient(s): editor@example.org ({code})"
    assert (report.sent, report.failed, report.rejected, report.errors) == (0, 1, 0, [error])
    assert crawled.execute("SELECT status, attempts, error_kind, last_error, next_attempt_at FROM outbox").fetchall() \
        == [("queued", 1, "temporary", error, RETRY_AT)]
    assert outbox_log(caplog) == [(logging.WARNING, f"digest message 1 not sent (temporary, kept; retried after "
                                                    f"{RETRY_AT}): {error}")]


@pytest.mark.parametrize("code", ["500 5.0.0 no", "550 5.1.1 no such user here"])
def test_a_recipient_refused_with_a_5xx_is_refused_for_good_and_its_figures_wait_for_the_next_digest(
        crawled, config, smtp_server, caplog, code):
    smtp_server.refuse, smtp_server.refusal = {"editor@example.org"}, code
    cfg = email_config(config, smtp_server)
    queue_digest(crawled, cfg, NOW)
    articles, indicators = carried(crawled, 1)
    assert articles > 0 and indicators > 0
    with caplog.at_level(logging.INFO, logger="monitor.digest.outbox"):
        report = deliver_due(crawled, cfg.email, NOW)
    error = f"the server refused the recipient(s): editor@example.org ({code})"
    assert (report.sent, report.failed, report.rejected) == (0, 1, 1)
    assert crawled.execute("SELECT status, attempts, error_kind, last_error FROM outbox").fetchall() == \
        [("rejected", 1, "permanent", error)]
    assert outbox_log(caplog) == [(logging.ERROR, f"digest message 1 refused for good: {error}; its {articles} "
                                                  f"articles and {indicators} indicators go in the next digest")]


@pytest.mark.parametrize(("answer", "status", "kind", "level"), [
    ("452 4.3.1 insufficient storage", "queued", "temporary", logging.WARNING),
    ("500 5.0.0 no", "rejected", "permanent", logging.ERROR),
    ("552 5.3.4 message too big", "rejected", "permanent", logging.ERROR)])
def test_a_message_refused_after_its_data_is_kept_for_a_4xx_and_refused_for_good_for_a_5xx(
        crawled, config, smtp_server, caplog, answer, status, kind, level):
    smtp_server.refuse_data = answer
    cfg = email_config(config, smtp_server)
    queue_digest(crawled, cfg, NOW)
    with caplog.at_level(logging.INFO, logger="monitor.digest.outbox"):
        report = deliver_due(crawled, cfg.email, NOW)
    error = f"the server answered {answer.split()[0]} {answer.split(' ', 1)[1]}"
    assert (report.failed, report.rejected) == (1, int(status == "rejected"))
    assert crawled.execute("SELECT status, error_kind, last_error FROM outbox").fetchall() == [(status, kind, error)]
    assert [lv for lv, _ in outbox_log(caplog)] == [level]


def test_every_refused_message_of_a_run_is_counted(crawled, config, smtp_server):
    smtp_server.refuse = {"editor@example.org", "desk@example.org"}
    cfg = email_config(config, smtp_server, recipients=(Recipient("editor@example.org"), Recipient("desk@example.org")))
    queue_digest(crawled, cfg, NOW)
    report = deliver_due(crawled, cfg.email, NOW)
    assert (report.sent, report.failed, report.rejected) == (0, 2, 2)
    assert len(report.errors) == 2      # one error each: they name different recipients


def test_a_refused_login_keeps_the_message_and_is_logged_as_an_error(
        crawled, config, monkeypatch, caplog):
    from .conftest import SmtpServer
    server = SmtpServer(auth=("monitor", "right")).start()
    try:
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong")
        cfg = email_config(config, server, username="monitor", password_env="TEST_SMTP_PASSWORD")
        queue_digest(crawled, cfg, NOW)
        with caplog.at_level(logging.INFO, logger="monitor.digest.outbox"):
            deliver_due(crawled, cfg.email, NOW)
    finally:
        server.stop()
    [(level, text)] = outbox_log(caplog)
    assert level == logging.ERROR and text.startswith(f"digest message 1 not sent (permanent, kept; retried after "
                                                       f"{RETRY_AT}): ")
    assert crawled.execute("SELECT status, error_kind FROM outbox").fetchone() == ("queued", "permanent")


def test_a_sent_message_is_logged_with_its_recipient(crawled, config, smtp_server, caplog):
    cfg = email_config(config, smtp_server)
    queue_digest(crawled, cfg, NOW)
    caplog.clear()        # what queueing logged (when another test left INFO on) is not this test's
    with caplog.at_level(logging.INFO, logger="monitor.digest.outbox"):
        assert deliver_due(crawled, cfg.email, NOW).sent == 1
    assert [r.getMessage() for r in caplog.records if r.name == "monitor.digest.outbox"] == \
        ["digest message 1 sent to editor@example.org"]


def test_a_password_variable_that_is_not_set_is_said_and_the_message_kept(crawled, config, smtp_server, monkeypatch):
    monkeypatch.delenv("TEST_SMTP_PASSWORD_UNSET", raising=False)
    cfg = email_config(config, smtp_server, username="monitor", password_env="TEST_SMTP_PASSWORD_UNSET")
    queue_digest(crawled, cfg, NOW)
    report = deliver_due(crawled, cfg.email, NOW)
    error = "the environment variable TEST_SMTP_PASSWORD_UNSET (email.password_env) is not set: no SMTP password"
    assert (report.sent, report.failed, report.errors) == (0, 1, [error])
    assert crawled.execute("SELECT status, error_kind, last_error FROM outbox").fetchone() == \
        ("queued", "permanent", error)
    assert smtp_server.messages == []


def test_a_connection_lost_in_the_middle_of_a_message_keeps_it_and_stops_the_run(crawled, config, smtp_server):
    smtp_server.drop_data = 1
    cfg = email_config(config, smtp_server, recipients=(Recipient("editor@example.org"), Recipient("desk@example.org")))
    queue_digest(crawled, cfg, NOW)
    report = deliver_due(crawled, cfg.email, NOW)
    assert (report.sent, report.failed, report.rejected) == (0, 1, 0)
    assert report.errors[0].startswith("sending failed: ")
    # the first message is kept for later; the second was not tried on a connection that is gone
    assert crawled.execute("SELECT status, attempts, error_kind, next_attempt_at FROM outbox ORDER BY id").fetchall() \
        == [("queued", 1, "temporary", RETRY_AT), ("queued", 0, None, "2023-11-24T00:05:00+00:00")]
    later = deliver_due(crawled, cfg.email, datetime(2023, 11, 24, 0, 7, tzinfo=UTC))
    assert (later.sent, later.failed) == (2, 0) and len(smtp_server.messages) == 2
