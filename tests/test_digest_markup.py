"""Everything a digest takes from the site is shown as text: markup in every field, in every
section, is escaped in the HTML part, written as it is in the text part, never run by a browser
and never in a header.

The digest is built by hand, so that fields the pipeline could never fill with markup today (a
region's or an indicator's name, a period, a change) carry it too: the templates must not rely on
the extractor to keep them clean. Each field of each section has its own marker, so one `| safe`
anywhere is found."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import pytest

from monitor.config import EmailSettings, Recipient
from monitor.digest.content import BaselineFigure, Digest, DigestArticle, DigestIndicator
from monitor.digest.edits import ArticleUpdate, FigureChange, SentenceChange, Updates
from monitor.digest.message import compose
from monitor.textdiff import Segment

NOW = datetime(2023, 11, 24, 0, 5, tzinfo=UTC)
LINZE, GANZHOU = "620723", "620702"   # two counties of 张掖市
MARKERS: list[str] = []
URLS: list[str] = []


def evil(where: str) -> str:
    """A field's value: the marker `<x-where>` (an element no template writes) after a quote
    that would end an attribute."""
    MARKERS.append(where)
    return f'"\'<x-{where}>'


def evil_url(where: str) -> str:
    MARKERS.append(where)
    URLS.append(where)
    return f'http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml?a="><x-{where}>'


def figure(section: str, id_: int, flag: str, name: str, **extra: object) -> DigestIndicator:
    evidence = f"1至9月，{evil(section + '-evidence')}全县完成投资50.95亿元。"
    start = evidence.index("50.95")
    fields = dict(
        id=id_, article_id=id_, region=evil(section + "-region"), region_code=LINZE, name=name, kind="amount",
        flag=flag, period=evil(section + "-period"), period_end="2023-09-30",
        reading=evil(section + "-reading"), change=evil(section + "-change"),
        previous=evil(section + "-previous"), previous_period_end="2023-08-31", evidence=evidence,
        marks=((start, start + 8),), sentence=(id_, 0), title=evil(section + "-title"),
        url=evil_url(section + "-url"), published_at="2023-11-23 09:02")
    return DigestIndicator(**(fields | extra))


def poisoned() -> Digest:
    MARKERS.clear()
    URLS.clear()
    summary = figure("summary", 1, "new_period", "地区生产总值")          # a headline indicator
    revision = figure("revision", 2, "revised", evil("revision-name"), previous_title=evil("revision-oldtitle"),
                      previous_url=evil_url("revision-oldurl"))
    other = figure("figures", 3, "new_indicator", evil("figures-name"))
    periodic = figure("period", 4, "new_period", evil("period-name"), region_code=GANZHOU)
    article = DigestArticle(5, evil("article-title"), evil("article-region"), LINZE, evil("article-origin"),
                            "2023-11-23 09:02", evil_url("article-url"), evil("article-lead"))
    base = DigestArticle(6, evil("baseline-title"), evil("baseline-region"), LINZE, "", "2023-11-20 09:00",
                         evil_url("baseline-url"), "")
    update = ArticleUpdate(
        7, 7, "edited", evil("update-title"), evil_url("update-url"), evil("update-region"), LINZE,
        "2023-11-23 10:00", 2, evil("update-detail"),
        figures=(FigureChange(8, evil("update-name"), evil("update-period"), evil("update-old"),
                              evil("update-new")),),
        sentences=(SentenceChange(evil("update-before"), evil("update-after"), (
            Segment("same", evil("update-same")), Segment("del", evil("update-del")),
            Segment("ins", evil("update-ins")))),))
    return Digest("2023-11-24T00:05:00+00:00", "2023-11-24", "2023-11-24 08:05", "Asia/Shanghai",
                  (article,), (summary, revision, other, periodic), baseline_articles=(base,),
                  baseline_figures=(BaselineFigure(9, LINZE, "固定资产投资"),),
                  updates=Updates((update,), (7,), (8,)))


def composed() -> tuple[bytes, str, str]:
    settings = EmailSettings(smtp_host="127.0.0.1", sender="monitor@example.org",
                             recipients=(Recipient("editor@example.org"),))
    msg = compose(poisoned(), settings.recipients[0], settings, "<digest1.0@example.org>", NOW)
    raw = msg.as_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    return raw, parsed.get_body(("plain",)).get_content(), parsed.get_body(("html",)).get_content()


# Fields whose marker only the text part shows: SentenceChange.old/new are the text part's
# rendering of the segments, which the HTML part shows instead. And fields a section does not
# show: the summary quotes no sentence and names no article (its value links to it); a new
# indicator has no previous value.
TEXT_ONLY = {"update-before", "update-after"}
HTML_ONLY = {"update-same", "update-del", "update-ins"}
NOT_SHOWN = {"summary-evidence", "summary-title", "figures-previous"}
TEXT_NOT_SHOWN = {"summary-url"}   # the text part's summary gives no links


def test_every_site_field_in_every_section_is_escaped_in_the_html_part():
    _, _, html = composed()
    assert "<x-" not in html                                            # nothing became an element
    missing = [m for m in MARKERS if m not in TEXT_ONLY | NOT_SHOWN and f"&lt;x-{m}&gt;" not in html]
    assert not missing, f"fields not shown (escaped) in the HTML part: {missing}"
    # a quote cannot end an attribute: every href keeps its value whole
    assert 'href="http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml?a=&#34;&gt;&lt;x-article-url&gt;"' in html
    assert "&#34;&#39;&lt;x-article-title&gt;" in html


def test_every_site_field_in_every_section_is_plain_text_in_the_text_part():
    _, text, _ = composed()
    missing = [m for m in MARKERS if m not in HTML_ONLY | NOT_SHOWN | TEXT_NOT_SHOWN and f"<x-{m}>" not in text]
    assert not missing, f"fields not shown as written in the text part: {missing}"
    assert "&lt;" not in text and "&#34;" not in text                  # no HTML escaping in plain text


def test_no_site_field_reaches_a_header():
    raw, _, _ = composed()
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert b"x-" not in headers.lower().replace(b"x-gansu-monitor", b"")


@pytest.fixture
def page(browser):
    opened = browser.new_page()
    yield opened
    opened.close()


def test_a_browser_shows_every_marker_as_text_and_builds_no_element_from_one(page):
    _, _, html = composed()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_content(html)
    shown = page.inner_text("body")
    elements = page.evaluate("[...document.querySelectorAll('*')].map(e => e.localName)"
                             ".filter(n => n.startsWith('x-'))")
    assert elements == [] and dialogs == []
    missing = [m for m in MARKERS if m not in TEXT_ONLY | NOT_SHOWN | set(URLS) and f"<x-{m}>" not in shown]
    assert not missing, f"fields the browser does not show as text: {missing}"
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    whole = [m for m in URLS if f'http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml?a="><x-{m}>' in hrefs]
    assert whole == URLS                                                # each link is one attribute, whole
