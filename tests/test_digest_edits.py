"""The digest's 文章更新 section over a real SMTP server: an edit with its changed figure (old ->
new) and sentences, withdrawn articles, each in one digest; flapping pages alert once."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

from monitor.config import Recipient
from monitor.digest.outbox import deliver_due, queue_digest

from .conftest import email_config
from .test_digest import NOW
from .test_recheck import LINZE, crawl, recheck


def send(db, cfg, smtp_server, when):
    """Queue and deliver a digest; the text and HTML of each message it sent, or None."""
    before = len(smtp_server.messages)
    queued = queue_digest(db, cfg, when)
    deliver_due(db, cfg.email, when)
    if queued.digest_id is None:
        return None
    out = []
    for _, _, raw in smtp_server.messages[before:]:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        out.append((msg["Subject"].replace("\xa0", " "), msg.get_body(("plain",)).get_content().replace("\r\n", "\n"),
                    msg.get_body(("html",)).get_content()))
    return out


def test_an_edit_is_in_one_digest_with_its_figure_old_and_new(replica, config, smtp_server):
    cfg = email_config(config, smtp_server)
    _, db = crawl(config)
    assert send(db, cfg, smtp_server, NOW)                    # the new articles, reported
    replica.advance()
    recheck(config)
    [(subject, text, html)] = send(db, cfg, smtp_server, NOW + timedelta(hours=1))
    assert subject == "[甘肃县域经济] 0 篇新文章 · 0 项新指标 · 1 项修订 · 2 篇文章更新 (2023-11-24)"
    section = text[text.index("文章更新（2 篇）"):]
    assert "* 修改  临泽：县域经济提质进位势头强劲\n  临泽县 · " in section
    assert " · 第 2 版，改动：正文\n" in section
    assert "  修订  固定资产投资（1至9月）：50.95亿元 → 52.18亿元\n" in section
    assert ("  原：1至9月，全县完成固定资产投资50.95亿元，落实省外到位资金40.98亿元，同比增长33.82%。\n"
            "  现：1至9月，全县完成固定资产投资52.18亿元，落实省外到位资金40.98亿元，同比增长33.82%。\n") in section
    assert "* 撤稿  景泰：“光伏+”模式点亮乡村振兴路" in section and "soft 404: 页面没有找到" in section
    assert "指标变化" not in text                              # the revision is listed once, here
    assert text.count("50.95亿元 → 52.18亿元") == 1
    assert '<span style="color:#999999;text-decoration:line-through;">50.95亿元</span> → <strong>52.18亿元</strong>' in html
    assert '<del style="color:#c0392b;">50.95</del><ins style="color:#2e7d32;">52.18</ins>' in html
    recheck(config)                                           # 临泽 again as edited (a 304): not again
    [(_, text, _)] = send(db, cfg, smtp_server, NOW + timedelta(hours=2))   # (the flapping page's B)
    assert "临泽" not in text and "52.18" not in text


def test_a_flapping_page_is_in_one_digest_and_its_reverts_in_none(replica, config, smtp_server):
    cfg = email_config(config, smtp_server)
    _, db = crawl(config)
    send(db, cfg, smtp_server, NOW)
    replica.advance()
    recheck(config)                                           # A again (304), 临泽 edited, 景泰 gone
    recheck(config)                                           # B: new text, an edit
    [(_, text, _)] = send(db, cfg, smtp_server, NOW + timedelta(hours=1))
    assert "* 修改  敦煌：新能源产业跑出“加速度”" in text
    assert "修订  新能源新增装机（前三季度）：128万千瓦 → 126万千瓦" in text
    for hour in (2, 3, 4):                                    # A, B, A: versions seen before
        recheck(config)
        assert send(db, cfg, smtp_server, NOW + timedelta(hours=hour)) is None
    kinds = db.execute("SELECT kind FROM article_events WHERE article_id = 13009533 ORDER BY id").fetchall()
    assert kinds == [("edited",), ("reverted",), ("reverted",), ("reverted",)]


def test_a_recipient_gets_the_updates_of_their_regions(replica, config, smtp_server):
    cfg = email_config(config, smtp_server, recipients=(Recipient("linze@example.org", regions=("620723",)),))
    _, db = crawl(config)
    send(db, cfg, smtp_server, NOW)
    replica.advance()
    recheck(config)
    [(subject, text, _)] = send(db, cfg, smtp_server, NOW + timedelta(hours=1))
    assert "临泽：县域经济提质进位势头强劲" in text and "景泰" not in text
    assert subject.endswith("1 项修订 · 1 篇文章更新 (2023-11-24)")


def test_page_markup_in_an_edit_is_escaped_and_shown_struck_through_in_a_browser(browser, replica, config,
                                                                                   smtp_server):
    cfg = email_config(config, smtp_server)
    _, db = crawl(config)
    send(db, cfg, smtp_server, NOW)
    page = replica.site["gansu.gscn.com.cn"]["/system/2023/11/23/013012345.shtml"].decode()
    replica.put(LINZE, page.replace("全县完成固定资产投资50.95亿元，", "全县完成固定资产投资52.18亿元&lt;img src=x "
                                    "onerror=alert(1)&gt;，").encode())
    recheck(config)
    [(_, text, html)] = send(db, cfg, smtp_server, NOW + timedelta(hours=1))
    assert "52.18亿元<img src=x onerror=alert(1)>" in text
    tab = browser.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tab.set_content(html)
    assert dialogs == [] and tab.locator("img").count() == 0
    assert "<img src=x onerror=alert(1)>" in tab.inner_text("del, ins") or \
        "<img src=x onerror=alert(1)>" in tab.inner_text("body")
    struck = tab.locator("del").first
    assert struck.inner_text() == "50.95"
    assert "line-through" in struck.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert tab.locator("ins").first.inner_text().startswith("52.18")
    tab.close()
