"""Shared fixtures: the replica site over real HTTP, configurations pointed at it, databases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.config import Config, load_config
from monitor.demo import write_demo_config
from monitor.replica import Replica

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = sorted((FIXTURES / "articles").glob("*.json"))


def expected_cases() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) | {"case": p.stem} for p in EXPECTED]


@pytest.fixture
def replica() -> Iterator[Replica]:
    """A fresh replica per test, so injected faults and the request log are the test's own."""
    with Replica() as running:
        yield running


def make_config(replica: Replica, directory: Path, **http: object) -> Config:
    """The demo configuration against `replica`, with HTTP settings overridden for the test."""
    path = write_demo_config(replica, directory)
    text = path.read_text("utf-8")
    settings = {"requests_per_second": 200.0, "backoff_base_s": 0.01, "timeout_s": 2.0} | http
    for key, value in settings.items():
        line = f"{key} = {json.dumps(value)}"
        lines = [ln for ln in text.splitlines() if not ln.startswith(f"{key} ")]
        index = lines.index("[http]") + 1
        lines.insert(index, line)
        text = "\n".join(lines) + "\n"
    path.write_text(text, "utf-8")
    return load_config(path)


@pytest.fixture
def config(replica: Replica, tmp_path: Path) -> Config:
    return make_config(replica, tmp_path)


@pytest.fixture
def crawled(replica: Replica, config: Config) -> Database:
    """The database after one crawl of the replica (13 articles, their indicators)."""
    from monitor.crawl.fetch import Fetcher
    from monitor.pipeline import run_once
    from monitor.store import open_db

    db = open_db(config.database_path)
    with Fetcher(config.http) as fetcher:
        run_once(config, db, fetcher)
    return db


@pytest.fixture
def next_day(replica, config):
    """The demo's two mornings: the replica crawled into an empty database (the baseline), then
    the next day's crawl, which finds one article with a new period, a revision and more."""
    from monitor.crawl.fetch import Fetcher
    from monitor.pipeline import run_once
    from monitor.replica.nextday import publish_next_day
    from monitor.store import open_db

    db = open_db(config.database_path)
    with Fetcher(config.http) as fetcher:
        run_once(config, db, fetcher)
        publish_next_day(replica)
        run_once(config, db, fetcher)
    return db


class SmtpServer:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives. aiosmtpd needs a
    port chosen beforehand (port=0 fails), so a free one is picked; `start()` again after
    `stop()` brings it back on the same port (the 'server down, then up' tests)."""

    def __init__(self, auth: tuple[str, str] | None = None, *, tls: str = "none",
                 cert: tuple[str, str] | None = None) -> None:
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.auth = auth
        self.tls, self.cert = tls, cert   # "ssl": TLS from the first byte; "starttls": required before MAIL
        self.messages: list[tuple[str, list[str], bytes]] = []   # (mail from, rcpt tos, data)
        self.refuse: set[str] = set()
        self.refusal = "550 5.1.1 no such user here"
        self.refuse_data: str | None = None   # e.g. "552 5.3.4 message too big": refuse every message
        self.drop_data = 0                    # hang up instead of answering the next this many messages
        self._controller = None

    def start(self) -> SmtpServer:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        server = self

        class Handler:
            async def handle_RCPT(self, srv, session, envelope, address, rcpt_options):
                if address in server.refuse:
                    return server.refusal
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, srv, session, envelope):
                if server.drop_data:
                    server.drop_data -= 1
                    srv.transport.close()
                    return "421 closing"   # never reaches the client: the connection is gone
                if server.refuse_data:
                    return server.refuse_data
                server.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
                return "250 Message accepted for delivery"

        def authenticator(srv, session, envelope, mechanism, auth_data):
            ok = server.auth is not None and (auth_data.login.decode(), auth_data.password.decode()) == server.auth
            return AuthResult(success=ok, handled=False)   # handled=False: aiosmtpd answers 235 or 535

        kwargs: dict = {"authenticator": authenticator, "auth_require_tls": False} if self.auth else {}
        if self.tls != "none":
            import ssl
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*self.cert)
            kwargs |= {"ssl_context": context} if self.tls == "ssl" else {"tls_context": context,
                                                                          "require_starttls": True}
        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


def email_config(config: Config, server: SmtpServer, **email: object) -> Config:
    """`config` with an [email] table pointing at `server`."""
    from dataclasses import replace

    from monitor.config import EmailSettings, Recipient
    settings = EmailSettings(smtp_host="127.0.0.1", smtp_port=server.port, tls="none",
                             sender="甘肃县域经济监测 <monitor@example.org>",
                             recipients=(Recipient("editor@example.org"),), retry_base_s=60.0)
    return replace(config, email=replace(settings, **email))


CHROMIUM = "/usr/bin/chromium"   # Debian's package, installed by scripts/setup-browser
# Flags for a sandboxed, offline machine: no Google services (their lookups fail here), no
# GPU, and no setuid sandbox (tests may run as root).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium from Debian's packages, driven by Playwright (never its own download).
    One browser per test session; each test opens its own pages."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup-browser (Debian's chromium package)")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MonitorServer:
    """`monitor serve` as a real process on a free port; `get(path)` answers (status, text).
    Its output goes to a file, not a pipe: a pipe nobody reads fills up (Datasette prints every
    404's traceback when `rich` is installed) and the server stops answering."""

    def __init__(self, config_path: str, *args: str) -> None:
        import subprocess
        import sys
        import tempfile
        import time
        import urllib.request

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 (closed in stop())
        self.proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", config_path, "serve",
                                      "--port", str(self.port), *args],
                                     stdout=self.output, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.base + "/-/versions.json", timeout=2).read()
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    output = self.log()
                    self.stop()
                    raise RuntimeError(f"monitor serve did not start: {output}") from None
                time.sleep(0.1)

    def get(self, path: str) -> tuple[int, str]:
        import urllib.error
        import urllib.parse
        import urllib.request
        try:
            with urllib.request.urlopen(self.base + urllib.parse.quote(path, safe="/?=&%~#:"), timeout=30) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.output.close()

    def log(self) -> str:
        """What the server has written so far (stdout and stderr)."""
        self.output.seek(0)
        return self.output.read()


