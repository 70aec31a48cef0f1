"""The fetcher against a hostile server on 127.0.0.1: compression bombs, trickled headers,
codec names that are not text encodings, broken UTF-8, redirects into robots-disallowed paths,
robots.txt as RFC 9309 reads it. Each case is bounded in time and ends in a FetchError that
says what happened, or in a page read right."""

from __future__ import annotations

import gzip
import logging
import time
import zlib

import pytest

from monitor.errors import FetchError
from monitor.replica import Redirect, Status, TrickleHeaders

from .test_fetch import HTML, PAGE, fetcher_for, get, serving

HOST = "gansu.gscn.com.cn"
ROBOTS = """User-agent: *
Disallow: /private/
Allow: /private/open/
Disallow: /*.pdf$

User-agent: gansu-monitor
Disallow: /system/2023/11/24/
Disallow: /private/
Allow: /private/open/
Disallow: /*.pdf$
"""
SITE = {HOST: {
    "/robots.txt": ROBOTS.encode(),
    "/system/2023/11/23/013012345.shtml": HTML.encode(),
    "/system/2023/11/24/013012999.shtml": HTML.encode(),
    "/private/013000000.shtml": HTML.encode(),
    "/private/open/013000001.shtml": HTML.encode(),
    "/files/report.pdf": HTML.encode(),
    "/files/report.pdf.shtml": HTML.encode(),
}}


@pytest.fixture
def server():
    yield from serving(SITE)


def bomb(size: int, layers: int) -> bytes:
    """`size` zero bytes gzip-compressed `layers` times (10 MB -> ~10 KB -> ~100 bytes)."""
    data = b"\0" * size
    for _ in range(layers):
        data = gzip.compress(data, compresslevel=9)
    return data


def test_two_content_codings_are_refused_before_anything_is_decompressed(server):
    body = bomb(50_000_000, 2)
    assert len(body) < 10_000
    server.inject(PAGE, Status(200, {"Content-Encoding": "gzip, gzip"}, body=body))
    with pytest.raises(FetchError, match=r"more than one content-coding \(gzip, gzip\)") as caught:
        get(server, fetcher_for(server))
    assert caught.value.permanent and not caught.value.retryable
    assert len(server.requests_for(PAGE)) == 1


def test_a_gzip_bomb_stops_at_max_page_bytes_while_it_inflates(server):
    server.inject(PAGE, Status(200, {"Content-Encoding": "gzip"}, body=bomb(200_000_000, 1)))
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"over max_page_bytes \(1,000,000\)"):
        get(server, fetcher_for(server, max_page_bytes=1_000_000))
    assert time.monotonic() - started < 5   # stopped at 1 MB, not after inflating 200 MB


@pytest.mark.parametrize("wrap", [zlib.compress, lambda data: zlib.compress(data)[2:-4]],
                         ids=["zlib", "raw"])
def test_deflate_bodies_are_read_zlib_wrapped_or_raw(server, wrap):
    server.inject(PAGE, Status(200, {"Content-Encoding": "deflate"}, body=wrap(HTML.encode())))
    assert "固定资产投资50.95亿元" in get(server, fetcher_for(server)).text


def test_a_content_coding_we_did_not_ask_for_is_refused(server):
    server.inject(PAGE, Status(200, {"Content-Encoding": "br"}, body=b"\x0b\x02\x80hello\x03"))
    with pytest.raises(FetchError, match="content-coding 'br'"):
        get(server, fetcher_for(server))


def test_headers_trickled_one_byte_at_a_time_hit_the_request_deadline(server):
    server.inject(PAGE, TrickleHeaders(pause=0.05, seconds=20))
    fetcher = fetcher_for(server, timeout_s=0.5, request_deadline_s=1.5, max_retries=0)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no complete answer within request_deadline_s \(1.5 s\)"):
        get(server, fetcher)
    assert time.monotonic() - started < 3.0   # every byte came within the 0.5 s read timeout


def test_a_same_host_redirect_into_a_robots_disallowed_path_is_not_followed(server):
    private = "http://gansu.gscn.com.cn/private/013000000.shtml"
    server.inject(PAGE, Redirect(server.url(private)))
    with pytest.raises(FetchError, match=r"redirected to .*/private/013000000.shtml, which robots.txt disallows"):
        get(server, fetcher_for(server))
    assert server.requests_for(private) == []


