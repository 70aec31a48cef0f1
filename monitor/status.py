"""`monitor status` as text: what ran, what runs next, today's counts, and what is wrong."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from .config import Config
from .health import Status

__all__ = ["render_status"]


def render_status(status: Status, config: Config) -> str:
    zone = ZoneInfo(config.schedule.timezone)

    def local(ts: str | None) -> str:
        return datetime.fromisoformat(ts).astimezone(zone).strftime("%Y-%m-%d %H:%M") if ts else "-"

    def run(r: dict[str, Any] | None) -> str:
        if not r:
            return "never"
        line = f"{local(r['started_at'])} {r['outcome']}"
        return line + (f" ({r['error']})" if r.get("error") else "")

    d = status.daemon
    if d.get("running"):
        daemon = (f"running (pid {d['pid']}, since {local(d['started_at'])}); next crawl "
                  f"{local(d['next_crawl_at'])}, next digest {local(d['next_digest_at'])}")
    elif d.get("stopped_at"):
        daemon = f"stopped at {local(d['stopped_at'])}"
    elif d.get("heartbeat_at"):
        daemon = f"not running (last heard {local(d['heartbeat_at'])})"
    else:
        daemon = "never started (crawls run by hand or cron)"
    o = status.outbox
    lines = [
        f"gansu-monitor status at {local(status.now)} ({config.schedule.timezone}); database "
        f"{config.database_path}",
        f"  daemon       {daemon}",
        f"  last crawl   {run(status.last_runs.get('crawl'))}",
        f"  last digest  {run(status.last_runs.get('digest'))}",
        f"  today        {status.today['articles']} new articles, {status.today['indicators']} indicators "
        f"({status.today['flagged']} flagged)",
        f"  failures     {status.open_failures} pages waiting to be retried",
        f"  outbox       {o['queued']} queued" + (f" (oldest {local(o['oldest_queued_at'])})" if o['queued'] else "")
        + (f", {o['rejected']} refused" if o['rejected'] else "") + f"; last sent {local(o['last_sent_at'])}",
    ]
    if status.healthy:
        lines.append("healthy")
    else:
        lines += ["UNHEALTHY:"] + [f"  - {w.en}" for w in status.warnings]
    return "\n".join(lines)
