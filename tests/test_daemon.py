"""`monitor run` as a real process against the replica and a real SMTP server: it crawls on
schedule, sends the digest, stops cleanly on SIGTERM, survives SIGKILL and restart without
losing or duplicating anything, refuses a second instance, and `monitor status` tells the truth."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from monitor.indicators.scoring import load_passages

from .conftest import FIXTURES, make_config

ALL_ARTICLES = 13
LABELLED = sum(len(p.mentions) for p in load_passages(FIXTURES / "articles" / "indicators"))

pytestmark = pytest.mark.slow


def daemon_config(replica, tmp_path, smtp_server, *, crawl="2s", digest="3s", rate=200.0, extra=""):
    config = make_config(replica, tmp_path, requests_per_second=rate)
    path = Path(config.path)
    path.write_text(path.read_text("utf-8") + f"""
[schedule]
crawl = "{crawl}"
digest = "{digest}"
crawl_jitter_s = 0

[email]
smtp_host = "127.0.0.1"
smtp_port = {smtp_server.port}
tls = "none"
sender = "甘肃县域经济监测 <monitor@example.org>"
recipients = ["editor@example.org"]
{extra}""", "utf-8")
    return config


def start(config):
    return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config.path), "run"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def monitor(config, *args):
    return subprocess.run([sys.executable, "-m", "monitor", "--config", str(config.path), *args],
                          capture_output=True, text=True, timeout=60)


def query(config, sql):
    try:
        with sqlite3.connect(config.database_path, timeout=5) as conn:
            return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return None   # not created yet


def carried_once(config):
    """How many articles the sent digests carried (listed or summarised as the baseline), after
    checking that none was carried twice."""
    ids = [i for (carried,) in query(config, "SELECT article_ids FROM outbox WHERE status = 'sent'")
           for i in json.loads(carried)]
    assert len(ids) == len(set(ids)), ids
    return len(ids)


def wait_for(condition, proc, seconds=30.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def stop(proc, sig=signal.SIGTERM):
    started = time.monotonic()
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=15)
    return proc.returncode, time.monotonic() - started, err


def test_the_daemon_crawls_on_schedule_sends_the_digest_and_stops_cleanly(replica, tmp_path, smtp_server):
    config = daemon_config(replica, tmp_path, smtp_server)
    proc = start(config)
    try:
        wait_for(lambda: smtp_server.messages, proc)
        wait_for(lambda: (query(config, "SELECT count(*) FROM job_runs WHERE job = 'crawl' "
                                        "AND outcome = 'ok'") or [(0,)])[0][0] >= 2, proc)
        status = monitor(config, "status")
        assert status.returncode == 0, status.stdout + status.stderr
        assert "daemon       running" in status.stdout and status.stdout.rstrip().endswith("healthy")
    finally:
        code, took, err = stop(proc)
    assert code == 0 and took < 10, err[-2000:]
    assert "stopped" in err and "Traceback" not in err
    # the 12 county-economy articles, each in one digest (the first crawl's as its baseline);
    # digests with nothing new were not sent
    assert carried_once(config) == ALL_ARTICLES - 1
    assert query(config, "SELECT count(*) FROM digests") == [(len(smtp_server.messages),)]
    assert query(config, "SELECT count(*) FROM articles") == [(ALL_ARTICLES,)]
    assert query(config, "SELECT count(*) FROM job_runs WHERE outcome = 'running'") == [(0,)]
    assert query(config, "SELECT stopped_at IS NOT NULL FROM daemon_state") == [(1,)]
    after = monitor(config, "status")
    assert after.returncode == 0 and "daemon       stopped at" in after.stdout


def test_a_second_daemon_on_the_same_database_is_refused(replica, tmp_path, smtp_server):
    config = daemon_config(replica, tmp_path, smtp_server)
    first = start(config)
    try:
        wait_for(lambda: query(config, "SELECT pid FROM daemon_state") == [(first.pid,)], first)
        second = monitor(config, "run")
        assert second.returncode == 1
        assert second.stderr.strip() == (f"Error: `monitor run` is already running for {config.database_path} "
                                         f"(pid {first.pid}); not starting a second one")
    finally:
        assert stop(first)[0] == 0


def test_sigkill_mid_crawl_and_a_restart_lose_nothing_and_duplicate_nothing(replica, tmp_path, smtp_server):
    config = daemon_config(replica, tmp_path, smtp_server, crawl="1h", digest="2s", rate=8.0)
    proc = start(config)
    wait_for(lambda: (query(config, "SELECT count(*) FROM articles") or [(0,)])[0][0] >= 3, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    stored = query(config, "SELECT count(*) FROM articles")[0][0]
    assert 3 <= stored < ALL_ARTICLES
    assert monitor(config, "status").returncode == 0   # heard from 30 s ago at most: not yet judged down
    with sqlite3.connect(config.database_path) as conn:   # ten minutes pass
        [(beat,)] = conn.execute("SELECT heartbeat_at FROM daemon_state").fetchall()
        earlier = (datetime.fromisoformat(beat) - timedelta(minutes=10)).isoformat(timespec="seconds")
        conn.execute("UPDATE daemon_state SET heartbeat_at = ?", [earlier])
    down = monitor(config, "status")
    assert down.returncode == 1 and "has not been heard from" in down.stdout

    restarted = start(config)   # the first crawl of a start runs at once, and continues
    try:
        wait_for(lambda: (query(config, "SELECT count(*) FROM job_runs WHERE job = 'crawl' AND outcome = 'ok'")
                          or [(0,)])[0][0] >= 1, restarted, seconds=60)
        wait_for(lambda: query(config, "SELECT count(*) FROM articles WHERE is_county_economy = 1 AND "
                                       "reported_at IS NULL") == [(0,)], restarted)
        wait_for(lambda: query(config, "SELECT count(*) FROM outbox WHERE status != 'sent'") == [(0,)], restarted)
    finally:
        assert stop(restarted)[0] == 0
    assert query(config, "SELECT count(*), count(DISTINCT url) FROM articles") == [(ALL_ARTICLES, ALL_ARTICLES)]
    assert query(config, "SELECT count(*) FROM indicators") == [(LABELLED,)]
    assert query(config, "SELECT count(*) FROM (SELECT DISTINCT article_id, region_code, name, kind, period_start, "
                         "period_end, value_normalized FROM indicators)") == [(LABELLED,)]
    assert query(config, "SELECT count(*) FROM articles WHERE indicators_version IS NULL") == [(0,)]
    assert query(config, "PRAGMA integrity_check") == [("ok",)]
    assert query(config, "SELECT outcome, error FROM job_runs WHERE job = 'crawl' ORDER BY id LIMIT 1") == [
        ("failed", "the daemon was killed during this run")]
    # every county-economy article was in exactly one digest, across however many were sent
    assert carried_once(config) == ALL_ARTICLES - 1
    assert len(smtp_server.messages) == query(config, "SELECT count(*) FROM outbox WHERE status = 'sent'")[0][0]


def test_sigterm_during_a_slow_crawl_exits_0_within_10_seconds(replica, tmp_path, smtp_server):
    config = daemon_config(replica, tmp_path, smtp_server, crawl="1h", digest="1h", rate=4.0)
    proc = start(config)
    wait_for(lambda: (query(config, "SELECT count(*) FROM articles") or [(0,)])[0][0] >= 2, proc)
    code, took, err = stop(proc)
    assert code == 0 and took < 10, err[-2000:]
    assert query(config, "SELECT status FROM crawl_runs") == [("stopped",)]
    assert query(config, "SELECT outcome FROM job_runs WHERE job = 'crawl'") == [("stopped",)]
    assert query(config, "PRAGMA integrity_check") == [("ok",)]
