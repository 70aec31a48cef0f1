from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.crawl.dates import find_datetime, parse_datetime


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-11-23 09:02", "2023-11-23T09:02:00+08:00"),
    ("2023/11/23/ 09:02", "2023-11-23T09:02:00+08:00"),
    ("2023年11月23日 09:02", "2023-11-23T09:02:00+08:00"),
    ("2023-11-20 10:15:30", "2023-11-20T10:15:30+08:00"),
    ("19-05-20 11:05", "2019-05-20T11:05:00+08:00"),
    ("发布时间：2023-11-18 16:40 来源：定西日报", "2023-11-18T16:40:00+08:00"),
    ("2023-11-18", "2023-11-18T00:00:00+08:00"),
    ("2023-11-23T09:02", "2023-11-23T09:02:00+08:00"),
    ("2023-11-23 9:2", "2023-11-23T09:02:00+08:00"),
])
def test_site_time_formats_become_beijing_iso(text, expected):
    assert parse_datetime(text) == expected


def test_impossible_dates_phone_numbers_and_figures_are_not_times():
    assert parse_datetime("2023-13-45 09:02") is None
    assert parse_datetime("如需使用相关内容，请致电0931-8159799。") is None
    assert parse_datetime("GDP增长10.5.3个百分点") is None
    assert parse_datetime("版本1.10.5.3") is None


def test_require_time_skips_bare_dates():
    assert find_datetime("2023/11/23 ... 2023-11-24 08:00", require_time=True) == "2023-11-24T08:00:00+08:00"


moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(microsecond=0))
formats = st.sampled_from(["%Y-%m-%d %H:%M:%S", "%Y/%m/%d/ %H:%M:%S", "%Y年%m月%d日 %H:%M:%S",
                           "%y-%m-%d %H:%M:%S", "%Y.%m.%d %H:%M:%S"])


@given(moments, formats, st.sampled_from(["", "来源：甘肃日报 ", "发布时间："]))
def test_any_written_moment_parses_back_to_itself(moment, fmt, prefix):
    parsed = parse_datetime(prefix + moment.strftime(fmt))
    assert parsed == moment.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"
