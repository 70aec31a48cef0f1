"""The HTML digest as a reader's mail client shows it: rendered by headless Chromium."""

from __future__ import annotations

import base64
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


def test_a_phone_reader_sees_the_summary_first_nothing_overflows_and_the_chart_decodes(browser, next_day, config,
                                                                                      smtp_server):
    cfg = email_config(config, smtp_server)
    queue_digest(next_day, cfg, NOW)
    deliver_due(next_day, cfg.email, NOW)
    msg = email.message_from_bytes(smtp_server.messages[0][2], policy=email.policy.default)
    html = msg.get_body(("html",)).get_content()
    for part in msg.walk():   # as a mail client shows inline images: cid: -> the attached PNG
        if part.get_content_type() == "image/png":
            data = base64.b64encode(part.get_payload(decode=True)).decode()
            html = html.replace(f"cid:{part['Content-ID'].strip('<>')}", f"data:image/png;base64,{data}")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.set_content(html)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390          # no sideways scrolling
    assert page.locator("#summary h2").bounding_box()["y"] < 844 / 2             # the summary opens the message
    assert page.locator("#summary").inner_text().count("临泽县") == 1
    struck = page.locator("#revisions span[style*=line-through]")
    assert struck.inner_text() == "50.95亿元"
    assert "line-through" in struck.evaluate("e => getComputedStyle(e).textDecorationLine")
    charts = page.locator("img[alt=趋势]")
    assert charts.count() == 3
    assert charts.evaluate_all("imgs => imgs.map(i => i.complete && i.naturalWidth)") == [240, 240, 240]
    page.close()
