"""`monitor series`, `failures`, and the sharper `indicators` and `search` options."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from monitor.cli import cli

LINZE = "临泽：县域经济提质进位势头强劲"
ROUNDUP = "我省县域经济发展活力持续迸发"
ZHANGYE = {"张掖市", "甘州区", "肃南裕固族自治县", "民乐县", "临泽县", "高台县", "山丹县"}


def run(config, *args, ok=True):
    result = CliRunner().invoke(cli, ["--config", str(config.path), *args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_series_of_a_prefecture_includes_its_counties_and_says_so(crawled_once):
    out = run(crawled_once, "series", "--region", "张掖", "--name", "固投").stdout.splitlines()
    assert out[0] == "地区：张掖市（含所辖 6 个县区） · 指标：固定资产投资"
    # 临泽's 50.95亿元 (fixtures a and g) and 高台's growth of 15.3% (fixture p)
    assert "临泽县 · 固定资产投资 · 总量 (亿元) · 2 次  ▄▄" in out
    assert "高台县 · 固定资产投资 · 增速 (%) · 1 次  ▄" in out


def test_series_rows_come_in_period_order(crawled_once):
    rows = json.loads(run(crawled_once, "series", "--region", "临泽县", "--name", "制种基地",
                          "--format", "json").stdout)
    assert [(r["period_end"], r["period"], r["title"]) for r in rows] == [
        ("2023-11-21", "", ROUNDUP), ("2023-11-23", "今年", LINZE)]


def test_csv_carries_a_byte_order_mark_for_excel_and_into_a_file(crawled_once, tmp_path):
    args = ["series", "--region", "620723", "--name", "制种基地", "--format", "csv"]
    assert run(crawled_once, *args).stdout.startswith("id,region_code,region,name")
    assert run(crawled_once, *args, "--excel").stdout.startswith("\ufeffid,region_code")
    target = tmp_path / "out.csv"
    with target.open("wb") as out:
        subprocess.run([sys.executable, "-m", "monitor", "--config", str(crawled_once.path), *args],
                       stdout=out, check=True, timeout=60)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,region_code")
    piped = subprocess.run([sys.executable, "-m", "monitor", "--config", str(crawled_once.path), *args],
                           capture_output=True, check=True, timeout=60)
    assert piped.stdout.startswith(b"id,")                       # a pipe to another tool: no mark


def test_indicators_by_prefecture_and_for_the_whole_province(crawled_once):
    everything = json.loads(run(crawled_once, "indicators", "--format", "json").stdout)
    province = json.loads(run(crawled_once, "indicators", "--region", "全省", "--format", "json").stdout)
    assert len(province) == len(everything) > 100
    result = run(crawled_once, "indicators", "--region", "张掖", "--format", "json")
    rows = json.loads(result.stdout)
    assert "地区：张掖市（含所辖 6 个县区）" in result.stderr       # machine output stays clean
    assert {r["region"] for r in rows} <= ZHANGYE and {"临泽县", "甘州区", "高台县"} <= {r["region"] for r in rows}
    assert len(rows) == sum(1 for r in everything if r["region"] in ZHANGYE)


def test_since_takes_dashes_slashes_and_days_or_weeks_ago(crawled_once):
    dashes = run(crawled_once, "indicators", "--since", "2023-11-22", "--format", "json").stdout
    slashes = run(crawled_once, "indicators", "--since", "2023/11/22", "--format", "json").stdout
    assert dashes == slashes and {r["published_at"][:10] for r in json.loads(dashes)} == {"2023-11-22", "2023-11-23"}
    recent = run(crawled_once, "indicators", "--since", "4w")       # the fixtures are from 2019-2023
    assert "no indicators match" in recent.stderr
    bad = run(crawled_once, "indicators", "--since", "last week", ok=False)
    assert bad.exit_code == 2 and "YYYY-MM-DD, YYYY/MM/DD, or 7d / 4w" in bad.output


def test_the_indicators_table_shows_a_short_title_and_with_v_the_evidence_and_link(crawled_once):
    plain = run(crawled_once, "indicators", "--region", "临泽", "--name", "固定资产投资").stdout.splitlines()
    assert plain[3].endswith("临泽：县域经济提质进位…")
    verbose = run(crawled_once, "indicators", "--region", "临泽", "--name", "固定资产投资", "-v").stdout.splitlines()
    assert verbose[4] == "    原句：1至9月，全县完成固定资产投资50.95亿元，落实省外到位资金40.98亿元，同比增长33.82%。"
    assert verbose[5].strip().endswith("/system/2023/11/23/013012345.shtml")


def test_search_says_when_there_is_nothing_to_search_for(crawled_once):
    result = run(crawled_once, "search", '"***"')
    assert result.stdout == "" and "nothing to search for" in result.stderr


def test_failures_lists_open_failures_with_their_next_try(crawled, config):
    def listed():
        rows = json.loads(run(config, "failures", "--json").stdout)
        return [(r["url"].rsplit("/", 1)[1], r["stage"], r["reason"], r["attempts"], r["next_try"]) for r in rows]
    # the replica's page without a body (fixture k) failed once
    assert listed() == [("013007302.shtml", "parse", "body not found (parser gscn_current)", 1, "at the next crawl")]
    crawled.execute("INSERT INTO daemon_state (id, pid, next_crawl_at) VALUES (1, 1, '2023-11-24T02:00:00+00:00')")
    crawled.conn.commit()
    assert listed()[0][4] == "2023-11-24T02:00:00+00:00"                 # a daemon is running
    crawled.execute("UPDATE failures SET attempts = 8")
    crawled.conn.commit()
    assert listed()[0][4] == "never (max_attempts 8 reached)"
    table = run(config, "failures").stdout.splitlines()
    assert table[0].split() == ["url", "stage", "reason", "attempts", "last", "failed", "next", "try"]
    assert "013007302.shtml  parse  body not found (parser gscn_current)  8" in table[2]


def test_serve_exports_its_metadata_for_datasette_by_hand(crawled_once, tmp_path):
    target = tmp_path / "metadata.json"
    result = run(crawled_once, "serve", "--export-metadata", str(target))
    assert f"run: datasette {crawled_once.database_path} -m {target}" in result.stderr
    meta = json.loads(target.read_text("utf-8"))
    name = crawled_once.database_path.stem                       # Datasette's name for the file
    assert meta["plugins"]["gansu-monitor"]["database"] == name
    tables = meta["databases"][name]["tables"]
    assert tables["articles"]["columns"]["origin"] == "来源, e.g. 张掖日报"
    assert set(meta["databases"][name]["queries"]) == {"本周新指标", "某县某指标的序列", "修订记录", "全文搜索"}
