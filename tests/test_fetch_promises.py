"""What the README promises about fetching, measured at the server: the rate limit as the spacing
of requests arriving at the replica, the size cap's declared-length check on its own, Retry-After
given as an HTTP date, and robots.txt read for our user agent."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import HttpSettings
from monitor.crawl.fetch import Fetcher
from monitor.errors import FetchError
from monitor.replica import Oversize, Replica, Status

A, B = "gansu.gscn.com.cn", "gansu.gansudaily.com.cn"
HTML = b"<html><head><meta charset='utf-8'><title>x</title></head><body><p>\xe4\xb8\xb4\xe6\xb3\xbd</p></body></html>"
PAGES = [f"/system/2023/11/2{n}/01301234{n}.shtml" for n in range(4)]
ROBOTS = b"User-agent: gansu-monitor\nDisallow: /private/\n\nUser-agent: *\nDisallow: /other/\n"
SITE = {A: {"/robots.txt": ROBOTS, **{p: HTML for p in PAGES}, "/private/x.shtml": HTML, "/other/x.shtml": HTML},
        B: {p: HTML for p in PAGES}}


@pytest.fixture
def server():
    with Replica(SITE) as running:
        yield running


class Sleeps(list):
    """The backoff waits, recorded instead of slept (the rate limiter sleeps for real)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def fetcher(sleeps: Sleeps | None = None, **settings: object) -> Fetcher:
    values = {"requests_per_second": 1000.0, "timeout_s": 2.0, "backoff_base_s": 0.5, "backoff_max_s": 30.0} | settings
    return Fetcher(HttpSettings(**values), sleep=sleeps if sleeps is not None else Sleeps())


def get(server: Replica, f: Fetcher, host: str, path: str):
    return f.fetch(server.base_url(host) + path, [server.local_host(A), server.local_host(B)])


def arrivals(server: Replica, host: str) -> list[float]:
    return [r.at for r in server.requests if r.host == host]


def test_requests_to_one_host_arrive_spaced_by_the_rate_limit(server):
    with fetcher(requests_per_second=4.0) as f:        # one request every 0.25 s
        for path in PAGES:
            get(server, f, A, path)
    times = arrivals(server, A)                        # robots.txt, then the four pages
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(times) == 5 and min(gaps) >= 0.23, gaps
    assert times[-1] - times[0] < 1.6                  # spaced, not slowed further (4 gaps of 0.25 s)


def test_the_rate_limit_is_per_host_another_host_is_not_held_back(server):
    with fetcher(requests_per_second=2.0) as f:        # 0.5 s between two requests to one host
        get(server, f, A, PAGES[0])
        get(server, f, B, PAGES[0])                    # B's robots.txt and page: not after A's wait
        get(server, f, A, PAGES[1])
    a, b = arrivals(server, A), arrivals(server, B)
    assert b[0] - a[-2] < 0.3                          # B's first request did not wait for A's slot
    assert a[-1] - a[-2] >= 0.49                       # A's next one did


def test_a_declared_length_over_the_cap_is_refused_before_reading(server):
    server.inject(server.real_url(server.base_url(A) + PAGES[0]), Oversize(1_000_001, declare_length=True))
    with fetcher(max_page_bytes=1_000_000) as f, pytest.raises(FetchError) as caught:
        get(server, f, A, PAGES[0])
    # the declared size is what refused it (the streaming cap would say "download aborted")
    assert "page is 1,000,001 bytes, over max_page_bytes (1,000,000)" in str(caught.value)


def test_a_page_of_exactly_the_cap_is_read_declared_or_not(server):
    for declared in (True, False):
        server.inject(f"http://{A}{PAGES[0]}", Oversize(1_000_000, declare_length=declared))
        with fetcher(max_page_bytes=1_000_000) as f:
            assert len(get(server, f, A, PAGES[0]).text) > 300_000


def test_an_undeclared_page_one_byte_over_the_cap_is_aborted_while_reading(server):
    server.inject(f"http://{A}{PAGES[0]}", Oversize(1_000_001, declare_length=False))
    with fetcher(max_page_bytes=1_000_000) as f, pytest.raises(FetchError, match="download aborted"):
        get(server, f, A, PAGES[0])


def test_retry_after_as_an_http_date_is_waited_for(server):
    when = datetime.now(UTC) + timedelta(seconds=20)
    server.inject(f"http://{A}{PAGES[0]}", Status(503, {"Retry-After": email.utils.format_datetime(when, usegmt=True)}))
    sleeps = Sleeps()
    with fetcher(sleeps) as f:
        page = get(server, f, A, PAGES[0])
    assert page.status == 200
    [wait] = sleeps
    assert 17 < wait <= 20                             # until that date, not a backoff of 0.5 s or so


def test_retry_after_as_a_date_past_the_backoff_cap_gives_up_for_this_cycle(server):
    when = datetime.now(UTC) + timedelta(hours=2)
    server.inject(f"http://{A}{PAGES[0]}", Status(429, {"Retry-After": email.utils.format_datetime(when, usegmt=True)}))
    with fetcher() as f, pytest.raises(FetchError, match="429"):
        get(server, f, A, PAGES[0])
    assert len(server.requests_for(f"http://{A}{PAGES[0]}")) == 1


def test_robots_txt_rules_for_our_user_agent_bind_us(server):
    with fetcher() as f:
        with pytest.raises(FetchError, match="robots.txt"):
            get(server, f, A, "/private/x.shtml")      # our group: disallowed
        assert get(server, f, A, "/other/x.shtml").status == 200   # only the * group disallows it
    assert server.requests_for(f"http://{A}/private/x.shtml") == []


def test_robots_txt_is_read_once_per_host_and_run(server):
    with fetcher() as f:
        for path in PAGES:
            get(server, f, A, path)
    assert len(server.requests_for(f"http://{A}/robots.txt")) == 1
