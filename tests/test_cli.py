"""The `monitor` command as users run it: real processes where exit codes and streams matter."""

from __future__ import annotations

import email
import email.policy
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from monitor.indicators.scoring import load_passages
from monitor.replica import Status

from .conftest import FIRST_CRAWL_FLAGGED, FIXTURES, expected_cases

SITE = Path(__file__).parents[1] / "monitor" / "replica" / "site"
CASES = {c["case"]: c for c in expected_cases()}


def page_file(case: dict) -> Path:
    host, path = case["url"].split("://", 1)[1].split("/", 1)
    return SITE / host / path


def monitor(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "monitor", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_crawl_prints_one_summary_line_and_exits_0(config):
    proc = monitor("--config", config.path, "crawl")
    assert proc.returncode == 0, proc.stderr
    labelled = sum(len(p.mentions) for p in load_passages(FIXTURES / "articles" / "indicators"))
    flagged = sqlite3.connect(config.database_path).execute(
        "SELECT count(*) FROM indicators WHERE flag IS NOT NULL").fetchone()[0]
    assert proc.stdout.splitlines() == [
        f"crawl: 13 new articles, 0 updated, 1 failures, 2 not articles; {labelled} indicators "
        f"({flagged} flagged); 24 pages fetched (0 unchanged listings); stored as the baseline: the next digest summarises it"]
    assert "body not found" in proc.stderr   # the failure is logged with its URL and reason
    assert "Traceback" not in proc.stderr


def test_crawl_logs_json_lines_when_asked(config):
    proc = monitor("--config", config.path, "--log-format", "json", "crawl")
    entries = [json.loads(line) for line in proc.stderr.splitlines()]
    assert entries and {"time", "level", "logger", "message"} <= set(entries[0])
    assert any(e["level"] == "warning" and "013007302" in e["message"] for e in entries)


def test_crawl_exits_1_naming_the_channel_when_a_listing_is_unreachable(replica, config):
    replica.inject("http://gansu.gansudaily.com.cn/gsbb/index.shtml", *[Status(503)] * 5)
    proc = monitor("--config", config.path, "-q", "crawl")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith("Error: gansudaily-gsbb: ")
    assert "HTTP 503" in proc.stderr


def test_stats_and_search_read_the_database(config):
    runner = CliRunner()
    assert runner.invoke(cli, ["--config", config.path, "-q", "crawl"]).exit_code == 0
    stats = runner.invoke(cli, ["--config", config.path, "stats", "--json"])
    figures = json.loads(stats.output)
    assert figures["articles"] == 13 and figures["open_failures"] == 1 and figures["skipped"] == 2
    assert figures["by_parser"]["fallback"] == 1
    found = runner.invoke(cli, ["--config", config.path, "search", "临泽"])
    assert found.exit_code == 0
    first, snippet, link = found.output.splitlines()[:3]
    assert first == "2023-11-23  临泽县  临泽：县域经济提质进位势头强劲"   # the title match ranks first
    assert "【临泽】" in snippet and link.strip().endswith("/system/2023/11/23/013012345.shtml")


def test_extract_prints_one_json_line_per_saved_page(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)   # no config/monitor.toml here: the built-in layouts are used
    names = ["a_linze_current_reprint", "c_jishishan_current_gbk", "l_longxi_fallback", "i_soft_404"]
    result = CliRunner().invoke(cli, ["extract", *[str(page_file(CASES[n])) for n in names]])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["outcome"] for line in lines] == ["article", "article", "article", "soft_404"]
    for line, name in zip(lines, names[:3], strict=False):
        case = CASES[name]
        assert (line["id"], line["title"], line["parser"], line["body"]) == \
            (case["id"], case["title"], case["parser"], case["body"])
    assert lines[1]["encoding"] == "gb18030"


def test_extract_exits_1_when_a_page_cannot_be_parsed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract", str(page_file(CASES["k_sunan_empty_body"]))])
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[-1]) == {
        "input": str(page_file(CASES["k_sunan_empty_body"])), "outcome": "parse_failure",
        "reason": "body not found (parser gscn_current)", "encoding": "utf-8"}


def test_extract_fetches_live_urls_only_on_allowed_hosts(replica, config):
    url = replica.url(CASES["h_tongwei_gansudaily_author"]["url"])
    result = CliRunner().invoke(cli, ["--config", config.path, "extract", url, "http://example.com/x.shtml"])
    first, second = (json.loads(line) for line in result.stdout.splitlines() if line.startswith("{"))
    assert first["author"] == "周晓明" and first["parser"] == "gansudaily"
    assert second["outcome"] == "error" and "allowed_hosts" in second["reason"]
    assert result.exit_code == 1


