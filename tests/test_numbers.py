"""The number grammar: digits, separators, Chinese numerals, multipliers, ranges, percentages."""

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.indicators.numbers import find_figures, parse_number


def only(text):
    figures = find_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize("text, value, unit, written", [
    ("固定资产投资50.95亿元", 5_095_000_000, "yuan", "50.95亿元"),
    ("减税降费793万元", 7_930_000, "yuan", "793万元"),
    ("实现产值1,234万元", 12_340_000, "yuan", "1,234万元"),
    ("实现产值５０亿元", 5_000_000_000, "yuan", "５０亿元"),
    ("投入资金三千二百万元", 32_000_000, "yuan", "三千二百万元"),
    ("新建两万亩", 20_000, "mu", "两万亩"),
    ("惠及1.2万户", 12_000, "count", "1.2万户"),
    ("百万元以上", 1_000_000, "yuan", "百万元"),
    ("营收2千万元", 20_000_000, "yuan", "2千万元"),
    ("面积800公顷", 12_000, "mu", "800公顷"),
    ("产量18.6万吨", 186_000, "tonne", "18.6万吨"),
    ("产菜500公斤", 0.5, "tonne", "500公斤"),
    ("发电量12亿千瓦时", 1_200_000_000, "kWh", "12亿千瓦时"),
    ("装机130万千瓦", 1_300_000, "kW", "130万千瓦"),
    ("装机200兆瓦", 200_000, "kW", "200兆瓦"),
    ("年产能10吉瓦", 10_000_000, "kW", "10吉瓦"),
    ("发电30吉瓦时", 30_000_000, "kWh", "30吉瓦时"),
    ("接待游客520万人次", 5_200_000, "person-time", "520万人次"),
    ("新增就业3200人", 3200, "person", "3200人"),
    ("存栏11.6万头", 116_000, "head", "11.6万头"),
    ("厂房3.2万平方米", 32_000, "m2", "3.2万平方米"),
    ("道路12.5公里", 12.5, "km", "12.5公里"),
    ("土地总面积4.5万km2", 45_000_000_000, "m2", "4.5万km2"),
    ("草场面积272.27万hm2", 40_840_500, "mu", "272.27万hm2"),
    ("增长33.82%", 33.82, "percent", "33.82%"),
    ("占比百分之十五", 15, "percent", "百分之十五"),
    ("提高2个百分点", 2, "point", "2个百分点"),
])
def test_a_figure_is_read_with_its_unit_and_normalised(text, value, unit, written):
    figure = only(text)
    assert figure.value == pytest.approx(value)
    assert figure.unit_info.normalized == unit
    assert figure.text == written


def test_a_range_keeps_both_ends():
    figure = only("户均增收3至5万元")
    assert (figure.value, figure.value_max) == (30_000, 50_000)
    assert only("3万至5万元").value_max == 50_000


@pytest.mark.parametrize("text", ["开展宣讲活动500余场次", "30 余场次", "落户企业100多家"])
def test_yu_and_duo_inside_a_figure_make_it_approximate(text):
    assert only(text).approx


@pytest.mark.parametrize("text", [
    "三抓三促", "一核三带", "6+4+6", "世界新能源500强", "党的二十大", "一体化", "0931-8159799", "09:02",
])
def test_numbers_without_a_unit_are_not_figures(text):
    assert find_figures(text) == []


def test_precision_is_half_the_last_written_digit():
    assert only("50.95亿元").precision == pytest.approx(0.005e8)
    assert only("51亿元").precision == pytest.approx(0.5e8)


@given(st.integers(min_value=1, max_value=10**12))
def test_chinese_numerals_read_as_the_number_they_spell(n):
    assert parse_number(cn2an.an2cn(str(n))) == n


@given(st.integers(min_value=1, max_value=9999), st.sampled_from([("万", 10**4), ("亿", 10**8)]))
def test_a_multiplier_scales_arabic_and_chinese_numbers_alike(n, mult):
    word, factor = mult
    arabic = only(f"投资{n}{word}元")
    chinese = only(f"投资{cn2an.an2cn(str(n))}{word}元")
    assert arabic.value == chinese.value == n * factor


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2))
def test_decimals_survive_normalisation_exactly(d):
    figure = only(f"完成{d}亿元")
    assert Decimal(str(figure.value)) == d * 10**8


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators_are_read(n):
    assert only(f"实现{n:,}万元").value == n * 10**4


