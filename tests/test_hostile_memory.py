"""One crawl, as a real `monitor crawl` process, over a site of hostile pages: its peak memory
stays under 300 MB, it ends within a minute, and every hostile page is a recorded failure with
its reason, while the good articles are stored.

The peak is the process's own VmHWM, read by the process as it exits: the kernel's ru_maxrss
for a child also counts the pages it shared with this (large) test process before its exec."""

from __future__ import annotations

import gzip
import sqlite3
import subprocess
import sys
import time

import pytest

from monitor.replica import Replica, Status, TrickleHeaders

from .test_hostile_crawl import ARTICLE, GSCN, article_url, configure, site, story

pytestmark = pytest.mark.slow

MEASURED = """
import atexit, re, sys
from pathlib import Path
out = Path(sys.argv.pop(1))
def peak():
    out.write_text(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
atexit.register(peak)
sys.argv[0] = "monitor"
from monitor.cli import main
main()
"""
PARAGRAPH = "<p>" + "临泽县固定资产投资五十亿元，同比增长三成，" * 40 + "</p>\n"   # ~1.3 KB


def chained_page(n: int, last: int, size: int) -> bytes:
    """Page n of an article `last` pages long, each about `size` bytes."""
    more = (f'<div id="news_more_page_div_id"><a href="{article_url(20)[:-6]}_{n + 1}.shtml">下一页</a></div>'
            if n < last else "")
    body = PARAGRAPH * (size // len(PARAGRAPH.encode()))
    page = ARTICLE.replace("<p>版权声明</p>", body + "<p>版权声明</p>", 1)
    return page.replace('<div class="a-footer">', more + '<div class="a-footer">', 1).encode()


def hostile_site() -> tuple[dict[str, dict[str, bytes]], dict[str, object]]:
    pages: dict[str, bytes] = {article_url(1): story(1)}     # the one good article
    faults: dict[str, object] = {}
    bombs = {article_url(2): ("gzip, gzip", gzip.compress(gzip.compress(b"\0" * 300_000_000))),
             article_url(3): ("gzip", gzip.compress(b"\0" * 300_000_000))}
    for url, (coding, body) in bombs.items():
        pages[url] = b""
        faults[url] = Status(200, {"Content-Encoding": coding, "Content-Type": "text/html"}, body=body)
    pages[article_url(4)] = ARTICLE.replace('<div class="a-container">', '<div class="a-container">' + "<div>" * 200_000,
                                            1).encode()
    pages[article_url(5)] = b""
    faults[article_url(5)] = TrickleHeaders(pause=0.05, seconds=40)
    first = article_url(20)
    pages[first] = chained_page(1, 5, 4_800_000)
    for n in range(2, 6):
        pages[f"{first[:-6]}_{n}.shtml"] = chained_page(n, 5, 4_800_000)
    pages[article_url(6)] = ARTICLE.replace("临泽：县域经济提质进位势头强劲", "临泽" * 25_000, 2).encode()
    listed = [*pages.keys() - {f"{first[:-6]}_{n}.shtml" for n in range(2, 6)}]
    listed += [f"http://{GSCN}/system/2023/12/02/{13200000 + n:09d}.shtml" for n in range(40_000)]   # 3 MB listing
    return site(pages, listed=sorted(listed)), faults


def test_a_crawl_over_every_hostile_page_stays_under_300_mb_and_a_minute(tmp_path):
    pages, faults = hostile_site()
    with Replica(pages) as replica:
        for url, fault in faults.items():
            replica.inject(url, *[fault] * 3)
        config = configure(replica, tmp_path, {"max_new_articles_per_cycle": 50}, max_retries=0, timeout_s=5.0,
                           request_deadline_s=10.0)
        local = {n: replica.url(article_url(n)) for n in (1, 2, 3, 4, 5, 6, 20)}
        started = time.monotonic()
        proc = subprocess.run([sys.executable, "-c", MEASURED, str(tmp_path / "peak_kb"), "--config", config.path,
                               "-q", "crawl"], capture_output=True, text=True, timeout=120)
        elapsed = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert elapsed < 60
    peak_mb = int((tmp_path / "peak_kb").read_text()) / 1024
    assert peak_mb < 300, f"peak RSS {peak_mb:.0f} MB"
    with sqlite3.connect(config.database_path) as conn:
        reasons = dict(conn.execute("SELECT url, reason FROM failures"))
        stored = dict(conn.execute("SELECT url, length(title) FROM articles"))
    assert stored == {local[1]: len("临泽：第1篇报道"), local[6]: 50_000}   # a long title is no failure
    assert reasons[local[2]] == "refused: more than one content-coding (gzip, gzip)"
    assert reasons[local[3]] == "page is over max_page_bytes (5,000,000); download aborted"
    assert reasons[local[4]] == "page nested deeper than 400 elements; not parsed"
    assert reasons[local[5]] == "no complete answer within request_deadline_s (10 s)"
    assert reasons[local[20]].startswith("article is over max_article_chars (300,000): ")
    print(f"peak RSS {peak_mb:.1f} MB, {elapsed:.1f} s")
