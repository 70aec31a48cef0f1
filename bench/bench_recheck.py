"""What re-checking stored articles costs (README, "Edited and withdrawn articles"): requests per
cycle and time at the polite 1 request/s, for N articles (default 1,000) inside the window.

The synthetic replica (`generate_site(N)`) is served from a child process, as in bench_crawl.py.
The crawler runs in this process with `run_once(clock=...)`, so days pass in seconds:

a. backfill: every article stored at T0 (rate limit lifted), as one `--backfill-pages` crawl.
b. the cycle right after it (T0 + 30 min): nothing is due; requests made.
c. the first scheduled cycle with everything due (T0 + 1 h), **at 1 request/s**: requests,
   re-checks (capped by max_per_cycle) and wall time, measured.
d. eight days of cycles every 30 minutes after that (rate lifted, clock simulated): re-check
   requests per cycle (max, mean), cycles with any, total, how long the backlog of the 1-hour
   checkpoint took to drain.
e. `monitor crawl --recheck` on a copy of the database at T0 + 1 day (all N inside the window):
   requests, 304 answers, CPU; its time at 1 request/s = the busiest host's requests (the
   fetcher spaces requests per host), checked against (c).

    .venv/bin/python bench/bench_recheck.py [--articles 1000] [--days 8] [--json] [--skip-slow]
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_crawl import ReplicaProcess, write_config  # noqa: E402

from monitor.config import load_config  # noqa: E402
from monitor.crawl.fetch import Fetcher  # noqa: E402
from monitor.pipeline import run_once  # noqa: E402
from monitor.store import open_db  # noqa: E402

T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
CYCLE = timedelta(minutes=30)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> str:
        return self.now.isoformat(timespec="seconds")


def cycle(config: Any, db_path: Path, clock: Clock, **kw: Any) -> dict[str, Any]:
    """One crawl cycle at clock.now: its report and the requests it sent."""
    db = open_db(db_path)
    started = time.perf_counter()
    cpu = time.process_time()
    with Fetcher(config.http) as fetcher:
        report = run_once(config, db, fetcher, clock=clock, **kw)
        requests = fetcher.requests
    db.conn.close()
    return {"requests": requests, "rechecked": report.rechecked, "new": report.new_articles,
            "wall_s": time.perf_counter() - started, "cpu_s": time.process_time() - cpu,
            "listing_pages": report.listing_pages, "errors": report.errors}


def replica_statuses(replica: ReplicaProcess, before: dict[str, Any]) -> dict[str, int]:
    after = replica.request_log()
    return {str(k): v - before["by_status"].get(k, 0) for k, v in after["by_status"].items()
            if v - before["by_status"].get(k, 0)}


def simulate_days(config: Any, db_path: Path, days: int) -> dict[str, Any]:
    """Cycles every 30 min from T0 + 1 h 30 min for `days` days: re-checks per cycle."""
    clock = Clock(T0 + timedelta(hours=1, minutes=30))
    per_cycle: list[int] = []
    while clock.now < T0 + timedelta(days=days):
        per_cycle.append(cycle(config, db_path, clock)["rechecked"])
        clock.now += CYCLE
    busy = [n for n in per_cycle if n]
    drained = next((i for i, n in enumerate(per_cycle) if n == 0), len(per_cycle))
    return {"cycles": len(per_cycle), "cycles_with_rechecks": len(busy), "rechecks": sum(per_cycle),
            "max_per_cycle": max(per_cycle, default=0), "mean_when_busy": round(sum(busy) / max(len(busy), 1), 1),
            "first_checkpoint_drained_after_h": round(1.5 + drained * CYCLE.total_seconds() / 3600, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--days", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--skip-slow", action="store_true", help="skip (c), the cycle timed at 1 request/s")
    args = parser.parse_args()
    replica = ReplicaProcess.start(args.articles, args.seed)
    work = Path(tempfile.mkdtemp(prefix="bench-recheck-"))
    try:
        results = run(replica, work, args)
    finally:
        replica.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, ensure_ascii=False, indent=2) if args.json else table(results))
    return 0


def run(replica: ReplicaProcess, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    config = load_config(write_config(work, replica.info))
    db_path = config.database_path
    out: dict[str, Any] = {"articles": replica.info["articles"], "settings": vars(config.recheck) | {
        "after_hours": list(config.recheck.after_hours)}}
    out["backfill"] = cycle(config, db_path, Clock(T0), backfill_pages=replica.info["maxpage"])
    with closing(sqlite3.connect(db_path)) as conn:
        out["stored"] = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        names = {replica.info["gscn_host"]: "gansu.gscn.com.cn",
                 replica.info["gansudaily_host"]: "gansu.gansudaily.com.cn"}
        hosts = Counter(names[url.split("/")[2]] for (url,) in conn.execute("SELECT url FROM articles"))
    out["by_host"] = dict(hosts)
    before = replica.request_log()
    out["right_after"] = cycle(config, db_path, Clock(T0 + timedelta(minutes=30)))
    out["right_after"]["statuses"] = replica_statuses(replica, before)
    shutil.copy(db_path, work / "day1.db")   # for (e): the same articles, none re-checked yet
    if not args.skip_slow:
        polite = replace(config, http=replace(config.http, requests_per_second=1.0))
        before = replica.request_log()
        out["first_due_at_1rps"] = cycle(polite, db_path, Clock(T0 + timedelta(hours=1)))
        out["first_due_at_1rps"]["statuses"] = replica_statuses(replica, before)
    out["days"] = simulate_days(config, db_path, args.days)
    before = replica.request_log()
    out["recheck_all"] = cycle(config, work / "day1.db", Clock(T0 + timedelta(days=1)), recheck_all=True)
    out["recheck_all"]["statuses"] = replica_statuses(replica, before)
    out["recheck_all"]["at_1rps_s"] = max(hosts.values()) + 2   # + each host's listing (a 304)
    out["machine"] = f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, " \
                     f"SQLite {sqlite3.sqlite_version}, {datetime.now().date()}"
    return out


def table(r: dict[str, Any]) -> str:
    lines = [f"{r['stored']} articles stored at T0 ({', '.join(f'{h}: {n}' for h, n in r['by_host'].items())}); "
             f"[recheck] {r['settings']}", ""]
    a = r["right_after"]
    lines.append(f"cycle right after the crawl (T0+30min): {a['requests']} requests ({a['statuses']}), "
                 f"{a['rechecked']} re-checks, {a['wall_s']:.2f} s")
    if "first_due_at_1rps" in r:
        c = r["first_due_at_1rps"]
        lines.append(f"first cycle with all due (T0+1h) at 1 request/s: {c['requests']} requests "
                     f"({c['statuses']}), {c['rechecked']} re-checks, {c['wall_s']:.1f} s wall, "
                     f"{c['cpu_s']:.2f} s CPU")
    d = r["days"]
    lines.append(f"{d['cycles']} cycles every 30 min over the window: {d['rechecks']} re-checks "
                 f"({d['rechecks'] / max(r['stored'], 1):.1f} per article), at most {d['max_per_cycle']} a cycle, "
                 f"{d['cycles_with_rechecks']} cycles with any (mean {d['mean_when_busy']}); the 1 h checkpoint's "
                 f"backlog drained {d['first_checkpoint_drained_after_h']} h after the backfill")
    e = r["recheck_all"]
    lines.append(f"monitor crawl --recheck (all {r['stored']}): {e['requests']} requests ({e['statuses']}), "
                 f"{e['wall_s']:.1f} s wall and {e['cpu_s']:.1f} s CPU with the rate lifted; "
                 f"at 1 request/s ≈ {e['at_1rps_s']} s ({e['at_1rps_s'] / 60:.0f} min)")
    lines.append(f"machine: {r['machine']}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
