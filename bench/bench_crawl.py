"""End-to-end crawl benchmark against the synthetic replica, served from a separate process.

A child process (multiprocessing, spawn) builds `generate_site(N)`, serves it with `Replica` on
127.0.0.1 and sends its base URLs back, so the crawler's CPU and memory figures are its own. A
config with the two sources the generated site has (gscn 甘肃播报, with older pages, and
gansudaily 甘肃播报), the rate limit lifted, is written to a temporary directory. Then:

a. full crawl: ``python -m monitor -q crawl --backfill-pages MAXPAGE`` into a fresh database
   (every article reached), ``--repeat`` times: wall time and articles/s; the crawler's RSS
   sampled every 0.2 s from /proc/PID/status (peak, and at 25/50/75/100 % of the run) and its
   kernel-reported peak (ru_maxrss from wait4); the replica's CPU time while it ran.
b. no-change cycle, right after: ``python -m monitor -q crawl`` on the full database,
   ``--repeat`` times: HTTP requests (crawl_runs.requests, and the replica's own request log),
   wall time and CPU ms (getrusage(RUSAGE_CHILDREN) user+sys delta); and, for scale, the CPU ms
   of a bare ``python -m monitor --help`` (interpreter and import start-up).

    .venv/bin/python bench/bench_crawl.py [--articles 2000] [--repeat 3] [--keep DIR] [--json]
    .venv/bin/python bench/bench_crawl.py --articles 10000     # the 10,000-article backfill RSS target
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing as mp
import os
import platform
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

GSCN, DAILY = "gansu.gscn.com.cn", "gansu.gansudaily.com.cn"
COUNT_JS = "/system/count/0018005/000000000000/count_page_list_0018005000000000000.js"
ARTICLE_PATH = re.compile(r"^/system/\d{4}/\d{2}/\d{2}/\d{9}\.shtml$")
RSS_TARGET_MB = 200.0  # the target: peak RSS flat and under 200 MB in a 10,000-article backfill
SAMPLE_S = 0.2
CONFIG = """# Written by bench/bench_crawl.py: the generated replica's two sources, rate limit lifted.
[database]
path = "{db}"

[http]
user_agent = "gansu-monitor-bench/0.1"
requests_per_second = 100000.0
timeout_s = 10.0
max_retries = 1
backoff_base_s = 0.1

[crawl]
max_new_articles_per_cycle = 1000000   # the whole site in one cycle: that is what is measured

[[sources]]
name = "gscn-gsbb"
listing_urls = ["{gscn}/gsbb/index.shtml"]
allowed_hosts = ["{gscn_host}"]
page_url_pattern = "{gscn}/system/count//0018005/000000000000/000/000/c0018005000000000000_{{page:09d}}.shtml"

[[sources]]
name = "gansudaily-gsbb"
listing_urls = ["{gansudaily}/gsbb/index.shtml"]
allowed_hosts = ["{gansudaily_host}"]
"""


# -- the replica, in its own process ------------------------------------------------------------

def serve_replica(n: int, seed: int, replies: mp.Queue, commands: mp.Queue) -> None:
    """Child process: build the site, serve it, answer "log" with the request log, stop on "stop"."""
    from monitor.replica import Replica
    from monitor.replica.generate import generate_site

    started = time.perf_counter()
    site = generate_site(n, seed=seed)
    maxpage = int(re.search(rb"\d+", site[GSCN][COUNT_JS]).group())
    articles = sum(1 for pages in site.values() for path in pages if ARTICLE_PATH.match(path))
    with Replica(site) as replica:
        replies.put({"gscn": replica.base_url(GSCN), "gscn_host": replica.local_host(GSCN),
                     "gansudaily": replica.base_url(DAILY), "gansudaily_host": replica.local_host(DAILY),
                     "maxpage": maxpage, "articles": articles,
                     "build_s": round(time.perf_counter() - started, 2)})
        while (command := commands.get()) != "stop":
            if command == "log":
                log = list(replica.requests)
                replies.put({"total": len(log), "by_status": dict(Counter(r.status for r in log)),
                             "conditional": sum(r.conditional for r in log)})


@dataclass
class ReplicaProcess:
    """The replica child and the queues to talk to it."""

    process: Any
    replies: Any
    commands: Any
    info: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def start(cls, n: int, seed: int) -> ReplicaProcess:
        ctx = mp.get_context("spawn")
        replies, commands = ctx.Queue(), ctx.Queue()
        process = ctx.Process(target=serve_replica, args=(n, seed, replies, commands), daemon=True)
        process.start()
        running = cls(process, replies, commands)
        running.info = replies.get(timeout=600)
        return running

    def request_log(self) -> dict[str, Any]:
        self.commands.put("log")
        return self.replies.get(timeout=60)

    def cpu_s(self) -> float:
        """User+system CPU seconds the replica process has used so far."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.commands.put("stop")
        self.process.join(timeout=30)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()


