"""Reporting periods, resolved against the publication date (docs/indicators.md, period table)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.indicators.periods import basis_period, find_periods

PUBLISHED = date(2023, 11, 23)


@pytest.mark.parametrize("text, start, end", [
    ("1至9月", "2023-01-01", "2023-09-30"),
    ("1—9月", "2023-01-01", "2023-09-30"),
    ("1--9月", "2023-01-01", "2023-09-30"),   # a doubled dash, as typed
    ("1——9月", "2023-01-01", "2023-09-30"),
    ("前9个月", "2023-01-01", "2023-09-30"),
    ("前三季度", "2023-01-01", "2023-09-30"),
    ("上半年", "2023-01-01", "2023-06-30"),
    ("前两季度", "2023-01-01", "2023-06-30"),
    ("一季度", "2023-01-01", "2023-03-31"),
    ("第一季度", "2023-01-01", "2023-03-31"),
    ("二季度", "2023-04-01", "2023-06-30"),
    ("10月", "2023-10-01", "2023-10-31"),
    ("10月份", "2023-10-01", "2023-10-31"),
    ("今年以来", "2023-01-01", "2023-11-23"),
    ("今年", "2023-01-01", "2023-11-23"),
    ("2022年", "2022-01-01", "2022-12-31"),
    ("去年", "2022-01-01", "2022-12-31"),
    ("上年", "2022-01-01", "2022-12-31"),
    ("全年", "2023-01-01", "2023-12-31"),
    ("截至10月底", "", "2023-10-31"),
    ("截至9月末", "", "2023-09-30"),
    ("2023年1至9月", "2023-01-01", "2023-09-30"),
    ("今年前三季度", "2023-01-01", "2023-09-30"),
    ("2017年至2021年", "2017-01-01", "2021-12-31"),
    ("2020年至今年5月", "2020-01-01", "2023-05-31"),
    ("2021年至今年", "2021-01-01", "2023-11-23"),
    ("2005年至今", "2005-01-01", "2023-11-23"),
])
def test_each_period_form_of_the_rule_book(text, start, end):
    periods = find_periods(f"{text},全县完成投资5亿元", PUBLISHED)
    assert [(p.text, p.period_start, p.period_end) for p in periods] == [(text, start, end)]


@pytest.mark.parametrize("text, start, end", [
    ("1至12月", "2023-01-01", "2023-12-31"),
    ("全年", "2023-01-01", "2023-12-31"),
    ("上半年", "2023-01-01", "2023-06-30"),
    ("12月", "2023-12-01", "2023-12-31"),
    ("去年", "2023-01-01", "2023-12-31"),
    ("今年以来", "2024-01-01", "2024-01-10"),
])
def test_in_january_last_years_periods_belong_to_last_year(text, start, end):
    [period] = find_periods(text, date(2024, 1, 10))
    assert (period.period_start, period.period_end) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    ("一季度", date(2010, 3, 23), "2010-01-01", "2010-03-31"),    # the quarter underway: figures to date
    ("上半年", date(2023, 6, 20), "2023-01-01", "2023-06-30"),
    ("1至11月", date(2023, 12, 1), "2023-01-01", "2023-11-30"),
    ("二季度", date(2023, 3, 20), "2022-04-01", "2022-06-30"),    # ends more than a month later
    ("1至12月", date(2023, 11, 29), "2022-01-01", "2022-12-31"),
])
def test_a_month_only_period_underway_is_this_years_and_one_ending_later_last_years(text, published, start,
                                                                                    end):
    [period] = find_periods(text, published)
    assert (period.period_start, period.period_end) == (start, end)


@pytest.mark.parametrize("published, expected", [
    (date(2026, 1, 28), [("一年来", "2025-01-01", "2025-12-31")]),   # a January review of the year before
    (date(2026, 7, 28), []),                                        # twelve months to date: no calendar period
])
def test_the_past_year_of_a_review(published, expected):
    got = find_periods("一年来，全县实施重点项目115项", published)
    assert [(p.text, p.period_start, p.period_end) for p in got] == expected


@pytest.mark.parametrize("published, expected", [
    (date(2016, 2, 24), ("近三年来", "2013-01-01", "2015-12-31")),   # early in the year: the three years before
    (date(2016, 10, 5), ("近三年来", "2014-01-01", "2016-10-05")),   # later: this year to date and the two before
])
def test_the_recent_years_end_with_the_last_one_over_early_in_the_year_and_today_later(published, expected):
    got = find_periods("近三年来该县共输出务工人员28万人次", published)
    assert [(p.text, p.period_start, p.period_end) for p in got] == [expected]


def test_now_opening_a_clause_is_the_publication_date():
    got = find_periods("今年以来，宁县大力发展牛羊产业，目前，全县畜禽饲养量为193.3万头", date(2011, 11, 18))
    assert [(p.text, p.period_start, p.period_end) for p in got][-1] == ("目前", "", "2011-11-18")
    assert find_periods("目前全县", date(2011, 11, 18)) == []   # only where it opens a clause
    got = find_periods("今年以来，临洮县全力发展。\n如今，临洮县百合种植面积达5.8万亩", date(2024, 8, 8))
    assert [(p.text, p.period_start, p.period_end) for p in got][-1] == ("如今", "", "2024-08-08")   # so is 如今
    # and before what was built or is held so far, without a comma (but 目前已开工 under 今年 is the year's)
    got = find_periods("今年以来，宁县大力发展牛羊产业。目前建成了兴旺牧业等24个肉牛养殖场", date(2011, 11, 18))
    assert [(p.text, p.period_start, p.period_end) for p in got][-1] == ("目前", "", "2011-11-18")
    got = find_periods("今年镇原县计划实施项目279个，目前已开工68个", date(2020, 3, 11))
    assert [p.text for p in got] == ["今年"]


def test_recent_years_without_a_number_are_no_period():
    assert find_periods("近年来，全县实施重点项目115项", date(2016, 10, 5)) == []


@pytest.mark.parametrize("text", ["比上年增长5%", "较去年同期增加", "11月23日", "2023年11月23日9时"])
def test_a_change_basis_or_a_date_is_not_a_period(text):
    assert [p.text for p in find_periods(text, PUBLISHED) if p.period_start] == []


@pytest.mark.parametrize("text", ["较“十二五”末年均增长13.7%", "比十三五末提高0.3个百分点"])
def test_a_plans_end_compared_with_is_a_basis_not_a_point(text):
    assert find_periods(text, PUBLISHED) == []


def test_a_month_end_in_last_year_respects_its_length():
    [period] = find_periods("截至2月底", date(2024, 2, 10))
    assert period.period_end == "2023-02-28"


def test_an_impossible_date_is_no_period():
    assert find_periods("截至2月30日", PUBLISHED) == []


@given(st.text(alphabet="0123456789一二三四五六七八九十两今去上下全本前第截至年月日底末季度份以来个—-、", max_size=30),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_any_text_gives_periods_with_valid_ordered_dates(text, published):
    for period in find_periods(text, published):
        end = date.fromisoformat(period.period_end)
        if period.period_start:
            assert date.fromisoformat(period.period_start) <= end


@pytest.mark.parametrize("text, published, start, end", [
    ("2022年全年", date(2023, 3, 10), "2022-01-01", "2022-12-31"),
    ("去年全年", date(2023, 3, 10), "2022-01-01", "2022-12-31"),
    ("今年全年", date(2023, 1, 20), "2023-01-01", "2023-12-31"),
    ("截至去年底", date(2023, 3, 1), "", "2022-12-31"),
    ("截至2023年底", date(2024, 1, 18), "", "2023-12-31"),
    ("截至2月29日", date(2025, 1, 10), "", "2024-02-29"),
    ("5月1日至5日", date(2024, 5, 6), "2024-05-01", "2024-05-05"),
])
def test_period_forms_found_in_review(text, published, start, end):
    [period] = find_periods(text, published)
    assert (period.period_start, period.period_end) == (start, end)


def test_a_year_compared_with_is_not_a_period():
    assert find_periods("较2022年同期增长5%", PUBLISHED) == []


@pytest.mark.parametrize("text, published, start, end", [
    ("年末", date(2023, 4, 15), "", "2022-12-31"),                 # a bulletin in April: last year's end
    ("2022年末", PUBLISHED, "", "2022-12-31"),
    ("2022年底", PUBLISHED, "", "2022-12-31"),
    ("去年底", PUBLISHED, "", "2022-12-31"),
    ("6月底", PUBLISHED, "", "2023-06-30"),
    ("9月末", date(2023, 8, 1), "", "2022-09-30"),                 # not passed yet this year
    ("过去一年", date(2023, 1, 15), "2022-01-01", "2022-12-31"),
    ("过去的五年", date(2021, 1, 20), "2016-01-01", "2020-12-31"),
    ("过去五年", date(2018, 5, 31), "2013-01-01", "2017-12-31"),    # a review in the first half: the years before
    ("过去五年", date(2021, 12, 9), "2017-01-01", "2021-12-09"),    # in the second half: the years to date
    ("“十三五”期间", PUBLISHED, "2016-01-01", "2020-12-31"),
    ("“十一五”期间", date(2010, 12, 28), "2006-01-01", "2010-12-31"),   # in its last year: the plan's years
    ("“十一五”期间", date(2009, 6, 1), "2006-01-01", "2009-06-01"),     # earlier: to date
    ("“十四五”以来", PUBLISHED, "2021-01-01", "2023-11-23"),
    ("“十三五”以来", date(2021, 2, 10), "2016-01-01", "2020-12-31"),   # its review, just after its end
    ("“十三五”以来", date(2021, 9, 10), "2016-01-01", "2021-09-10"),   # later: to date
    ("十三五末", PUBLISHED, "", "2020-12-31"),
    ("3月上旬", date(2020, 3, 16), "2020-03-01", "2020-03-10"),   # ten days
    ("10月中旬", PUBLISHED, "2023-10-11", "2023-10-20"),
    ("2月下旬", date(2020, 3, 16), "2020-02-21", "2020-02-29"),   # the rest of the month
    ("元月份", date(2009, 3, 1), "2009-01-01", "2009-01-31"),       # 元月 is January
    ("元月24日至2月2日", date(2009, 2, 5), "2009-01-24", "2009-02-02"),
    ("国庆假期", PUBLISHED, "2023-09-29", "2023-10-06"),         # merged with 中秋 that year
    ("“五一”假期", PUBLISHED, "2023-04-29", "2023-05-03"),
    ("春节假期", date(2024, 2, 20), "2024-02-10", "2024-02-17"),
    ("国庆黄金周", date(2019, 10, 8), "2019-10-01", "2019-10-07"),
    ("中秋节与国庆节双节期间", date(2023, 10, 7), "2023-09-29", "2023-10-06"),   # both, written out
    ("中秋、国庆双节假期", date(2020, 10, 9), "2020-10-01", "2020-10-08"),
])
def test_points_in_time_plans_and_holidays(text, published, start, end):
    [period] = find_periods(f"{text}，全县完成投资5亿元", published)
    assert (period.text, period.period_start, period.period_end) == (text, start, end)


def test_a_year_end_in_the_future_is_a_target_not_a_period():
    assert find_periods("今年底，全县将完成投资5亿元", PUBLISHED) == []


@pytest.mark.parametrize("text, published, end", [
    ("2022年，全县……全年粮食产量", date(2023, 4, 15), "2022-12-31"),   # the context's year
    ("全年粮食产量", date(2023, 4, 15), "2022-12-31"),                  # a bulletin in spring
    ("全年粮食产量", date(2023, 12, 20), "2023-12-31"),
])
def test_a_whole_year_takes_the_year_of_its_context(text, published, end):
    assert find_periods(text, published)[-1].period_end == end


def test_a_headline_year_is_the_context_of_the_body():
    [period] = find_periods("年末全县常住人口20.58万人", date(2023, 4, 15), context_year=2021)
    assert period.period_end == "2021-12-31"


def test_last_year_before_an_industry_is_a_period_not_part_of_a_name():
    [period] = find_periods("去年一产增加值达到20亿元", PUBLISHED)
    assert (period.text, period.period_end) == ("去年", "2022-12-31")


@pytest.mark.parametrize("basis, start, end, expected", [
    ("去年同期", "2010-01-01", "2010-04-30", ("2009-01-01", "2009-04-30")),
    ("上年", "2022-01-01", "2022-12-31", ("2021-01-01", "2021-12-31")),
    ("2019年同期", "2023-01-01", "2023-09-30", ("2019-01-01", "2019-09-30")),
    ("2019年", "", "2023-12-31", ("", "2019-12-31")),            # a stock compared with a year's: its end
    ("年初", "", "2010-04-30", ("", "2010-01-01")),
    ("上年末", "", "2024-06-30", ("", "2023-12-31")),
    ("去年同期", "2024-02-01", "2024-02-29", ("2023-02-01", "2023-02-28")),   # no 29 February in 2023
])
def test_the_basis_value_of_a_comparison_is_dated_from_the_figure_compared(basis, start, end, expected):
    assert basis_period(basis, start, end) == expected


@pytest.mark.parametrize("text, start, end", [
    ("截至目前", "", "2023-11-23"),
    ("截止目前", "", "2023-11-23"),
    ("“十一”黄金周", "2023-09-29", "2023-10-06"),
])
def test_to_date_and_the_october_holiday_in_quotes(text, start, end):
    found = find_periods(text, PUBLISHED)
    assert [(p.period_start, p.period_end) for p in found] == [(start, end)]


def test_eleven_without_quotes_is_the_holiday_only_before_a_holiday_word():
    # (a second review of the twenty-fourth round: 2023年十一期间 had been the whole year, then no period)
    assert [(p.period_start, p.period_end) for p in find_periods("十一黄金周", PUBLISHED)] == [
        ("2023-09-29", "2023-10-06")]
    assert all(p.period_start != "2023-09-29" for p in find_periods("十一月份，第十一期间，十一个项目", PUBLISHED))


def test_dangnian_after_a_clause_mark_is_that_year():
    # this year to date when no other year is in play; the year stated before it otherwise
    assert [(p.period_start, p.period_end) for p in find_periods("累计到位资金75.1亿元，当年完成22.5亿元", PUBLISHED)] \
        == [("2023-01-01", "2023-11-23")]
    found = find_periods("2010年，全县新建温室；当年完成投资2亿元", PUBLISHED)
    assert [(p.period_start, p.period_end) for p in found][-1] == ("2010-01-01", "2010-12-31")
    assert find_periods("建成当年投产", PUBLISHED) == []   # inside a phrase: no period


def test_a_ceremony_that_starts_and_lays_foundations_dates_what_it_started():
    from monitor.indicators import extract_indicators
    got = extract_indicators("民乐：项目", "4月27日，民乐县举行2020年重大项目开工暨奠基仪式。该县总投资45.96亿元的9项重大项目集中开工。",
                             "2020-04-28T09:00:00+08:00").observations
    assert [(o.name, o.value_normalized, o.period_start, o.period_end) for o in got] \
        == [("集中开工重大项目总投资", 4_596_000_000, "2020-04-27", "2020-04-27"),
            ("集中开工重大项目", 9, "2020-04-27", "2020-04-27")]


def test_a_total_gathered_since_the_start_stays_at_the_year_end():
    from monitor.indicators import extract_indicators
    got = extract_indicators("临泽工业园区", "2010年底，工业园区内已累计投入建设资金12.27亿元。2010年底，全县生产总值完成20.37亿元。",
                             "2011-04-15T09:00:00+08:00").observations
    assert [(o.value_normalized, o.period_start, o.period_end) for o in got] \
        == [(1_227_000_000, "", "2010-12-31"), (2_037_000_000, "2010-01-01", "2010-12-31")]


def test_a_month_followed_by_yilai_runs_from_that_month_to_the_day_reported():
    spans = [(p.text, p.period_start, p.period_end) for p in find_periods("自3月份以来，全市累计接待游客613万人次", date(2024, 4, 7))]
    assert spans == [("3月份以来", "2024-03-01", "2024-04-07")]
    # a later month than the day reported is last year's; a year may stand before it
    assert [(p.period_start, p.period_end) for p in find_periods("11月以来", date(2024, 4, 7))] == [
        ("2023-11-01", "2024-04-07")]
    assert [(p.period_start, p.period_end) for p in find_periods("2023年3月以来", date(2024, 4, 7))] == [
        ("2023-03-01", "2024-04-07")]
    # a month alone is still the month
    assert [(p.period_start, p.period_end) for p in find_periods("3月份，全县", date(2024, 4, 7))] == [
        ("2024-03-01", "2024-03-31")]


def test_a_holidays_numbered_day_is_that_day_alone():
    found = find_periods("清明假期第二天，天水市接待游客34.86万人次", date(2024, 4, 6))
    assert [(p.period_start, p.period_end) for p in found] == [("2024-04-05", "2024-04-05")]
    found = find_periods("清明假期首日，天水市接待游客", date(2024, 4, 6))
    assert [(p.period_start, p.period_end) for p in found] == [("2024-04-04", "2024-04-04")]


def test_this_year_up_to_now_is_the_year_to_date_not_a_point():
    for text in ("今年截至目前，全县共接待游客8.5万人次", "今年以来，截至目前，全县共接待游客8.5万人次"):
        found = find_periods(text, date(2006, 6, 30))
        assert [(p.period_start, p.period_end) for p in found] == [("2006-01-01", "2006-06-30")], text
    # 截至目前 alone stays a point
    assert [(p.period_start, p.period_end) for p in find_periods("截至目前，全县", date(2006, 6, 30))] == [
        ("", "2006-06-30")]


def test_a_year_right_before_a_number_first_count_is_that_years():
    found = find_periods("2017年170户规模以上工业企业完成工业总产值322.09亿元", date(2018, 12, 10))
    assert [(p.text, p.period_start, p.period_end) for p in found] == [("2017年", "2017-01-01", "2017-12-31")]
    # (a month or a range right after a year is no count)
    assert [(p.period_start, p.period_end) for p in find_periods("2017年1至6月", date(2018, 12, 10))] == [
        ("2017-01-01", "2017-06-30")]


def test_years_written_with_a_dash_are_one_span():
    for text in ("1989—1995年，马铃薯以零星种植为主", "1989-1995年，马铃薯", "1989～1995年，马铃薯"):
        found = find_periods(text, date(2022, 1, 1))
        assert [(p.period_start, p.period_end) for p in found] == [("1989-01-01", "1995-12-31")], text
    # an ISO date is no span of years
    assert find_periods("2023-12-31", date(2024, 1, 1)) == []


def test_zhi_and_a_year_opening_a_clause_is_its_end():
    found = find_periods("至2013年，建成高效畜牧业科技示范基地1处", date(2022, 1, 1))
    assert [(p.period_start, p.period_end) for p in found] == [("", "2013-12-31")]
    # inside a span it is still the span's end
    found = find_periods("2010年至2013年，全县", date(2022, 1, 1))
    assert [(p.period_start, p.period_end) for p in found] == [("2010-01-01", "2013-12-31")]


def test_up_to_a_quarter_or_a_half_is_its_last_day():
    for text, end in (("截至今年上半年，全市建成电力装机1134万千瓦", "2013-06-30"),
                      ("到今年一季度，全省流转农村土地553万亩", "2013-03-31"),
                      ("截至前三季度，全县", "2013-09-30")):
        assert [(p.period_start, p.period_end) for p in find_periods(text, date(2013, 11, 1))] == [("", end)], text
    # the quarter alone stays the quarter
    assert [(p.period_start, p.period_end) for p in find_periods("一季度，全县", date(2013, 11, 1))] == [
        ("2013-01-01", "2013-03-31")]


def test_now_before_a_place_that_has_built_is_a_point():
    found = find_periods("2009年，示范项目在敦煌市落地，目前敦煌已建成光电装机133兆瓦", date(2013, 5, 23))
    assert [(p.text, p.period_start, p.period_end) for p in found] == [
        ("2009年", "2009-01-01", "2009-12-31"), ("目前", "", "2013-05-23")]
    # 目前已建成 under this year's lead stays the year's (no place between): no point of its own
    assert [p.text for p in find_periods("今年，目前已建成高标准农田4.81万亩", date(2022, 12, 15))] == ["今年"]
