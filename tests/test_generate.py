"""The synthetic replica (monitor/replica/generate.py): shapes, sizes, encodings, determinism."""

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin

import pytest
from selectolax.lexbor import LexborHTMLParser

from monitor.replica.generate import generate_site

GSCN, DAILY, INDEX = "gansu.gscn.com.cn", "gansu.gansudaily.com.cn", "/gsbb/index.shtml"
ARTICLE = re.compile(r"/system/(\d{4}/\d\d/\d\d)/(0\d{8})\.shtml")
COUNT_JS = "/system/count/0018005/000000000000/count_page_list_0018005000000000000.js"
COUNT_PAGE = "/system/count//0018005/000000000000/000/000/c0018005000000000000_{:09d}.shtml"
BODY = {  # layout: (marker, body paragraphs)
    "gscn_current": ("div.a-container", "div.a-container p"),
    "gscn_legacy": ("#pubtime_baidu", "#content p"),
    "gscn_picture": ("div#pic_mainbox", "div#pic_mainbox p"),
    "gansudaily": ("div#conter2018", "div#conter2018 p"),
}
N = 300


@pytest.fixture(scope="module")
def site() -> dict[str, dict[str, bytes]]:
    return generate_site(N, seed=7)


def _text(body: bytes) -> str:
    return body.decode("gb18030" if b"charset=gb2312" in body[:300] else "utf-8")


def _articles(site: dict[str, dict[str, bytes]]) -> dict[str, bytes]:
    return {
        f"http://{h}{p}": b
        for h, pages in site.items()
        for p, b in pages.items()
        if ARTICLE.fullmatch(p)
    }


def _listed(site: dict[str, dict[str, bytes]], host: str, path: str) -> list[str]:
    tree = LexborHTMLParser(_text(site[host][path]))
    return [
        urljoin(f"http://{host}{path}", a.attributes["href"] or "")
        for a in tree.css("#content li a")
    ]


def test_articles_have_unique_ids_growing_with_date(site):
    found = sorted((int(m[2]), m[1]) for m in map(ARTICLE.search, _articles(site)))
    assert len(found) == N == len({i for i, _ in found})
    assert [d for _, d in found] == sorted(d for _, d in found)
    assert found[-1][1] == "2023/11/30"
    assert 0.05 < sum(p.startswith("/system/") for p in site[DAILY]) / N < 0.16


def test_every_article_is_listed_exactly_once_newest_first(site):
    maxpage = int(re.fullmatch(rb"var maxpage = (\d+);", site[GSCN][COUNT_JS])[1])
    older = sorted(p for p in site[GSCN] if p.startswith("/system/count//"))
    assert older == [COUNT_PAGE.format(n) for n in range(1, maxpage + 1)]
    assert f'<script src="http://{GSCN}{COUNT_JS}"></script>' in _text(site[GSCN][older[-1]])
    pages = [_listed(site, GSCN, p) for p in [INDEX, *older]]
    assert [len(p) for p in pages[:-1]] == [20] * maxpage and 0 < len(pages[-1]) <= 20
    gscn, daily = [u for p in pages for u in p], _listed(site, DAILY, INDEX)
    assert sorted(gscn + daily) == sorted(_articles(site))
    for links in (gscn, daily):
        ids = [int(ARTICLE.search(u)[2]) for u in links]
        assert ids == sorted(ids, reverse=True)


def test_layouts_sizes_and_encodings(site):
    layouts: Counter[str] = Counter()
    for url, raw in _articles(site).items():
        text = _text(raw)
        assert 40 * 1024 <= len(text.encode()) <= 80 * 1024, url
        tree = LexborHTMLParser(text)
        layout = next(name for name, (marker, _) in BODY.items() if tree.css_first(marker))
        layouts[layout] += 1
        paras = [p.text(strip=True) for p in tree.css(BODY[layout][1])]
        if layout == "gscn_current":
            paras = paras[: paras.index("版权声明")]
            paras = paras[2:] if paras[0] == tree.css_first("h1").text() else paras
        assert 3000 <= len("".join(paras).encode()) <= 6000, url
        if layout == "gscn_legacy":
            assert raw != text.encode() and re.search("[\u4e00-\u9fff]{20}", text)
    assert set(layouts) == set(BODY)
    assert (
        0.55 < layouts["gscn_current"] / N < 0.75
        and layouts["gscn_legacy"] > layouts["gscn_picture"]
    )
    for pages in site.values():  # listings too
        assert all(
            40 * 1024 <= len(_text(b).encode()) <= 80 * 1024
            for b in pages.values()
            if b[:9] == b"<!DOCTYPE"
        )


def test_options_are_honoured():
    small = generate_site(40, seed=1, page_kib=(20, 30), per_listing=7)
    sizes = [len(_text(b).encode()) for pages in small.values() for b in pages.values()]
    assert all(20 * 1024 <= s <= 30 * 1024 for s in sizes if s > 100)
    assert len(_listed(small, GSCN, INDEX)) == 7
    with pytest.raises(ValueError):
        generate_site(10, page_kib=(80, 40))


def test_same_seed_same_bytes(site):
    assert generate_site(N, seed=7) == site
    assert generate_site(N, seed=8) != site


@pytest.mark.slow
def test_same_bytes_across_processes():
    code = """
import hashlib
from monitor.replica.generate import generate_site
site = generate_site(60)
pages = sorted((h, p, b) for h in site for p, b in site[h].items())
print(hashlib.sha256(repr(pages).encode()).hexdigest())
"""
    root = Path(__file__).resolve().parents[1]
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            env={"PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
