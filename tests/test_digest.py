"""The digest over a real SMTP server (aiosmtpd on 127.0.0.1): content, MIME, escaping, Chinese,
recipients' filters, and delivery that loses nothing (server down, auth failure, refusal)."""

from __future__ import annotations

import email
import email.policy
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor import health
from monitor.config import Recipient
from monitor.digest.content import Digest, DigestArticle, DigestIndicator, subject
from monitor.digest.outbox import deliver_due, queue_digest
from monitor.models import Article
from monitor.store import open_db, writes

from .conftest import FIRST_CRAWL_FLAGGED, SmtpServer, email_config

NOW = datetime(2023, 11, 24, 0, 5, tzinfo=UTC)   # 08:05 in Shanghai, the morning after
EVIL_TITLE = "临泽：<script>alert('x')</script>\r\nBcc: victim@example.org 投资"


@pytest.fixture
def ordinary(crawled):
    """The replica's articles as an ordinary day's crawl finds them (the first crawl of a database
    is its baseline, summarised rather than listed): for tests of what a digest lists."""
    crawled.execute("UPDATE articles SET baseline_run_id = NULL")
    crawled.conn.commit()
    return crawled


def received(server, n=0):
    return email.message_from_bytes(server.messages[n][2], policy=email.policy.default)


def parts(msg):
    return msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


def test_the_digest_arrives_with_subject_counts_both_parts_and_chinese_right(ordinary, config, smtp_server):
    cfg = email_config(config, smtp_server)
    queued = queue_digest(ordinary, cfg, NOW)
    report = deliver_due(ordinary, cfg.email, NOW)
    assert (queued.messages, report.sent, report.failed) == (1, 1, 0)
    [(mail_from, rcpts, _)] = smtp_server.messages
    assert (mail_from, rcpts) == ("monitor@example.org", ["editor@example.org"])
    msg = received(smtp_server)
    # 敦煌's 新能源装机, stated undated in two articles with two values, is a new period, and so is
    # 天祝's 白牦牛全产业链产值 (今年以来 in one article, 前三季度 in the round-up); every other flagged
    # figure is a new indicator
    assert msg["Subject"].replace("\xa0", " ") == (f"[甘肃县域经济] 12 篇新文章 · {FIRST_CRAWL_FLAGGED - 2} 项新指标 · "
                                                 "2 项新一期 · 0 项修订 (2023-11-24)")
    assert msg["From"].addresses[0].display_name == "甘肃县域经济监测"
    assert msg.get_content_type() == "multipart/mixed"
    text, html = parts(msg)
    assert "临泽：县域经济提质进位势头强劲" in text and "临泽：县域经济提质进位势头强劲" in html
    assert "固定资产投资" in text and "50.95亿元" in html
    assert "2023-11-24 08:05（Asia/Shanghai）" in text and "2023-11-24 08:05（Asia/Shanghai）" in html   # local time
    assert msg["Message-ID"] == ordinary.execute("SELECT message_id FROM outbox").fetchone()[0]


def test_figures_are_grouped_by_county_article_and_sentence_with_a_link(ordinary, config, smtp_server):
    cfg = email_config(config, smtp_server)
    queue_digest(ordinary, cfg, NOW)
    deliver_due(ordinary, cfg.email, NOW)
    text, html = parts(received(smtp_server))
    others = text.split("== 其他新指标 ==")[1]
    assert others.index("【临泽县】张掖市") < others.index("“1至9月，全县完成固定资产投资50.95亿元，落实省外到位资金［40.98亿元］，同比增长33.82%。”")
    assert "新指标  省外到位资金（1至9月）：40.98亿元，同比增长33.82%" in others
    url = ordinary.execute("SELECT url FROM articles WHERE title = '临泽：县域经济提质进位势头强劲'").fetchone()[0]
    assert html.count(f'href="{url}"') == 3    # the summary's value, the article once above its sentences, the list