@pytest.fixture(scope="module")
def crawled_once(tmp_path_factory) -> Config:
    """A configuration whose database holds one crawl of the replica, shared by a module's tests
    (which only read it)."""
    from monitor.crawl.fetch import Fetcher
    from monitor.pipeline import run_once
    from monitor.store import open_db

    with Replica() as running:
        cfg = make_config(running, tmp_path_factory.mktemp("served"))
        db = open_db(cfg.database_path)
        with Fetcher(cfg.http) as fetcher:
            run_once(cfg, db, fetcher)
        db.close()
    return cfg


@pytest.fixture(scope="module")
def served(crawled_once: Config) -> Iterator[MonitorServer]:
    """`monitor serve` on the crawled replica's database."""
    server = MonitorServer(str(crawled_once.path))
    yield server
    server.stop()


def _labelled_figures() -> int:
    import tomllib
    return sum(len(tomllib.loads(p.read_text("utf-8")).get("mention", []))
               for p in (FIXTURES / "articles" / "indicators").glob("*.toml"))


# The replica's 13 article fixtures state LABELLED_FIGURES figures (their hand labels); the
# gansudaily round-up (g, 13009100) restates 10 of the county articles' figures — 50.95亿元
# 固定资产投资 and 40.98亿元 省外到位资金 of 临泽, 4.6亿元 of 甘州, 11268元 of 天祝, 11.6万头 and
# 46.3万只 of 积石山, 52万亩 and 15.3亿元 of 通渭, 128万千瓦 of 敦煌, and 临泽's 30.5万亩 制种基地 (undated
# there, 今年 in 临泽's own article: one figure told twice) — which are corroboration, not flags. So the
# first crawl flags FIRST_CRAWL_FLAGGED figures.
LABELLED_FIGURES = _labelled_figures()
# The 13 fixture pages whose expected outcome is a stored article (ids as in their URLs)
ARTICLE_IDS = sorted(c["id"] for c in expected_cases() if c["outcome"] == "article")


def labelled_per_article() -> dict[int, int]:
    """Article id -> how many figures its hand labels state."""
    import tomllib
    cases = {c["case"]: c["id"] for c in expected_cases()}
    return {cases[p.stem]: len(tomllib.loads(p.read_text("utf-8")).get("mention", []))
            for p in (FIXTURES / "articles" / "indicators").glob("*.toml")}
RESTATED_IN_ROUNDUP = 10
FIRST_CRAWL_FLAGGED = LABELLED_FIGURES - RESTATED_IN_ROUNDUP
