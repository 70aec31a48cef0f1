"""A digest stays small whatever happens (the HTML part under Gmail's clipping size, the message
under `max_message_bytes`) and loses nothing (the CSV carries what is not shown; what does not fit
waits for the next digest); sending after an outage and refusals, from the command line."""

from __future__ import annotations

import csv
import email
import email.policy
import io
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest

from monitor import health
from monitor.config import load_config
from monitor.crawl.fetch import Fetcher
from monitor.digest.outbox import deliver_due, queue_digest
from monitor.pipeline import run_once
from monitor.replica import Replica
from monitor.replica.generate import generate_site
from monitor.store import open_db

from .conftest import FIRST_CRAWL_FLAGGED, SmtpServer, email_config
from .test_digest import NOW, store

HTML_LIMIT = 100 * 1000
ARTICLE = re.compile(r"^/system/\d{4}/\d{2}/\d{2}/(\d{9})\.shtml$")
GENERATED_CONFIG = """[database]
path = "{db}"

[http]
requests_per_second = 100000.0
timeout_s = 10.0
max_retries = 0

[[sources]]
name = "gscn-gsbb"
listing_urls = ["{gscn}/gsbb/index.shtml"]
allowed_hosts = ["{gscn_host}"]
page_url_pattern = "{gscn}/system/count//0018005/000000000000/000/000/c0018005000000000000_{{page:09d}}.shtml"

[[sources]]
name = "gansudaily-gsbb"
listing_urls = ["{daily}/gsbb/index.shtml"]
allowed_hosts = ["{daily_host}"]
"""


def received(server, n=0):
    return email.message_from_bytes(server.messages[n][2], policy=email.policy.default)


def html_bytes(msg):
    return len(msg.get_body(("html",)).get_content().encode("utf-8"))


def csv_rows(msg):
    [part] = [p for p in msg.iter_attachments() if p.get_content_type() == "text/csv"]
    raw = part.get_payload(decode=True)
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))[1:]


@pytest.mark.slow
def test_a_2000_article_backfill_then_a_normal_day_stay_under_100_kb_and_the_csv_holds_every_figure(tmp_path,
                                                                                                   smtp_server):
    site = generate_site(2000)
    newest = sorted(((int(m[1]), host, path) for host, pages in site.items() for path in pages
                     if (m := ARTICLE.match(path))), reverse=True)[:150]
    held = {(host, path): site[host].pop(path) for _, host, path in newest}   # published tomorrow: 404 today
    with Replica(site) as replica:
        path = tmp_path / "monitor.toml"
        path.write_text(GENERATED_CONFIG.format(
            db=tmp_path / "monitor.db", gscn=replica.base_url("gansu.gscn.com.cn"),
            gscn_host=replica.local_host("gansu.gscn.com.cn"), daily=replica.base_url("gansu.gansudaily.com.cn"),
            daily_host=replica.local_host("gansu.gansudaily.com.cn")), "utf-8")
        config = email_config(load_config(path), smtp_server)
        db = open_db(config.database_path)
        with Fetcher(config.http) as fetcher:
            backfill = run_once(config, db, fetcher, backfill_pages=200)
            assert backfill.baseline and backfill.new_articles == 2000 - 150
            queue_digest(db, config, NOW)
            deliver_due(db, config.email, NOW)
            for (host, page), body in held.items():
                replica.put(f"http://{host}{page}", body)
            day = run_once(config, db, fetcher)
    assert day.new_articles == 150 and not day.baseline
    flagged = db.execute("SELECT count(*) FROM indicators WHERE flag IS NOT NULL AND reported_at IS NULL").fetchone()[0]
    later = NOW.replace(day=25)
    queue_digest(db, config, later)
    deliver_due(db, config.email, later)
    baseline_msg, day_msg = received(smtp_server, 0), received(smtp_server, 1)
    assert html_bytes(baseline_msg) < HTML_LIMIT and html_bytes(day_msg) < HTML_LIMIT
    assert "已建立基线：" in baseline_msg.get_body(("plain",)).get_content()
    text = day_msg.get_body(("plain",)).get_content()
    assert re.search(r"另有 \d+ 项，见附件 gansu-monitor-2023-11-25.csv", text)
    assert flagged > 1000 and len(csv_rows(day_msg)) == flagged
    assert len(day_msg.get_body(("plain",)).get_content().encode("utf-8")) < HTML_LIMIT


