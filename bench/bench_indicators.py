"""Indicator extraction speed on one core, over typical 3-6 KB article bodies.

Builds the synthetic replica (`generate_site(N)`), parses every article page once, untimed, into
(title, body, published_at, channel) — bodies of 3.1-5.5 KB of UTF-8, the size of the site's
county reports — then times, in alternating passes over the same articles:

- extract: ``extract_indicators(title, body, published_at, channel)``, the extractor alone;
- stage: extract plus ``save_indicators`` into a fresh SQLite file (flags included), i.e. the
  indicators stage as a crawl runs it, minus the fetch.

Each is run ``--repeat`` times; the figures are medians. The first pass (cn2an import, regex
compilation, lexicon and gazetteer load) is a warm-up and not counted.

    .venv/bin/python bench/bench_indicators.py [--articles 1000] [--repeat 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from monitor.config import builtin_layouts
from monitor.extract import parse_article
from monitor.indicators import extract_indicators
from monitor.models import ParsedPage
from monitor.replica.generate import generate_site
from monitor.store import open_db, writes

ARTICLE_PATH = re.compile(r"^/system/\d{4}/\d{2}/\d{2}/\d{9}\.shtml$")
TARGET = 500.0   # articles/s for extraction on one core


def corpus(n: int, seed: int) -> list[tuple[int, str, str, str, str | None]]:
    layouts = list(builtin_layouts().values())
    out = []
    for host, pages in generate_site(n, seed=seed).items():
        for path, raw in pages.items():
            if not ARTICLE_PATH.match(path):
                continue
            text = raw.decode("gb18030") if b'charset="gb2312"' in raw[:600] or b"charset=gb2312" in raw[:600] \
                else raw.decode()
            parsed = parse_article(text, f"http://{host}{path}", layouts)
            assert isinstance(parsed, ParsedPage) and parsed.title and parsed.published_at
            article_id = int(path.rsplit("/", 1)[1].split(".")[0])
            out.append((article_id, parsed.title, "\n".join(parsed.body), parsed.published_at,
                        parsed.breadcrumb[-1] if parsed.breadcrumb else None))
    return out


def run(articles: list[tuple[int, str, str, str, str | None]], repeat: int) -> dict[str, object]:
    for _, title, body, published_at, channel in articles[:50]:
        extract_indicators(title, body, published_at, channel)   # warm-up
    extract_times, stage_times, rows = [], [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        results = [extract_indicators(t, b, p, c) for _, t, b, p, c in articles]
        extract_times.append(time.perf_counter() - t0)
        rows = sum(len(r.observations) for r in results)
        with tempfile.TemporaryDirectory() as tmp:
            db = open_db(Path(tmp) / "bench.db")
            db.table("articles").insert_all(
                [{"id": i, "url": f"http://x/{i}", "source": "bench", "title": t, "published_at": p,
                  "body": b, "content_hash": "", "parser": "bench", "first_seen_at": "",
                  "fetched_at": ""} for i, t, b, p, _ in articles])
            t0 = time.perf_counter()
            for article_id, title, body, published_at, channel in articles:
                result = extract_indicators(title, body, published_at, channel)
                writes.save_indicators(db, article_id, result, "2023-12-01T00:00:00+00:00")
            stage_times.append(time.perf_counter() - t0)
            db.conn.close()
    n = len(articles)
    kb = sum(len(a[2].encode()) for a in articles) / 1024
    extract_s, stage_s = statistics.median(extract_times), statistics.median(stage_times)
    return {
        "machine": f"{platform.machine()} {platform.processor() or ''} Python {platform.python_version()}".strip(),
        "articles": n, "mean_body_kb": round(kb / n, 2), "indicators_per_article": round(rows / n, 2),
        "extract_articles_per_s": round(n / extract_s), "extract_kb_per_s": round(kb / extract_s),
        "stage_articles_per_s": round(n / stage_s), "repeat": repeat,
        "extract_passes_s": [round(t, 3) for t in extract_times],
        "stage_passes_s": [round(t, 3) for t in stage_times],
        "target_articles_per_s": TARGET, "pass": n / extract_s >= TARGET,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(corpus(args.articles, args.seed), args.repeat)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(f"{figures['articles']} articles, mean body {figures['mean_body_kb']} KB, "
              f"{figures['indicators_per_article']} indicators each; medians of {args.repeat} passes")
        print(f"  extract_indicators      {figures['extract_articles_per_s']:>6} articles/s "
              f"({figures['extract_kb_per_s']} KB/s)")
        print(f"  extract + save (stage)  {figures['stage_articles_per_s']:>6} articles/s")
        print(f"  target {TARGET:.0f} articles/s for extraction: {'PASS' if figures['pass'] else 'FAIL'}")
    return 0 if figures["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