# -- running the crawler as a subprocess --------------------------------------------------------

@dataclass
class Run:
    """One subprocess: its exit status, wall time, CPU, peak RSS and RSS samples (s, MB)."""

    returncode: int
    wall_s: float
    cpu_s: float
    maxrss_mb: float
    samples: list[tuple[float, float]]
    stdout: str
    stderr: str


def rss_mb(pid: int) -> float | None:
    """VmRSS of a live process, in MB (None once it is gone or a zombie)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return None


def sample_rss(pid: int, start: float, samples: list[tuple[float, float]], done: threading.Event) -> None:
    """Thread: append (seconds since start, VmRSS MB) every SAMPLE_S until `done` is set."""
    while True:
        rss = rss_mb(pid)
        if rss is not None:
            samples.append((time.perf_counter() - start, rss))
        if done.wait(SAMPLE_S):
            return


def run_monitored(args: list[str], workdir: Path) -> Run:
    """Run `args` with its RSS sampled by a thread; reaped with wait4, which also gives its own peak RSS."""
    out, err = workdir / "stdout.txt", workdir / "stderr.txt"
    samples: list[tuple[float, float]] = []
    done = threading.Event()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with out.open("wb") as stdout, err.open("wb") as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL)
        sampler = threading.Thread(target=sample_rss, args=(proc.pid, start, samples, done), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(proc.returncode, wall, cpu, usage.ru_maxrss / 1024, samples,
               out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace"))


def monitor_cmd(config: Path, *crawl_args: str) -> list[str]:
    return [sys.executable, "-m", "monitor", "--config", str(config), "-q", "crawl", *crawl_args]


def write_config(directory: Path, info: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "monitor.toml"
    path.write_text(CONFIG.format(db=(directory / "monitor.db").as_posix(), **info), "utf-8")
    return path


def db_counts(db: Path) -> dict[str, Any]:
    """Articles, failures and skipped pages stored, and the last crawl_runs row."""
    with closing(sqlite3.connect(db)) as conn:
        one = lambda sql: conn.execute(sql).fetchone()  # noqa: E731
        last = one("SELECT requests, listing_pages, not_modified, new_articles, failures, status "
                   "FROM crawl_runs ORDER BY id DESC LIMIT 1")
        return {"articles": one("SELECT count(*) FROM articles")[0],
                "failures": one("SELECT count(*) FROM failures WHERE resolved_at IS NULL")[0],
                "skipped": one("SELECT count(*) FROM skipped")[0],
                "last_run": dict(zip(["requests", "listing_pages", "not_modified", "new_articles",
                                      "failures", "status"], last, strict=True))}


def rate_by_quarter(db: Path) -> list[float]:
    """Articles/s for each quarter of the articles, in storing order, from articles.first_seen_at
    (whole seconds, so coarse on short runs): does throughput hold up as the database grows?"""
    with closing(sqlite3.connect(db)) as conn:
        stamps = sorted(datetime.fromisoformat(t).timestamp()
                        for (t,) in conn.execute("SELECT first_seen_at FROM articles"))
    if len(stamps) < 8:
        return []
    cuts = [round(i * (len(stamps) - 1) / 4) for i in range(5)]
    return [round((b - a) / max(stamps[b] - stamps[a], 1.0), 1) for a, b in itertools.pairwise(cuts)]


def rss_at(samples: list[tuple[float, float]], fraction: float, wall: float) -> float | None:
    """The RSS sample nearest to `fraction` of the run (100 %: the last sample taken)."""
    if not samples:
        return None
    if fraction >= 1:
        return round(samples[-1][1], 1)
    return round(min(samples, key=lambda s: abs(s[0] - fraction * wall))[1], 1)


# -- the two measurements -----------------------------------------------------------------------

def full_crawl(replica: ReplicaProcess, base: Path, index: int) -> dict[str, Any]:
    """One backfill of the whole site into a fresh database."""
    workdir = base / f"full-{index}"
    config = write_config(workdir, replica.info)
    log_before, cpu_before = replica.request_log(), replica.cpu_s()
    run = run_monitored(monitor_cmd(config, "--backfill-pages", str(replica.info["maxpage"])), workdir)
    served_cpu, log_after = replica.cpu_s() - cpu_before, replica.request_log()
    counts = db_counts(workdir / "monitor.db")
    expected = replica.info["articles"]
    return {
        "returncode": run.returncode, "wall_s": round(run.wall_s, 2), "cpu_s": round(run.cpu_s, 2),
        "articles": counts["articles"], "shortfall": expected - counts["articles"],
        "articles_per_s": round(counts["articles"] / run.wall_s, 1),
        "articles_per_s_by_quarter": rate_by_quarter(workdir / "monitor.db"),
        "requests": counts["last_run"]["requests"],
        "replica_requests": log_after["total"] - log_before["total"],
        "replica_cpu_s": round(served_cpu, 2), "failures": counts["failures"], "skipped": counts["skipped"],
        "peak_rss_mb": round(max((s[1] for s in run.samples), default=0.0), 1),
        "maxrss_mb": round(run.maxrss_mb, 1),
        "rss_mb_at": {f"{int(f * 100)}%": rss_at(run.samples, f, run.wall_s) for f in (0.25, 0.5, 0.75, 1.0)},
        "rss_samples": len(run.samples), "summary": run.stdout.strip(), "stderr": run.stderr.strip()[-2000:],
        "config": str(config),
    }


def no_change_cycle(replica: ReplicaProcess, config: Path, workdir: Path) -> dict[str, Any]:
    """One ordinary crawl of a database that already holds everything."""
    log_before = replica.request_log()
    run = run_monitored(monitor_cmd(config), workdir)
    log_after = replica.request_log()
    statuses = Counter(log_after["by_status"])
    statuses.subtract(log_before["by_status"])
    counts = db_counts(config.parent / "monitor.db")
    return {
        "returncode": run.returncode, "wall_s": round(run.wall_s, 3), "cpu_ms": round(run.cpu_s * 1000),
        "requests": counts["last_run"]["requests"],
        "replica_requests": log_after["total"] - log_before["total"],
        "replica_by_status": {str(k): v for k, v in statuses.items() if v},
        "new_articles": counts["last_run"]["new_articles"], "summary": run.stdout.strip(),
        "stderr": run.stderr.strip()[-2000:],
    }


def help_cpu(workdir: Path) -> dict[str, Any]:
    """CPU and wall time of a bare `python -m monitor --help`: interpreter and import start-up."""
    run = run_monitored([sys.executable, "-m", "monitor", "--help"], workdir)
    return {"returncode": run.returncode, "wall_s": round(run.wall_s, 3), "cpu_ms": round(run.cpu_s * 1000)}


def median_of(runs: list[dict[str, Any]], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 3)


def measure(replica: ReplicaProcess, base: Path, repeat: int) -> dict[str, Any]:
    """(a) `repeat` full crawls, then (b) `repeat` no-change cycles on the last one's database."""
    full = [full_crawl(replica, base, i) for i in range(repeat)]
    config = Path(full[-1]["config"])
    idle = [no_change_cycle(replica, config, config.parent) for _ in range(repeat)]
    helps = [help_cpu(config.parent) for _ in range(repeat)]
    return {
        "full": {"runs": full, **{k: median_of(full, k) for k in (
            "wall_s", "cpu_s", "articles_per_s", "peak_rss_mb", "maxrss_mb", "replica_cpu_s")}},
        "no_change": {"runs": idle, **{k: median_of(idle, k) for k in ("wall_s", "cpu_ms", "requests")}},
        "help": {"runs": helps, **{k: median_of(helps, k) for k in ("wall_s", "cpu_ms")}},
    }


