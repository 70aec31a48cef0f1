"""One crawl at a time per database: an advisory lock (flock) on `<database>.lock`.

The kernel drops the lock when its process ends, however it ends, so a crashed or killed
crawl never leaves a stale lock behind."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError

__all__ = ["crawl_lock"]


@contextmanager
def crawl_lock(database_path: str | Path) -> Iterator[None]:
    path = Path(f"{database_path}.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise StoreError(f"another crawl (pid {holder}) is using {database_path}; "
                             "not starting a second one") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)   # closing releases the lock
