"""A long soak of the daemon: does it keep its memory and its file descriptors?

`monitor run` as a real process against the replica, crawling every 5 s and sending a digest
every minute to a local SMTP server (aiosmtpd), while a new article is published on the replica
every `--publish-s` seconds (a copy of a fixture article with a new id, title and figures,
added to the top of the 甘肃播报 listing), so crawls store articles and indicators and digests
carry them. Every `--sample-s` seconds it records the daemon's RSS, open file descriptors and
threads from /proc. After `--warmup-min` minutes it reports RSS (first and last ten minutes,
median; growth between them), the fd and thread counts over the whole run, and what the daemon
did (crawls, articles, digests received).

    .venv/bin/python bench/bench_soak.py [--minutes 60] [--warmup-min 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from aiosmtpd.controller import Controller

from monitor.demo import write_demo_config
from monitor.replica import Replica

GSCN = "gansu.gscn.com.cn"
LISTING = f"http://{GSCN}/gsbb/index.shtml"
TEMPLATE = f"http://{GSCN}/system/2023/11/23/013012345.shtml"
TITLE = "临泽：县域经济提质进位势头强劲"


class _Inbox:
    def __init__(self) -> None:
        self.messages = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        self.messages += 1
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _publish(replica: Replica, n: int) -> None:
    """Article n: the Linze fixture with a new id, title and figures, at the top of the listing."""
    ident = 13100000 + n
    url = f"http://{GSCN}/system/2023/11/24/{ident:09d}.shtml"
    title = f"临泽：县域经济第{n}期观察"
    page = replica.site[GSCN]["/system/2023/11/23/013012345.shtml"].decode()
    page = page.replace(TITLE, title).replace("50.95亿元", f"{50 + n % 97}.{n % 100:02d}亿元")
    replica.put(url, page.encode())
    listing = replica.site[GSCN]["/gsbb/index.shtml"].decode()
    item = f'<li><a href="{url}" target="_blank">{title}</a><span>2023/11/24</span></li>\n        '
    first = listing.index("<li><a href=\"http://gansu.gscn.com.cn/system/")
    replica.put(LISTING, (listing[:first] + item + listing[first:]).encode())


def _proc(pid: int) -> dict[str, int]:
    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    return {"rss_kb": int(status["VmRSS"].split()[0]), "threads": int(status["Threads"]),
            "fds": len(os.listdir(f"/proc/{pid}/fd"))}


def _config(replica: Replica, directory: Path, smtp_port: int) -> Path:
    path = write_demo_config(replica, directory)
    path.write_text(path.read_text("utf-8") + '\n[schedule]\ncrawl = "5s"\ndigest = "* * * * *"\ncrawl_jitter_s = 0\n\n'
                    f'[email]\nsmtp_host = "127.0.0.1"\nsmtp_port = {smtp_port}\ntls = "none"\n'
                    'sender = "monitor@example.org"\nrecipients = ["editor@example.org"]\n', "utf-8")
    return path


def _counts(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]   # noqa: E731
        return {"crawls_ok": one("SELECT count(*) FROM job_runs WHERE job = 'crawl' AND outcome = 'ok'"),
                "crawls_other": one("SELECT count(*) FROM job_runs WHERE job = 'crawl' AND outcome != 'ok'"),
                "articles": one("SELECT count(*) FROM articles"),
                "indicators": one("SELECT count(*) FROM indicators"),
                "digests": one("SELECT count(*) FROM digests"),
                "sent": one("SELECT count(*) FROM outbox WHERE status = 'sent'"),
                "job_outcomes": dict(conn.execute("SELECT job || ':' || outcome, count(*) FROM job_runs GROUP BY 1")),
                "crawl_run_statuses": dict(conn.execute("SELECT status, count(*) FROM crawl_runs GROUP BY 1"))}


def soak(minutes: float, warmup_min: float, publish_s: float, sample_s: float,
         log: Path | None = None) -> dict[str, object]:
    inbox, port = _Inbox(), _free_port()
    smtp = Controller(inbox, hostname="127.0.0.1", port=port)
    smtp.start()
    with Replica() as replica, tempfile.TemporaryDirectory() as tmp:
        config = _config(replica, Path(tmp), port)
        errors = log.open("w") if log else subprocess.DEVNULL
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "-q", "run"],
                                stderr=errors)
        samples: list[dict[str, float]] = []
        started = time.monotonic()
        next_publish, published = started + publish_s, 0
        try:
            while (elapsed := time.monotonic() - started) < minutes * 60:
                if proc.poll() is not None:
                    raise SystemExit(f"the daemon exited with {proc.returncode}")
                if time.monotonic() >= next_publish:
                    published += 1
                    _publish(replica, published)
                    next_publish += publish_s
                samples.append({"t_min": round(elapsed / 60, 2), **_proc(proc.pid)})
                time.sleep(min(sample_s, max(0.1, next_publish - time.monotonic())))
        finally:
            proc.terminate()
            proc.wait(20)
            smtp.stop()
        counts = _counts(Path(tmp) / "monitor.db")
        if log:
            errors.close()
    return _summary(samples, warmup_min, published, inbox.messages, counts, proc.returncode)


def _summary(samples: list[dict[str, float]], warmup_min: float, published: int, received: int,
             counts: dict[str, object], exit_code: int) -> dict[str, object]:
    after = [s for s in samples if s["t_min"] >= warmup_min]
    end = after[-1]["t_min"] if after else 0
    first = [s["rss_kb"] for s in after if s["t_min"] < warmup_min + 10]
    last = [s["rss_kb"] for s in after if s["t_min"] >= end - 10]
    mb = lambda kb: round(kb / 1024, 1)   # noqa: E731
    return {
        "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}",
        "date": datetime.now(UTC).date().isoformat(), "minutes": round(end, 1), "warmup_min": warmup_min,
        "rss_mb_first_10_min_after_warmup": mb(statistics.median(first)) if first else None,
        "rss_mb_last_10_min": mb(statistics.median(last)) if last else None,
        "rss_growth_mb": mb(statistics.median(last) - statistics.median(first)) if first and last else None,
        "rss_mb_min_max_after_warmup": [mb(min(s["rss_kb"] for s in after)), mb(max(s["rss_kb"] for s in after))]
        if after else None,
        "fds_min_max": [min(s["fds"] for s in samples), max(s["fds"] for s in samples)] if samples else None,
        "fds_after_warmup_min_max": [min(s["fds"] for s in after), max(s["fds"] for s in after)] if after else None,
        "threads_min_max": [min(s["threads"] for s in samples), max(s["threads"] for s in samples)]
        if samples else None,
        "published": published, "digests_received": received, **counts, "daemon_exit": exit_code,
        "rss_mb_by_10_min": [mb(statistics.median([s["rss_kb"] for s in samples if k <= s["t_min"] < k + 10]))
                             for k in range(0, int(end) + 1, 10)
                             if any(k <= s["t_min"] < k + 10 for s in samples)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--warmup-min", type=float, default=5.0)
    parser.add_argument("--publish-s", type=float, default=15.0, help="a new article every this many seconds")
    parser.add_argument("--sample-s", type=float, default=10.0)
    parser.add_argument("--log", type=Path, help="write the daemon's warnings and errors to this file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = soak(args.minutes, args.warmup_min, args.publish_s, args.sample_s, args.log)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for key, value in result.items():
        print(f"{key:>36}  {value}")


if __name__ == "__main__":
    main()
