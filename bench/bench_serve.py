"""Time to first byte of `monitor serve`'s pages on a 10,000-article database.

Builds the database once (or reuses `--db PATH` when it exists): the replica generator's
articles (`generate_site(N)`, parsed with the built-in layouts) written straight into a fresh
database with both search indexes, then read by the indicators stage, as a crawl would
(~49 indicators per article: the synthetic bodies are twice as dense as the site's). Then it
starts `monitor serve` as a process and, for each page, sends `--repeat` GET requests one after
another, timing each from sending the request to the first byte of the answer (http.client,
a fresh connection each time). First request of each page is a warm-up and not counted.

Pages: the county with the most indicators and a median one (their /county/CODE page), the
article list searched for a 2-character and a 3-character word (the table search box), and
the 全文搜索 canned query (ranked, with snippets). Target: under 200 ms (median).

    .venv/bin/python bench/bench_serve.py [--articles 10000] [--repeat 20] [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import http.client
import json
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from datasette.utils import tilde_encode

from monitor import economy
from monitor.config import builtin_layouts
from monitor.crawl.extract import parse_article
from monitor.models import ParsedPage
from monitor.replica.generate import generate_site
from monitor.store import open_db
from monitor.store.fts import bigrams

ARTICLE_PATH = re.compile(r"^/system/\d{4}/\d{2}/\d{2}/\d{9}\.shtml$")
TARGET_MS = 200.0
NOW = "2023-12-01T00:00:00+00:00"


def build(path: Path, n: int, seed: int) -> None:
    """A database of `n` generated articles and their indicators."""
    layouts = list(builtin_layouts().values())
    db = open_db(path)
    rows = []
    for host, pages in generate_site(n, seed=seed).items():
        for page_path, raw in pages.items():
            if not ARTICLE_PATH.match(page_path):
                continue
            gbk = b"charset=\"gb2312\"" in raw[:600] or b"charset=gb2312" in raw[:600]
            url = f"http://{host}{page_path}"
            parsed = parse_article(raw.decode("gb18030") if gbk else raw.decode(), url, layouts)
            assert isinstance(parsed, ParsedPage)
            rows.append({"id": int(page_path.rsplit("/", 1)[1].split(".")[0]), "url": url, "source": "bench",
                         "channel": parsed.breadcrumb[-1] if parsed.breadcrumb else None,
                         "title": parsed.title, "origin": parsed.origin, "published_at": parsed.published_at,
                         "body": "\n".join(parsed.body), "content_hash": "", "parser": "bench",
                         "first_seen_at": NOW, "fetched_at": NOW})
    with db.atomic():
        db.table("articles").insert_all(rows, batch_size=500)
        for r in rows:
            db.execute("INSERT INTO articles_bigram(rowid, title, body) VALUES (?, ?, ?)",
                       [r["id"], bigrams(r["title"]), bigrams(r["body"])])
    economy.read_stored(db, NOW)
    db.conn.close()


def config_for(db: Path, folder: Path) -> Path:
    path = folder / "bench.toml"
    path.write_text(f'[database]\npath = "{db}"\n\n[[sources]]\nname = "bench"\n'
                    'listing_urls = ["http://gansu.gscn.com.cn/gsbb/index.shtml"]\n'
                    'allowed_hosts = ["gansu.gscn.com.cn"]\n', "utf-8")
    return path


def ttfb(port: int, path: str) -> tuple[float, int]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    t0 = time.perf_counter()
    conn.request("GET", urllib.parse.quote(path, safe="/?=&%~"))
    response = conn.getresponse()             # returns once the status line has arrived
    first = time.perf_counter() - t0
    response.read()
    conn.close()
    return first * 1000, response.status


def pages(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        counties = conn.execute(
            "SELECT r.code, r.name, count(*) FROM indicators i JOIN regions r ON r.code = i.region_code "
            "WHERE r.level = 'county' GROUP BY r.code ORDER BY 3 DESC").fetchall()
    top, median = counties[0], counties[len(counties) // 2]
    name = db.stem                          # Datasette's name for the database
    return {
        f"county page, most indicators ({top[1]}, {top[2]:,})": f"/county/{top[0]}",
        f"county page, median county ({median[1]}, {median[2]:,})": f"/county/{median[0]}",
        "article list, search box, 2 characters (临泽)": f"/{name}/article_list?_search=临泽",
        "article list, search box, 3 characters (临泽县)": f"/{name}/article_list?_search=临泽县",
        "全文搜索 query, ranked with snippets (县域经济)": f"/{name}/" + tilde_encode("全文搜索") + "?q=县域经济",
    }


def serve(config: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "serve", "--port",
                             str(port)], stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            if ttfb(port, "/-/versions.json")[1] == 200:
                return proc
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("monitor serve did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", type=Path, help="build the database here, or reuse it when it exists")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            t0 = time.perf_counter()
            build(db, args.articles, args.seed)
            print(f"built {db} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = serve(config_for(db.resolve(), Path(tmp)), port)
        results = {}
        try:
            for name, path in pages(db).items():
                ttfb(port, path)                                    # warm-up
                times = [ttfb(port, path) for _ in range(args.repeat)]
                assert all(status == 200 for _, status in times), (name, times)
                results[name] = {"path": path, "median_ms": round(statistics.median(t for t, _ in times), 1),
                                 "max_ms": round(max(t for t, _ in times), 1)}
        finally:
            server.terminate()
            server.wait(timeout=10)
        with sqlite3.connect(db) as conn:
            counts = conn.execute("SELECT (SELECT count(*) FROM articles), "
                                  "(SELECT count(*) FROM indicators)").fetchone()
    passed = all(r["median_ms"] < TARGET_MS for r in results.values())
    machine = f"{platform.machine()} Python {platform.python_version()} SQLite {sqlite3.sqlite_version}"
    if args.json:
        print(json.dumps({"machine": machine, "articles": counts[0], "indicators": counts[1],
                          "target_ms": TARGET_MS, "pass": passed, "pages": results}, ensure_ascii=False, indent=2))
    else:
        print(f"{machine}; {counts[0]:,} articles, {counts[1]:,} indicators; median of {args.repeat}")
        for name, r in results.items():
            print(f"{r['median_ms']:8.1f} ms  (max {r['max_ms']:.1f})  {name}  {r['path']}")
        print(f"target < {TARGET_MS:.0f} ms: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
