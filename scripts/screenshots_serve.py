"""Regenerate the pictures of `monitor serve` in docs/screenshots/ (README, "Browse the data"); run by
scripts/screenshots.

Crawls the bundled replica into a temporary folder, starts `monitor serve` on it, and has
Debian's headless Chromium (scripts/setup-browser; driven by Playwright, as in the tests) take
each page:

    .venv/bin/python scripts/screenshots_serve.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from datasette.utils import tilde_encode  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from monitor.crawl.fetch import Fetcher  # noqa: E402
from monitor.pipeline import run_once  # noqa: E402
from monitor.replica import Replica  # noqa: E402
from monitor.store import open_db  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, make_config  # noqa: E402

# (file, path, the whole page?)
PAGES = [
    ("article_list_search.png", "/monitor/article_list?_search=临泽", False),
    ("county_620723.png", "/county/620723", False),
    ("county_620723_full.png", "/county/620723", True),
    ("article_evidence.png", "/article/13012345?indicator={indicator}#evidence", False),
    ("search_query.png", "/monitor/" + tilde_encode("全文搜索") + "?q=县域经济", False),
    ("series_query.png", "/monitor/" + tilde_encode("某县某指标的序列") + "?region=临泽&indicator=制种基地", False),
]


def crawl(folder: Path) -> Path:
    with Replica() as running:
        config = make_config(running, folder)
        db = open_db(config.database_path)
        with Fetcher(config.http) as fetcher:
            run_once(config, db, fetcher)
        db.close()
    return Path(config.path)


def serve(config: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "serve", "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1).read()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("monitor serve did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        config = crawl(Path(tmp))
        with open_db(Path(tmp) / "monitor.db") as db:
            (indicator,) = db.execute("SELECT id FROM indicators WHERE article_id = 13012345 "
                                      "AND name = '固定资产投资'").fetchone()
        port = free_port()
        server = serve(config, port)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 1000})
                for name, path, full in PAGES:
                    page.goto(f"http://127.0.0.1:{port}" + path.format(indicator=indicator))
                    page.screenshot(path=str(args.out / name), full_page=full)
                    print(f"wrote {args.out / name}")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