def test_new_periods_show_the_previous_value_and_revisions_old_and_new(tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    for i, (body, when) in enumerate([("1至9月，全县落实招商引资到位资金40.98亿元。", "2023-11-20"),
                                      ("1至10月，全县落实招商引资到位资金45.2亿元。", "2023-11-22"),
                                      ("1至9月，全县落实招商引资到位资金41.5亿元。", "2023-11-23")], 1):
        store(db, i, "临泽：投资", body, when)
    cfg = email_config(config, smtp_server)
    queue_digest(db, cfg, NOW)
    deliver_due(db, cfg.email, NOW)
    text, html = parts(received(smtp_server))
    assert "新一期  招商引资到位资金（1至10月）：45.2亿元（此前 40.98亿元，截至 2023-09-30）" in text
    assert "修订  招商引资到位资金（1至9月）：40.98亿元 → 41.5亿元" in text
    assert '<span style="color:#999999;text-decoration:line-through;">40.98亿元</span> → <strong>41.5亿元</strong>' in html
    assert "  新：临泽：投资 2023-11-23 09:00 http://gansu.gscn.com.cn/system/2023/11/23/000000003.shtml\r\n" \
           "  原：临泽：投资 http://gansu.gscn.com.cn/system/2023/11/20/000000001.shtml" in text   # both articles


def store(db, article_id, title, body, day):
    article = Article(id=article_id, url=f"http://gansu.gscn.com.cn/system/2023/11/{day[-2:]}/{article_id:09d}.shtml",
                      source="test", title=title, published_at=f"{day}T09:00:00+08:00", body=(body,),
                      parser="test", breadcrumb=("甘肃", "经济"))
    writes.store_article(db, article, "2023-11-23T00:00:00+00:00")
    from monitor import economy
    economy.read_stored(db, f"{day}T01:00:00+00:00")


def test_page_text_is_escaped_in_html_and_never_reaches_a_header(tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    store(db, 1, EVIL_TITLE, "临泽县1至9月完成固定资产投资50.95亿元。<img src=x onerror=alert(1)>", "2023-11-23")
    cfg = email_config(config, smtp_server)
    queue_digest(db, cfg, NOW)
    deliver_due(db, cfg.email, NOW)
    raw = smtp_server.messages[0][2]
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    assert b"victim" not in header_block and b"Bcc" not in header_block
    assert smtp_server.messages[0][1] == ["editor@example.org"]
    text, html = parts(received(smtp_server))
    assert "<script>" not in html and "&lt;script&gt;" in html and "<img" not in html
    assert "临泽：<script>alert('x')</script> Bcc: victim@example.org 投资" in text   # one line


def test_a_recipient_gets_only_their_regions_and_indicators(ordinary, config, smtp_server):
    cfg = email_config(config, smtp_server, recipients=(
        Recipient("all@example.org"), Recipient("linze@example.org", regions=("620723",), indicators=("固定资产投资",))))
    queue_digest(ordinary, cfg, NOW)
    deliver_due(ordinary, cfg.email, NOW)
    by_rcpt = {m[1][0]: email.message_from_bytes(m[2], policy=email.policy.default) for m in smtp_server.messages}
    text_all, _ = parts(by_rcpt["all@example.org"])
    text_linze, _ = parts(by_rcpt["linze@example.org"])
    assert "【敦煌市】" in text_all and "敦煌" not in text_linze
    assert "新指标  省外到位资金" in text_all and "新指标  省外到位资金" not in text_linze
    assert "  临泽县  固定资产投资（1至9月）：50.95亿元\r\n" in text_linze
    assert by_rcpt["linze@example.org"]["Subject"].replace("\xa0", " ").startswith("[甘肃县域经济] 1 篇新文章 · 1 项新指标")
    carried = json.loads(ordinary.execute("SELECT indicator_ids FROM outbox WHERE recipients LIKE '%linze%'").fetchone()[0])
    assert len(carried) == 1


def test_each_item_is_in_one_digest_and_an_empty_digest_is_not_sent(crawled, config, smtp_server):
    cfg = email_config(config, smtp_server)
    assert queue_digest(crawled, cfg, NOW).messages == 1
    again = queue_digest(crawled, cfg, NOW + timedelta(hours=1))
    assert (again.digest_id, again.messages) == (None, 0)
    forced = queue_digest(crawled, replace(cfg, email=replace(cfg.email, send_empty=True)), NOW + timedelta(hours=2))
    assert forced.messages == 1 and forced.digest.empty


def test_smtp_down_then_up_delivers_exactly_once(crawled, config):
    server = SmtpServer()   # not started: the server is down
    cfg = email_config(config, server)
    queue_digest(crawled, cfg, NOW)
    down = deliver_due(crawled, cfg.email, NOW)
    assert (down.sent, down.failed) == (0, 1) and "cannot reach the SMTP server" in down.errors[0]
    row = crawled.execute("SELECT status, attempts, error_kind, next_attempt_at FROM outbox").fetchone()
    assert row[:3] == ("queued", 1, "temporary") and row[3] > NOW.isoformat()
    server.start()
    try:
        assert deliver_due(crawled, cfg.email, NOW + timedelta(seconds=10)).sent == 0   # not due yet
        assert deliver_due(crawled, cfg.email, NOW + timedelta(minutes=2)).sent == 1
        assert deliver_due(crawled, cfg.email, NOW + timedelta(hours=9)).sent == 0      # never again
        assert len(server.messages) == 1
        assert crawled.execute("SELECT status, sent_at IS NOT NULL FROM outbox").fetchone() == ("sent", 1)
    finally:
        server.stop()


def test_retries_back_off(crawled, config):
    server = SmtpServer()
    cfg = email_config(config, server)
    queue_digest(crawled, cfg, NOW)
    waits, now = [], NOW
    for _ in range(4):
        deliver_due(crawled, cfg.email, now)
        nxt = datetime.fromisoformat(crawled.execute("SELECT next_attempt_at FROM outbox").fetchone()[0])
        waits.append((nxt - now).total_seconds())
        now = nxt
    assert waits == [60, 120, 240, 480]


def test_an_authentication_failure_is_a_clear_error_and_the_digest_is_kept(crawled, config, monkeypatch):
    server = SmtpServer(auth=("monitor", "right")).start()
    try:
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong")
        cfg = email_config(config, server, username="monitor", password_env="TEST_SMTP_PASSWORD")
        queue_digest(crawled, cfg, NOW)
        failed = deliver_due(crawled, cfg.email, NOW)
        assert failed.failed == 1 and "refused the login of 'monitor'" in failed.errors[0]
        assert "wrong" not in failed.errors[0]
        assert crawled.execute("SELECT status, error_kind FROM outbox").fetchone() == ("queued", "permanent")
        status = health.check(crawled, cfg, NOW)
        assert [w.code for w in status.warnings] == ["outbox_permanent"]
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "right")
        assert deliver_due(crawled, cfg.email, NOW + timedelta(minutes=5)).sent == 1
        assert len(server.messages) == 1
    finally:
        server.stop()


def test_a_refused_recipient_is_reported_and_what_it_carried_goes_in_the_next_digest(crawled, config, smtp_server):
    smtp_server.refuse = {"editor@example.org"}
    cfg = email_config(config, smtp_server)
    queue_digest(crawled, cfg, NOW)
    report = deliver_due(crawled, cfg.email, NOW)
    assert (report.failed, report.rejected) == (1, 1) and "550" in report.errors[0]
    assert crawled.execute("SELECT status FROM outbox").fetchone() == ("rejected",)
    assert "outbox_rejected" in [w.code for w in health.check(crawled, cfg, NOW).warnings]
    assert deliver_due(crawled, cfg.email, NOW + timedelta(days=1)).sent == 0      # not tried again
    assert crawled.execute("SELECT count(*) FROM articles WHERE reported_at IS NOT NULL").fetchone() == (0,)
    assert crawled.execute("SELECT count(*) FROM indicators WHERE reported_at IS NOT NULL").fetchone() == (0,)
    smtp_server.refuse = set()
    again = queue_digest(crawled, cfg, NOW + timedelta(days=1))
    assert (len(again.digest.baseline_articles), len(again.digest.baseline_figures)) == (12, FIRST_CRAWL_FLAGGED)


def test_a_resend_after_a_crash_carries_the_same_message_id(crawled, config, smtp_server):
    cfg = email_config(config, smtp_server)
    queue_digest(crawled, cfg, NOW)
    deliver_due(crawled, cfg.email, NOW)
    # the server accepted it, then the process died before marking it sent:
    crawled.execute("UPDATE outbox SET status = 'queued', sent_at = NULL")
    crawled.conn.commit()
    deliver_due(crawled, cfg.email, NOW + timedelta(minutes=1))
    first, second = received(smtp_server, 0), received(smtp_server, 1)
    assert first["Message-ID"] == second["Message-ID"]
    assert json.loads(crawled.execute("SELECT recipients FROM outbox").fetchone()[0]) == ["editor@example.org"]


@given(st.lists(st.integers(min_value=0, max_value=5), min_size=4, max_size=4),
       st.sampled_from(["[甘肃县域经济]", "[县域经济监测·张掖]", ""]))
def test_the_subject_survives_header_encoding_with_every_space(counts, prefix):
    articles, new, periods, revised = counts
    figure = DigestIndicator(0, 1, "临泽县", "620723", "固定资产投资", "amount", "", "", "", "", "", "", "", "", (),
                             (1, 0), "", "", "")
    article = DigestArticle(1, "临泽：投资", "临泽县", "620723", "", "", "", "")
    indicators = tuple(replace(figure, flag=f) for f, n in (("new_indicator", new), ("new_period", periods),
                                                            ("revised", revised)) for _ in range(n))
    digest = Digest("2023-11-24T00:00:00+00:00", "2023-11-24", "2023-11-24 08:00", "Asia/Shanghai",
                    (article,) * articles, indicators)
    title = subject(digest, prefix)
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = title
    msg.set_content("x")
    decoded = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)["Subject"]
    assert decoded == title and "\n" not in decoded
    assert f"{articles} 篇新文章 · {new} 项新指标" in decoded.replace("\xa0", " ")


