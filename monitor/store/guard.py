"""SQLite errors (locked, disk full, corrupt file) become StoreError with the database's name,
so the CLI reports them in one line instead of a traceback."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

from ..errors import StoreError

__all__ = ["db_errors", "immediate"]

P = ParamSpec("P")
R = TypeVar("R")


def db_errors(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError(f"database error in {func.__name__}: {exc}") from exc
    return wrapper


@contextmanager
def immediate(db: Any) -> Iterator[None]:
    """A write transaction that takes SQLite's write lock at its start (BEGIN IMMEDIATE), so
    what it reads cannot be changed by another writer before it commits. Waits for the lock up
    to the connection's busy timeout. (A deferred BEGIN that reads and then writes fails at
    once with "database is locked" when another process committed in between; the busy timeout
    does not apply to it.) Inside a transaction already, it is a savepoint of that one."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
