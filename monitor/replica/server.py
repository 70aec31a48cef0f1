"""A real HTTP server per replicated host, with fault injection for tests.

`Replica(site).start()` serves `{real_host: {path: bytes}}` on 127.0.0.1, one port per host,
rewriting the real hosts' URLs inside pages to the local ones. It answers conditional
requests (ETag / Last-Modified -> 304), logs every request, and can be told to misbehave on a
path a given number of times: `replica.inject(url, Status(500), Stall(2))`.

`replica.advance()` turns the bundled site into the same site a while later (docs/replica.md):
the pages in `later/` replace theirs (an edited article, a withdrawn one, one whose page chrome
changed) and the pages in `flap/` start to alternate with theirs, request by request.
"""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

__all__ = ["Drip", "Drop", "Oversize", "Redirect", "Replica", "Stall", "Status", "TrickleHeaders",
           "load_static_site"]

LAST_MODIFIED = "Thu, 23 Nov 2023 01:02:00 GMT"
_TYPES = {".shtml": "text/html", ".html": "text/html", ".htm": "text/html",
          ".js": "application/javascript", ".txt": "text/plain"}


@dataclass(frozen=True)
class Status:
    """Answer with this status, headers and body instead of the page."""
    code: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"<html><body>error</body></html>"


@dataclass(frozen=True)
class Stall:
    """Wait this long before answering (normally) — longer than the client's timeout."""
    seconds: float


@dataclass(frozen=True)
class Drip:
    """Send the page a few bytes at a time, pausing between them (a server that never
    stalls long enough for a read timeout, yet never finishes)."""
    chunk: int = 64
    pause: float = 0.2


@dataclass(frozen=True)
class Drop:
    """Promise the whole page, send half of it, and close the connection."""


@dataclass(frozen=True)
class Oversize:
    """Serve a page of this many bytes."""
    size: int
    declare_length: bool = True


@dataclass(frozen=True)
class Redirect:
    """Redirect (302) to this URL."""
    location: str


@dataclass(frozen=True)
class TrickleHeaders:
    """Send the status line and headers one byte at a time, `pause` apart, for `seconds` in
    all (each byte arrives well within a read timeout; the headers never finish in time)."""
    pause: float = 0.05
    seconds: float = 30.0


Fault = Status | Stall | Drip | Drop | Oversize | Redirect | TrickleHeaders


@dataclass(frozen=True)
class Request:
    host: str
    method: str
    path: str
    status: int
    conditional: bool
    at: float = field(default_factory=time.monotonic)   # when it arrived (time.monotonic)
    headers: dict[str, str] = field(default_factory=dict, compare=False)   # as sent, names lower-cased


def load_static_site(root: Path | str | None = None) -> dict[str, dict[str, bytes]]:
    """The hand-written fixture site shipped in monitor/replica/site/ (or another folder of it:
    "later", "flap")."""
    base = Path(str(resources.files("monitor.replica").joinpath(root or "site")))
    site: dict[str, dict[str, bytes]] = {}
    for host_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        pages = site.setdefault(host_dir.name, {})
        for file in sorted(p for p in host_dir.rglob("*") if p.is_file()):
            rel = file.relative_to(host_dir).as_posix()
            # A directory named "@" is an empty path segment: the CMS's `count//0018005/`.
            path = "/" + "/".join("" if part == "@" else part for part in rel.split("/"))
            pages[path] = file.read_bytes()
    return site


