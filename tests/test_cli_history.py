"""`monitor history`: an article's versions and a sentence-level diff, from the real process."""

from __future__ import annotations

import subprocess
import sys

from .test_recheck import crawl, recheck


def history(config, *args):
    return subprocess.run([sys.executable, "-m", "monitor", "--config", str(config.path), "history", *args],
                          capture_output=True, text=True, timeout=60)


def test_history_shows_each_version_and_the_changed_sentences(replica, config):
    crawl(config)
    replica.advance()
    recheck(config)
    proc = history(config, "13012345")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("13012345  临泽：县域经济提质进位势头强劲\n")
    assert "version 1  fetched " in out and "(body changed)" in out and "version 2  fetched " in out
    assert "edited (修改)  version 2: body" in out
    diff = out[out.index("version 1 -> 2:"):].splitlines()[1:]
    assert diff == [
        "  ~ 1至9月，全县完成固定资产投资[-50.95-]{+52.18+}亿元，落实省外到位资金40.98亿元，同比增长33.82%。",
        "  ~ 与此同时，富锶白对虾等特色水产养殖从无到有{+、由小到大+}，让本地市民{+在家门口+}吃上了鲜活对虾，"
        "也为农民增收开辟了新渠道。",
    ]


def test_history_finds_an_article_by_its_url_on_the_real_site(replica, config):
    crawl(config)
    proc = history(config, "http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml")
    assert proc.returncode == 0, proc.stderr
    assert "1 version; first stored " in proc.stdout and "(current)" in proc.stdout
    assert "->" not in proc.stdout


def test_history_of_a_withdrawn_article_says_so(replica, config):
    crawl(config)
    replica.advance()
    recheck(config)
    proc = history(config, "13002210")
    assert "; withdrawn since 20" in proc.stdout.splitlines()[2]
    assert "withdrawn (撤稿)  version 1: soft 404: 页面没有找到" in proc.stdout


def test_history_of_an_unknown_article_exits_2_in_one_line(replica, config):
    crawl(config)
    for unknown in ("99999999", "http://gansu.gscn.com.cn/system/2023/11/23/099999999.shtml", "临泽"):
        proc = history(config, unknown)
        assert proc.returncode == 2
        assert f"no stored article has the id or URL {unknown!r}" in proc.stderr
        assert "Traceback" not in proc.stderr and proc.stdout == ""
