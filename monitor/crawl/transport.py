"""The HTTP transport under the Fetcher: one wall-clock deadline per request.

httpx's timeouts bound each wait for the network, not a whole request: a server that sends its
headers one byte a second never trips a 20 s read timeout and can hold a request for weeks.
Here every connect, read and write of the socket is given at most the time left until the
request's deadline (`Deadline.start`), so connecting, the headers and the body together end
by then, however the bytes are dripped. (Name resolution is the one step not bounded: the
system resolver has no timeout of its own to shorten.)
"""

from __future__ import annotations

import threading
import time
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import httpcore
import httpx

__all__ = ["Deadline", "deadline_transport"]


class Deadline(threading.local):
    """The deadline of the request this thread is making (None: no request running)."""

    at: float | None = None

    @contextmanager
    def start(self, seconds: float) -> Iterator[None]:
        self.at = time.monotonic() + seconds
        try:
            yield
        finally:
            self.at = None

    def passed(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at - 0.01

    def clamp(self, timeout: float | None, error: type[Exception]) -> float | None:
        """`timeout` shortened to the time left; `error` once none is left."""
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise error("the request's deadline has passed")
        return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._stream, self._deadline = stream, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: typing.Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        timeout = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, timeout), self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, deadline: Deadline) -> None:
        self._backend, self._deadline = httpcore.SyncBackend(), deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        timeout = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _Stream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        timeout = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options), self._deadline)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def deadline_transport(deadline: Deadline) -> httpx.HTTPTransport:
    """httpx's own transport, its connection pool given the deadline-keeping network backend.
    (httpx does not expose the pool's backend; httpx is pinned below 0.29, where this holds.)"""
    transport = httpx.HTTPTransport()
    transport._pool._network_backend = _Backend(deadline)
    return transport
