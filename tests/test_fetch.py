"""The fetcher against a real HTTP server misbehaving on purpose."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator

import pytest

from monitor.config import HttpSettings
from monitor.crawl.fetch import Fetcher, RateLimiter
from monitor.errors import FetchError
from monitor.replica import Drip, Drop, Oversize, Redirect, Replica, Stall, Status

HOST = "gansu.gscn.com.cn"
PAGE = "http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml"
HTML = "<html><head><meta charset='utf-8'><title>临泽</title></head><body><p>固定资产投资50.95亿元</p></body></html>"
GBK = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
       "<title>犇腾</title></head><body><p>王镕在临泽县调研，固定资产投资50.95亿元。</p></body></html>")
SITE = {HOST: {
    "/robots.txt": b"User-agent: *\nDisallow: /private/\n",
    "/system/2023/11/23/013012345.shtml": HTML.encode(),
    "/system/2019/06/12/010000001.shtml": GBK.encode("gbk"),
    "/system/2019/06/12/010000002.shtml": GBK.replace("gb2312", "utf-8").encode("gbk"),
    "/private/013000000.shtml": HTML.encode(),
    "/latin1/010000003.shtml": GBK.encode("gbk"),
}}


def serving(site: dict[str, dict[str, bytes]]) -> Iterator[Replica]:
    """The replica serving `site`; the fetchers a test made with fetcher_for are closed after it."""
    with Replica(site) as running:
        running.fetchers = []
        yield running
        for fetcher in running.fetchers:
            fetcher.close()


@pytest.fixture
def server():
    yield from serving(SITE)


class Sleeps(list):
    """Records the backoff waits instead of sleeping them, so tests stay fast."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def fetcher_for(server: Replica, sleeps: Sleeps | None = None, **settings) -> Fetcher:
    values = {"requests_per_second": 1000.0, "timeout_s": 0.5, "max_retries": 3,
              "backoff_base_s": 0.5, "backoff_max_s": 30.0} | settings
    fetcher = Fetcher(HttpSettings(**values), sleep=sleeps if sleeps is not None else Sleeps())
    server.fetchers.append(fetcher)
    return fetcher


def get(server: Replica, fetcher: Fetcher, real_url: str = PAGE, **kw):
    return fetcher.fetch(server.url(real_url), [server.local_host(HOST)], **kw)


def test_a_500_is_retried_and_the_page_arrives(server):
    server.inject(PAGE, Status(500), Status(503))
    sleeps = Sleeps()
    page = get(server, fetcher_for(server, sleeps))
    assert "固定资产投资50.95亿元" in page.text
    assert [r.status for r in server.requests_for(PAGE)] == [500, 503, 200]
    assert len(sleeps) == 2 and all(0 <= s <= 30 for s in sleeps)


def test_a_429_waits_as_long_as_retry_after_says(server):
    server.inject(PAGE, Status(429, {"Retry-After": "7"}))
    sleeps = Sleeps()
    get(server, fetcher_for(server, sleeps))
    assert 7.0 in sleeps
    assert [r.status for r in server.requests_for(PAGE)] == [429, 200]


def test_a_retry_after_longer_than_the_backoff_cap_gives_up_for_this_cycle(server):
    server.inject(PAGE, Status(429, {"Retry-After": "3600"}))
    with pytest.raises(FetchError, match="HTTP 429"):
        get(server, fetcher_for(server))
    assert len(server.requests_for(PAGE)) == 1


def test_retries_stop_after_max_retries_with_the_last_reason(server):
    server.inject(PAGE, *[Status(502)] * 5)
    with pytest.raises(FetchError, match="HTTP 502") as info:
        get(server, fetcher_for(server, max_retries=2))
    assert info.value.status == 502
    assert len(server.requests_for(PAGE)) == 3


def test_a_stalled_response_times_out_and_is_retried(server):
    server.inject(PAGE, Stall(1.5))
    sleeps = Sleeps()
    started = time.monotonic()
    page = get(server, fetcher_for(server, sleeps, timeout_s=0.3))
    assert page.status == 200
    assert len(sleeps) == 1                    # one retry, after the timeout
    assert time.monotonic() - started < 1.4   # did not wait out the stall


def test_a_server_dripping_bytes_hits_the_request_deadline(server):
    server.inject(PAGE, Drip(chunk=16, pause=0.2))
    started = time.monotonic()
    fetcher = fetcher_for(server, timeout_s=0.3, request_deadline_s=0.9, max_retries=0)
    with pytest.raises(FetchError, match=r"no complete answer within request_deadline_s \(0.9 s\)"):
        get(server, fetcher)
    assert time.monotonic() - started < 2.0
    # one slow page is that page's failure, not the host's
    assert "王镕" in get(server, fetcher, "http://gansu.gscn.com.cn/system/2019/06/12/010000001.shtml").text


def test_a_corrupt_compressed_body_is_a_fetch_error(server):
    server.inject(PAGE, Status(200, {"Content-Encoding": "gzip"}, body=b"not gzip at all"))
    with pytest.raises(FetchError, match="bad response"):
        get(server, fetcher_for(server))


def test_a_compressed_page_is_read(server):
    server.inject(PAGE, Status(200, {"Content-Encoding": "gzip"}, body=gzip.compress(HTML.encode())))
    assert "固定资产投资50.95亿元" in get(server, fetcher_for(server)).text


