"""What careless operators do, through the CLI as a real process: a database directory the
user cannot write, a second `digest --send` while the outbox is busy. Every refusal is one
line; every read command still reads."""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from monitor.crawl.fetch import Fetcher
from monitor.pipeline import run_once
from monitor.store import open_db
from monitor.store.lock import outbox_lock

from .conftest import make_config
from .test_daemon import daemon_config

READ_COMMANDS = [["status"], ["stats"], ["search", "临泽"], ["indicators", "--region", "临泽", "--limit", "3"],
                 ["digest", "--dry-run"]]


def as_unprivileged():
    """Root writes anything: when the tests run as root, the child gives up the capabilities
    that let it ignore file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) before it
    executes, so a read-only file or directory is read-only for it, as for any user."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (1, 2):   # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            if libc.prctl(24, cap, 0, 0, 0) != 0:   # PR_CAPBSET_DROP: gone after exec
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def monitor(config_path, *args):
    return subprocess.run([sys.executable, "-m", "monitor", "--config", str(config_path), *args],
                          capture_output=True, text=True, timeout=60, preexec_fn=as_unprivileged)


@pytest.fixture
def read_only_copy(replica):
    """A crawled database in a directory, then the directory and the file made read-only."""
    directory = Path(tempfile.mkdtemp(prefix="gansu-monitor-ro-"))
    os.chmod(directory, 0o755)   # readable by nobody on the way in
    try:
        config = make_config(replica, directory)
        db = open_db(config.database_path)
        with Fetcher(config.http) as fetcher:
            run_once(config, db, fetcher)
        db.conn.close()
        os.chmod(config.database_path, 0o444)
        os.chmod(directory, 0o555)
        yield config
    finally:
        os.chmod(directory, 0o755)
        shutil.rmtree(directory)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_work_on_a_database_the_user_cannot_write(read_only_copy, command):
    result = monitor(read_only_copy.path, *command)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() and "Traceback" not in result.stderr
    if command[0] == "search":
        assert "临泽：县域经济提质进位势头强劲" in result.stdout


def test_a_crawl_on_a_directory_the_user_cannot_write_is_one_clear_line(read_only_copy):
    result = monitor(read_only_copy.path, "crawl")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"Error: cannot open the lock file {read_only_copy.database_path}.lock: "
                                    "Permission denied (can this user write ")


def test_a_read_only_database_that_needs_an_upgrade_says_so_in_one_line(read_only_copy):
    path = Path(read_only_copy.database_path)
    os.chmod(path.parent, 0o755)
    os.chmod(path, 0o644)
    with sqlite3.connect(path) as conn:   # as if written by the version before m006
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_crawl_limits'")
    conn.close()
    os.chmod(path, 0o444)
    os.chmod(path.parent, 0o555)
    result = monitor(read_only_copy.path, "stats")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "is read-only for this user and needs an upgrade this version brings (m006_crawl_limits)" in result.stderr


def test_digest_send_waits_for_another_process_sending_the_outbox(replica, tmp_path, smtp_server):
    config = daemon_config(replica, tmp_path, smtp_server)
    db = open_db(config.database_path)
    with Fetcher(config.http) as fetcher:
        run_once(config, db, fetcher)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with outbox_lock(config.database_path):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    threading.Timer(2.0, release.set).start()
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "monitor", "--config", config.path, "digest", "--send"],
                            capture_output=True, text=True, timeout=60)
    holder.join()
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started >= 1.5          # it waited for the lock ...
    assert "1 message(s) sent from the outbox" in result.stdout   # ... and then sent
    assert len(smtp_server.messages) == 1