def test_a_redirect_into_an_allowed_path_is_followed(server):
    opened = "http://gansu.gscn.com.cn/private/open/013000001.shtml"
    server.inject(PAGE, Redirect(server.url(opened)))
    assert "固定资产投资" in get(server, fetcher_for(server)).text
    assert [r.status for r in server.requests_for(opened)] == [200]


@pytest.mark.parametrize(("path", "allowed"), [
    ("/private/013000000.shtml", False),        # Disallow: /private/
    ("/private/open/013000001.shtml", True),    # the longer Allow wins (RFC 9309 2.2.2)
    ("/files/report.pdf", False),               # Disallow: /*.pdf$
    ("/files/report.pdf.shtml", True),          # $ anchors the end
    ("/system/2023/11/24/013012999.shtml", False),   # our own group, by product token
])
def test_robots_txt_is_read_as_rfc_9309_reads_it(server, path, allowed):
    url = "http://gansu.gscn.com.cn" + path
    fetcher = fetcher_for(server)
    if allowed:
        assert get(server, fetcher, url).status == 200
    else:
        with pytest.raises(FetchError, match="disallowed by robots.txt"):
            get(server, fetcher, url)
        assert server.requests_for(url) == []


def test_robots_txt_for_another_user_agent_does_not_bind_us(server):
    server.put("http://gansu.gscn.com.cn/robots.txt", b"User-agent: otherbot\nDisallow: /\n")
    assert get(server, fetcher_for(server)).status == 200
    # the replica changed its own copy: the next test's server starts from ROBOTS again
    assert SITE[HOST]["/robots.txt"] == ROBOTS.encode()


@pytest.mark.parametrize("charset", ["rot13", "base64", "utf-7", "idna", "hex", "no-such-codec"])
def test_a_codec_name_that_is_no_text_encoding_is_ignored(server, charset):
    server.inject(PAGE, Status(200, {"Content-Type": f"text/html; charset={charset}"},
                               body=HTML.replace("utf-8", charset).encode()))
    page = get(server, fetcher_for(server))
    assert "固定资产投资50.95亿元" in page.text and page.encoding == "utf-8"


def test_robots_txt_in_a_codec_that_is_no_text_encoding_still_applies(server):
    server.inject("http://gansu.gscn.com.cn/robots.txt",
                  Status(200, {"Content-Type": "text/plain; charset=rot13"}, body=ROBOTS.encode()))
    fetcher = fetcher_for(server)
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        get(server, fetcher, "http://gansu.gscn.com.cn/private/013000000.shtml")
    assert get(server, fetcher).status == 200


def test_a_mostly_valid_utf8_page_is_read_as_utf8_with_the_broken_bytes_replaced(server, caplog):
    body = ("<html><head><title>临泽县域经济</title></head><body>"
            + "<p>临泽县固定资产投资五十亿元，同比增长三成。</p>" * 30 + "</body></html>").encode()
    broken = body.replace("三成".encode(), b"\xe4\xb8\xff\xfe", 2)   # two broken characters
    server.inject(PAGE, Status(200, {"Content-Type": "text/html"}, body=broken))
    with caplog.at_level(logging.WARNING, logger="monitor.crawl.charset"):
        page = get(server, fetcher_for(server))
    assert page.encoding == "utf-8"
    assert "临泽县固定资产投资五十亿元" in page.text and "\ufffd" in page.text
    assert "invalid UTF-8 sequence(s) replaced" in caplog.text and "013012345" in caplog.text


def test_a_404_and_a_410_are_permanent_and_a_503_is_not(server):
    fetcher = fetcher_for(server, max_retries=0)
    outcomes = {}
    for status in (404, 410, 503):
        server.inject(PAGE, Status(status))
        with pytest.raises(FetchError) as caught:
            get(server, fetcher)
        outcomes[status] = caught.value.permanent
    assert outcomes == {404: True, 410: True, 503: False}



def test_reading_a_compressed_response_takes_at_most_about_twice_max_page_bytes(server):
    import tracemalloc

    cap = 2_000_000
    server.inject(PAGE, Status(200, {"Content-Encoding": "gzip"}, body=bomb(100_000_000, 1)))
    fetcher = fetcher_for(server, max_page_bytes=cap)
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="over max_page_bytes"):
            get(server, fetcher)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2.5 * cap, f"peak {peak:,} bytes"