@pytest.mark.parametrize("text, value, value_max, approx", [
    ("三至五万元", 30_000, 50_000, False),
    ("一亿二千万元", 120_000_000, None, False),
    ("50余亿元", 5_000_000_000, None, True),
    ("1000余万元", 10_000_000, None, True),
    ("１,２００万元", 12_000_000, None, False),
    ("超过三成", 30, None, False),
    ("发电12亿度，", 1_200_000_000, None, False),
    ("畜禽饲养量520万个羊单位", 5_200_000, None, False),
])
def test_forms_found_in_review(text, value, value_max, approx):
    figure = only(text)
    assert (figure.value, figure.value_max, figure.approx) == (value, value_max, approx)


@pytest.mark.parametrize("text", ["景区游客三五成群", "优惠政策一成不变", "价格一度下滑", "签订三方协议", "两三亿元"])
def test_idioms_with_numerals_are_not_figures(text):
    assert find_figures(text) == []


@pytest.mark.parametrize("text, value", [("建成日光温室5 972座", 5972), ("投资1\u2009234万元", 12_340_000),
                                         ("增长 6.2%", 6.2), ("达到 120 亿元", 12_000_000_000)])
def test_a_space_groups_thousands_only_before_three_digits(text, value):
    assert only(text).value == value


def test_a_long_run_of_space_grouped_digits_is_no_figure():
    assert find_figures("1 234 " * 20_000 + "。") == []   # bounded groups: linear time


@pytest.mark.parametrize("run", ["1" * 50_000, "一" * 50_000, "１" * 50_000, "1," * 20_000])
def test_a_long_run_of_digits_is_no_figure_and_costs_linear_time(run):
    # quadratic backtracking here once took minutes for 20,000 characters
    assert find_figures(run + "年") == []


@pytest.mark.parametrize("text, expected", [
    ("分别为112.46、96.6、348.87亿元", [("112.46", "亿元", 11_246_000_000), ("96.6", "亿元", 9_660_000_000),
                                       ("348.87", "亿元", 34_887_000_000)]),
    # a listed number with its own 万 or 亿 keeps it, and takes only the unit after the last one
    ("分别达到97.62万和41.42万头", [("97.62", "万头", 976_200), ("41.42", "万头", 414_200)]),
    ("分别为3.2亿和5000万元", [("3.2", "亿元", 320_000_000), ("5000", "万元", 50_000_000)]),
])
def test_numbers_listed_before_a_shared_unit_each_become_a_figure(text, expected):
    assert [(f.number, f.unit, round(f.value)) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, value", [("药材总产量达7.8万吨，总产值5.3亿，农民药材人均收入183元", 530_000_000),
                                         ("政府融资3.52亿完善园区基建", 352_000_000), ("文化企业创收1.23亿", 123_000_000)])
def test_money_said_before_a_bare_yi_is_yuan(text, value):
    found = [f for f in find_figures(text) if f.unit == "亿"]
    assert [(f.unit_info.normalized, f.value, f.approx) for f in found] == [("yuan", value, False)]


def test_a_bare_yi_after_no_money_word_is_no_figure():
    assert find_figures("全国人口14亿，") == []
    assert [f.text for f in find_figures("生产总值突破10亿大关")] == ["10亿"]   # a milestone, as before


def test_a_sex_ratio_is_a_bare_number_read_as_percent():
    for text, value in (("男女性别比(以女性=100)为103.56。", 103.56), ("性别比（以女性为100）为102.16，", 102.16),
                        ("全县人口性别比为105.3。", 105.3)):
        [figure] = find_figures(text)
        assert (figure.text, figure.unit_info.normalized, figure.value) == (str(value), "percent", value), text
    # the 100 in its bracket is no figure, and a ratio with its own unit is read as written
    assert [f.text for f in find_figures("性别比(以女性=100)")] == []
    assert [f.text for f in find_figures("性别比为105.3%")] == ["105.3%"]
