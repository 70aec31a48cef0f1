"""Advisory locks (flock) beside the database, one per kind of work:

    <database>.lock          one crawl at a time (`monitor crawl`, a daemon's crawl job)
    <database>.daemon.lock   one `monitor run` per database
    <database>.outbox.lock   one process sending the outbox at a time

The kernel drops a lock when its process ends, however it ends, so a crashed or killed process
never leaves a stale lock behind. The holder's pid is written into the file for the message."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from ..errors import StoreError

__all__ = ["crawl_lock", "daemon_lock", "file_lock", "outbox_lock"]


@contextmanager
def file_lock(database_path: str | Path, suffix: str, refusal: str, wait_s: float = 0.0) -> Iterator[None]:
    """Hold `<database_path><suffix>` or raise StoreError(refusal.format(pid=holder)), after
    waiting up to `wait_s` seconds for the holder to let go."""
    path = Path(f"{database_path}{suffix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot open the lock file {path}: {exc.strerror} (can this user write "
                         f"{path.parent}?)") from None
    try:
        if not _acquire(fd, wait_s):
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise StoreError(refusal.format(pid=holder, database=database_path))
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)   # closing releases the lock


def _acquire(fd: int, wait_s: float) -> bool:
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)


def crawl_lock(database_path: str | Path) -> AbstractContextManager[None]:
    return file_lock(database_path, ".lock",
                     "another crawl (pid {pid}) is using {database}; not starting a second one")


def daemon_lock(database_path: str | Path) -> AbstractContextManager[None]:
    return file_lock(database_path, ".daemon.lock",
                     "`monitor run` is already running for {database} (pid {pid}); not starting a second one")


def outbox_lock(database_path: str | Path, wait_s: float = 0.0) -> AbstractContextManager[None]:
    return file_lock(database_path, ".outbox.lock",
                     "another process (pid {pid}) is sending the outbox of {database}", wait_s)