# -- report -------------------------------------------------------------------------------------

def check(fig: dict[str, Any]) -> list[str]:
    """Problems worth a non-zero exit: failed runs, missing articles."""
    problems = []
    for kind in ("full", "no_change", "help"):
        problems += [f"{kind} run {i} exited {r['returncode']}: {r.get('stderr', '')}"
                     for i, r in enumerate(fig[kind]["runs"]) if r["returncode"] != 0]
    problems += [f"full run {i}: {r['shortfall']} of {fig['site']['articles']} articles not stored "
                 f"({r['failures']} failures, {r['skipped']} skipped)"
                 for i, r in enumerate(fig["full"]["runs"]) if r["shortfall"]]
    return problems


def print_full(fig: dict[str, Any]) -> None:
    site, full = fig["site"], fig["full"]
    print(f"site: {site['articles']} articles, maxpage {site['maxpage']}, built in {site['build_s']} s "
          f"(replica pid {site['pid']}); "
          f"python {platform.python_version()}, {os.cpu_count()} CPUs\n")
    print("(a) full crawl, --backfill-pages", site["maxpage"])
    print(f"{'run':>4}{'wall s':>9}{'art/s':>8}{'stored':>8}{'short':>6}{'requests':>9}{'cpu s':>7}"
          f"{'srv cpu s':>10}{'peak MB':>9}{'maxrss':>8}   RSS MB at 25/50/75/100%")
    for i, r in enumerate(full["runs"]):
        at = " / ".join(f"{v}" for v in r["rss_mb_at"].values())
        print(f"{i:>4}{r['wall_s']:>9.2f}{r['articles_per_s']:>8.1f}{r['articles']:>8}{r['shortfall']:>6}"
              f"{r['requests']:>9}{r['cpu_s']:>7.1f}{r['replica_cpu_s']:>10.1f}{r['peak_rss_mb']:>9.1f}"
              f"{r['maxrss_mb']:>8.1f}   {at}")
    for i, r in enumerate(full["runs"]):
        print(f"run {i}: articles/s by quarter of the articles stored: {r['articles_per_s_by_quarter']}")
    peak = max(full["peak_rss_mb"], full["maxrss_mb"])
    print(f"median: {full['wall_s']} s wall, {full['articles_per_s']} articles/s, {full['cpu_s']} s crawler CPU; "
          f"peak RSS {peak} MB (target < {RSS_TARGET_MB:g} MB: {'PASS' if peak < RSS_TARGET_MB else 'FAIL'})")