def test_demo_crawls_the_bundled_replica_and_shows_every_layout(tmp_path):
    proc = monitor("demo", "--dir", str(tmp_path / "demo"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("first pass:  crawl: 13 new articles")
    assert "second pass: crawl: 1 new articles" in proc.stdout
    for parser in ("gscn_current", "gscn_legacy", "gscn_picture", "gansudaily", "fallback"):
        assert f"[{parser}]" in proc.stdout
    assert "not an article (soft_404)" in proc.stdout and "failed (parse)" in proc.stdout
    with sqlite3.connect(tmp_path / "demo" / "monitor.db") as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (14,)
        assert conn.execute("SELECT count(*) FROM articles WHERE reported_at IS NOT NULL").fetchone() == (0,)
    assert (tmp_path / "demo" / "monitor.toml").exists()
    # the end product: the digest, named in the output, as an e-mail and as a page
    eml = tmp_path / "demo" / "digest.eml"
    assert f"The digest this would e-mail: {eml}" in proc.stdout
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["Subject"].replace("\xa0", " ").startswith(
        "[甘肃县域经济] 1 篇新文章 · 2 项新指标 · 2 项新一期 · 2 项修订 · 2 篇文章更新 · 已建立基线")
    assert "修订  固定资产投资（1至9月）：50.95亿元 → 52.18亿元" in msg.get_body(("plain",)).get_content()   # an edit
    text = msg.get_body(("plain",)).get_content()
    # the first crawl's flagged figures, but for 临泽's 50.95亿元, which the edit replaced (文章更新)
    baseline = FIRST_CRAWL_FLAGGED - 1
    assert f"已建立基线：12 篇文章、{baseline} 项指标，覆盖 10 个县区，2019-05-20 至 2023-11-23。" in text
    assert "修订  固定资产投资（1至9月）：50.95亿元 → 51.26亿元" in text                  # a revision
    assert "固定资产投资（1至10月）：50.95亿元 → 56.3亿元，同比增长31.6%" in text        # a new period
    html = (tmp_path / "demo" / "digest.html").read_text("utf-8")
    assert "临泽：前10月主要经济指标持续向好" in html and "line-through" in html


def test_a_second_crawl_on_the_same_database_is_refused(config):
    from monitor.store.lock import crawl_lock
    with crawl_lock(config.database_path):
        proc = monitor("--config", config.path, "crawl")
    assert proc.returncode == 1
    assert proc.stderr.strip() == (f"Error: another crawl (pid {os.getpid()}) is using "
                                   f"{config.database_path}; not starting a second one")
    assert monitor("--config", config.path, "-q", "crawl").returncode == 0   # released


def test_indicators_answers_by_region_name_flag_and_date_in_every_format(config):
    runner = CliRunner()
    assert runner.invoke(cli, ["--config", config.path, "-q", "crawl"]).exit_code == 0

    def run(*args):
        result = runner.invoke(cli, ["--config", config.path, "indicators", *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    table = run("--region", "临泽", "--name", "固投")
    scope, header, rule, *lines = table.splitlines()
    assert scope == "地区：临泽县"
    assert header.split()[:4] == ["发布", "地区", "指标", "周期"] and set(rule) <= {"-", " "}
    # fixture a (2023-11-23) and the province round-up g (2023-11-21) both state it
    assert [line.split()[:3] for line in lines] == [["2023-11-23", "临泽县", "固定资产投资"],
                                                   ["2023-11-21", "临泽县", "固定资产投资"]]
    rows = json.loads(run("--region", "620723", "--name", "固定资产投资", "--format", "json"))
    assert {(r["value"], r["unit"], r["period"], r["flag"]) for r in rows} == {
        ("50.95", "亿元", "1至9月", "new_indicator"), ("50.95", "亿元", "1至9月", None)}
    csv_text = run("--flagged", "--since", "2023-11-23", "--format", "csv")
    header_line, *data = csv_text.splitlines()
    assert header_line.startswith("published_at,region_code,region,indicator,kind,period")
    assert data and all(",2023-11-2" in line or line.startswith("2023-11-2") for line in data)
    everything = json.loads(run("--format", "json"))
    assert len(data) == sum(1 for r in everything if r["flag"] and r["published_at"] >= "2023-11-23")


def test_indicators_rejects_an_unknown_region_in_one_line(config):
    result = CliRunner().invoke(cli, ["--config", config.path, "indicators", "--region", "某某县"])
    assert result.exit_code == 2
    assert "'某某县' is not a Gansu region" in result.output and "Traceback" not in result.output


def test_reextracting_twice_changes_nothing_the_second_time(config):
    assert monitor("--config", config.path, "-q", "crawl").returncode == 0
    db = sqlite3.connect(config.database_path)
    rows = "SELECT * FROM indicators ORDER BY id"
    crawled = db.execute(rows).fetchall()
    after = []
    for _ in range(2):
        proc = monitor("--config", config.path, "indicators", "--reextract", "--limit", "1")
        assert proc.returncode == 0, proc.stderr
        assert "0 new rows" in proc.stderr and ", 0 removed" in proc.stderr
        after.append(db.execute(rows).fetchall())
    assert after[0] == after[1]
    # the same rows; only unreported flags may move, to tell the story in publication order
    assert [r[:21] for r in after[0]] == [r[:21] for r in crawled]


def test_digest_dry_run_renders_without_marking_anything_reported(config, tmp_path):
    assert monitor("--config", config.path, "-q", "crawl").returncode == 0
    proc = monitor("--config", config.path, "digest", "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Subject: [甘肃县域经济] 0 篇新文章 · 0 项新指标 · 0 项修订 · 已建立基线")
    assert f"已建立基线：12 篇文章、{FIRST_CRAWL_FLAGGED} 项指标" in proc.stdout
    eml = tmp_path / "next.eml"
    assert monitor("--config", config.path, "digest", "--eml", str(eml)).returncode == 0
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg.get_body(("html",)) is not None and msg.get_body(("plain",)) is not None
    db = sqlite3.connect(config.database_path)
    assert db.execute("SELECT count(*) FROM indicators WHERE reported_at IS NOT NULL").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM outbox").fetchone() == (0,)


def test_digest_send_without_email_settings_says_what_is_missing(config):
    proc = monitor("--config", config.path, "digest", "--send")
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Error: {config.path}: email: missing; --send needs an [email] table (see README)"


def test_status_on_a_fresh_database_is_healthy_and_says_the_daemon_never_ran(config):
    proc = monitor("--config", config.path, "status")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "daemon       never started" in proc.stdout and proc.stdout.rstrip().endswith("healthy")
    as_json = json.loads(monitor("--config", config.path, "status", "--json").stdout)
    assert as_json["healthy"] is True and as_json["warnings"] == []
