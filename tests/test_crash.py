"""A crawl killed at any point (a real process, SIGKILL) and run again ends with every
article exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from .conftest import make_config

ALL_ARTICLES = 13


def article_count(path) -> int:
    try:
        with sqlite3.connect(path, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0   # not created yet


def start_crawl(config_path):
    return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config_path), "-q", "crawl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 7])
def test_a_crawl_killed_mid_run_and_rerun_stores_every_article_once(replica, tmp_path, kill_after):
    config = make_config(replica, tmp_path, requests_per_second=8.0)
    config_path = tmp_path / "monitor.toml"
    proc = start_crawl(config_path)
    deadline = time.monotonic() + 60
    while article_count(config.database_path) < kill_after:
        assert proc.poll() is None, "the crawl ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert kill_after <= article_count(config.database_path) < ALL_ARTICLES

    rerun = subprocess.run([sys.executable, "-m", "monitor", "--config", str(config_path), "-q", "crawl"],
                           capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(config.database_path) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT url), count(DISTINCT id) FROM articles"
                            ).fetchone() == (ALL_ARTICLES,) * 3
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        runs = conn.execute("SELECT status, ended_at IS NULL FROM crawl_runs ORDER BY id").fetchall()
        # both search indexes hold exactly the stored articles (integrity-check raises if not)
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        assert conn.execute("SELECT count(*) FROM articles_bigram").fetchone() == (ALL_ARTICLES,)
        assert conn.execute("SELECT count(*) FROM articles_bigram WHERE articles_bigram MATCH '临泽'"
                            ).fetchone() == (2,)
    assert runs == [("interrupted", 1), ("ok", 0)]   # the killed run is closed by the next one, never "ok"