def test_a_long_retry_after_leaves_the_host_alone_for_the_run(server):
    other = "http://gansu.gscn.com.cn/system/2019/06/12/010000001.shtml"
    server.inject(PAGE, Status(429, {"Retry-After": "3600"}))
    fetcher = fetcher_for(server)
    with pytest.raises(FetchError, match="HTTP 429"):
        get(server, fetcher)
    with pytest.raises(FetchError, match="not tried: HTTP 429 earlier in this run") as info:
        get(server, fetcher, other)
    assert info.value.not_tried
    assert server.requests_for(other) == []


def test_an_unreachable_host_is_not_retried_for_every_url(server):
    fetcher = fetcher_for(server, max_retries=1, respect_robots=False)
    dead = "http://127.0.0.1:9/system/2023/11/23/013012345.shtml"   # nothing listens on port 9
    with pytest.raises(FetchError, match="connection failed"):
        fetcher.fetch(dead, ["127.0.0.1:9"])
    with pytest.raises(FetchError, match="not tried: connection failed"):
        fetcher.fetch(dead.replace("013012345", "013012346"), ["127.0.0.1:9"])


def test_an_unreachable_robots_txt_is_asked_once_and_blocks_the_host(server):
    server.inject("http://gansu.gscn.com.cn/robots.txt", *[Status(503)] * 10)
    fetcher = fetcher_for(server, max_retries=1)
    for _ in range(3):
        with pytest.raises(FetchError, match="robots.txt unreachable"):
            get(server, fetcher)
    assert len(server.requests_for("http://gansu.gscn.com.cn/robots.txt")) == 2   # 1 + 1 retry
    assert server.requests_for(PAGE) == []


def test_a_server_that_keeps_stalling_is_a_timeout_failure(server):
    server.inject(PAGE, Stall(1.0), Stall(1.0))
    with pytest.raises(FetchError, match="timed out"):
        get(server, fetcher_for(server, timeout_s=0.3, max_retries=1))


def test_a_connection_dropped_mid_body_is_retried(server):
    server.inject(PAGE, Drop())
    page = get(server, fetcher_for(server))
    assert page.text.endswith("</html>")
    assert len(server.requests_for(PAGE)) == 2


@pytest.mark.parametrize("declared", [True, False])
def test_an_oversized_page_is_aborted_and_not_retried(server, declared):
    server.inject(PAGE, Oversize(3_000_000, declare_length=declared))
    with pytest.raises(FetchError, match="max_page_bytes"):
        get(server, fetcher_for(server, max_page_bytes=1_000_000))
    assert len(server.requests_for(PAGE)) == 1


def test_a_redirect_to_another_host_is_not_followed(server):
    server.inject(PAGE, Redirect("http://evil.example/steal"))
    with pytest.raises(FetchError, match="evil.example.*not an allowed host"):
        get(server, fetcher_for(server))


def test_a_redirect_within_the_allowed_host_is_followed(server):
    other = "http://gansu.gscn.com.cn/system/2019/06/12/010000001.shtml"
    server.inject(PAGE, Redirect(server.url(other)))
    page = get(server, fetcher_for(server))
    assert "王镕" in page.text


def test_a_url_outside_the_allowed_hosts_is_never_requested(server):
    with pytest.raises(FetchError, match="allowed_hosts"):
        fetcher_for(server).fetch("http://example.com/x", [server.local_host(HOST)])
    assert server.requests == []


def test_robots_txt_is_respected(server):
    with pytest.raises(FetchError, match="robots.txt"):
        get(server, fetcher_for(server), "http://gansu.gscn.com.cn/private/013000000.shtml")
    assert server.requests_for("http://gansu.gscn.com.cn/private/013000000.shtml") == []


def test_gb2312_pages_decode_as_gb18030_including_gbk_only_characters(server):
    page = get(server, fetcher_for(server), "http://gansu.gscn.com.cn/system/2019/06/12/010000001.shtml")
    assert page.encoding == "gb18030"
    assert "犇腾" in page.text and "王镕在临泽县调研" in page.text


def test_a_wrongly_declared_charset_falls_back_to_detection(server):
    page = get(server, fetcher_for(server), "http://gansu.gscn.com.cn/system/2019/06/12/010000002.shtml")
    assert "王镕在临泽县调研" in page.text


def test_a_western_charset_in_the_header_does_not_override_a_gbk_meta_tag(server):
    url = "http://gansu.gscn.com.cn/latin1/010000003.shtml"
    server.inject(url, Status(200, {"Content-Type": "text/html; charset=iso-8859-1"}, body=GBK.encode("gbk")))
    page = get(server, fetcher_for(server), url)
    assert "王镕在临泽县调研" in page.text and page.encoding == "gb18030"


def test_an_unchanged_page_costs_one_304(server):
    fetcher = fetcher_for(server)
    first = get(server, fetcher)
    second = get(server, fetcher, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.status == 304
    assert [r.conditional for r in server.requests_for(PAGE)] == [False, True]


def test_the_rate_limit_spaces_requests_to_one_host():
    clock = [0.0]
    waits: list[float] = []

    def sleep(s: float) -> None:
        waits.append(s)
        clock[0] += s

    limiter = RateLimiter(2.0, clock=lambda: clock[0], sleep=sleep)
    for _ in range(3):
        limiter.wait("a")
    limiter.wait("b")
    assert waits == [0.5, 0.5]
