"""What an analyst reads at 08:00, checked on messages received by a real SMTP server: the order of
the sections, the summary table, one quote per sentence, growth-only wording, the baseline, the
CSV attachment and the inline trend chart."""

from __future__ import annotations

import csv
import email
import email.policy
import io
import struct
import zlib
from dataclasses import replace

from selectolax.lexbor import LexborHTMLParser

from monitor.config import Recipient
from monitor.crawl.fetch import Fetcher
from monitor.digest.outbox import deliver_due, queue_digest
from monitor.pipeline import run_once
from monitor.store import open_db

from .conftest import FIRST_CRAWL_FLAGGED, email_config
from .test_digest import NOW, store


def received(server, n=0):
    return email.message_from_bytes(server.messages[n][2], policy=email.policy.default)


def parts(msg):
    return msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


def attachment(msg):
    [csv_part] = [p for p in msg.iter_attachments() if p.get_content_type() == "text/csv"]
    return csv_part


def send(db, cfg, server):
    queue_digest(db, cfg, NOW)
    report = deliver_due(db, cfg.email, NOW)
    assert report.failed == 0, report.errors
    return received(server, len(server.messages) - 1)


def test_the_sections_come_in_order_summary_revisions_figures_articles_baseline(next_day, config, smtp_server):
    text, html = parts(send(next_day, email_config(config, smtp_server), smtp_server))
    heads = ["== 主要指标 ==", "== 修订 ==", "== 其他新指标 ==", "== 新文章（1 篇）==", "== 已建立基线 =="]
    assert [text.index(h) for h in heads] == sorted(text.index(h) for h in heads)
    ids = ['id="summary"', 'id="revisions"', 'id="figures"', 'id="articles"', 'id="baseline"']
    assert [html.index(i) for i in ids] == sorted(html.index(i) for i in ids)


def test_the_summary_shows_a_countys_headline_figures_in_the_fixed_order_old_to_new(next_day, config, smtp_server):
    text, html = parts(send(next_day, email_config(config, smtp_server), smtp_server))
    summary = text.split("== 主要指标 ==\r\n")[1].split("\r\n\r\n")[0].splitlines()
    assert summary == [
        "【张掖市】",
        "  临泽县  规模以上工业增加值（1至10月）：同比增长9.1%",
        "  临泽县  固定资产投资（1至10月）：50.95亿元 → 56.3亿元，同比增长31.6%  ▁▅█",
        "  临泽县  社会消费品零售总额（1至10月）：11.2亿元，同比增长7.9%",
    ]
    rows = [[" ".join(cell.text(separator=" ").split()) for cell in row.css("td")]
            for row in LexborHTMLParser(html).css("#summary table tr")]
    assert [r[:3] for r in rows] == [
        ["临泽县", "规模以上工业增加值 1至10月", "同比增长9.1%"],
        ["", "固定资产投资 1至10月", "50.95亿元 → 56.3亿元 同比增长31.6%"],
        ["", "社会消费品零售总额 1至10月", "11.2亿元 同比增长7.9%"],
    ]