def print_idle(fig: dict[str, Any]) -> None:
    idle, helps = fig["no_change"], fig["help"]
    print("\n(b) no-change cycle right after (ordinary `monitor crawl`)")
    print(f"{'run':>4}{'wall s':>9}{'cpu ms':>8}{'requests':>9}{'replica log':>12}   replica statuses")
    for i, r in enumerate(idle["runs"]):
        print(f"{i:>4}{r['wall_s']:>9.3f}{r['cpu_ms']:>8}{r['requests']:>9}{r['replica_requests']:>12}"
              f"   {r['replica_by_status']}")
    print(f"median: {idle['wall_s']} s wall, {idle['cpu_ms']:.0f} ms CPU, {idle['requests']:.0f} requests")
    print(f"`python -m monitor --help`: median {helps['wall_s']} s wall, {helps['cpu_ms']:.0f} ms CPU "
          f"(start-up share of the no-change cycle: {helps['cpu_ms'] / max(idle['cpu_ms'], 1):.0%})")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the synthetic site (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="generate_site seed (default 0)")
    parser.add_argument("--repeat", type=int, default=3, help="full crawls and no-change cycles (default 3)")
    parser.add_argument("--keep", type=Path, help="keep configs and databases here (default: a temp dir, removed)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    replica = ReplicaProcess.start(args.articles, args.seed)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
            fig = measure(replica, args.keep or Path(tmp), args.repeat)
    finally:
        replica.stop()
    fig["site"] = {**replica.info, "pid": replica.process.pid, "seed": args.seed}
    if args.json:
        print(json.dumps(fig, indent=2, ensure_ascii=False))
    else:
        print_full(fig)
        print_idle(fig)
    problems = check(fig)
    for line in problems:
        print("PROBLEM: " + line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
