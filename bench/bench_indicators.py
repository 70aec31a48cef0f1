"""Indicator extraction speed on one core, over typical 3-6 KB article bodies.

Two corpora of 3-6 KB bodies (UTF-8), N articles each:

- site-style: the hand-written passages of the labelled sets (tests/fixtures/indicators and the
  replica's fixture articles), joined in shuffled runs into bodies of 3-6 KB: ~15 figures per KB
  (the real sample article in ../shared/samples has ~10);
- synthetic: every article page of the replica generator (`generate_site(N)`), parsed once,
  untimed — bodies of 3.1-5.5 KB built from a figure-heavy sentence bank, ~20 figures per KB,
  twice the sample's density: a stress figure.

For each it times, in alternating passes over the same articles:

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
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from monitor.config import builtin_layouts
from monitor.crawl.extract import parse_article
from monitor.indicators import extract_indicators
from monitor.indicators.numbers import find_figures
from monitor.indicators.scoring import load_passages
from monitor.models import ParsedPage
from monitor.replica.generate import generate_site
from monitor.store import open_db, writes

ARTICLE_PATH = re.compile(r"^/system/\d{4}/\d{2}/\d{2}/\d{9}\.shtml$")
TARGET = 500.0   # articles/s for extraction on one core


Article = tuple[int, str, str, str, str | None]   # id, title, body, published_at, channel
LABELLED = [Path(__file__).parents[1] / "tests" / "fixtures" / "indicators",
            Path(__file__).parents[1] / "tests" / "fixtures" / "articles" / "indicators"]


def site_style(n: int, seed: int) -> list[Article]:
    passages = [p for d in LABELLED for p in load_passages(d)]
    r = random.Random(seed)
    out: list[Article] = []
    while len(out) < n:
        r.shuffle(passages)
        parts: list[str] = []
        for p in passages:
            parts.append(p.text)
            size = len("\n".join(parts).encode())
            if size >= 3 * 1024:
                if size <= 6 * 1024:
                    first = passages[passages.index(p) - len(parts) + 1]
                    out.append((len(out) + 1, first.title, "\n".join(parts), first.published_at,
                                first.channel or None))
                parts = []
                if len(out) == n:
                    break
    return out


def synthetic(n: int, seed: int) -> list[Article]:
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


def run(articles: list[Article], repeat: int) -> dict[str, object]:
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
    figures = sum(len(find_figures(a[2])) for a in articles)
    return {
        "articles": n, "figures_per_kb": round(figures / kb, 1), "mean_body_kb": round(kb / n, 2),
        "indicators_per_article": round(rows / n, 2),
        "extract_articles_per_s": round(n / extract_s), "extract_kb_per_s": round(kb / extract_s),
        "stage_articles_per_s": round(n / stage_s), "repeat": repeat,
        "extract_passes_s": [round(t, 3) for t in extract_times],
        "stage_passes_s": [round(t, 3) for t in stage_times],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {"site-style": run(site_style(args.articles, args.seed), args.repeat),
               "synthetic": run(synthetic(args.articles, args.seed), args.repeat)}
    passed = results["site-style"]["extract_articles_per_s"] >= TARGET  # type: ignore[operator]
    machine = f"{platform.machine()} {platform.processor() or ''} Python {platform.python_version()}"
    if args.json:
        print(json.dumps({"machine": machine, "target_articles_per_s": TARGET, "pass": passed,
                          **results}, ensure_ascii=False, indent=2))
    else:
        print(f"{machine}; medians of {args.repeat} passes")
        for name, f in results.items():
            print(f"{name}: {f['articles']} articles, mean body {f['mean_body_kb']} KB, "
                  f"{f['figures_per_kb']} figures/KB, {f['indicators_per_article']} indicators each")
            print(f"  extract_indicators      {f['extract_articles_per_s']:>6} articles/s "
                  f"({f['extract_kb_per_s']} KB/s)")
            print(f"  extract + save (stage)  {f['stage_articles_per_s']:>6} articles/s")
        print(f"target {TARGET:.0f} articles/s for extraction over site-style bodies: "
              f"{'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
