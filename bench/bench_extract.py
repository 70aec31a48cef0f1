"""Extraction speed on one core: the bare Lexbor parse against the full `parse_article`.

Builds the synthetic replica (`generate_site(N)`, pages of 40-80 KiB), takes every article page,
decodes each once up front with `monitor.crawl.charset.decode_html` (the fetcher's job; timed on its
own), then times on the same texts, in the same process and in alternation:

- bare: ``LexborHTMLParser(text)`` for each page (the floor: parsing alone);
- full: ``parse_article(text, url, layouts)`` with every built-in layout, as the crawler does;
- decode: ``decode_html(raw_bytes)`` for each page.

Each is run ``--repeat`` times; the figures are medians. The full/bare ratio is taken within each
repetition (so a noisy neighbour slows both sides alike) and its median is reported. Every page
must parse into an article first (no NotArticle, no ExtractError), else the script exits 1.

    .venv/bin/python bench/bench_extract.py [--articles 2000] [--repeat 5] [--cpu 0] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from monitor.config import Layout, builtin_layouts
from monitor.crawl.charset import decode_html
from monitor.crawl.extract import parse_article
from monitor.errors import ExtractError
from monitor.models import NotArticle
from monitor.replica.generate import generate_site

ARTICLE_PATH = re.compile(r"^/system/\d{4}/\d{2}/\d{2}/\d{9}\.shtml$")
TARGET_RATIO = 4.0  # full extraction within 4x of the bare parse
TARGET_PAGES_S = 1000.0  # full extraction pages/s on 40-80 KB pages


@dataclass(frozen=True)
class Corpus:
    """The article pages: URL, bytes as served, and the text decode_html made of them."""

    urls: list[str]
    raw: list[bytes]
    texts: list[str]

    @property
    def utf8_bytes(self) -> int:
        return sum(len(t.encode()) for t in self.texts)


def build_corpus(n: int, seed: int) -> Corpus:
    """Every article page of generate_site(n), decoded once."""
    site = generate_site(n, seed=seed)
    pages = [(f"http://{host}{path}", body) for host, paths in site.items()
             for path, body in paths.items() if ARTICLE_PATH.match(path)]
    urls = [u for u, _ in pages]
    raw = [b for _, b in pages]
    return Corpus(urls, raw, [decode_html(b)[0] for b in raw])


def verify(corpus: Corpus, layouts: tuple[Layout, ...]) -> tuple[Counter[str], list[str]]:
    """Parse every page once (untimed; also the warm-up): parsers used, and the problems."""
    parsers: Counter[str] = Counter()
    problems: list[str] = []
    for url, text in zip(corpus.urls, corpus.texts, strict=True):
        try:
            result = parse_article(text, url, layouts)
        except ExtractError as exc:
            problems.append(f"ExtractError {url}: {exc}")
            continue
        if isinstance(result, NotArticle):
            problems.append(f"NotArticle {url}: {result.kind} {result.detail}")
        else:
            parsers[result.parser] += 1
    return parsers, problems


def timed(work: Callable[[], None]) -> float:
    """Seconds `work` takes, after a full collection so no earlier garbage is charged to it."""
    gc.collect()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def run_rounds(corpus: Corpus, layouts: tuple[Layout, ...], repeat: int) -> dict[str, list[float]]:
    """Seconds per pass for each task, `repeat` passes each, the tasks taking turns."""
    pairs = list(zip(corpus.urls, corpus.texts, strict=True))

    def bare() -> None:
        for text in corpus.texts:
            LexborHTMLParser(text)

    def full() -> None:
        for url, text in pairs:
            parse_article(text, url, layouts)

    def decode() -> None:
        for body in corpus.raw:
            decode_html(body)

    tasks = {"bare": bare, "full": full, "decode": decode}
    seconds: dict[str, list[float]] = {name: [] for name in tasks}
    for _ in range(repeat):
        for name, work in tasks.items():
            seconds[name].append(timed(work))
    return seconds


def figures(corpus: Corpus, seconds: dict[str, list[float]], parsers: Counter[str]) -> dict:
    """Medians and targets, as one JSON-able dict."""
    pages, mb = len(corpus.texts), corpus.utf8_bytes / 1e6
    sizes = [len(t.encode()) for t in corpus.texts]
    out: dict = {"pages": pages, "utf8_mb": round(mb, 2), "raw_mb": round(sum(map(len, corpus.raw)) / 1e6, 2),
                 "page_kib_min": round(min(sizes) / 1024, 1), "page_kib_max": round(max(sizes) / 1024, 1),
                 "by_parser": dict(parsers), "repeat": len(seconds["full"])}
    for name, runs in seconds.items():
        med = statistics.median(runs)
        out[name] = {"median_s": round(med, 4), "pages_per_s": round(pages / med, 1),
                     "mb_per_s": round(mb / med, 2), "runs_s": [round(s, 4) for s in runs]}
    ratios = [f / b for f, b in zip(seconds["full"], seconds["bare"], strict=True)]
    out["ratio_full_over_bare"] = round(statistics.median(ratios), 2)
    out["ratio_runs"] = [round(r, 2) for r in ratios]
    out["target_ratio_pass"] = out["ratio_full_over_bare"] <= TARGET_RATIO
    out["target_pages_pass"] = out["full"]["pages_per_s"] >= TARGET_PAGES_S
    return out


def print_table(fig: dict) -> None:
    """The figures as a readable table."""
    print(f"{fig['pages']} article pages, {fig['utf8_mb']} MB as UTF-8 ({fig['raw_mb']} MB as served), "
          f"{fig['page_kib_min']}-{fig['page_kib_max']} KiB each; parsers: {fig['by_parser']}")
    print(f"median of {fig['repeat']} passes (python {platform.python_version()}, pid {os.getpid()})\n")
    print(f"{'task':<28}{'median s':>10}{'pages/s':>10}{'MB/s':>9}   passes (s)")
    names = {"bare": "bare LexborHTMLParser", "full": "full parse_article", "decode": "decode_html (bytes->str)"}
    for key, label in names.items():
        row = fig[key]
        runs = " ".join(f"{s:.3f}" for s in row["runs_s"])
        print(f"{label:<28}{row['median_s']:>10.3f}{row['pages_per_s']:>10.0f}{row['mb_per_s']:>9.1f}   {runs}")
    print(f"\nfull / bare: {fig['ratio_full_over_bare']:.2f}x  (per pass: {fig['ratio_runs']})")
    verdict = {True: "PASS", False: "FAIL"}
    print(f"target: extraction within {TARGET_RATIO:g}x of the bare parse ... "
          f"{verdict[fig['target_ratio_pass']]} ({fig['ratio_full_over_bare']:.2f}x)")
    print(f"target: >= {TARGET_PAGES_S:,.0f} pages/s on 40-80 KB pages ... "
          f"{verdict[fig['target_pages_pass']]} ({fig['full']['pages_per_s']:,.0f} pages/s)")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the synthetic site (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="generate_site seed (default 0)")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per task (default 5)")
    parser.add_argument("--cpu", type=int, default=None, help="pin this process to one CPU (default: not pinned)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    layouts = tuple(builtin_layouts().values())
    corpus = build_corpus(args.articles, args.seed)
    parsers, problems = verify(corpus, layouts)
    if problems:
        print(f"{len(problems)} of {len(corpus.texts)} pages did not parse:", file=sys.stderr)
        for line in problems:
            print("  " + line, file=sys.stderr)
        return 1
    fig = figures(corpus, run_rounds(corpus, layouts, args.repeat), parsers)
    fig["articles"], fig["seed"] = args.articles, args.seed
    if args.json:
        print(json.dumps(fig, indent=2))
    else:
        print_table(fig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
