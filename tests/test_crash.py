"""A crawl killed at any point (a real process, SIGKILL) and run again ends with every
article exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest

from .conftest import ARTICLE_IDS, make_config

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
        assert [i for (i,) in conn.execute("SELECT id FROM articles ORDER BY id")] == ARTICLE_IDS
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        runs = conn.execute("SELECT status, ended_at IS NULL FROM crawl_runs ORDER BY id").fetchall()
        # both search indexes hold exactly the stored articles (integrity-check raises if not)
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        assert conn.execute("SELECT count(*) FROM articles_bigram").fetchone() == (ALL_ARTICLES,)
        assert conn.execute("SELECT count(*) FROM articles_bigram WHERE articles_bigram MATCH '临泽'"
                            ).fetchone() == (2,)
    assert runs == [("interrupted", 1), ("ok", 0)]   # the killed run is closed by the next one, never "ok"


def linze_state(path):
    """The edited article as the database holds it: version, whether its text is the new one,
    its earlier versions and events, its 固定资产投资 figures, and what both indexes find."""
    with closing(sqlite3.connect(path, timeout=5)) as conn:    # closed: the test replaces the file
        version, body = conn.execute("SELECT version, body FROM articles WHERE id = 13012345").fetchone()
        return {
            "version": version,
            "new_text": "52.18亿元" in body and "由小到大" in body,
            "old_text": "50.95亿元" in body,
            "versions": conn.execute("SELECT version, body LIKE '%50.95亿元%' FROM article_versions "
                                     "WHERE article_id = 13012345").fetchall(),
            "events": conn.execute("SELECT kind, version FROM article_events WHERE article_id = 13012345"
                                   ).fetchall(),
            "figures": conn.execute(
                "SELECT value, withdrawn_at IS NOT NULL, flag FROM indicators WHERE article_id = 13012345 "
                "AND name = '固定资产投资' ORDER BY id").fetchall(),
            "bigram": conn.execute("SELECT count(*) FROM articles_bigram WHERE articles_bigram MATCH '小到'"
                                   ).fetchone()[0],
            "trigram": conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '由小到大'"
                                    ).fetchone()[0],
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
        }


BEFORE_EDIT = {"version": 1, "new_text": False, "old_text": True, "versions": [], "events": [],
               "figures": [("50.95", 0, "new_indicator")], "bigram": 0, "trigram": 0, "integrity": "ok"}
AFTER_EDIT = {"version": 2, "new_text": True, "old_text": False, "versions": [(1, 1)], "events": [("edited", 2)],
              "figures": [("50.95", 1, "new_indicator"), ("52.18", 0, "revised")], "bigram": 1, "trigram": 1,
              "integrity": "ok"}


def recheck_process(config_path):
    return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config_path), "-q", "crawl",
                             "--recheck"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# From the moment the edited page is served: receiving, parsing, reading its figures, storing.
KILL_DELAYS_S = [0.0, 0.01, 0.02, 0.04, 0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12, 0.14, 0.17, 0.2, 0.3, 0.6]


@pytest.mark.slow
def test_a_recheck_killed_at_any_moment_leaves_the_article_in_exactly_one_version(replica, tmp_path):
    from .test_recheck import crawl

    config = make_config(replica, tmp_path)
    config_path = tmp_path / "monitor.toml"
    _, db = crawl(config)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    snapshot = config.database_path.read_bytes()
    replica.advance()
    seen = []
    for delay in KILL_DELAYS_S:
        for suffix in ("-wal", "-shm"):
            config.database_path.with_name(config.database_path.name + suffix).unlink(missing_ok=True)
        config.database_path.write_bytes(snapshot)
        before = len(replica.requests)
        proc = recheck_process(config_path)
        deadline = time.monotonic() + 60
        while not any(r.path.endswith("013012345.shtml") for r in replica.requests[before:]):
            assert proc.poll() is None, "the re-check ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.0005)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=10)
        state = linze_state(config.database_path)
        assert state in (BEFORE_EDIT, AFTER_EDIT), (delay, state)
        seen.append(state["version"])
    assert 1 in seen, seen   # killed before the edit was stored (at least right after the page came)

    rerun = subprocess.run([sys.executable, "-m", "monitor", "--config", str(config_path), "-q", "crawl",
                            "--recheck"], capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert linze_state(config.database_path) == AFTER_EDIT
    with sqlite3.connect(config.database_path) as conn:
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        assert conn.execute("SELECT count(*) FROM articles_bigram").fetchone() == (ALL_ARTICLES,)
