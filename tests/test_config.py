"""Bad configuration files stop the program with one clear line: file, key, what was expected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import Recipient, builtin_layouts, load_config

CONFIGS = sorted((Path(__file__).parent / "configs").glob("*.toml"))
# a valid file up to its one source; tests add tables after it
EDGE = """
[database]
path = "x.db"
[[sources]]
name = "x"
listing_urls = ["http://gansu.gscn.com.cn/gsbb/index.shtml"]
allowed_hosts = ["gansu.gscn.com.cn"]
"""


def expected_message(path: Path) -> str:
    """The whole message after the file's name, as its first line says; one ending in … is the
    start of it (a TOML parser's wording is its own)."""
    first = path.read_bytes().split(b"\n")[0].decode("utf-8")   # the rest may be no UTF-8 at all
    assert first.startswith("# expect: ")
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("path", CONFIGS, ids=[p.stem for p in CONFIGS])
def test_bad_config_gives_one_line_naming_file_and_key(path):
    result = CliRunner().invoke(cli, ["--config", str(path), "crawl"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    expected = f"Error: {path}: {expected_message(path)}"
    if expected.endswith("…"):
        assert lines[0].startswith(expected.removesuffix("…"))
    else:
        assert lines[0] == expected
    assert "Traceback" not in result.output


def test_missing_config_file_says_how_to_give_one(tmp_path):
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "nope.toml"), "stats"])
    assert result.exit_code == 1
    assert "nope.toml: file not found (give --config PATH or set MONITOR_CONFIG)" in result.output


def test_monitor_config_variable_chooses_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_CONFIG", str(CONFIGS[0]))
    result = CliRunner().invoke(cli, ["crawl"])
    assert str(CONFIGS[0]) in result.output


def test_the_real_process_prints_no_traceback_and_exits_1():
    bad = next(p for p in CONFIGS if p.stem == "unknown_layout")
    proc = subprocess.run([sys.executable, "-m", "monitor", "--config", str(bad), "crawl"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "unknown layout 'gscn_currnet'" in proc.stderr


def test_the_shipped_config_is_valid_and_watches_the_gansu_channels():
    config = load_config(Path(__file__).parents[1] / "config" / "monitor.toml")
    assert {s.name for s in config.sources} >= {"gscn-gsbb", "gansudaily-gsbb"}
    assert config.http.requests_per_second <= 1.0
    assert config.http.respect_robots
    assert all(layout.name in config.layouts for s in config.sources for layout in s.layouts)


def test_a_source_can_override_one_selector_of_a_layout(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(EDGE + """layouts = ["gscn_current"]
[sources.selectors.gscn_current]
body = "div.article-body"
""", "utf-8")
    layout = load_config(path).sources[0].layouts[0]
    assert layout.body == "div.article-body"
    assert layout.time == "div.info span.m-frt"   # the rest stays as built in


def test_recipients_and_headlines_are_read_into_codes_and_canonical_names(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text(EDGE + """[email]
smtp_host = "smtp.example.org"
smtp_port = 465
tls = "ssl"
username = "monitor"
password_env = "SMTP_PASSWORD"
sender = "甘肃县域经济监测 <monitor@example.org>"
headline_indicators = ["固投", "社零", "固定资产投资"]
recipients = ["all@example.org",
              {address = "zhangye@example.org", regions = ["张掖", "620521"], indicators = ["固投"], charts = false}]
""", "utf-8")
    email = load_config(path).email
    assert (email.smtp_host, email.smtp_port, email.tls, email.username, email.password_env) == (
        "smtp.example.org", 465, "ssl", "monitor", "SMTP_PASSWORD")
    assert email.headline_indicators == ("固定资产投资", "社会消费品零售总额")   # synonyms, each once, in order
    assert email.recipients == (
        Recipient("all@example.org"),
        # 张掖 is a prefecture: it and its six counties; 620521 (清水县) a county of 天水
        Recipient("zhangye@example.org", ("620700", "620702", "620721", "620722", "620723", "620724", "620725",
                                          "620521"), ("固定资产投资",), False))


def test_the_province_as_a_recipients_region_is_every_region(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text(EDGE + """[email]
smtp_host = "smtp.example.org"
sender = "m@example.org"
recipients = [{address = "all@example.org", regions = ["甘肃"]}]
""", "utf-8")
    [recipient] = load_config(path).email.recipients
    codes = recipient.regions
    assert codes[0] == "620000" and len(codes) == len(set(codes)) == 102   # every row of regions.csv
    assert {"620700", "620723", "622927"} <= set(codes)



@pytest.mark.parametrize(("tables", "read"), [
    ("[health]\nheartbeat_grace_s = 60", lambda c: c.health.heartbeat_grace_s == 60),
    ("[schedule]\ncrawl = \"1s\"\ncrawl_jitter_s = 0", lambda c: (c.schedule.crawl, c.schedule.crawl_jitter_s) == ("1s", 0)),
    ("[recheck]\nmax_per_cycle = 0", lambda c: c.recheck.max_per_cycle == 0),
    ("[recheck]\ndays = 0", lambda c: (c.recheck.days, c.recheck.after_hours) == (0, ())),
    # the default ages that fall inside a shorter window stay: 1 and 6 h inside 1 day; 24 h is its end
    ("[recheck]\ndays = 1", lambda c: c.recheck.after_hours == (1.0, 6.0)),
    ("[recheck]\ndays = 1.05", lambda c: c.recheck.after_hours == (1.0, 6.0, 24.0)),
    ("[recheck]\ndays = 2\nafter_hours = [0.5, 47.5]", lambda c: c.recheck.after_hours == (0.5, 47.5)),
    ("[crawl]\nmax_listing_pages = 0", lambda c: c.crawl.max_listing_pages == 0),
    # lines right after EDGE belong to its [[sources]] table
    ('article_url_pattern = "/system/\\\\d+"\nlisting_selector = "ul.list a"',
     lambda c: (c.sources[0].article_url_pattern, c.sources[0].listing_selector) == (r"/system/\d+", "ul.list a")),
    ('[sources.selectors.gscn_current]\nbody = "div.main"',
     lambda c: {la.name: la.body for la in c.sources[0].layouts}["gscn_current"] == "div.main"
     and {la.name: la.body for la in builtin_layouts().values()}["gscn_current"] != "div.main"),
], ids=["grace-60", "interval-1s-jitter-0", "cap-0", "days-0", "days-1", "days-1.05", "hours-just-inside",
        "listing-pages-0", "source-patterns", "selector-override"])
def test_values_at_the_edge_of_what_is_allowed_are_taken_as_written(tmp_path, tables, read):
    path = tmp_path / "monitor.toml"
    path.write_text(EDGE + tables + "\n", "utf-8")
    config = load_config(path)
    assert read(config)