class Replica:
    """Serve a replica site; use as a context manager or call start()/stop()."""

    def __init__(self, site: dict[str, dict[str, bytes]] | None = None, *,
                 later: dict[str, dict[str, bytes]] | None = None,
                 flaps: dict[str, dict[str, bytes]] | None = None) -> None:
        bundled = site is None
        # a copy: put() and advance() change this replica's pages, never the caller's dict (a
        # test module's SITE would otherwise carry one test's robots.txt into the next)
        self.site = {host: dict(pages) for host, pages in site.items()} if site is not None else load_static_site()
        self.later = later if later is not None else load_static_site("later") if bundled else {}
        self.flaps = flaps if flaps is not None else load_static_site("flap") if bundled else {}
        self._flapping: dict[tuple[str, str], list[tuple[bytes, str]]] = {}
        self.requests: list[Request] = []
        self._faults: dict[tuple[str, str], deque[Fault]] = defaultdict(deque)
        self._servers: dict[str, _Server] = {}
        self._bodies: dict[str, dict[str, tuple[bytes, str]]] = {}
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> Replica:
        for host in self.site:
            server = _Server(("127.0.0.1", 0), _handler_for(self, host))
            self._servers[host] = server
        for host, pages in self.site.items():
            self._bodies[host] = {path: self._prepare(body) for path, body in pages.items()}
        for server in self._servers.values():
            # poll_interval: how long stop() waits for each server to notice (default 0.5 s,
            # which was a second per test over two hosts)
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()

    def __enter__(self) -> Replica:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses -------------------------------------------------------------------------
    def base_url(self, host: str) -> str:
        return f"http://127.0.0.1:{self._servers[host].server_address[1]}"

    def local_host(self, host: str) -> str:
        return f"127.0.0.1:{self._servers[host].server_address[1]}"

    def url(self, real_url: str) -> str:
        """The local URL that serves `real_url` (http://gansu.gscn.com.cn/x -> http://127.0.0.1:P/x)."""
        parts = urlsplit(real_url)
        rest = real_url.split(parts.netloc, 1)[1]
        return self.base_url(parts.netloc) + rest

    def real_url(self, local_url: str) -> str:
        for host, server in self._servers.items():
            prefix = f"http://127.0.0.1:{server.server_address[1]}"
            if local_url.startswith(prefix):
                return "http://" + host + local_url[len(prefix):]
        return local_url

    # -- faults and the request log ----------------------------------------------------------
    def inject(self, real_url: str, *faults: Fault) -> None:
        """Misbehave on the next requests for `real_url`, one fault per request, in order."""
        parts = urlsplit(real_url)
        with self._lock:
            self._faults[(parts.netloc, parts.path)].extend(faults)

    def next_fault(self, host: str, path: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get((host, path))
            return queue.popleft() if queue else None

    def log(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def requests_for(self, real_url: str) -> list[Request]:
        parts = urlsplit(real_url)
        return [r for r in self.requests if r.host == parts.netloc and r.path == parts.path]

    def put(self, real_url: str, body: bytes) -> None:
        """Publish (or change) a page while the replica runs."""
        parts = urlsplit(real_url)
        self.site.setdefault(parts.netloc, {})[parts.path] = body
        with self._lock:
            self._bodies[parts.netloc][parts.path] = self._prepare(body)

    def advance(self) -> None:
        """The site a while later: `later` pages replace theirs; each `flaps` page alternates
        with the page it shadows on every request, the current one first (a CDN serving two
        versions in turn)."""
        for host, pages in self.later.items():
            for path, body in pages.items():
                self.put(f"http://{host}{path}", body)
        with self._lock:
            for host, pages in self.flaps.items():
                for path, body in pages.items():
                    self._flapping[(host, path)] = [self._bodies[host][path], self._prepare(body)]

    def page(self, host: str, path: str) -> tuple[bytes, str] | None:
        with self._lock:
            turns = self._flapping.get((host, path))
            if turns:
                turns.append(turns.pop(0))
                return turns[-1]
        return self._bodies.get(host, {}).get(path)

    def _prepare(self, body: bytes) -> tuple[bytes, str]:
        for host in self._servers:
            local = self.base_url(host).encode()
            for scheme in (b"http://", b"https://"):
                body = body.replace(scheme + host.encode(), local)
        return body, '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that hangs up (a crawler process exiting, a size cap, a timeout) is normal
        # traffic for this server, not an error worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _handler_for(replica: Replica, host: str) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        pass
    Handler.replica, Handler.host = replica, host
    return Handler


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle's algorithm on, each response
    # then waits ~25 ms for the client's delayed ACK (measured by bench/bench_crawl.py).
    disable_nagle_algorithm = True
    replica: Replica
    host: str
    _path = ""
    _conditional = False
    _arrived = 0.0
    _sent: dict[str, str] = {}   # noqa: RUF012 - replaced per request in do_GET

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._arrived = time.monotonic()
        self._sent = {name.lower(): value for name, value in self.headers.items()}
        path = urlsplit(self.path).path
        conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
        fault = self.replica.next_fault(self.host, path)
        if isinstance(fault, Stall):
            time.sleep(fault.seconds)
            fault = None
        self._path, self._conditional = path, conditional
        try:
            self._answer(path, fault)
        except ConnectionError:
            self.close_connection = True  # the client gave up (size cap, timeout): expected

    def _answer(self, path: str, fault: Fault | None) -> int:
        if isinstance(fault, Status):
            headers = {"Content-Type": "text/html", **fault.headers}
            return self._send(fault.code, fault.body, None, headers)
        if isinstance(fault, Redirect):
            return self._send(302, b"", "text/html", {"Location": fault.location})
        if isinstance(fault, Oversize):
            return self._send_oversize(fault)
        if isinstance(fault, TrickleHeaders):
            return self._trickle(fault)
        found = self.replica.page(self.host, path)
        if found is None:
            return self._send(404, b"<html><head><title>404 Not Found</title></head></html>", "text/html")
        body, etag = found
        if self.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == LAST_MODIFIED):
            return self._send(304, b"", None, {"ETag": etag, "Last-Modified": LAST_MODIFIED})
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        if isinstance(fault, Drip):
            self._head(200, _content_type(path), {**headers, "Content-Length": str(len(body))})
            for start in range(0, len(body), fault.chunk):
                self.wfile.write(body[start:start + fault.chunk])
                self.wfile.flush()
                time.sleep(fault.pause)
            return 200
        if isinstance(fault, Drop):
            self._head(200, _content_type(path), {**headers, "Content-Length": str(len(body))})
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return 200
        return self._send(200, body, _content_type(path), headers)

    def _send_oversize(self, fault: Oversize) -> int:
        chunk = b"<p>" + "甘肃".encode() * 1000 + b"</p>\n"
        headers = {"Content-Length": str(fault.size)} if fault.declare_length else {}
        self._head(200, "text/html; charset=utf-8", headers)
        sent = 0
        self.close_connection = True
        while sent < fault.size:
            piece = chunk[: fault.size - sent]
            self.wfile.write(piece)
            sent += len(piece)
        return 200

    def _trickle(self, fault: TrickleHeaders) -> int:
        self.replica.log(Request(self.host, "GET", self._path, 200, self._conditional, headers=self._sent))
        self.close_connection = True
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        filler = b"X-Filler: " + b"a" * 1_000_000
        deadline = time.monotonic() + fault.seconds
        for byte in (head + filler)[: int(fault.seconds / fault.pause)]:
            if time.monotonic() > deadline:
                break
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(fault.pause)
        return 200

    def _send(self, status: int, body: bytes, content_type: str | None,
              headers: dict[str, str] | None = None) -> int:
        self._head(status, content_type, {**(headers or {}), "Content-Length": str(len(body))})
        if status != 304:
            self.wfile.write(body)
        return status

    def _head(self, status: int, content_type: str | None, headers: dict[str, str]) -> None:
        # Logged before the answer goes out, so a client never sees a response the log lacks.
        self.replica.log(Request(self.host, "GET", self._path, status, self._conditional, self._arrived,
                                 self._sent))
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()


def _content_type(path: str) -> str:
    return _TYPES.get(Path(path).suffix, "text/html")
