"""Every fixture page through the extractor, field by field (pure: no HTTP here; the same
pages go over real HTTP in test_pipeline.py)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from monitor.config import builtin_layouts
from monitor.crawl.charset import decode_html
from monitor.crawl.extract import parse_article
from monitor.errors import ExtractError
from monitor.models import NotArticle
from monitor.replica import load_static_site

from .conftest import expected_cases

SITE = load_static_site()
LAYOUTS = tuple(builtin_layouts().values())
CASES = expected_cases()
FIELDS = ("title", "origin", "author", "editor", "published_at", "parser")


def page_text(url: str) -> str:
    parts = urlsplit(url)
    return decode_html(SITE[parts.netloc][parts.path])[0]


def parse_all_pages(url: str):
    first = parse_article(page_text(url), url, LAYOUTS)
    if isinstance(first, NotArticle):
        return first, []
    body, current = list(first.body), first
    while current.next_page_url:
        current = parse_article(page_text(current.next_page_url), current.next_page_url, LAYOUTS,
                                continuation=True)
        body.extend(current.body)
    return first, body


@pytest.mark.parametrize("case", [c for c in CASES if c["outcome"] == "article"],
                         ids=lambda c: c["case"])
def test_article_fields_match_the_hand_checked_values(case):
    page, body = parse_all_pages(case["url"])
    for field in FIELDS:
        assert getattr(page, field) == case[field], field
    assert list(page.breadcrumb) == case["breadcrumb"]
    assert (page.breadcrumb[-1] if page.breadcrumb else None) == case["channel"]
    assert body == case["body"]


@pytest.mark.parametrize("case", [c for c in CASES if c["outcome"] in ("soft_404", "redirect")],
                         ids=lambda c: c["case"])
def test_pages_that_are_not_articles_are_recognised(case):
    result = parse_article(page_text(case["url"]), case["url"], LAYOUTS)
    assert isinstance(result, NotArticle)
    assert result.kind == case["outcome"]


@pytest.mark.parametrize("case", [c for c in CASES if c["outcome"] == "parse_failure"],
                         ids=lambda c: c["case"])
def test_an_article_missing_a_field_is_a_parse_failure_naming_it(case):
    with pytest.raises(ExtractError, match=case["reason"]):
        parse_article(page_text(case["url"]), case["url"], LAYOUTS)


def test_no_body_keeps_the_copyright_block_or_the_repeated_title():
    for case in (c for c in CASES if c["outcome"] == "article"):
        page, body = parse_all_pages(case["url"])
        text = "\n".join(body)
        assert "版权声明" not in text and "甘肃媒体版权保护中心" not in text, case["case"]
        assert body[0] != page.title, case["case"]
        assert "相关新闻" not in text and "分享到" not in text, case["case"]


def test_every_layout_and_the_fallback_have_a_fixture():
    parsers = {c["parser"] for c in CASES if c["outcome"] == "article"}
    assert parsers >= {"gscn_current", "gscn_legacy", "gscn_picture", "gansudaily", "fallback"}
    assert {c["outcome"] for c in CASES} >= {"article", "soft_404", "redirect", "parse_failure"}


def test_short_subheads_br_paragraphs_and_div_text_survive_the_cleaning():
    """Hand-written page: a sub-head first (not a byline), <br><br> inside a <p>, prose in a
    bare <div>, an <h3> sub-head, and a trailing 责任编辑 line that ends the body."""
    from pathlib import Path
    page = Path(__file__).parent / "fixtures" / "pages" / "adversarial_body.html"
    url = "http://gansu.gscn.com.cn/system/2023/11/25/013014000.shtml"
    parsed = parse_article(page.read_text("utf-8"), url, LAYOUTS)
    assert parsed.body == (
        "产业兴旺",
        "甘州区今年新建高标准农田5.2万亩。",
        "全区玉米制种面积稳定在40万亩以上。",
        "在div里写成的一段：肉牛存栏同比增长12.3%。",
        "嵌在div里的p：蔬菜产量达到98万吨。",
        "文化繁荣",
        "全区接待游客同比增长21%。",
    )
    assert parsed.author is None and parsed.origin == "张掖日报"
