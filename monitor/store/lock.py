"""Advisory locks (flock) beside the database, one per kind of work:

    <database>.lock          one crawl at a time (`monitor crawl`, a daemon's crawl job)
    <database>.daemon.lock   one `monitor run` per database
    <database>.outbox.lock   one process sending the outbox at a time

The kernel drops a lock when its process ends, however it ends, so a crashed or killed process
never leaves a stale lock behind. The holder's pid is written into the file for the message."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from ..errors import StoreError

__all__ = ["crawl_lock", "daemon_lock", "file_lock", "outbox_lock"]


@contextmanager
def file_lock(database_path: str | Path, suffix: str, refusal: str) -> Iterator[None]:
    """Hold `<database_path><suffix>` or raise StoreError(refusal.format(pid=holder))."""
    path = Path(f"{database_path}{suffix}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise StoreError(refusal.format(pid=holder, database=database_path)) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)   # closing releases the lock


def crawl_lock(database_path: str | Path) -> AbstractContextManager[None]:
    return file_lock(database_path, ".lock",
                     "another crawl (pid {pid}) is using {database}; not starting a second one")


def daemon_lock(database_path: str | Path) -> AbstractContextManager[None]:
    return file_lock(database_path, ".daemon.lock",
                     "`monitor run` is already running for {database} (pid {pid}); not starting a second one")


def outbox_lock(database_path: str | Path) -> AbstractContextManager[None]:
    return file_lock(database_path, ".outbox.lock",
                     "another process (pid {pid}) is sending the outbox of {database}")