KEPT = [i + 1.5 for i in range(1000)]   # of the 1,100 figures, the 1,000 an article may keep (extract.py)


def bomb(db):
    """The digest bomb: one page with a 50,000-character title and 1,100 figures, each a period of
    its own (1930年1月 …), so that each is flagged."""
    body = "".join(f"{1930 + i // 12}年{i % 12 + 1}月，全县完成固定资产投资{i + 1}.5亿元。" for i in range(1100))
    store(db, 1, "临泽：" + "标题很长" * 12_500, body, "2023-11-23")


def test_the_digest_bomb_gives_a_small_digest_that_loses_no_figure(tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    bomb(db)
    assert db.execute("SELECT count(*) FROM indicators WHERE flag IS NOT NULL").fetchone() == (1000,)
    cfg = email_config(config, smtp_server)
    queue_digest(db, cfg, NOW)
    assert deliver_due(db, cfg.email, NOW).sent == 1
    msg = received(smtp_server)
    assert len(smtp_server.messages[0][2]) < cfg.email.max_message_bytes
    assert html_bytes(msg) < HTML_LIMIT
    rows = csv_rows(msg)
    assert sorted(float(r[3]) for r in rows) == KEPT
    assert max(len(r[9]) for r in rows) == 120                                     # the title, cut
    assert db.execute("SELECT count(*) FROM indicators WHERE reported_at IS NULL").fetchone() == (0,)


def test_what_exceeds_the_message_size_cap_waits_for_the_next_digest(tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    bomb(db)
    cfg = email_config(config, smtp_server, max_message_bytes=500_000)
    carried = []
    for n in range(1, 30):
        when = NOW.replace(minute=n)
        if queue_digest(db, cfg, when).digest_id is None:
            break
        deliver_due(db, cfg.email, when)
        assert len(smtp_server.messages[-1][2]) < 500_000
        carried += [float(r[3]) for r in csv_rows(received(smtp_server, len(smtp_server.messages) - 1))]
    assert len(smtp_server.messages) >= 2
    assert sorted(carried) == KEPT                                                  # each figure once
    first = received(smtp_server, 0).get_body(("plain",)).get_content()
    assert re.search(r"还有 \d+ 项超出邮件大小上限，将随下一期摘要发送。", first)


def test_a_permanent_refusal_gives_back_what_the_message_carried_and_warns(tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    bomb(db)
    cfg = email_config(config, smtp_server)
    smtp_server.refuse_data = "552 5.3.4 Message size exceeds fixed maximum message size"
    queue_digest(db, cfg, NOW)
    report = deliver_due(db, cfg.email, NOW)
    assert (report.sent, report.rejected) == (0, 1) and "552" in report.errors[0]
    assert db.execute("SELECT status FROM outbox").fetchone() == ("rejected",)
    assert db.execute("SELECT count(*) FROM indicators WHERE reported_at IS NULL").fetchone() == (1000,)
    [warning] = [w for w in health.check(db, cfg, NOW).warnings if w.code == "outbox_rejected"]
    assert "what they carried goes in the next digest" in warning.en
    smtp_server.refuse_data = None
    queue_digest(db, cfg, NOW.replace(hour=2))
    assert deliver_due(db, cfg.email, NOW.replace(hour=2)).sent == 1
    assert len(csv_rows(received(smtp_server))) == 1000


def write_email_config(config, server):
    with open(config.path, "a", encoding="utf-8") as f:
        f.write(f'\n[email]\nsmtp_host = "127.0.0.1"\nsmtp_port = {server.port}\ntls = "none"\n'
                'sender = "甘肃县域经济监测 <monitor@example.org>"\nrecipients = ["editor@example.org"]\n')


def monitor(config, *args):
    return subprocess.run([sys.executable, "-m", "monitor", "--config", str(config.path), *args],
                          capture_output=True, text=True, timeout=60)


def test_send_after_an_outage_delivers_at_once_and_exactly_once(crawled, config):
    server = SmtpServer()            # down
    write_email_config(config, server)
    down = monitor(config, "digest", "--send")
    assert down.returncode == 1
    assert down.stdout.startswith("digest 1 queued as 1 message(s); 0 message(s) sent from the outbox")
    assert "1 message(s) not sent and kept in the outbox: the daemon retries them with back-off" in down.stderr
    db = sqlite3.connect(config.database_path)
    assert db.execute("SELECT status, attempts FROM outbox").fetchone() == ("queued", 1)   # back-off: 60 s
    server.start()
    try:
        up = monitor(config, "digest", "--send")      # seconds later, long before the back-off ends
        assert up.returncode == 0, up.stderr
        assert up.stdout.strip() == ("nothing new since the last digest (empty digests are not sent); "
                                     "1 message(s) sent from the outbox")
        again = monitor(config, "digest", "--send")
        assert again.returncode == 0 and again.stdout.strip().endswith("0 message(s) sent from the outbox")
        assert len(server.messages) == 1
    finally:
        server.stop()


def test_outbox_lists_retries_and_drops_messages(crawled, config, smtp_server):
    write_email_config(config, smtp_server)
    smtp_server.refuse_data = "552 5.3.4 too big"
    refused = monitor(config, "digest", "--send")
    assert refused.returncode == 1 and "1 message(s) refused for good by the mail server: what they carried " \
                                      "goes in the next digest (see `monitor outbox`)" in refused.stderr
    listing = monitor(config, "outbox")
    assert listing.returncode == 0
    assert re.search(r"^1 +1 +\d{4}-\d\d-\d\d \d\d:\d\d +editor@example.org +refused +1 +- +the server answered 552",
                     listing.stdout, re.M)
    assert "times in Asia/Shanghai" in listing.stdout
    smtp_server.refuse_data = None
    retried = monitor(config, "outbox", "--retry", "1")
    assert retried.returncode == 0 and retried.stdout.strip() == "message 1 sent"
    assert "outbox message 1 queued again, due now" in retried.stderr
    assert len(smtp_server.messages) == 1
    assert monitor(config, "outbox").stdout.strip() == "the outbox is empty: every digest message was delivered"
    missing = monitor(config, "outbox", "--drop", "7")
    assert missing.returncode == 1 and "there is no outbox message 7" in missing.stderr


def test_dropping_a_queued_message_puts_what_it_carried_in_the_next_digest(crawled, config):
    server = SmtpServer()   # down: the message stays queued
    cfg = email_config(config, server)
    queue_digest(crawled, cfg, NOW)
    deliver_due(crawled, cfg.email, NOW)
    write_email_config(config, server)
    dropped = monitor(config, "outbox", "--drop", "1")
    assert dropped.returncode == 0
    assert dropped.stdout.strip() == f"message 1 dropped; 12 articles and {FIRST_CRAWL_FLAGGED} indicators it carried go in the next digest"
    assert "outbox message 1 dropped (it was queued)" in dropped.stderr
    assert crawled.execute("SELECT status FROM outbox").fetchone() == ("dropped",)
    assert deliver_due(crawled, replace(cfg.email), NOW.replace(hour=5)).failed == 0   # nothing queued
    assert queue_digest(crawled, cfg, NOW.replace(hour=6)).digest.baseline_articles