def test_a_sentence_with_several_figures_is_quoted_once_with_each_highlighted(tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    store(db, 1, "临泽：设施农业", "1至9月，全县新建日光温室1200座、钢架大棚860座，设施农业面积达到3.2万亩。", "2023-11-23")
    text, html = parts(send(db, email_config(config, smtp_server), smtp_server))
    others = text.split("== 其他新指标 ==")[1].split("== 新文章")[0]
    assert others.count("全县新建日光温室") == 1 and html.split('id="figures"')[1].split('id="articles"')[0].count(
        "全县新建日光温室") == 1
    assert "“1至9月，全县新建日光温室［1200座］、钢架大棚［860座］，设施农业面积达到［3.2万亩］。”" in text
    quote = LexborHTMLParser(html).css_first("#figures div div:nth-of-type(2)")
    assert [s.text() for s in quote.css("strong")] == ["1200座", "860座", "3.2万亩"]
    assert text.count("临泽：设施农业") == 2 and html.count("临泽：设施农业</a>") == 2   # figures, new articles


def test_a_growth_only_figure_reads_as_growth(tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    store(db, 1, "临泽：工业", "1至9月，全县规模以上工业增加值同比增长7.6%。", "2023-11-23")
    store(db, 2, "临泽：农业", "前三季度，全县农林牧渔业总产值同比增长5.8%。", "2023-11-23")
    text, html = parts(send(db, email_config(config, smtp_server), smtp_server))
    assert "  临泽县  规模以上工业增加值（1至9月）：同比增长7.6%\r\n" in text       # the summary
    assert "新指标  农林牧渔业总产值（前三季度）：同比增长5.8%\r\n" in text          # the other figures
    assert "7.6%，同比增长7.6%" not in text and "5.8%，同比增长5.8%" not in text
    assert "7.6%</a><br>" not in html and "同比增长7.6%</a>" in html


def test_a_backfill_is_summarised_as_the_baseline_not_listed(replica, config, smtp_server):
    db = open_db(config.database_path)
    with Fetcher(config.http) as fetcher:
        report = run_once(config, db, fetcher, backfill_pages=3)
    assert report.baseline
    msg = send(db, email_config(config, smtp_server), smtp_server)
    text, html = parts(msg)
    assert f"已建立基线：12 篇文章、{FIRST_CRAWL_FLAGGED} 项指标，覆盖 10 个县区，2019-05-20 至 2023-11-23。" in text
    # by hand from the labels: 张掖 a 14 + f 2 + m 10 + p 14, and 1 more the round-up g states for the
    # first time (甘州's 社零 growth; its undated 临泽 制种基地 30.5万亩 is a's 今年 figure told twice);
    # 武威 b 12 + e 7, and g's 白牦牛 产值
    assert "张掖市 4 篇 / 41 项 · 武威市 2 篇 / 20 项" in text
    for section in ("== 主要指标 ==", "== 修订 ==", "== 其他新指标 ==", "== 新文章"):
        assert section not in text
    assert "民勤县设施农业成为农民增收“聚宝盆”" not in text + html   # older than the newest five
    assert "\r\n  “" not in text and "<strong style=\"background" not in html   # no evidence quoted
    assert msg["Subject"].replace("\xa0", " ") == "[甘肃县域经济] 0 篇新文章 · 0 项新指标 · 0 项修订 · 已建立基线 (2023-11-24)"
    assert not list(msg.iter_attachments())
    assert db.execute("SELECT count(*) FROM indicators WHERE flag IS NOT NULL AND reported_at IS NOT NULL"
                      ).fetchone() == (FIRST_CRAWL_FLAGGED,)   # flags stay; the digest reported them as the baseline


def test_the_csv_is_utf8_with_a_bom_and_holds_every_figure(next_day, config, smtp_server):
    msg = send(next_day, email_config(config, smtp_server), smtp_server)
    part = attachment(msg)
    assert part.get_filename() == "gansu-monitor-2023-11-24.csv"
    raw = part.get_payload(decode=True)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["地区", "指标", "周期", "数值", "单位", "此前", "变化", "标记", "证据句", "文章标题", "链接", "发布时间"]
    assert sorted(tuple(r[1:8]) for r in rows[1:]) == sorted([
        ("固定资产投资", "1至10月", "56.3", "亿元", "50.95亿元", "同比增长31.6%", "新一期"),
        ("固定资产投资", "1至9月", "51.26", "亿元", "50.95亿元", "", "修订"),
        ("固定资产投资", "1至8月", "44.7", "亿元", "", "", "新一期"),
        ("社会消费品零售总额", "1至10月", "11.2", "亿元", "", "同比增长7.9%", "新指标"),
        ("规模以上工业增加值", "1至10月", "9.1", "%", "", "同比增长9.1%", "新指标"),
    ])
    assert {r[0] for r in rows[1:]} == {"临泽县"} and all(r[10].startswith("http://") for r in rows[1:])


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_defused(tmp_path, config, smtp_server):
    db = open_db(tmp_path / "d.db")
    store(db, 1, "=HYPERLINK(\"http://x\")临泽", "1至9月，临泽县落实招商引资到位资金40.98亿元。", "2023-11-23")
    rows = list(csv.reader(io.StringIO(attachment(send(db, email_config(config, smtp_server), smtp_server))
                                       .get_payload(decode=True).decode("utf-8-sig"))))
    assert rows[1][9] == "'=HYPERLINK(\"http://x\")临泽"


def _png_chunks(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, chunks = 8, {}
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        assert struct.unpack(">I", data[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + body)
        chunks.setdefault(kind, b"")
        chunks[kind] += body
        at += 12 + length
    return chunks


def test_the_inline_chart_is_a_valid_png_referenced_by_its_content_id(next_day, config, smtp_server):
    msg = send(next_day, email_config(config, smtp_server), smtp_server)
    text, html = parts(msg)
    cids = {img.attributes["src"] for img in LexborHTMLParser(html).css("img")}
    images = {f"cid:{p['Content-ID'].strip('<>')}": p for p in msg.walk() if p.get_content_type() == "image/png"}
    assert cids == set(images) and len(images) == 1        # one flagged series has 3 periods: 临泽 固定资产投资
    [png] = [p.get_payload(decode=True) for p in images.values()]
    chunks = _png_chunks(png)
    width, height, depth, color = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (width, height, depth, color) == (240, 64, 8, 3)
    assert len(zlib.decompress(chunks[b"IDAT"])) == (1 + width) * height and b"IEND" in chunks
    assert msg.get_body(("html",)).get_content_type() == "text/html"
    assert text.count("▁▅█") == 3        # 44.7 -> 51.26 -> 56.3, beside each of its three figures


def test_a_recipient_without_charts_gets_no_image_and_no_sparkline(next_day, config, smtp_server):
    cfg = email_config(config, smtp_server, recipients=(Recipient("editor@example.org", charts=False),))
    msg = send(next_day, cfg, smtp_server)
    text, html = parts(msg)
    assert "cid:" not in html and "▁" not in text
    assert not [p for p in msg.walk() if p.get_content_type() == "image/png"]


def test_a_chart_that_cannot_be_drawn_is_logged_and_left_out(next_day, config, smtp_server, monkeypatch, caplog):
    from monitor.digest import message

    def broken(values):
        raise RuntimeError("no pixels today")
    monkeypatch.setattr(message, "png_chart", broken)
    msg = send(next_day, email_config(config, smtp_server), smtp_server)
    _, html = parts(msg)
    assert "cid:" not in html and "trend chart for 620723/固定资产投资/amount left out" in caplog.text
    assert "51.26亿元" in html


def test_headline_indicators_follow_the_configured_order(next_day, config, smtp_server):
    cfg = email_config(config, smtp_server)
    cfg = replace(cfg, email=replace(cfg.email, headline_indicators=("社会消费品零售总额", "固定资产投资")))
    text, _ = parts(send(next_day, cfg, smtp_server))
    summary = text.split("== 主要指标 ==\r\n")[1].split("\r\n\r\n")[0].splitlines()
    assert [line.split("（")[0].split()[-1] for line in summary[1:]] == ["社会消费品零售总额", "固定资产投资"]
    assert "新指标  规模以上工业增加值（1至10月）：同比增长9.1%" in text.split("== 其他新指标 ==")[1]
