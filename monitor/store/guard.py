"""SQLite errors (locked, disk full, corrupt file) become StoreError with the database's name,
so the CLI reports them in one line instead of a traceback."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from ..errors import StoreError

__all__ = ["db_errors"]

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
