import re

from hypothesis import given
from hypothesis import strategies as st

from monitor.crawl.urls import canonicalize_url, cms_id, host_allowed, is_article_url, resolve_link

ARTICLE = re.compile(r"/system/\d{4}/\d{2}/\d{2}/\d{9}\.shtml$")

hosts = st.sampled_from(["gansu.gscn.com.cn", "Gansu.GSCN.com.cn", "finance.gscn.com.cn"])
segments = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-", min_size=1, max_size=8)
paths = st.lists(segments, min_size=0, max_size=4).map(lambda parts: "/" + "/".join(parts))
fragments = st.one_of(st.just(""), segments.map(lambda s: "#" + s))


@given(st.sampled_from(["http", "https", "HTTP"]), hosts, paths, fragments)
def test_canonical_url_is_stable_and_ignores_scheme_case_and_fragment(scheme, host, path, frag):
    url = f"{scheme}://{host}{path}{frag}"
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once
    assert once == canonicalize_url(f"http://{host.lower()}{path}")
    assert "#" not in once
    assert once.startswith("http://" + host.lower())


@given(hosts, paths, st.sampled_from(["index.shtml", "index.html", "INDEX.HTML", "index.htm", ""]))
def test_index_variants_are_one_listing(host, path, index):
    base = path.rstrip("/") + "/"
    assert canonicalize_url(f"http://{host}{base}{index}") == canonicalize_url(f"http://{host}{base}")


def test_canonical_url_keeps_the_cms_double_slash_and_drops_default_port():
    url = "https://gansu.gscn.com.cn:443/system/count//0018005/000000000000/000/000/c0018005000000000000_000000002.shtml"
    assert canonicalize_url(url) == url.replace("https", "http").replace(":443", "")


def test_cms_id_comes_from_the_article_path():
    assert cms_id("http://gansu.gscn.com.cn/system/2020/05/22/012389293.shtml") == 12389293
    assert cms_id("http://gansu.gscn.com.cn/system/2020/05/22/012389293_2.shtml") == 12389293
    assert cms_id("http://gansu.gscn.com.cn/gsbb/index.shtml") is None


def test_article_pattern_excludes_continuation_and_listing_pages():
    assert is_article_url("http://h/system/2023/11/23/013012345.shtml", ARTICLE)
    assert not is_article_url("http://h/system/2023/11/23/013012345_2.shtml", ARTICLE)
    assert not is_article_url("http://h/gsbb/index.shtml", ARTICLE)


def test_relative_links_resolve_and_scripts_do_not():
    base = "http://gansu.gscn.com.cn/gsbb/index.shtml"
    assert resolve_link(base, "/system/2023/11/23/013012345.shtml#top") == \
        "http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml"
    assert resolve_link(base, "javascript:void(0)") is None
    assert resolve_link(base, "mailto:a@b.c") is None


@given(st.text(max_size=40))
def test_no_href_from_a_page_can_raise(href):
    url = resolve_link("http://gansu.gscn.com.cn/gsbb/index.shtml", href)
    assert url is None or host_allowed(url, ["gansu.gscn.com.cn"]) in (True, False)


def test_malformed_links_are_dropped_not_raised():
    base = "http://gansu.gscn.com.cn/gsbb/index.shtml"
    assert resolve_link(base, "http://gansu.gscn.com.cn:99999/system/2023/11/23/013012345.shtml") is None
    assert resolve_link(base, "http://[x/system/2023/11/23/013012345.shtml") is None
    assert host_allowed("http://gansu.gscn.com.cn:99999/x", ["gansu.gscn.com.cn"]) is False
    assert canonicalize_url("http://[x/y") == "http://[x/y"


def test_query_variants_of_a_static_page_are_one_page():
    assert canonicalize_url("http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml?from=timeline") == \
        "http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml"
    assert canonicalize_url("http://h/search?q=1") == "http://h/search?q=1"


def test_only_allowed_hosts_and_ports_pass():
    assert not host_allowed("http://gansu.gscn.com.cn:6379/x", ["gansu.gscn.com.cn"])
    assert host_allowed("http://gansu.gscn.com.cn/x", ["gansu.gscn.com.cn"])
    assert not host_allowed("http://evil.example/x", ["gansu.gscn.com.cn"])
    assert not host_allowed("http://gansu.gscn.com.cn.evil.example/x", ["gansu.gscn.com.cn"])
    assert host_allowed("http://127.0.0.1:8080/x", ["127.0.0.1:8080"])
    assert not host_allowed("http://127.0.0.1:9090/x", ["127.0.0.1:8080"])
    assert not host_allowed("ftp://gansu.gscn.com.cn/x", ["gansu.gscn.com.cn"])