def test_a_temporary_refusal_of_the_recipient_is_retried(crawled, config, smtp_server):
    cfg = email_config(config, smtp_server)
    queue_digest(crawled, cfg, NOW)
    smtp_server.refuse = {"editor@example.org"}
    smtp_server.refusal = "451 4.7.1 greylisted, try again later"
    report = deliver_due(crawled, cfg.email, NOW)
    assert report.failed == 1 and "451" in report.errors[0]
    assert crawled.execute("SELECT status, error_kind FROM outbox").fetchone() == ("queued", "temporary")
    smtp_server.refuse = set()
    assert deliver_due(crawled, cfg.email, NOW + timedelta(minutes=5)).sent == 1


def test_a_digest_queued_while_another_process_queues_has_each_item_once(crawled, config, smtp_server):
    import sqlite3
    import threading
    cfg = email_config(config, smtp_server)
    other = sqlite3.connect(config.database_path, timeout=30, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")   # the other process is queuing: it holds the write lock …
    other.execute("UPDATE articles SET reported_at = 'x'")
    other.execute("UPDATE indicators SET reported_at = 'x'")
    result = {}

    def queue_in_this_thread():
        db = open_db(config.database_path)   # connections are per thread, as in the daemon
        result["q"] = queue_digest(db, cfg, NOW)
        db.conn.close()
    worker = threading.Thread(target=queue_in_this_thread)
    worker.start()
    worker.join(0.5)
    assert worker.is_alive()           # … so this one waits instead of reading stale rows
    other.execute("COMMIT")
    worker.join(30)
    assert result["q"].digest_id is None and result["q"].messages == 0


def test_a_refusal_stops_being_a_warning_once_a_later_message_goes_through(crawled, config, smtp_server):
    cfg = email_config(config, smtp_server, send_empty=True)
    smtp_server.refuse = {"editor@example.org"}
    queue_digest(crawled, cfg, NOW)
    deliver_due(crawled, cfg.email, NOW)
    assert "outbox_rejected" in [w.code for w in health.check(crawled, cfg, NOW).warnings]
    smtp_server.refuse = set()
    queue_digest(crawled, cfg, NOW + timedelta(days=1))
    deliver_due(crawled, cfg.email, NOW + timedelta(days=1))
    assert "outbox_rejected" not in [w.code for w in health.check(crawled, cfg, NOW + timedelta(days=1)).warnings]


def test_backoff_never_overflows():
    from monitor.config import EmailSettings
    from monitor.digest.outbox import _backoff
    assert _backoff(EmailSettings(), 5000) == timedelta(seconds=21600)


def test_two_recipients_each_get_their_message_once_however_often_the_outbox_runs(crawled, config, smtp_server):
    cfg = email_config(config, smtp_server, recipients=(Recipient("editor@example.org"), Recipient("desk@example.org")))
    assert queue_digest(crawled, cfg, NOW).messages == 2
    first = deliver_due(crawled, cfg.email, NOW)
    again = deliver_due(crawled, cfg.email, NOW + timedelta(minutes=1))   # the daemon's outbox job, a minute on
    assert (first.sent, again.sent, again.failed) == (2, 0, 0)
    assert sorted(rcpts for _, rcpts, _ in smtp_server.messages) == [["desk@example.org"], ["editor@example.org"]]
    rows = crawled.execute("SELECT recipients, status, attempts, sent_at FROM outbox ORDER BY id").fetchall()
    assert rows == [('["editor@example.org"]', "sent", 1, "2023-11-24T00:05:00+00:00"),
                    ('["desk@example.org"]', "sent", 1, "2023-11-24T00:05:00+00:00")]


def test_a_refused_first_recipient_leaves_the_second_sent_once(crawled, config, smtp_server):
    smtp_server.refuse = {"editor@example.org"}
    cfg = email_config(config, smtp_server, recipients=(Recipient("editor@example.org"), Recipient("desk@example.org")))
    queue_digest(crawled, cfg, NOW)
    first = deliver_due(crawled, cfg.email, NOW)
    again = deliver_due(crawled, cfg.email, NOW + timedelta(days=1))
    assert (first.sent, first.rejected, again.sent, again.failed) == (1, 1, 0, 0)
    assert [rcpts for _, rcpts, _ in smtp_server.messages] == [["desk@example.org"]]
    assert crawled.execute("SELECT status, attempts FROM outbox ORDER BY id").fetchall() == [("rejected", 1), ("sent", 1)]


def test_more_messages_than_one_connection_carries_all_go_out_once(crawled, config, smtp_server):
    # 21 recipients: one more than a connection's batch (outbox.BATCH = 20)
    people = tuple(Recipient(f"reader{n:02d}@example.org") for n in range(21))
    cfg = email_config(config, smtp_server, recipients=people, send_empty=True)
    queue_digest(crawled, cfg, NOW)
    report = deliver_due(crawled, cfg.email, NOW)
    assert (report.sent, deliver_due(crawled, cfg.email, NOW + timedelta(minutes=1)).sent) == (21, 0)
    assert sorted(r[0] for _, r, _ in smtp_server.messages) == [f"reader{n:02d}@example.org" for n in range(21)]
