"""The daemon's footprint and the digest's cost.

- idle: `monitor run` as a real process against the replica (crawl every hour, digest daily,
  the outbox job every minute, the heartbeat every 30 s), measured after its first crawl: RSS
  (and peak RSS) from /proc, CPU time over `--idle-s` seconds of idling, scaled to one hour;
- digest: a digest of 200 articles and 1,000 indicators in 40 regions (the sizes the issue
  names), each series with 6 stored periods (so 24 trend charts are drawn), laid out, cut to fit
  100 KB, rendered (text + HTML, Jinja2) and composed into a MIME message with its CSV: median
  time of `--repeat` runs, the sizes in bytes, and one chart's time and size.

    .venv/bin/python bench/bench_daemon.py [--idle-s 60] [--repeat 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from monitor.config import EmailSettings, Recipient
from monitor.demo import write_demo_config
from monitor.digest.charts import png_chart
from monitor.digest.content import Digest, DigestArticle, DigestIndicator
from monitor.digest.message import compose
from monitor.indicators import gazetteer
from monitor.replica import Replica

TICKS = os.sysconf("SC_CLK_TCK")


def proc_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS   # utime + stime


def proc_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def idle(idle_s: float) -> dict[str, float]:
    with Replica() as replica, tempfile.TemporaryDirectory() as tmp:
        config = write_demo_config(replica, Path(tmp))
        config.write_text(config.read_text("utf-8") + '\n[schedule]\ncrawl = "1h"\ndigest = "0 8 * * *"\n'
                          'crawl_jitter_s = 0\n\n[email]\nsmtp_host = "127.0.0.1"\nsmtp_port = 9\ntls = "none"\n'
                          'sender = "m@example.org"\nrecipients = ["e@example.org"]\n', "utf-8")
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "-q", "run"],
                                stderr=subprocess.DEVNULL)
        db = Path(tmp) / "monitor.db"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with sqlite3.connect(db) as conn:
                    if conn.execute("SELECT count(*) FROM job_runs WHERE outcome = 'ok'").fetchone()[0]:
                        break
            except sqlite3.OperationalError:
                pass
            time.sleep(0.2)
        time.sleep(2)   # let the first crawl's garbage go
        cpu0, t0 = proc_cpu_s(proc.pid), time.monotonic()
        time.sleep(idle_s)
        cpu1, t1 = proc_cpu_s(proc.pid), time.monotonic()
        rss, peak = proc_kb(proc.pid, "VmRSS"), proc_kb(proc.pid, "VmHWM")
        proc.terminate()
        proc.wait(15)
    return {"idle_rss_mb": round(rss / 1024, 1), "peak_rss_mb": round(peak / 1024, 1),
            "idle_cpu_s_per_hour": round((cpu1 - cpu0) / (t1 - t0) * 3600, 2), "idle_measured_s": round(t1 - t0)}


def big_digest() -> Digest:
    counties = [r for r in gazetteer().regions.values() if r.is_county][:40]
    body = "1至9月，全县完成固定资产投资50.95亿元，落实省外到位资金40.98亿元，同比增长33.82%。"
    url = "http://gansu.gscn.com.cn/system/2023/11/23/{:09d}.shtml"
    articles = tuple(DigestArticle(i, f"{counties[i % 40].short or counties[i % 40].name}：县域经济提质进位势头强劲{i}",
                                   counties[i % 40].name, counties[i % 40].code, "张掖日报", "2023-11-23 09:02",
                                   url.format(13012345 + i), body) for i in range(200))
    flags = ["new_indicator", "new_period", "revised"]
    names = ["地区生产总值", "固定资产投资", "社会消费品零售总额"] + [f"指标{k}" for k in range(22)]
    indicators = tuple(
        DigestIndicator(g * 25 + k, 13012345 + g * 5 + k // 5, region.name, region.code, names[k], "amount",
                        flags[k % 3], "1至9月", "2023-09-30", "50.95亿元", "同比增长33.82%", "48.2亿元", "2023-06-30",
                        body, ((13, 20),), (13012345 + g * 5 + k // 5, k % 5 * 100), f"{region.name}：县域经济{g}",
                        url.format(13012345 + g * 5 + k // 5), "2023-11-23 09:02",
                        series=(region.code, names[k], "amount"), value="50.95", unit="亿元", csv_evidence=body)
        for g, region in enumerate(counties) for k in range(25))
    series = {i.series: (41.2, 44.0, 47.9, 50.95, 48.3, 52.1) for i in indicators}
    return Digest(datetime.now(UTC).isoformat(timespec="seconds"), "2023-11-23", "2023-11-23 08:00", "Asia/Shanghai",
                  articles, indicators, series=series)


def digest_cost(repeat: int) -> dict[str, float]:
    digest = big_digest()
    settings = EmailSettings(smtp_host="localhost", sender="甘肃县域经济监测 <monitor@example.org>",
                             recipients=(Recipient("editor@example.org"),))
    compose(digest, settings.recipients[0], settings, "<bench@example.org>", datetime.now(UTC))   # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        msg = compose(digest, settings.recipients[0], settings, "<bench@example.org>", datetime.now(UTC))
        raw = msg.as_bytes()
        times.append(time.perf_counter() - t0)
    html = msg.get_body(("html",))
    text = msg.get_body(("plain",))
    assert html is not None and text is not None
    charts = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    chart_times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        png = png_chart((41.2, 44.0, 47.9, 50.95, 48.3, 52.1))
        chart_times.append(time.perf_counter() - t0)
    return {"articles": len(digest.articles), "indicators": len(digest.indicators),
            "render_and_compose_s": round(statistics.median(times), 3),
            "message_bytes": len(raw), "html_bytes": len(html.get_content().encode()),
            "text_bytes": len(text.get_content().encode()), "charts": len(charts),
            "chart_ms": round(statistics.median(chart_times) * 1000, 1), "chart_bytes": len(png)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-s", type=float, default=60.0)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = {"machine": f"{platform.machine()} Python {platform.python_version()}", **digest_cost(args.repeat),
               **idle(args.idle_s)}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:>24}  {value}")
    return 0 if figures["render_and_compose_s"] < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
