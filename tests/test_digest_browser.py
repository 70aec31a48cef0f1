"""The HTML digest as a reader's mail client shows it: rendered by headless Chromium."""

from __future__ import annotations

import email
import email.policy

from monitor.digest.outbox import deliver_due, queue_digest
from monitor.store import open_db

from .conftest import email_config
from .test_digest import EVIL_TITLE, NOW, store


def test_page_markup_in_the_html_digest_is_shown_as_text_and_never_runs(browser, tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    store(db, 1, EVIL_TITLE, "临泽县1至9月完成固定资产投资50.95亿元。<img src=x onerror=alert(1)>", "2023-11-23")
    cfg = email_config(config, smtp_server)
    queue_digest(db, cfg, NOW)
    deliver_due(db, cfg.email, NOW)
    msg = email.message_from_bytes(smtp_server.messages[0][2], policy=email.policy.default)
    html = msg.get_body(("html",)).get_content()
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_content(html)
    text = page.inner_text("body")
    assert dialogs == []                                   # no script ran, no onerror fired
    assert page.locator("script, img[onerror]").count() == 0
    assert "<script>alert('x')</script>" in text          # the title's markup is shown as text
    assert "50.95亿元" in text and "固定资产投资" in text
    page.close()
