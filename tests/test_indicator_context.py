"""Figures filed under the right series (issue 8): periods and regions from context, qualifiers
kept, several figures per construction, rankings, sub-regions and rule scopes. Each example is
written for one rule of docs/indicators.md; the expected rows are worked out by hand from it."""

from __future__ import annotations

import pytest

from monitor.indicators import extract_indicators

PUBLISHED = "2023-11-23T09:00:00+08:00"


def rows(body, title="临泽：经济运行", published=PUBLISHED, fields=("name", "value_normalized", "period_start",
                                                                  "period_end")):
    result = extract_indicators(title, body, published)
    return [tuple(getattr(o, f) for f in fields) for o in result.observations]


def by_name(body, title="临泽：经济运行", published=PUBLISHED):
    result = extract_indicators(title, body, published)
    return {o.name: o for o in result.observations}


# -- periods from context ---------------------------------------------------------------------

def test_a_period_stated_once_leads_the_figures_after_it_in_its_paragraph():
    assert rows("上半年，全县生产总值42.5亿元。三产增加值21.3亿元。") == [
        ("地区生产总值", 4_250_000_000, "2023-01-01", "2023-06-30"),
        ("第三产业增加值", 2_130_000_000, "2023-01-01", "2023-06-30")]


def test_a_carried_period_stops_at_the_next_period_and_at_the_paragraph_end():
    body = "1至9月，全县完成固定资产投资50.95亿元。10月，全县完成固定资产投资6.1亿元。\n全县共有规上工业企业45家。"
    assert rows(body) == [("固定资产投资", 5_095_000_000, "2023-01-01", "2023-09-30"),
                          ("固定资产投资", 610_000_000, "2023-10-01", "2023-10-31"),
                          ("规模以上工业企业", 45, "", "2023-11-23")]


def test_a_qizhong_continuation_takes_the_period_of_the_sentence_before():
    body = "1至10月，全县累计发放贷款36.8亿元。其中，发放妇女创业担保贷款1.26亿元。"
    assert rows(body)[1] == ("妇女创业担保贷款", 126_000_000, "2023-01-01", "2023-10-31")


def test_the_headline_period_leads_a_body_that_states_none():
    assert rows("全县地区生产总值完成80.3亿元。", title="临泽县前三季度经济运行稳中向好") == [
        ("地区生产总值", 8_030_000_000, "2023-01-01", "2023-09-30")]


def test_a_period_in_a_later_clause_does_not_date_the_figures_before_it():
    body = "近年来，临洮县大力发展牡丹产业。全县紫斑牡丹栽培面积达到17600亩，种植户超过了1万户，并于2019年获得地理标志认证。"
    assert rows(body, published="2021-05-22T09:00:00+08:00") == [
        ("紫斑牡丹栽培面积", 17600, "", "2021-05-22"), ("种植户", 10000, "", "2021-05-22")]
    # in its own clause it still does
    assert rows("全县地区生产总值30.7亿元（2015年）。", published="2016-03-01T09:00:00+08:00") == [
        ("地区生产总值", 3070000000, "2015-01-01", "2015-12-31")]


def test_a_period_as_the_attribute_of_one_figure_leads_no_other():
    body = "建城区面积由“十一五”末的9平方公里扩大到15平方公里，城镇化率达到41.2%。"
    assert rows(body, fields=("name", "period_end")) == [("建城区面积", "2010-12-31"), ("建城区面积", "2023-11-23"),
                                                         ("城镇化率", "2023-11-23")]


def test_the_later_value_of_a_change_from_a_dated_level_takes_the_paragraphs_period():
    body = ("2022年，全县实现地区生产总值113.9亿元。三次产业结构比由2021年的12.6:59.7:27.7调整为11.6:64.9:23.5。\n"
            "全年粮食总产量11.44万吨。")
    found = rows(body, title="庆城县2022年国民经济和社会发展统计公报", published="2023-04-20T08:00:00+08:00")
    assert ("第一产业比重", 11.6, "2022-01-01", "2022-12-31") in found
    assert ("第二产业比重", 59.7, "2021-01-01", "2021-12-31") in found   # the dated ratio, all of it
    assert ("粮食产量", 114_400, "2022-01-01", "2022-12-31") in found   # 全年: the bulletin's year, not 2021


def test_the_first_ratio_of_a_span_is_its_years_with_or_without_de():
    found = rows("2023年，全县三次产业结构由上年18.4:45.9:35.7调整为18.6:46.5:34.9。", title="金塔县2023年统计公报",
                 published="2024-04-10T08:00:00+08:00", fields=("value_normalized", "period_end"))
    assert (18.4, "2022-12-31") in found and (18.6, "2023-12-31") in found


def test_an_aside_inside_a_name_does_not_cut_it():
    body = ("蔬菜产量72.11万吨，增长9.6%，其中食用菌(干鲜混合)产量1.99万吨。城镇化率(常住人口)为41.2%。"
            "城镇人口占常住人口的比重(常住人口城镇化率)为65%。")   # an aside naming a known indicator names it
    assert [n for (n,) in rows(body, fields=("name",))] == ["蔬菜产量", "食用菌产量", "城镇化率", "城镇化率"]


def test_projects_signed_at_one_fair_are_not_all_signed_projects():
    body = "截至7月底，省签重大节会签约项目19个，其中兰洽会签约项目18个，招商引资签约项目25个。"
    assert [n for (n,) in rows(body, fields=("name",))] == ["省签重大节会签约项目", "兰洽会签约项目", "签约项目"]


def test_household_savings_are_not_all_deposits():
    body = "1964年，全区金融机构人民币存款余额仅有136万元，城乡居民储蓄存款余额仅有36万元。"
    # (人民币 keeps its series too: a currency's deposits are not all of them)
    assert [n for (n,) in rows(body, fields=("name",))] == ["人民币存款余额", "城乡居民储蓄存款余额"]


def test_a_review_of_last_year_at_the_start_leads_figures_that_state_no_period():
    body = ("刚刚过去的一年，魅力麦积精彩不断。\n一年来，该区抢抓各种发展机遇。\n"
            "——大力发展现代农业。落实全膜玉米15.37万亩，新建果品基地6.95万亩。")
    assert rows(body, title="麦积：经济社会发展亮点频闪", published="2015-01-14T10:06:32+08:00") == [
        ("全膜玉米", 153_700, "2014-01-01", "2014-12-31"), ("果品基地", 69_500, "2014-01-01", "2014-12-31")]
    # the same words in July are no review of a calendar year
    assert rows(body, title="麦积：经济社会发展亮点频闪", published="2015-07-14T10:06:32+08:00")[0][2:] == \
        ("", "2015-07-14")


def test_the_basis_of_a_multiple_is_not_the_figures_period():
    assert rows("全县累计实施重点项目457个，是“十一五”时期的6倍。", fields=("name", "period_end")) == [
        ("重点项目", "2023-11-23")]


def test_a_year_end_stock_is_a_point_in_time_not_a_year():
    assert rows("年末全县常住人口20.58万人。", published="2023-04-15T09:00:00+08:00") == [
        ("常住人口", 205_800, "", "2022-12-31")]


def test_the_whole_year_of_an_early_year_bulletin_is_the_year_before():
    assert rows("全年粮食产量18.6万吨。", title="临泽县2022年国民经济和社会发展统计公报",
                published="2023-04-15T09:00:00+08:00") == [("粮食产量", 186_000, "2022-01-01", "2022-12-31")]


def test_a_holiday_is_its_days():
    assert rows("国庆假期，全县接待游客12.6万人次。") == [("旅游接待人次", 126_000, "2023-09-29", "2023-10-06")]


def test_last_year_before_a_sector_is_the_period_and_the_sector_the_name():
    assert rows("去年一产增加值达到20.1亿元。") == [("第一产业增加值", 2_010_000_000, "2022-01-01", "2022-12-31")]


# -- regions from context ---------------------------------------------------------------------

def test_the_county_word_is_the_county_its_paragraph_is_about():
    body = ("甘州区：今年以来，甘州区聚焦工业强区。1至9月，全区完成固定资产投资50.2亿元。\n"
            "临泽县：临泽县做强制种产业。1至9月，全县完成固定资产投资30.1亿元。")
    got = rows(body, title="张掖：县域经济各显其能", fields=("region", "value_normalized"))
    assert got == [("甘州区", 5_020_000_000), ("临泽县", 3_010_000_000)]


def test_where_a_county_lies_names_no_subject():
    body = "康乐县位于甘肃省中南部，临夏回族自治州东南端，于1940年建县。总人口30.91万人，其中农业人口占91.85%。"
    assert {o.region_code for o in by_name(body, title="康乐县宣传片").values()} == {"622922"}


def test_a_region_in_a_title_of_a_document_or_a_passing_market_is_not_the_owner():
    body = "临泽县印发《高台县产业发展规划》，积极对接兰州市场。全县完成固定资产投资50.95亿元。"
    assert rows(body, fields=("region",)) == [("临泽县",)]


def test_an_industrial_park_belongs_to_its_county_and_the_new_area_is_its_own_unit():
    body = "1至9月，金昌经济技术开发区完成工业增加值28.6亿元。兰州新区完成固定资产投资260亿元。"
    got = rows(body, title="甘肃：园区经济", fields=("region_code", "name"))
    # (the park's value added is a series of its own, not 金川区's 工业增加值)
    assert got == [("620302", "金昌经济技术开发区工业增加值"), ("620171", "固定资产投资")]


# -- names and series -------------------------------------------------------------------------

def test_a_qualifier_keeps_a_figure_out_of_the_broader_indicator():
    got = rows("2023年，全县劳务收入18.6亿元，农民工人均劳务收入1.2万元；风力发电量12亿千瓦时，发电量30亿千瓦时。",
               fields=("name", "unit_normalized"))
    assert got == [("劳务收入", "yuan"), ("农民工人均劳务收入", "yuan"), ("风力发电量", "kWh"), ("发电量", "kWh")]


# -- several figures in one construction ------------------------------------------------------

def test_respectively_distributes_over_a_list_of_regions():
    got = rows("1至9月，崇信县、华亭市一般公共预算收入分别增长8.2%、7.1%。", title="平凉：财政收入",
               fields=("region", "name", "kind", "value_normalized"))
    assert got == [("崇信县", "一般公共预算收入", "growth_rate", 8.2), ("华亭市", "一般公共预算收入", "growth_rate", 7.1)]


def test_a_figure_shared_by_listed_regions_gives_each_its_row():
    got = rows("2023年，甘州区、临泽县、高台县地区生产总值均突破100亿元。", title="张掖：县域经济",
               fields=("region", "name", "value_normalized", "approx"))
    assert got == [(r, "地区生产总值", 10_000_000_000, True) for r in ("甘州区", "临泽县", "高台县")]


def test_a_span_gives_two_dated_values():
    got = rows("漳县生产总值由2019年的38.6亿元增长到2023年的51.7亿元。", title="漳县：经济发展",
               published="2024-03-01T09:00:00+08:00")
    assert got == [("地区生产总值", 3_860_000_000, "2019-01-01", "2019-12-31"),
                   ("地区生产总值", 5_170_000_000, "2023-01-01", "2023-12-31")]


def test_an_undated_span_after_a_dated_one_takes_its_years():
    body = "旅游接待人数由2011年的65.16万人次增加到2017年的332.7万人次，综合收入由3.61亿元增加到14.49亿元。"
    found = rows(body, published="2018-01-05T09:00:00+08:00", fields=("value_normalized", "period_end"))
    assert (361_000_000, "2011-12-31") in found and (1_449_000_000, "2017-12-31") in found


def test_an_undated_lead_restating_dated_figures_takes_their_years():
    body = ("从荒滩到公园，从65.6亿元到93.2亿元的经济总量跃升，正宁县发展势头强劲。\n"
            "2020年，全县地区生产总值65.6亿元。2024年，全县地区生产总值93.2亿元。")
    found = rows(body, title="正宁：县域经济", published="2025-08-21T09:00:00+08:00",
                 fields=("name", "value_normalized", "period_end"))
    # the lead's undated copies are the same figures as the body's dated ones: one row each
    assert found == [("地区生产总值", 6_560_000_000, "2020-12-31"), ("地区生产总值", 9_320_000_000, "2024-12-31")]


def test_a_list_of_years_gives_one_figure_each():
    got = rows("2021年至2023年，全县新增市场主体分别为1800户、2100户、2500户。", published="2024-03-01T09:00:00+08:00")
    assert got == [("新增市场主体", 1800, "2021-01-01", "2021-12-31"), ("新增市场主体", 2100, "2022-01-01", "2022-12-31"),
                   ("新增市场主体", 2500, "2023-01-01", "2023-12-31")]


def test_an_early_year_article_opening_with_last_year_gives_it_to_flows_not_stocks():
    body = ("2020年，金塔县统筹疫情防控和经济社会发展。\n"
            "全县签约重点项目50个，签约金额172.38亿元，完成固定资产投资52.4亿元，增长8.1%。"
            "全县现有规上工业企业46家。")
    found = rows(body, title="金塔：为县域经济社会高质量发展蓄力聚能", published="2021-01-27T16:46:00+08:00",
                 fields=("value_normalized", "period_start", "period_end"))
    # projects signed over the year are gathered over it, like the money; the firms there are is a stock
    assert found == [(50, "2020-01-01", "2020-12-31"), (17_238_000_000, "2020-01-01", "2020-12-31"),
                     (5_240_000_000, "2020-01-01", "2020-12-31"), (46, "", "2021-01-27")]


def test_a_numbered_item_opening_with_qizhong_continues_the_item_before():
    body = ("7、2020年，全县实现地区生产总值526484万元。\n8、其中：第一产业增加值100638万元。\n"
            "10、三次产业结构比由上年的19.8∶12.6∶67.6转变为19.1∶12.9∶68.0。")
    found = rows(body, title="通渭县概况", published="2022-08-30T08:00:00+08:00",
                 fields=("name", "value_normalized", "period_start", "period_end"))
    assert found[1] == ("第一产业增加值", 1_006_380_000, "2020-01-01", "2020-12-31")
    # 上年 is the year before the one reported on, not the year before the article
    assert ("第一产业比重", 19.8, "2019-01-01", "2019-12-31") in found


def test_the_year_before_in_a_bulletin_counts_from_the_bulletins_year_however_long_its_title():
    found = rows("三产结构由上年的33.8:8.6:57.6调整为29.2:6.4:64.4。",
                 title="2022年甘南藏族自治州玛曲县人民政府国民经济和社会发展统计公报(2023年更新)",
                 published="2023-04-15T08:00:00+08:00", fields=("value_normalized", "period_end"))
    assert found[0] == (33.8, "2021-12-31") and found[3] == (29.2, "2022-12-31")


def test_a_stated_basis_value_is_the_same_indicator_for_the_basis_period():
    body = ("2010年1至4月，全县农业完成总产值13060万元，比去年同期的11020万元净增2040万元。"
            "1至4月，全县金融机构各项存款总额达到165249万元，比年初的157062万元增长5.21%。")
    found = rows(body, published="2010-05-20T09:00:00+08:00",
                 fields=("name", "value_normalized", "period_start", "period_end", "change_value", "change_pct"))
    assert found == [
        ("农业总产值", 130_600_000, "2010-01-01", "2010-04-30", 20_400_000, None),
        ("农业总产值", 110_200_000, "2009-01-01", "2009-04-30", None, None),
        ("各项存款总额", 1_652_490_000, "", "2010-04-30", None, 5.21),   # compared with a stock: one too
        ("各项存款总额", 1_570_620_000, "", "2010-01-01", None, None)]


def test_a_level_stated_after_its_growth_is_one_row_with_that_change():
    body = ("“十三五”期间，和“十二五”末相比，宁县城乡居民人均可支配收入分别增长44.6%、52.1%，分别达到33491元和10378元；"
            "全口径财政收入增长61.7%，达到3.91亿元；金融机构存贷款余额分别达到148.5亿元、71.3亿元。")
    found = rows(body, title="宁县“十三五”发展综述", published="2021-01-20T09:00:00+08:00",
                 fields=("name", "value_normalized", "change_pct", "period_start", "period_end"))
    assert found == [
        # a level reached over the five years: a flow for the last year, a balance on its last day
        ("城镇居民人均可支配收入", 33491, 44.6, "2020-01-01", "2020-12-31"),
        ("农村居民人均可支配收入", 10378, 52.1, "2020-01-01", "2020-12-31"),
        ("大口径财政收入", 391_000_000, 61.7, "2020-01-01", "2020-12-31"),
        ("存款余额", 14_850_000_000, None, "", "2020-12-31"),
        ("贷款余额", 7_130_000_000, None, "", "2020-12-31")]


def test_growths_of_a_list_of_products_go_one_to_each_product():
    body = ("上半年，全市16户去年新入规企业产能持续释放，电解镍、精炼铜、黄金、白银、铁产量分别增长7%、37.7%、26.3%、24%、50%，"
            "工业用电量增长7.1%。")
    found = rows(body, title="金昌市上半年经济运行", published="2023-07-25T09:00:00+08:00",
                 fields=("name", "value_normalized", "period_end"))
    # 去年 is part of what the 16户 are (enterprises that joined last year), not the period
    assert found[0][1:] == (16, "2023-06-30")
    assert found[1:] == [("电解镍产量", 7, "2023-06-30"),
                     ("精炼铜产量", 37.7, "2023-06-30"), ("黄金产量", 26.3, "2023-06-30"),
                     ("白银产量", 24, "2023-06-30"),   # silver, not 白银市
                     ("铁产量", 50, "2023-06-30"), ("工业用电量", 7.1, "2023-06-30")]


def test_projects_whose_investment_opens_the_sentence_own_the_bare_investment_after_a_period():
    body = ("今年全市86个重大项目经调整后计划总投资512.4亿元，1~7月完成投资233.1亿元。\n"
            "7月，续建项目新增投资31.2亿元，1~7月累计完成投资190.4亿元。新建项目新增投资8.6亿元，1~7月累计完成投资42.7亿元。")
    got = rows(body, title="某市：重大项目", published="2016-08-31T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("重大项目", 86), ("重大项目投资", 23_310_000_000),
                   ("续建项目新增投资", 3_120_000_000), ("续建项目投资", 19_040_000_000),
                   ("新建项目新增投资", 860_000_000), ("新建项目投资", 4_270_000_000)]


def test_a_rate_that_says_which_firms_are_counted_stays_in_their_name():
    body = "其中：产能利用率达到100%的企业88户，产能利用率在50—70%的企业26户，产能利用率在30%以下的企业9户。"
    assert rows(body, title="某市：工业", fields=("name", "value_normalized")) == [
        ("产能利用率达到100%的企业", 88), ("产能利用率在50—70%的企业", 26), ("产能利用率在30%以下的企业", 9)]


def test_a_year_before_a_list_of_measures_is_their_period_not_the_first_ones_name():
    body = "近年来，全县工业提速，2024年规上工业增加值、工业增加值分别增长12.2%、9.4%。"
    assert rows(body, title="某县：工业", published="2025-03-10T09:00:00+08:00", fields=("name", "period_end")) == [
        ("规模以上工业增加值", "2024-12-31"), ("工业增加值", "2024-12-31")]


def test_a_review_of_a_plan_keeps_each_figure_in_its_own_period_and_name():
    # 较“十五”末 is a basis, not the period of the next figures; an indicator before a plan's period
    # owns the bare verb after it; a share 在全省占比 is 占全省比重
    body = ("预计2010年，全县财政支出9亿元，较“十五”末净增6.5亿元，年均增长30.1%；全社会固定资产投资“十一五”期间"
            "累计完成86亿元，是“十五”期间的5.2倍。经济总量在全省占比较“十五”末提高0.2个百分点。")
    got = rows(body, title="某县：十一五综述", published="2010-12-20T09:00:00+08:00")
    assert got == [("财政支出", 900_000_000, "2010-01-01", "2010-12-31"),
                   ("固定资产投资", 8_600_000_000, "2006-01-01", "2010-12-31"),
                   ("地区生产总值占全省比重", 0.2, "2006-01-01", "2010-12-31")]   # (the plan's change)


def test_average_growths_against_a_plans_end_written_nian_jun_fen_bie_go_to_their_figures():
    body = "一产增加值、农民人均纯收入分别达到18.2亿元、7612元，较“十二五”末年均分别增长9.7%和10.4%。"
    got = rows(body, title="某县：十三五", published="2021-01-05T09:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("第一产业增加值", 9.7), ("农民人均纯收入", 10.4)]


def test_people_enrolled_in_insurance_are_counted():
    body = "2017年末，全州参加失业保险的职工有36670人，参加基本养老保险的人数40072人。"
    assert rows(body, title="临夏州改革开放40年", fields=("value_normalized", "period_end")) == [
        (36670, "2017-12-31"), (40072, "2017-12-31")]


@pytest.mark.parametrize("body, expected", [
    ("全县药材种植面积从1995年的5万亩发展到目前的25万亩左右。", [("药材种植面积", 50_000), ("药材种植面积", 250_000)]),
    # (an earlier value with no date of its own is no row: it would share the later one's series and day)
    ("工业增加值占GDP的比重由3.3%大幅提升至10.3%。", [("工业增加值占地区生产总值比重", 10.3)]),
    ("蜜瓜优质果率提升至85%，中药材常年总产量达5万吨。", [("蜜瓜优质果率", 85), ("中药材常年总产量", 50_000)]),
])
def test_the_later_value_of_a_span_and_a_level_reached_keep_their_names(body, expected):
    assert rows(body, fields=("name", "value_normalized")) == expected


def test_a_change_in_the_next_sentence_attaches_to_its_figures():
    body = "1至9月，全县接待游客412万人次，实现旅游综合收入23.7亿元。二者分别较2019年同期增长12%和15%。"
    got = rows(body, fields=("name", "change_pct"))
    assert got == [("旅游接待人次", 12), ("旅游综合收入", 15)]


def test_a_structure_ratio_gives_one_share_per_sector():
    got = rows("2022年，全县三次产业结构比为7.13:27.1:65.77。", fields=("name", "kind", "value_normalized", "unit_normalized"))
    assert got == [("第一产业比重", "share_or_rate", 7.13, "percent"), ("第二产业比重", "share_or_rate", 27.1, "percent"),
                   ("第三产业比重", "share_or_rate", 65.77, "percent")]


def test_three_sector_shares_listed_with_respectively_are_the_sector_shares():
    got = rows("2021年，三次产业增加值占GDP 的比重分别为18.1%、18.7%、63.2%。", fields=("name", "value_normalized"))
    assert got == [("第一产业比重", 18.1), ("第二产业比重", 18.7), ("第三产业比重", 63.2)]


@pytest.mark.parametrize("body, expected", [
    # the part's name before 占, the whole as the lexicon names it
    ("2009年，全县中药材产业总产值达4.86亿元，占全县GDP的50%。", "中药材产业总产值占地区生产总值比重"),
    # a share after a share is the same part's, in another whole
    ("全县药材种植面积25万亩，种植面积占全市的23%，占全省的12%。", "药材种植面积占全省比重"),
    ("全市清洁能源发电74.4亿千瓦时，占比超96%。", "清洁能源发电占比"),
    ("县列重点项目完成投资36.8亿元，占到年度计划投资的64.9%。", "县列重点项目投资占年度计划投资比重"),
])
def test_a_share_is_named_by_its_part_and_its_whole(body, expected):
    assert rows(body, fields=("name",))[-1] == (expected,)


def test_a_change_in_points_stated_with_a_share_is_its_change():
    got = rows("2023年，全县城镇化率达到45.3%，提高2.1个百分点。", fields=("name", "value_normalized", "change_points"))
    assert got == [("城镇化率", 45.3, 2.1)]


# -- rankings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body, name, rank", [
    ("1至9月，全县地区生产总值增长6.8%，增速居全市第二。", "地区生产总值增速全市排名", 2),
    ("2023年，全县规上工业增加值增速全国第6。", "规模以上工业增加值增速全国排名", 6),
    ("2023年，全县社会消费品零售总额居全市首位。", "社会消费品零售总额全市排名", 1),
])
def test_rankings_are_named_by_indicator_and_scope(body, name, rank):
    got = [(o.name, o.value_normalized) for o in extract_indicators("临泽：经济运行", body, PUBLISHED).observations
           if o.kind == "ranking"]
    assert got == [(name, rank)]


def test_trade_partners_listed_before_one_measure_each_take_it():
    got = rows("上半年，甘肃省对哈萨克斯坦、东盟和欧盟进出口值分别为82.3亿元、26.1亿元和21.2亿元。", title="甘肃外贸",
               published="2022-07-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("对哈萨克斯坦进出口值", 8_230_000_000), ("对东盟进出口值", 2_610_000_000),
                   ("对欧盟进出口值", 2_120_000_000)]


def test_regions_listed_among_the_first_places_each_get_the_rank_and_their_figure():
    got = rows("清明假期，省内接待游客总数前五位的地区分别是天水、兰州、张掖、平凉、陇南市，分别为47.6、35.7、31、23.8、"
               "20.03万人次；旅游总收入前三位的地区分别是天水、兰州和张掖，分别为2.79、2.7、1.67亿元。", title="甘肃清明旅游",
               published="2014-04-08T09:00:00+08:00", fields=("name", "region", "value_normalized"))
    visits = [("旅游接待人次全省排名", region, 5) for region in ("天水市", "兰州市", "张掖市", "平凉市", "陇南市")]
    counts = [("旅游接待人次", region, value) for region, value in (
        ("天水市", 476_000), ("兰州市", 357_000), ("张掖市", 310_000), ("平凉市", 238_000), ("陇南市", 200_300))]
    # (the second list names no scope: it ranks among the same peers as the first)
    income = [("旅游综合收入全省排名", region, 3) for region in ("天水市", "兰州市", "张掖市")]
    amounts = [("旅游综合收入", region, value) for region, value in (
        ("天水市", 279_000_000), ("兰州市", 270_000_000), ("张掖市", 167_000_000))]
    assert got == [row for pair in zip(visits, counts, strict=True) for row in pair] + \
        [row for pair in zip(income, amounts, strict=True) for row in pair]


def test_growths_written_after_each_listed_region_and_the_same_regions_ranked_again():
    got = rows("国庆期间，接待游客前三位的地区分别为：天水、兰州、张掖，这三地也是收入排列前三的区域。其中，游客接待增幅前两位的地区"
               "分别是临夏38.5%、天水30.4%。", title="甘肃国庆旅游", published="2017-10-09T09:00:00+08:00",
               fields=("name", "region", "value_normalized", "kind"))
    assert got == [("旅游接待人次排名", r, 3, "ranking") for r in ("天水市", "兰州市", "张掖市")] + \
        [("旅游综合收入排名", r, 3, "ranking") for r in ("天水市", "兰州市", "张掖市")] + [
        ("旅游接待人次增速排名", "临夏回族自治州", 2, "ranking"), ("旅游接待人次", "临夏回族自治州", 38.5, "growth_rate"),
        ("旅游接待人次增速排名", "天水市", 2, "ranking"), ("旅游接待人次", "天水市", 30.4, "growth_rate")]


def test_regions_that_take_the_first_places_in_order_rank_one_two_three():
    got = rows("金昌、兰州、天水前5月进出口总值分列前三。", title="甘肃外贸", published="2018-06-20T09:00:00+08:00",
               fields=("name", "region", "value_normalized", "period_end"))
    assert got == [("进出口总额排名", "金昌市", 1, "2018-05-31"), ("进出口总额排名", "兰州市", 2, "2018-05-31"),
                   ("进出口总额排名", "天水市", 3, "2018-05-31")]


def test_as_many_regions_as_counted_each_take_the_figure_in_brackets_after_them():
    got = rows("1-9月，3个市州工业固定资产投资增幅超全省平均水平，分别为白银市(42.2%)、天水市(29.3%)、定西市(22.2%)。"
               "2个市州工业固定资产投资负增长，张掖市(-5.1%)、甘南州(-9.2%)。", title="甘肃工业投资",
               published="2025-10-31T09:00:00+08:00", fields=("name", "region", "value_normalized", "period_end"))
    assert got == [("工业固定资产投资", region, value, "2025-09-30") for region, value in (
        ("白银市", 42.2), ("天水市", 29.3), ("定西市", 22.2), ("张掖市", -5.1), ("甘南藏族自治州", -9.2))]
    # a list shorter than its count is not read as one
    assert rows("1-9月，7个市州工业固定资产投资增幅超全省平均水平，分别为白银市(42.2%)、天水市(29.3%)。", title="甘肃工业投资",
                published="2025-10-31T09:00:00+08:00") == []


def test_every_item_after_the_header_of_a_list_of_scenic_spots_is_one_places():
    got = rows("清明期间，全省共接待游客208.62万人次。全省主要旅游景区接待情况为：宕昌官鹅沟5.8万人次、天水麦积山5.78万人次、"
               "敦煌莫高窟0.4万人次。清明期间，全省实现旅游收入11.93亿元。", title="甘肃清明旅游",
               published="2014-04-08T09:00:00+08:00", fields=("name",))
    assert got == [("旅游接待人次",), ("旅游综合收入",)]   # (the list ends with its sentence)


def test_a_task_stated_as_its_amount_is_a_plan_and_a_tourism_total_is_the_lexicons():
    got = rows("2012年省政府与酒泉市签订的招商引资任务是254亿元。酒泉市将招商引资任务确定为500亿元以上。上半年，全市旅游接待总人数"
               "达到1029.3万人次。", title="酒泉招商", published="2012-07-27T09:00:00+08:00", fields=("name",))
    assert got == [("旅游接待人次",)]


def test_products_listed_before_one_measure_or_two_written_together_share_the_rank():
    got = rows("甘肃省人工种植中药材、高原夏菜面积产量均居全国第一，马铃薯、苹果产量均居全国第三。", title="甘肃土特产",
               published="2024-10-12T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("人工种植中药材面积全国排名", 1), ("人工种植中药材产量全国排名", 1), ("高原夏菜面积全国排名", 1),
                   ("高原夏菜产量全国排名", 1), ("马铃薯产量全国排名", 3), ("苹果产量全国排名", 3)]


def test_loans_by_borrower_keep_their_series_new_lending_is_apart_and_balances_are_a_quarters_end():
    got = rows("截至一季度末，全省金融机构各项贷款余额28531亿元，同比增长6.3%。一季度，全省新增贷款1041亿元。全省金融机构"
               "企业贷款余额21098亿元，其中，企业中长期贷款余额15273亿元。", title="甘肃一季度金融",
               published="2024-04-25T09:00:00+08:00")
    assert got == [("贷款余额", 2_853_100_000_000, "", "2024-03-31"),
                   ("新增贷款", 104_100_000_000, "2024-01-01", "2024-03-31"),
                   ("企业贷款余额", 2_109_800_000_000, "", "2024-03-31"),
                   ("企业中长期贷款余额", 1_527_300_000_000, "", "2024-03-31")]


def test_a_class_of_goods_keeps_the_sales_it_achieved():
    got = rows("1-7月，全省限额以上汽车类商品实现零售额164.2亿元。", title="甘肃消费", published="2017-08-25T09:00:00+08:00",
               fields=("name",))
    assert got == [("限额以上汽车类商品零售额",)]


def test_world_and_asian_ranks_and_the_head_of_a_list_are_ranks_but_a_rank_before_de_is_an_attribute():
    got = rows("金昌市镍储量居世界第三、亚洲第一，铜、钴储量位居全国第二，铂、钯、锇等稀贵金属储量位居全国之首。", title="金昌",
               published="2021-06-17T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("镍储量世界排名", 3), ("镍储量亚洲排名", 1), ("铜储量全国排名", 2), ("钴储量全国排名", 2),
                   ("稀贵金属储量全国排名", 1)]   # (铂、钯、锇等: examples of one class, one row)
    got = rows("张掖市现有世界排名前十的种业企业6家。", title="张掖种业", published="2025-06-17T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("世界排名前十的种业企业", 6)]
    # a title, not a rank: 世界 is a scope only after a verb of ranking or after another rank
    assert rows("什川镇被认证为“世界第一古梨园”。", title="皋兰", published="2013-06-17T09:00:00+08:00") == []


def test_indicators_listed_before_one_rank_held_for_years_each_take_it():
    got = rows("嘉峪关市人均国内生产总值、人均大口径财政收入、城镇居民人均可支配收入多年名列全省之首。", title="嘉峪关",
               published="2007-06-17T09:00:00+08:00", fields=("name",))
    assert got == [("人均地区生产总值全省排名",), ("人均大口径财政收入全省排名",), ("城镇居民人均可支配收入全省排名",)]


def test_a_list_of_spots_after_its_count_or_a_header_with_visits_is_one_places_each():
    got = rows("五一期间，全省接待游客588万人次。全省三家5A级旅游景区接待游客分别为天水麦积山风景名胜区10.9万人次、平凉崆峒山"
               "9.5万人次。其他重点景区接待游客情况为：永靖黄河三峡15.5万人次、张掖国家湿地公园5.4万人次。", title="甘肃五一旅游",
               published="2014-05-06T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("旅游接待人次", 5_880_000), ("5A级旅游景区", 3)]


def test_signings_after_a_fairs_ceremony_opening_their_sentence_are_the_fairs():
    got = rows("7月7日，第二十二届兰洽会兰州新区专场推介会暨重点项目签约仪式在兰州举行，共签约项目32项，总投资241.65亿元。",
               title="兰州新区签约", published="2016-07-10T09:00:00+08:00", fields=("name",))
    assert got == [("兰洽会签约项目",), ("兰洽会签约项目总投资",)]


def test_dao_before_a_year_end_keeps_it_a_day_as_zhi_does():
    got = rows("到去年底，全市羊饲养量达到407万只，出栏167万只。", title="酒泉肉羊", published="2008-07-22T09:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("羊饲养量", "", "2007-12-31"), ("羊出栏", "", "2007-12-31")]
    # (without 到, 年底 before a flow is the year's)
    assert rows("去年底，全市羊出栏167万只。", title="酒泉肉羊", published="2008-07-22T09:00:00+08:00",
                fields=("period_start", "period_end")) == [("2007-01-01", "2007-12-31")]


def test_an_old_town_after_qizhong_is_one_places_and_a_county_named_park_is_the_countys():
    got = rows("国庆假日期间，全市累计接待游客400.25万人次。其中，天水古城接待游客24.87万人次。",
               title="天水国庆", published="2024-10-09T09:00:00+08:00", fields=("value_normalized",))
    assert got == [(4_002_500,)]
    got = rows("清明期间，全省共接待游客317.6万人次。如白银会宁会师旧址接待游客2.2万人次，张掖高台西路军纪念馆接待游客6.8万人次。"
               "全县各纪念馆接待游客10万人次。", title="甘肃清明旅游", published="2016-04-06T10:00:00+08:00",
               fields=("value_normalized",))
    assert got == [(3_176_000,), (100_000,)]   # (a memorial site's, a memorial hall's: one place's each)
    got = rows("张掖经济技术开发区规划建设项目103项，总投资1021亿元。民乐生态工业园区被确定为全省循环经济示范园区，规划建设项目70项，"
               "总投资406亿元。", title="张掖", published="2013-11-15T09:00:00+08:00", fields=("region", "value_normalized"))
    assert got == [("甘州区", 102_100_000_000), ("民乐县", 40_600_000_000)]   # (the projects planned: a plan)


def test_signings_during_any_fair_set_in_the_clause_before_are_the_fairs_and_a_loans_balance_is_that_loans():
    got = rows("二是组团招商，共签约招商项目140个。三是节会招商，市级领导带队参加了重点节会，在“新展会”“酒洽会”期间，酒泉市共签约"
               "招商项目83个。累计发放脱贫人口小额信贷803亿元，贷款余额216亿元。", title="酒泉招商",
               published="2012-07-27T09:00:00+08:00", fields=("name",))
    assert got == [("签约招商项目",), ("酒洽会签约招商项目",), ("脱贫人口小额信贷",), ("脱贫人口小额信贷贷款余额",)]


def test_last_years_growth_in_brackets_is_the_same_indicators_and_county_and_below_is_a_qualifier():
    got = rows("上半年，全省县及县以下社会消费品零售额为194.62亿元，同比增长19.50%，增幅比去年同期(17.86%)提高1.64个百分点。",
               title="甘肃农村消费", published="2009-07-20T09:00:00+08:00",
               fields=("name", "kind", "value_normalized", "period_start", "period_end"))
    assert got == [("县及县以下社会消费品零售额", "amount", 19_462_000_000, "2009-01-01", "2009-06-30"),
                   ("县及县以下社会消费品零售额", "growth_rate", 17.86, "2008-01-01", "2008-06-30")]


def test_the_countrys_average_and_a_target_in_brackets_are_comparisons_and_the_rank_is_the_growths():
    got = rows("1-10月，全省工业固定资产投资同比增长16.1%，超出全国平均水平(12.3%)3.8个百分点，高于调度目标(12%)4.1个百分点，"
               "位居全国第8位。", title="甘肃工业投资", published="2024-11-29T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("工业固定资产投资", 16.1), ("工业固定资产投资增速全国排名", 8)]
    got = rows("1-9月，全省工业固定资产投资同比增长6.4%，与全国平均水平(6.4%)持平，位居全国第19位。", title="甘肃工业投资",
               published="2025-10-31T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("工业固定资产投资", 6.4), ("工业固定资产投资增速全国排名", 19)]


def test_another_region_then_only_wei_takes_the_figure_before_it_for_itself():
    got = rows("1-9月，兰州新区规上工业增加值同比增长18.1%，临夏州为15.7%，定西市为12.9%。2023年，临泽县生产总值12亿元，"
               "高台县为9亿元。", title="甘肃工业", published="2024-11-06T09:00:00+08:00", fields=("name", "region", "value_normalized"))
    assert got == [("规模以上工业增加值", "兰州新区", 18.1), ("规模以上工业增加值", "临夏回族自治州", 15.7),
                   ("规模以上工业增加值", "定西市", 12.9), ("地区生产总值", "临泽县", 1_200_000_000),
                   ("地区生产总值", "高台县", 900_000_000)]


def test_industries_after_qizhong_are_parts_of_the_amount_before_and_a_bare_total_after_an_addition_is_all_of_it():
    got = rows("1-9月，全省社会消费品零售总额完成596.99亿元。其中：批发业完成70.55亿元，零售业完成410.5亿元。新增新能源装机"
               "1200万千瓦，总量突破5000万千瓦。", title="甘肃", published="2023-10-26T09:00:00+08:00", fields=("name",))
    assert got == [("社会消费品零售总额",), ("批发业社会消费品零售总额",), ("零售业社会消费品零售总额",), ("新能源新增装机",),
                   ("新能源装机",)]


def test_a_bare_measure_after_a_fruit_trees_area_is_the_fruits():
    got = rows("目前，全市苹果树栽植面积达到177万亩，挂果面积达到84万亩。", title="庆阳苹果", published="2020-11-30T09:00:00+08:00",
               fields=("name",))
    assert got == [("苹果树栽植面积",), ("苹果挂果面积",)]


def test_deposit_and_loan_balances_written_together_pair_with_their_two_figures():
    got = rows("金融机构存贷款余额82.51亿元和45.06亿元。", title="舟曲", published="2022-02-10T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("存款余额", 8_251_000_000), ("贷款余额", 4_506_000_000)]


def test_the_rounds_lists_and_balances_never_file_a_figure_under_a_wider_or_wrong_series():
    """What a review of the round found (each had given an exact wrong value or a wrong region)."""
    published = "2024-10-01T09:00:00+08:00"
    # a place among the first five is a bound, not the place: approximate, so never compared with one stated
    got = extract_indicators("甘肃清明旅游", "清明假期，省内接待游客总数前三位的地区分别是天水、兰州、张掖。", published)
    assert {(o.value_normalized, o.approx) for o in got.observations} == {(3, True)}
    # a fall said in words, its figures written without a minus
    assert rows("1-9月，2个市州工业固定资产投资负增长，分别为张掖市(5.1%)、甘南州(9.2%)。", title="甘肃", published=published,
                fields=("value_normalized",)) == [(-5.1,), (-9.2,)]
    # the number of a rank before 的 is read whole (not 第1 of 第12)
    assert rows("2023年，临泽县地区生产总值增长8%，位居全市第12的好位次。", published=published,
                fields=("value_normalized",)) == [(8,), (12,)]
    # what was added to a balance over months is no balance at their end
    assert rows("1-5月，全省贷款余额新增800亿元。", title="甘肃金融", published=published,
                fields=("period_start", "period_end")) == [("2024-01-01", "2024-05-31")]
    # the province's balance after its new lending is the province's, and a bare total after new jobs no name
    assert rows("1-9月，全省新增贷款1041亿元，贷款余额2.49万亿元。", title="甘肃金融", published=published,
                fields=("name",)) == [("新增贷款",), ("贷款余额",)]
    assert ("就业",) not in rows("今年，全市新增就业1.2万人，总量达到30万人。", title="甘肃", published=published,
                                 fields=("name",))
    # industries listed after GDP are its value added (the lexicon's), not a new 工业地区生产总值
    assert rows("2023年，全县地区生产总值100亿元。其中，工业35亿元，服务业45亿元。", published=published,
                fields=("name",))[1:] == [("工业增加值",), ("服务业增加值",)]
    # the band regions are counted by is no part of their figures' name
    assert rows("1-9月，3个县区生产总值超百亿元，分别为甘州区(120亿元)、临泽县(105亿元)、高台县(101亿元)。", title="张掖",
                published=published, fields=("name",)) == [("地区生产总值",)] * 3


def test_a_list_of_first_places_shorter_than_its_number_is_not_read():
    assert rows("接待游客前五位的地区分别是天水、兰州等市州。", title="甘肃清明旅游",
                published="2014-04-08T09:00:00+08:00") == []


# -- rule scopes and forms --------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("1至9月，全县规上工业增加值增长-3.2%。", [("规模以上工业增加值", -3.2)]),
    ("1至9月，全县旅游综合收入增长2.3倍。", [("旅游综合收入", 230.0)]),
    ("1至9月，全县一般公共预算收入较2022年同期增长8.6%。", [("一般公共预算收入", 8.6)]),
    ("1至9月，全县规上工业增加值保持两位数增长。", [("规模以上工业增加值", 10.0)]),
    ("1至9月，全县农民人均纯收入年平均涨幅超过15%。", [("农民人均纯收入", 15.0)]),
    ("1至9月，其中一二三产增加值分别同比增长8.8%、12.1%和5.6%。",   # (sectors written without marks)
     [("第一产业增加值", 8.8), ("第二产业增加值", 12.1), ("第三产业增加值", 5.6)]),
])
def test_growth_forms(body, expected):
    assert rows(body, fields=("name", "value_normalized")) == expected


@pytest.mark.parametrize("body", [
    "宣讲团开展宣讲48场，受众达6200多人次。",                   # an activity's audience
    "他今年种植马铃薯30亩，收入8万元。",                        # one person
    "义诊活动现场，医务人员为群众义诊320人次。",
    "今年全县推广半夏种植，保证种一亩见效一亩。",                  # a bare 一: a determiner
    "村民杨福荣家的果园管理60多亩，年收入30多万元。",             # one household
    "全县60万只高山细毛羊基地、10万头肉牛养殖基地初具规模。",       # bases' designed scale, not herds
])
def test_figures_that_are_not_the_regions_economy(body):
    assert rows(body) == []


@pytest.mark.parametrize("body, kept", [
    # a villager introduced, then his household's figures in the next paragraph (no region named)
    ("今年全县蔬菜种植面积达到32万亩。走进车岸村蔬菜产业园，村民车红民正忙着除杂草。\n"
     "车红民家建了3个大棚，一年下来，全家收入有10多万元。", [320_000]),
    # a co-operative's head, then what 他 says of it; the county's figure after it names the county
    ("王玉红是宏盛中药材种植合作社的负责人，据他介绍，今年合作社种植了400亩半夏，投资了800万元。"
     "今年全县半夏种植面积达到5.2万亩。", [52_000]),
    # a paragraph about one town (该镇…), then the county's figure in the next
    ("民勤县东湖镇坚持产业赋能。\n该镇按照要求，茴香、葵花种植面积较2023年分别增加16%、31%。肉羊存栏量达21万只。\n"
     "全县茴香种植面积达10万亩。", [100_000]),
])
def test_a_person_a_feature_paragraph_is_about_owns_its_unregioned_figures(body, kept):
    assert [v for (v,) in rows(body, fields=("value_normalized",))] == kept


@pytest.mark.parametrize("title, towns", [
    # a feature whose headline leads with one town is the town's, paragraph after paragraph, until
    # a paragraph opens with the county
    ("【和美乡村看甘肃】榆中县园子岔乡:百合鼓起农民的钱袋子", False),
    ("榆中县：百合鼓起农民的钱袋子", True),   # the county's feature: every paragraph is the county's
])
def test_a_feature_a_headline_gives_to_one_town_is_the_towns_until_a_paragraph_names_the_county(title, towns):
    body = ("榆中县园子岔乡地处榆中北部山区，总面积268.7平方公里。\n"
            "近年来，当地政府全力打造百合特色产业。2023年，百合留床面积4.8万亩，百合产业产值达2.1亿元。\n"
            "该辖区有百合保鲜库33座。\n"
            "榆中县百合产业加快发展，2023年全县百合产值达2.2亿元。")
    values = [v for (v,) in rows(body, title=title, fields=("value_normalized",))]
    assert 220_000_000 in values   # the county's, in a paragraph it opens
    assert (48_000 in values and 33 in values) is towns


def test_a_sector_before_its_projects_count_names_them_and_their_investment():
    body = "已开工的84个重大项目中，工交能源23个项目，完成投资13.63亿元；商贸流通29个项目，完成投资12.4亿元。"
    got = rows(body, title="兰州：重大项目", published="2016-05-04T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got][1:] == ["工交能源项目", "工交能源项目投资", "商贸流通项目", "商贸流通项目投资"]


def test_towns_counted_with_what_they_grow_are_no_one_town():
    body = "目前全县形成了7个苹果种植专业乡，60个专业村，苹果种植面积达到50万亩。"
    got = rows(body, title="静宁：苹果成为支柱产业", published="2008-11-10T09:00:00+08:00", fields=("value_normalized",))
    assert (60,) in got and (500_000,) in got


@pytest.mark.parametrize("title, names", [
    ("玉门工业园：产业招商书写高质量发展答卷", ["园区工业增加值", "地区生产总值"]),   # a sentence naming a region: its
    ("玉门：产业招商书写高质量发展答卷", ["工业增加值", "地区生产总值"]),
])
def test_a_headline_about_one_park_gives_it_the_figures_of_sentences_that_name_no_region(title, names):
    body = "前三季度，实现工业增加值4.37亿元。玉门市地区生产总值完成200亿元。"
    assert [n for (n,) in rows(body, title=title, published="2025-10-20T09:00:00+08:00", fields=("name",))] == names


@pytest.mark.parametrize("body, kept", [
    # an official introduced as 他 states the county's figures
    ("记者采访了县农业农村局局长李明，他告诉记者，近年来，临洮县大力发展马铃薯产业。今年马铃薯种植面积达到50万亩，产值15亿元。",
     [500_000, 1_500_000_000]),
    # 该镇 inside a paragraph about the county: that one figure is the town's, not the rest
    ("临洮县积极发展中药材产业。辛店镇是全县中药材种植大镇，该镇种植面积达2万亩。今年中药材总产量达15万吨。", [150_000]),
    # words that are no names (介绍, 正在) introduce nobody, in their paragraph or later ones
    ("企业负责人介绍，公司计划扩大生产。\n据县统计局介绍，今年中药材总产量达15万吨。", [150_000]),
    ("村民车红民正在家门口的大棚里忙碌。\n目前正在建设的蔬菜基地有12个，今年蔬菜产量达15万吨。", [12, 150_000]),
    # a person named again beside the county, or a sentence the county opens: the county's again
    ("村民车红民正忙着除杂草。\n车红民家建了3个大棚。\n车红民只是临洮县众多菜农的一个缩影。今年蔬菜种植面积达到32万亩。",
     [320_000]),
    ("村民车红民正忙着除杂草。车红民家建了3个大棚。临洮县大力发展蔬菜产业。今年蔬菜种植面积达到32万亩。", [320_000]),
    # herds listed number-last beside a count of bases are herds
    ("全县肉牛存栏10万头、肉羊存栏50万只、标准化养殖基地20个。", [100_000, 500_000, 20]),
])
def test_a_feature_paragraph_does_not_take_the_countys_own_figures(body, kept):
    assert [v for (v,) in rows(body, title="临洮县", fields=("value_normalized",))] == kept


@pytest.mark.parametrize("body, kept", [
    ("按常住人口计算，人均地区生产总值99359元，高于全市平均水平12645元。", [99359]),   # a gap to an average
    ("今年前三季度，规上工业增加值增长11.8%，增速高出全省平均水平(7.5%)4.3个百分点。", [11.8]),
    ("当年完成到位资金22.5亿元，占年计划28亿元的80%。", [2_250_000_000, 80]),   # the plan itself is no figure
    ("2012年，全县GDP达到12.19亿元，比建州初增长了近679.8倍。", [1_219_000_000]),   # a history base
    # what is to be built, and what a project would do once built
    ("全县苹果面积达到27.2万亩，“十二五”时期将建成50万亩苹果基地，全县农民人均拥有1亩苹果园。", [272_000]),
    ("全市新能源装机628.4万千瓦。该项目建成投运后每年可发电9亿多千瓦时，节约标煤近30万吨。", [6_284_000]),
])
def test_gaps_plans_and_history_bases_are_not_figures(body, kept):
    assert [v for (v,) in rows(body, fields=("value_normalized",))] == kept


def test_a_head_count_followed_by_its_share_is_a_figure():
    body = "陇南市常住人口中，男性人口为1227642人占51%。"
    assert rows(body, title="陇南人口", fields=("name", "value_normalized"))[0] == ("男性人口", 1_227_642)


def test_a_change_of_the_share_is_the_shares():
    body = "全县实现十大生态产业增加值33.3亿元，占地区生产总值的比重为38.2%，比重较上年提升5.5个百分点。"
    found = by_name(body)
    assert found["十大生态产业增加值占地区生产总值比重"].change_points == 5.5 and len(found) == 2


def test_a_size_band_is_part_of_the_name_of_the_figure_after_it():
    assert rows("全县谋划3亿元至8亿元项目12个。", fields=("name", "value_normalized")) == [("谋划3亿元至8亿元项目", 12)]


def test_a_growth_above_a_level_is_a_growth_not_a_threshold():
    assert rows("1至9月，全县规上工业增加值保持15%以上的增速。", fields=("name", "kind", "value_normalized", "approx")) == [
        ("规模以上工业增加值", "growth_rate", 15.0, True)]


def test_progress_against_the_annual_plan_is_an_indicator():
    assert rows("1至9月，全县固定资产投资完成年度计划的85%。", fields=("kind", "value_normalized")) == [
        ("share_or_rate", 85.0)]


def test_a_count_of_economic_entities_written_number_first_is_an_indicator():
    assert rows("今年，全县新培育47家农民专业合作社，2个世界500强企业落户临泽。", fields=("name", "value_normalized")) == [
        ("农民专业合作社", 47), ("世界500强企业", 2)]


def test_a_count_of_firms_a_measure_reached_is_not():
    assert rows("今年，全县为579户企业减税降费793万元。", fields=("name", "value_normalized")) == [("减税降费", 7_930_000)]


def test_magnitudes_in_words_are_approximate_indicators():
    got = rows("2023年，全县马铃薯产量占全省近三分之一。", fields=("kind", "value_normalized", "approx"))
    assert got == [("share_or_rate", pytest.approx(100 / 3), True)]
    # about half, quoted or not; 撑起 a share as 占 is
    got = rows("乡村旅游收入已占到该县旅游总收入的“半壁江山”。乡村游撑起了全县旅游市场的半壁江山。",
               fields=("name", "kind", "value_normalized", "approx"))
    assert got == [("乡村旅游收入占旅游综合收入比重", "share_or_rate", 50.0, True),
                   ("乡村游占旅游市场比重", "share_or_rate", 50.0, True)]
    # a slogan or target in quotation marks is still none (提出了旅游“百亿元”的产业目标)
    assert rows("全县提出了旅游“百亿元”的产业目标。") == []


def test_a_space_between_number_and_unit_changes_nothing():
    assert rows("2022年，全县地区生产总值318260 万元。", fields=("value_normalized",)) == [(3_182_600_000,)]


# -- 预计: a forecast, or the preliminary figure of a period that is over -------------------------

def test_an_estimate_of_a_period_already_over_is_its_preliminary_figure():
    body = "预计2015年全县地区生产总值达到30.7亿元，年均增长11.7%。"
    assert rows(body, published="2016-01-19T09:00:00+08:00")[0] == (
        "地区生产总值", 3_070_000_000, "2015-01-01", "2015-12-31")


@pytest.mark.parametrize("body, published", [
    ("预计全年完成地区生产总值870亿元。", "2022-12-11T09:00:00+08:00"),   # the year is not over yet
    ("预计2025年全县地区生产总值达到50亿元。", "2023-11-23T09:00:00+08:00"),
    ("全县预计完成工业增加值14600万元。", "2010-03-23T09:00:00+08:00"),     # no period: a forecast
])
def test_an_estimate_of_a_period_not_over_is_a_forecast(body, published):
    assert rows(body, published=published) == []


def test_a_change_against_last_year_end_is_the_change_of_the_stock_before_it():
    body = "2022年，全县常住人口53.48万人，比上年末增加0.16万人。"
    [row] = rows(body, fields=("name", "value_normalized", "change_value", "period_start", "period_end"))
    assert row == ("常住人口", 534_800, 1_600, "", "2022-12-31")   # a stock at the year's end, not a year


# -- rankings: a named region as scope, a rank after a rank, the later rank of a span -------------

def test_a_rank_within_a_named_prefecture_is_ranked_in_the_whole_of_it():
    body = "2022年，古浪县地区生产总值增长8.2%，增速居武威市第二位。"
    assert rows(body, fields=("name", "value_normalized", "kind"))[-1] == ("地区生产总值增速全市排名", 2, "ranking")


def test_a_rank_after_a_rank_ranks_the_same_indicator_in_its_own_scope():
    body = "2022年，全县核桃种植面积居全省第一、全国第四。"
    assert rows(body, fields=("name", "value_normalized")) == [("核桃种植面积全省排名", 1), ("核桃种植面积全国排名", 4)]


def test_the_later_rank_of_a_span_ranks_what_the_earlier_one_ranked():
    body = "全市经济总量由2011年的全省第5位上升到2015年的第3位。"
    assert rows(body, published="2016-11-01T09:00:00+08:00") == [
        ("地区生产总值全省排名", 5, "2011-01-01", "2011-12-31"),
        ("地区生产总值全省排名", 3, "2015-01-01", "2015-12-31")]


def test_a_growth_after_a_rank_is_not_the_ranks_change():
    body = "2015年，全市经济总量居全省第3位，年均增长10.3%。"
    [rank, *_] = extract_indicators("临泽：经济运行", body, PUBLISHED).observations
    assert (rank.kind, rank.change_pct) == ("ranking", None)


@pytest.mark.parametrize("body, expected", [
    ("去年，全市生产总值完成299.6亿元，同比增长7.4%，全省排名第2位。", [("地区生产总值增速全省排名", 2)]),
    ("前三季度，全市地区生产总值达657.7亿元，同比增长9.8%，总值位列全省第三，增速位列全省第二。",
     [("地区生产总值全省排名", 3), ("地区生产总值增速全省排名", 2)]),
    ("2022年，农村居民人均可支配收入9682元、增长8%，增速连续四年位居武威市第一。",
     [("农村居民人均可支配收入增速全市排名", 1)]),
    ("2015年，全市经济总量居全省第3位。", [("地区生产总值全省排名", 3)]),
])
def test_a_rank_after_a_growth_ranks_the_growth_unless_it_names_the_level(body, expected):
    got = [(o.name, o.value_normalized) for o in extract_indicators("临泽：经济运行", body, PUBLISHED).observations
           if o.kind == "ranking"]
    assert got == expected


def test_one_with_a_multiplier_or_a_doubling_is_still_a_figure():
    got = rows("2023年，全县农民人均可支配收入一万多元，蔬菜产量增长一倍。", fields=("name", "value_normalized"))
    assert got == [("农村居民人均可支配收入", 10_000), ("蔬菜产量", 100)]   # 一倍: +100%


def test_a_change_against_a_named_census_is_the_figures_and_a_bare_change_is_no_row():
    body = ("陇南市常住人口为240.73万人，与第六次人口普查相比减少16.04万人。"
            "礼县常住人口为42.41万人，与第六次人口普查相比，礼县减少3.41万人。")
    got = rows(body, title="陇南人口", published="2021-06-01T09:00:00+08:00",
               fields=("name", "value_normalized", "change_value"))
    assert got == [("常住人口", 2_407_300, -160_400), ("常住人口", 424_100, None)]   # never a row named 减少


def test_a_year_of_history_leads_only_its_own_sentence():
    body = "康乐县于1940年设县，总面积1083平方公里。总人口30.91万人。"
    got = rows(body, title="康乐县概况", published="2023-03-01T09:00:00+08:00")
    assert got[-1] == ("总人口", 309_100, "", "2023-03-01")   # as reported on, not 1940


@pytest.mark.parametrize("body", [
    "专班累计解难题230余件，代办手续120余项。",                     # paperwork
    "会议应到代表200名，请假21名。",                                 # people at one event
])
def test_paperwork_and_attendance_are_not_indicators(body):
    assert rows(body) == []


def test_trees_are_counted_and_a_modal_or_estimate_word_is_not_part_of_a_name():
    got = rows("2023年，全县栽植各类苗木30.9万株，花椒年产值可达700万元。", fields=("name", "value_normalized"),
               published="2024-01-20T09:00:00+08:00")
    assert got == [("各类苗木", 309_000), ("花椒产值", 7_000_000)]


def test_what_the_unfinished_years_harvest_can_reach_is_an_expectation():
    body = "今年全县蜜瓜种植面积12万亩，可产优质蜜瓜28万吨以上，产值可达7亿元以上。"
    got = rows(body, published="2012-07-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("蜜瓜种植面积", 120_000)]


def test_a_level_written_before_its_measure_is_a_figure_not_a_threshold():
    body = "“十四五”期间，全县保持年均135万亩以上的粮食播种面积、32万吨以上的粮食产量。"
    got = rows(body, published="2025-12-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("年均粮食播种面积", 1_350_000), ("粮食产量", 320_000)]   # 年均 is a qualifier: kept
    assert rows("全县农民人均纯收入的70%以上都来自果品收入。", fields=("value_normalized",)) != []


def test_an_age_is_part_of_the_name_after_it():
    got = rows("全市60岁及以上人口45.2万人。", title="陇南人口", fields=("name", "value_normalized"))
    assert got == [("60岁及以上人口", 452_000)]


@pytest.mark.parametrize("body, name", [
    ("2023年，全县苹果种植面积51万亩，实现产值45亿元。", "苹果产值"),      # 实现 says nothing of what is measured
    ("2023年，全县重点项目完成投资5亿元。", "重点项目投资"),
    ("2023年，居民消费价格中，其他用品和服务上涨1.2%。", "其他用品和服务"),
])
def test_a_neutral_verb_before_an_output_is_not_part_of_its_name(body, name):
    assert name in [n for (n,) in rows(body, fields=("name",))]


def test_firms_measures_stay_in_their_sentence():
    body = ("1-5月，全市规模以上工业企业实现营业收入437.4亿元，实现利润总额50.6亿元。"
            "其中金徽酒业集团公司实现销售收入1200万元。")
    names = [n for (n,) in rows(body, published="2023-06-20T09:00:00+08:00", fields=("name",))]
    assert names[:2] == ["规模以上工业企业营业收入", "规模以上工业企业利润总额"]
    assert "规模以上工业企业销售收入" not in names   # one company's sentence is not the firms'


def test_the_bare_measures_of_counted_firms_are_theirs():
    body = ("今年第一季度，全县21户规模以上工业企业预计完成工业增加值14600万元，同比增长108.9%；"
            "实现销售收入28600万元，同比增长76.8%；实现利润2200万元。")
    names = [n for (n,) in rows(body, published="2023-03-25T09:00:00+08:00", fields=("name",))]
    # (预计 before the quarter is over: a forecast, no row; the firms counted before it are a row)
    assert names == ["规模以上工业企业", "规模以上工业企业销售收入", "规模以上工业企业利润"]


@pytest.mark.parametrize("body, names", [
    # a capacity after firms counted is theirs; a trade's value after its volume is the same market's;
    # what projects signed amount to is theirs
    ("全县现有纸箱加工企业14家，年生产能力3600万平方米。", ["纸箱加工企业", "纸箱加工企业生产能力"]),
    ("全县牛羊交易市场交易量达8.6万头，交易额9.3亿元。", ["牛羊交易市场交易量", "牛羊交易市场交易额"]),
    ("全县共签约合同项目21个，总金额38.5亿元。", ["签约合同项目", "签约合同项目总金额"]),
])
def test_bare_measures_after_what_they_measure_are_its(body, names):
    assert [n for (n,) in rows(body, fields=("name",))] == names


@pytest.mark.parametrize("body, names", [
    ("全县规模以上工业企业完成工业总产值109.22亿元，实现增加值13.62亿元。", ["规模以上工业总产值", "规模以上工业增加值"]),
    ("全区29户规模以上工业企业实现工业总产值50.27亿元；实现工业增加值18.05亿元。",
     ["规模以上工业企业", "规模以上工业总产值", "规模以上工业增加值"]),
    ("实施招商引资项目87个，完成投资155.42亿元。", ["招商引资项目", "招商引资项目投资"]),
    ("全县在建项目16个，建成投用项目7个。", ["在建项目", "投用项目"]),
    ("春节期间，全区共接待游客80.6万人次，实现综合收入4.95亿元。", ["旅游接待人次", "旅游综合收入"]),
    ("全市建成农业产业化龙头企业71家，从业人数达1.6万人。", ["农业产业化龙头企业", "农业产业化龙头企业从业人数"]),
    # a capacity written after its figure, and the product's measures after it
    ("2022年，完成白羽肉鸡1.2亿羽产能建设，实现产值14.9亿元。", ["白羽肉鸡产能", "白羽肉鸡产值"]),
    ("全县百合种植面积达5.8万亩，年商品量达1.4万吨。", ["百合种植面积", "百合商品量"]),
    ("该区共实施城市重点基础设施项目6大项(25个子项)，总投资63.9亿元，当年完成投资14.1亿元。",   # 大项: projects
     ["城市重点基础设施项目", "城市重点基础设施项目总投资", "城市重点基础设施项目投资"]),
    # a phase is part of a name (not 5期培训班: sessions); a count of projects, then their 投资额
    ("全县完成“三北”四期造林9.03万亩，二期工程投资5亿元，举办5期培训班。", ["三北四期造林", "二期工程投资"]),
    ("其中新签约入库项目103项、投资额195.94亿元。", ["新签约入库项目", "新签约入库项目投资额"]),
    ("今年一季度，全市实施省外项目97个，到位资金67.99亿元。", ["省外项目", "省外到位资金"]),   # (a lexicon entry)
    ("论证储备十大生态产业项目共计103项、估算总投资549.7亿元。", ["论证储备十大生态产业项目", "论证储备十大生态产业项目估算总投资"]),
    ("与英泰奇科技公司等21家企业签订投资合作协议，签约投资额30亿元以上。", ["企业签订投资合作协议", "招商引资签约额"]),
    ("全区谋划实施总投资1042.6亿元的重大项目238个。", ["重大项目总投资", "重大项目"]),   # the set's total
    ("3月19日上午，总投资661.6亿元的白银市325个重点项目集中开工。", ["集中开工重点项目总投资", "集中开工重点项目"]),
    # a verb inside one noun (a market for selling vegetables) is part of it; after a scope it is a verb
    ("建成蔬菜销售市场近30个，乡村建设示范村15个，实施农村供水改造工程8处，新建示范村12个。",
     ["蔬菜销售市场", "乡村建设示范村", "农村供水改造工程", "示范村"]),
    ("全县种植蔬菜13万亩。", ["蔬菜"]),   # a crop after its verb is the verb's object, not a compound
    ("截至7月，县列185个重点项目中，55个续建项目全部复工。", ["县列重点项目", "续建项目"]),   # the county's list
    # a number-first count's noun ends before its predicate, also one a boundary character would split
    ("锦鸿制衣等3个重大项目正在进行地勘，7万亩冷凉蔬菜基地成为“菜篮子”，6家知名制药企业达成投资意向。",
     ["重大项目", "冷凉蔬菜基地", "知名制药企业"]),
    ("2025年一季度全县固定资产投资完成投资5.78亿元。", ["固定资产投资"]),   # one 投资, not two
    ("今年共计签约总额293.6亿元。", ["招商引资签约额"]),   # 共计 leads nothing; 签约总额 is a synonym
    ("全县可利用草原面积2133万亩。", ["可利用草原面积"]),   # 可利用 is a term, not 可 + a verb
    # projects signed at a fair, counted number-first, in the clause or after the fair as the setting
    ("7月4日，第二十六届兰洽会举行。本届兰洽会舟曲县共签约7个项目。", ["兰洽会签约项目"]),
    ("此次兰洽会上，舟曲县签约的8个项目分别是：…", ["兰洽会签约项目"]),
    # scenic spots' visitors are a part of the region's, a series of their own (but all its spots' are the region's)
    ("国庆期间，全市A级景区接待游客61万人次。", ["A级景区接待游客"]),
    ("国庆期间，各景区累计接待游客25.9万人次。", ["旅游接待人次"]),
    ("兰州至中川城际铁路项目、兰州城关万达广场项目等14个项目已经超额完成年度投资计划。", ["超额完成年度投资计划项目"]),
    ("平凉红牛年饲养量106万头，品牌价值223亿元。", ["平凉红牛年饲养量", "平凉红牛品牌价值"]),   # the product's brand
    # a bare income after visitors is tourism's, a kind of tourism's after its visitors
    ("2019年，全市乡村旅游接待人数达1142.04万人，收入28.8亿元。", ["乡村旅游接待人数", "乡村旅游收入"]),
    ("国庆期间，全县接待游客9.61万人次，收入4690.42万元。", ["旅游接待人次", "旅游综合收入"]),
    ("庄浪县集中改造县城南区，使县城面积由原来的5.3平方公里扩大到8.5平方公里。", ["县城面积", "县城面积"]),   # 原来: when
    # modifiers of one kind listed before one noun are one name; an industry chain keeps what it achieved
    ("至8月底，新建、续建项目开工127项，开工率96%，累计完成投资42.26亿元。",
     ["新建、续建项目开工", "新建、续建项目开工率", "新建、续建项目投资"]),
    ("止4月底，166个新建、续建项目开工140项。", ["新建、续建项目", "新建、续建项目开工"]),
    ("上半年，88个市、县列重点建设项目完成投资12.8亿元。", ["市、县列重点建设项目", "市、县列重点建设项目投资"]),
    ("上半年，钢、铝产业链完成工业总产值534.1亿元。", ["钢、铝产业链工业总产值"]),
    ("全县苹果、核桃种植面积达到30万亩。", ["苹果、核桃种植面积"]),   # (two crops: a list, as before)
    # 年 before a crop is yearly, no part of its name; a share of 当年's income is a share of the income;
    # 可研 (a feasibility study) is a term, not 可 + a verb
    ("全县年中药材种植面积稳定在65万亩左右，中药材收入占到当年人均可支配收入的60%以上。",
     ["中药材种植面积", "中药材收入占人均可支配收入比重"]),
    ("全州谋划项目275个，已编制完成可研报告的项目为163个。", ["谋划项目", "可研报告的项目"]),
    ("全区制种面积常年稳定在70万亩以上，年产种量达3亿公斤。", ["制种基地", "产种量"]),   # (制种面积 is the lexicon's 制种基地)
    # graded spots as the sentence's subject keep the later measures theirs (another subject ends that)
    ("国庆期间，全市24家A级景区接待游客61万人次，旅游综合收入达1.43亿元。",
     ["A级景区", "A级景区接待游客", "A级景区旅游综合收入"]),
    ("双节期间，渭河源、首阳山等4A级景区凭借优质服务实现游客量同比增长300%，旅游收入提升50%。",
     ["4A级景区游客量", "4A级景区旅游收入"]),
    ("国庆期间，全县4A级景区达到5家，全县接待游客10万人次。", ["4A级景区", "旅游接待人次"]),
    # a verb inside a synonym goes, and the synonym is the lexicon's name
    ("一季度，全县二产完成增加值8.4亿元，三产实现增加值12.6亿元。", ["第二产业增加值", "第三产业增加值"]),
])
def test_names_that_keep_what_they_are_about(body, names):
    assert [n for (n,) in rows(body, fields=("name",))] == names


@pytest.mark.parametrize("body, names", [
    ("全县新能源装机容量达183万千瓦，其中：风电165万千瓦，光伏发电18万千瓦。", ["新能源装机", "风电装机", "光伏发电装机"]),
    ("2015年全区完成固定资产投资76.2亿元，其中第三产业17.85亿元。", ["固定资产投资", "第三产业固定资产投资"]),
    ("中药材常年总产量达5万吨，其中当归2万吨。", ["中药材常年总产量", "当归常年总产量"]),
    ("全县苹果种植面积65万亩，其中挂果园33.7万亩。", ["苹果种植面积", "挂果园"]),   # a kind of land: an area itself
    ("全市劳务输转58.2万人，其中有组织输出41.61万人。", ["劳务输转", "有组织输出"]),
    # people by where they live take the whole's name; so does the second part
    ("年末全县从业人员10.58万人，其中：乡村9.55万人，城镇1.03万人。", ["从业人员", "乡村从业人员", "城镇从业人员"]),
    # a part of the economy broken down by sector, in the next sentence: each sector's is that part's
    ("全县非公经济增加值达到15.64亿元，占GDP的比重达到60.62%。其中，第一产业增加值3.16亿元，第二产业增加值4.07亿元。",
     ["非公经济增加值", "非公经济增加值占地区生产总值比重", "非公经济第一产业增加值", "非公经济第二产业增加值"]),
    # the parts listed after 其中 are the whole's, also after a part too long to name that way or one
    # that named its own area (核桃面积): each takes the whole's measure, not the part's before it
    ("全县蔬菜播种面积18万亩，其中，拱棚越冬甘蓝菜花5万亩，芹菜4万亩，娃娃菜3万亩。",
     ["蔬菜播种面积", "拱棚越冬甘蓝菜花", "芹菜播种面积", "娃娃菜播种面积"]),
    ("全县经济林面积5200亩，其中花椒4100亩，连翘900亩。", ["经济林面积", "花椒面积", "连翘面积"]),
])
def test_a_part_named_bare_after_qizhong_takes_the_wholes_measure(body, names):
    assert [n for (n,) in rows(body, fields=("name",))] == names


@pytest.mark.parametrize("body, names", [
    ("2018年安定区种植土豆就有102万亩，总产量135万吨。", ["土豆", "土豆总产量"]),
    ("目前，西和种植半夏2万余亩，实现产值7亿多元。", ["半夏", "半夏产值"]),
    ("现有茶园8.97万亩，产值达2.29亿元。", ["茶园", "产值"]),   # land, not a crop: its measures stay bare
])
def test_bare_measures_after_a_crop_are_the_crops(body, names):
    assert [n for (n,) in rows(body, fields=("name",))] == names


def test_projects_by_status_each_keep_their_measures():
    body = ("全县实施县列重点项目82项。其中续建项目30项，总投资52.28亿元。"
            "截至目前，续建30个，开工29个，完成投资3.11亿元；新建52个，开工20个，开工率38.46%，完成投资1.95亿元。")
    names = [n for (n,) in rows(body, published="2019-06-20T09:00:00+08:00", fields=("name",))]
    assert names[:3] == ["县列重点项目", "县列续建项目", "县列续建项目总投资"]   # (the list's part, after 其中)
    assert names[3:] == ["续建项目", "续建项目开工", "续建项目投资", "新建项目", "新建项目开工", "新建项目开工率",
                     "新建项目投资"]


def test_the_bare_investment_of_a_set_of_projects_is_named_by_them():
    body = "今年，全县实施县列重点项目82项，总投资121.9亿元，完成投资28.4亿元。"
    assert rows(body, fields=("name",)) == [("县列重点项目",), ("县列重点项目总投资",), ("县列重点项目投资",)]   # 完成 says nothing of what is measured


def test_one_rank_shared_by_several_indicators_gives_each_its_row():
    body = "全市花椒、油橄榄种植面积和产量全国第一，核桃种植面积和产量居全省第一、全国第四。"
    got = rows(body, title="陇南：特色产业", fields=("name", "value_normalized"))
    assert got == [("花椒种植面积全国排名", 1), ("花椒产量全国排名", 1), ("油橄榄种植面积全国排名", 1),
                   ("油橄榄产量全国排名", 1), ("核桃种植面积全省排名", 1), ("核桃产量全省排名", 1),
                   ("核桃种植面积全国排名", 4), ("核桃产量全国排名", 4)]


def test_a_rank_among_a_named_group_in_brackets_is_still_a_rank():
    got = rows("其中花椒种植面积和产量均居全国花椒种植县(区)第一。", title="武都：花椒", fields=("name",))
    assert got == [("花椒种植面积全国排名",), ("花椒产量全国排名",)]


def test_listed_names_pair_with_listed_figures_without_respectively():
    body = ("2023年，全县大、小口径财政收入16.2亿元、8亿元，增长17.3%和38.2%；"
            "城镇、农村居民人均可支配收入28204.9元、9106.3元。")
    got = rows(body, published="2024-01-10T09:00:00+08:00", fields=("name", "value_normalized", "change_pct"))
    assert got == [("大口径财政收入", 1_620_000_000, 17.3), ("小口径财政收入", 800_000_000, 38.2),
                   ("城镇居民人均可支配收入", 28_204.9, None), ("农村居民人均可支配收入", 9_106.3, None)]


def test_two_whole_names_joined_pair_with_two_figures():
    body = "2023年，完成大口径财政收入和一般公共预算收入1.9亿元、1.2亿元。"
    got = rows(body, published="2024-01-10T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("大口径财政收入", 190_000_000), ("一般公共预算收入", 120_000_000)]


@pytest.mark.parametrize("body, expected", [
    ("116个贫困村全部出列。", [("出列贫困村", 116)]),   # (leaving poverty: verb first)
    ("安定区现在有280多个专门种植土豆的农村专业合作社。", [("专门种植土豆的农村专业合作社", 280)]),
    ("崇信县已建成7条窑洞养牛示范带。", [("窑洞养牛示范带", 7)]),
    ("全州建设覆盖99个乡镇的全域旅游专业村103个。", [("乡镇的全域旅游专业村", 103)]),   # 99个乡镇 only qualifies
])
def test_more_counts_of_economic_entities_written_number_first(body, expected):
    assert rows(body, fields=("name", "value_normalized")) == expected


@pytest.mark.parametrize("body, expected", [
    ("2021年，全县地区生产总值87.36亿元，比上年增长8%，两年平均增长6%。", [("地区生产总值", 8.0)]),
    ("2022年，全县出生人口0.8万人，比上年少增0.29万人。", [("出生人口", None)]),
])
def test_a_second_reading_of_a_figures_change_is_no_row(body, expected):
    assert rows(body, fields=("name", "change_pct")) == expected


def test_a_level_reached_over_several_years_is_the_level_at_their_end():
    body = "“十一五”期间，全县特色产业总面积达到76万亩，产值增加到14.7亿元，累计新植果树44万亩。"
    got = rows(body, title="静宁：特色产业", published="2011-01-20T09:00:00+08:00")
    assert got == [("特色产业总面积", 760_000, "", "2010-12-31"),          # a stock: its last day
                   ("特色产业产值", 1_470_000_000, "2010-01-01", "2010-12-31"),   # a flow: its last year
                   ("新植果树", 440_000, "2006-01-01", "2010-12-31")]          # gathered over the years


@pytest.mark.parametrize("phrase, name", [
    ("全县韭菜种植面积发展到", "韭菜种植面积"),
    ("种植户超过了", "种植户"),           # the verb is part of the noun
    ("种植", ""),                          # a verb alone names nothing
])
def test_names_without_their_verbs(phrase, name):
    from monitor.indicators.names import name_of
    assert name_of(phrase)[0] == name


def test_a_preliminary_figure_is_approximate_and_a_plan_with_jiang_yi_is_a_plan():
    body = "预计2015年全县地区生产总值达到30.7亿元。"
    [row] = rows(body, published="2016-01-19T09:00:00+08:00", fields=("name", "approx"))
    assert row == ("地区生产总值", True)   # 修订 compares exact figures only: the final one will not alert
    assert rows("今年，泾川县将以果品产业为重点，通过实施春季果园补植1万亩等工作，创建标准化生产基地30万亩。") == []
    # 预计 after the firms counted and before their first measure makes the sentence preliminary: its
    # figures are approximate, and a later final figure is no revision of them
    got = rows("今年1—5月全区28户规模以上工业企业预计完成总产值30.6亿元，同比增长21.3%；实现增加值9.87亿元，同比增长15.2%。",
               published="2012-07-04T09:00:00+08:00", fields=("name", "approx"))
    assert got == [("规模以上工业企业", True), ("规模以上工业总产值", True), ("规模以上工业增加值", True)]
    # 要 before a growth or a level is a target's, and so is the rest of its sentence
    assert rows("2026年，某市确定招商引资到位资金要增长12%，总量突破800亿元。", published="2026-02-20T09:00:00+08:00") == []
    # projects that will start are still to come, whether 将 stands before the count or after it
    got = rows("3月上旬已开工建设18项，下旬还有12个项目将开工，年底前还将有15个项目开工，全县将有9个项目建成。",
               published="2020-03-16T09:00:00+08:00", fields=("value_normalized",))
    assert got == [(18,)]


@pytest.mark.parametrize("body", [
    "将全镇9个养殖合作社、10个种植合作社全部纳入产业联合社。",        # one town
    "去年底，富民新村集体经济收入达189.88万元。",                       # a named village
    "吊沟村建成平凉红牛养殖小区2处、生猪养殖小区4处。",
    "和政县松鸣岩国际滑雪场春节7天接待游客近2万人次。",                 # one resort
])
def test_one_town_village_or_resort_is_not_the_countys_economy(body):
    assert rows(body) == []


def test_firms_met_on_trips_to_attract_investment_are_an_activity_count():
    body = "市委主要负责人先后带队赴北京、广东等省市开展招商活动12次，对接企业70余户；其他市级干部带队外出招商36次，对接各类企业310户。"
    assert rows(body, title="某市：招商引资", fields=("value_normalized",)) == []


def test_one_projects_capacities_after_its_name_opening_the_sentence_are_its_own():
    body = "其中，新近建成投产的某某公司项目，年可处理棉籽8万吨，年产棉仁蛋白3万吨、食用精炼油0.9万吨。"
    assert rows(body, title="瓜州：棉花") == []


def test_a_class_of_villages_is_still_counted():
    got = rows("全县集体经济收入10万元以上的村达到46个。", fields=("name", "value_normalized"))
    assert got == [("集体经济收入10万元以上的村", 46)]


def test_the_county_word_never_files_a_figure_under_the_prefecture():
    body = ("夏河县位于甘肃省西南部，甘南藏族自治州西北部。全县总面积为6274平方千米，"
            "县常住人口8.48万人。")
    got = rows(body, title="夏河县2024年年鉴(概况)", published="2025-01-06T09:00:00+08:00",
               fields=("name", "region_code"))
    assert got == [("总面积", "623027"), ("常住人口", "623027")]   # 夏河县, not 甘南州


@pytest.mark.parametrize("phrase, name", [
    ("农业人口占", "农业人口比重"),
    ("有信教群众", "信教群众"),
    ("有组织输转", "有组织输转"),              # 有组织 is a word
    ("【行政区划】全县国土总面积", "国土总面积"),   # a heading
    ("高标准农田落成", "高标准农田"),
])
def test_more_names_without_their_frame(phrase, name):
    from monitor.indicators.names import name_of
    assert name_of(phrase)[0] == name


def test_ten_thousands_of_people_without_a_unit_are_counted():
    got = rows("116个贫困村全部出列，13.81万贫困人口全部脱贫。", published="2021-11-18T09:00:00+08:00",
               fields=("name", "value_normalized", "unit_normalized"))
    assert got[-1] == ("脱贫贫困人口", 138_100, "person")


@pytest.mark.parametrize("body, expected", [
    ("县域经济总量连跨台阶，GDP接连突破百亿、110亿关口。",
     [("地区生产总值", 10_000_000_000, True), ("地区生产总值", 11_000_000_000, True)]),
    ("生产总值跨越千亿大关。", [("地区生产总值", 100_000_000_000, True)]),
])
def test_milestones_crossed_are_approximate_figures_of_their_indicator(body, expected):
    assert rows(body, fields=("name", "value_normalized", "approx")) == expected


@pytest.mark.parametrize("body, names", [
    ("项目总投入2770.4万元，惠及全区中小学。", []),                                    # one project
    ("城关区政府与香港悦展实业有限公司合作，协议引进资金40亿元人民币，建设兰州明珠新天地城市综合体项目。", []),
    ("上半年，全市规模以上工业增加值增长8%，增速高于去年同期16.8个百分点。", ["规模以上工业增加值"]),   # not 16.8
])
def test_one_projects_figures_and_growth_against_growth_are_not_indicators(body, names):
    assert [name for (name,) in rows(body, fields=("name",))] == names


def test_an_officials_quotation_of_the_regions_figures_is_the_regions_but_a_farmers_is_not():
    official = ("“今年前三季度，庆阳市地区生产总值完成823.76亿元，同比增长9.6%；规上工业增加值增长15.6%。”"
                "近日，市发改委主任在接受专访时表示。")
    got = rows(official, title="庆阳：访市发改委主任", fields=("name", "value_normalized"))
    assert ("地区生产总值", 82_376_000_000) in got
    farmer = "合作社理事长说：“我们合作社今年种了2800亩高原夏菜，每亩收入比去年同期增长了12%，带动就业300人。”"
    assert rows(farmer, fields=("name",)) == []
    # an official named after the quotation, which names the region
    station = ("“庄浪先后在堡子沟、榆林沟等重点小流域推进水土流失综合治理，共建成淤地坝66座，坝控面积184平方公里。”"
               "县水保站站长王耀东介绍说。")
    assert [v for (v,) in rows(station, title="庄浪县梯田", fields=("value_normalized",))] == [66, 184_000_000]
    # the occasion may stand between the official's name and the verb
    director = ("“康县有全省少有的好生态，全县森林覆盖率达到70.2%，空气质量优良天数比率98.6%，是天然氧吧。”"
                "县文旅局局长李明在谈到发展康养旅游的优势时如是说。")
    assert rows(director, title="康县：康养旅游", fields=("name", "value_normalized")) == [
        ("森林覆盖率", 70.2), ("空气质量优良天数比率", 98.6)]
    manager = "“我们今年种了2800亩高原夏菜，带动就业300人。”合作社理事长王强介绍说。"   # (no official, no region)
    assert rows(manager, fields=("name",)) == []
    # a village secretary is no official of the region, and where the apples are sold is not the subject
    secretary = "“今年种植苹果2000亩，产值达到3000多万元，产品主要销往天水市和兰州市等地。”合作社理事长、村党支部书记王明介绍说。"
    assert rows(secretary, title="临洮县", fields=("name",)) == []


def test_the_parts_of_a_breakdown_take_the_measure_of_the_whole_broken_down():
    body = ("1-5月份，全州规模以上工业增加值同比增长6.1%。分三大门类看，采矿业同比增长46.2%，"
            "电力、热力、燃气及水生产和供应业同比下降9.1%。固定资产投资增长12.3%。"
            "按项目构成划分，建筑安装工程增长39.8%，民间投资增长7.2%。")
    got = rows(body, title="临夏州1-5月经济运行", fields=("name", "value_normalized"))
    assert got == [("规模以上工业增加值", 6.1), ("采矿业增加值", 46.2),
                   ("电力、热力、燃气及水生产和供应业增加值", -9.1), ("固定资产投资", 12.3),
                   ("建筑安装工程投资", 39.8), ("民间投资", 7.2)]


def test_growths_listed_with_fen_bie_pass_over_the_parts_after_qizhong():
    body = ("国庆期间，全市共接待游客86.4万人次，其中过夜游客21万人次，一日游游客65.4万人次，"
            "实现旅游综合收入4.8亿元，同比分别增长25.1%和30.6%。")
    got = rows(body, title="某市：国庆旅游", published="2015-10-08T09:00:00+08:00", fields=("value_normalized", "change_pct"))
    assert got == [(864_000, 25.1), (210_000, None), (654_000, None), (480_000_000, 30.6)]


def test_zeng_zhang_written_with_the_wrong_zhang_is_a_growth_still():
    body = "春节长假期间，全区共接待游客12.4万人次，旅游总收入约5600万元，比去年同期增涨18.2%和20.5%。"
    got = rows(body, title="麦积：春节旅游", published="2015-02-26T09:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("旅游接待人次", 18.2), ("旅游综合收入", 20.5)]


def test_industries_listed_after_a_sentence_on_their_value_added_take_it():
    body = ("1至11月，全市32个大类工业行业中，24个行业实现增加值正增长。六大主导产业全部保持增长，其中，"
            "装备制造业同比增长18.4%，建材行业同比增长9.5%，食品产业同比增长6.1%。")
    got = rows(body, title="某市：工业", published="2020-12-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got[-3:] == [("装备制造业增加值", 18.4), ("建材行业增加值", 9.5), ("食品产业增加值", 6.1)]


def test_an_undated_span_with_its_length_dates_its_first_value_and_gives_the_later_its_change():
    body = "上半年，渭源县工业增加值占GDP的比重由3.3%大幅提升至10.3%，四年跃升7个百分点。"
    got = rows(body, title="渭源县上半年经济", published="2025-07-20T09:00:00+08:00",
               fields=("value_normalized", "period_start", "period_end", "change_points"))
    assert got == [(3.3, "2021-01-01", "2021-12-31", None), (10.3, "2025-01-01", "2025-06-30", 7.0)]


def test_a_sentence_about_an_industrial_zone_files_its_figures_under_the_zone():
    body = "目前，开发区核心区已入驻企业68家，从业人员4650人，完成固定资产投资6.5亿元。1-6月，园区规上工业增加值达19.65亿元。"
    got = rows(body, title="临夏县清真产业开发区", published="2016-07-20T09:00:00+08:00", fields=("name",))
    assert got == [("开发区核心区入驻企业",), ("开发区核心区从业人员",), ("开发区核心区固定资产投资",),
                   ("园区规模以上工业增加值",)]


def test_a_span_under_a_stated_range_of_years_dates_both_its_values():
    body = "2012年至2021年十年间，地区生产总值由13.12亿元增长到25.64亿元、年均增长7.73%。"
    assert rows(body, title="康乐十年", published="2022-09-25T09:00:00+08:00") == [
        ("地区生产总值", 1_312_000_000, "2012-01-01", "2012-12-31"),
        ("地区生产总值", 2_564_000_000, "2021-01-01", "2021-12-31")]


def test_zhi_before_a_year_end_is_a_point_and_bennian_xinkaigong_is_no_period():
    got = rows("止2010年底，蔬菜种植面积达到28万亩，总产量达到73万吨。", title="武山蔬菜",
               published="2012-05-19T09:00:00+08:00")
    assert got == [("蔬菜种植面积", 280_000, "", "2010-12-31"), ("蔬菜总产量", 730_000, "", "2010-12-31")]
    body = "1—8月份，固定资产投资完成11.68亿元。施工项目65个，其中本年新开工项目43个，截止8月底，在库项目97个。"
    got = rows(body, title="临潭固定资产投资", published="2012-10-18T09:00:00+08:00")
    assert got[2] == ("新开工项目", 43, "2012-01-01", "2012-08-31")
    assert got[3][2:] == ("", "2012-08-31")   # the 截止 clause leads what follows it only


def test_yuji_opening_a_sentence_makes_every_figure_of_it_preliminary():
    body = "预计2021年实现生产总值26.8亿元，完成社会消费品零售总额9.7亿元，一般公共预算收入1.47亿元。"
    got = rows(body, title="康乐县政府工作报告", published="2021-11-18T09:00:00+08:00", fields=("name", "approx"))
    # the first is a forecast (预计 in its own clause, the year not over): not an indicator
    assert got == [("社会消费品零售总额", True), ("一般公共预算收入", True)]


def test_the_later_value_of_a_span_takes_the_sentences_period_stated_before_it():
    body = "2010年实现工业总产值34.7亿元，工业经济在全县经济总量中的比重由2009年的33.2%提高到34.1%。"
    got = rows(body, title="陇西工业", published="2011-06-08T09:00:00+08:00", fields=("value_normalized", "period_start"))
    assert got == [(3_470_000_000, "2010-01-01"), (33.2, "2009-01-01"), (34.1, "2010-01-01")]


def test_an_undated_span_after_a_dated_one_takes_both_its_years():
    body = "旅游接待人数由2011年的65.16万人次增加到2017年的332.7万人次，综合收入由3.61亿元增加到14.49亿元。"
    got = rows(body, title="临泽旅游", published="2018-03-01T09:00:00+08:00", fields=("value_normalized", "period_start"))
    assert got[2:] == [(361_000_000, "2011-01-01"), (1_449_000_000, "2017-01-01")]


def test_five_years_opening_a_clause_of_an_early_year_work_report_are_the_five_years_before():
    body = "五年来，全市新增国家高新技术企业27家。\n五年累计实施亿元以上项目181个。"
    got = rows(body, title="政府工作报告", published="2022-02-22T09:00:00+08:00")
    assert got == [("国家高新技术企业", 27, "2017-01-01", "2021-12-31"), ("亿元以上项目", 181, "2017-01-01", "2021-12-31")]


def test_the_bare_measures_after_a_thing_counted_in_the_sentence_are_that_things():
    body = "榆中县蔬菜保鲜库共有88家，总库容量近18万吨，总资产3亿多元。新植果树经济林44万亩，总面积达到76万亩。"
    got = rows(body, title="榆中蔬菜", fields=("name",))
    assert got == [("蔬菜保鲜库",), ("蔬菜保鲜库总库容量",), ("蔬菜保鲜库总资产",), ("新植果树经济林",), ("果树经济林总面积",)]
    body = "全县形成文化企业62家，从业人员1300多人，产品达70多万件，创收1.23亿元。全市精深加工企业达28家，加工产能达到96万吨。"
    got = rows(body, title="华池：文化", fields=("name",))
    assert got == [("文化企业",), ("文化企业从业人员",), ("产品",), ("文化企业创收",), ("精深加工企业",),
                   ("精深加工企业加工产能",)]   # (products counted are no firms)


def test_an_area_after_a_verb_of_spreading_is_named_by_what_follows_it():
    body = "2024年，全县推广21万亩高强度地膜，全面抓建了10万亩有机苹果。"
    assert rows(body, title="靖远农业", published="2025-07-09T09:00:00+08:00", fields=("name", "value_normalized")) == [
        ("高强度地膜", 210_000), ("有机苹果", 100_000)]


def test_a_span_of_listed_values_pairs_the_later_values_with_the_earlier_in_order():
    body = "城乡居民人均可支配收入分别从29661元、10391元增加到43364元、16117元。"
    assert rows(body, title="兰州：经济", fields=("name", "value_normalized")) == [
        ("城镇居民人均可支配收入", 29661), ("农村居民人均可支配收入", 10391),
        ("城镇居民人均可支配收入", 43364), ("农村居民人均可支配收入", 16117)]


def test_a_count_followed_by_its_size_or_by_he_is_no_count_before_its_noun():
    body = "建成牦牛育肥小区32个、暖棚6602座近50万平方米，全域旅游专业村103个和生态文明小康村95个。"
    got = rows(body, title="临潭畜牧", fields=("name", "value_normalized"))
    assert ("暖棚", 6602) in got and ("全域旅游专业村", 103) in got


def test_farms_counted_number_first_are_indicators_and_a_magnitude_in_words_after_a_count_is_a_name():
    body = "全县建成180个百头以上养猪场，1个百万只鸡苗孵化场。"
    got = rows(body, title="宁县：畜牧", fields=("name", "value_normalized"))
    assert got == [("百头以上养猪场", 180), ("百万只鸡苗孵化场", 1)]


def test_a_level_after_a_milestone_and_people_after_households_take_the_name_before_them():
    body = "2021年，一般公共预算收入首次突破20亿元，达到23.6亿元。剩余贫困人口64户231人。"
    got = rows(body, title="嘉峪关：经济", fields=("name", "value_normalized", "approx", "unit_normalized"))
    assert got == [("一般公共预算收入", 2_000_000_000, True, "yuan"), ("一般公共预算收入", 2_360_000_000, False, "yuan"),
                   ("剩余贫困人口", 64, False, "count"), ("剩余贫困人口", 231, False, "person")]


def test_projects_counted_after_qianyue_are_the_projects_signed():
    body = "西和县签约32个项目。新引进各类项目45个，争取各类项目138项。"
    assert rows(body, title="陇南招商", fields=("name",)) == [("签约项目",), ("各类项目",), ("争取各类项目",)]


def test_a_regions_extent_work_over_a_target_and_firms_a_measure_reached_are_not_indicators():
    body = "全县东西宽89公里，南北长136公里。今年完成播种26万亩，超任务1.12万亩。对全县现有规模较大的87家畜禽规模养殖场进行改造升级。"
    got = rows(body, title="靖远：农业", fields=("value_normalized",))
    assert got == [(260_000,)]


def test_beds_cave_dwellings_farmhouses_and_camels_are_counted():
    body = "2017年，全州病床8692张，改造窑洞1700多孔，新改建农宅5743院，骆驼近8000峰。"
    got = rows(body, title="临夏：民生", fields=("value_normalized", "unit_normalized"))
    assert got == [(8692, "count"), (1700, "count"), (5743, "count"), (8000, "head")]


def test_what_stands_between_a_ranks_scope_and_its_place_is_the_indicator_ranked_unless_it_names_peers():
    assert rows("静宁县已成为全国苹果规模栽培第一县。", title="平凉：苹果", fields=("name", "value_normalized")) == [
        ("苹果规模栽培全国排名", 1)]
    assert rows("静宁苹果总面积达到100万亩，是全国苹果规模栽培第一县。", title="平凉：苹果", fields=("name",)) == [
        ("苹果总面积",), ("苹果规模栽培全国排名",)]
    assert rows("榆中县位列兰州市三县五区第一。", title="榆中：经济", fields=("name",)) == []


def test_an_officials_dated_quotation_of_our_figures_is_the_regions_but_a_households_is_not():
    body = ("“目前，静宁县果园总面积稳定在百万亩以上。2020年，我们的苹果产量达到82万吨，实现产值45.92亿元，农民人均果品纯收入达到7300元以上。”\n"
            "“2020年，我们家的苹果产量达到了8万斤，实现收入12万元，比前年多了一半，日子越过越好了。”")
    got = rows(body, title="静宁苹果", fields=("value_normalized",))
    assert got == [(1_000_000,), (820_000,), (4_592_000_000,), (7300,)]
    assert by_name(body, title="静宁苹果")["苹果产量"].period_start == "2020-01-01"


def test_things_listed_before_ge_each_have_the_figure_but_prizes_do_not():
    body = "建成种子加工生产线、籽粒、果穗烘干线各18条，万只肉羊、万头牦牛育肥基地各1个。评出二等奖、三等奖各8头。"
    got = rows(body, title="临泽：制种", fields=("name", "value_normalized"))
    assert got == [("种子加工生产线", 18), ("籽粒烘干线", 18), ("果穗烘干线", 18), ("万只肉羊育肥基地", 1),
                   ("万头牦牛育肥基地", 1)]


def test_an_undated_span_takes_the_years_of_a_dated_span_in_a_sentence_before_it():
    body = "全市生产总值由2016年的423.3亿元增加到2020年的526.4亿元。农业增加值由105.8亿元增加到164.6亿元。"
    got = rows(body, title="武威市政府工作报告", published="2021-12-07T09:00:00+08:00",
               fields=("value_normalized", "period_start"))
    assert got[2:] == [(10_580_000_000, "2016-01-01"), (16_460_000_000, "2020-01-01")]


def test_zhi_mu_qian_is_a_point_at_publication_that_ends_a_carried_period():
    body = "今年，全县苹果产业发展势头良好，新植果园2万亩。至目前，该县苹果种植面积达65万亩。"
    got = rows(body, title="庄浪苹果", published="2020-12-04T09:00:00+08:00")
    assert got == [("新植果园", 20_000, "2020-01-01", "2020-12-04"), ("苹果种植面积", 650_000, "", "2020-12-04")]


def test_a_year_written_as_the_attribute_of_a_rank_leads_only_that_rank():
    body = "完成固定资产投资664亿元，是2011年的2.3倍，增速由2011年的全省第7位上升到去年的第6位。"
    got = rows(body, title="天水：五年", published="2016-11-01T09:00:00+08:00", fields=("value_normalized", "period_start"))
    assert got == [(66_400_000_000, ""), (7, "2011-01-01"), (6, "2015-01-01")]


def test_listed_counts_share_the_last_noun_and_livestock_after_a_herd_measure_take_it():
    body = "支持21个养殖主体建成18个肉羊、3个肉牛标准化规模养殖场。其中：羊饲养量达到31万只，牛3万余头，骆驼近8000峰。"
    got = rows(body, title="肃北：畜牧", fields=("name", "value_normalized"))
    assert got == [("肉羊标准化规模养殖场", 18), ("肉牛标准化规模养殖场", 3), ("羊饲养量", 310_000), ("牛饲养量", 30_000),
                   ("骆驼饲养量", 8000)]


def test_crops_listed_after_a_crops_area_with_its_verb_take_the_area():
    body = "全市葡萄种植面积达到12万亩，枣达到4万亩，优质瓜菜达到7.5万亩，全市万元田面积达到9万亩以上。"
    got = rows(body, title="敦煌：农业", fields=("name", "value_normalized"))
    assert got == [("葡萄种植面积", 120_000), ("枣种植面积", 40_000), ("优质瓜菜种植面积", 75_000), ("万元田面积", 90_000)]


def test_a_year_since_tonnes_produced_and_money_spent_on_a_work():
    body = "2015年以来，全州累计投资8.69亿元完成退牧还草工程3245万亩，累计生产铁精粉380万吨、黄金9.2吨。"
    got = rows(body, title="甘南：生态", published="2022-08-26T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("退牧还草工程投资", "2015-01-01", "2022-08-26"), ("退牧还草工程", "2015-01-01", "2022-08-26"),
                   ("铁精粉产量", "2015-01-01", "2022-08-26"), ("黄金产量", "2015-01-01", "2022-08-26")]


def test_yue_on_both_ends_of_a_month_span_and_a_yearly_flow_at_year_end():
    body = "2020年1月至11月完成固定资产投资119.04亿元。\n2012年末，全州存栏各类牲畜384万头，年出栏各类牲畜160万头。"
    got = rows(body, title="肃州：投资", published="2021-01-05T09:00:00+08:00")
    assert got == [("固定资产投资", 11_904_000_000, "2020-01-01", "2020-11-30"),
                   ("各类牲畜存栏", 3_840_000, "", "2012-12-31"), ("各类牲畜出栏", 1_600_000, "2012-01-01", "2012-12-31")]


def test_a_share_over_several_years_is_the_state_at_their_end_unless_held_throughout():
    body = ("2009年以来，全县新增规模养羊户1448户，规模户饲养量占总饲养量的65%。\n"
            "“十四五”期间民生领域财政支出达116亿元，占年度总支出比重始终超过75%。")
    got = rows(body, title="永昌：肉羊", published="2025-11-27T09:00:00+08:00", fields=("name", "period_start"))
    assert got[1] == ("规模户饲养量占总饲养量比重", "")   # (and its end the publication day)
    assert got[3] == ("民生领域财政支出占年度总支出比重", "2021-01-01")
    # a span's first share is its start, not its end
    span = rows("“十三五”期间，全县贫困发生率从12.1%下降到0.5%。", title="临洮县", published="2021-03-01T09:00:00+08:00",
                fields=("value_normalized", "period_start", "period_end"))
    assert span == [(12.1, "2016-01-01", "2020-12-31"), (0.5, "", "2020-12-31")]


def test_what_was_done_or_certified_under_a_round_ups_opening_is_its_but_a_stock_is_the_days():
    body = ("今年以来，天祝县着力完善产业链链长制。\n"
            "全县农业龙头企业达到40家以上，新认证“三品一标”农产品5个，完成15条碳化硅生产线环保技术改造。")
    got = rows(body, title="天祝：产业发展", published="2023-05-18T09:00:00+08:00", fields=("value_normalized", "period_start"))
    assert got == [(40, ""), (5, "2023-01-01"), (15, "2023-01-01")]


def test_a_capacity_raised_over_recent_years_is_the_days_level():
    body = "该县近三年新建高标准农田13.4万亩，调蓄能力从1265万立方米提升到2117万立方米。"
    got = rows(body, title="天祝县", published="2024-10-15T08:00:00+08:00", fields=("value_normalized", "period_start",
                                                                                   "period_end"))
    assert got[0] == (134_000, "2022-01-01", "2024-10-15") and got[2] == (21_170_000, "", "2024-10-15")


def test_a_year_past_a_semicolon_dates_its_own_part_not_the_figures_before_it():
    body = "2010年，全区实现生产总值50亿元。全区共争取到各类项目188项，到位资金3.93亿元；2012年共完成招商引资项目121个。"
    got = rows(body, title="麦积区概况", published="2015-11-21T09:00:00+08:00", fields=("value_normalized", "period_start"))
    assert got == [(5_000_000_000, "2010-01-01"), (188, "2010-01-01"), (393_000_000, "2010-01-01"), (121, "2012-01-01")]


def test_what_was_added_in_a_sentence_dated_at_year_end_is_the_years():
    body = "2021年末全县从业人员10.58万人。城镇新增就业1475人，年末城镇登记失业率1.8%。"
    got = rows(body, title="康县2021年国民经济和社会发展统计公报", published="2022-04-20T09:00:00+08:00")
    assert got[1] == ("新增就业", 1475, "2021-01-01", "2021-12-31")


def test_a_works_investment_and_a_projects_yearly_output_are_not_the_regions_but_a_second_unit_is():
    body = ("特别是投资1.6亿元的古动物化石三号展览馆建成开放，年产1000吨调制乳粉、年产20万吨干粉砂浆等项目建成投产。"
            "共修建牲畜暖棚、贮草棚9835座77.5万平方米。")
    got = rows(body, title="和政：项目", fields=("name", "value_normalized"))
    assert got == [("牲畜暖棚、贮草棚", 9835), ("牲畜暖棚、贮草棚", 775_000)]   # (one total of both)


def test_wo_shi_before_quan_sheng_in_a_title_is_not_the_province():
    result = extract_indicators("今年前三季度我市规上工业增加值增长11.8% 多项数据位居全省前列",
                                "今年前三季度，我市规上工业增加值增长11.8%，位列全省第4位。", PUBLISHED)
    assert result.region is None and all(o.region_code != "620000" for o in result.observations)


def test_the_region_after_zhan_is_the_whole_of_a_share_not_its_owner():
    body = "到2015年年底，瓜州县建成风电装机并网645万千瓦，占酒泉市风电总装机76%，占甘肃省风电总装机61.4%。"
    got = rows(body, title="瓜州：风电", published="2016-03-01T09:00:00+08:00", fields=("value_normalized", "region_code"))
    assert got == [(6_450_000, "620922"), (76, "620922"), (61.4, "620922")]


def test_a_net_change_after_a_level_and_a_growth_after_a_space_are_the_levels_changes():
    body = "农民人均纯收入达到2006元，净增107元。全县实现地区生产总值526484 万元，按可比价格计算，比上年增长 6.2%。"
    got = rows(body, title="临洮：经济", published="2008-03-01T09:00:00+08:00",
               fields=("name", "change_value", "change_pct"))
    assert got == [("农民人均纯收入", 107, None), ("地区生产总值", None, 6.2)]


@pytest.mark.parametrize("body", [
    "全县完成生产总值50亿元，按可比价计算增长6.5%。",           # 可比 is no comparison with another thing
    "全州共接待游客50亿人次，按可比口径较2019年同期增长6.5%。",   # how it is reckoned names nothing
    "全产业链产值50亿元，增长率6.5%。",                        # 增长率 after the level's comma: its growth
    "全市苹果产量达50亿吨，较上一年度增长率为6.5%。",
])
def test_how_a_growth_is_reckoned_or_written_leaves_it_the_levels(body):
    [(change,)] = rows(body, title="临夏：假日旅游", published="2023-10-07T09:00:00+08:00", fields=("change_pct",))
    assert change == 6.5


def test_a_basis_value_written_without_de_before_its_change_is_the_same_indicator_a_year_earlier():
    body = "2025年，全市中晚熟苹果产量达17.64万吨，较上年17.52万吨增加0.12万吨。"
    got = rows(body, title="庆阳苹果", published="2026-01-10T09:00:00+08:00",
               fields=("name", "value_normalized", "period_end", "change_value"))
    assert got == [("中晚熟苹果产量", 176_400, "2025-12-31", 1_200), ("中晚熟苹果产量", 175_200, "2024-12-31", None)]


def test_signed_projects_a_listed_status_a_shared_product_and_a_rank_spans_first_place():
    body = ("签约重点项目50个，开工建设重点项目142个；在建20兆瓦太阳能光伏发电、天宏鞋业等项目16个。"
            "牛饲养量和出栏量分别达到97.62万和41.42万头。")
    assert [n for n, *_ in rows(body, title="金塔：项目", published="2021-01-27T09:00:00+08:00")] == [
        "签约重点项目", "开工建设重点项目", "在建项目", "牛饲养量", "牛出栏量"]   # (started: not the year's list)
    body = "2010年实现工业总产值34.7亿元，比重由2009年的33.2%提高到34.1%，县域经济综合排名由全省的第34位上升到第29位。"
    got = rows(body, title="陇西工业", published="2011-06-08T09:00:00+08:00", fields=("name", "period_start"))
    assert got[-2:] == [("县域经济综合全省排名", "2009-01-01"), ("县域经济综合全省排名", "2010-01-01")]


def test_a_count_after_leiji_is_a_stock_at_the_periods_end_not_the_years_flow():
    body = "2015年，新建畜禽养殖专业合作社10个，全县累计发展畜禽养殖专业合作社41个，累计完成投资3亿元。"
    got = rows(body, title="张家川：畜牧", published="2016-02-01T09:00:00+08:00")
    assert got == [("畜禽养殖专业合作社", 10, "2015-01-01", "2015-12-31"), ("畜禽养殖专业合作社", 41, "", "2015-12-31"),
                   ("完成投资", 300_000_000, "2015-01-01", "2015-12-31")]


def test_bare_funds_after_projects_secured_are_theirs_and_after_projects_brought_in_are_investment():
    body = "争取到各类项目390项，到位资金39.19亿元。新引进各类项目45个，到位资金31.6亿元。"
    got = rows(body, title="清水：项目", fields=("name",))
    assert got == [("争取各类项目",), ("争取各类项目到位资金",), ("各类项目",), ("招商引资到位资金",)]


def test_projects_counted_by_what_they_did_are_the_subject_of_the_investment_after_them():
    body = "其中，工业及能源项目开工11项，完成投资2.24亿元；农业及生态项目开工8项，完成投资1.12亿元。今年发展市级科学发展示范点3个。"
    got = rows(body, title="高台：项目", fields=("name",))
    assert got == [("工业及能源项目开工",), ("工业及能源项目投资",), ("农业及生态项目开工",), ("农业及生态项目投资",),
                   ("市级科学发展示范点",)]


def test_a_figure_for_a_period_not_yet_begun_is_a_target_but_a_year_inside_a_name_is_not():
    body = "计划到2020年，全县新栽优质高效苹果10万亩，果农人均纯收入达到1万元。筛选和储备2013年中央预算内投资项目99项。"
    got = rows(body, title="庆城：苹果", published="2012-07-04T09:00:00+08:00", fields=("value_normalized",))
    assert got == [(99,)]


def test_climate_figures_are_not_indicators():
    body = "景泰县属温带大陆性干旱气候，年平均日照百分率60%。全县地区生产总值50亿元。"
    assert rows(body, title="景泰：县情", fields=("value_normalized",)) == [(5_000_000_000,)]


def test_projects_planned_are_a_series_of_their_own_but_planned_and_carried_out_are_the_projects():
    body = "今年，全县共谋划重点项目200个，总投资124.44亿元。一季度谋划实施重点项目168个。"
    got = rows(body, title="会宁：项目", fields=("name", "value_normalized"))
    assert got == [("谋划重点项目", 200), ("谋划重点项目总投资", 12_444_000_000), ("重点项目", 168)]


def test_a_number_inside_a_quoted_term_is_part_of_the_name_and_projects_on_a_list_are_projects():
    body = ("共谋划“两个共同”示范县建设项目64项，总投资16.95亿元。列入市级投资项目清单41项，总投资51.29亿元；"
            "列入市级领导“三个一”包抓重大项目7项。")
    got = rows(body, title="泾川：项目", fields=("name", "value_normalized"))
    assert got == [("谋划两个共同示范县建设项目", 64), ("谋划两个共同示范县建设项目总投资", 1_695_000_000),
                   ("列入市级投资项目清单项目", 41), ("列入市级投资项目清单项目总投资", 5_129_000_000),
                   ("列入市级领导三个一包抓重大项目", 7)]


def test_a_bare_measure_is_the_product_its_sentence_names_first_else_the_headlines():
    body = "目前，全县种植面积已超过2万亩，产值高达6.4亿元。该县建成白牦牛标准化养殖场46个，存栏量稳定在8.2万头。全县总面积2908平方公里。"
    got = rows(body, title="西和县：“半夏之乡”迎丰收", fields=("name",))
    assert got == [("半夏种植面积",), ("半夏产值",), ("白牦牛标准化养殖场",), ("白牦牛存栏量",), ("总面积",)]


def test_a_plan_period_that_has_begun_leads_its_paragraph_but_not_the_next():
    body = ('" 十四五 " 期间，七里河区经济实现跨越增长。地区生产总值年均增长 4.5%，固定资产投资累计完成 800 亿元。\n'
            "新能源领域势头强劲，17家企业实现并网发电。")
    got = rows(body, title="七里河：成就", published="2025-11-13T09:00:00+08:00",
               fields=("name", "value_normalized", "period_start", "period_end"))
    assert got[:2] == [("地区生产总值", 4.5, "2021-01-01", "2025-12-31"),
                       ("固定资产投资", 80_000_000_000, "2021-01-01", "2025-12-31")]
    assert got[2][1:] == (17, "", "2025-11-13")   # the next paragraph: as reported on


def test_projects_started_at_a_ceremony_in_a_village_are_the_countys_and_progress_against_an_investment_plan_counts():
    body = ("3月27日，西峰区在肖金镇芮岭村举行15个重点项目集中开工仪式。"
            "今年确定市级领导包抓项目55个，年度计划投资68.4亿元，完成投资16.4亿元，占年度投资计划的24%。")
    got = rows(body, title="西峰：项目", published="2020-03-27T17:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("集中开工重点项目", 15), ("市级领导包抓项目", 55), ("市级领导包抓项目投资", 1_640_000_000),
                   ("市级领导包抓项目投资占年度投资计划比重", 24)]


def test_an_officials_dated_quotation_of_the_countys_projects_is_the_countys():
    body = ("“重点项目是扩投资、稳增长的压舱石。2023年，清水县牢固树立‘项目为王’理念，抢抓国家投资政策加力增效的窗口期，"
            "谋划实施重点建设项目172个，年度计划投资86.9亿元。”清水县政府项目前期综合服务中心主任程刚说。")
    got = rows(body, title="清水：项目", published="2023-02-14T18:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("重点建设项目", 172)]


def test_a_project_sets_status_counts_are_its_own_and_an_abbreviated_growth_is_a_growth():
    body = ("今年确定市级领导包抓项目55个，已复工开工32个，完成投资16.4亿元。44个全省重点投资项目全部按计划开工。"
            "省级重大建设项目目前共完成投资2.1亿元。1-2月，全区固定资产投资同比增10.08%。")
    got = rows(body, title="嘉峪关：项目", published="2021-03-26T09:00:00+08:00", fields=("name", "kind"))
    assert got == [("市级领导包抓项目", "count"), ("市级领导包抓项目复工开工", "count"), ("市级领导包抓项目投资", "amount"),
                   ("全省重点投资项目", "count"), ("省级重大建设项目投资", "amount"), ("固定资产投资", "growth_rate")]


def test_a_year_not_over_that_opens_its_sentence_leads_the_years_projects_but_not_the_stocks_after_it():
    body = ("2020年，全区共实施基本建设项目160个，总投资336.17亿元。投资清单项目56项，总投资191.2亿元。全区规模以上工业企业达到21家。"
            "同时，全县太阳能资源丰富，全年日照时间达3360小时。全县建成风电场33个。")
    got = rows(body, title="白银区：项目", published="2020-03-20T09:00:00+08:00",
               fields=("value_normalized", "period_start", "period_end"))
    assert got == [(160, "2020-01-01", "2020-12-31"), (33_617_000_000, "2020-01-01", "2020-12-31"),
                   (56, "2020-01-01", "2020-12-31"), (19_120_000_000, "2020-01-01", "2020-12-31"),
                   (21, "", "2020-03-20"), (33, "", "2020-03-20")]


def test_one_factory_one_company_one_centre_a_job_fair_and_what_is_ensured_are_not_the_countys_indicators():
    body = ("该厂年生产玫瑰鲜花能力2070吨。其中方正草业开发有限责任公司加工岷山猫尾草2700吨。"
            "2015年，县农技中心组建了占地321亩的脱毒种薯繁育中心。线下开专场招聘会提供就业岗位2150个。"
            "确保一季度开复工率达60%以上。全县完成固定资产投资5亿元。")
    got = rows(body, title="岷县：牧草", published="2018-02-15T09:00:00+08:00", fields=("value_normalized",))
    assert got == [(500_000_000,)]


def test_a_county_whose_name_starts_with_a_linking_word_keeps_its_name_out_of_the_indicators():
    body = "和政县储备项目64项，总投资116.3亿元。其中，涉及脱贫攻坚项目29个。今年临夏县谋划实施州列重点项目109个。"
    got = rows(body, title="临夏州：招商", published="2019-06-01T09:00:00+08:00", fields=("name",))
    assert got == [("储备项目",), ("储备项目总投资",), ("脱贫攻坚项目",), ("州列重点项目",)]


def test_villages_counted_are_not_one_village():
    body = "建成绿洲小城镇和12个移民新村；搬迁安置南部高海拔山区群众1.53万户6.24万人；累计减贫14.23万人。"
    got = rows(body, title="古浪：综述", published="2022-08-18T09:00:00+08:00", fields=("value_normalized",))
    assert got == [(12,), (15_300,), (62_400,), (142_300,)]   # (the villages counted are the county's)


def test_a_year_before_people_balances_and_rates_of_the_living_is_its_last_day():
    body = "2023年，全县常住人口8.48万人，城镇化率35.26%，金融机构存款余额82.51亿元，地区生产总值40.2亿元。" \
           "2023年全县城乡劳动力资源总数13.88万人，其中乡村劳动力12.13万人，输转劳动力6.2万人。"
    got = rows(body, title="夏河：年鉴", published="2024-06-01T09:00:00+08:00", fields=("period_start", "period_end"))
    assert got == [("", "2023-12-31")] * 3 + [("2023-01-01", "2023-12-31")] \
        + [("", "2023-12-31")] * 2 + [("2023-01-01", "2023-12-31")]   # (labour sent out is the year's)


def test_a_structure_of_investment_gives_the_sectors_shares_of_investment():
    body = "三次产业投资结构占比为5:41:54，与去年同期比较。全县三次产业结构为17.2∶31.5∶51.3。"
    got = rows(body, title="山丹：投资运行", published="2021-07-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("第一产业投资比重", 5), ("第二产业投资比重", 41), ("第三产业投资比重", 54),
                   ("第一产业比重", 17.2), ("第二产业比重", 31.5), ("第三产业比重", 51.3)]


def test_a_running_total_after_a_count_is_that_things_and_one_base_or_plot_is_one_case():
    body = ("去年该县新发展家庭农场8个，累计达到15个。目前，该资源圃成功栽培育苗桃儿七20亩。"
            "其中，新扩建的肉牛繁育示范基地完成改造后规模达到3500头。")
    got = rows(body, title="通渭：家庭农场", published="2015-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("家庭农场", 8), ("家庭农场", 15)]


def test_this_time_is_no_part_of_a_name_and_projects_secured_into_place_are_projects_secured():
    body = "本次集中开工项目共9项，总投资13.5亿元。争取到位中央预算内投资项目8项，落实到位资金1.37亿元。"
    got = rows(body, title="肃南：项目", published="2023-10-20T09:00:00+08:00", fields=("name",))
    assert got[:3] == [("集中开工项目",), ("集中开工项目总投资",), ("中央预算内投资项目",)]


def test_a_quarter_after_the_publications_own_year_is_this_years_though_not_over():
    body = "2022年，静宁县计划实施重大项目253项。一季度，58个续建项目全部复工。"
    got = rows(body, title="静宁：项目", published="2022-02-19T09:00:00+08:00",
               fields=("value_normalized", "period_start", "period_end"))
    assert got == [(58, "2022-01-01", "2022-03-31")]
    earlier = rows("一季度，58个续建项目全部复工。", title="静宁：项目", published="2022-02-19T09:00:00+08:00",
                   fields=("value_normalized", "period_start", "period_end"))
    assert earlier == [(58, "2021-01-01", "2021-03-31")]   # no year named: the last quarter reported


def test_a_part_of_a_running_total_is_a_stock_on_the_same_day():
    body = "2015年新增农民专业合作社185个，合作经济组织累计达到858个，其中农民专业合作社809个、专业协会49个。"
    got = rows(body, title="通渭：合作经济组织", published="2016-02-15T09:00:00+08:00",
               fields=("value_normalized", "period_start", "period_end"))
    assert got == [(185, "2015-01-01", "2015-12-31"), (858, "", "2015-12-31"), (809, "", "2015-12-31"),
                   (49, "", "2015-12-31")]


def test_the_investment_after_a_plans_projects_is_the_plans_too_with_the_region_before_its_plan():
    # a sentence that opens with a plan for a year not over is the plan's, its region named before 计划 or not
    # (the eleventh held-out set's label keeps 216.4亿元; the rule book, and 漳县's sentence below, do not)
    for body in ("2023年肃北县计划建设重点项目63项，总投资216.4亿元。", "今年镇原县计划实施项目279个,总投资378亿元,当年投资95亿元。"):
        assert rows(body, title="项目", published="2023-04-06T09:00:00+08:00") == []
    body = "今年镇原县计划实施项目279个,总投资378亿元,当年投资95亿元,目前已开工68个,完成投资3.6亿元。"
    got = rows(body, title="镇原：项目", published="2020-03-11T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("计划实施项目开工", 68), ("计划实施项目投资", 360_000_000)]   # what is done so far: progress


def test_a_plans_year_leads_only_the_plan_and_a_year_after_a_source_still_opens_its_sentence():
    # 当年 before 计划 is the plan's year: it neither reaches back to the projects' figures nor
    # carries on; 据悉，2020年… opens its sentence as much as 2020年… does
    body = ("此次陇西县集中开复工项目共32个，总投资79.7亿元，当年计划完成投资20.3亿元。\n"
            "据悉，2020年漳县计划实施项目59个、总投资162.3亿元，当年计划完成投资30.5亿元。"
            "其中续建项目12项，总投资60.4亿元，当年计划完成投资19.3亿元；新建项目47项，总投资101.9亿元。")
    got = rows(body, title="项目集中开复工", published="2020-03-25T09:00:00+08:00")
    assert got == [("集中开复工项目", 32, "", "2020-03-25"), ("集中开复工项目总投资", 7_970_000_000, "", "2020-03-25"),
                   ("续建项目", 12, "2020-01-01", "2020-12-31"), ("续建项目总投资", 6_040_000_000, "2020-01-01", "2020-12-31"),
                   ("新建项目", 47, "2020-01-01", "2020-12-31"),
                   ("新建项目总投资", 10_190_000_000, "2020-01-01", "2020-12-31")]


def test_a_year_with_an_estimate_is_still_that_years():
    body = "2011年预计实现生产总值94.2亿元，比2006年净增50.3亿元。"
    got = rows(body, title="麦积区“十一五”经济社会发展成就", published="2012-09-02T09:00:00+08:00")
    assert got[0] == ("地区生产总值", 9_420_000_000, "2011-01-01", "2011-12-31")


def test_projects_started_together_are_a_series_of_their_own_with_their_parts_and_measures():
    body = ("2023年，华亭市集中开工重点项目45个。\n"
            "此次集中开复工项目30项。其中，集中复工11个，总投资56亿元；集中开工19个，总投资5.3亿元。\n"
            "会宁县35个重点项目集中开工。此次集中开工的35个项目总投资33.02亿元。\n"
            "嘉峪关市此次共有65个重点项目集中复工开工，总投资规模243亿元。")
    got = rows(body, title="项目集中开工", published="2023-03-25T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("集中开工重点项目", 45), ("集中开复工项目", 30),
                   ("集中复工项目", 11), ("集中复工项目总投资", 5_600_000_000),
                   ("集中开工项目", 19), ("集中开工项目总投资", 530_000_000),
                   ("集中开工重点项目", 35), ("集中开工项目", 35), ("集中开工项目总投资", 3_302_000_000),
                   ("集中复工开工重点项目", 65), ("集中复工开工重点项目总投资", 24_300_000_000)]


def test_new_projects_keep_their_status_a_plans_estimated_investment_is_its_projects_and_adverbs_of_time_go():
    body = ("今年，华亭市共计划实施500万元以上重点建设项目83个，概算总投资184.05亿元。"
            "其中新建项目开工18个，总投资6.11亿元。\n"
            "民乐县马铃薯种植面积每年持续稳定在15万亩，年加工能力达30万吨以上。")
    got = rows(body, title="华亭：项目", published="2020-03-26T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("计划实施500万元以上重点建设项目概算总投资", 18_405_000_000),
                   ("新建项目开工", 18), ("新建项目总投资", 611_000_000),   # (工业及能源项目开工11项，完成投资… alike)
                   ("马铃薯种植面积", 150_000), ("马铃薯加工能力", 300_000)]


def test_a_clause_that_names_the_county_after_a_town_is_the_countys_and_so_are_the_clauses_after_it():
    # 在六峰镇… is one town's; 而在甘谷县全县… opens a subject of its own, and what follows without a
    # subject is the county's too — but a place after 在 alone (在东乡县建设…) is where, not who
    body = ("在六峰镇接近90%的耕地已种成花椒树，而在甘谷县全县花椒种植面积达22万亩，年产量达1.2万余吨，产值在10亿元以上。"
            "\n据介绍，田地公司在渭源县内种植原种6800多亩，在临夏州东乡县建设原原种基地80多亩。")
    got = rows(body, title="甘谷花椒产业助力山区群众稳定脱贫", published="2020-08-05T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("花椒种植面积", 220_000), ("花椒产量", 12_000), ("花椒产值", 1_000_000_000)]


def test_the_countys_stations_and_capacity_are_not_one_stations_and_a_list_of_projects_names_no_owner():
    body = ("全县光伏地面电站装机并网12.1万千瓦，建设光伏扶贫项目25兆瓦。\n"
            "此次开工的北区热源厂改扩建项目、庆阳四中校园扩建项目等15个重点项目，总投资22.7亿元。")
    got = rows(body, title="西峰区：项目", published="2020-03-27T09:00:00+08:00", fields=("name", "value_normalized"))
    # (此次开工的…项目、…项目等15个重点项目: the listed projects were started, 开工重点项目)
    assert got == [("光伏地面电站装机并网", 121_000), ("光伏扶贫项目", 25_000),
                   ("开工重点项目", 15), ("开工重点项目总投资", 2_270_000_000)]
    regions = {o.region for o in extract_indicators("西峰区：项目", body, "2020-03-27T09:00:00+08:00").observations}
    assert regions == {"西峰区"}


def test_a_county_that_holds_an_event_is_the_subject_of_the_paragraph_after_it():
    body = ("临泽县举办了“丹霞杯”美食文化艺术节，深受游客喜爱。各景区累计接待游客25.91万人次，实现旅游综合收入1.35亿元。")
    got = rows(body, title="张掖：十一黄金周", published="2014-10-08T09:00:00+08:00", fields=("region", "value_normalized"))
    assert got == [("临泽县", 259_100), ("临泽县", 135_000_000)]   # (举办 is no office, 县…办 as 县政府办)


def test_a_region_that_starts_a_parks_name_is_not_the_sentences_subject():
    body = ("甘州区全力以赴推进项目建设。\n"
            "张掖智能制造产业园、张掖兰标生物生态厕所项目等3个项目列入全省重大建设项目，十大生态产业完成产值占GDP比重的20.03%。"
            "张掖智能制造产业园一、二、三期标准化厂房建设接近尾声，签约投资额30亿元以上。")
    got = extract_indicators("甘州区以项目建设积蓄高质量发展新动能", body, "2020-01-09T09:00:00+08:00").observations
    assert [(o.value_normalized, o.region) for o in got] == [(3, "甘州区"), (20.03, "甘州区"), (3e9, "甘州区")]
    # a park a region relies on is not a name it starts: the county stays the subject
    got = extract_indicators("张掖市工业经济稳步发展", "高台县依托循环经济产业园，入驻企业52家，实现工业产值20亿元。",
                             "2023-05-01T09:00:00+08:00").observations
    assert {o.region for o in got} == {"高台县"}


def test_an_april_review_of_the_year_before_gives_it_to_what_was_gathered_but_a_target_gives_nothing():
    body = ("4月24日，高台县荣膺全省“2022年县域经济发展进步县”。\n"
            "2022年，高台县深入实施乡村振兴战略，县域经济综合实力明显增强。\n"
            "发展县域经济，产业是关键。全县粮食播种面积达36.72万亩，总产量18.15万吨。")
    got = rows(body, title="高台:为县域经济高质量发展注入澎湃动力", published="2023-04-26T09:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert ("粮食产量", "2022-01-01", "2022-12-31") in got
    target = ("4月22日，陇西县举行投资项目集中开复工仪式。\n此次陇西县集中开复工项目共32个，总投资79.7亿元。"
              "将为实现陇西县全年经济社会发展目标任务提供有力支撑。\n全县新开工项目12个，总投资3.1亿元。")
    got = rows(target, title="陇西县投资项目集中开复工", published="2020-03-23T09:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert ("新开工项目总投资", "", "2020-03-23") in got


def test_a_review_of_last_year_does_not_date_a_ceremonys_batch_a_paragraph_before_it():
    body = ("近日，全市重大项目集中开工活动举行。本次活动金昌市开工重大项目36个，总投资212亿元。\n"
            "据了解，仅去年，该市实施市列重点项目62个，完成投资186.4亿元。")
    got = rows(body, title="金昌：集中开工", published="2023-02-16T09:00:00+08:00")
    assert got == [("开工重大项目", 36, "", "2023-02-16"), ("开工重大项目总投资", 21_200_000_000, "", "2023-02-16"),
                   ("市列重点项目", 62, "2022-01-01", "2022-12-31"),
                   ("市列重点项目投资", 18_640_000_000, "2022-01-01", "2022-12-31")]


def test_the_later_year_projects_are_stored_for_is_what_is_counted_not_its_period():
    body = "今年，共储备2023年中央预算内投资项目67项、总投资72.82亿元。"
    got = rows(body, title="肃南县：项目", published="2022-12-23T09:00:00+08:00")
    assert got == [("储备2023年中央预算内投资项目", 67, "2022-01-01", "2022-12-23"),
                   ("储备2023年中央预算内投资项目总投资", 7_282_000_000, "2022-01-01", "2022-12-23")]


def test_one_total_after_a_list_of_things_is_named_by_the_whole_list_but_not_a_list_inside_a_modifier():
    body = ("永昌县高原夏菜、优质牧草面积稳定在20万亩。临潭县建成牦牛、藏羊育肥小区25个。"
            "争取各类项目138项，到位国家、省市资金9.11亿元。全县建成冷藏运输韭菜、韭薹的冷冻库8个。")
    got = rows(body, title="经济运行", fields=("name", "value_normalized"))
    assert got == [("高原夏菜、优质牧草面积", 200_000), ("牦牛、藏羊育肥小区", 25), ("争取各类项目", 138),
                   ("到位国家、省市资金", 911_000_000), ("韭薹的冷冻库", 8)]


def test_leaving_poverty_is_named_verb_first_whatever_the_order_and_is_a_flow():
    body = "2019年，全县2.3万贫困人口和5个贫困村脱贫退出，120个贫困村出列，1.2万贫困人口实现稳定脱贫。"
    got = rows(body, title="脱贫攻坚", published="2020-06-01T09:00:00+08:00")
    assert got == [("脱贫贫困人口", 23_000, "2019-01-01", "2019-12-31"), ("退出贫困村", 5, "2019-01-01", "2019-12-31"),
                   ("出列贫困村", 120, "2019-01-01", "2019-12-31"),
                   ("稳定脱贫贫困人口", 12_000, "2019-01-01", "2019-12-31")]


def test_a_span_opening_its_clause_is_named_by_the_clause_that_says_what_changed():
    body = "全县贫困人口大幅减少，由2011年的1.21万人下降到803人。"
    got = rows(body, title="碌曲：“十二五”综述", published="2016-04-06T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("贫困人口", 12_100), ("贫困人口", 803)]


def test_livestock_listed_after_a_qualified_kind_take_its_qualifier_and_bags_and_horses_are_counted():
    body = "一季度，袋栽食用菌达8000万袋。特色养殖牛26万头、羊200万只、岔口驿马8500匹。"
    got = rows(body, title="天祝：一季度经济", published="2023-05-18T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("袋栽食用菌", 80_000_000), ("特色养殖牛", 260_000), ("特色养殖羊", 2_000_000),
                   ("特色养殖岔口驿马", 8500)]


def test_the_one_county_a_title_names_is_the_articles_however_often_the_body_names_its_city():
    body = ("皋兰县曾为甘肃首县，解放初县政府驻兰州市区。\n区位优势明显。地处兰州北部，位于兰州、白银和兰州新区三角中心，"
            "县城距兰州市区35公里，是兰州新老城区的关联带。\n水电资源充足。拥有调蓄水库4座、自来水厂2座。")
    result = extract_indicators("皋兰县情简介", body, "2017-06-01T09:00:00+08:00")
    assert result.region is not None and result.region.name == "皋兰县"
    assert {o.region for o in result.observations if o.name in ("调蓄水库", "自来水厂")} == {"皋兰县"}


def test_a_ceremony_day_is_the_period_of_what_it_started_through_its_paragraph_only():
    body = ("3月20日，漳县举行2020年第一批投资项目集中开复工仪式。此次集中开复工项目30项、总投资61.3亿元。\n"
            "全县规模以上工业企业达到21家。\n"
            "3月5日，记者从县统计局获悉，全县已建成温室大棚1200座。")
    got = rows(body, title="漳县：集中开复工", published="2020-03-25T09:00:00+08:00")
    assert got == [("集中开复工项目", 30, "2020-03-20", "2020-03-20"),
                   ("集中开复工项目总投资", 6_130_000_000, "2020-03-20", "2020-03-20"),
                   ("规模以上工业企业", 21, "", "2020-03-25"), ("温室大棚", 1200, "", "2020-03-25")]


def test_a_ceremony_day_without_its_month_and_today_after_a_comma_are_days_too():
    body = ("本报讯(记者 王强)7日下午，第三十届兰洽会白银市项目专场签约仪式在兰州举行。本届兰洽会，白银市共签约项目48项。\n"
            "今年一季度，全区计划开工重点项目40项，3月上旬已开工12项，今天集中开复工21项。")
    got = rows(body, title="白银：签约", published="2024-07-08T09:00:00+08:00", fields=("value_normalized", "period_start",
                                                                                     "period_end"))
    assert got == [(48, "2024-07-07", "2024-07-07"), (12, "2024-03-01", "2024-03-10"),
                   (21, "2024-07-08", "2024-07-08")]
    # a day after the publication's is last month's
    got = rows("28日，全县重点项目集中开工，此次开工项目16个。", title="某县：集中开工", published="2024-08-02T09:00:00+08:00",
               fields=("value_normalized", "period_start"))
    assert got == [(16, "2024-07-28")]


def test_a_year_starting_an_item_of_a_list_of_projects_is_its_name_not_a_period():
    body = ("此次共有65个重点项目集中复工开工。全市政府投资项目18项，分别是S06酒嘉绕城高速公路、南湖幼儿园、"
            "2020年老旧小区改造基础设施配套等项目；文旅商贸及房地产项目17项。")
    got = rows(body, title="嘉峪关市65个重点项目集中复工开工", published="2022-02-19T09:00:00+08:00")
    assert got[1:] == [("政府投资项目", 18, "", "2022-02-19"), ("文旅商贸及房地产项目", 17, "", "2022-02-19")]


def test_a_part_of_a_set_of_projects_after_you_is_named_by_itself():
    body = "此次集中复工开工的重点项目有工业及节能改造项目24项。剩余项目有效投资量仅21.4亿元。"
    got = rows(body, title="嘉峪关市重点项目集中复工开工", published="2022-02-19T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("工业及节能改造项目", 24), ("剩余项目有效投资量", 2_140_000_000)]


def test_absolute_changes_listed_after_their_things_go_to_those_figures_by_name_and_unit():
    body = ("今年全县种植高原夏菜17.2万亩、藜麦6万亩，袋栽食用菌9000万袋、畦栽30万平方米，养殖牛28.6万头、羊220.2万只，"
            "高原夏菜、食用菌、牛、羊较2021年分别增加5.9万亩、5914万袋、8.3万头、59.8万只。")
    got = rows(body, title="天祝：产业富县", published="2024-10-15T09:00:00+08:00",
               fields=("name", "value_normalized", "change_value"))
    assert got == [("高原夏菜", 172_000, 59_000), ("藜麦", 60_000, None), ("袋栽食用菌", 90_000_000, 59_140_000),
                   ("畦栽", 300_000, None), ("养殖牛", 286_000, 83_000), ("养殖羊", 2_202_000, 598_000)]


def test_as_of_a_year_without_a_month_is_its_last_day():
    body = "截至2023年，积石山县花椒种植面积达30万亩，年产量450万公斤。截至2023年10月底，全县合作社120家。"
    got = rows(body, title="积石山花椒", published="2025-05-15T09:00:00+08:00")
    assert got == [("花椒种植面积", 300_000, "", "2023-12-31"), ("花椒产量", 4500, "", "2023-12-31"),   # (tonnes)
                   ("合作社", 120, "", "2023-10-31")]


def test_a_tier_is_no_rank():
    body = "华池县经济体量和综合实力位居全市第一方阵，发电量稳居全国第一梯队，地区生产总值增速位居全市第一。"
    got = rows(body, title="华池县政府工作报告", published="2024-01-29T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("地区生产总值增速全市排名", 1)]


def test_a_number_in_a_places_name_and_a_features_length_are_not_figures():
    body = "汽车爬上了甘谷县六峰镇周家川子村花椒基地。苹果产业带绵延60公里，黄河流经县域110公里。全县三个乡镇新建温室200座。"
    got = rows(body, title="甘谷花椒", published="2020-08-05T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("温室", 200)]


def test_the_started_part_of_a_set_already_counted_keeps_its_status_before_its_measures():
    body = ("该县共谋划上报项目69个，其中续建项目28个、总投资71.66亿元，新建项目41个、总投资61.54亿元。"
            "参加本次集中开复工活动的项目，其中续建项目复工25个、总投资43.73亿元，新建项目开工18个、总投资6.11亿元。\n"
            "截至目前，续建30个，开工29个，完成投资3.11亿元。")
    got = rows(body, title="通渭：开复工", published="2020-03-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert ("续建项目复工总投资", 4_373_000_000) in got and ("新建项目开工总投资", 611_000_000) in got
    assert ("新建项目总投资", 6_154_000_000) in got and ("新建项目总投资", 611_000_000) not in got


def test_posts_awards_floors_one_days_peaks_and_firms_reached_after_ba_are_not_the_countys_series():
    body = ("确定各级河湖长512人，河湖警长18人。渭河渭源段干流全长48公里。荣获区域品牌百强奖等国家级奖项4项。"
            "所有行政村集体经济年收入均超33万元。4月23日莫高窟单日接待人数首次突破3000人。"
            "月牙泉景区日最大接待量由2016年的2.83万人增加到2017年的3.62万人。"
            "把扶持发展的206个农牧民专业合作社纳入清单。全县新建日光温室300座。")
    got = rows(body, title="县域经济", published="2022-09-25T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("日光温室", 300)]


def test_a_stray_space_inside_a_word_and_the_provinces_own_name_leave_names_whole():
    body = "全县羊饲养 量达到145.41万只。2022年，甘肃省县域经济规模达到10509.8亿元。地区生产总值首破百亿元，达到102亿元。"
    got = rows(body, title="永昌县肉羊产业", published="2023-04-26T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [name for name, _ in got] == ["羊饲养量", "县域经济规模", "地区生产总值"]


def test_places_counted_are_not_one_place_and_projects_counted_are_not_one_project():
    body = ("先后投资3.43亿元实施文化旅游基础设施项目，创建A级旅游景区7个。"
            "政府投资6.62亿元撬动社会投资15亿元，实施72个肉羊产业重点项目。")
    got = rows(body, title="甘南：文旅", published="2025-04-10T09:00:00+08:00", fields=("name", "value_normalized"))
    assert ("A级旅游景区", 7) in got and ("撬动社会投资", 1_500_000_000) in got


def test_a_count_before_firms_that_achieved_a_total_ends_before_the_verb():
    body = "2010年，全区29户规模以上工业企业累计实现工业总产值50.27亿元。新签约项目67个，总投资190.87亿元，实施省外项目97个。"
    got = rows(body, title="麦积区产业", published="2011-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert ("规模以上工业企业", 29) in got and ("新签约项目总投资", 19_087_000_000) in got


def test_one_rank_shared_by_one_products_listed_measures_gives_each_its_row():
    body = "武都油橄榄种植面积、鲜果产量、初榨油产量均居全国第一位。去年，全市核桃产业面积、产量位居全国第二。"
    got = rows(body, title="武都油橄榄", published="2021-09-21T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("油橄榄种植面积全国排名", 1), ("油橄榄鲜果产量全国排名", 1), ("油橄榄初榨油产量全国排名", 1),
                   ("核桃产业面积全国排名", 2), ("核桃产量全国排名", 2)]


def test_one_rank_shared_by_a_list_the_text_calls_indicators_gives_each_its_row():
    # what 等指标 lists is ranked item by item, an appraisal's domains (社会建设) too
    body = "其中，社会建设、文化建设、农村居民人均纯收入和文化产业增加值等指标位居全省第一。"
    got = rows(body, title="张掖市考核排名", published="2014-04-24T12:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("社会建设全省排名", 1), ("文化建设全省排名", 1), ("农民人均纯收入全省排名", 1),
                   ("文化产业增加值全省排名", 1)]


def test_what_a_cooperatives_head_goes_on_to_say_is_the_cooperatives():
    body = ("据了解，七里河区百合种植面积达到5万余亩。"
            "“我们合作社共种植百合450亩。”榆中兴圻百合种植专业合作社负责人李生坤说，每亩投入资金约1000元，亩产量1650斤。"
            "县农业农村局局长说，全县百合产值达到3亿元。")
    got = rows(body, title="兰州百合迎来丰收季", published="2023-08-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("百合种植面积", 50_000), ("百合产值", 300_000_000)]


def test_an_appraisals_counties_are_no_indicator_and_so_far_the_province_counts_its_own():
    body = "据了解，这次依次评定进步县10个、十强县10个、先进县10个，至此全省地区生产总值过百亿的县域达到31个。"
    got = rows(body, title="崆峒区县域经济", published="2023-04-26T09:00:00+08:00", fields=("name", "value_normalized", "region"))
    assert got == [("地区生产总值过百亿的县域", 31, "甘肃省")]


def test_a_forecast_for_the_years_end_is_this_years_end_and_a_target():
    body = "目前，存栏种羊4000只，预计年底存栏量达6万只。2022年底全县羊存栏74.49万只。"
    got = rows(body, title="山丹肉羊", published="2022-08-16T09:00:00+08:00", fields=("value_normalized", "period_end"))
    assert (60_000, "2022-12-31") not in got and (60_000, "2021-12-31") not in got


def test_a_sentence_opening_with_a_years_plan_is_the_plans_but_progress_so_far_counts():
    body = ("2025年计划种植商品薯31万亩，牛饲养量、苹果产量分别达到16.6万头、80万吨。"
            "2024年计划实施项目50个，目前已开工30个。户均年收入超过10万元的不在少数。全市上下要切实强化首位意识。")
    got = rows(body, title="庄浪：特色产业", published="2024-06-16T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("计划实施项目开工", 30)]


def test_new_signings_keep_new_and_a_demonstration_village_is_one_noun():
    body = "新签约项目67个，总投资190.87亿元。建成32个省级乡村建设示范村。现已探明煤炭储量34亿吨。1月至6月，累计接待游客数量66万人次。"
    got = rows(body, title="定西：一季度", published="2023-06-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [name for name, _ in got] == ["新签约项目", "新签约项目总投资", "省级乡村建设示范村", "探明煤炭储量", "旅游接待人次"]


def test_tonnes_produced_a_year_and_a_herds_bare_offtake_rate_are_that_things():
    body = "2012年，羊饲养量已达到145.41万只，出栏率达到106%。武都区年产出橄榄油5800吨。油橄榄栽种面积达50.6万亩，鲜果产量4万吨。"
    got = rows(body, title="永昌县肉羊产业", published="2013-11-27T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [name for name, _ in got] == ["羊饲养量", "羊出栏率", "橄榄油产量", "油橄榄栽种面积", "油橄榄鲜果产量"]


def test_projects_counted_by_status_keep_it_with_their_kind():
    body = "今年开工建设的石材项目达24个，其中新建石材项目15个，续建石材项目9个。"
    got = rows(body, title="敦煌市石材产业加快发展", published="2011-08-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("开工建设石材项目", 24), ("新建石材项目", 15), ("续建石材项目", 9)]


def test_a_part_its_phrase_qualifies_is_not_filed_beside_the_whole():
    body = ("2009年以来，标准化建成万只羊场19个，其中以客商投入为主建成的万只羊场16个。"
            "全县农户4.2万户，其中进行纹党参种植的农户1.2万户。")
    got = rows(body, title="永昌县肉羊产业", published="2013-11-27T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("万只羊场", 19), ("以客商投入为主建成的万只羊场", 16), ("农户", 42_000), ("进行纹党参种植的农户", 12_000)]


def test_growths_stated_by_a_growth_word_before_respectively_are_growths():
    body = "一季度，肃州区、金塔县一产增速分别为7.5%、7.2%。2023年，城乡居民人均可支配收入增速分别为6.1%和7.9%。"
    got = rows(body, title="金塔县农业经济", published="2025-04-20T09:00:00+08:00", fields=("name", "kind", "region"))
    assert got == [("第一产业增加值", "growth_rate", "肃州区"), ("第一产业增加值", "growth_rate", "金塔县"),
                   ("城镇居民人均可支配收入", "growth_rate", "金塔县"), ("农村居民人均可支配收入", "growth_rate", "金塔县")]


def test_a_running_total_written_after_a_space_is_still_a_stock():
    body = "2009年以来，全县新增规模养羊户1448户，规模养羊户累计达到 15153户。"
    got = rows(body, title="永昌县肉羊产业", published="2013-11-27T09:00:00+08:00", fields=("value_normalized", "period_start"))
    assert got == [(1448, "2009-01-01"), (15153, "")]


def test_respectively_pairs_listed_regions_with_levels_and_with_both_ends_of_a_span():
    body = ("一季度，肃州区、金塔县地区生产总值分别达到96亿元、31.4亿元。"
            "肃州区、金塔县一产占GDP比重分别从上年的9%、13.4%调整为8.5%、14.6%。")
    got = rows(body, title="酒泉市一季度经济", published="2025-04-20T09:00:00+08:00",
               fields=("name", "value_normalized", "region", "period_end"))
    assert got == [("地区生产总值", 9_600_000_000, "肃州区", "2025-03-31"),
                   ("地区生产总值", 3_140_000_000, "金塔县", "2025-03-31"),
                   ("第一产业比重", 9, "肃州区", "2024-12-31"), ("第一产业比重", 13.4, "金塔县", "2024-12-31"),
                   ("第一产业比重", 8.5, "肃州区", "2025-03-31"), ("第一产业比重", 14.6, "金塔县", "2025-03-31")]


def test_the_first_values_of_a_respective_span_share_the_first_ones_period():
    body = "2021年，城乡居民人均可支配收入分别从2016年的29661元、10391元增加到43364元、16117元。"
    got = rows(body, title="兰州市政府工作报告", published="2022-01-10T09:00:00+08:00", fields=("value_normalized", "period_end"))
    assert got == [(29661, "2016-12-31"), (10391, "2016-12-31"), (43364, "2021-12-31"), (16117, "2021-12-31")]


def test_zhi_before_a_year_end_keeps_a_point_even_for_a_flow():
    body = "至2011年底，全县果椒总产量42.3万吨，产值14.2亿元。"
    got = rows(body, title="秦安县林果产业", published="2012-03-01T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("果椒总产量", "", "2011-12-31"), ("果椒产值", "", "2011-12-31")]


def test_bare_measures_after_a_bearing_area_are_the_crops_not_the_bearing_parts():
    body = "至2015年底，全县苹果面积61.37万亩，挂果面积30.7万亩，产量54.82万吨，产值18.93亿元。"
    got = rows(body, title="秦安苹果", published="2016-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [name for name, _ in got][-2:] == ["苹果产量", "苹果产值"]


def test_words_around_a_count_that_are_no_part_of_its_name():
    body = ("截止8月底，全县固资完成18.53亿元，增长54%。全县53个重点项目开复工50项。"
            "2023年，全县从事玉米制种的企业33家，其中县内注册企业22家。各类市场主体全县累计11819户。")
    got = rows(body, title="阿克塞县经济运行", published="2023-09-15T09:00:00+08:00", fields=("name", "value_normalized"))
    names = [name for name, _ in got]
    assert {"固定资产投资", "重点项目", "县内注册企业", "各类市场主体"} <= set(names)


def test_one_rank_shared_by_growths_listed_gives_each_its_ranking():
    body = "上半年，全市城镇居民收入、固定资产投资、一产增加值、农村居民收入增速均排在全省前3位。"
    got = rows(body, title="兰州市上半年经济", published="2015-07-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("城镇居民人均可支配收入增速全省排名", 3), ("固定资产投资增速全省排名", 3),
                   ("第一产业增加值增速全省排名", 3), ("农村居民人均可支配收入增速全省排名", 3)]


def test_a_holidays_visits_and_a_scenic_spots_own():
    body = ("仅今年五一节假期，宕昌乡村旅游接待人数达到6.6万人次。其中，官鹅沟大景区1.5万人次。"
            "今年国庆假期甘南州共接待游客61.6万人次，旅游综合收入2.9亿元。旅游人数和收入分别较2020年同期增长21.24%和21.16%。")
    got = rows(body, title="甘南旅游", published="2021-10-08T09:00:00+08:00",
               fields=("value_normalized", "period_start", "change_pct"))
    assert got == [(66_000, "2021-05-01", None), (616_000, "2021-10-01", 21.24), (290_000_000, "2021-10-01", 21.16)]


def test_the_bare_measures_of_an_area_left_unnamed_are_not_the_paragraphs_product():
    body = ("至2015年底，全县苹果面积61.37万亩，产量54.82万吨。"
            "栽植的主要苹果品种有：著色富士系的长富2号、寿红富士等36.82万亩，约占60%，年产量达32.89万吨，产值达11.36亿元。")
    got = rows(body, title="秦安苹果", published="2016-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("苹果面积", 613_700), ("苹果产量", 548_200)]


def test_one_growth_said_of_listed_products_gives_each_its_row():
    body = "上半年，葡萄酒、生铁、钢、铝材产量增速均达到50%。"
    got = rows(body, title="嘉峪关上半年经济", published="2021-07-20T09:00:00+08:00", fields=("name", "kind", "value_normalized"))
    assert got == [("葡萄酒产量", "growth_rate", 50), ("生铁产量", "growth_rate", 50), ("钢产量", "growth_rate", 50),
                   ("铝材产量", "growth_rate", 50)]


def test_periods_found_in_review_census_day_months_to_date_a_plans_end_and_today():
    body = ("第七次人口普查数据显示，全市常住人口为240.73万人。至10月，全市接待游客1217.65万人次。"
            "全县生产总值由“十五”末的12.8亿元增加到19.2亿元。")
    got = rows(body, title="陇南市", published="2019-11-20T09:00:00+08:00", fields=("value_normalized", "period_start", "period_end"))
    assert got[:3] == [(2_407_300, "", "2020-11-01"), (12_176_500, "2019-01-01", "2019-10-31"),
                       (1_280_000_000, "2005-01-01", "2005-12-31")]
    body = "（记者 李红军）今天上午，会宁县35个重点项目集中开工。此次集中开工的35个项目总投资33.02亿元。"
    got = rows(body, title="会宁县35个重点项目集中开工", published="2020-03-11T18:00:00+08:00",
               fields=("value_normalized", "period_start", "period_end"))
    assert (3_302_000_000, "2020-03-11", "2020-03-11") in got


def test_adverbs_at_either_end_of_a_name_go_and_seeds_produced_a_year_are_an_output():
    body = ("近年来，带动玉米制种面积年均保持在25万亩以上。仅2011年就投资2.5亿元，新增就业320人。"
            "种子加工能力达25万吨，年生产优质玉米种子1.5亿公斤。")
    got = rows(body, title="临泽县种业", published="2012-08-01T09:00:00+08:00", fields=("name", "value_normalized"))
    names = [name for name, _ in got]
    assert not any(name.endswith("年") for name in names) and "新增就业" in names
    assert ("投资", 250_000_000) in got and ("优质玉米种子产量", 150_000) in got


def test_production_lines_and_resettlement_villages_counted_number_first_are_indicators():
    body = "2011年，新建7条现代化玉米种子加工生产线。截止2019年9月，建成11个移民新村和1个绿洲生态移民小城镇。"
    got = rows(body, title="古浪县移民区", published="2021-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert ("现代化玉米种子加工生产线", 7) in got and ("移民新村", 11) in got


def test_the_value_a_multiple_is_of_is_the_indicators_row_for_its_own_period():
    body = "“十二五”末，全县地区生产总值达到10.92亿元，是“十一五”末5.18亿元的2.1倍；城镇人均可支配收入18153元。"
    got = rows(body, title="迭部县十二五综述", published="2016-03-01T09:00:00+08:00",
               fields=("name", "value_normalized", "period_end", "change_pct"))
    assert got == [("地区生产总值", 1_092_000_000, "2015-12-31", 110.0), ("地区生产总值", 518_000_000, "2010-12-31", None),
                   ("城镇人均可支配收入", 18153, "2015-12-31", None)]


def test_a_plants_units_a_trip_and_a_subsidy_per_mu_are_no_indicators():
    body = ("甘电投张掖电厂2*1000兆瓦燃煤机组扩建项目相继开工。客商两天开车400多公里来收购半夏。"
            "全县种植大豆玉米复合种植443亩，而且每亩地还有415元补贴。")
    got = rows(body, title="张掖经济", published="2023-07-20T09:00:00+08:00", fields=("value_normalized",))
    assert got == [(443,)]


def test_a_measure_said_of_things_each_before_its_figure_names_each():
    body = "今年，全县饲养量分别达猪45.3万头、鸡142万羽、牛9010头、羊147.6万只。"
    got = rows(body, title="景泰县农牧业", published="2017-12-15T09:00:00+08:00", fields=("name",))
    assert got == [("猪饲养量",), ("鸡饲养量",), ("牛饲养量",), ("羊饲养量",)]


def test_yuji_before_a_sentences_first_figure_makes_all_its_figures_preliminary():
    body = ("今年，麦积区紧紧围绕年初确定的奋斗目标，预计上半年实现生产总值49.3亿元，同比增长13.3%，"
            "固定资产投资30.75亿元，同比增长35.86%。上半年，全区新增市场主体1260户。")
    got = rows(body, title="活力麦积", published="2013-07-22T09:00:00+08:00", fields=("value_normalized", "approx"))
    assert got == [(4_930_000_000, True), (3_075_000_000, True), (1260, False)]


def test_tebieshi_and_the_verbs_of_being_listed_or_obtaining_start_no_name():
    body = ("全市现有省级战略性新兴产业骨干企业29家，特别是兰州新区签订合同项目56个。"
            "全县入选省级战略性新兴产业骨干企业5家，取得国家地理标志认证产品3个。全区已涌现出果品重点乡镇13个。")
    got = rows(body, title="兰州经济", published="2018-07-30T09:00:00+08:00", fields=("name",))
    assert [name for name, in got] == ["省级战略性新兴产业骨干企业", "签订合同项目", "省级战略性新兴产业骨干企业",
                                       "国家地理标志认证产品", "果品重点乡镇"]


def test_a_change_naming_the_sentences_figures_again_is_theirs():
    body = "今年，新引进优质产业项目82个、总投资256亿元，优质产业项目和总投资分别增长21%、28%。"
    got = extract_indicators("兰州新区：一季度", body, "2023-05-01T09:00:00+08:00").observations
    assert [(o.name, o.value_normalized, o.change_pct) for o in got] == [
        ("优质产业项目", 82, 21), ("优质产业项目总投资", 25_600_000_000, 28)]


@pytest.mark.parametrize("body", [
    "对连片新建的日光温室每座补助2万元，对连片种植的塑料大棚每亩补助7000元。",   # a policy's rates
    "华亭市地处北纬35度，气候温和。",   # a coordinate, not 35 kWh
    "园区建成后，年可实现劳务收入300万元，每年可以增加群众收入325万元。",   # what it would bring
    "蔬菜产业可带动农民人均收入1800多元。",
])
def test_rates_coordinates_and_potentials_are_not_indicators(body):
    assert rows(body) == []


def test_all_the_scenic_spots_are_not_one_place_and_a_list_of_projects_is_counted():
    body = "据统计，“五一”小长假期间，康县全域美丽乡村和各A级景区共接待游客36.9万人次，实现旅游综合收入14496.9万元。"
    assert rows(body, published="2021-05-06T09:00:00+08:00") == [
        ("旅游接待人次", 369_000, "2021-05-01", "2021-05-05"), ("旅游综合收入", 144_969_000, "2021-05-01", "2021-05-05")]
    body = "据悉，今年该县共梳理安排开工重点清单项目共161个，总投资386.27亿元。"
    assert [n for (n,) in rows(body, fields=("name",))] == ["开工重点清单项目", "开工重点清单项目总投资"]


def test_a_place_relied_on_opening_the_sentence_is_no_subject():
    body = "以示范园为依托，在周边推广绿色标准化种植2万亩，同步完成防雹网搭建1720亩、安装风热型防霜机3台。"
    assert [v for (_, v) in rows(body, fields=("name", "value_normalized"))] == [20_000, 1720, 3]


def test_firms_that_are_no_industry_keep_their_output_and_an_industrys_firms_give_it_theirs():
    body = "截至目前，全州牛羊全产业链发展重点企业85家，上半年完成产值1.97亿元。"
    assert [n for (n,) in rows(body, fields=("name",))] == ["牛羊全产业链发展重点企业", "牛羊全产业链发展重点企业产值"]
    body = "全县规模以上工业企业实现增加值12.3亿元。"
    assert [n for (n,) in rows(body, fields=("name",))] == ["规模以上工业增加值"]


def test_a_firm_the_subject_of_a_sentence_owns_the_paragraphs_figures_that_name_no_region():
    body = ("日前，记者来到天水长城电工开关有限公司采访。2012年，长城电工公司追求科技领先，使产品畅销国内外市场。"
            "2012年，实现产值1.7亿，销售收入0.9亿。\n2012年，秦州区规模以上工业企业完成工业总产值109.22亿元。")
    assert [n for (n,) in rows(body, published="2013-01-20T09:00:00+08:00", fields=("name",))] == [
        "规模以上工业总产值"]


def test_a_parks_clause_after_a_semicolon_is_the_parks_and_its_countys():
    body = ("武威雪域酒厂生产线正在加紧建设；黄羊工业园区开工建设项目65项，总投资11.43亿元，累计完成投资8.35亿元。")
    got = extract_indicators("凉州区：工业园区", body, "2015-07-20T09:00:00+08:00").observations
    assert [(o.region_code, o.name) for o in got] == [
        ("620602", "黄羊工业园区开工建设项目"), ("620602", "黄羊工业园区开工建设项目总投资"),
        ("620602", "黄羊工业园区开工建设项目投资")]


def test_the_parts_of_a_planned_total_and_the_extremes_of_several_years_are_not_indicators():
    assert rows("玉门市规划装机4800万千瓦以上，其中风电装机1700万千瓦，光热发电装机200万千瓦。") == []
    # a part done is no plan, nor are the parts of a count stated before the plan
    assert [n for (n,) in rows("一季度全县地区生产总值计划完成8亿元，其中工业增加值完成5亿元。", fields=("name",))] == [
        "工业增加值"]
    assert rows("过去的5年中，兰州新区GDP增速最低15.6%，最高达20%。") == []


def test_a_projects_total_right_after_its_name_is_that_projects_and_a_sets_is_the_sets():
    body = ("据了解，首批签约的有张家川新华一期50兆瓦风电项目，总投资3亿元；易德·启明双语幼儿园项目，总投资0.5亿元。"
            "今年全县实施重点项目82项，总投资121.9亿元。")
    assert [(n, v) for (n, v) in rows(body, fields=("name", "value_normalized"))] == [
        ("重点项目", 82), ("重点项目总投资", 12_190_000_000)]


def test_a_town_opening_a_paragraph_owns_its_figures_that_name_no_region():
    body = ("今年3月，凉州区河东镇统筹各类资金，建设集体经济产业园区。54座日光温室绵延300多亩，年产值达720万元。\n"
            "全区日光温室面积达到3.2万亩。")
    assert [v for (v,) in rows(body, title="凉州区：设施农业", published="2023-12-01T09:00:00+08:00",
                                fields=("value_normalized",))] == [32_000]
    # a county starting with 镇, a venue, a comparison are no town opening the paragraph
    body = "据悉，今年镇原县计划实施项目279个，目前已开工68个。"
    assert [v for (v,) in rows(body, title="镇原：项目", published="2020-03-11T09:00:00+08:00",
                                fields=("value_normalized",))] == [68]


def test_a_status_said_of_projects_listed_before_their_count_names_the_count():
    body = ("3月10日，镇原县14个重点项目集中开工。\n"
            "据悉，今年镇原县计划实施项目279个。当天集中开工的福建圣农肉鸡饲料厂项目、镇原县城关镇莲池小学建设项目，"
            "城区失地农民安置小区建设项目、镇原县苹果产业项目等14个重点项目，总投资25.3亿元。\n"
            "本次集中开工的重点项目包括创业园二期、游泳馆建设、危险废物处置中心等9个项目。")
    got = rows(body, title="镇原县重点项目集中开工", published="2020-03-11T09:00:00+08:00",
               fields=("name", "value_normalized", "period_start"))
    assert ("集中开工重点项目总投资", 2_530_000_000, "2020-03-10") in got   # 当天: the ceremony's day
    assert ("集中开工项目", 9, "2020-03-10") not in got   # (no 当天 in its sentence: the paragraph's)
    assert [n for n, v, _ in got if v == 9] == ["集中开工项目"]


def test_a_status_verb_right_before_a_project_count_names_it():
    got = rows("本次静宁县集中开工6个亿元以上重大项目，总投资16.3亿元。今年新开工47个项目，建成12个项目。",
               title="静宁重大项目集中开工", published="2023-02-13T18:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("集中开工亿元以上重大项目", 6), ("集中开工亿元以上重大项目总投资", 1_630_000_000),
                   ("新开工项目", 47), ("建成项目", 12)]


def test_how_far_along_projects_are_is_not_part_of_what_they_did():
    got = rows("截止目前，全县项目已复工23个。截止6月底，全区109个重大项目实际开复工75项，144个重点项目中已经开复工127个。",
               title="项目建设", published="2022-07-05T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("项目复工", 23), ("重大项目", 109), ("重大项目开复工", 75), ("重点项目", 144),
                   ("重点项目开复工", 127)]


def test_firms_counted_measure_first_own_the_bare_measures_after_them():
    got = rows("截止目前，全县有各类工业园区5个，入住企业136家，从业人员6218人，止10月底，完成产值9亿元，"
               "工业产值7.25亿元，实现增加值2.07亿元。", title="秦安：工业园区", published="2023-11-20T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("各类工业园区", 5), ("入住企业", 136), ("入住企业从业人员", 6218), ("入住企业产值", 900_000_000),
                   ("入住企业工业产值", 725_000_000), ("入住企业增加值", 207_000_000)]


def test_a_crops_yield_and_returns_are_the_crops():
    got = rows("全县发展半夏种植面积达2万亩，亩产370公斤。全区蔬菜种植面积达到45760亩，实现经济效益达2.2亿元。\n"
               "上世纪六、七十年代，种植面积曾达到3-5万亩。", title="西和：特色产业", published="2023-10-01T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got[:4] == [("半夏种植面积", 20_000), ("半夏亩产", 0.37), ("蔬菜种植面积", 45_760),
                       ("蔬菜经济效益", 220_000_000)]
    assert got[4][0] == "种植面积"   # (曾 is when, not part of the name: no 面积曾)


def test_what_comes_from_a_source_keeps_its_source():
    got = rows("2014年，农民人均从肉羊产业获得收益达到1310元，占农民人均牧业纯收入的77%。",
               title="陇西：肉羊", published="2015-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("农民人均从肉羊产业获得收益", 1310), ("农民人均从肉羊产业获得收益占农民人均牧业纯收入比重", 77)]


def test_rates_listed_after_a_qualified_rate_share_its_subject():
    got = rows("牲畜总增率、出栏率、商品率分别达到35.04%、65.59%、36.51%。", title="临潭：畜牧",
               published="2018-10-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("牲畜总增率", 35.04), ("牲畜出栏率", 65.59), ("牲畜商品率", 36.51)]


def test_a_gloss_in_brackets_is_no_boundary_of_a_name():
    got = rows("2024年上半年，旅游业占全县GDP(国内生产总值)比重升至9.1%。全县生产总值（GDP）增长5%。",
               title="天祝：文旅", published="2024-08-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("旅游业占地区生产总值比重", 9.1), ("地区生产总值", 5)]


def test_a_venue_and_how_a_share_is_said_are_no_part_of_a_name():
    got = rows("在深圳的招商推介会上签订框架性协议项目6个。1-8月，自助游占到了游客的80%，7月全县接待游客量达138.75万人次。",
               title="临泽：旅游", published="2015-09-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("签订框架性协议项目", 6), ("自助游占游客比重", 80), ("旅游接待人次", 1_387_500)]


def test_a_number_first_noun_ends_before_an_adverb_or_after_its_de():
    got = rows("金塔县3.67万亩洋葱陆续成熟。目前已建成11.4万亩的特色林果产业基地。",
               title="金塔：洋葱", published="2021-08-17T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("洋葱", 36_700), ("特色林果产业基地", 114_000)]


def test_a_crop_produced_or_a_herd_counted_measure_first_is_named_as_the_rule_book_writes_it():
    got = rows("2019年发展订单辣椒4050亩，产辣椒648万公斤。年出栏牦牛3.6万头、藏羊8.2万只。"
               "畜禽存栏66.37万头，其中：存栏牛12.01万头。年青贮氨化饲草7.5万吨。",
               title="徽县：辣椒", published="2022-02-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("订单辣椒", 4050), ("辣椒产量", 6480), ("牦牛出栏", 36_000), ("藏羊出栏", 82_000),
                   ("畜禽存栏", 663_700), ("牛存栏", 120_100), ("青贮氨化饲草", 75_000)]


def test_a_trees_or_a_bases_bare_measures_are_the_crops():
    got = rows("截至2023年，全县累计栽植花椒树30万亩，产值达2.7亿元。\n武都油橄榄基地面积已达57.6万亩，鲜果产量4.6万吨。\n"
               "金银花种植面积1.2万亩，亩均收益达到3000元。",
               title="积石山：特色产业", published="2025-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["花椒树", "花椒产值", "油橄榄基地面积", "油橄榄鲜果产量", "金银花种植面积", "金银花亩均收益"]


def test_what_something_could_bring_is_a_plan_unless_it_is_this_years_output_value():
    body = ("今年，全县洋葱种植面积达3.67万亩，预计总产量超过29万吨，可实现产值2.9亿元。\n"
            "可实现户均土地流转年收入4000元。\n"
            "目前，该县花椒年产量约400万公斤，可实现产值29000万元。")
    got = rows(body, title="金塔：洋葱", published="2021-08-17T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("洋葱种植面积", 36_700), ("花椒产量", 4_000), ("花椒产值", 290_000_000)]


def test_a_sentence_opening_with_one_project_states_that_projects_figures():
    body = ("甘州区成功签约招商引资项目23个。据介绍，平山湖一号矿井开发项目是省列重点建设项目，计划总投资约37亿元，"
            "建设总规模为年产240万吨，配套建设洗煤厂等附属设施。")
    got = rows(body, title="甘州：招商", published="2023-07-10T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("签约项目", 23)]


def test_a_firms_or_a_spots_or_a_peaks_figures_are_no_countys():
    body = ("总经理李生云表示，今年以来，公司收购唐古特大黄、党参等中藏药材1500多吨，加工成干货后产值能达到3000多万元。"
            "一天的用工最高峰能达到150多人。\n"
            "1-8月，全县接待游客120万人次；其中：张掖丹霞国家地质公园接待游客70.36万人次。\n"
            "民勤县苏武现代农业产业园负责人许尔财介绍，最近每天采收60吨。")
    got = rows(body, title="卓尼：中藏药材", published="2015-09-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("旅游接待人次", 1_200_000)]


def test_households_and_their_people_joined_by_a_list_mark_are_one_things_two_measures():
    got = rows("预计总产值达到10.8亿元，辐射带动贫困户2271户、10464人。", title="秦州：蔬菜",
               published="2018-06-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("带动贫困户", 2271), ("带动贫困户", 10464)]


def test_the_county_named_after_a_lead_word_is_the_clauses_subject_not_the_place_the_sentence_opened_in():
    got = rows("站在园子岔乡的梯田上，榆中县农业技术推广中心经作站站长杨海兴介绍，目前全县百合种植面积已达9.2万亩以上。",
               title="榆中县:又到百合采挖季", published="2025-10-27T12:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("百合种植面积", 92_000)]


def test_a_region_after_this_events_words_is_the_sentences_subject_and_owns_its_other_clauses():
    got = rows("3日，全省重点项目集中开工活动在兰州新区举行，各市州设立分会场。本次活动平凉市开工重大项目56个，"
               "总投资318亿元。", title="平凉：项目集中开工", published="2023-04-04T09:00:00+08:00",
               fields=("region", "name", "value_normalized"))
    assert got == [("平凉市", "开工重大项目", 56), ("平凉市", "开工重大项目总投资", 31_800_000_000)]


def test_signings_after_a_sentence_telling_of_a_fairs_signing_ceremony_are_the_fairs():
    got = rows("7月6日，第29届兰洽会张掖市招商引资推介暨重点项目签约仪式在兰州举行。甘州区成功签约招商引资项目23个。\n"
               "上半年，甘州区签约项目41个。", title="甘州：招商", published="2023-07-10T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("兰洽会签约项目", 23), ("签约项目", 41)]   # (another paragraph: the half-year's)


def test_projects_to_be_attracted_are_counted_not_planned():
    got = rows("科学论证储备重点拟招引项目60项，总投资200亿元。拟开工建设煤矿2座。", title="高台：招商",
               published="2023-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [v for _, v in got] == [60, 20_000_000_000]   # (拟开工建设: a plan)


def test_an_area_added_is_a_series_apart_from_the_area():
    got = rows("2018年全区蔬菜种植面积16.4万亩，年内新增蔬菜种植面积2000亩。新增设施蔬菜1.2万亩。", title="秦州：蔬菜",
               published="2018-06-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("蔬菜种植面积", 164_000), ("新增蔬菜种植面积", 2000), ("新增设施蔬菜", 12_000)]


def test_an_amount_signed_after_agreements_counted_is_theirs():
    got = rows("签订意向性合作协议3个，签约额13.15亿元；签订菊芋深加工等框架协议6个，签约金额26亿元。全区新签约项目32个，签约额99.75亿元。",
               title="肃州：招商", published="2017-06-15T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["签订意向性合作协议", "签订意向性合作协议签约额", "框架协议", "框架协议签约额", "新签约项目",
                                   "招商引资签约额"]


def test_people_a_business_brought_along_are_a_series_apart_from_the_people_counted():
    got = rows("辐射带动贫困户2271户。其中花椒占46%，带动贫困人口1.67万人。全区玉米制种龙头企业带动农户5.2万户。"
               "苹果产业带动农民年人均增收2727元。", title="武都：花椒", published="2016-08-01T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["带动贫困户", "花椒比重", "带动贫困人口", "带动农户", "农民年人均增收"]


def test_a_period_opening_a_list_of_names_is_no_part_of_the_first_name():
    got = rows("2020年二季度旅游人数和旅游综合收入分别为20.16万人次和0.9亿元。", title="舟曲：文旅",
               published="2020-07-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("旅游接待人次", 201_600), ("旅游综合收入", 90_000_000)]


def test_linking_words_and_land_transferred_are_named_as_written():
    got = rows("2021年兰州新区地区生产总值迈过300亿元。全区制种面积常年稳定在70万亩以上。流转土地1048亩。",
               title="兰州新区：经济", published="2022-01-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["地区生产总值", "制种基地", "流转土地"]
    assert rows("五一期间，全县接待游客30万人次；贵清山植物园共接待游客20.16万人次。", title="漳县：五一旅游",
                published="2025-05-06T09:00:00+08:00", fields=("name", "value_normalized")) \
        == [("旅游接待人次", 300_000)]   # (one park's visitors: no row)


def test_an_amount_signed_after_a_qualified_project_count_is_those_projects_not_the_years():
    got = rows("最终确定本次兰洽会签约项目6个，签约资金8.11亿元。新签约钢结构加工等10个工业项目，签约资金18亿元。"
               "签约招商引资项目40个，签约资金41.29亿元。", title="景泰：招商", published="2019-07-20T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["兰洽会签约项目", "兰洽会签约项目签约额", "签约工业项目", "签约工业项目签约额", "签约项目",
                                   "招商引资签约额"]


def test_a_verb_that_says_which_projects_before_a_list_of_them_names_their_count():
    got = rows("新签约对接装备制造、石材开发、商贸物流等项目26个。重点争取S529清水至社棠公路、绿色能源示范县建设等项目137个。"
               "新引进天然气利用、城区管网等项目45个。", title="清水：项目", published="2016-03-11T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("新签约项目", 26), ("重点争取项目", 137), ("项目", 45)]   # (引进 says nothing of which)


def test_what_workers_sent_out_earned_is_labour_income():
    got = rows("一季度，该县共输转城乡劳动力9.28万人，创收34464万元。2021年全县输转劳务9.12万人、创收21.2亿元。",
               title="东乡：劳务", published="2022-01-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["劳务输转", "劳务收入", "劳务输转", "劳务收入"]


def test_an_investment_opening_its_clause_is_the_work_the_clause_before_names():
    got = rows("依托畜牧产业示范园区建设，投资7453万元。加大标准化养殖场改造提升力度，投资3000万元。全县完成投资3亿元。",
               title="临夏县：畜牧", published="2024-07-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["畜牧产业示范园区建设投资", "标准化养殖场改造提升投资", "完成投资"]


def test_a_share_said_of_listed_measures_gives_each_measure_its_share():
    got = rows("武都区油橄榄鲜果、橄榄油产量均占全国的90%以上。全区花椒面积、产量均占全省的60%。",
               title="武都：油橄榄", published="2021-10-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["油橄榄鲜果产量占全国比重", "橄榄油产量占全国比重", "花椒面积占全省比重",
                                   "花椒产量占全省比重"]


def test_a_shares_whole_leaves_out_the_countys_own_scope_and_keeps_a_size_band():
    got = rows("瓜州县安置各类移民8万余人，移民人口占全县总人口的55.5%。1-11月，风电基地项目完成投资约30.1亿元，"
               "占全县500万元以上项目完成投资的58%；新能源产业实现工业增加值17454.19万元。",
               title="瓜州：移民", published="2021-12-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got][1:] == ["移民人口占总人口比重", "风电基地项目投资", "风电基地项目投资占500万元以上项目投资比重",
                                       "新能源产业工业增加值"]


def test_words_of_less_than_and_as_many_as_are_no_part_of_a_name():
    got = rows("城区面积由1978年的不足1平方公里发展到2018年的7.6平方公里。紫斑牡丹传统地方品种多达280多个，"
               "累计建成养殖暖棚9.3万亩、规模化养殖场(小区)601个，林下野生食用菌年采集2000吨，羊只饲养量达到315万只。",
               title="清水：改革开放40年", published="2018-12-19T09:00:00+08:00",
               fields=("name", "approx", "period_start", "period_end"))
    assert got == [("城区面积", 1, "", "1978-12-31"), ("城区面积", 0, "", "2018-12-19"),   # a stock, the day reported
                   ("紫斑牡丹传统地方品种", 1, "", "2018-12-19"), ("养殖暖棚", 0, "", "2018-12-19"),
                   ("规模化养殖场", 0, "", "2018-12-19"), ("林下野生食用菌采集", 0, "", "2018-12-19"),
                   ("羊饲养量", 0, "", "2018-12-19")]


def test_a_share_of_the_same_part_in_a_second_whole_named_with_only_de_is_that_parts():
    got = rows("瓜州县移民人口占全县总人口的55.5%,农村人口的79.7%,移民中的贫困人口占全县贫困人口的88.8%。",
               title="瓜州：移民", published="2021-06-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["移民人口占总人口比重", "移民人口占农村人口比重", "移民中的贫困人口占贫困人口比重"]


def test_bare_measures_after_listed_measures_take_the_first_ones_subject_not_the_list():
    got = rows("敦煌市蔬菜面积、产量和产值分别达到了8.54万亩、31.21万吨、92340万元,亩均效益达10812.65元。"
               "在建成华家岭一期5万千瓦、华家岭二期5万千瓦等2个风电场项目基础上，全县新增装机20万千瓦。",
               title="敦煌：蔬菜", published="2016-12-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got][3:5] == ["蔬菜亩均效益", "风电场项目"]


def test_visitors_received_of_every_kind_are_the_tourism_count():
    got = rows("今年上半年，全县共接待县内外游客168.94万人次。春节期间接待各类游客28.1万人次。全县旅游接待人数达到105.2万人次。",
               title="山丹：旅游", published="2018-07-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["旅游接待人次"] * 3


def test_a_plan_after_clauses_that_state_nothing_governs_its_sentence_and_ensure_its_clause():
    text = ("今年以来，金塔县全力以赴扩大有效投资，计划当年投资144.2亿元，开工建设重点项目203项。"
            "着眼农民收入持续快速增长，计划落实“万元田”2.86万亩，新增标准化设施养殖场20个以上，肉羊饲养量达到200万只。"
            "至目前，全县共落实“万元田”5.9万亩。确保百合亩产2000斤以上，百合总产值将接近1.96亿元。"
            "确保全市天然气稳定供应；全市企业获得融资担保贷款7050万元。")
    got = rows(text, title="金塔：项目", published="2016-06-13T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("万元田", 59_000), ("融资担保贷款", 70_500_000)]


def test_certified_is_a_verb_before_what_was_certified_and_a_new_crop_area_is_the_subject_after_it():
    got = rows("目前，当地已先后认证无公害农产品44个，认证面积达到6.8万亩。清水县苹果挂果面积8.2万亩，产量12万吨。"
               "至目前全县栽植花椒7.5万亩，挂果面积2.2万亩，产量0.21万吨。新增旅游接待床位4000余张。",
               title="清水：果品", published="2020-10-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["无公害农产品", "认证面积", "苹果挂果面积", "苹果产量", "花椒", "花椒挂果面积",
                                   "花椒产量", "旅游接待床位"]


def test_a_poetic_month_is_no_period():
    got = rows("金秋十月，药材飘香。临潭县12万余亩中藏药材迎来采挖期。", title="临潭：中藏药材",
               published="2025-10-27T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("中藏药材", "", "2025-10-27")]


def test_the_publication_year_written_out_before_yilai_leads_a_round_ups_later_paragraphs_like_jinnian_yilai():
    got = rows("2023年以来，金昌市全力推动工业经济高质量发展。前三季度，全市规上工业增加值同比增长18.4%。\n"
               "金昌坚持项目为王理念，全市133项重点工业项目开复工131项，完成投资132.8亿元。累计建成5G基站1153座。",
               title="金昌：工业", published="2023-10-25T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("规模以上工业增加值", "2023-01-01", "2023-09-30"), ("重点工业项目", "2023-01-01", "2023-10-25"),
                   ("重点工业项目开复工", "2023-01-01", "2023-10-25"), ("重点工业项目投资", "2023-01-01", "2023-10-25"),
                   ("5G基站", "", "2023-10-25")]


def test_a_january_to_april_round_up_gives_its_year_to_projects_carried_out_works_rebuilt_and_growths_ranks():
    got = rows("平凉市种植蔬菜54.4万亩，产量87.85万吨，分别增长11.43%、11.16%，面积、产量增速均居甘肃省第一。"
               "2024年，平凉市蔬菜产业链建设取得显著成效。\n平凉市实施产业链重点项目54个，完成投资7.82亿元。"
               "成功注册“泾河川辣椒”等商标7个，改扩建蔬菜交易市场3处。",
               title="平凉：蔬菜", published="2025-02-20T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    years = {name: (start, end) for name, start, end in got}
    assert years["蔬菜面积增速全省排名"] == years["产业链重点项目"] == years["商标"] == years["改扩建蔬菜交易市场"] \
        == ("2024-01-01", "2024-12-31")


def test_administrative_and_natural_villages_and_county_roads_are_no_named_place():
    got = rows("武都区累计争取和整合资金19.511亿元，完成建制村硬化路2356公里，新建县乡道路62公里，硬化自然村道路917公里。",
               title="武都：交通", published="2021-06-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert [n for n, _ in got][1:] == ["建制村硬化路", "县乡道路", "硬化自然村道路"]


def test_an_industrial_chains_projects_and_a_size_banded_base_keep_what_narrows_them():
    got = rows("平凉市实施产业链重点项目54个，完成投资7.82亿元。全县形成了5个5000亩以上规模化生产基地，培育形成养牛专业乡镇2个。"
               "通渭县15万亩金银花含苞待放。年出售百合15754.7吨。",
               title="平凉：产业链", published="2024-07-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["产业链重点项目", "产业链重点项目投资", "5000亩以上规模化生产基地", "养牛专业乡镇",
                                   "金银花", "百合销售量"]


def test_linking_words_after_a_name_and_a_year_before_a_yearly_measure_go():
    got = rows("目前，全市的枸杞种植面积已经达到24万余亩，年产枸杞干果总量4.2万吨，产值11.5亿元。蔬菜年外销量达65万吨。"
               "今年，武都油橄榄种植面积扩至60万亩。城镇建成区面积由6平方公里增加到128平方公里，城镇居民年人均可支配收入29646元。"
               "建成经济林面积7600亩，其中核桃7100亩。",
               title="玉门：枸杞", published="2022-07-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["枸杞种植面积", "枸杞干果产量", "枸杞产值", "蔬菜外销量", "油橄榄种植面积", "城镇建成区面积",
                                   "城镇居民人均可支配收入", "经济林面积", "核桃面积"]   # (6平方公里: undated, no row)


def test_the_founding_of_the_peoples_republic_is_the_end_of_1949():
    got = rows("全市森林覆盖率由建国初的4.57%提高到2018年的33.62%。", title="平凉：七十年",
               published="2019-09-08T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("森林覆盖率", "", "1949-12-31"), ("森林覆盖率", "", "2018-12-31")]   # (the cover on a day)


def test_a_task_before_a_share_is_its_whole_and_years_of_the_same_measure_keep_its_name():
    got = rows("今年1—9月，该区引进到位资金7.862亿元，占年度引资任务7.5亿元的104.56%。", title="秦州：招商",
               published="2008-10-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("招商引资到位资金", 786_200_000), ("招商引资到位资金占年度引资任务比重", 104.56)]
    got = rows("凉州区完成全社会固定资产投资427.23亿元，比上年增长22.25%，五年累计完成1301.66亿元。"
               "170个项目中，127个项目已经完成建设内容，累计完成投资46.8亿元。", title="凉州：招商",
               published="2015-06-20T09:00:00+08:00", fields=("name", "value_normalized", "period_start"))
    assert got[:2] == [("固定资产投资", 42_723_000_000, ""), ("固定资产投资", 130_166_000_000, "2011-01-01")]
    assert got[-1][:2] == ("完成建设内容项目投资", 4_680_000_000)   # (done: no plan's content; the projects just counted)


def test_one_rank_in_china_shared_by_a_products_measures_is_each_measures_national_rank():
    got = rows("该区油橄榄基地面积、鲜果产量、初榨橄榄油产量居中国第一。", title="武都：油橄榄",
               published="2024-11-19T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("油橄榄基地面积全国排名", 1), ("油橄榄鲜果产量全国排名", 1), ("油橄榄初榨橄榄油产量全国排名", 1)]


def test_a_verb_ending_in_xing_before_a_village_party_branch_names_no_village():
    body = ("为了促进羊产业提质增效，环县完善奖补扶持政策，探索推行村党支部领办、大学生带办模式，"
            "推动全年新培育湖羊养殖专业户1000户，提标创建典型富裕户1000户。")
    got = rows(body, title="环县：羊产业", published="2024-05-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("湖羊养殖专业户", 1000), ("典型富裕户", 1000)]


def test_spending_after_an_income_is_the_same_bodys_and_already_before_a_verb_goes():
    got = rows("全市财政收入和支出分别达到157.7亿元、251.7亿元。民乐县生态工业园区建设加快。目前园区已累计投入资金8.9亿元。",
               title="庆阳：七十年",
               published="2019-09-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["大口径财政收入", "财政支出", "园区投入资金"]


def test_people_counted_in_wan_with_no_unit_are_people_and_their_shares_are_theirs():
    got = rows("全州总人口68万余人，其中农牧业人口55万，占总人口的80.9%。其中藏族36.7万，占总人口的54%。",
               title="甘南州概况", published="2007-05-01T09:00:00+08:00", fields=("name", "value_normalized", "unit_normalized"))
    assert got == [("总人口", 680_000, "person"), ("农牧业人口", 550_000, "person"),
                   ("农牧业人口占总人口比重", 80.9, "percent"), ("藏族", 367_000, "person"),
                   ("藏族占总人口比重", 54, "percent")]


def test_average_growths_listed_after_two_measures_are_each_ones_and_a_domain_word_is_shared():
    got = rows("“十三五”以来，民勤旅游接待人数与综合收入年均增速分别高达70%与79%。全市城乡人均房屋面积分别达到"
               "30.93平方米和28.5平方米。外贸进出口总额五年累计达到15.55亿元，较“十三五”时期激增344%。",
               title="民勤：服务业", published="2026-01-05T09:00:00+08:00", fields=("name", "kind", "change_pct"))
    assert got == [("旅游接待人次", "growth_rate", 70), ("旅游综合收入", "growth_rate", 79),
                   ("城镇人均房屋面积", "physical_quantity", None), ("农村人均房屋面积", "physical_quantity", None),
                   ("进出口总额", "amount", 344)]


def test_a_part_of_a_governments_project_list_keeps_the_list_and_a_part_keeps_the_half_year():
    got = rows("今年，省列重大项目涉及定西市的共有9个，其中续建项目8个、新建项目1个。定西市共筛选出市列重点项目100项，"
               "其中续建项目58个，新建项目42个。", title="定西：重点项目", published="2017-03-01T09:00:00+08:00",
               fields=("name",))
    assert [n for (n,) in got][1:] == ["省列续建项目", "省列新建项目", "市列重点项目", "市列续建项目", "市列新建项目"]
    got = rows("上半年，88个市、县列重点建设项目完成投资12.8亿元。其中2019年棚户区改造等42个新建项目开工24个，完成投资3.8亿元。",
               title="合水：项目建设", published="2019-06-21T12:00:00+08:00", fields=("value_normalized", "period_end"))
    assert got[2:] == [(42, "2019-06-30"), (24, "2019-06-30"), (380_000_000, "2019-06-30")]   # (after 88 and 12.8亿)


def test_one_herder_after_but_a_pit_with_a_one_character_aside_and_projects_finished():
    got = rows("那木德力家里有草场1.3万亩，但他只养了50只骆驼。", title="肃北：牧民",
               published="2020-05-01T09:00:00+08:00", fields=("name",))
    assert got == []
    got = rows("全县新建青贮池（窖）6万立方米。目前，全县208项在建项目开(复)工147项，建成36项，完成投资40.37亿元。",
               title="庆城：草畜", published="2022-05-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("青贮池", 60_000), ("在建项目", 208), ("在建项目开工", 147), ("在建项目建成", 36),
                   ("在建项目投资", 4_037_000_000)]


def test_a_whole_amount_inside_a_share_is_the_whole_and_the_share_after_it_the_parts():
    got = rows("去年，张掖全市仅奶牛养殖环节产值就达4.64亿元，占全市畜牧业总产值37.9亿元的13.6%。", title="张掖：奶业",
               published="2015-03-26T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("奶牛养殖环节产值", 464_000_000), ("畜牧业总产值", 3_790_000_000),
                   ("奶牛养殖环节产值占全市畜牧业总产值比重", 13.6)]


def test_how_many_years_a_product_before_a_measure_and_a_spaced_year_stay_out_of_names():
    got = rows("定西中药材面积连续7年占全省的49%。文县纹党的种植面积6万亩，纹党的产量2400吨。"
               "2022 年销售额达 1.26 亿元。", title="定西：中药材", published="2023-08-28T09:00:00+08:00",
               fields=("name", "period_start"))
    assert [n for n, _ in got] == ["中药材面积占全省比重", "纹党种植面积", "纹党产量", "纹党销售额"]
    assert got[-1] == ("纹党销售额", "2022-01-01")   # (the paragraph's product)


def test_a_targets_year_goes_on_past_its_sentence_and_a_column_tag_is_no_region():
    body = ("前三季度，全市实现生产总值461.8亿元，增长5.6%。武威市政府工作报告指出，2023年经济社会发展的主要预期目标是："
            "地区生产总值增长6.5%以上。规上工业增加值增长7%，固定资产投资增长11%。")
    result = extract_indicators("【全省市州两会扫描】武威：蹄疾步稳", body, "2022-12-26T17:46:00+08:00")
    assert result.region is not None and result.region.name == "武威市"
    assert [(o.name, o.value_normalized) for o in result.observations] == [("地区生产总值", 46_180_000_000)]


def test_a_spring_festival_holiday_is_its_days_and_last_years_holiday_is_the_basis():
    got = rows("截止2月21日，敦煌市2018年春节节假日期间共接待游客1.43万人次，比上年春节节假日期间增长32.78%。",
               title="敦煌：春节旅游", published="2018-02-22T12:00:00+08:00",
               fields=("name", "period_start", "period_end", "change_pct"))
    assert got == [("旅游接待人次", "2018-02-15", "2018-02-21", 32.78)]


def test_a_year_inside_a_long_comparison_with_a_holiday_is_its_basis_not_the_period():
    body = ("春节假期，全市累计接待游客52.4万人次，同比增长98%。"
            "与疫情前的2019年春节假日相比，接待游客数增长5.2%。")
    got = rows(body, title="某市：春节旅游", published="2023-01-29T09:00:00+08:00", fields=("period_start", "period_end"))
    assert got == [("2023-01-21", "2023-01-27"), ("2023-01-21", "2023-01-27")]


def test_aiming_at_the_target_tasks_states_no_target_and_progress_against_a_task_is_kept():
    got = rows("今年，镇原县紧盯目标任务，着力抓好粮食生产，一季度完成整地83.6万亩，占下达春播生产任务101.8%。",
               title="镇原：春耕", published="2023-05-15T06:00:00+08:00", fields=("name", "value_normalized", "period"))
    assert got == [("整地", 836_000, "一季度"), ("整地占下达春播生产任务比重", 101.8, "一季度")]


def test_a_span_of_counts_towns_of_a_crop_and_shares_listed_after_two_measures():
    got = rows("十年间，陇南接待游客从2012年的490万人次到2021年的1679.95万人次。", title="陇南：旅游十年",
               published="2022-09-02T06:00:00+08:00", fields=("value_normalized", "period_start"))
    assert got == [(4_900_000, "2012-01-01"), (16_799_500, "2021-01-01")]
    got = rows("2025年，高台县辣椒种植面积突破6万亩，同步建成4个万亩镇、10个千亩村。", title="高台辣椒红了",
               published="2025-09-23T14:48:00+08:00", fields=("name", "value_normalized"))
    assert got == [("辣椒种植面积", 60_000), ("万亩镇", 4), ("千亩村", 10)]
    result = extract_indicators("定西：马铃薯", "“十四五”期间，定西每年建成千亩标准化种植基地120个以上，马铃薯种植面积稳定在300万亩"
                                "左右、产量500万吨，分别占到甘肃省的30%、40%。", "2025-10-20T14:48:00+08:00")
    assert [(o.name, o.region) for o in result.observations] == [
        ("千亩标准化种植基地", "定西市"), ("马铃薯种植面积", "定西市"), ("马铃薯产量", "定西市"),
        ("马铃薯种植面积占全省比重", "定西市"), ("马铃薯产量占全省比重", "定西市")]


def test_gaps_to_two_wholes_projects_before_a_period_a_ranks_counted_peers_and_domestic_tourism():
    got = rows("2006年，张掖市地区生产总值增长6.5%，高于全国1个、全省0.5个百分点。投资500万元以上项目1—10月完成投资421560万元。"
               "天祝县生产总值稳居全省7个民族自治县首位。全州实现国内旅游收入3268.99万元，旅游总收入4228.03万元。",
               title="张掖：十四五", published="2006-11-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("地区生产总值", 6.5), ("投资500万元以上项目投资", 4_215_600_000), ("地区生产总值全省排名", 1),
                   ("国内旅游收入", 32_689_900), ("旅游综合收入", 42_280_300)]


def test_a_short_aside_inside_a_name_keeps_its_head_and_a_zone_owns_everything_its_sentence_built():
    got = rows("开工建设拱型（日光）温室示范点38个。民乐县生态工业园区建设加快。目前园区已累计投入资金8.9亿元，建设道路34公里，"
               "建设标准化厂房7.56万平方米。",
               title="民乐：园区", published="2023-05-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["拱型温室示范点", "园区投入资金", "园区道路", "园区标准化厂房"]


def test_a_part_that_takes_a_share_after_its_whole_is_named_with_that_whole_and_gu_tou_is_written_out():
    got = rows("目前，该区电商销售总额累计达到14.87亿元，其中花椒占46%。“十四五”时期工业固投年均增长44.8%。",
               title="武都：电商", published="2020-09-01T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["电商销售总额", "花椒占电商销售总额比重", "工业固定资产投资"]


def test_a_part_of_one_towns_area_is_the_towns_and_scenic_spots_counted_are_no_one_spot():
    got = rows("目前，安宁全区桃树种植总面积12600亩，其中白凤桃5800亩。九合镇桃树种植10299亩，其中白凤桃3700亩；"
               "忠和镇桃树种植1600亩，其中白凤桃300亩。", title="安宁：蟠桃", published="2023-07-20T09:00:00+08:00",
               fields=("value_normalized",))
    assert got == [(12_600,), (5_800,)]
    got = rows("十年间，陇南A级旅游景区增加到36家，其中5A旅游景区1家。", title="陇南：旅游十年",
               published="2022-09-02T06:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("A级旅游景区", 36), ("5A旅游景区", 1)]
    # places listed with their kind after 等 are no one place: the holiday's figures are the county's
    got = rows("今年五一假期，武山县旅游接待创新高，南湖湿地公园、县博物馆等森林公园、古村落持续升温，假期共接待游客"
               "12.4万人次，实现旅游综合收入5600万元。", title="武山：五一旅游", published="2023-05-04T09:00:00+08:00",
               fields=("region", "name", "value_normalized"))
    assert got == [("武山县", "旅游接待人次", 124_000), ("武山县", "旅游综合收入", 56_000_000)]
    # a grade of scenic spots is a kind of them: the counts after it are the region's
    got = rows("目前，张掖市4A级旅游景区达到19家，四星级旅游饭店14家，新建旅游厕所478座。", title="张掖：文旅",
               published="2019-08-02T09:00:00+08:00", fields=("region", "value_normalized"))
    assert got == [("张掖市", 19), ("张掖市", 14), ("张掖市", 478)]


def test_a_price_per_unit_and_a_subsidy_rate_per_head_are_norms_not_amounts():
    got = rows("成品新茶每公斤卖到3000元。对产犊母牛按1000元/头的标准进行补助。全县茶叶产值达到1.5亿元。",
               title="康县：茶叶", published="2019-09-05T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("茶叶产值", 150_000_000)]


def test_among_projects_a_basic_construction_a_grower_a_span_to_now_and_years_before_a_count():
    got = rows("据悉，甘谷县所实施的345项重点项目当中，有关民生基础建设方面投资过亿元的项目达11项。"
               "全市经营主体从2013年的7.1万户扩增到现在的19.75万户。百合种植户户均销售收入两万元。"
               "“十四五”以来，全市5年新上工业项目388个。投资清单共纳入项目725项。全县近3万亩设施蔬菜产值超3亿元。",
               title="甘谷：项目", published="2024-09-11T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("重点项目", 345), ("民生基础建设方面投资过亿元的项目", 11), ("市场主体", 71_000),
                   ("市场主体", 197_500), ("百合种植户户均销售收入", 20_000), ("新上工业项目", 388),
                   ("投资清单纳入项目", 725), ("设施蔬菜", 30_000), ("设施蔬菜产值", 300_000_000)]


def test_a_band_of_projects_parts_of_a_kind_of_projects_and_the_sets_total_after_its_parts():
    got = rows("其中，5亿至10亿元项目19项，1亿至5亿元项目116项。", title="张掖：集中开工",
               published="2020-03-24T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("5亿至10亿元项目", 19), ("1亿至5亿元项目", 116)]
    got = rows("一季度，全市重点建设旅游项目58个，其中续建项目31个，新建项目5个，前期项目22个，项目总投资74.4亿元，"
               "累计完成投资16.42亿元，1-3月份完成投资3.33亿元。", title="陇南：旅游",
               published="2023-04-11T09:00:00+08:00", fields=("name", "value_normalized", "period_start"))
    assert got == [("旅游项目", 58, "2023-01-01"), ("续建旅游项目", 31, "2023-01-01"), ("新建旅游项目", 5, "2023-01-01"),
                   ("前期旅游项目", 22, "2023-01-01"), ("旅游项目总投资", 7_440_000_000, "2023-01-01"),
                   ("旅游项目投资", 1_642_000_000, ""), ("旅游项目投资", 333_000_000, "2023-01-01")]
    got = rows("今年，定西市共筛选出市列重点项目100项，其中续建项目58个，新建项目42个，总投资1044.8亿元。",
               title="定西：重点项目", published="2017-03-01T09:00:00+08:00", fields=("name",))
    assert got[-1] == ("市列重点项目总投资",)


def test_milestones_each_dated_in_a_list_after_the_indicator_are_each_years():
    got = rows("全市地区生产总值2021年突破500亿元、2022年突破600亿元、2024年突破700亿元。", title="平凉：十四五",
               published="2025-11-14T10:32:57+08:00", fields=("name", "value_normalized", "period_start", "approx"))
    assert got == [("地区生产总值", 50_000_000_000, "2021-01-01", True), ("地区生产总值", 60_000_000_000, "2022-01-01", True),
                   ("地区生产总值", 70_000_000_000, "2024-01-01", True)]


def test_projects_counted_by_having_done_their_works_keep_that_status():
    got = rows("截至今年8月31日，舟曲灾后重建170个项目累计完成投资43亿元。其中，81个项目已完成建设内容，安置住房已全面完成。",
               title="舟曲：灾后重建", published="2012-10-03T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got[-1] == ("已完成建设内容项目", 81)


@pytest.mark.parametrize("body, name", [
    ("县城东环路、滨河公园等14个项目已完成了主体工程。", "已完成主体工程项目"),
    ("物流园、光伏产业园等6个项目正在有序施工。", "正在施工项目"),
    ("垃圾处理厂、集中供热站等5个项目被列入省级重点项目。", "列入省级重点项目"),   # the list names them
    ("全县38项重点建设项目有序建设。", "重点建设项目"),   # their kind says it already
])
def test_projects_listed_with_deng_are_counted_by_their_progress(body, name):
    assert rows(body, title="某县：项目建设", fields=("name",)) == [(name,)]


def test_a_prefectures_round_up_naming_several_counties_files_the_rest_under_the_prefecture():
    body = ("永昌县入选全国首批整流域推进高标准农田建设试点区，金川区省级现代农业示范园通过认定。"
            "新培育市级以上农业产业化龙头企业17家、省级以上示范性合作社31家。")
    result = extract_indicators("2023年金昌市稳步推进现代农业发展", body, "2024-02-27T09:00:00+08:00")
    assert [(o.name, o.region) for o in result.observations] == [
        ("市级以上农业产业化龙头企业", "金昌市"), ("省级以上示范性合作社", "金昌市")]


def test_a_field_for_breeding_seed_within_a_crops_area_is_named_by_itself():
    got = rows("2022年渭源县马铃薯种植面积达53万亩，其中原种繁育田6万亩，一级种繁育田达47万亩。", title="渭源：种薯",
               published="2022-12-20T09:00:00+08:00", fields=("name",))
    assert [n for (n,) in got] == ["马铃薯种植面积", "原种繁育田", "一级种繁育田"]


def test_a_spaced_year_is_read_as_a_year_and_the_evidence_stays_as_stored():
    body = "目前销售品牌有“卓尼木耳”等系列产品，2022 年销售额达 1.26 亿元。"
    result = extract_indicators("卓尼：木耳", body, "2023-08-28T09:00:00+08:00")
    [row] = result.observations
    assert (row.period_start, row.period_end) == ("2022-01-01", "2022-12-31")
    assert row.evidence == body[row.evidence_start:row.evidence_end] and "2022 年" in row.evidence


def test_a_named_scenic_area_after_qizhong_keeps_its_figures_out_of_the_citys_series():
    # the city's holiday figures are stated; one 风景旅游区's visitors and income after 其中 are that
    # area's own, in both of its clauses (they had been the city's 旅游接待人次 and 旅游综合收入)
    got = rows("端午假期，全市共接待游客52.6万人次，实现旅游综合收入2.1亿元。其中，黄河石林风景旅游区假日期间"
               "共接待游客4万人次，实现旅游综合收入1122万元。", title="白银：端午假期旅游",
               published="2017-06-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("旅游接待人次", 526_000), ("旅游综合收入", 210_000_000)]


def test_a_project_pointed_at_with_zhe_ge_owns_the_figures_of_its_clauses():
    got = rows("灵台县工业集中区引进叶润豆制品项目，这个总投资6.75亿元的西北地区最大豆制品生产项目，2024年6月投入"
               "试生产，年产产品10.8万吨，实现营收10.8亿元，吸纳就业4000余人。全县规上工业增加值增长12%。",
               title="灵台：工业", published="2025-03-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("规模以上工业增加值", 12)]
    # 这个县 is the county: its figures stay (the noun pointed at must end its phrase)
    got = rows("这个县引进项目12个，总投资8亿元。", title="灵台：招商", published="2025-03-01T09:00:00+08:00",
               fields=("value_normalized",))
    assert got == [(12,), (800_000_000,)]


def test_projects_expected_with_you_wang_are_a_forecast():
    got = rows("今年全市共筛选出重点建设项目42个，总投资达74.48亿元；年内有望完工项目20个。",
               title="庆阳：项目建设", published="2007-04-10T09:00:00+08:00", fields=("value_normalized",))
    assert got == [(42,), (7_448_000_000,)]


def test_a_zone_opening_a_sentence_after_a_year_or_before_a_count_names_its_figures():
    got = rows("秦州区工业园区以中梁镇为核心区。2019年园区完成总产值19.51亿元，实现工业增加值6.3亿元。"
               "目前园区入驻农民专业合作社127家，规上企业12家。",
               title="秦州：工业", published="2020-05-01T09:00:00+08:00", fields=("region", "name", "value_normalized"))
    assert got == [("秦州区", "园区总产值", 1_951_000_000), ("秦州区", "园区工业增加值", 630_000_000),
                   ("秦州区", "园区入驻农民专业合作社", 127), ("秦州区", "园区规模以上工业企业", 12)]
    # counted number first, too (the county's 农产品加工企业 are another series)
    got = rows("秦州区工业园区以中梁镇为核心区。目前园区已入驻金土地、蓬勃等35家农产品加工企业。",
               title="秦州：工业", published="2020-05-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("园区农产品加工企业", 35)]


def test_kinds_of_projects_after_qizhong_under_a_ceremonys_set_are_the_ceremonys():
    got = rows("据了解，当天集中开工的项目共20个，总投资20亿元。其中，工业项目4个，分别是甲项目、乙项目。文化旅游项目3个，"
               "分别是丙项目。\n今年全市共实施工业项目45个。", title="敦煌市20个重点项目集中开工",
               published="2021-03-12T18:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("集中开工项目", 20), ("集中开工项目总投资", 2_000_000_000), ("集中开工工业项目", 4),
                   ("集中开工文化旅游项目", 3), ("工业项目", 45)]
    # a kind that says its own status keeps it (新开工项目 is no 集中开工新开工项目)
    got = rows("当天集中开工的项目共20个。其中，新开工项目12个。", title="敦煌：集中开工",
               published="2021-03-12T18:00:00+08:00", fields=("name",))
    assert got == [("集中开工项目",), ("新开工项目",)]


def test_an_industry_before_fixed_asset_investment_is_a_series_of_its_own_and_quan_sheng_di_yi_chan_ye_no_rank():
    got = rows("一季度，全省完成固定资产投资650.88亿元。全省第一产业完成固定资产投资41.91亿元，占全部投资比重(6.44%)比上年"
               "同期提高2.74个百分点。包括电力、热力、燃气及水的生产和供应业，水利、生态环境和公共设施管理业在内的基础设施"
               "完成投资183.95亿元。", title="一季度甘肃固定资产投资", published="2015-05-11T12:00:00+08:00",
               fields=("name", "value_normalized", "kind"))
    assert got == [("固定资产投资", 65_088_000_000, "amount"), ("第一产业固定资产投资", 4_191_000_000, "amount"),
                   ("第一产业固定资产投资占全部投资比重", 6.44, "share_or_rate"), ("基础设施投资", 18_395_000_000, "amount")]


def test_a_sentence_opening_with_gai_zeng_su_ranks_the_growth_before_it_in_every_scope_it_names():
    got = rows("今年一季度，我省共完成固定资产投资650.88亿元，比上年同期增长10.91%。该增速位居全国第21位、西部地区第9位，"
               "投资额在全国排第23位、西北五省区排第2位。", title="一季度甘肃固定资产投资",
               published="2015-05-11T12:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("固定资产投资", 65_088_000_000), ("固定资产投资增速全国排名", 21),
                   ("固定资产投资增速西部地区排名", 9), ("固定资产投资全国排名", 23), ("固定资产投资西北五省区排名", 2)]
    # a county's: the rank opens the next sentence of the paragraph (it had been lost)
    got = rows("1-5月，全县完成固定资产投资6.88亿元，同比增长10.91%。增速位居全市第2位。\n增速居全省前列。",
               title="某县：经济运行", published="2023-06-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("固定资产投资", 688_000_000), ("固定资产投资增速全市排名", 2)]


def test_a_sentence_opening_with_one_works_name_and_a_comma_is_that_works():
    got = rows("2013年，全市累计实施中心城市建设115项，总投资107.6亿元。\n东城区改造工程，建设东城区路网、双桥路大桥及配套工程，"
               "总投资15.3亿元，今年完成投资14.3亿元。新城区绿地公园，占地248亩，总投资3.4亿元。", title="平凉建设中心城市",
               published="2013-10-26T20:30:00+08:00", fields=("value_normalized",))
    assert got == [(115,), (10_760_000_000,)]


def test_the_county_town_keeps_its_name_and_adverbs_and_xian_li_are_no_part_of_a_name():
    got = rows("改革开放初期，会宁县城面积只有2.5平方公里。直到1992年，县城常住人口也才2万多人。县里还建成育苗基地30处。"
               "渭源县城镇居民人均可支配收入36086元。", title="会宁：城镇化", published="2013-05-06T10:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("县城面积", 2_500_000), ("县城常住人口", 20_000), ("育苗基地", 30), ("城镇居民人均可支配收入", 36_086)]


def test_bi_qu_nian_quan_nian_is_a_basis_and_a_growth_said_again_by_name_is_the_earlier_figures():
    got = rows("一季度，全省固定资产投资增速9.9%，比去年全年加快6.7个百分点，居全国第8位。", title="甘肃：一季度经济",
               published="2025-04-21T18:00:00+08:00", fields=("name", "value_normalized", "period_start", "period_end"))
    assert got == [("固定资产投资", 9.9, "2025-01-01", "2025-03-31"),
                   ("固定资产投资增速全国排名", 8, "2025-01-01", "2025-03-31")]
    result = extract_indicators("临夏州国庆旅游", "今年“十一”黄金周，临夏州共接待游客122.9万人次，旅游综合收入达到5.66亿元，"
                                "对比2020年10月1日至7日，接待游客同比增长22.88%，旅游综合收入同比增长19.52%。",
                                "2021-10-08T10:00:00+08:00")
    assert [(o.name, o.value_normalized, o.change_pct) for o in result.observations] == [
        ("旅游接待人次", 1_229_000, 22.88), ("旅游综合收入", 566_000_000, 19.52)]


def test_mei_nian_and_biao_zhi_zhe_lead_no_name():
    got = rows("每年整合东西部协作资金4000万元。这标志着该县并网装机总容量达到120万千瓦。", title="通渭：风电",
               published="2023-06-28T09:00:00+08:00", fields=("name",))
    assert got == [("整合东西部协作资金",), ("并网装机总容量",)]


def test_another_crops_seed_fields_are_not_maizes_and_two_measures_listed_keep_their_own_names():
    got = rows("2022年，全省玉米制种面积157.58万亩，产种量6.49亿公斤，面积和产种量分别占全国的43.1%和47.7%；瓜菜花卉制种面积"
               "39万亩。", title="甘肃种业", published="2023-08-16T12:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("制种基地", 1_575_800), ("产种量", 649_000), ("面积占全国比重", 43.1),
                   ("产种量占全国比重", 47.7), ("瓜菜花卉制种面积", 390_000)]


def test_trade_totals_their_parts_and_a_products_exports_and_an_industrys_measures():
    got = rows("一季度，甘肃对外贸易进出口总值为73亿元，其中，出口24.6亿元，进口总值48.4亿元。机电产品出口总值32.9亿元，"
               "占出口总值的57.3%。", title="甘肃外贸", published="2017-04-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("进出口总额", 7_300_000_000), ("出口总额", 2_460_000_000), ("进口总额", 4_840_000_000),
                   ("机电产品出口总值", 3_290_000_000), ("机电产品出口总值占出口总额比重", 57.3)]
    got = rows("上半年，我省中药材种植面积达388万亩，全省共接待旅游者208.62万人次。规模以上工业企业完成工业增加值811.23亿元，"
               "全省规模以上工业实现利润总额128.67亿元。", title="甘肃上半年经济", published="2011-07-27T09:00:00+08:00",
               fields=("name",))
    assert got == [("中药材种植面积",), ("旅游接待人次",), ("规模以上工业增加值",), ("规模以上工业利润总额",)]


def test_stations_counted_own_their_capacity_deposits_keep_their_holders_and_a_growths_change_is_no_row():
    got = rows("全省共有风电场58座，装机容量952.66万千瓦，占总装机容量的24.9%；光伏电站98座，装机容量462.63万千瓦。",
               title="甘肃新能源装机", published="2014-12-04T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("风电场", 58), ("风电场装机容量", 9_526_600), ("风电场装机容量占总装机容量比重", 24.9),
                   ("光伏电站", 98), ("光伏电站装机容量", 4_626_300)]
    got = rows("6月末，全省金融机构各项存款余额21408亿元，金融机构居民存款余额11961亿元；各项贷款总量达6572.37亿元。"
               "全省城镇居民人均可支配收入7329.47元，增长13.69%，增幅比去年同期提高3.88个百分点。", title="甘肃金融运行",
               published="2020-07-20T09:00:00+08:00", fields=("name",))
    assert got == [("存款余额",), ("居民存款余额",), ("贷款余额",), ("城镇居民人均可支配收入",)]


def test_two_nouns_listed_before_fen_bie_are_named_each_in_full():
    got = rows("清明小长假，全省共接待旅游者208.62万人次。过夜旅游者和一日游旅游者分别为79.14万人次和129.48万人次。",
               title="甘肃清明旅游", published="2014-04-08T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("旅游接待人次", 2_086_200), ("过夜旅游者", 791_400), ("一日游旅游者", 1_294_800)]


def test_a_span_after_zhe_liang_nian_starts_two_years_back_and_suo_zhan_bi_zhong_is_the_parts_share():
    got = rows("这两年，当地辣椒种植面积从5.6万亩扩至12万亩。", title="甘谷：辣椒", published="2025-09-29T09:00:00+08:00",
               fields=("value_normalized", "period_start", "period_end"))
    assert got == [(56_000, "2023-01-01", "2023-12-31"), (120_000, "", "2025-09-29")]
    got = rows("一季度，全省第一产业完成固定资产投资41.91亿元，占全部投资比重(6.44%)。第二产业完成投资305.66亿元，下降5.91%，"
               "所占比重(46.96%)比上年同期降低8.40个百分点。", title="甘肃固定资产投资", published="2015-05-11T09:00:00+08:00",
               fields=("name",))
    assert got == [("第一产业固定资产投资",), ("第一产业固定资产投资占全部投资比重",), ("第二产业投资",),
                   ("第二产业投资占全部投资比重",)]
    # one project's plan opening its sentence: none of it is the county's
    assert rows("和政县滨河东区文化旅游开发综合体项目规划面积约6324亩，总投资37亿元。", title="和政：项目",
                published="2022-07-20T09:00:00+08:00") == []


def test_a_partners_or_a_products_trade_is_not_the_whole_of_trade_but_the_provinces_is():
    got = rows("前5月，甘肃外贸进出口总值166.3亿元，其中对欧盟进出口总值18.6亿元，机电产品进出口总值40亿元，占全省进出口总值的"
               "24%。", title="甘肃外贸", published="2018-06-20T09:00:00+08:00", fields=("name",))
    assert got == [("进出口总额",), ("对欧盟进出口总值",), ("机电产品进出口总值",), ("机电产品进出口总值占进出口总额比重",)]


def test_progress_against_a_plan_is_the_figure_befores_share_of_it_and_quan_nian_ren_wu_dates_nothing():
    got = rows("今年上半年，全市完成到位资金1155.53亿元，同比增长25.3%，完成全年任务的50.68%。全县完成固定资产投资20亿元，"
               "完成年度计划的55%。", title="兰州：招商引资", published="2015-07-20T09:00:00+08:00",
               fields=("name", "value_normalized", "period_start", "period_end"))
    assert got == [("招商引资到位资金", 115_553_000_000, "2015-01-01", "2015-06-30"),
                   ("招商引资到位资金占全年任务比重", 50.68, "2015-01-01", "2015-06-30"),
                   ("固定资产投资", 2_000_000_000, "2015-01-01", "2015-06-30"),
                   ("固定资产投资占年度计划比重", 55, "2015-01-01", "2015-06-30")]


def test_jun_before_a_rank_ranks_every_level_the_sentence_stated_since_its_last_rank():
    got = rows("2015年我省中药材种植面积达388万亩，产量达99万吨，均位居全国第一。", title="甘肃中药材",
               published="2016-04-12T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("中药材种植面积", 3_880_000), ("中药材产量", 990_000), ("中药材种植面积全国排名", 1),
                   ("中药材产量全国排名", 1)]


def test_trade_by_mode_keeps_its_mode_in_its_parts_and_progress_against_a_budget_is_a_share():
    got = rows("上半年，甘肃省加工贸易进出口90.9亿元，占甘肃外贸总值的27.9%。其中，出口15.5亿元，同比增长18.3%。6月当月，"
               "甘肃省外贸进出口值52.7亿元。全省大口径财政收入1080.38亿元，完成预算的102.91%。全市苹果年产量接近120万吨。",
               title="甘肃外贸", published="2022-07-20T09:00:00+08:00", fields=("name",))
    assert got == [("加工贸易进出口",), ("加工贸易进出口占进出口总额比重",), ("加工贸易出口",), ("进出口总额",),
                   ("大口径财政收入",), ("大口径财政收入占预算比重",), ("苹果产量",)]


def test_a_sector_heading_names_its_projects_and_trade_parts_after_a_semicolon_keep_the_mode():
    got = rows("“十一五”期间，天水市共实施重点项目278个，总投资819亿元。\n交通：共有上亿元项目6个，总投资206亿元。\n"
               "能源：共有上亿元项目4个，总投资84亿元。", title="天水十一五重点项目", published="2010-11-10T09:00:00+08:00",
               fields=("name",))
    assert got == [("重点项目",), ("重点项目总投资",), ("交通上亿元项目",), ("交通上亿元项目总投资",),
                   ("能源上亿元项目",), ("能源上亿元项目总投资",)]
    got = rows("上半年，甘肃省加工贸易进出口90.9亿元。其中，出口15.5亿元，同比增长18.3%；进口75.4亿元，增长60%。",
               title="甘肃外贸", published="2022-07-20T09:00:00+08:00", fields=("name",))
    assert got == [("加工贸易进出口",), ("加工贸易出口",), ("加工贸易进口",)]


def test_a_parts_funds_last_years_same_days_and_modifiers_listed_after_a_verb():
    got = rows("1至9月，全省共实施新建、续建招商引资项目4648个，到位资金6527.11亿元，同比增长40.7%，其中，实施东中部产业转移"
               "项目1130个，到位资金2297.11亿元。1-8月，累计到位资金4766.22亿元，同比增长22.88%，去年同期到位资金3878.66亿元。",
               title="甘肃招商引资", published="2024-10-29T09:00:00+08:00",
               fields=("name", "value_normalized", "period_start", "period_end"))
    assert got[:4] == [("新建、续建招商引资项目", 4648, "2024-01-01", "2024-09-30"),
                       ("招商引资到位资金", 652_711_000_000, "2024-01-01", "2024-09-30"),
                       ("东中部产业转移项目", 1130, "2024-01-01", "2024-09-30"),
                       ("东中部产业转移项目到位资金", 229_711_000_000, "2024-01-01", "2024-09-30")]
    assert got[5][1:] == (387_866_000_000, "2023-01-01", "2023-08-31")   # a year before the figure's own days


def test_a_verb_before_a_whole_only_synonym_is_no_qualifier():
    got = rows("广河县上半年完成外贸进出口总额1.86亿元，累计出口总值0.9亿元。", title="临夏：外贸",
               published="2023-07-20T09:00:00+08:00", fields=("name",))
    assert got == [("进出口总额",), ("出口总额",)]


def test_an_aspect_opening_its_sentence_names_the_growth_in_it():
    got = rows("固定资产投资方面，一季度甘肃全省同比增长13.4%，增速比全国高8.3个百分点，居全国第7位。", title="甘肃一季度经济",
               published="2023-04-20T09:00:00+08:00", fields=("name", "value_normalized", "kind"))
    assert got == [("固定资产投资", 13.4, "growth_rate"), ("固定资产投资增速全国排名", 7, "ranking")]


def test_one_named_day_of_a_holiday_is_no_series_but_a_ceremonys_day_is_counted():
    got = rows("清明假日期间，全市共接待游客94.65万人次、实现旅游综合收入5.4亿元。其中，4月6日当天，游客人数达到28.9万人次，"
               "实现旅游综合收入1.6亿元。3月16日当天集中开工项目234项。", title="天水清明旅游",
               published="2024-04-08T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("旅游接待人次", 946_500), ("旅游综合收入", 540_000_000), ("集中开工项目", 234)]


def test_a_kinds_visitors_written_as_tourists_leave_their_kind_to_the_income_after_them():
    got = rows("“五一”期间，陇南市共接待游客83万人次，实现旅游综合收入1.62亿元。其中，到乡村旅游者达22万人，实现综合收入达6000万元。",
               title="陇南五一乡村旅游", published="2015-05-04T09:00:00+08:00", fields=("name",))
    assert got[-1] == ("乡村旅游综合收入",)


def test_works_counted_own_the_investment_right_after_them():
    got = rows("今年以来，定西市谋划重大水利项目76项、总投资60.6亿元，其中：供水工程21项、投资26.1亿元，灌溉工程13项、"
               "投资8.7亿元。今年累计完成投资4.8亿元。", title="定西水利", published="2023-05-22T09:00:00+08:00",
               fields=("name",))
    # (the later sentence's investment is the planned projects', not the last works')
    assert got[3:] == [("供水工程投资",), ("灌溉工程",), ("灌溉工程投资",), ("谋划重大水利项目投资",)]


def test_a_fairs_signings_broken_down_in_the_sentences_after_keep_the_fair():
    got = rows("本届兰洽会，永登县共签约项目20个，签约额85亿元。从投资规模看，10亿元以上项目3个、签约额52亿元；"
               "从产业类别看，工业类项目12个，现代农业项目5个。同时，在本届兰洽会上，永登县还推介了文化旅游、"
               "新型材料方面的7个重点招商项目。\n今年以来，永登县实施省外招商引资项目53项。依托兰洽会和北京、上海等地"
               "专场招商活动，永登县共签约文旅项目26个。", title="永登县兰洽会签约项目20个",
               published="2023-07-10T10:00:00+08:00", fields=("name", "value_normalized"))
    assert [n for n, _ in got] == [
        "兰洽会签约项目", "兰洽会签约项目签约额", "兰洽会签约10亿元以上项目", "兰洽会签约10亿元以上项目签约额",
        "兰洽会签约工业类项目", "兰洽会签约现代农业项目",
        "重点招商项目",   # promoted at the fair, not signed there
        "省外招商引资项目",   # the year's, under a headline about the fair
        "签约文旅项目"]   # signed at several events, the fair one of them
    # a sentence after the fair's that does not go on breaking it down is the year's again
    assert [n for (n,) in rows("本届兰洽会，永登县共签约项目20个。全县新签约钢结构加工等10个工业项目。",
                               title="永登：招商", published="2023-07-10T10:00:00+08:00", fields=("name",))] \
        == ["兰洽会签约项目", "签约工业项目"]


def test_a_kind_of_tourism_keeps_its_visitors_and_income_unless_they_are_split_by_stay():
    got = rows("中秋节与国庆节双节期间，甘州区共接待游客148.48万人次，实现旅游总收入8.55亿元。其中乡村游共计接待游客85.5万人，"
               "旅游收入2.57亿元。自驾游接待游客12万人次。", title="甘州双节", published="2023-10-07T12:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("旅游接待人次", "2023-09-29", "2023-10-06"), ("旅游综合收入", "2023-09-29", "2023-10-06"),
                   ("乡村游接待游客", "2023-09-29", "2023-10-06"), ("乡村游旅游收入", "2023-09-29", "2023-10-06"),
                   ("自驾游接待游客", "2023-09-29", "2023-10-06")]
    got = rows("国庆期间，全市接待游客112.2万人次，其中过夜旅游者29万人次，一日游游客83.2万人次，实现旅游综合收入6.4亿元。",
               title="张掖国庆", published="2019-10-08T12:00:00+08:00", fields=("name",))
    assert got[-1] == ("旅游综合收入",)


def test_goods_listed_before_shengchan_in_tonnes_are_their_outputs():
    got = rows("2023年，崆峒区水泥、石灰、石料生产分别完成246万吨、11.8万吨、453万吨。全县菌棒生产8700万棒。",
               title="崆峒建材", published="2024-03-01T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("水泥产量", 2_460_000), ("石灰产量", 118_000), ("石料产量", 4_530_000),
                   ("菌棒生产", 87_000_000)]   # (not in tonnes: as written)


def test_a_bare_balance_after_the_other_qualified_is_the_same_kinds():
    got = rows("前三季度，人民币存款余额增长15.01%，贷款余额增长23.05%。全市金融机构存款余额100亿元，贷款余额80亿元。",
               title="天水：经济", published="2015-11-01T10:00:00+08:00", fields=("name",))
    assert got == [("人民币存款余额",), ("人民币贷款余额",), ("存款余额",), ("贷款余额",)]


def test_nei_you_after_a_region_is_no_part_of_a_name_and_a_wider_areas_figure_is_no_regions():
    got = rows("目前青藏高原共有牦牛1600多万头，其中甘南州内有牦牛120多万头，约占全国牦牛总数的7.5%。",
               title="甘南牦牛", published="2023-07-01T10:00:00+08:00", fields=("name", "region"))
    assert got == [("牦牛", "甘南藏族自治州"), ("牦牛占全国牦牛总数比重", "甘南藏族自治州")]   # (not the plateau's herd)
    got = rows("全国苹果产量4000万吨，全县苹果产量占全国的2%。全县有全国一村一品示范村12个。", title="静宁苹果",
               published="2023-07-01T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("苹果产量占全国比重", 2), ("全国一村一品示范村", 12)]


def test_a_sets_total_investment_is_its_zong_touzi_however_written():
    got = rows("2022年新签约项目91个，总投资额398.1亿元。全市前三批共集中开工项目273个，总投资额达到312.29亿元。",
               title="玉门招商", published="2023-03-01T10:00:00+08:00", fields=("name",))
    assert got == [("新签约项目",), ("新签约项目总投资",), ("集中开工项目",), ("集中开工项目总投资",)]


def test_what_work_was_about_is_no_plans_contents():
    got = rows("近年来，甘肃文旅以乡村旅游示范村、非遗扶贫工坊为重点建设内容，投入12亿元，成功打造全国乡村旅游重点村32个。"
               "项目建设内容为：新建蓄水池13座。", title="乡村游", published="2020-11-18T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("投入", 1_200_000_000), ("全国乡村旅游重点村", 32)]   # (a project's contents: its plan)


def test_each_projects_history_after_a_semicolon_is_its_own_and_its_years_date_nothing_after():
    got = rows("近年来，环县大力推进风光新能源产业开发。其中华电一期60万千瓦风电项目于2011年开工建设，2014年建成，累计发电76亿度，"
               "产值31亿元；绿能2万千瓦光伏发电项目于2017年开工建设，2018年建成，累计发电1.08亿度，产值8464万元。"
               "该县风力发电装机总容量达到65万千瓦。2018年建成光伏电站5座。", title="环县新能源",
               published="2021-06-01T10:00:00+08:00", fields=("name", "value_normalized", "period_start", "period_end"))
    assert got == [("风力发电装机总容量", 650_000, "", "2021-06-01"),   # (now, not 2018)
                   ("光伏电站", 5, "2018-01-01", "2018-12-31")]   # (a year with what was built: its period)


def test_a_paragraph_opening_with_a_park_is_the_parks_until_a_region_is_named():
    body = ("民勤红沙岗能源化工工业集中区持续优化营商环境，风光电装机达299万千瓦。建立重大项目推进机制，去年固定资产投资40.25亿元。"
            "全县固定资产投资100亿元。累计实施工业项目46个。\n在三川口工业集中区记者看到，多个项目正在建设。该区引进项目185项。")
    got = rows(body, title="武威：园区", published="2025-05-16T10:00:00+08:00", fields=("name", "region"))
    assert got == [("红沙岗能源化工工业集中区风光电装机", "民勤县"), ("红沙岗能源化工工业集中区固定资产投资", "民勤县"),
                   ("固定资产投资", "民勤县"),
                   ("工业项目", "民勤县"), ("引进项目", got[-1][1])]   # (the county's again; a scene is no subject)


def test_items_listed_before_a_kind_each_take_the_measure_after_it_whole():
    got = rows("目前，全省玉米制种、马铃薯、苹果等特色优势产业土地流转规模经营面积分别为58.3万亩、56.9万亩、42.4万亩。",
               title="甘肃家庭农场", published="2013-05-01T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("玉米制种土地流转规模经营面积", 583_000), ("马铃薯土地流转规模经营面积", 569_000),
                   ("苹果土地流转规模经营面积", 424_000)]


def test_zongliang_after_a_scope_in_a_shares_whole_says_nothing_more():
    got = rows("全县乡村旅游接待游客120万人次，占全省总量的3.9%。", title="宕昌：乡村旅游",
               published="2024-05-01T10:00:00+08:00", fields=("name",))
    assert got == [("乡村旅游接待游客",), ("乡村旅游接待游客占全省比重",)]


def test_ranks_listed_after_fenbie_pair_with_the_indicators_in_order():
    got = rows("目前我省牛、羊饲养量分别居全国第11位和第5位。马铃薯、苹果产量均居全国第3，羊存出栏分别居全国第3、第6。"
               "甲县、乙县分别居全市第一和第三。", title="甘肃牛羊", published="2015-09-17T10:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("牛饲养量全国排名", 11), ("羊饲养量全国排名", 5), ("马铃薯产量全国排名", 3), ("苹果产量全国排名", 3),
                   ("羊存栏全国排名", 3), ("羊出栏全国排名", 6)]   # (regions ranked with no indicator: none)
    assert rows("陇西县、岷县中药材产量分别居全省第1位和第2位。", title="定西中药材", published="2024-06-01T09:00:00+08:00",
                fields=("name", "region", "value_normalized")) \
        == [("中药材产量全省排名", "陇西县", 1), ("中药材产量全省排名", "岷县", 2)]
    got = rows("全省牛、羊饲养量分别达到707万头、3341万只，近十年增长44%和57%，分别居全国第11位和第5位。",
               title="甘肃牛羊", published="2015-09-17T10:00:00+08:00", fields=("name", "value_normalized"))
    assert [g for g in got if g[0].endswith("排名")] == [("牛饲养量全国排名", 11), ("羊饲养量全国排名", 5)]


def test_an_investment_allocated_to_projects_named_after_it_is_theirs():
    got = rows("争取中央投资55亿元，安排了农村饮水安全、农网升级改造等一批农村基础设施项目。争取中央投资32.9亿元，安排了廉租住房"
               "等保障性安居工程以及中小学校舍安全等一批事关民生改善的项目。", title="前8月甘肃省固定资产投资同比增长49.31%",
               published="2011-09-20T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("农村基础设施项目中央投资", 5_500_000_000), ("民生改善项目中央投资", 3_290_000_000)]


def test_a_bare_measure_after_a_listed_one_is_the_same_subjects():
    got = rows("甘肃省牛、羊、猪、禽存栏分别为531.8万头、2595.6万只、699.5万头和6130万只，同比分别增长3.7%、6.4%、2.1%和5.5%，"
               "出栏分别为247.8万头、2278万只、895.7万头和7561.2万只，同比分别增长0.4%、8.2%、6%和4.9%。", title="甘肃畜牧",
               published="2023-01-16T10:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("牛存栏", 3.7), ("羊存栏", 6.4), ("猪存栏", 2.1), ("禽存栏", 5.5),
                   ("牛出栏", 0.4), ("羊出栏", 8.2), ("猪出栏", 6.0), ("禽出栏", 4.9)]


def test_a_figure_after_regions_counted_keeps_the_count_and_is_no_countys_own():
    got = rows("其中，陇西、岷县、渭源3县的中药材种植面积超过30万亩。今年，在张掖、酒泉、武威3市新建玉米制种基地21.19万亩。",
               title="甘肃中药材", published="2014-12-04T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("3县的中药材种植面积", 300_000), ("3市新建玉米制种基地", 211_900)]   # (each, or the sum: one row)


def test_the_rounds_new_readings_leave_the_regions_own_figures_in_their_series():
    """Near misses a review found for this round's rules: each stays in the region's own series, or a
    narrower one, never a broader or another indicator's."""
    def names(body, title="甘肃：经济"):
        return [n for (n,) in rows(body, title=title, published="2024-06-01T09:00:00+08:00", fields=("name",))]
    # a fair as a means or a spur is not where the year's projects were signed
    assert names("县上借助兰洽会平台加大签约力度，全县共签约招商引资项目35个，签约资金80亿元。") == ["签约项目", "招商引资签约额"]
    assert names("在兰洽会签约项目的带动下，全州新建项目88个，总投资120亿元。") == ["新建项目", "新建项目总投资"]
    # only funds granted and allocated are named by what they were allocated to
    assert names("2023年，全县完成固定资产投资85亿元，安排了交通、水利、教育等一批重点项目。") == ["固定资产投资"]
    # the region's whole tourism income stays all tourism's after one kind's visitors
    assert names("国庆期间，甘州区乡村旅游接待游客12万人次，全区实现旅游综合收入3亿元。") == ["乡村旅游接待游客", "旅游综合收入"]
    # a bare balance takes only a currency from the one before it, and 各项 is all loans
    assert names("截至5月末，全县城乡居民储蓄存款余额180亿元，各项贷款余额200亿元。") == ["城乡居民储蓄存款余额", "贷款余额"]
    # a year followed by its works' completion dates a county's additions when no one project's dates precede it
    assert rows("全县高标准农田建设项目2023年建成，新增耕地面积3000亩。", title="环县：农田",
                published="2024-06-01T09:00:00+08:00", fields=("name", "period_start", "period_end")) \
        == [("新增耕地面积", "2023-01-01", "2023-12-31")]
    # measures said again of listed subjects: only a product's or herd's; the list's own measure cut whole
    assert names("全县城镇、农村居民人均可支配收入分别为32000元和12000元，消费支出分别为22000元和10000元。")[:2] \
        == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert names("小麦、玉米种植面积分别为10万亩、20万亩，产量分别为3万吨、10万吨。") \
        == ["小麦种植面积", "玉米种植面积", "小麦产量", "玉米产量"]
    assert names("全省羊存出栏分别居全国第3、第6。") == ["羊存栏全国排名", "羊出栏全国排名"]
    # the nation's organic or titled bases, and its largest base in the region, are the region's
    assert names("全国有机产品认证示范区面积12万亩。全国最大风电基地装机容量达到2000万千瓦。") \
        == ["示范区面积", "全国最大风电基地装机容量"]
    # a park that is a means or an object is no paragraph's subject; one that is keeps its own name
    assert names("全县以工业园区为载体，大力发展循环经济，完成规上工业增加值35亿元。") == ["规模以上工业增加值"]
    assert names("临洮县坚持把经济开发区作为工业发展主阵地，今年1-5月完成固定资产投资40亿元。") == ["固定资产投资"]
    assert names("临洮循环经济产业园持续优化营商环境，完成固定资产投资5亿元。\n洮阳工业园区去年完成固定资产投资3亿元。") \
        == ["循环经济产业园固定资产投资", "洮阳工业园区固定资产投资"]   # (its county is the region)


def test_a_fairs_sessions_and_their_contract_funds_are_series_of_their_own():
    got = rows("在本届兰洽会上，皋兰县共签约项目15个，合同引资142.2亿元。其中，在市专场签约项目7个，合同引资69亿元；在县专场签约项目8个，"
               "合同引资73.2亿元。", title="第二十二届兰洽会皋兰揽金142亿元", published="2016-07-09T10:00:00+08:00",
               fields=("name",))
    assert got == [("兰洽会签约项目",), ("兰洽会签约项目合同引资",), ("兰洽会市专场签约项目",), ("兰洽会市专场签约项目合同引资",),
                   ("兰洽会县专场签约项目",), ("兰洽会县专场签约项目合同引资",)]   # (parts apart from the whole)


def names(body, title="临泽：经济运行"):
    return [n for (n,) in rows(body, title=title, fields=("name",))]


def test_a_sectors_growth_stated_bare_is_its_value_addeds_and_its_change_in_points_its_shares():
    got = rows("前三季度，全县生产总值增长9%。其中，第一产业增长6.3%，第二产业增长9.8%，规上工业增长11.4%；"
               "第三产业比重提高了2.5个百分点。", fields=("name", "change_pct"))
    assert got == [("地区生产总值", 9.0), ("第一产业增加值", 6.3), ("第二产业增加值", 9.8),
                   ("规模以上工业增加值", 11.4), ("第三产业比重", None)]
    assert names("一、二产业占比分别较上年下降了1.2、0.8个百分点，第三产业提高了2个百分点。")[-1] == "第三产业比重"
    # a bare sector after an investment is the investment's part, not the sector's value added
    assert names("全区完成固定资产投资76.2亿元，增长20.06%，其中第三产业17.85亿元。") == ["固定资产投资", "第三产业固定资产投资"]


def test_a_products_rates_yields_and_returns_are_the_products():
    assert names("全县苹果面积达到84万亩，苹果产量90万吨，商品果率达到90%，优质果率达到80%。") \
        == ["苹果面积", "苹果产量", "苹果商品果率", "苹果优质果率"]
    assert names("全县马铃薯种植面积稳定在30万亩，亩产值达3600元，亩均纯收入超过800元。") \
        == ["马铃薯种植面积", "马铃薯亩产值", "马铃薯亩均纯收入"]
    assert names("全县中药材种植面积达16万亩，年总产值4.42亿元，实现总收益2.65亿元，标准化种植率达80%。") \
        == ["中药材种植面积", "中药材总产值", "中药材总收益", "中药材标准化种植率"]
    # with no product before them they stay bare (and are never compared for a revision)
    assert names("全县农业提质增效，优质果率达到80%。") == ["优质果率"]


def test_projects_started_keep_their_status_before_their_kind():
    assert names("目前，全区开工建设投资500万元以上项目355个。全县开工建设各类项目120个。") \
        == ["开工建设投资500万元以上项目", "开工建设各类项目"]
    # (but 开工建设 before works that are not projects counts the works: 拱型温室示范点)
    assert names("全县开工建设拱型温室示范点38个。") == ["拱型温室示范点"]


def test_projects_listed_after_signing_with_their_count_after_deng_are_the_projects_signed():
    assert names("签约仪式共签约人工智能展示窗、智能充电网新能源基础建设项目等12个项目，签约总额116.4亿元。") \
        == ["签约项目", "招商引资签约额"]
    assert names("全县签约外墙保温材料、年产5万吨钢结构加工等10个工业项目。") == ["签约工业项目"]
    # (projects listed after a signing ceremony's place are not said to be signed)
    assert names("在签约仪式上，全县集中开工的水厂项目、道路项目等8个项目总投资12亿元。")[0] != "签约项目"


def test_a_growth_reckoned_from_a_far_year_is_a_series_apart_from_the_year_on_year_growth():
    got = rows("春节假期，陇南市共接待游客120万人次，同比增长15%。与疫情前的2019年春节假日相比，旅游收入增长7.87%。"
               "旅游收入较2022年同期增长20%。", title="陇南：春节旅游", published="2023-01-28T09:00:00+08:00",
               fields=("name", "kind", "value_normalized"))
    assert got == [("旅游接待人次", "count", 1_200_000), ("旅游综合收入较2019年", "growth_rate", 7.87),
                   ("旅游综合收入", "growth_rate", 20.0)]   # (2022: the year before, the plain growth)
    # a level's change against a far year is the level's change: the level's own series is unchanged
    assert rows("2023年，全县生产总值50亿元，较2019年增长30%。", title="临泽：经济", fields=("name", "change_pct")) \
        == [("地区生产总值", 30.0)]


def test_a_recovery_to_an_earlier_years_level_is_each_levels_share_of_it_in_the_levels_period():
    got = rows("五一期间，全省接待游客1200万人次，实现旅游收入60亿元，分别较2020年同期增长59.4%和59.7%、"
               "分别恢复至2019年假日同期水平的102.4%和95%。", title="甘肃：五一旅游", published="2021-05-06T09:00:00+08:00",
               fields=("name", "kind", "value_normalized", "period"))
    assert got[2:] == [("旅游接待人次恢复至2019年同期水平比重", "share_or_rate", 102.4, "五一期间"),
                       ("旅游综合收入恢复至2019年同期水平比重", "share_or_rate", 95.0, "五一期间")]
    got = rows("一季度，全州旅游收入超过2019年同期水平129%。", title="临夏：旅游", published="2023-04-14T09:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("旅游综合收入恢复至2019年同期水平比重", "2023-01-01", "2023-03-31")]


def test_regions_counted_after_their_list_own_no_figure_the_sentences_region_does():
    got = rows("定西市中药材产业发展迅速。陇西、岷县、渭源3县的中药材种植面积超过30万亩。", title="定西：中药材",
               fields=("name", "region"))
    assert got == [("3县的中药材种植面积", "定西市")]   # (not 渭源县's: a sum or each one's, its name says so)
    got = rows("定西七县区与省外中医药企业签约项目7个。", title="定西：中医药", fields=("region",))
    assert got == [("定西市",)]   # (the prefecture's own counties: the prefecture's)


def test_one_spots_visitors_named_right_before_them_are_not_its_countys():
    assert rows("清明假期，如陇南的宕昌官鹅沟假期共接待游客6.3万人次。秦州烟铺大樱桃基地累计接待游客达2万余人。"
                "今年，才半年多的时间，村里接待游客就超过了5万人次。") == []
    # the receipts in the clause after a spot's visits are the spot's too
    assert rows("五一期间，全县接待游客10万人次。其中，宕昌官鹅沟假期共接待游客6.3万人次，实现旅游综合收入3000万元。",
                fields=("value_normalized",)) == [(100_000,)]
    got = rows("国庆期间，全县各景区共接待游客12万人次。全市A级景区接待游客20万人次。据统计，冬春旅游政策启动第一个月，六大景区接待9.03万人次。",
               fields=("name", "value_normalized"))
    assert [v for _, v in got] == [120_000, 200_000, 90_300]   # (spots counted or all of them: the region's)


def test_what_is_to_come_and_a_goals_figures_are_no_results():
    assert rows("陈其银说，未来五年，平川区还将新增10条至30条陶瓷生产线，日生产墙地砖30万平方米以上。") == []
    assert rows("近年来，清水县紧紧围绕建设60万亩干鲜果园的目标，把核桃产业作为主导产业。") == []
    # (a result stated before a goal's share is still a result)
    assert [n for (n,) in rows("全县完成投资50亿元，占年度目标的60%。", fields=("name",))][0] == "完成投资"


def test_a_growth_rates_change_and_a_gap_to_another_thing_are_no_rows():
    got = rows("前5个月，全市完成固定资产投资96.9亿元，降幅比前4个月收窄9.4个百分点。风力发电量增长5.2%，增速比1—4月回升"
               "11.7个百分点。网络零售额增长23.1%，高于社会消费品零售总额14.4个百分点。上半年农村市场增幅高于城市2.22个百分点。",
               fields=("name", "value_normalized"))
    assert got == [("固定资产投资", 9_690_000_000), ("风力发电量", 5.2), ("网络零售额", 23.1)]
    # (a share's change in points is still that share's)
    assert rows("全县城镇化率达到45%，比上年提高2个百分点。", fields=("name", "change_points")) == [("城镇化率", 2.0)]


def test_firms_and_projects_met_on_trips_to_attract_investment_are_activity_counts():
    got = rows("今年以来，市领导先后带队赴外开展招商11次，对接洽谈项目46个，拜访企业60余家，签约项目10个。",
               fields=("name", "value_normalized"))
    assert got == [("签约项目", 10)]


def test_regions_towns_and_fields_counted_before_what_they_hold_are_no_rows():
    got = rows("通渭县10个项目集中开工，定西市其他6个县区的一批项目也同时集中开工。交通物流、农林水利等7个领域共136个项目开工。"
               "全省还建成了1157个乡镇电商服务站。", title="定西：项目", fields=("value_normalized",))
    assert got == [(10,), (136,), (1157,)]


def test_a_bare_magnitude_naming_a_programme_base_or_plant_is_part_of_the_name():
    assert rows("庆城县紧扣全市百万亩优质苹果基地改造提升行动部署。全力支持中盛百万只肉羊屠宰厂扩能上产。") == []
    got = rows("全县苹果种植面积突破百万亩。庄浪最具优势的资源是百万亩梯田。", fields=("value_normalized",))
    assert got == [(1_000_000,), (1_000_000,)]   # (levels: the area reached, the terraces' area)


def test_a_floor_every_one_counted_clears_is_no_row():
    got = rows("全县投资力度较大，33个项目投资均已完成全年计划的50%以上。各地游客量增长率均在20%以上。"
               "另有20多个县区常年种植面积在5万亩以上。", fields=("value_normalized",))
    assert got == [(33,)]
    # (an average per village is no floor: 村均)
    assert rows("全县135个行政村村均年增加集体收入8.6万元。", fields=("value_normalized",))[-1] == (86_000,)


def test_the_rounds_new_readings_stay_where_they_belong():
    # a sector's growth after another measure is that measure's part, not the value added's
    assert names("1-5月，全县完成固定资产投资76.2亿元，同比增长8.5%，其中第三产业增长12.1%。")[-1] == "第三产业"
    assert names("1-5月，全县工业用电量5.6亿千瓦时，同比增长12%，其中规上工业增长15%。")[-1] == "规模以上工业"
    # a nearer basis is the growth's own; years listed are no basis
    assert names("春节假期，全县接待游客人次较2019年同期增长12.3%，旅游综合收入同比增长25.6%。")[-1] == "旅游综合收入"
    assert names("继2021年和2022年连续两年保持两位数增长后，今年一季度全县规上工业增加值增长8%。") == ["规模以上工业增加值"]
    # regions counted whose count the name cannot keep: no row in a county's or the article's own series
    assert rows("岷县中药材种植面积达到30万亩。岷县、陇西、渭源三个县的中药材种植面积达到90万亩。", title="岷县：中药材",
                fields=("value_normalized",)) == [(300_000,)]
    # a part after 其中, and projects signed and more, are not all the projects signed
    assert names("在兰洽会上，我县签约项目15个；其中，签约、落地陇南电商产业园等3个项目。", title="康县：招商")[-1] == "项目"
    # results beside a target, and 将 as 把, are results
    assert names("1-5月，全县完成固定资产投资45亿元（年度目标80亿元）。")[0] == "固定资产投资"
    assert names("今年，全县粮食总产量35.6万吨，全面完成目标。") == ["粮食产量"]
    assert names("去年，全县将新增的2.3万亩高标准农田全部纳入耕地保护范围。") == ["新增高标准农田"]
    # spots a list stands for are all of them; aid projects matched are projects
    assert names("国庆期间，我县以官鹅沟、哈达铺为代表的景区共接待游客20万人次，实现旅游综合收入1亿元。", title="宕昌：旅游")[-1] \
        == "旅游综合收入"
    assert names("今年，全县东西部协作对接项目56个。") == ["东西部协作对接项目"]
    # projects started are apart from the year's list
    assert names("1-5月，全县开工建设重点项目82个。") == ["开工建设重点项目"]


def test_the_second_reviews_cases_stay_where_they_belong():
    # a prefecture's own counties listed and counted after 所辖 are still a sum: no row in its own series
    assert rows("岷县中药材种植面积达到30万亩。定西市所辖陇西、渭源、岷县三个县中药材种植面积达到90万亩。", title="岷县：中药材",
                fields=("value_normalized",)) == [(300_000,)]
    # regions listed that are not the subject: a destination, a model; and 和政县 is no list after 和
    assert names("今年以来，全县向天津、青岛、厦门等5个市输转劳动力3.6万人。", title="临洮：劳务") == ["劳务输转"]
    assert [r for (r,) in rows("临夏州和政县2个区域性市场年交易额达到5亿元。", title="临夏州", fields=("region",))] == ["和政县"]
    # a kind (各类) or an average (亩均) is no "each of them"
    assert rows("陇西县中药材亩均收入达到5000元。陇西、渭源两个县中药材亩均收入达到6000元。", title="陇西：中药材",
                fields=("value_normalized",)) == [(5_000,)]
    # the county after a counted list is another subject, with the same measure
    assert rows("陇西、渭源两个县中药材种植面积达到60万亩，陇西县达到35万亩。", title="陇西：中药材",
                fields=("name", "value_normalized")) == [("中药材种植面积", 350_000)]
    # a gap to a year written alone is no row (never one series for every indicator)
    assert names("全县森林覆盖率达到35.6%，高于2015年5.2个百分点；城镇化率达到42%，高于2015年8.3个百分点。") \
        == ["森林覆盖率", "城镇化率"]
    # a level as a share of a year's: named by its verb
    assert names("今年夏粮产量达到2022年水平的105%。") == ["夏粮产量相当于2022年同期水平比重"]
    # results beside a target met are results; a plan with 将新增 is a plan
    assert names("今年全县新栽果树5万亩目标任务全面完成。") == ["新栽果树"]
    assert names("上半年，全县规上工业增加值增长12%顺利实现年初确定的目标。") == ["规模以上工业增加值"]
    assert rows("今年，全县将新增高标准农田5万亩。") == []
    # signed and more is not the projects signed; sectors after the output in a bulletin are its parts
    assert names("在兰洽会上，我县签约项目15个；已签约并落地陇南电商产业园等3个项目。", title="康县：招商")[-1] == "项目"
    assert names("在兰洽会上，我县共签约项目15个。其中，现场签约华天电子、中盛肉羊等6个项目。", title="康县：招商") \
        == ["兰洽会签约项目", "项目"]   # (a part of the fair's signings after 其中: not the same series)
    assert names("2023年，全县地区生产总值增长6.5%，农村居民人均可支配收入增长8.2%，第一产业增长5.9%。")[-1] == "第一产业增加值"
    # aid projects matched are projects; projects started with 的 keep their status
    assert names("今年，全县东西部协作共对接项目56个。") == ["东西部协作共对接项目"]
    assert names("今年以来，全县开工建设的重点项目达到82个。") == ["开工建设重点项目"]


def test_a_list_of_sectors_changed_in_points_gives_each_its_share():
    got = rows("2018年，全区一、二产业占比分别下降了5.36和12.18个百分点。", fields=("name", "value_normalized"))
    assert [n for n, _ in got] == ["第一产业比重", "第二产业比重"]   # (not 二产业占比 with the first's value)
    # after an investment's structure, a bare sector's change in points is no value added's and no GDP share
    got = rows("三次产业投资结构占比为5:41:54，与去年同期比较，一产降低62个百分点，二产和三产分别提高244和14个百分点。",
               fields=("name",))
    assert [n for (n,) in got][:3] == ["第一产业", "第二产业", "第三产业"]


def test_the_third_reviews_cases_stay_where_they_belong():
    # a list closed by 和 before its count is still regions counted: no row in the county's own series
    assert rows("甘州区玉米制种面积达到50万亩。甘州区、临泽县和高台县3个县区玉米制种面积达到100万亩。", title="甘州：制种",
                fields=("value_normalized",)) == [(500_000,)]
    # the counted regions as the subject after 在, or before 向 (not 向我县: a donor)
    assert rows("陇西县中药材种植面积达到35万亩。分布在陇西、渭源两个县的中药材种植面积达到60万亩。", title="陇西：中药材",
                fields=("value_normalized",)) == [(350_000,)]
    # another measure after the output keeps a sector's growth as written; an average is no each
    assert names("一季度，全县地区生产总值增长5.8%。固定资产投资增长12%，第一产业增长25%。", title="会宁：经济")[-1] == "第一产业"
    assert rows("陇西县中药材平均亩产达到280公斤。陇西、渭源两个县中药材平均亩产达到300公斤。", title="陇西：中药材",
                fields=("value_normalized",)) == [(0.28,)]   # (公斤 normalised to tonnes)
    # a target set is no result; 将 as 把 is no plan
    assert rows("年初，县委确定了全年地区生产总值增长7%实现翻番的目标。", title="会宁：经济") == []
    assert names("县自然资源局将新增耕地指标2000亩在省内交易，获得收益6000万元。", title="会宁：经济")[0] == "新增耕地指标"


def test_a_measure_said_of_each_subject_listed_in_an_earlier_clause_is_each_ones():
    # (城乡 before years that 分别 pairs with is no urban and rural: the years are)
    got = rows("城乡居民收入稳步增长，2022年和2023年人均可支配收入分别达到2.1万元和2.3万元。", fields=("name", "period_end"))
    assert got == [("人均可支配收入", "2022-12-31"), ("人均可支配收入", "2023-12-31")]
    # 城乡 before 分别 in the clause before: the urban and the rural income, not the all-resident one
    got = rows("2020年，城乡居民收入水平大幅提升，人均可支配收入分别达到27300元、8717元。", title="临潭：十三五",
               fields=("name", "value_normalized"))
    assert got == [("城镇居民人均可支配收入", 27300), ("农村居民人均可支配收入", 8717)]
    # products listed where the sentence opens: each its own (the last product's name took the first value)
    got = rows("瓜州蜜瓜、瓜州枸杞双双荣获地理标志认证，荣登中国区域品牌百强榜，品牌价值分别达31.73亿元和3.6亿元。",
               title="瓜州：特色产业", fields=("name", "value_normalized"))
    assert got == [("蜜瓜品牌价值", 3_173_000_000), ("枸杞品牌价值", 360_000_000)]
    assert names("桃子、杏子、红枣是我省的特色水果，产量分别占园林水果总产量的6.15%、5.15%、3.34%。", title="甘肃：水果") \
        == ["桃子产量占园林水果总产量比重", "杏子产量占园林水果总产量比重", "红枣产量占园林水果总产量比重"]
    # only products pair so: a list of works does not (no row is the second work's, nor the first's: which
    # figure is whose is not said)
    assert names("招商、项目两手抓，投资分别达到12亿元和8亿元。", title="秦安：经济") == []


def test_a_bases_crop_names_the_bare_measures_after_it_until_the_next_item():
    body = ("一是在平安等6个乡镇建立脱毒种薯生产基地3万亩，平均亩产1500公斤，总产4500万公斤；二是在东部6乡镇建立蚕豆良种"
            "基地2万亩，平均亩产178公斤，总产达到356万公斤；三是在张川镇建立机械化示范基地2处；四是在3个村建立以柴胡为主的"
            "中药材生产基地5000亩，总产达到137万公斤。")
    got = names(body, title="张家川：农业基地")
    assert got[:6] == ["脱毒种薯生产基地", "平均亩产", "脱毒种薯总产", "蚕豆良种基地", "平均亩产", "蚕豆良种总产"]
    # a new item (四是…) is about what it names, never the last item's crop (蚕豆良种总产 twice was a conflict)
    assert "蚕豆良种总产" not in got[6:] and got[-1].endswith("总产")
    # an average of a bare measure stays bare (平均 is no crop: no 平均总产 after it), and never makes a revision
    assert names("2008年，全区马铃薯种植面积达到100万亩，平均亩产1250公斤，总产130万吨。", title="安定：马铃薯")[1:] \
        == ["平均亩产", "马铃薯总产"]
    # an item's area of something else (a demonstration area, greenhouses) takes no crop of the item before: its
    # bare measures stay bare, not 小麦总产 or 小麦产值 beside the wheat's own
    got = names("全县种植小麦15万亩，总产5.7万吨；建成玉米全膜双垄沟播示范区3万亩，总产2.25万吨；在康家集乡建成日光温室200座，"
                "产值600万元。", title="临洮：农业")
    assert got == ["小麦", "小麦总产", "玉米全膜双垄沟播示范区", "总产", "日光温室", "产值"]


def test_kinds_of_goods_listed_with_ji_inside_them_share_the_measure_after_the_last():
    assert names("其中电子出版物及音像制品类、中西药品类、体育及娱乐用品类销售同比分别增长18.5%、24.8%和7.7%。",
                 title="甘肃：消费品市场") == ["电子出版物及音像制品类销售", "中西药品类销售", "体育及娱乐用品类销售"]


def test_the_first_value_of_a_span_with_no_date_of_its_own_is_no_row():
    body = ("截至2021年底，嘉峪关工业园区企业从8家增加至325家，工业总产值从6200万元增长至628.3亿元。"
            "全县城镇居民人均可支配收入由2016年的17754元增加到2020年的24878元。")
    got = rows(body, title="嘉峪关：工业园区", published="2022-03-05T09:00:00+08:00",
               fields=("value_normalized", "period_end"))
    # the values reached stay; what the park had at its start is not filed under 2021's end
    assert got[:2] == [(325, "2021-12-31"), (62_830_000_000, "2021-12-31")]
    assert (17754, "2016-12-31") in got and (24878, "2020-12-31") in got   # (dated apart: both stay)
    dropped = extract_indicators("嘉峪关：工业园区", body, "2022-03-05T09:00:00+08:00").dropped
    assert {d.text for d in dropped if d.reason == "a span's first value with no date of its own"} \
        == {"8家", "6200万元"}


def test_a_county_bringing_in_a_firm_is_still_the_subject():
    body = "山丹县引进福建圣农集团，建成白羽肉鸡全产业链项目，年出栏白羽肉鸡1亿羽，实现产值15亿元。"
    assert {o.region for o in extract_indicators("张掖：现代农业", body, PUBLISHED).observations} == {"山丹县"}
    body = "民乐县引进甘肃丝路果品有限公司，全县苹果种植面积达到5万亩。"
    assert {o.region for o in extract_indicators("张掖：现代农业", body, PUBLISHED).observations} == {"民乐县"}


def test_quan_xian_opening_a_sentence_holds_for_its_clauses_and_a_firms_region_is_no_subject():
    body = ("该县着力拉长中医药产业链条，甘肃佛慈有限公司等中医药精深加工项目落地实施。"
            "全县规模养殖企业达620家，辐射带动规模养殖户1.6万多户，草牧业产值达13.2亿元。")
    got = rows(body, title="甘肃渭源县：产业扶贫带来蓬勃生机", fields=("name", "value_normalized"))
    regions = {o.region for o in extract_indicators("甘肃渭源县：产业扶贫带来蓬勃生机", body, PUBLISHED).observations}
    assert [n for n, _ in got] == ["规模养殖企业", "带动规模养殖户", "草牧业产值"] and regions == {"渭源县"}
    # villages listed with 等 are no one village
    assert names("在张川镇前山等村建立胡萝卜生产基地600亩，总产量900吨。", title="张家川：基地") == ["胡萝卜生产基地", "胡萝卜总产量"]


def test_a_bare_measure_said_again_of_listed_animals_growths_is_each_animals():
    got = names("一季度，全省生猪、牛、羊、家禽出栏分别增长4.8%、8.2%、14.6%和6.1%，存栏同比分别增长4.2%、5.5%、9.5%和6.9%。",
                title="甘肃：农业农村")
    assert got[4:] == ["生猪存栏", "牛存栏", "羊存栏", "家禽存栏"]   # (the first had been 家禽存栏, the rest lost)


def test_ranks_said_fen_lie_of_two_measures_pair_with_them():
    assert names("2024年，苹果面积和产量分列全国第2、第3。", title="甘肃：乡村产业") == ["苹果面积全国排名", "苹果产量全国排名"]
    # (分列前三 after a list of regions is still the regions' ranks)
    assert names("金昌、兰州、天水前5月进出口总值分列前三。", title="甘肃：外贸") == ["进出口总额排名"] * 3


def test_a_growths_change_against_last_year_is_its_own_and_the_rank_after_ranks_the_growth():
    body = "一季度全省一产增加值同比增长6.4%，比去年同期高1.1个百分点，比全国平均水平高2.7个百分点，居全国第3。"
    got = rows(body, title="甘肃：农业农村", fields=("name", "change_pct", "change_points"))
    assert got == [("第一产业增加值", 6.4, 1.1), ("第一产业增加值增速全国排名", None, None)]


def test_the_whole_reached_after_what_was_added_or_after_a_clause_that_says_it_rose():
    got = rows("今年，新增蔬菜面积4.8万亩，达到28.3万亩；新植枸杞3000亩，累计达到9.3万亩。", title="肃州：农业",
               fields=("name", "value_normalized"))
    assert got == [("新增蔬菜面积", 48_000), ("蔬菜面积", 283_000), ("新植枸杞", 3000), ("枸杞", 93_000)]
    got = rows("2021年，农民人均可支配收入迈上万元台阶，达到11433元，比2012年4506.7元增加6926元。", title="甘肃：农业丰收",
               fields=("name", "value_normalized", "period_end"))
    assert got == [("农村居民人均可支配收入", 11433, "2021-12-31"), ("农村居民人均可支配收入", 4506.7, "2012-12-31")]
    # a growth rate after such a clause is no level of the bare word before it
    assert rows("全县经济持续增长，达到8%。", title="临泽：经济") == []
    # a crop counted area-first ends before a word of time
    assert names("渭源县3.6万亩万寿菊近期迎来丰收。", title="渭源：万寿菊") == ["万寿菊"]


def test_a_regions_share_of_a_wider_whole_keeps_the_wholes_scope():
    got = rows("2023年，全县完成工业增加值12亿元，占全市工业增加值的15%。", fields=("name", "value_normalized"))
    assert got == [("工业增加值", 1_200_000_000), ("工业增加值占全市工业增加值比重", 15)]
    got = rows("前5月，我省进出口总值180亿元，增长12%，占全国进出口总值的0.3%。", title="甘肃：外贸", fields=("name",))
    assert got == [("进出口总额",), ("进出口总额占全国进出口总额比重",)]


def test_a_part_named_by_its_wholes_name_and_its_share_of_the_whole_are_no_rows():
    body = "前5月，我省对欧盟进出口大幅增长，进出口总值18.6亿元，增长98.5%，占我省进出口总值的11.2%。"
    # (18.6亿元 is the trade with the EU: under the province's 进出口总额 it would revise the province's own)
    assert rows(body, title="甘肃：外贸", published="2018-06-20T09:00:00+08:00") == []
    dropped = extract_indicators("甘肃：外贸", body, "2018-06-20T09:00:00+08:00").dropped
    assert {d.text for d in dropped if d.reason == "a share whose part is not named"} == {"18.6亿元", "11.2%"}


def test_the_provinces_news_filed_from_its_capital_and_a_spot_named_after_its_city_are_the_provinces():
    body = ("每日甘肃网1月20兰州讯(记者秦娜)2019年，全省共接待游客3.74亿人次。\n"
            "去年，全省旅游景区品质实现了大幅提升。张掖七彩丹霞晋升为国家5A级景区，3家景区被评为省级旅游度假区。"
            "发展旅游专业村271个，建成示范村121个，其中12个示范村被文旅部列为首批全国乡村旅游重点村。")
    result = extract_indicators("双增长!2019年甘肃接待游客3.74亿人次", body, "2020-01-20T09:00:00+08:00")
    assert result.region.name == "甘肃省" and {o.region for o in result.observations} == {"甘肃省"}
    # villages put on a national list are named by it (12 of the 121 model villages are no second 示范村 figure)
    assert [o.name for o in result.observations][-3:] == ["旅游专业村", "示范村", "全国乡村旅游重点村"]


def test_a_sites_footprint_is_no_row_and_loans_reached_after_new_loans_are_the_balance():
    assert rows("庄浪县建成了占地300亩的马铃薯网棚。", title="庄浪：马铃薯") == []   # (not 马铃薯网棚占地比重)
    assert names("2023年，全县新增贷款12亿元，达到85亿元。", title="临泽：金融") == ["新增贷款", "贷款余额"]


def test_the_second_reviews_cases_of_the_nineteenth_round_stay_where_they_belong():
    # a county that creates spots is the subject; a title naming 兰州 keeps 兰州's dateline
    body = "临泽县今年成功创建国家4A级景区2个，全县接待游客500万人次，实现旅游收入30亿元。"
    assert {o.region for o in extract_indicators("张掖：文旅", body, PUBLISHED).observations} == {"临泽县"}
    body = "本报兰州讯 今年一季度，全市接待游客1500万人次，增长30%。"
    assert extract_indicators("全省文旅市场火热 兰州接待游客增长30%", body, PUBLISHED).observations[0].region == "兰州市"
    # firms designated without 其中 keep their noun (no 国家高新技术企业 3 beside the stock of 15)
    assert names("今年，全县3家企业被认定为国家高新技术企业，全县国家高新技术企业达到15家。", title="临泽：科技")[0] != "国家高新技术企业"
    # a part's figure before a share of a wider whole is no whole's; a share after 其中 leaves the whole's level
    assert rows("今年一季度，全县限上企业实现社会消费品零售总额3亿元，增长8%，占全市社会消费品零售总额的4%。") == []
    assert names("全县完成工业增加值12亿元，增长8%，其中园区企业完成10亿元，占全县工业增加值的83%。") == ["工业增加值"]
    # an item that says nothing of what it is about keeps the crop of the item before; one date is no list of periods
    assert names("一是扩大规模，全县苹果种植面积达到101万亩；二是提升效益，总产量达到120万吨，产值达到60亿元。", title="静宁：果业") \
        == ["苹果种植面积", "苹果总产量", "苹果产值"]
    assert names("城乡居民收入稳步增长，2023年人均可支配收入分别达到3.2万元和1.8万元。") \
        == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    # a county's or a kind of farming's area is no site's footprint
    assert names("全县设施农业占地面积达到5万亩。") == ["设施农业占地面积"]


def test_the_third_reviews_cases_of_the_nineteenth_round_stay_where_they_belong():
    # a county's own total and its share of the city's, whatever the sentence opens with
    got = rows("全县上下紧盯重点项目和重点企业，1-5月完成一般公共预算收入2.8亿元，增长12%，占全市一般公共预算收入的13%。",
               fields=("name",))
    assert got == [("一般公共预算收入",), ("一般公共预算收入占全市一般公共预算收入比重",)]
    assert names("1-6月，全县规模以上工业增加值完成8.6亿元，同比增长9.2%，占全市规模以上工业增加值的21%。") \
        == ["规模以上工业增加值", "规模以上工业增加值占全市规模以上工业增加值比重"]
    # the province's news datelined 兰州 under a title naming other regions, not 兰州
    body = "本报兰州讯 记者从省统计局获悉，上半年，地区生产总值完成5500亿元，同比增长6.5%。"
    assert extract_indicators("全省经济运行稳中向好 酒泉张掖增速领先", body, PUBLISHED).observations[0].region == "甘肃省"
    # an item about another industry takes no crop of the item before
    assert names("一是做大苹果产业，全县苹果种植面积达到101万亩，总产量120万吨；二是发展光伏产业，装机容量达到20万千瓦，"
                 "产值达到5亿元。", title="静宁：特色产业")[-1] == "产值"
    # a county that names a spot of its own is still the subject of its tourism
    body = "临泽县丹霞景区晋升为国家5A级景区，全县接待游客500万人次，实现旅游收入30亿元。"
    assert {o.region for o in extract_indicators("张掖：文旅", body, PUBLISHED).observations} == {"临泽县"}
    # a part's level with a clause on its growth before its share is still a part; a share after a rank is the level's
    body = ("今年上半年，全市7个园区完成地区生产总值73.67亿元，增长8%；工业增加值41.21亿元，同比增长14.2%，增幅居全省前列，"
            "占全市工业增加值的47%。")
    assert "工业增加值" not in names(body, title="平凉：工业园区")
    assert names("今年上半年，全县完成地区生产总值45.6亿元，同比增长6.5%，增速居全市第一，占全市地区生产总值的18.2%。")[-1] \
        == "地区生产总值占全市地区生产总值比重"


# -- twentieth round: the forty-seventh and forty-eighth sets read --------------------------------------

def test_a_growth_opening_the_next_sentence_goes_to_the_level_it_names_again_and_a_rank_after_it_ranks_the_growth():
    got = rows("上半年，瓜州县实现地区生产总值40.03亿元、工业增加值18.92亿元。全县地区生产总值同比增长2.5%，位居全市第三。",
               title="瓜州县全力保障县域经济稳步增长", published="2020-08-18T22:25:43+08:00",
               fields=("name", "value_normalized", "change_pct"))
    assert got == [("地区生产总值", 4_003_000_000, 2.5), ("工业增加值", 1_892_000_000, None),
                   ("地区生产总值增速全市排名", 3, None)]
    # a growth that states its own period is no earlier level's change
    got = rows("2022年，全县地区生产总值40亿元。上半年，全县地区生产总值同比增长2.5%。", fields=("name", "change_pct"))
    assert got == [("地区生产总值", None), ("地区生产总值", 2.5)]


def test_a_label_of_origin_is_no_subject_and_a_provinces_series_held_for_one_region_is_that_regions():
    body = ("建成3A级以上景区14个，甘肃制造首批联想国产电脑在平凉下线。2020年，实现地区生产总值476亿元，"
            "人均地区生产总值23964元。")
    got = extract_indicators("平凉:为发展征程掀开崭新画卷", body, "2021-06-29T08:57:00+08:00").observations
    assert [(o.name, o.region) for o in got if o.period == "2020年"] == [("地区生产总值", "平凉市"),
                                                                        ("人均地区生产总值", "平凉市")]
    title = "甘肃省委“风华百年路 奋进新陇原”——甘肃省庆祝建党100周年系列新闻发布会(庆阳专场)举行"
    result = extract_indicators(title, "6月9日，发布会在华池县举行。原油产量达到920万吨。", "2021-06-11T12:00:00+08:00")
    assert result.region is not None and result.region.name == "庆阳市"


def test_a_county_level_citys_quan_shi_and_a_quoted_officials_are_their_own_regions():
    body = ("目前，酒泉玉门市各类电力装机累计达到458.9万千瓦。全市现已建成风光互补项目5个，光伏装机容量25.4万千瓦。\n"
            "2021年，全市规上新能源装备制造业产值达到82.5亿元。")
    got = extract_indicators("酒泉:延伸风光电装备制造产业链", body, "2022-04-25T12:00:00+08:00").observations
    assert [o.region for o in got] == ["玉门市", "玉门市", "玉门市", "酒泉市"]
    body = ("今年上半年，甘肃接待游客人数同比增长27%。\n“我们持续引爆文旅热点，举办鸣沙山万人星空演唱会等大型文旅活动，"
            "全市旅游接待人数、旅游收入分别增长60%和64%。”酒泉市委书记王立奇作交流发言时表示。")
    got = extract_indicators("甘肃上半年经济运行调度会议", body, "2024-07-26T20:00:00+08:00").observations
    assert [(o.region, o.change_pct) for o in got] == [("甘肃省", 27.0), ("酒泉市", 60.0), ("酒泉市", 64.0)]


def test_a_zone_with_an_industry_of_its_own_names_the_figures_of_its_sentence_also_after_qi_zhong():
    body = ("2021年全市规上新能源装备制造业产值达到82.5亿元。其中，酒泉经开区新能源装备制造业实现工业总产值76.77亿元，"
            "同比增长61%，培育形成了产值10亿元以上龙头企业2家。")
    got = extract_indicators("酒泉:新能源装备", body, "2022-04-25T12:00:00+08:00").observations
    assert [(o.name, o.region) for o in got] == [("规模以上新能源装备制造业产值", "酒泉市"),
                                                 ("酒泉经开区新能源装备制造业工业总产值", "肃州区"),
                                                 ("酒泉经开区产值10亿元以上龙头企业", "肃州区")]


def test_what_was_renovated_created_brought_in_or_produced_and_the_sown_area_take_a_round_ups_jin_nian_yi_lai():
    body = ("12月21日，记者从市农业农村局获悉，今年以来，全市农业农村经济发展势头良好。\n"
            "全市粮食播种面积590.2万亩。全市改造老旧果园6万亩，创建高标准示范园2.27万亩，苹果面积稳定在133万亩。"
            "引培食用菌龙头企业6家，生产食用菌菌棒1300万棒。")
    got = rows(body, title="庆阳市农业农村经济发展势头良好", published="2022-12-26T09:06:42+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("粮食播种面积", "2022-01-01", "2022-12-26"), ("老旧果园", "2022-01-01", "2022-12-26"),
                   ("高标准示范园", "2022-01-01", "2022-12-26"), ("苹果面积", "", "2022-12-26"),
                   ("食用菌龙头企业", "2022-01-01", "2022-12-26"), ("食用菌菌棒产量", "2022-01-01", "2022-12-26")]
    # a production line is a noun, no act of producing: a stock stays as reported
    assert rows("今年以来，全县经济稳中有进。\n全县现有生产线12条。", fields=("period_start",)) == [("",)]


def test_one_plants_figures_a_density_and_spots_visitors_listed_one_by_one_are_no_regions():
    body = ("民勤县境内风光资源富集，可利用风能年贮量518.6千瓦时/平方米。中广核甘肃民勤红沙岗百万千瓦级风电基地第一风电场，"
            "总装机容量40万千瓦，安装风机200台，2021年，实现发电量8.20亿千瓦时，产值3.18亿元。“十二五”以来，民勤县已建成风光发电"
            "项目185万千瓦。")
    assert names(body, title="民勤:大漠戈壁上的“绿能高地”") == ["风光发电项目"]
    # the farms of a county counted keep their capacity
    assert names("全省共有风电场58座，装机容量952.66万千瓦。", title="甘肃新能源装机") == ["风电场", "风电场装机容量"]
    body = "全省4个5A级旅游景区接待人数分别是天水麦积山1.4万人次、平凉崆峒山1.14万人次、鸣沙山月牙泉0.16万人次、嘉峪关关城0.15万人次。"
    assert rows(body, title="甘肃省元旦旅游") == []
    # graded spots' own measures said together stay the spots' (not each one's)
    assert names("全县A级景区接待游客和旅游收入分别为120万人次和3亿元。") == ["A级景区接待游客", "旅游综合收入"]


def test_names_a_plans_basis_qualities_listed_a_verb_only_item_and_products_made():
    assert names("永登县全县在稳定10万亩玫瑰种植面积的基础上，进一步优化种植结构。", title="永登 玫瑰绽放") == ["玫瑰种植面积"]
    assert names("形成了民贸、商贸等10个档次较高、规模较大的超市和综合商场。", title="临夏市商贸经济活力倍增") \
        == ["档次较高、规模较大的超市和综合商场"]
    assert names("全市新建龙头企业8家、改扩建14家。全县新建日光温室100座、改建200座。", title="平凉市农业农村工作") \
        == ["龙头企业", "改扩建龙头企业", "日光温室", "改建日光温室"]
    assert names("截止2023年底，武都全区油橄榄种植面积达到63.58万亩，油橄榄鲜果产量5万吨，初榨橄榄油7500吨。",
                 title="武都区油橄榄") == ["油橄榄种植面积", "油橄榄鲜果产量", "初榨橄榄油产量"]
    # a part after 其中 keeps the whole's measure; what is sold is no output
    assert names("中药材常年总产量达5万吨，其中当归2万吨。蔬菜产量30万吨，外销20万吨。", title="岷县中药材") \
        == ["中药材常年总产量", "当归常年总产量", "蔬菜产量", "外销"]
    assert names("2022年，镇原县完成饲养肉鸡1.05亿羽。", title="镇原肉鸡") == ["肉鸡饲养量"]
    # a herd kept by places counted just before is theirs, not the county's 饲养量
    assert names("全县建成各类养殖专业村90个，饲养各类畜禽9.74万头。", title="张家川畜牧业") \
        == ["各类养殖专业村", "饲养各类畜禽"]


def test_what_was_added_to_a_capacity_is_a_series_apart_from_the_capacity():
    got = rows("2009年，当年新增风电装机169万千瓦，年底累计完成220万千瓦。", title="酒泉风电",
               published="2010-07-12T12:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("新增风电装机", 1_690_000), ("风电装机", 2_200_000)]
    assert names("前三季度，全市新能源新增装机120万千瓦。", title="酒泉新能源") == ["新能源新增装机"]


def test_a_top_list_with_its_figures_after_commas_and_a_holiday_named_before_its_visitors():
    body = ("2016年元旦小长假，甘肃省共接待旅游者138.4万人次。\n接待游客总数前五位的地区及人数分别是:天水30.5万人次,兰州22.1万人次,"
            "陇南15.1万人次,白银12.9万人次,庆阳11.2万人次。")
    got = extract_indicators("甘肃省2016年元旦接待游客138.4万人次", body, "2016-01-06T12:00:00+08:00").observations
    assert [(o.region, o.name, o.value_normalized) for o in got if o.kind != "ranking"] == [
        ("甘肃省", "旅游接待人次", 1_384_000), ("天水市", "旅游接待人次", 305_000), ("兰州市", "旅游接待人次", 221_000),
        ("陇南市", "旅游接待人次", 151_000), ("白银市", "旅游接待人次", 129_000), ("庆阳市", "旅游接待人次", 112_000)]
    assert {(o.period_start, o.period_end) for o in got} == {("2016-01-01", "2016-01-03")}
    assert sum(o.kind == "ranking" for o in got) == 5


def test_places_counted_own_their_sum_and_their_growths_and_a_comma_among_listed_values_is_a_slip():
    body = ("上半年，甘肃省86个县市区(以下简称“县”)完成地区生产总值5190.6亿元，同比增长6.5%，58个县增速高于全省增速，"
            "永登县、庆城县等10个县实现两位数增长。上半年，甘肃省共60个县固定资产投资呈两位数增长。")
    got = rows(body, title="甘肃县域经济", published="2023-08-01T09:00:00+08:00", fields=("name", "region"))
    assert got == [("86个县市区地区生产总值", "甘肃省")]
    body = "全市肉牛饲养量及苹果、蔬菜、马铃薯、中药材种植面积分别达91.13万头、200万亩、41.93万亩，90万亩、6.82万亩。"
    assert names(body, title="平凉市农业农村工作") == ["肉牛饲养量", "苹果种植面积", "蔬菜种植面积", "马铃薯种植面积",
                                                     "中药材种植面积"]


def test_a_gap_to_other_places_goods_is_no_growth():
    assert rows("蛋白质和维生素C含量高于外地蔬菜31%和28%，亩产高于普通品种20%。", title="兰州高原夏菜") == []


def test_a_scope_word_after_a_period_only_first_clause_holds_for_the_sentence_unless_a_later_clause_names_its_own():
    got = extract_indicators("宕昌县第三届党参节", "从2010年起，全省中药材产业迅猛发展，种植面积和产量居于全国首位。",
                             "2013-08-01T09:00:00+08:00").observations
    assert [(o.name, o.region, o.period_start, o.period_end) for o in got] == [
        ("中药材种植面积全国排名", "甘肃省", "", "2013-08-01"),   # (a rank over years not over: the day's)
        ("中药材产量全国排名", "甘肃省", "", "2013-08-01")]
    got = rows("从2010年起，全省累计完成中药材产业投资12亿元。", title="甘肃中药材", published="2013-08-01T09:00:00+08:00",
               fields=("period_start", "period_end"))
    assert got == [("2010-01-01", "2013-08-01")]
    body = "2013年，全市特色产业发展迅速，武都区花椒面积位居全国县区第一，油橄榄产量、产值居全国第一。"
    got = extract_indicators("陇南特色农业", body, "2014-01-20T09:00:00+08:00").observations
    assert {o.region for o in got} == {"武都区"}


def test_quan_shi_is_the_city_the_paragraph_is_about_and_none_of_a_provinces_own():
    body = ("今年前三季度，庄浪县农村居民人均可支配收入达到10286元。\n近年来，敦煌市坚持以文旅产业为龙头。今年1至5月，"
            "全市接待游客326.5万人次，实现旅游收入35.2亿元，分别同比增长21.4%和24.6%。")
    got = extract_indicators("庄浪：梯田苹果红满山", body, "2023-11-10T09:00:00+08:00").observations
    assert [o.region for o in got] == ["庄浪县", "敦煌市", "敦煌市"]
    body = "定西市马铃薯种植面积稳定在300万亩。目前，全市农民人均从马铃薯产业中获得收入1422元。"
    got = extract_indicators("甘肃马铃薯产业", body, "2017-09-29T09:00:00+08:00").observations
    assert [o.region for o in got] == ["定西市", "定西市"]


def test_a_growth_named_with_zeng_fu_jin_wei_and_a_harvest_told_after_its_crop():
    body = "今年“五一”期间，大风天气对酒泉旅游影响较大，酒泉旅游接待人数增幅仅为10%。"
    got = extract_indicators("甘肃五一旅游", body, "2016-05-04T18:58:00+08:00").observations
    assert [(o.name, o.kind, o.change_pct, o.region) for o in got] == [("旅游接待人次", "growth_rate", 10.0, "酒泉市")]
    assert names("秦安近40万亩苹果园硕果盈枝，浓香阵阵。", title="秦安苹果") == ["苹果园"]
    assert names("张掖市种植的80万亩制种玉米今年又获丰收。", title="张掖制种玉米") == ["制种玉米"]
    got = rows("2009年，风电装机当年就发展到了220万千瓦。", title="酒泉风电", published="2010-07-12T12:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("风电装机", 2_200_000)]


def test_a_source_and_a_year_before_quan_sheng_and_changes_against_a_basis_said_in_a_clause_of_its_own():
    body = ("据统计，2012年全省中药材种植面积316万亩，产量75万吨，与2005年相比较，面积和产量分别增加了102.6万亩和40万吨，"
            "增幅分别达47.9%和113.6%。")
    got = extract_indicators("宕昌“党参节”10月12日将举办", body, "2013-09-27T05:04:50+08:00").observations
    assert [(o.name, o.region, o.change_value, o.change_pct) for o in got] == [
        ("中药材种植面积", "甘肃省", 1_026_000, 47.9), ("中药材产量", "甘肃省", 400_000, 113.6)]
    # without a basis the amounts after 分别增加 stay rows of their own (what was added, 新增-like)
    assert len(rows("全县面积和产量分别增加了102.6万亩和40万吨。")) == 2


def test_a_bare_total_after_what_was_added_is_all_of_it_in_its_own_series_by_period():
    body = "2021年，全省新增农业产业化龙头企业139家，总数达到3235家。"
    got = rows(body, title="甘肃农业农村", published="2022-02-23T09:00:00+08:00",
               fields=("name", "value_normalized", "period_start"))
    # (one year for both: what was added keeps 新增, a series apart from the total's)
    assert got == [("新增农业产业化龙头企业", 139, "2021-01-01"), ("农业产业化龙头企业", 3235, "2021-01-01")]
    body = "2021年，全省种植业稳中有进。\n全省新增农业产业化龙头企业139家，总数达到3235家。"
    got = rows(body, title="甘肃农业农村", published="2022-02-23T09:00:00+08:00",
               fields=("name", "value_normalized", "period_start"))
    assert got == [("农业产业化龙头企业", 139, "2021-01-01"), ("农业产业化龙头企业", 3235, "")]
    # an area added keeps 新增; the total after it is the area's
    assert names("全县新增设施蔬菜1095亩，总量达到3万亩。") == ["新增设施蔬菜", "设施蔬菜"]


def test_the_reviews_cases_of_the_twentieth_round_stay_where_they_belong():
    # 全市 is the county-level city only where the paragraph opens with it, never 全州, never before 其中 the city
    got = extract_indicators("酒泉文旅", "今年以来，敦煌市游客接待持续火热。全市接待游客2000万人次，其中敦煌市接待游客1000万人次。",
                             PUBLISHED).observations
    assert [o.region for o in got] == ["酒泉市", "敦煌市"]
    got = extract_indicators("临夏州经济运行", "今年，临夏市新开工项目50个。全州完成固定资产投资300亿元。", PUBLISHED).observations
    assert [o.region for o in got] == ["临夏市", "临夏回族自治州"]
    got = extract_indicators("酒泉文旅", "全市接待游客2000万人次，其中敦煌市接待游客1000万人次，全市实现旅游综合收入150亿元。",
                             PUBLISHED).observations
    assert [o.region for o in got] == ["酒泉市", "敦煌市", "酒泉市"]
    # a growth's rank follows it to the city
    got = extract_indicators("酒泉经济运行", "玉门市新能源产业发展迅速。1-8月，全市规上工业增加值同比增长10%，位居全省第一。",
                             PUBLISHED).observations
    assert [(o.name, o.region) for o in got] == [("规模以上工业增加值", "玉门市"), ("规模以上工业增加值增速全省排名", "玉门市")]
    # a list joined by 、 ends at a comma: the counted regions keep their figures
    body = ("1-9月，7个市州工业固定资产投资增幅超全省平均水平，分别为白银市(42.2%)、天水市(29.3%)、武威市(25%)、张掖市(20%)、"
            "平凉市(18%)、定西市(15%)、庆阳市(12.0%)，金昌市、嘉峪关市负增长。")
    got = extract_indicators("甘肃工业投资", body, PUBLISHED).observations
    assert [o.region for o in got] == ["白银市", "天水市", "武威市", "张掖市", "平凉市", "定西市", "庆阳市"]
    # production nouns are no output, and stocks keep no round-up's period
    got = rows("今年以来，全县经济运行稳中有进。\n全县现有农业生产合作社120家，生产加工企业35家。", fields=("name", "period_start"))
    assert got == [("农业生产合作社", ""), ("生产加工企业", "")]
    assert names("全县生产安全事故1件，同比下降50%。") == ["生产安全事故"]
    # a rank after a comparison clause still ranks the growth named again; peers counted are no subject
    got = names("上半年，全县实现地区生产总值26.7亿元。全县地区生产总值同比增长4.5%，高于全市平均水平1.2个百分点，居全市第三。")
    assert got == ["地区生产总值", "地区生产总值增速全市排名"]
    assert names("2022年，庆阳市在全省14个市州中地区生产总值达到1000亿元。", title="庆阳经济") == ["地区生产总值"]
    # a multi-year growth is no change of the year's level; a park is named once; what is done with tonnes is no output
    got = rows("2022年，全县实现地区生产总值56.7亿元。全县地区生产总值年均增长7.2%。", fields=("kind", "change_pct"))
    assert got == [("amount", None), ("growth_rate", 7.2)]
    assert names("今年以来，高台工业园区化工产业完成工业总产值12亿元。", title="高台工业") == ["高台工业园区化工产业工业总产值"]
    assert names("全县蔬菜产量35万吨，交易20万吨，冷藏5万吨。") == ["蔬菜产量", "交易", "冷藏"]
    assert names("全县饲养肉牛存栏12万头。") == ["饲养肉牛存栏"]
    # a person named like a holiday is no holiday
    assert rows("县委书记王国庆接待了客商，签约项目5个。", fields=("period_start",)) == [("",)]
    # a city named in the official's own quotation keeps its figure
    body = ("今年上半年，全省接待游客同比增长20%。“今年以来，全市持续打造文旅品牌，举办系列文旅活动，全市接待游客300万人次，"
            "同比增长15%，其中敦煌市接待游客150万人次。”酒泉市委书记王立奇说。")
    got = extract_indicators("甘肃文旅", body, "2024-07-26T09:00:00+08:00").observations
    assert [o.region for o in got] == ["甘肃省", "酒泉市", "敦煌市"]


def test_a_clause_of_a_period_and_a_verb_states_the_level_named_before_it_again():
    # 2015年为…, 增长到…: the level of the clause before, in the same unit, for the clause's own period
    body = "2010年，全县马铃薯种植面积为41.71万亩，2015年增长到53.11万亩。"
    assert rows(body) == [("马铃薯种植面积", 417_100, "2010-01-01", "2010-12-31"),
                          ("马铃薯种植面积", 531_100, "2015-01-01", "2015-12-31")]
    assert rows("全县生产总值2010年为41.71亿元，2015年为53.11亿元。") == [
        ("地区生产总值", 4_171_000_000, "2010-01-01", "2010-12-31"),
        ("地区生产总值", 5_311_000_000, "2015-01-01", "2015-12-31")]
    # 增长到 is a level reached, not a change
    assert rows("全县生产总值增长到41.71亿元。", fields=("name", "kind")) == [("地区生产总值", "amount")]
    # not another unit's, and not across a sentence
    assert names("2010年，全县马铃薯种植面积为41.71万亩，2015年为53万吨。") == ["马铃薯种植面积"]
    # a plan's end (“九五”末期 too) before a stock is a point in time
    assert rows("“九五”末期，全县马铃薯种植面积为41.71万亩。", fields=("period_start", "period_end")) == [("", "2000-12-31")]


def test_a_respective_list_after_a_clause_that_only_remarks_on_its_measures():
    body = "全县马铃薯播种面积、产量增速较快，分别由2006年的57.99万亩、939.75万吨增加到2015年的66.67万亩、1126.45万吨。"
    assert rows(body, fields=("name", "period_start")) == [
        ("马铃薯播种面积", "2006-01-01"), ("马铃薯产量", "2006-01-01"),
        ("马铃薯播种面积", "2015-01-01"), ("马铃薯产量", "2015-01-01")]
    assert names("全县城乡居民收入稳步增长，分别达到30000元、12000元。") == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    # a clause that names nothing it remarks on lends no names
    assert names("全县经济发展较快，分别达到30000元、12000元。") == []


def test_journal_units_and_thousands_grouped_with_spaces_are_read():
    # hm2 (hectares), t (tonnes): the 2 of hm2 is no number of its own
    body = "全县马铃薯播种面积、产量分别由2006年的5.8万hm2、93.97 万 t增加到2015年的 6.67 万 hm2、1 126.45万t。"
    assert rows(body, fields=("name", "value_normalized", "unit_normalized")) == [
        ("马铃薯播种面积", 870_000, "mu"), ("马铃薯产量", 939_700, "tonne"),
        ("马铃薯播种面积", 1_000_500, "mu"), ("马铃薯产量", 11_264_500, "tonne")]
    assert rows("全县风电装机容量达到50MW。", fields=("name", "value_normalized", "unit_normalized")) == [
        ("风电装机容量", 50_000, "kW")]
    # a rate per hour or a peak rating is no figure of these units
    assert rows("该厂日处理能力500t/d，光伏装机10MWp。") == []


def test_places_in_brackets_after_a_figure_state_their_parts_of_it():
    body = ("2020年，全市地区生产总值500亿元（甘州区200亿元、临泽县100亿元），增长5%；战略性新兴产业增加值占地区生产总值比重17.48%"
            "(甘州区18.3%、临泽县15.6%)，比上年提高2.09个百分点。")
    got = extract_indicators("张掖经济", body, "2021-02-14T09:00:00+08:00").observations
    assert [(o.name, o.region, o.value_normalized) for o in got] == [
        ("地区生产总值", "张掖市", 50_000_000_000), ("地区生产总值", "甘州区", 20_000_000_000),
        ("地区生产总值", "临泽县", 10_000_000_000),
        ("战略性新兴产业增加值占地区生产总值比重", "张掖市", 17.48), ("战略性新兴产业增加值占地区生产总值比重", "甘州区", 18.3),
        ("战略性新兴产业增加值占地区生产总值比重", "临泽县", 15.6)]
    # what follows the closed bracket is said of the whole, not of its last part
    assert [(o.change_pct, o.change_points) for o in got] == [(5.0, None), (None, None), (None, None),
                                                               (None, 2.09), (None, None), (None, None)]
    # a zone's part is the zone's series (its county's region), and the whole's share after the bracket is the whole's
    body = "2020年，全省现有高新技术企业436家(兰州高新区365家、白银高新区71家)，占全省35.48%。"
    got = extract_indicators("甘肃科技", body, "2021-02-14T09:00:00+08:00").observations
    assert [(o.name, o.region) for o in got] == [
        ("高新技术企业", "甘肃省"), ("兰州高新区高新技术企业", "城关区"), ("白银高新区高新技术企业", "白银区"),
        ("高新技术企业占全省比重", "甘肃省")]
    # a bracket that is no list of places keeps its old reading
    assert names("全县地区生产总值50亿元（现价），增长5%。") == ["地区生产总值"]


def test_animals_written_one_character_each_share_the_measure_after_them():
    assert names("全市牛羊猪鸡出栏分别达到6.04万头、60.86万只、20.38万头和1004.94万只。") == ["牛出栏", "羊出栏", "猪出栏", "鸡出栏"]
    assert names("全县猪牛羊存栏分别为10万头、5万头、20万只。") == ["猪存栏", "牛存栏", "羊存栏"]
    # a rate shared by subjects of different lengths, and bare measures after a remark (实现“三项齐增”)
    got = names("全市农作物秸秆、苹果剪枝、畜禽粪便资源化利用率分别达到91.2%、63.4%、87.74%。")
    assert got == ["农作物秸秆资源化利用率", "苹果剪枝资源化利用率", "畜禽粪便资源化利用率"]
    got = names("全县粮食播种面积、总产、单产实现“三项齐增”，分别达到43.6万亩、11.8万吨、272.67公斤。")
    assert got == ["粮食播种面积", "粮食产量", "粮食单产"]


def test_a_zone_opening_a_sentence_before_its_period_or_a_headline_names_its_figures():
    body = ("经济总量不断壮大。兰州经开区2020年完成地区生产总值331.49亿元，增长5.6%。第二产业增加值123.56亿元，增长9.7%。\n"
            "项目建设稳步推进。全年共签约项目30个、总投资143.7亿元。")
    got = extract_indicators("兰州经开区综合考评位居全省国家级经开区第一", body, "2021-03-09T09:00:00+08:00").observations
    assert [(o.name, o.region) for o in got] == [
        ("兰州经开区地区生产总值", "安宁区"), ("兰州经开区第二产业增加值", "安宁区"), ("兰州经开区签约项目", "安宁区"),
        ("兰州经开区签约项目总投资", "安宁区")]
    # a headline about a county keeps the county's own series
    got = extract_indicators("安宁区经济运行", "2020年，安宁区完成地区生产总值331.49亿元。", "2021-03-09T09:00:00+08:00")
    assert [o.name for o in got.observations] == ["地区生产总值"]


def test_a_bare_share_after_a_part_is_of_the_whole_its_figures_bear_out():
    body = ("2003年全县总人口3.53万人，其中农牧业人口2.46万人，占总人口的69.70%。少数民族人口1.95万人，占55.30%，"
            "其中裕固族9523人，占26.97%。")
    got = rows(body, title="肃南县情", published="2004-06-30T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    # people counted are a stock at the year's end; 9523 is 26.97% of 3.53万, not of 1.95万
    assert got == [("总人口", "", "2003-12-31"), ("农牧业人口", "", "2003-12-31"),
                   ("农牧业人口占总人口比重", "", "2003-12-31"), ("少数民族人口", "", "2003-12-31"),
                   ("少数民族人口占总人口比重", "", "2003-12-31"), ("裕固族", "", "2003-12-31"),
                   ("裕固族占总人口比重", "", "2003-12-31")]
    assert names("全县总人口11741人，其中蒙古族4446人，占37.9%。", title="肃北县情") == ["总人口", "蒙古族", "蒙古族占总人口比重"]
    # a share no whole of the text bears out is no row
    assert names("全县总人口11741人，其中蒙古族4446人，占60%。", title="肃北县情") == ["总人口", "蒙古族"]


def test_degrees_are_electricity_only_where_electricity_is_said():
    assert names("全县发电量3.2亿度，全年用电12万度。") == ["发电量", "用电"]
    assert names("冰面坡降为3度到6度，粒雪区最大坡度数26度。") == []


def test_goods_listed_after_an_output_with_commas_are_outputs_too():
    assert names("全县年产牛羊肉7885吨，乳品19000吨，牛羊毛334吨。", title="玛曲") == ["牛羊肉产量", "乳品产量", "牛羊毛产量"]
    # what is done with them is no output
    assert names("全县年产蔬菜35万吨，外销20万吨，冷藏5万吨。") == ["蔬菜产量", "外销", "冷藏"]


def test_a_years_review_dates_sown_areas_and_people_newly_identified():
    body = ("近日，平凉市召开会议，回顾总结2024年工作。\n粮食产量再创新高\n平凉市粮食播种面积达到436.01万亩，"
            "新识别易返贫致贫人口786户，苹果保鲜贮藏能力达到105万吨。")
    got = rows(body, title="平凉“三农”工作亮点", published="2025-02-17T09:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("粮食播种面积", "2024-01-01", "2024-12-31"), ("新识别易返贫致贫人口", "2024-01-01", "2024-12-31"),
                   ("苹果保鲜贮藏能力", "", "2025-02-17")]


def test_a_capacity_in_a_project_listed_before_its_count_is_the_projects_name():
    body = "庆阳市坚持循环农业。甘农蘑力食用菌全产业链、甘肃圣越1.2亿只白羽肉鸡全产业链等38个市级重点项目全部开复工。"
    got = extract_indicators("庆阳市一季度完成一产增加值12.76亿元", body, "2024-06-07T09:00:00+08:00").observations
    # and the province's name starting a company's is no owner of the count
    assert [(o.name, o.region) for o in got] == [("市级重点项目", "庆阳市")]


def test_a_rate_said_as_a_speed_is_a_growth():
    # 以66%的速度递增: a growth written after its figure; 以 is no part of a name
    got = rows("2009年，全县地区生产总值以年均12%的速度增长。", fields=("name", "kind", "change_pct"))
    assert got == [("地区生产总值", "growth_rate", 12.0)]
    got = rows("全县设施农业总面积达到30万亩，年均以66%的速度递增，增速居全省首位。", fields=("name", "kind", "change_pct"))
    assert got == [("设施农业总面积", "physical_quantity", 66.0), ("设施农业总面积增速全省排名", "ranking", None)]


def test_the_reviews_cases_of_the_twenty_first_round_stay_where_they_belong():
    # a level stated again only for a period of the same kind, explicit, begun, after one figure in its unit
    assert names("1-9月，全县规上工业增加值10.2亿元，2022年为9.5亿元。") == ["规模以上工业增加值"]
    assert names("“五一”假期，全县接待游客12.5万人次，2019年为8.6万人次。", title="临泽文旅") == ["旅游接待人次"]
    assert names("2022年，全县粮食产量12.5万吨，去年为11.8万吨。") == ["粮食产量"]
    assert names("2022年，全县生产总值30亿元，2025年为50亿元。") == ["地区生产总值"]
    assert names("2022年，全县小麦、玉米种植面积分别为10万亩、20万亩，2023年为32万亩。") == ["小麦种植面积", "玉米种植面积"]
    got = rows("“十四五”期间，天水市地区生产总值先后跨越700亿元，2024年达952.25亿元。", title="天水经济",
               published="2025-12-15T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("地区生产总值", "2021-01-01", "2025-12-31"), ("地区生产总值", "2024-01-01", "2024-12-31")]
    # a plan's end before a flow is its last year, 末期 too
    assert rows("“十三五”末期，全县地区生产总值达到50亿元。", fields=("period_start", "period_end")) == [
        ("2020-01-01", "2020-12-31")]
    # bracketed places outside the whole's region are no parts of it; 其中 may open the bracket
    got = extract_indicators("临泽劳务", "2022年，临泽县输转劳动力3.2万人（张掖市1.2万人、酒泉市1万人），增长5%。",
                             "2023-02-20T09:00:00+08:00").observations
    assert [(o.region, o.value_normalized) for o in got] == [("临泽县", 32_000)]
    got = extract_indicators("张掖经济", "2020年，全市地区生产总值500亿元（其中甘州区200亿元、临泽县100亿元），增长5%。",
                             "2021-02-20T09:00:00+08:00").observations
    assert [o.region for o in got] == ["张掖市", "甘州区", "临泽县"]
    # 分别 after a closed bracket pairs with the wholes
    body = "2020年，张掖市接待游客3000万人次，实现旅游收入200亿元（甘州区90亿元），分别增长15%和20%。"
    got = extract_indicators("张掖文旅", body, "2021-02-20T09:00:00+08:00").observations
    assert [(o.region, o.change_pct) for o in got] == [("张掖市", 15.0), ("张掖市", 20.0), ("甘州区", None)]
    # a remark lends its measures only to a bare 分别达到 or a span
    got = names("全县肉牛和肉羊养殖规模持续扩大，分别新建养殖小区12个和8个。")
    assert not any("养殖规模" in name for name in got)   # (the farms counted, not the remark's measure; no bare
    # 养殖小区 for the first either: each animal's farms, not all of them)
    # a speed: a fall, and an average that is no change of the year's level
    got = rows("2015年以来，全县贫困人口以年均20%的速度减少。", fields=("kind", "change_pct"))
    assert got == [("growth_rate", -20.0)]
    got = rows("2015年以来，全县规上工业增加值以年均12%的速度增长，2022年达到15亿元，同比增长8%。",
               fields=("name", "kind", "change_pct"))
    assert got == [("规模以上工业增加值", "growth_rate", 12.0), ("规模以上工业增加值", "amount", 8.0)]
    # a rate tail only for subjects that are no measure of their own; one herd measure stays whole
    assert names("全市森林覆盖率、城市污水处理率分别达到35%、95%。") == ["森林覆盖率", "城市污水处理率"]
    assert names("全县粮食产量、秸秆综合利用率分别达到30万吨、85%。") == ["粮食产量", "秸秆综合利用率"]
    # 度 in a sentence that speaks of electricity, its parts too
    assert names("全县发电量10亿度，其中光伏1.2亿度，风电2亿度。")[0] == "发电量"
    assert len(names("全县发电量10亿度，其中光伏1.2亿度，风电2亿度。")) == 3
    # what is done with goods is no output
    assert names("全县年产蔬菜35万吨，外调20万吨，出售5万吨，保鲜3万吨，损耗1万吨。") == [
        "蔬菜产量", "外调", "出售", "保鲜", "损耗"]
    # a zone's sentence does not reach a later clause of the county's own
    got = names("西峰工业园区2022年完成规上工业增加值15亿元，西峰区完成规上工业增加值30亿元。", title="西峰工业")
    assert got == ["西峰工业园区规模以上工业增加值", "规模以上工业增加值"]
    assert names("全县工业园区2022年完成工业增加值15亿元。", title="西峰工业") == ["园区工业增加值"]
    # a headline's zone must be a zone's name
    got = extract_indicators("我市高新区建设提速", "今年以来，全市完成规上工业增加值30亿元。", PUBLISHED).observations
    assert [o.name for o in got] == ["规模以上工业增加值"]
    # a year's review: balances at the year's end, counts named 年… are no flows
    body = "近日，平凉市召开会议，回顾总结2024年工作。\n平凉市存款余额达到1500亿元，年产值过亿元企业35家。"
    got = rows(body, title="平凉工作亮点", published="2025-02-17T09:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("存款余额", "", "2024-12-31"), ("年产值过亿元企业", "", "2025-02-17")]
    # a list of industrial chains led by places: the article's region
    got = extract_indicators("张掖：产业链", "甘州区肉牛全产业链、临泽县玉米制种全产业链等10条重点产业链实现产值150亿元。",
                             PUBLISHED).observations
    assert [o.region for o in got] == ["张掖市"]


def test_running_totals_since_a_month_and_a_holidays_day_raise_no_revision():
    # 3月以来 on two days are two running totals (not March's twice); the holiday's second day is one day's figure
    first = extract_indicators("清明假期第二天 天水接待游客34.86万人次",
                               "4月5日，清明假期第二天，天水市接待游客34.86万人次。3月以来，天水市已累计接待游客584万人次。",
                               "2024-04-06T07:49:00+08:00").observations
    later = extract_indicators("天水清明旅游", "清明假日期间，天水市共接待游客94.65万人次。自3月份以来，天水市已累计接待游客613万人次。",
                               "2024-04-07T10:00:00+08:00").observations
    assert [(o.value_normalized, o.period_start, o.period_end) for o in first] == [(5_840_000, "2024-03-01", "2024-04-06")]
    assert [(o.value_normalized, o.period_start, o.period_end) for o in later] == [
        (946_500, "2024-04-04", "2024-04-06"), (6_130_000, "2024-03-01", "2024-04-07")]


def test_a_fairs_session_a_signed_projects_status_and_other_places_keep_their_words():
    # the session after a city's name is the session's (省市专场), never a piece of the city's name
    body = "第十九届兰洽会兰州市省市专场签约合同项目共137个，投资总额1158.011亿元。截至目前，第十九届兰洽会签约项目已开工110个。"
    got = rows(body, title="兰州兰洽会", published="2014-06-30T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got[0] == ("兰洽会省市专场签约合同项目", 137)
    # the signed projects' status is theirs, not all projects' (项目开工)
    assert got[-1] == ("兰洽会签约项目开工", 110)
    # 其余 is the rest of the places, kept
    assert names("天水市秦州区宾馆住宿率接近100%，其余周边县区宾馆住宿率接近74%。", title="天水旅游")[-1] == \
        "其余周边县区宾馆住宿率"


def test_an_international_land_port_belongs_to_the_county_it_lies_in():
    body = "“十四五”以来，甘肃（武威）国际陆港累计发运国际货运班列突破百列，货运总量11万吨、货运总值11.87亿元。"
    got = extract_indicators("武威国际陆港", body, "2026-01-07T12:00:00+08:00").observations
    assert [(o.region, o.name) for o in got] == [("凉州区", "甘肃（武威）国际陆港货运总量"),
                                                  ("凉州区", "甘肃（武威）国际陆港货运总值")]   # the port's series


def test_a_final_account_files_each_amount_with_its_changes_and_leaves_the_budget_and_its_gap_out():
    body = ("2024年，全县大口径财政收入累计完成67955万元，占预算101032万元的67.3%，较上年同期99895万元下降32.0%，"
            "减收31940万元。其中：一般公共预算收入42100万元，完成预算49531万元的85.0%，短收7431万元，同比下降10.2%，"
            "减收4800万元。\n财政总支出450432万元，较上年同期526499万元减支76067万元，下降14.4%。")
    got = rows(body, title="甘谷县2024年财政决算", published="2025-08-01T10:00:00+08:00",
               fields=("name", "value_normalized", "period_end", "change_pct", "change_value"))
    assert got == [
        ("大口径财政收入", 679_550_000, "2024-12-31", -32.0, -319_400_000),
        ("大口径财政收入占预算比重", 67.3, "2024-12-31", None, None),
        ("大口径财政收入", 998_950_000, "2023-12-31", None, None),   # the basis, last year's
        ("一般公共预算收入", 421_000_000, "2024-12-31", -10.2, -48_000_000),
        ("一般公共预算收入占预算比重", 85.0, "2024-12-31", None, None),   # (the budget and 短收 are no figures)
        ("财政总支出", 4_504_320_000, "2024-12-31", -14.4, -760_670_000),
        ("财政总支出", 5_264_990_000, "2023-12-31", None, None)]


def test_a_growth_after_a_share_of_the_plan_is_the_amounts_and_two_changes_of_one_amount_are_both_kept():
    got = rows("1至5月，全市重大项目完成投资178.5亿元，占年度计划的44.6%，较去年同期增加31亿元、同比增长21%。",
               fields=("name", "change_pct", "change_value"))
    assert got == [("重大项目投资", 21.0, 3_100_000_000), ("重大项目投资占年度计划比重", None, None)]
    got = rows("全县固定资产投资完成20亿元，完成年计划28亿元的80%，同比增长5%。", fields=("name", "value_normalized", "change_pct"))
    assert got == [("固定资产投资", 2_000_000_000, 5.0), ("固定资产投资占年计划比重", 80, None)]
    # an average over the years is no year's change, even beside an absolute one
    got = rows("“十一五”末，全县财政支出13亿元，较“十五”末净增10.5亿元，年均增长39.06%。",
               published="2011-01-20T09:00:00+08:00", fields=("change_pct", "change_value"))
    assert got[0] == (None, 1_050_000_000)


def test_a_ratio_written_with_vertical_two_dots_and_a_density_per_square_kilometre():
    got = rows("2022年，迭部县三次产业结构比为19︰18︰63。", title="迭部县", fields=("name", "value_normalized"))
    assert got == [("第一产业比重", 19), ("第二产业比重", 18), ("第三产业比重", 63)]
    assert rows("全县总人口22.7万人，人口密度每平方公里422人。", title="广河县", fields=("name",)) == [("总人口",)]


def test_the_tianshui_development_zone_belongs_to_maiji():
    got = extract_indicators("天水经济技术开发区前三季度", "前三季度，天水经济技术开发区完成工业增加值6.1亿元，同比增长27.1%。",
                             "2014-10-24T09:00:00+08:00").observations
    assert [o.region for o in got] == ["麦积区"]


def test_forested_land_is_a_class_of_its_own_not_all_forest_land():
    got = names("全县林地面积291万亩，其中有林地189.2万亩。", title="徽县土地资源")
    assert "有林地" in got and got.count("林地面积") + got.count("林地") == 1


def test_a_figure_found_by_a_zones_name_is_the_zones_series_in_its_county():
    body = ("一季度，天水经济技术开发区规模以上工业增加值增长15.3%。实现固定资产投资6.4亿元，同比增长10.1%。\n"
            "进一步加强税收征管，完成大口径财政收入5086万元。")
    got = extract_indicators("一季度天水经济技术开发区工业经济平稳增长", body, "2017-04-20T09:00:00+08:00").observations
    assert [(o.region, o.name) for o in got] == [
        ("麦积区", "天水经济技术开发区规模以上工业增加值"), ("麦积区", "天水经济技术开发区固定资产投资"),
        ("麦积区", "天水经济技术开发区大口径财政收入")]   # (the last by the article's zone: 麦积区 is never named)
    # the county named as itself keeps its own series
    got = extract_indicators("麦积区经济运行", "一季度，麦积区完成固定资产投资16.4亿元。", "2017-04-20T09:00:00+08:00").observations
    assert [(o.region, o.name) for o in got] == [("麦积区", "固定资产投资")]
    # a national zone written with its city's 市 is the same zone, one series (not the city's)
    got = extract_indicators("开发区前三季度", "前三季度，天水市经济技术开发区完成工业增加值6.1亿元。",
                             "2014-10-24T09:00:00+08:00").observations
    assert [(o.region, o.name) for o in got] == [("麦积区", "天水经济技术开发区工业增加值")]
    # (but a city's industrial parks are not one zone)
    got = extract_indicators("武威工业", "武威市工业园区完成工业增加值20亿元。", "2014-10-24T09:00:00+08:00").observations
    assert [o.region for o in got] == ["武威市"]


def test_the_reviews_cases_of_the_twenty_second_round_stay_fixed():
    # a year before an Arabic-numeral quarter is that quarter; 前3季度 is January to September
    got = rows("2024年1季度，全县地区生产总值完成12.3亿元，同比增长6.1%。", title="临洮县经济运行",
               published="2024-04-25T09:00:00+08:00", fields=("period_start", "period_end"))
    assert got == [("2024-01-01", "2024-03-31")]
    got = rows("前3季度，全县一产增加值同比增长5.4%。", published="2025-11-10T09:00:00+08:00",
               fields=("period_start", "period_end"))
    assert got == [("2025-01-01", "2025-09-30")]
    # 将投入使用, 将投资环境…: no plan of an amount
    assert names("新建的10个村级养老服务站将投入使用，全县养老床位达到2300张。") == ["养老床位"]
    assert names("该县将投资环境建设作为一号工程，今年签约项目45个，总投资120亿元。") == ["签约项目", "签约项目总投资"]
    assert names("今年还将投资1.5亿元，建成污水处理厂。") == []
    # 增收 after a figure in another unit is an amount of its own, never the area's change
    got = rows("全县种植花椒50万亩，增收2.1亿元。", fields=("name", "value_normalized", "change_value"))
    assert got == [("花椒", 500_000, None), ("增收", 210_000_000, None)]
    assert rows("全县种植花椒50万亩，比上年增加2.1亿元。", fields=("change_value",)) == [(None,)]
    # the budget's share written without 的 is kept
    assert names("全县一般公共预算收入42100万元，完成预算106.1%。") == ["一般公共预算收入", "一般公共预算收入占预算比重"]
    # listed years win over the three sectors
    got = rows("2021年、2022年和2023年，全县三次产业增加值分别为58.3亿元、62.1亿元和68.5亿元。",
               fields=("name", "period_start"))
    assert got == [("三次产业增加值", "2021-01-01"), ("三次产业增加值", "2022-01-01"), ("三次产业增加值", "2023-01-01")]
    assert names("全县三次产业融合发展示范园分别达到3个、5个、7个。") == []   # (not one a sector either: whose is
    # which is not said)
    # a county including a zone in brackets keeps its own series; a zone listed beside its county has its own
    got = extract_indicators("肃州区经济", "肃州区（含酒泉经济技术开发区）一季度完成固定资产投资50亿元。",
                             "2024-06-30T09:00:00+08:00").observations
    assert [(o.region, o.name) for o in got] == [("肃州区", "固定资产投资")]
    got = extract_indicators("天水经济", "麦积区、天水经济技术开发区分别完成固定资产投资22.5亿元、6.4亿元。",
                             "2024-06-30T09:00:00+08:00").observations
    assert [(o.region, o.name) for o in got] == [("麦积区", "固定资产投资"), ("麦积区", "天水经济技术开发区固定资产投资")]
    got = extract_indicators("天水经济", "天水经济技术开发区一季度工业增加值增速位居全市第一。",
                             "2024-06-30T09:00:00+08:00").observations
    assert [o.name for o in got] == ["天水经济技术开发区工业增加值增速全市排名"]
    # 全区 in the district's own article is the district's
    got = extract_indicators("凉州区开放型经济", "今年，武威国际陆港发运中欧班列86列。全区完成外贸进出口总额5.2亿元。",
                             "2024-06-30T09:00:00+08:00").observations
    assert [(o.region, o.name) for o in got] == [("凉州区", "进出口总额")]
    # a density per km² and signed projects' statuses
    assert names("全县每平方公里土地产出GDP达到1200万元。") == []
    assert names("截至目前，全县签约项目已开工建设89个。") == ["签约项目开工建设"]


def test_census_and_school_figures_and_a_prefectures_seat_keep_their_series():
    # a figure compared with the sixth census is the seventh's, on its day
    got = rows("甘州区常住人口为51.91万人，与第六次人口普查相比增加1.17万人。", title="张掖人口",
               published="2026-01-15T09:00:00+08:00", fields=("name", "period_start", "period_end", "change_value"))
    assert got == [("常住人口", "", "2020-11-01", 11_700)]
    # 常住人口总数 and an age group are people counted at the year's end
    got = rows("天水市2023年常住人口总数为290.72万人，60岁以上人口总数为52.25万人。", title="天水人口",
               published="2024-06-01T09:00:00+08:00", fields=("period_start", "period_end"))
    assert got == [("", "2023-12-31"), ("", "2023-12-31")]
    # a kind of school leads the bare counts after it
    assert names("中等职业学校招生1681人，在校生4503人，毕业生1923人。普通高中招生2859人，在校生8575人。") == [
        "中等职业学校招生", "中等职业学校在校生", "中等职业学校毕业生", "普通高中招生", "普通高中在校生"]
    assert names("全县幼儿园48所，在园幼儿6000人。") == ["幼儿园", "在园幼儿"]
    # a prefecture's seat is the city, named plainly; 建成区面积 keeps its 建成
    got = extract_indicators("甘南人口", "其中，甘南州首府合作市常住人口为10.97万人，占总人口比为16.4%。",
                             "2024-05-01T09:00:00+08:00").observations
    assert [(o.region, o.name) for o in got] == [("合作市", "常住人口"), ("合作市", "常住人口占总人口比重")]
    assert names("全市国土总面积2670平方公里，建成区面积12平方公里。", title="合作市概况") == ["国土总面积", "建成区面积"]
    # when a place was founded dates no figure
    got = rows("临夏回族自治州成立于1956年11月，总面积8169平方公里。", title="临夏州州情",
               published="2023-08-15T09:00:00+08:00", fields=("period_start", "period_end"))
    assert got == [("", "2023-08-15")]


def test_spots_growths_listed_are_theirs_and_a_pass_is_no_city():
    body = ("2024年一季度，敦煌市累计接待游客43.86万人次，较去年同期大幅增长63.85%。雅丹、玉门关、阳关等景区分别增长116.12%、"
            "128.9%和109.56%。")
    got = extract_indicators("敦煌一季度游客", body, "2024-04-02T09:00:00+08:00").observations
    assert [(o.region, o.name, o.change_pct) for o in got] == [("敦煌市", "旅游接待人次", 63.85)]


def test_a_point_in_a_later_year_is_a_target_and_this_years_end_is_how_things_stand():
    assert rows("至2025年底，全县苹果面积达到50万亩。", title="静宁县苹果", published="2023-06-01T09:00:00+08:00") == []
    assert rows("至2025年，全县苹果面积达到50万亩。", title="静宁县苹果", published="2023-06-01T09:00:00+08:00") == []
    assert rows("截至2023年底，全县苹果面积达到50万亩。", title="静宁县苹果") == [
        ("苹果面积", 500000.0, "", "2023-12-31")]


def test_years_with_a_dash_give_a_span_and_one_year_each_when_listed():
    assert rows("1989—1995年，马铃薯以农户零星种植为主，年均播种面积0.67万亩。", title="山丹县马铃薯",
                published="2022-01-01T09:00:00+08:00") == [("年均播种面积", 6700.0, "1989-01-01", "1995-12-31")]
    assert rows("2019-2023年，全县规上企业分别为10户、12户、13户、15户、16户。", title="山丹县经济",
                published="2024-03-01T09:00:00+08:00") == [
        ("规模以上工业企业", float(n), f"{y}-01-01", f"{y}-12-31")
        for n, y in ((10, 2019), (12, 2020), (13, 2021), (15, 2022), (16, 2023))]


def test_a_stock_up_to_a_year_or_a_half_is_at_its_end():
    assert rows("至2013年，建成肉类屠宰加工企业3家；养殖育肥企业28家。", title="山丹县羊产业",
                published="2022-01-01T09:00:00+08:00") == [
        ("肉类屠宰加工企业", 3.0, "", "2013-12-31"), ("养殖育肥企业", 28.0, "", "2013-12-31")]
    assert rows("截至今年上半年，全市建成电力装机1134万千瓦。", title="酒泉新能源",
                published="2013-08-01T09:00:00+08:00") == [("电力装机", 11340000.0, "", "2013-06-30")]


def test_final_accounts_sums_and_leading_adverbs_are_no_part_of_a_name():
    assert names("全县一般预算总收入442751万元，加上级补助收入387613万元，加调入资金199万元，"
                 "再加动用预算稳定调节基金731万元。", title="甘谷县财政决算") == [
        "一般预算总收入", "上级补助收入", "调入资金", "动用预算稳定调节基金"]
    assert names("敦煌尚有在建光伏项目368兆瓦。", title="敦煌光电") == ["在建光伏项目"]
    # 加工 is no sum
    assert names("全县加工企业达到30家。", title="甘谷县") == ["加工企业"]


def test_a_groups_bare_population_share_is_that_groups():
    body = ("截至2022年末，武威市常住人口144.51万人。其中，武威市区常住人口为88.14万人。\n"
            "在2022年全市常住人口中，乡村人口为73.2万人，人口占比为50.65%；0-14岁人口为24.47万人，人口占比为16.94%。")
    assert rows(body, title="武威市2022年人口数据", published="2023-06-15T09:00:00+08:00") == [
        ("常住人口", 1445100.0, "", "2022-12-31"), ("市区常住人口", 881400.0, "", "2022-12-31"),
        ("乡村人口", 732000.0, "", "2022-12-31"), ("乡村人口占常住人口比重", 50.65, "", "2022-12-31"),
        ("0-14岁人口", 244700.0, "", "2022-12-31"), ("0-14岁人口占常住人口比重", 16.94, "", "2022-12-31")]
    # no whole borne out: still the group's own share, never one 人口占比 for every group
    assert names("全县男性人口为5万人，人口占比为51%。女性人口为4.8万人，人口占比为49%。", title="某县人口") == [
        "男性人口", "男性人口占比", "女性人口", "女性人口占比"]


def test_the_make_up_of_the_people_is_counted_at_the_years_end():
    assert rows("2023年，酒泉市65周岁及以上老年人口为14.74万人，老龄化率为14.14%，男女性别比(以女性=100)为103.56。",
                title="酒泉市2023年人口", published="2024-05-15T09:00:00+08:00") == [
        ("65周岁及以上老年人口", 147400.0, "", "2023-12-31"), ("老龄化率", 14.14, "", "2023-12-31"),
        ("男女性别比", 103.56, "", "2023-12-31")]


def test_a_distance_to_a_citys_urban_districts_is_no_figure():
    assert rows("县城距兰州市区35公里、白银市区29公里、兰州新区23公里，是兰州新老城区的关联带。", title="皋兰县情") == []
    # 则 after a share is no part of its name
    assert names("0-14岁人口占比为18.49%，60岁及以上人口占比则达到了18.64%。", title="武威市人口") == [
        "0-14岁人口占比", "60岁及以上人口占比"]


def test_the_examples_before_a_counted_group_are_no_part_of_its_name():
    assert names("今年1-10月，鸣沙山月牙泉等六大景区旅游接待人数823.545万人次。", title="敦煌旅游") == ["六大景区旅游接待人数"]
    # 等级 and 等于 end no list
    assert names("全县三级以上等级公路里程达到1200公里。", title="秦安县") == ["三级以上等级公路里程"]


def test_a_plants_designed_capacity_is_no_figure_and_a_further_fall_names_nothing_more():
    assert names("项目设计年产能3.6万吨。矿井设计产能180万吨。", title="镇原县项目") == []
    assert names("截至2023年末，武威市常住人口进一步下降至142.73万人。", title="武威市人口") == ["常住人口"]


def test_a_counted_sets_investment_written_after_it_is_that_sets():
    assert names("这次集中开工的9个重大项目总投资7.65亿元。", title="灵台县举行重大项目集中开工仪式") == [
        "集中开工重大项目", "集中开工重大项目总投资"]
    # a plain count keeps the plain name, and a status counted after a set is not the set's investment
    assert names("全县实施重点项目120个，重点项目总投资300亿元。", title="灵台县") == ["重点项目", "重点项目总投资"]


def test_the_people_a_business_brought_along_keep_their_dai_dong():
    assert names("全县辐射带动规模养殖户1.6万多户，带动就业人数15447人，带动当地就近务工5500多人。", title="永登县") == [
        "带动规模养殖户", "带动就业人数", "带动就近务工"]
    # people counted number-first are named by their predicate (300余户群众就近务工 → 群众就近务工)
    assert names("带动周边300余户群众就近务工。", title="天祝县") == ["群众就近务工"]
    # not a measure of them, nor an area they planted
    assert names("带动农民年人均增收2727元。带动群众种植瓜菜29.7万亩。", title="永登县") == ["农民年人均增收", "瓜菜"]


def test_the_months_of_a_basis_lead_no_figure_after_them():
    body = ("2025年1-9月，全省工业固定资产投资同比增长6.4%。\n"
            "制造业投资增长4.7%，较2025年1-8月回落3.5个百分点。采矿业投资增长11.1%，较2025年1-8月提高8.7个百分点。"
            "电力、热力、燃气及水的生产和供应业投资增长6.4%。")
    assert [(n, s, e) for n, _, s, e in rows(body, title="2025年1-9月全省工业投资情况",
                                              published="2025-10-31T09:00:00+08:00")] == [
        ("工业固定资产投资", "2025-01-01", "2025-09-30"), ("制造业投资", "2025-01-01", "2025-09-30"),
        ("采矿业投资", "2025-01-01", "2025-09-30"), ("电力、热力、燃气及水的生产和供应业投资", "2025-01-01", "2025-09-30")]
    # with no period of its own, a growth is not filed under its basis's months
    assert rows("制造业投资增长4.7%，较2025年1-8月回落3.5个百分点。采矿业投资增长11.1%。", title="全省工业投资情况",
                published="2025-10-31T09:00:00+08:00") == []


def test_dashed_years_before_a_span_date_its_ends_and_years_ahead_are_a_plans():
    assert rows("2019-2023年全县地区生产总值由45.6亿元增加到56.7亿元。", title="临洮县经济发展综述",
                published="2024-06-30T10:00:00+08:00") == [
        ("地区生产总值", 4.56e9, "2019-01-01", "2019-12-31"), ("地区生产总值", 5.67e9, "2023-01-01", "2023-12-31")]
    for body in ("2025—2027年，全县计划实施重点项目120个，总投资300亿元。", "2024—2026年，全县新建高标准农田10万亩。"):
        assert rows(body, title="甘谷县三年行动方案", published="2024-06-30T10:00:00+08:00") == [], body
    # names listed with 分别 take the figures, not one year each; a crop year keeps no 度 in the name
    assert rows("2022—2023年，全县小麦、玉米播种面积分别为20万亩、35万亩。", title="会宁县农业",
                published="2024-06-30T10:00:00+08:00") == [
        ("小麦播种面积", 200000.0, "2023-01-01", "2023-12-31"), ("玉米播种面积", 350000.0, "2023-01-01", "2023-12-31")]
    assert names("2023-2024年度全县冬小麦播种面积18万亩。", title="宁县农业农村局") == ["冬小麦播种面积"]


def test_targets_up_to_a_years_end_or_a_quarter_ahead_are_no_figures():
    for body, published in (("到2025年底，全县地区生产总值突破100亿元。", "2023-04-15T10:00:00+08:00"),
                            ("到今年年底，全县规上企业达到60家。", "2023-04-15T10:00:00+08:00"),
                            ("到今年三季度，全县规上工业企业达到60家。", "2024-04-15T10:00:00+08:00")):
        assert rows(body, title="临洮县", published=published) == [], body
    # 至年底 in January after the year reported on is that year's end
    assert rows("2006年，全州签约项目104项。至年底，16个省外合作项目已开工建设。", title="临夏州招商引资",
                published="2007-01-29T07:52:07+08:00")[-1] == ("已开工建设省外合作项目", 16.0, "", "2006-12-31")
    # 目前 before what is newly built under 今年 is no point
    assert rows("今年，全县计划新建日光温室1000座，目前新建温室已有800座。", title="临泽县农业农村局",
                published="2024-06-30T10:00:00+08:00")[-1][2:] == ("2024-01-01", "2024-06-30")


def test_the_rounds_narrower_rules_leave_their_neighbours_alone():
    # a length to the county town is a work's length, not a distance
    assert names("2023年，全县新建输水管道从水源地至县城28公里。", title="景泰县水务局") == ["输水管道从水源地至县城"]
    # a designed threshold inside a name, and building to a design's scale, stay
    assert names("2023年，全县共有设计库容10万立方米以上的水库5座。全县按设计规模建成高标准农田5万亩。",
                 title="景泰县水务局") == ["设计库容10万立方米以上的水库", "高标准农田"]
    # a county's bare share of its prefecture's population is kept as its own
    assert names("全州常住人口210.5万人，其中广河县常住人口25.6万人，人口占比为12.2%。", title="临夏州统计公报") == [
        "常住人口", "常住人口", "常住人口占比"]
    # the examples before a counted group with 共; a city's 市区 is no whole city; last year's balance is one word
    assert names("今年1-10月，鸣沙山月牙泉、莫高窟等六大景区共接待游客823.5万人次。", title="敦煌旅游") == [
        "六大景区旅游接待人次"]
    assert names("天水市区实现地区生产总值520亿元。", title="天水") == ["市区地区生产总值"]
    assert names("2022年，全县一般预算总收入442751万元，加上年结余7546万元。", title="甘谷县财政决算") == [
        "一般预算总收入", "上年结余"]


def test_births_sex_ratio_is_the_years_and_a_citys_region_words_are_no_urban_districts():
    assert rows("2022年全县出生人口1820人，出生人口性别比为112。", title="和政县2022年统计公报",
                published="2023-05-30T10:00:00+08:00")[-1] == ("出生人口性别比", 112.0, "2022-01-01", "2022-12-31")
    assert names("白银市区域内共有A级旅游景区15家。", title="白银旅游")[0] != "市区域内共有A级旅游景区"
    # examples before an uncounted group stay: 景区接待游客 alone would read as every spot's
    assert names("马家窑遗址、岳麓山等景区累计接待游客120万人次。", title="临洮旅游") == ["岳麓山等景区接待游客"]


def test_up_to_this_year_without_its_end_is_how_things_stand_and_its_end_far_ahead_a_target():
    assert rows("至2024年，全县共有农民专业合作社526家。", title="和政县", published="2024-03-10T10:00:00+08:00") == [
        ("农民专业合作社", 526.0, "", "2024-03-10")]
    assert rows("截至2024年底，全县共有农民专业合作社526家。", title="和政县", published="2024-03-10T10:00:00+08:00") == []
    assert rows("截至2024年底，全县共有农民专业合作社526家。", title="和政县", published="2024-11-10T10:00:00+08:00") == [
        ("农民专业合作社", 526.0, "", "2024-12-31")]


def test_shares_listed_after_parts_are_the_parts_shares_in_order():
    assert names("截至目前，全市累计培育认定专精特新中小企业133户，其中制造业96户、软件和信息技术服务业21户，"
                 "专业技术服务业16户，占比分别为72.2%、15.8%、12%。", title="兰州市") == [
        "专精特新中小企业", "制造业专精特新中小企业", "软件和信息技术服务业专精特新中小企业", "专业技术服务业专精特新中小企业",
        "制造业占专精特新中小企业比重", "软件和信息技术服务业占专精特新中小企业比重", "专业技术服务业占专精特新中小企业比重"]
    assert names("2022年末全市常住人口144.51万人。城镇人口71.31万人、乡村人口73.2万人，人口占比分别为49.35%、50.65%。",
                 title="武威市统计公报")[-2:] == ["城镇人口占常住人口比重", "乡村人口占常住人口比重"]
    # shares no whole bears out are each part's own, in order (not the last part's twice)
    assert names("全县种植小麦20万亩、玉米35万亩，占比分别为30%、50%。", title="会宁县")[-2:] == ["小麦占比", "玉米占比"]


def test_the_second_reviews_findings():
    # a city's report that opens with 全市 stays the city's, however many cities it compares itself with
    body = ("今年以来，全市经济运行稳中向好，主要指标增速高于全省平均水平。前三季度，全市规上工业增加值增长10.5%。"
            "张掖市地区生产总值增长8.1%，增速高于兰州市、天水市、白银市、武威市。")
    assert {o.region for o in extract_indicators("前三季度经济运行情况", body, "2024-10-30T10:00:00+08:00").observations} \
        == {"张掖市"}
    # direct and indirect jobs brought along are two series
    assert names("直接带动就业1500人，间接带动就业3000人。", title="永登县") == ["直接带动就业", "间接带动就业"]
    # years ahead without a comma, and a plan's starting value, are no figures
    for body in ("2025—2027年全县新建高标准农田15万亩。", "2024—2026年，全县地区生产总值由85亿元增加到100亿元。"):
        assert rows(body, title="甘谷县", published="2024-06-30T10:00:00+08:00") == [], body
    # 截至今年年底 in November is how far things stand; 到年底 after last year's review in June is ahead
    assert rows("截至今年年底，全县共有农民专业合作社526家。", title="和政县", published="2024-11-10T10:00:00+08:00") == [
        ("农民专业合作社", 526.0, "", "2024-12-31")]
    assert rows("2023年，全县建成高标准农田5万亩。到年底，全县将新建高标准农田6万亩。", title="和政县",
                published="2024-06-20T10:00:00+08:00") == [("高标准农田", 50000.0, "2023-01-01", "2023-12-31")]
    # parts of a length are no distances; spots listed before 共 are the spots' own; a project's designed capacity
    assert len(rows("全县新建道路20公里，其中老城区12公里、新区8公里。", title="和政县")) == 3
    assert names("鸣沙山、莫高窟等景区共接待游客120万人次，全市共接待游客300万人次。", title="敦煌") == [
        "景区旅游接待人次", "旅游接待人次"]
    assert rows("项目设计装机容量10万千瓦。", title="景泰县") == []
    # 比值 is a share's word
    assert names("兰州高新区全社会研发投入占GDP比值达到3.45%。", title="兰州高新区") == [
        "兰州高新区全社会研发投入占地区生产总值比重"]


def test_a_part_of_the_year_ahead_and_a_basis_without_a_year():
    for body in ("到三季度，全县规上工业企业达到60家。", "截至今年6月底，全县规上企业达到60家。"):
        assert rows(body, title="甘谷县", published="2024-04-15T10:00:00+08:00") == [], body
    # 较上半年 is a basis: the next sentence's figure keeps its own period
    body = "前三季度，全县规上工业增加值增长8%，增速较上半年提高1.2个百分点。第一产业增加值12亿元。"
    assert [r[2:] for r in rows(body, title="甘谷县经济运行", published="2024-10-20T10:00:00+08:00")] == [
        ("2024-01-01", "2024-09-30"), ("2024-01-01", "2024-09-30")]
    # an industry of the national classification with one 、
    assert names("前三季度，电力、热力生产和供应业增加值增长6%。", title="甘谷县") == ["电力、热力生产和供应业增加值"]


def test_a_share_written_in_a_whole_is_of_that_whole():
    assert names("2010年，全市制种收入在全市农业总产值中的比重达到14.1%。", title="酒泉制种") == ["制种收入占农业总产值比重"]


def test_a_people_named_with_a_bare_zhan_after_the_whole_is_its_share_and_a_forecast_of_the_year_is_no_figure():
    assert names("全市有藏、汉、回等18个民族，总人口约11.26万人，其中藏族人口占55%。", title="合作市概况") == [
        "总人口", "藏族人口占总人口比重"]
    assert names("全市藏族人口比重55%。", title="合作市概况") == ["藏族人口占总人口比重"]
    # 预计全年 in April is this year's, ahead (in January, the year just over: a preliminary figure)
    assert rows("据悉，全县种植羊肚菌336亩，预计全年羊肚菌总产值达到600万元。", title="两当县",
                published="2023-04-07T10:00:00+08:00") == [("羊肚菌", 336.0, "", "2023-04-07")]
    assert rows("预计全年完成地区生产总值82.17亿元。", title="成县", published="2023-01-20T08:00:00+08:00")[0][2:] == (
        "2022-01-01", "2022-12-31")


def test_a_bare_measure_ranked_after_a_product_ranks_that_products():
    assert names("目前我省苹果面积居全国第二位，产量居全国第四位。", title="甘肃苹果") == ["苹果面积全国排名", "苹果产量全国排名"]
    assert names("全省中药材种植面积365万亩，产量98.8万吨，种植面积多年居全国第一位。", title="甘肃中药材")[-1] == \
        "中药材种植面积全国排名"


def test_a_kind_of_tourisms_visitors_a_named_tourist_area_and_preliminary_reckoning():
    assert names("今年前两个月，甘肃乡村旅游乘势而上。累计接待游客2539.3万人次，同比增长9.83%；实现乡村旅游收入79.99亿元。",
                 title="甘肃乡村旅游") == ["乡村旅游接待游客", "乡村旅游收入"]
    # (all tourism's income after its visitors leaves them all tourism's)
    assert names("国庆期间，全县乡村旅游火热。接待游客12万人次，实现旅游综合收入3亿元。", title="某县旅游") == [
        "旅游接待人次", "旅游综合收入"]
    # one named 旅游区 is one place
    assert rows("张掖七彩丹霞景区接待游客19.68万人次；永靖炳灵寺世界文化遗产旅游区接待游客6万人次。", title="甘肃国庆旅游",
                published="2025-10-09T10:00:00+08:00") == []
    assert names("今年1-4月，全省接待游客1.04亿人次，初步测算游客旅游花费715亿元。", title="甘肃旅游")[-1] == "游客旅游花费"
    # 截至“十四五”末 in late October 2025 is how far things stand, not a target
    assert rows("“十四五”以来，甘谷县…。截至“十四五”末，全县一产增加值达33.9亿元。", title="甘谷县三农",
                published="2025-10-31T15:37:00+08:00") != []


def test_jiayuguans_industrial_park_is_a_zone_of_its_city_and_what_it_added_keeps_the_verb():
    body = ("2023年，嘉峪关工业园区(高新区)以“三抓三促”行动为抓手。全年新增纳统企业30家，总量达到360家，"
            "其中规模以上工业企业60家；完成固定资产投资65.6亿元。")
    got = rows(body, title="嘉峪关工业园区（高新区）2023年度省级开发区考核评价排名第一",
               published="2024-04-08T10:00:00+08:00", fields=("name", "region_code"))
    assert got == [("嘉峪关工业园区新增纳统企业", "620200"), ("嘉峪关工业园区纳统企业", "620200"),
                   ("嘉峪关工业园区规模以上工业企业", "620200"), ("嘉峪关工业园区固定资产投资", "620200")]


def test_a_solar_parks_figures_are_the_parks_and_its_bare_measures_after_them_too():
    assert names("2021年甘肃省敦煌市光电园区新能源发电量达18.1亿千瓦时，销售收入15.6亿元，同比分别增长28.8%和39.3%。",
                 title="甘肃敦煌光电产业园区") == ["光电园区新能源发电量", "光电园区销售收入"]


def test_a_period_heading_before_a_colon_leads_the_line_after_it():
    body = ("截至2025年2月，兰州新区的旅游收入情况如下:\n2024年2月:\n累计接待游客17.74万人次，实现旅游总收入10318.38万元。"
            "2023年上半年:\n累计接待游客近300万人次，实现旅游综合收入20亿元。")
    assert [r[2:] for r in rows(body, title="兰州新区旅游", published="2025-02-28T12:00:00+08:00")] == [
        ("2024-02-01", "2024-02-29"), ("2024-02-01", "2024-02-29"), ("2023-01-01", "2023-06-30"),
        ("2023-01-01", "2023-06-30")]


def test_a_year_after_a_reporters_source_still_opens_its_sentence():
    body = ("近日，记者从文县农业农村局获悉：2023年全县共完成粮食播种面积20.94万亩。其中：完成秋粮播种面积16.98万亩。")
    assert [r[2:] for r in rows(body, title="文县粮食", published="2023-10-18T16:55:00+08:00")] == [
        ("2023-01-01", "2023-12-31"), ("2023-01-01", "2023-12-31")]


def test_lanzhou_economic_zones_short_name_files_its_figures_under_anning():
    body = "截至2016年底，兰州经济区已入驻企业1081家，其中，规模以上工业企业64家。"
    got = rows(body, title="兰州经济区全力打造开放创新先导区", published="2017-07-11T17:25:00+08:00",
               fields=("region_code", "period_end"))
    assert got == [("620105", "2016-12-31"), ("620105", "2016-12-31")]


def test_a_year_opening_a_quoted_award_name_dates_nothing():
    body = "2016年，兰州经济区完成生产总值246.04亿元，被评为“2015年度优秀开发区”，在全省7个国家级开发区考核中排名第一。"
    got = rows(body, title="兰州经济区", published="2017-07-11T17:25:00+08:00", fields=("kind", "period_start"))
    assert got == [("amount", "2016-01-01"), ("ranking", "2016-01-01")]
    # a quoted speech that opens with its year is still dated by it
    body = ("中新网兰州9月20日电“2018年，全市实现生产总值652.05亿元，是1949年的473倍；社会消费品零售总额269.8亿元，"
            "是1949年的1517倍。”甘肃省天水市市长通报称。")
    assert rows(body, title="天水70年", published="2019-09-20T10:00:00+08:00", fields=("period_start", "period_end")) == [
        ("2018-01-01", "2018-12-31"), ("2018-01-01", "2018-12-31")]


def test_projects_started_together_at_a_place_are_the_ceremonys_set_restated_or_broken_down():
    body = ("2月29日上午，华陇滨河湾项目等6个重大项目在七里河区集中开工。据悉，6个重大项目总投资16亿元。\n"
            "当天集中开工的6个重大项目中，交通物流类项目1个，总投资2.7亿元；城市基础设施类项目4个，总投资11.8亿元。")
    got = rows(body, title="七里河区：一季度6个重大项目开工", published="2024-03-01T09:00:00+08:00")
    assert sorted(r[0] for r in got) == sorted([   # (the set counted three times is one row)
        "集中开工重大项目", "集中开工重大项目总投资", "集中开工交通物流类项目", "集中开工交通物流类项目总投资",
        "集中开工城市基础设施类项目", "集中开工城市基础设施类项目总投资"])


def test_a_year_before_a_place_whose_name_opens_with_a_numeral_is_still_the_year():
    got = rows("2023年七里河区实施重点项目31个，总投资540.52亿元。", title="七里河区项目",
               published="2024-03-01T09:00:00+08:00")
    assert [(r[0], r[2], r[3]) for r in got] == [("重点项目", "2023-01-01", "2023-12-31"),
                                                  ("重点项目总投资", "2023-01-01", "2023-12-31")]
    # (a month or ten years in words after the year are forms of their own)
    assert rows("2012年至2021年十年间，地区生产总值由13.12亿元增长到25.64亿元。", title="康乐十年",
                published="2022-09-20T10:00:00+08:00", fields=("period_start", "period_end"))[-1] == (
        "2021-01-01", "2021-12-31")


def test_when_the_projects_counted_were_signed_is_part_of_what_is_counted():
    body = ("截至8月底，今年新签约的152个项目已开工94个，其中投资5亿元以上43个。"
            "2021—2024年签约的394个项目已开工380个。")
    got = rows(body, title="央地合作", published="2025-09-28T18:00:00+08:00")
    assert got == [("新签约项目", 152, "", "2025-08-31"), ("新签约项目开工", 94, "", "2025-08-31"),
                   ("投资5亿元以上新签约项目开工", 43, "", "2025-08-31"),
                   ("2021—2024年签约项目", 394, "", "2025-08-31"), ("2021—2024年签约项目开工", 380, "", "2025-08-31")]


def test_projects_signed_since_a_year_and_dated_by_a_point_are_named_without_de_and_their_parts_take_them():
    body = ("截至9月底，2021年以来我省签约的央地合作项目已开工218个（其中投产64个），开工率78.99%，累计完成投资2206.38亿元。\n"
            "2021年以来，我省与央企不断深化务实合作，3年集中签约276个央地合作项目，总投资达到7370.79亿元。")
    got = rows(body, title="我省央地合作项目已开工218个", published="2023-10-25T09:00:00+08:00")
    assert [(r[0], r[2], r[3]) for r in got] == [
        ("签约央地合作项目开工", "", "2023-09-30"), ("签约央地合作项目投产", "", "2023-09-30"),
        ("签约央地合作项目开工率", "", "2023-09-30"), ("签约央地合作项目投资", "", "2023-09-30"),
        ("集中签约央地合作项目", "2021-01-01", "2023-10-25"), ("集中签约央地合作项目总投资", "2021-01-01", "2023-10-25")]


def test_investment_promotions_key_projects_are_a_part_of_the_regions_and_a_second_funds_figure_is_the_projects():
    body = ("今年以来，全区实施招商引资重点项目59个，到位资金55.73亿元。组织赴外开展考察招商10次，新签约落地项目51个，"
            "签约额34.1亿元，到位资金32.39亿元、到位率93.7%。开工建设总投资49.5亿元的重点工业项目54个。")
    assert [r[0] for r in rows(body, title="安定区经济", published="2024-08-12T11:59:00+08:00")] == [
        "招商引资重点项目", "招商引资到位资金", "新签约落地项目", "新签约落地项目签约额", "新签约落地项目到位资金",
        "新签约落地项目到位率", "开工建设重点工业项目总投资", "开工建设重点工业项目"]
    # (招商引资签约资金 is still the year's 签约额: only 重点项目 has a part so won)
    assert [r[0] for r in rows("全区招商引资签约资金41.29亿元。", title="安定区经济")] == ["招商引资签约额"]


def test_regions_listed_in_order_with_yici_take_their_places_and_with_fenbie_the_bound():
    body = ("旅游接待人数排名前五位的城市依次为:天水、兰州、平凉、张掖、陇南。"
            "接待过夜旅游者排名前五位的城市分别为:天水、兰州、陇南、平凉、定西。")
    got = rows(body, title="甘肃五一旅游", published="2014-05-06T10:00:00+08:00",
               fields=("name", "region", "value_normalized", "approx"))
    assert got[:5] == [("旅游接待人次排名", "天水市", 1, False), ("旅游接待人次排名", "兰州市", 2, False),
                       ("旅游接待人次排名", "平凉市", 3, False), ("旅游接待人次排名", "张掖市", 4, False),
                       ("旅游接待人次排名", "陇南市", 5, False)]
    assert {(r[2], r[3]) for r in got[5:]} == {(5, True)} and len(got) == 10


def test_five_years_jian_opening_a_clause_is_the_five_years_of_a_review():
    body = "近年来，康县美丽乡村建设加速。五年间，康县建成了2个国家4A级旅游景区和69个乡村旅游示范村。"
    assert [r[2:] for r in rows(body, title="康县美丽乡村", published="2018-03-13T15:42:00+08:00")] == [
        ("2013-01-01", "2017-12-31"), ("2013-01-01", "2017-12-31")]


def test_a_zone_that_carries_out_projects_is_the_subject_of_its_sentences_measures_and_an_increment_is_a_change():
    body = ("2023年，西峰工业园区实施天然气提氦、精细化工产业园等16个产业链关键项目，总投资32亿元，"
            "完成工业总产值280亿元，增量38亿元。")
    got = rows(body, title="西峰工业园区：项目建设加速", published="2024-05-15T12:00:00+08:00",
               fields=("name", "value_normalized", "change_value"))
    assert got == [("西峰工业园区产业链关键项目", 16, None), ("西峰工业园区产业链关键项目总投资", 3_200_000_000, None),
                   ("西峰工业园区工业总产值", 28_000_000_000, 3_800_000_000)]


def test_a_dual_structure_and_a_growth_named_only_by_its_basis_are_no_figures():
    assert rows("近年来，康县改善了区域空间二元结构，让农民日子过得跟城镇居民一样好。", title="康县") == []
    # (7.5万P has no unit this project reads; its growth names nothing of its own)
    assert rows("带动全省算力规模增至7.5万P，较去年底增长36%，增速领跑全国。", title="央地合作",
                published="2025-09-28T18:00:00+08:00") == []


def test_projects_already_started_or_built_keep_their_status_whichever_way_the_count_is_written():
    names_first = [r[0] for r in rows("截至2024年底，全市已开工项目42个，已建成项目13个。", title="兰州央地合作",
                                      published="2025-02-15T09:00:00+08:00")]
    count_first = [r[0] for r in rows("截至2024年底，全市42个项目已开工，13个项目已建成。", title="兰州央地合作",
                                      published="2025-02-15T09:00:00+08:00")]
    assert names_first == count_first == ["已开工项目", "已建成项目"]


def test_a_first_place_among_peers_counted_ranks_the_growth_before_it():
    body = "2008年兰州高新区完成技工贸总收入400亿元，同比增长60%，增速高居54个国家级高新区首位；实现增加值85亿元。"
    got = rows(body, title="兰州高新区", published="2009-05-07T12:00:00+08:00",
               fields=("name", "value_normalized", "value_start"))
    assert got[1][:2] == ("兰州高新区技工贸总收入增速排名", 1) and body[got[1][2]:].startswith("首位")
    assert len(got) == 3   # (the peers counted, 54个, are no figure)


def test_the_rounds_readings_stay_narrow_where_a_review_found_them_too_broad():
    # kinds among the region's projects are not a ceremony's, though the paragraph told of one
    body = "3月18日，全县12个重点项目集中开工，总投资30亿元。目前，全县在建的120个项目中，工业项目30个，农业项目25个。"
    assert [r[0] for r in rows(body, title="临泽县", published="2024-06-30T10:00:00+08:00")] == [
        "集中开工重点项目", "集中开工重点项目总投资", "在建项目", "工业项目", "农业项目"]
    # a later count of the same number, with a verb of its own, is another set
    body = "今年，全县新开工项目12个，总投资30亿元。同时，全县引进12个项目，签约额20亿元。"
    assert [r[0] for r in rows(body, title="临泽县", published="2024-06-30T10:00:00+08:00")] == [
        "新开工项目", "新开工项目总投资", "项目", "招商引资签约额"]
    # one written year before what was brought in, built or started is still the period
    assert [r[2:] for r in rows("2023年新引进的12家企业实现产值5.6亿元。", title="临泽县",
                                published="2024-06-30T10:00:00+08:00")] == [("2023-01-01", "2023-12-31")] * 2
    # a holiday after its year is no whole year
    assert rows("2023年十一期间，全县接待游客35万人次。", title="临泽县", published="2024-06-30T10:00:00+08:00",
                fields=("period_start",)) != [("2023-01-01",)]
    # the province a cohort's sentence names after a point stays its region
    got = rows("截至9月底，2021年以来我省签约的央地合作项目已开工218个。", title="临泽县：项目建设提速",
               published="2023-10-20T10:00:00+08:00", fields=("region_code", "name", "period_end"))
    assert got == [("620000", "签约央地合作项目开工", "2023-09-30")]
    # 五年间 before a span: its first value is the year before the five, its later one the last year's
    got = rows("过去一年工作回顾。五年间，全县地区生产总值由60亿元增加到95亿元。", title="临泽县",
               published="2024-01-15T10:00:00+08:00")
    assert got == [("地区生产总值", 6_000_000_000, "2018-01-01", "2018-12-31"),
                   ("地区生产总值", 9_500_000_000, "2023-01-01", "2023-12-31")]
    # 全年 after a quoted award's year is the sentence's year
    assert rows("2016年，该县被评为“2015年度全省招商引资先进县”，全年实现地区生产总值85亿元。", title="金塔县",
                published="2017-03-01T10:00:00+08:00", fields=("period_start",)) == [("2016-01-01",)]
    # a growth against last year's end is the balance's change
    assert rows("全县各项贷款余额120亿元，较去年底增长12%。", title="临泽县", fields=("name", "change_pct")) == [
        ("贷款余额", 12)]
    # a place inside a listed project's name, after the zone the clause is about, owns nothing
    body = "2023年，西峰工业园区实施华能庆阳煤电、精细化工产业园等16个产业链关键项目，总投资32亿元。"
    assert {r[0] for r in rows(body, title="西峰工业园区：项目建设加速", published="2024-05-15T12:00:00+08:00",
                               fields=("region_code",))} == {"621002"}


def test_smaller_readings_the_review_found_beside_the_rounds():
    day = "2024-06-30T10:00:00+08:00"
    # where projects started is put aside whatever their verb
    assert [r[0] for r in rows("全县8个项目在西峰区开工，总投资12亿元。", title="临泽县", published=day)] == [
        "开工项目", "开工项目总投资"]
    # a status after a status's count is no part of it; after a kind's count it is
    assert [r[0] for r in rows("全县实施重点项目45个，建成30个，投产12个。", title="临泽县", published=day)][2] != "建成项目投产"
    # a batch signed together keeps 集中 whichever way it is written
    assert [r[0] for r in rows("全县集中签约项目15个，签约额20亿元。", title="临泽县", published=day)] == [
        "集中签约项目", "集中签约项目签约额"]
    # a region named before a cohort's 签约的, after a point
    assert rows("截至9月底，2021年以来临泽县签约的央地合作项目已开工218个。", title="临泽县", published=day,
                fields=("period_start", "period_end")) == [("", "2023-09-30")]
    # a quoted campaign's year is its figures' year
    assert rows("在“2023年项目建设年”活动中，全县实施重点项目120个。", title="临泽县", published=day,
                fields=("period_start",)) == [("2023-01-01",)]
    # a band of output with no noun is a part of the firms counted before it
    assert [r[0] for r in rows("全县规上工业企业120家，其中产值亿元以上35家。", title="临泽县", published=day)] == [
        "规模以上工业企业", "产值亿元以上规模以上工业企业"]
    # a holiday after its written year is that year's, not the latest one
    assert rows("2023年春节假期，全县接待游客35万人次。", title="临泽县", published=day,
                fields=("period_start", "period_end")) == [("2023-01-21", "2023-01-27")]


def test_general_budget_revenue_is_never_the_total_and_its_offices_parts_take_its_name():
    body = ("1-5月，全县大口径财政收入完成21282万元，占年预算96540万元的22.04%。"
            "1-5月，一般预算财政收入完成12655万元，占年预算30820万元的41.06%，短收187万元，比上年同期增长3.84%，"
            "增幅全市排名第3。其中：税务部门完成6197万元，比上年同期下降20.31%；财政部门完成6458万元。")
    got = rows(body, title="秦安县1-5月主要经济指标", published="2022-06-20T09:00:00+08:00",
               fields=("name", "value_normalized", "change_pct"))
    assert got == [("大口径财政收入", 212_820_000, None), ("大口径财政收入占年预算比重", 22.04, None),
                   ("一般公共预算收入", 126_550_000, 3.84), ("一般公共预算收入占年预算比重", 41.06, None),
                   ("一般公共预算收入增速全市排名", 3, None), ("税务部门一般公共预算收入", 61_970_000, -20.31),
                   ("财政部门一般公共预算收入", 64_580_000, None)]   # (the budgets, 96540万元 and 30820万元, are plans)


def test_a_rank_span_dated_by_its_first_year_and_a_rank_in_an_appraisal():
    body = ("过去五年，兰州高新区综合实力显著提升，国家高新区排名从2020年的第65位跃升至第53位。"
            "营商环境持续优化，在2025年全省开发区评价中荣获第一名。")
    got = rows(body, title="兰州高新区擘画“十五五”蓝图", published="2026-02-09T12:00:00+08:00")
    assert got == [("国家高新区排名", 65, "2020-01-01", "2020-12-31"), ("国家高新区排名", 53, "", "2025-12-31"),
                   ("开发区评价全省排名", 1, "2025-01-01", "2025-12-31")]


def test_a_distance_to_places_listed_is_none_and_a_zones_former_name_is_the_zone():
    assert rows("县城距兰州、白银两城均为45千米。", title="皋兰县") == []
    # a zone's former name is the zone
    assert {r[0] for r in rows("截至目前，白银高新技术产业园区已引进项目83个，总投资68亿元。", title="白银高新区升级",
                               published="2010-10-08T12:00:00+08:00", fields=("region_code",))} == {"620402"}


def test_a_set_counted_after_its_planned_total_is_there_and_its_progress_is_its():
    body = ("今年以来，阿克塞县聚力打造“四大基地”，年度计划投资33.63亿元的65项重点建设项目如期推进。"
            "截至8月底，开复工60项，完成投资13.9亿元。")
    got = rows(body, title="阿克塞县重点项目建设综述", published="2019-09-24T00:38:00+08:00",
               fields=("name", "value_normalized", "period_end"))
    assert got == [("重点建设项目", 65, "2019-09-24"), ("重点建设项目开复工", 60, "2019-08-31"),
                   ("重点建设项目投资", 1_390_000_000, "2019-08-31")]   # (the planned 33.63亿元: a plan)


def test_what_a_second_review_found_in_the_rounds_last_readings():
    day = "2024-06-30T10:00:00+08:00"
    # the ceremony's own breakdown, told in a sentence after the one that announced it
    body = "3月18日，全县12个重点项目集中开工。此次集中开工的12个项目中，工业项目5个，农业项目4个。"
    assert [r[0] for r in rows(body, title="临泽县", published=day)][-2:] == ["集中开工工业项目", "集中开工农业项目"]
    # 十一 without quotes before a holiday word is National Day's holiday
    for said in ("2023年十一期间", "十一黄金周期间"):
        assert rows(f"{said}，全县接待游客35万人次。", title="临泽县", published=day,
                    fields=("period_start", "period_end")) == [("2023-09-29", "2023-10-06")]
    # a span's first value after N年间 / N年来 in a January review: the year before the N years
    for opening, first in (("五年间", "2018"), ("十年间", "2013"), ("三年来", "2020")):
        got = rows(f"{opening}，全县地区生产总值由60亿元增加到95亿元。", title="临泽县",
                   published="2024-01-15T10:00:00+08:00", fields=("period_start",))
        assert got[0] == (f"{first}-01-01",)



def test_the_second_reviews_older_findings_beside_the_round():
    day = "2024-06-30T10:00:00+08:00"
    # projects planned, counted after a ceremony: their part started is theirs, not the ceremony's
    body = "3月18日，全县12个重点项目集中开工，总投资30亿元。全县今年计划实施的120个项目中，已开工60个。"
    assert rows(body, title="临泽县", published=day)[-1][0] == "计划实施项目开工"
    # an appraisal's long name before its rank
    assert rows("全县在2025年全省县域经济发展考核中荣获第一名。", title="临泽县",
                published="2026-02-09T12:00:00+08:00", fields=("name", "value_normalized")) == [
        ("县域经济发展考核全省排名", 1)]


def test_a_half_or_a_fraction_in_digits_after_zhan_is_a_share_in_words():
    body = ("全区马铃薯种植面积达到104万亩，占全区农作物播种面积的一半以上，占全省马铃薯种植面积的1/8。"
            "全村一半以上的农户种植马铃薯。全县完成投资3亿元，占比详见3/8日的通报。")
    got = rows(body, title="安定区马铃薯产业", published="2009-06-01T10:00:00+08:00",
               fields=("name", "value_normalized", "approx"))
    # (一半 of the farmers: no share; 3/8日 after 占比: a date)
    assert got == [("马铃薯种植面积", 1_040_000, False), ("马铃薯种植面积占农作物播种面积比重", 50.0, True),
                   ("马铃薯种植面积占全省马铃薯种植面积比重", 12.5, True), ("完成投资", 300_000_000, False)]


def test_a_parts_bare_share_after_its_own_change_is_of_the_whole_the_sentence_before_stated():
    body = ("全社会用电量1073.25亿千瓦时，同比增长7.91%。其中：第一产业用电量53.24亿千瓦时，同比下降5.72%，占4.96%；"
            "第二产业用电量856.27亿千瓦时，同比增长8.74%，占79.78%。")
    got = rows(body, title="甘肃省2013年电力运行", published="2014-01-20T10:00:00+08:00", fields=("name", "value_normalized"))
    assert [r for r in got if r[0].endswith("比重")] == [("第一产业用电量占全社会用电量比重", 4.96),
                                                       ("第二产业用电量占全社会用电量比重", 79.78)]
    # a share the figures do not bear out (53.24 of 1073.25 is not 40%) is no share of that whole
    got = rows(body.replace("占4.96%", "占40%"), title="甘肃省2013年电力运行", published="2014-01-20T10:00:00+08:00")
    assert [r[0] for r in got if r[0].endswith("比重")] == ["第二产业用电量占全社会用电量比重"]


def test_the_parts_of_a_price_index_after_qizhong_are_prices():
    body = ("全年居民消费价格总水平比上年上涨1.6%，其中城市上涨1.4%，农村上涨1.8%。"
            "全年居民消费价格总水平上涨1.8%。其中，交通和通信上涨4.5%，食品烟酒价格上涨3.1%，衣着上涨0.6%。")
    got = [r[0] for r in rows(body, title="定西市2022年国民经济和社会发展统计公报", published="2023-03-20T10:00:00+08:00")]
    assert got == ["居民消费价格总水平", "城市居民消费价格总水平", "农村居民消费价格总水平", "居民消费价格总水平",
                   "交通和通信价格", "食品烟酒价格", "衣着价格"]
    # a growth's parts that are no price keep their names
    got = rows("2023年全县生产总值增长5%，其中第一产业增长6%。", title="临泽县")
    assert [r[0] for r in got] == ["地区生产总值", "第一产业增加值"]


def test_a_level_set_off_by_spaces_on_a_converted_page_is_still_read():
    body = "铅锌地质储量约 1100 万金属吨。全县辖14镇3乡，245 个 村，总人口 23.49万人 ( 其中城镇常住人口 13.11万人 )。"
    got = rows(body, title="成县县情", published="2023-06-01T10:00:00+08:00", fields=("name", "value_normalized"))
    # (245 个 村: a count written before its noun, spaces or not)
    assert got == [("铅锌地质储量", 11_000_000), ("总人口", 234_900), ("城镇常住人口", 131_100)]


def test_spots_listed_after_a_header_without_fenbie_are_each_spots_own():
    body = ("今年上半年，全省接待游客1.2亿人次。全省4个5A级旅游景区接待人数为：平凉崆峒山108万人次、天水麦积山大景区85.7万人次、"
            "伏羲庙/南郭寺/玉泉观1.12万人次、嘉峪关关城43.98万人次。")
    got = rows(body, title="甘肃上半年旅游", published="2019-07-20T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("旅游接待人次", 120_000_000), ("5A级旅游景区", 4)]


def test_an_officials_quotation_with_the_official_named_before_it_states_the_regions_figures():
    body = ("今年以来，张家川县大力发展肉牛产业。张家川县畜牧中心副主任黎文斌说：“县上还争取到省上粮改饲项目资金1972万元，"
            "按照‘企业+合作社+种植户’的运作模式，完成粮改饲玉米种植面积21.3万亩。”")
    got = rows(body, title="张家川县肉牛产业链", published="2024-08-07T10:00:00+08:00", fields=("name", "region_code"))
    assert [r[0] for r in got] == ["省上粮改饲项目资金", "粮改饲玉米种植面积"] and {r[1] for r in got} == {"620525"}
    # a co-operative's head is no official of the region: his words stay his
    told = body.replace("张家川县畜牧中心副主任黎文斌说", "张家川县富民养殖专业合作社主任马军说")
    assert rows(told, title="张家川县肉牛产业链", published="2024-08-07T10:00:00+08:00") == []


def test_a_growth_against_the_month_before_is_a_series_apart_from_the_year_on_year_one():
    body = ("12月份，居民消费价格总水平环比上涨0.1%，同比上涨1.5%。"
            "食品烟酒类价格下降带动居民消费价格总水平下降0.24个百分点，其中：食品下降2.2%。"
            "其它用品及服务类价格下降1.3%。")
    got = rows(body, title="张掖市2021年12月份居民消费价格运行情况", published="2022-01-14T10:51:00+08:00",
               fields=("name", "value_normalized", "period_start"))
    assert got == [("居民消费价格总水平环比", 0.1, "2021-12-01"), ("居民消费价格总水平", 1.5, "2021-12-01"),
                   ("食品价格", -2.2, "2021-12-01"), ("其它用品及服务类价格", -1.3, "2021-12-01")]


def test_an_industry_of_the_national_classification_with_a_list_mark_inside_is_one_name():
    body = ("前三季度，全市规模以上工业增加值同比增长5.6%。从主要行业看，计算机、通信和其他电子设备制造业增长1.1%；"
            "电力、热力生产和供应业增长9.6%。按消费类型分，商品零售210.05亿元，增长6.1%。")
    got = [r[0] for r in rows(body, title="天水市前三季度经济运行情况", published="2023-10-31T12:00:00+08:00")]
    assert got == ["规模以上工业增加值", "计算机、通信和其他电子设备制造业增加值", "电力、热力生产和供应业增加值", "商品零售"]
    # the employment added in towns, however its noun ends, is the lexicon's 新增就业 (not the stock 就业人员)
    got = rows("全年城镇新增就业人员43.7万人，比上年增长0.46%。", title="甘肃省2015年国民经济和社会发展统计公报",
               published="2016-02-25T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("新增就业", 437_000)]


def test_a_gap_to_the_provinces_level_is_no_level_of_its_own():
    body = ("前三季度，我市城镇居民人均可支配收入为20824.5元，同比增长8.2%。城镇居民人均可支配收入超过全省152.5元，增速持平；"
            "农村居民人均可支配收入及增幅分别超过全省561.4元和0.2个百分点。")
    got = rows(body, title="庆阳市前三季度城乡居民人均可支配收入", published="2017-12-09T12:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("城镇居民人均可支配收入", 20824.5)]


def test_growths_after_a_clause_that_only_remarks_on_their_measures_are_those_measures():
    body = "全市居民消费价格总水平比上年上涨2.2%。消费价格八大类构成中，食品和居住类价格涨幅较高，分别上涨3.9%和7.2%。"
    got = rows(body, title="酒泉市2006年国民经济和社会发展统计公报", published="2007-04-10T12:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("居民消费价格总水平", 2.2), ("食品价格", 3.9), ("居住类价格", 7.2)]


def test_a_rank_with_no_indicator_ranks_what_the_clause_before_says_was_published():
    body = "近日，中国生物医药园区竞争力排名发布，兰州高新区位列全国第50名。"
    got = rows(body, title="兰州高新区跻身中国生物医药园区50强", published="2023-11-28T12:00:00+08:00",
               fields=("name", "value_normalized", "kind"))
    assert got == [("中国生物医药园区竞争力全国排名", 50, "ranking")]
    # a rank with nothing published before it names nothing
    assert rows("近日，兰州高新区位列全国第50名。", title="兰州高新区", published="2023-11-28T12:00:00+08:00") == []


def test_a_year_inside_a_shares_whole_is_no_cut_of_its_phrase_nor_part_of_its_name():
    body = "2009年，开工建设的项目到位资金158.38亿元，占去年全省招商引资到位资金的33.80%。"
    got = rows(body, title="兰洽会", published="2010-03-10T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("开工建设的项目到位资金", 15_838_000_000), ("开工建设的项目到位资金占招商引资到位资金比重", 33.8)]
    body = "全县实现脱贫的人口1.2万人，占2019年脱贫总人口的69.5%。"
    assert rows(body, title="临泽县", published="2020-01-10T10:00:00+08:00")[-1][0] == "脱贫的人口占脱贫总人口比重"


def test_firms_counted_by_how_far_their_move_or_build_has_got_are_those_firms():
    body = ("截至目前，全市共有107户企业启动实施出城入园工作。107户企业中，有72户企业启动向兰州新区拓展搬迁 。"
            "有35户企业启动向远郊县区搬迁，其中，长征机械 、兰州锅炉等11户企业已竣工投产；商通锅炉等3户企业正在进行项目选址 。")
    got = [r[0] for r in rows(body, title="兰州已有107户企业启动实施出城入园", published="2014-12-19T10:00:00+08:00")]
    assert got[0] == "启动实施出城入园工作企业"
    assert got[-4:] == ["启动向兰州新区拓展搬迁企业", "启动向远郊县区搬迁企业", "已竣工投产企业", "正在进行项目选址企业"]
    # firms that came or settled are the firms (not a status they are counted by)
    got = rows("目前已有33家种子企业进入临泽。", title="临泽县", fields=("name",))
    assert got == [("种子企业",)]


def test_a_basis_year_typeset_with_a_space_still_gives_its_value_to_that_year():
    body = "2015 年，甘肃省生产总值达到6790.32 亿元，比2010 年的4120.75 亿元增长64.8%。"
    got = rows(body, title="甘肃省经济社会发展现状", published="2025-11-13T12:00:00+08:00",
               fields=("name", "value_normalized", "period_start"))
    assert got == [("地区生产总值", 679_032_000_000, "2015-01-01"), ("地区生产总值", 412_075_000_000, "2010-01-01")]


def test_a_price_release_keeps_month_on_month_and_year_on_year_series_apart_down_to_each_category():
    body = ("2018年11月份，甘肃省居民消费价格总水平环比下降0.1%，同比上涨1.5%，1-11月份累计上涨2.1%。\n"
            "11月份，全省居民消费价格总水平环比下降0.1%。在统计居民消费价格指数的八大类商品中：食品烟酒类上涨0.2%、衣着类上涨0.2%。\n"
            "11月份，食品类价格环比上涨0.3%，其中：干鲜瓜果类上涨2.2%；食品类价格同比上涨2.7%，其中：干鲜瓜果类上涨7.6%。\n"
            "从环比变动情况来看，食品烟酒价格上涨1.7%。")
    got = rows(body, title="11月份甘肃省居民消费价格同比上涨1.5%", published="2018-12-19T12:00:00+08:00",
               fields=("name", "value_normalized", "period_start"))
    # (the month-on-month fall restated in the next paragraph is stored once, where it is restated)
    assert got == [("居民消费价格总水平", 1.5, "2018-11-01"), ("居民消费价格总水平", 2.1, "2018-01-01"),
                   ("居民消费价格总水平环比", -0.1, "2018-11-01"), ("食品烟酒类价格环比", 0.2, "2018-11-01"), ("衣着类价格环比", 0.2, "2018-11-01"),
                   ("食品类价格环比", 0.3, "2018-11-01"), ("干鲜瓜果类价格环比", 2.2, "2018-11-01"),
                   ("食品类价格", 2.7, "2018-11-01"), ("干鲜瓜果类价格", 7.6, "2018-11-01"),
                   ("食品烟酒价格环比", 1.7, "2018-11-01")]
    # a growth that is no price takes no basis from the paragraph (one that says 环比 is that series)
    got = rows("3月份，社会消费品零售总额环比增长2%。全县生猪出栏增长5%。", title="临泽县", fields=("name",))
    assert [r[0] for r in got] == ["社会消费品零售总额环比", "生猪出栏"]


def test_another_provinces_city_or_the_nations_price_is_no_figure_of_the_article_region():
    body = ("4月份，兰州市CPI同比上涨0.6%。当月，全国CPI同比上涨1.2%，全省CPI同比上涨0.4%。"
            "五城市由高到低依次为：乌鲁木齐市上涨1.8%、银川市上涨1.8%、西安市上涨1.7%。与陕西省签约项目5个。")
    got = rows(body, title="4月兰州CPI同比上涨0.6%", published="2017-05-24T12:00:00+08:00",
               fields=("region_code", "name", "value_normalized"))
    assert got == [("620100", "CPI", 0.6), ("620000", "CPI", 0.4), ("620100", "签约项目", 5)]


def test_a_county_whose_short_name_ends_in_xiang_is_no_town_feature():
    body = "甘肃东乡经济开发区成立于2001年6月。截至目前，完成生产总值7.16亿元；开发区实有企业49家。"
    got = rows(body, title="甘肃东乡经济开发区", published="2023-07-18T10:00:00+08:00", fields=("region_code", "name"))
    assert got == [("622926", "开发区地区生产总值"), ("622926", "开发区实有企业")]
    # a town opening its paragraph still owns what follows it
    assert rows("三甲集镇位于县东部。全镇种植蔬菜2万亩。", title="东乡县", fields=("name",)) == []


def test_a_digest_run_together_with_bullets_and_growths_listed_for_each_year():
    body = ("甘肃省宏观经济表现 - 2025年甘肃省地区生产总值按不变价格计算比上年增长5.8% - "
            "“十四五”期间(2021-2025年)甘肃省地区生产总值增速分别为7.1%、4.6%、6.6%、5.8%和5.8% - "
            "2025年规模以上工业增加值比上年增长9.5%")
    got = rows(body, title="甘肃省2025年经济发展要点", published="2026-03-03T12:00:00+08:00",
               fields=("name", "value_normalized", "period_start"))
    # (2025's 5.8%, stated twice, is stored once, where the list restates it)
    assert got == [("地区生产总值", 7.1, "2021-01-01"), ("地区生产总值", 4.6, "2022-01-01"), ("地区生产总值", 6.6, "2023-01-01"),
                   ("地区生产总值", 5.8, "2024-01-01"), ("地区生产总值", 5.8, "2025-01-01"),
                   ("规模以上工业增加值", 9.5, "2025-01-01")]


def test_n_years_after_a_span_of_n_years_are_those_years_and_a_total_over_them_keeps_them():
    body = ("2003-2006年，甘肃全社会固定资产投资额逐年攀升。2006年全省全社会完成固定资产投资达到1024.87亿元。"
            "四年间，全省全社会累计投资3310.48亿元，年均增长15.50%。其中，城镇投资2987.94亿元，年均增长15.79%。")
    got = rows(body, title="甘肃重点项目和基础设施建设取得明显成效", published="2007-10-15T12:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("固定资产投资", "2006-01-01", "2006-12-31"), ("全社会投资", "2003-01-01", "2006-12-31"),
                   ("城镇投资", "2003-01-01", "2006-12-31")]
    # a level followed by its yearly average growth, not gathered (累计), is still the last year's
    got = rows("“十三五”期间，完成地区生产总值26.1亿元，年均增长1.2%。", title="临泽县", published="2021-02-10T10:00:00+08:00",
               fields=("period_start", "period_end"))
    assert got == [("2020-01-01", "2020-12-31")]


def test_what_the_review_found_in_the_rounds_price_and_share_readings():
    b, d = "靖远县2023年国民经济和社会发展统计公报", "2024-03-30T10:00:00+08:00"
    # 价格 only for the parts of a price: not after another indicator's 其中, nor for a part that names its measure
    for body, part in (("全年居民消费价格上涨2.0%，全县固定资产投资增长10.5%，其中工业投资增长15%。", "工业投资"),
                       ("全年居民消费价格上涨1.5%，其中城市上涨1.4%，全县规模以上工业增加值增长8%。", "规模以上工业增加值"),
                       ("受居民消费价格上涨影响，全县农民收入增长放缓，其中工资性收入增长6%。", "工资性收入")):
        assert rows(body, title=b, published=d)[-1][0] == part
    # 环比 with no subject after the index's parts is the index's; a level's 环比 growth is a row of its own
    got = [r[0] for r in rows("5月份，全市居民消费价格同比上涨1.5%，其中城市上涨1.4%，农村上涨1.7%，环比上涨0.2%。",
                              title="5月份平凉市居民消费价格运行情况", published="2024-06-15T10:00:00+08:00")]
    assert got[-1] == "居民消费价格环比"
    got = rows("一季度，全县接待游客120万人次，环比增长35%，同比增长20%。", title="康县经济",
               published="2024-04-20T10:00:00+08:00", fields=("name", "value_normalized", "change_pct"))
    assert got == [("旅游接待人次", 1_200_000, 20.0), ("旅游接待人次环比", 35.0, 35.0)]
    # categories a remark lists before one 价格
    got = [r[0] for r in rows("5月份，衣着、交通和通信类价格降幅较大，分别下降2.1%和3.5%。",
                              title="5月份平凉市居民消费价格运行情况", published="2024-06-15T10:00:00+08:00")]
    assert got == ["衣着价格", "交通和通信类价格"]
    # a year right after 占 is the whole's: the share keeps the part's period and its wider scope
    got = rows("上半年，全县完成工业增加值12亿元，占去年全市工业增加值的15%。", title="康县上半年经济",
               published="2024-07-20T10:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("工业增加值", "2024-01-01", "2024-06-30"),
                   ("工业增加值占全市工业增加值比重", "2024-01-01", "2024-06-30")]
    # a group's jobs added are its own series, not the region's 新增就业
    got = [r[0] for r in rows("全年城镇新增就业4370人，其中高校毕业生新增就业人员800人。", title=b, published=d)]
    assert got == ["新增就业", "高校毕业生新增就业人员"]
    # gaps to the province's level are no levels
    assert rows("全县城镇居民人均可支配收入35200元，较全省高1520元。", title=b, published=d, fields=("name",)) == [
        ("城镇居民人均可支配收入",)]
    # the officials' quotations: a quotation ending in 行政村 is still the county's; a group's party secretary is no official
    body = ("张家川县大力发展肉牛产业。“全县新建标准化养殖场32个，肉牛饲养量达到25万头，累计发放贷款3.2亿元，"
            "规模养殖场带动农户1.5万户，覆盖全县所有行政村。”县畜牧中心主任李强告诉记者。")
    assert len(rows(body, title="张家川县肉牛产业发展见闻", published="2024-07-20T10:00:00+08:00")) == 4
    body = "张家川县大力发展肉牛产业。甘肃中天羊业集团党委书记张某说：“我们集团在全县建成标准化养殖基地12个，今年实现销售收入5.6亿元。”"
    assert rows(body, title="张家川县肉牛产业发展见闻", published="2024-07-20T10:00:00+08:00") == []
    # an industry's own 、 is no list mark: two industries listed with 分别 keep their growths
    body = "前三季度，全市规模以上工业增加值同比增长5.6%。有色金属冶炼和压延加工业增长9.8%，计算机、通信和其他电子设备制造业、专用设备制造业分别增长1.1%和15.2%。"
    got = rows(body, title="天水市前三季度经济运行情况", published="2023-10-31T12:00:00+08:00", fields=("value_normalized", "change_pct"))
    assert got[1] == (9.8, 9.8) and [g[0] for g in got[2:]] == [1.1, 15.2]


def test_a_share_of_last_years_same_days_keeps_them_in_its_name():
    got = rows("上半年，全县接待游客150万人次，占去年同期的120%。", title="康县上半年旅游", published="2024-07-20T10:00:00+08:00")
    assert [r[0] for r in got] == ["旅游接待人次", "旅游接待人次占去年同期比重"]


def test_the_bracketed_total_of_the_edition_before_is_no_row_of_this_one():
    body = "本届兰洽会共签约合同项目1181个，签约总额6500.82亿元，较上届(签约额6039.55亿元)增长7.64%。"
    got = rows(body, title="第三十一届兰洽会签约合同项目1181个", published="2025-07-10T12:00:00+08:00",
               fields=("name", "value_normalized", "change_pct"))
    assert got == [("兰洽会签约合同项目", 1181, None), ("兰洽会签约合同项目签约额", 650_082_000_000, 7.64)]


def test_what_the_second_review_found_in_the_price_release_readings():
    pub = "2024-06-15T10:00:00+08:00"
    # a growth with a basis of its own (比上年同期) or in another indicator's paragraph takes no 环比 from before
    got = [r[0] for r in rows("5月份，全市居民消费价格同比上涨1.5%，环比上涨0.2%。1-5月，全市居民消费价格比上年同期上涨1.2%。",
                              title="5月份平凉市居民消费价格运行情况", published=pub)]
    assert got == ["居民消费价格", "居民消费价格环比", "居民消费价格"]
    got = [r[0] for r in rows("5月份，全县规模以上工业增加值环比增长2.1%，居民消费价格上涨1.5%。", title="临泽县5月份经济运行情况",
                              published="2024-06-20T10:00:00+08:00")]
    assert got == ["规模以上工业增加值环比", "居民消费价格"]
    # parts after a sentence stating both bases are the year's; a part's own second basis stays the part's
    got = [r[0] for r in rows("5月份，全省居民消费价格同比上涨0.3%，环比下降0.2%。其中，城市上涨0.2%，农村上涨0.5%。",
                              title="5月份甘肃省居民消费价格运行情况", published=pub)]
    assert got == ["居民消费价格", "居民消费价格环比", "城市居民消费价格", "农村居民消费价格"]
    got = [r[0] for r in rows("5月份，全市居民消费价格同比上涨1.5%，环比上涨0.2%，其中食品价格环比上涨0.5%，同比上涨3%。",
                              title="5月份平凉市居民消费价格运行情况", published=pub)]
    assert got == ["居民消费价格", "居民消费价格环比", "食品价格环比", "食品价格"]
    # the index's 环比 after another indicator opened the sentence stays the index's
    got = [r[0] for r in rows("1-5月，全县社会消费品零售总额增长8%，居民消费价格上涨1.5%，其中城市上涨1.4%，环比上涨0.2%。",
                              title="临泽县经济运行", published=pub)]
    assert got[-1] == "居民消费价格环比"
    # a count that ends a digest's item is read; the nation's PPI and provinces listed together are no region's
    got = rows("要点 - 全县接待游客500万人次 - 旅游综合收入25亿元，增长20%", title="康县旅游", fields=("name", "value_normalized"))
    assert got == [("旅游接待人次", 5_000_000), ("旅游综合收入", 2_500_000_000)]
    got = [r[0] for r in rows("当月，全国工业生产者出厂价格同比下降2.5%，全市工业生产者出厂价格同比下降1.2%。",
                              title="4月兰州CPI同比上涨0.6%", published="2017-05-24T12:00:00+08:00")]
    assert got == ["工业生产者出厂价格"]
    assert rows("内蒙古自治区和宁夏回族自治区分别增长4.5%和5.1%。", title="甘肃经济") == []
    # a 乡村振兴局 head is an official of the region
    body = "临夏县大力发展牛羊产业。县乡村振兴局局长马明说：“全县今年新建标准化养殖场32个，牛羊饲养量达到120万头只，带动农户1.2万户，户均增收5000元。”"
    assert len(rows(body, title="临夏县牛羊产业发展见闻", published="2024-07-20T10:00:00+08:00")) == 4


def test_a_releases_categories_after_a_header_and_last_years_growth_as_this_years_base():
    body = ("从同比数据来看，5月份兰州市食品烟酒价格同比上涨4.7%。其他七大类价格同比呈现“三降四升”态势，居住、衣着、交通和通信分别下降0.3%、1.0%、3.1%。\n"
            "从环比数据变动来看，5月份兰州市食品烟酒价格环比下降1.5%。其他七大类价格环比呈现“一降二平四升”态势，交通和通信下降0.2%；"
            "衣着、生活用品及服务分别上涨0.1%、0.1%。其中，“三涨”是医疗保健价格上涨0.3%。")
    got = [r[0] for r in rows(body, title="5月份兰州市居民消费价格总水平同比上涨1.5%", published="2020-06-16T10:00:00+08:00")]
    assert got == ["食品烟酒价格", "居住价格", "衣着价格", "交通和通信价格", "食品烟酒价格环比", "交通和通信价格环比",
                   "衣着价格环比", "生活用品及服务价格环比", "医疗保健价格环比"]
    got = rows("今年上半年，兰州新区GDP在去年同期15.2%增速基础上增长20.1%。", title="兰州新区项目集中开工",
               published="2021-08-06T10:00:00+08:00", fields=("name", "value_normalized", "period_start"))
    assert got == [("地区生产总值", 15.2, "2020-01-01"), ("地区生产总值", 20.1, "2021-01-01")]


def test_the_base_a_growth_grew_on_is_no_part_of_its_name():
    for body, name in (("上半年，全县接待游客在去年同期基础上增长20%。", "旅游接待人次"),
                       ("上半年，全县地区生产总值在去年同期高基数的基础上增长6.5%。", "地区生产总值")):
        assert [r[0] for r in rows(body, title="临泽县上半年经济", published="2024-07-20T10:00:00+08:00")] == [name]


def test_what_the_third_review_found_in_the_last_readings():
    # an indicator that begins with 在 keeps it when the base it grew on is cut
    got = rows("上半年，全市在建项目投资在去年同期基础上增长12.5%。", title="兰州市上半年经济", published="2024-07-20T10:00:00+08:00")
    assert [r[0] for r in got] == ["在建项目投资"]
    # the items a header's list names are cleaned like any name, and all of them take the header's basis
    body = "其他七大类价格环比呈现“二涨三降”态势，其中衣着、居住分别上涨0.1%、0.2%；“两降”是交通和通信、医疗保健价格分别下降0.3%、0.1%。"
    got = [r[0] for r in rows(body, title="5月份兰州市居民消费价格", published="2024-06-16T10:00:00+08:00")]
    assert got == ["衣着价格环比", "居住价格环比", "交通和通信价格环比", "医疗保健价格环比"]
    body = "其他七大类价格同比呈现“三降四升”态势，居住、衣着、交通和通信同比分别下降0.3%、1.0%、3.1%。"
    got = [r[0] for r in rows(body, title="5月份兰州市居民消费价格", published="2024-06-16T10:00:00+08:00")]
    assert got == ["居住价格", "衣着价格", "交通和通信价格"]


# -- round 26: the sixtieth set's remaining readings and the sixty-first's first ones ----------

def test_a_header_of_a_releases_categories_leads_the_sentences_after_it_in_its_paragraph():
    body = ("9月，兰州八大类商品及服务同比呈现“四涨三降一平”态势。其中：食品类上涨4.3%，衣着类上涨5.1%，交通和通信类下降0.6%。\n"
            "其他七大类价格同比呈现“三降四升”态势，居住、衣着分别下降0.3%、1.0%。"
            "医疗保健、生活用品及服务、其他用品和服务分别上涨0.4%、0.7%、4.0%。")
    got = rows(body, title="9月兰州CPI同比上涨2.0%", published="2014-10-21T10:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("食品类价格", 4.3), ("衣着类价格", 5.1), ("交通和通信类价格", -0.6), ("居住价格", -0.3),
                   ("衣着价格", -1.0), ("医疗保健价格", 0.4), ("生活用品及服务价格", 0.7), ("其他用品和服务价格", 4.0)]
    # the header leads its own paragraph only: a later paragraph's indicators keep their names
    got = [r[0] for r in rows(body + "\n全市规模以上工业增加值增长6.5%。", title="9月兰州CPI同比上涨2.0%",
                              published="2014-10-21T10:00:00+08:00")]
    assert got[-1] == "规模以上工业增加值"


def test_a_bracketed_national_average_and_the_gap_after_it_are_no_rows():
    body = ("9月，兰州市居民消费价格总水平同比上涨2.0%，比全国平均水平(1.6%)高0.4个百分点，位列全国36个大中城市第17位。"
            "其中，食品价格上涨0.4%，影响居民消费价格总水平上涨约0.15个百分点。")
    got = rows(body, title="9月兰州CPI同比上涨2.0%", published="2014-10-21T10:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("居民消费价格总水平", 2.0), ("居民消费价格总水平增速全国排名", 17), ("食品价格", 0.4)]
    # a growth after a bracketed basis is still a growth (较上届(签约额…)增长7.64%)
    got = rows("本届兰洽会共签约合同项目1181个，签约总额6500.82亿元，较上届(签约额6039.55亿元)增长7.64%。",
               title="第三十一届兰洽会签约合同项目1181个", published="2025-07-10T12:00:00+08:00", fields=("change_pct",))
    assert got[-1] == (7.64,)


def test_a_growth_reckoned_on_a_like_for_like_basis_is_the_amounts_change():
    got = rows("2022年，全市一般公共预算收入222亿元、同口径增长1%。", title="兰州市政府工作报告",
               published="2023-01-10T10:00:00+08:00", fields=("name", "value_normalized", "change_pct"))
    assert got == [("一般公共预算收入", 22_200_000_000, 1.0)]


def test_projects_a_ceremony_started_said_with_le_and_a_total_after_a_pause_mark():
    body = "今年3月16日，在全省重大项目集中开工复工动员大会上，兰州新区集中开工了108个项目、总投资668亿元。"
    got = rows(body, title="兰州新区25个招商引资项目集中开工", published="2021-07-14T10:00:00+08:00",
               fields=("name", "value_normalized", "period_start", "period_end"))
    assert got == [("集中开工项目", 108, "2021-03-16", "2021-03-16"),
                   ("集中开工项目总投资", 66_800_000_000, "2021-03-16", "2021-03-16")]


def test_bare_projects_outnumbering_the_topics_are_a_set_of_their_own():
    body = ("2021年，全省共落地新开工项目67个，208个项目累计完成投资2059亿元，较2020年增长17.43%。"
            "其中70个计划新开工项目累计完成投资较2020年增长23.51%。")
    got = rows(body, title="我省以重大项目建设为引擎推动高质量发展", published="2022-02-20T10:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("新开工项目", 67), ("项目", 208), ("项目投资", 205_900_000_000), ("计划新开工项目", 70),
                   ("计划新开工项目投资", 23.51)]
    # fewer bare projects than the topic's are those again: their measures keep the topic
    got = [r[0] for r in rows("今年全县实施农林水利项目42个。至目前，已开工33个项目，开工率达78.6%，完成投资2.63亿元。",
                              title="金塔县重点项目", published="2016-07-20T10:00:00+08:00")]
    assert got[-2:] == ["农林水利项目开工率", "农林水利项目投资"]


def test_a_town_feature_keeps_its_figures_beside_a_zone_and_under_a_dashed_headline():
    body = ("甘州区甘浚镇立足产业发展现状调整产业结构。\n持续夯实种植养殖基础。依托东临张掖经济技术开发区种子企业众多的区位条件，"
            "种植制种玉米8.1万亩，牛存栏3.85万头。")
    assert rows(body, title="甘州区甘浚镇:强设施优模式", published="2023-07-25T10:00:00+08:00") == []
    body = "甘沟乡是静宁县中西部的中心乡镇之一，总面积233平方公里。\n小城镇建设步伐不断加快，以洋芋加工为主的工副业加工点达到136处，工业产值达到1985万元。"
    assert rows(body, title="甘沟乡--静宁县甘沟乡的发展史", published="2015-11-14T10:00:00+08:00") == []


def test_where_a_place_lies_and_hubs_named_after_cities_do_not_choose_the_articles_region():
    body = ("民乐工业园区始建于1994年，位于张掖市甘州区、山丹县和民乐县交界处，距民乐县城42公里，距张掖市区24公里。"
            "园区毗邻227线、张掖机场。入园企业155户，被张掖市政府确定为重点扶持园区。")
    assert extract_indicators("《民乐年鉴2023·生态工业园区》", body, "2024-09-03T10:00:00+08:00").region.code == "620722"
    # a place that lies somewhere is still itself (在位于河西走廊的…古浪县)
    body = "早春时节，在位于河西走廊的“牛羊大县”甘肃省武威市古浪县，去年底牛存栏16.64万头。"
    assert extract_indicators("河西走廊“牛羊大县”早春产业观察", body, "2023-03-01T10:00:00+08:00").region.code == "620622"


def test_a_later_value_up_to_now_is_a_point_on_the_publication_day():
    got = rows("2013年以来，入园企业由2013年的35户增加到现在的155户。", title="民乐县工业园区",
               published="2024-09-03T10:00:00+08:00", fields=("value_normalized", "period_start", "period_end"))
    assert got[-1] == (155, "", "2024-09-03")


def test_a_comparison_with_the_month_before_leads_a_releases_paragraph_like_huanbi():
    body = ("今年5月份，兰州市CPI环比上涨0.1%，同比上涨1.9%。\n"
            "与今年4月份相比，5月份兰州市居民消费的八大类商品与服务价格呈现“五涨两平一跌”的运行态势，"
            "同时八大类商品与服务价格环比涨幅均低于1%。其中，衣着类价格上涨0.4%；交通和通信类价格下降0.2%。")
    got = rows(body, title="5月兰州CPI同比上涨1.9%", published="2014-06-17T10:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("CPI环比", 0.1), ("CPI", 1.9), ("衣着类价格环比", 0.4), ("交通和通信类价格环比", -0.2)]
    # 与去年同期相比 is the year's: the parts keep their names
    got = [r[0] for r in rows("与去年同期相比，当月兰州市居民消费价格指数八大类呈现出“七升一降”的运行态势。其中，食品类价格上涨4.6%。",
                              title="5月兰州CPI同比上涨1.9%", published="2014-06-17T10:00:00+08:00")]
    assert got == ["食品类价格"]


def test_a_month_on_month_rise_turned_from_a_fall_and_its_parts_and_a_rates_change_against_last_month():
    body = ("9月份，兰州市居民消费价格同比上涨1.0%，涨幅比上月扩大0.1个百分点。"
            "9月份，兰州市居民消费价格环比由上月的下降转为上涨0.2%。其中，食品价格与上月持平，非食品价格上涨0.3%。")
    got = rows(body, title="9月份兰州居民消费价格同比上涨1.0%", published="2021-10-20T10:00:00+08:00",
               fields=("name", "value_normalized", "change_points"))
    assert got == [("居民消费价格", 1.0, 0.1), ("居民消费价格环比", 0.2, None), ("非食品价格环比", 0.3, None)]
    # a fall of the rate is a negative change; against last year's same month it stays a change of a rate, no row
    got = rows("2月份，兰州市居民消费价格同比上涨0.2%，涨幅比上月回落0.3个百分点。", title="兰州CPI",
               published="2021-03-18T10:00:00+08:00", fields=("change_points",))
    assert got == [(-0.3,)]
    got = rows("1-9月，制造业投资增长4.7%，增幅较上年同期回落9.5个百分点。", title="全省工业投资",
               published="2025-10-20T10:00:00+08:00", fields=("name", "change_points"))
    assert got == [("制造业投资", None)]


def test_kinds_of_projects_counted_under_a_governments_list_keep_it_and_their_progress_is_a_rate():
    body = ("2022年，234个省列重大项目累计完成投资2648亿元，年度计划投资完成率119%。"
            "其中，80个计划新开工项目开工建设76个，累计完成投资983亿元，年度计划投资完成率128%；138个续建项目累计完成投资1644亿元。")
    got = [r[0] for r in rows(body, title="2023年甘肃重点推进287个省列重大项目建设", published="2023-02-14T10:00:00+08:00")]
    assert got == ["省列重大项目", "省列重大项目投资", "省列重大项目年度计划投资完成率", "省列计划新开工项目",
                   "省列计划新开工项目开工建设", "省列计划新开工项目投资", "省列计划新开工项目年度计划投资完成率",
                   "省列续建项目", "省列续建项目投资"]


def test_two_editions_of_a_fair_in_one_article_are_two_series():
    body = "西固区往届兰洽会签约项目进展顺利，第23届兰洽会共签约项目9个，签约资金57.9亿元，第24届兰洽会共签约项目6个，签约资金63.7亿元。"
    got = rows(body, title="兰州市西固区全力构建现代化产业体系", published="2019-06-25T10:00:00+08:00",
               fields=("name", "value_normalized"))
    assert got == [("第23届兰洽会签约项目", 9), ("第23届兰洽会签约项目签约额", 5_790_000_000),
                   ("第24届兰洽会签约项目", 6), ("第24届兰洽会签约项目签约额", 6_370_000_000)]
    # one edition alone keeps the fair's series (its edition dates it)
    got = [r[0] for r in rows("第24届兰洽会西固区共签约项目6个，签约资金63.7亿元。", title="西固区兰洽会签约",
                              published="2018-07-10T10:00:00+08:00")]
    assert got == ["兰洽会签约项目", "兰洽会签约项目签约额"]


def test_an_official_named_with_a_title_earlier_states_the_regions_figures_in_a_later_quotation():
    body = ("6月25日，西固区经合局副局长屈培宏告诉记者，西固区往届兰洽会签约项目进展顺利。\n"
            "“第23届兰洽会西固区共签约项目9个，签约资金57.9亿元，资金到位率56.31%，开工率88.8%。”屈培宏告诉记者，")
    got = [r[0] for r in rows(body, title="兰州市西固区全力构建现代化产业体系", published="2019-06-25T10:00:00+08:00")]
    assert got[0] == "兰洽会签约项目" and len(got) == 4
    # a villager's words stay his
    body = "村民王大明告诉记者，家里收入不错。\n“今年全村种植花椒1200亩，收入300万元。”王大明告诉记者，"
    assert rows(body, title="西固区花椒", published="2019-06-25T10:00:00+08:00") == []


def test_what_a_profile_says_of_one_firm_a_park_being_built_and_a_fairs_halls_is_no_regions():
    body = ("陇西县现有工业企业147户，县内原有330千伏变电站2座。"
            "甘肃东兴铝业公司陇西分公司是西北地区重要的电解铝生产企业，公司现有电解铝13万吨、铝铸轧卷1.5万吨的生产能力。")
    got = [r[0] for r in rows(body, title="陇西县简介（工业）", published="2010-06-30T10:00:00+08:00")]
    assert got == ["工业企业", "330千伏变电站"]
    body = "西固区聚焦“五大功能区”建设，围绕园区建设、工业升级、商贸物流七大领域，2023年谋划储备项目119个，总投资1105.7亿元。"
    got = [r[0] for r in rows(body, title="西固区 今年谋划储备项目119个", published="2023-03-02T10:00:00+08:00")]
    assert got == ["谋划储备项目", "谋划储备项目总投资"]
    body = "1993年首届兰交会举办时，展区面积不足5000平方米。去年兰洽会参展企业1017家。"
    assert rows(body, title="兰洽会30年", published="2025-07-07T10:00:00+08:00") == []


def test_a_size_written_before_the_things_counted_is_part_of_their_name():
    got = rows("2017年，全县建立面积500亩的中药材育苗基地4处。", title="康乐县中药材产业",
               published="2017-12-28T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("面积500亩的中药材育苗基地", 4)]
    # a total written before the projects counted is still the set's total
    got = [r[0] for r in rows("2023年，全县谋划实施总投资740亿元的工业项目24个。", title="临泽县项目建设",
                              published="2023-03-02T10:00:00+08:00")]
    assert got == ["工业项目总投资", "工业项目"]


def test_a_band_of_the_projects_counted_and_an_editions_other_measures_keep_apart():
    got = rows("第23届兰洽会西固区共签约项目9个，签约资金57.9亿元，其中10亿元项目2个。", title="西固区兰洽会签约",
               published="2019-06-25T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("兰洽会签约项目", 9), ("兰洽会签约项目签约额", 5_790_000_000), ("兰洽会签约10亿元项目", 2)]
    body = ("第23届兰洽会西固区共签约项目9个，资金到位率56.31%。第24届兰洽会西固区共签约项目6个，资金到位率71.59%。")
    got = [r[0] for r in rows(body, title="西固区兰洽会签约", published="2019-06-25T10:00:00+08:00")]
    assert got == ["第23届兰洽会签约项目", "第23届兰洽会资金到位率", "第24届兰洽会签约项目", "第24届兰洽会资金到位率"]


def test_a_running_total_up_to_a_day_and_one_days_visitors():
    got = rows("截止4日，宕昌县累计接待游客9.69万人次，综合收入5329.5万元。", title="宕昌县国庆长假旅游火爆",
               published="2018-10-04T20:00:00+08:00", fields=("name", "period_start", "period_end"))
    assert got == [("旅游接待人次", "", "2018-10-04"), ("旅游综合收入", "", "2018-10-04")]
    body = "今天是传统农历除夕。据统计，今天全市共接待游客17.81万人次，旅游综合收入10200万元。"
    assert rows(body, title="“除夕”旅游市场健康有序", published="2017-01-27T18:00:00+08:00") == []
    # the day a reporter learned the figures is no day of them
    body = "记者今天从天水市文化和旅游局了解到，10月1日至8日，天水市共接待游客283.68万人次。"
    assert [r[0] for r in rows(body, title="天水双节旅游", published="2020-10-09T10:00:00+08:00")] == ["旅游接待人次"]


def test_a_town_honoured_in_the_headline_and_the_provinces_only_one_are_the_towns():
    body = "目前，全镇共有果园3.78万亩，其中挂果园3.5万亩、幼园2800亩，果园占总耕地面积的97%。"
    got = extract_indicators("全省唯一 庄浪县万泉镇入选全国乡村特色产业超十亿元镇", body, "2022-11-11T10:00:00+08:00")
    assert got.region.code == "620825" and got.observations == ()


def test_a_total_before_projects_counted_without_de_and_a_basis_after_a_list_of_names():
    got = rows("4月20日，陇西县举行2022年第二批项目集中开工仪式，总投资64.9亿元40个项目集中开工。", title="陇西县集中开工",
               published="2022-04-20T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("集中开工项目总投资", 6_490_000_000), ("集中开工项目", 40)]
    got = [r[0] for r in rows("今年，全县谋划项目个数和总投资较2021年分别增长10.58%、9.56%。", title="陇西县项目",
                              published="2022-04-20T10:00:00+08:00")]
    assert got == ["谋划项目个数", "总投资"]


def test_a_levels_growth_outpacing_last_years_is_no_row():
    got = rows("3月份，全社会用电量140.09亿千瓦时，同比增长13.51%，超出上年同期14.98个百分点。", title="甘肃一季度用电量",
               published="2023-04-20T10:00:00+08:00", fields=("name", "change_pct", "change_points"))
    assert got == [("全社会用电量", 13.51, None)]
    got = rows("3月份，全省规模以上工业增加值同比增长6.4%，超出上年同期1.1个百分点。", title="甘肃工业",
               published="2023-04-20T10:00:00+08:00", fields=("name", "change_pct", "change_points"))
    assert got == [("规模以上工业增加值", 6.4, 1.1)]


def test_a_share_after_an_amount_in_dollars_names_what_the_amount_was_of():
    body = "1—8月国有企业进出口38.28亿美元，占同期全省进出口总额的55.45%；私营企业进出口29.5亿美元，占同期全省进出口总额的42.73%。"
    got = [r[0] for r in rows(body, title="甘肃外贸", published="2013-09-20T10:00:00+08:00")]
    assert got == ["国有企业进出口占进出口总额比重", "私营企业进出口占进出口总额比重"]


def test_slight_rises_and_falls_are_growths():
    got = rows("今年全省粮食种植面积比上年微增0.8%，猪肉价格微降1.2%。", title="甘肃粮食",
               published="2015-10-25T10:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("粮食播种面积", 0.8), ("猪肉价格", -1.2)]


def test_what_the_first_review_of_round_26_found():
    pub = "2024-07-20T10:00:00+08:00"
    # classes of goods sold or traded are no price release's categories
    got = [r[0] for r in rows("上半年，全市限额以上单位十六大类商品零售额中，粮油食品类增长8.2%，服装鞋帽类下降3.1%。",
                              title="上半年兰州市消费品市场", published=pub)]
    assert got == ["粮油食品类", "服装鞋帽类"]
    # 之乡 and 家乡 in a dashed headline are no towns
    body = "静宁县苹果种植历史悠久。\n苹果产业已成为支柱产业，苹果种植面积达到100万亩，产值50亿元。"
    assert [r[0] for r in rows(body, title="苹果之乡——静宁县苹果产业发展纪实", published=pub)] == ["苹果种植面积", "苹果产值"]
    # a place located after 的 is itself; inside a county it is that county's
    got = extract_indicators("高原夏菜喜丰收", "记者从距兰州市区30公里的榆中县了解到，今年全县种植高原夏菜50万亩。", pub)
    assert got.region.code == "620123"
    got = extract_indicators("项目建设", "该项目位于古浪县境内，今年全县完成固定资产投资20亿元。", pub)
    assert got.region.code == "620622"
    # a later lead in the header's paragraph decides; only the month before is 环比
    body = "9月，兰州八大类商品及服务同比呈现“四涨三降一平”态势。其中：食品类上涨4.3%。与上月相比，食品类下降0.5%。"
    got = [r[0] for r in rows(body, title="9月兰州CPI", published="2014-10-21T10:00:00+08:00")]
    assert got == ["食品类价格", "食品类价格环比"]
    assert [r[0] for r in rows("与1月份相比，5月份猪肉价格上涨20%。", title="5月兰州CPI",
                               published="2024-06-17T10:00:00+08:00")] == ["猪肉价格"]
    # a planned total after projects counted is a plan; from the year's start to now is a span
    assert rows("今年全县实施重点项目20个计划总投资50亿元。", title="静宁县重点项目", published=pub,
                fields=("name",)) == []
    got = rows("今年年初到现在，全县累计完成固定资产投资15亿元。", title="临泽县投资", published="2024-05-01T10:00:00+08:00",
               fields=("period_start", "period_end"))
    assert got == [("2024-01-01", "2024-05-01")]
    # one edition's figures for two places are not split by edition
    body = "第24届兰洽会西固区共签约项目6个，签约资金63.7亿元。第24届兰洽会全市共签约项目120个，签约资金800亿元。"
    assert "第24届" not in "".join(r[0] for r in rows(body, title="西固区兰洽会", published="2018-07-10T10:00:00+08:00"))
    # gaps to a bracketed average, in any wording
    for body in ("上半年，全县地区生产总值增长7.2%，增速比全省平均水平(5.3%)快1.9个百分点。",
                 "上半年，全县地区生产总值增长7.2%，增速比全省(5.3%)高1.9个百分点。"):
        assert rows(body, title="临泽县经济", published=pub, fields=("name",)) == [("地区生产总值",)]
    assert rows("全县城镇居民人均可支配收入32000元，比全省平均水平(38000元)低6000元。", title="临泽县经济",
                published=pub, fields=("name",)) == [("城镇居民人均可支配收入",)]
    # a government list's kinds keep the list in their measures too
    body = ("2022年，234个省列重大项目累计完成投资2648亿元。其中，80个计划新开工项目开工建设76个，累计完成投资983亿元；"
            "138个续建项目累计完成投资1644亿元。")
    got = [r[0] for r in rows(body, title="甘肃省列重大项目", published="2023-02-14T10:00:00+08:00")]
    assert got == ["省列重大项目", "省列重大项目投资", "省列计划新开工项目", "省列计划新开工项目开工建设",
                   "省列计划新开工项目投资", "省列续建项目", "省列续建项目投资"]


def test_what_the_second_review_of_round_26_found():
    pub = "2024-07-20T10:00:00+08:00"
    # 全省第一产业 is the province's
    got = extract_indicators("全省第一产业增加值增长5.8%", "上半年，第一产业增加值完成320亿元，同比增长5.8%。", pub)
    assert got.region.code == "620000"
    # 之乡 honoured is no town
    got = rows("近年来，苹果种植面积达到100万亩，产值60亿元。", title="静宁：苹果之乡获评中国特色农产品优势区", published=pub)
    assert [r[0] for r in got] == ["苹果种植面积", "苹果产值"]
    # what a size says before 的基础上 or of all the things counted is no size of each
    assert [r[0] for r in rows("今年，全县在完成人工造林2万亩的基础上新建苗圃3处。", title="康乐县林业", published=pub)] \
        == ["人工造林", "苗圃"]
    assert len(rows("全县建成总库容1.2万吨的冷库15座。", title="康乐县冷链", published=pub)) == 2
    assert [r[0] for r in rows("全县建成占地面积200亩的产业园3个。", title="康乐县产业", published=pub)] == ["产业园"]
    # a conversion into dollars names no share's part
    got = rows("1—8月，全省进出口总额450亿元，折合69亿美元，占全国的0.3%。", title="甘肃外贸",
               published="2013-09-20T10:00:00+08:00", fields=("name",))
    assert got == [("进出口总额",), ("进出口总额占全国比重",)]
    # today's visitors are one day's, the holiday's to date are not
    got = [r[0] for r in rows("今天全县共接待游客2.3万人次，假期以来累计接待游客15.6万人次，实现旅游综合收入6.2亿元。",
                              title="临夏县国庆旅游", published="2024-10-05T10:00:00+08:00")]
    assert got == ["旅游接待人次", "旅游综合收入"]
    # a named park's construction is still one place's; a firm's clause leaves the county's after it alone
    assert rows("马家窑文化旅游园区建设完成投资3.6亿元，接待游客25万人次。", title="临洮县文旅", published=pub) == []
    got = rows("甘肃东兴铝业公司是我县引进的重点企业，今年一季度全县规上工业增加值增长12%。", title="陇西县工业经济",
               published="2024-04-20T10:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("规模以上工业增加值", 12.0)]
    # exhibition halls built are the county's; a share's gap to last year is its change in points
    assert [r[0] for r in rows("今年以来，全县建成会展馆2座。", title="临洮县文旅", published=pub)] == ["会展馆"]
    got = rows("一季度，全县城镇化率达到45.3%，超出上年同期1.2个百分点。", title="临夏县城镇化",
               published="2023-04-20T10:00:00+08:00", fields=("name", "change_points"))
    assert got == [("城镇化率", 1.2)]
    # (S2 notes) an index's places after a header keep their own naming; a cause is no contribution and no name
    body = "9月，兰州八大类商品及服务同比呈现“四涨三降一平”态势。其中：食品类上涨4.3%。城市上涨2.1%，农村上涨1.2%。"
    assert [r[0] for r in rows(body, title="9月兰州CPI同比上涨2.0%", published="2014-10-21T10:00:00+08:00")][1:] \
        != ["城市价格", "农村价格"]
    got = rows("2020年，全县城镇化率达到45.2%，受政策影响上升1.5个百分点。", title="临洮县经济社会发展",
               published="2021-01-20T10:00:00+08:00", fields=("name", "change_points"))
    assert got == [("城镇化率", 1.5)]
    # 全省首批 is the province's list; 小镇 and 古镇 are no townships; 县内原有 leads no name
    got = extract_indicators("全省首批数字乡村试点县名单公布", "庄浪县、静宁县入选。全省共有10个县入选。", pub)
    assert got.region.code == "620000"
    got = rows("今年1至5月，全县接待游客120万人次。", title="临泽县：丹霞小镇入选全国特色小镇", published=pub, fields=("name",))
    assert got == [("旅游接待人次",)]
    assert [r[0] for r in rows("县内原有变电站2座。", title="陇西县简介", published=pub)] == ["变电站"]


def test_a_growth_against_the_month_before_said_with_bi_shang_yue_is_month_on_month():
    pub = "2024-06-12T10:00:00+08:00"
    for body in ("5月份，全市规模以上工业增加值比上月增长3.2%。", "与上月相比，5月份全市规模以上工业增加值增长3.2%。"):
        assert rows(body, title="临夏州5月份经济", published=pub, fields=("name",)) == [("规模以上工业增加值环比",)]
    got = [r[0] for r in rows("5月份，全市居民消费价格同比上涨3.1%，比上月上涨0.5%。", title="临夏州5月份物价", published=pub)]
    assert got == ["居民消费价格", "居民消费价格环比"]
    got = [r[0] for r in rows("5月份，猪肉、牛肉价格比上月分别上涨3.2%、1.5%。", title="临夏州5月份物价", published=pub)]
    assert got == ["猪肉价格环比", "牛肉价格环比"]
    # an amount's change against the month before is no change of its own period's level
    got = rows("5月份，全市工业用电量12亿千瓦时，比上月增加1.2亿千瓦时，同比增长5%。", title="临夏州5月份经济", published=pub,
               fields=("name", "change_pct", "change_value"))
    assert got == [("工业用电量", 5.0, None)]


def test_a_park_profile_keeps_its_park_past_where_it_lies_and_its_parts_name_its_firms():
    body = ("民乐工业园区始建于1994年，位于张掖市甘州区、山丹县和民乐县交界处，距民乐县城42公里。园区毗邻张掖机场。"
            "入园企业由2013年的35户增加到现在的155户，其中：农副产品加工56户，生物制药15户，高新技术企业18户。")
    got = rows(body, title="民乐县工业园区简介", published="2024-09-03T10:00:00+08:00")
    assert got == [("民乐工业园区入园企业", 35.0, "2013-01-01", "2013-12-31"),
                   ("民乐工业园区入园企业", 155.0, "", "2024-09-03"),
                   ("民乐工业园区农副产品加工入园企业", 56.0, "", "2024-09-03"),
                   ("民乐工业园区生物制药入园企业", 15.0, "", "2024-09-03"),
                   ("民乐工业园区高新技术企业", 18.0, "", "2024-09-03")]
    # a park named with more than its county keeps only its own name; a region that is not where it lies ends it
    body = "民勤红沙岗能源化工工业集中区始建于2010年。入驻企业30户。民勤县新建温室500座。"
    assert [r[0] for r in rows(body, title="民勤县工业", published="2024-09-03T10:00:00+08:00")] \
        == ["红沙岗能源化工工业集中区入驻企业", "温室"]
    # the stock's parts since a year: the stock's day, when the stock is of that day
    got = rows("2013年以来，全县规模以上企业由20户增加到现在的45户，其中：装备制造12户。", title="民乐县工业",
               published="2024-09-03T10:00:00+08:00")
    assert got[-1] == ("装备制造规模以上企业", 12.0, "", "2024-09-03")


def test_a_lists_kinds_named_first_keep_the_list_and_its_annual_plans_completion_rate():
    pub = "2023-02-14T10:00:00+08:00"
    body = ("2023年，甘肃省重点推进8大领域287个省列重大项目建设，其中，计划新开工项目119个，年度计划投资975亿元；"
            "续建项目148个1483亿元；预备项目20个53亿元。")
    got = [r[:2] for r in rows(body, title="甘肃省重大项目", published=pub)]   # (计划新开工项目119个: the plan's)
    assert got == [("省列重大项目", 287.0), ("省列续建项目", 148.0), ("省列预备项目", 20.0)]
    # …, also when 其中 opens the next sentence, past the year's planned investment of each kind
    body = ("2022年，全省重点推进234个省列重大项目建设。其中，计划新开工项目80个，年度投资767亿元；"
            "续建项目138个，年度投资1436亿元。")
    assert [r[:2] for r in rows(body, title="甘肃省重大项目", published=pub)] \
        == [("省列重大项目", 234.0), ("省列续建项目", 138.0)]
    got = rows("2022年，234个省列重大项目累计完成投资2648亿元，年度计划投资完成率119%。", title="甘肃省重大项目",
               published=pub, fields=("name",))
    assert got == [("省列重大项目",), ("省列重大项目投资",), ("省列重大项目年度计划投资完成率",)]
    # projects being built as a noun are the projects; what they are worth before them is no name
    body = "全县推动医药产业基地等28个总投资54亿元的工业项目建设。"
    assert [r[:2] for r in rows(body, title="临洮县工业", published=pub)][0] == ("工业项目", 28.0)
    # a plan to start projects is a plan
    assert rows("今年全县计划新开工项目50个。", title="临洮县项目建设", published=pub) == []


def test_a_land_port_is_its_districts_zone_and_its_running_totals_run_from_when_it_was_founded():
    body = ("截至目前，兰州陆港共实施各类项目20多个，完成投资173亿元。"
            "自2016年成立以来，甘肃(兰州)国际陆港累计发送货物81890标箱，货值约125.72亿元。")
    got = rows(body, title="兰州：国际陆港持续发力", published="2023-08-22T10:00:00+08:00",
               fields=("region_code", "name", "period_start", "period_end"))
    assert got == [("620104", "兰州陆港各类项目", "", "2023-08-22"), ("620104", "兰州陆港各类项目投资", "", "2023-08-22"),
                   ("620104", "甘肃(兰州)国际陆港货值", "2016-01-01", "2023-08-22")]


def test_one_projects_shipments_and_plans_once_built_are_no_indicators():
    pub = "2018-10-12T10:00:00+08:00"
    # a project located in a zone is still the one project
    body = "神威药业中药配方颗粒产业化建设项目，位于陇西县经济开发区，总投资3.5亿元。"
    assert rows(body, title="三大药业项目陇西同时开工", published=pub) == []
    body = "神威药业(甘肃)有限公司中药配方颗粒建设项目，位于陇西县经济开发区，总投资3.5亿元，总建筑面积78000平方米。"
    assert rows(body, title="三大药业项目陇西同时开工", published=pub) == []
    # two projects' totals 分别
    body = "这次开工的项目有陇西经济开发区基础设施项目和陇西县城市综合更新PPP项目，总投资分别为17.13亿元和7.23亿元。"
    assert rows(body, title="陇西县项目开工", published=pub) == []
    # what it will make once built, clause after clause
    body = "项目建成投产后，预计年处理中药材5000吨，年产配方颗粒10亿袋。"
    assert rows(body, title="陇西县项目开工", published=pub) == []
    # one train's load, and a share of the trains run
    body = "近日，一列满载着50个集装箱，货重1300余吨、货值5000多万元的国际货运班列抵达兰州新区。"
    assert rows(body, title="兰州新区国际班列", published=pub) == []
    body = "2022年，兰州新区累计发运国际班列1262列，占全省始发国际班列的50%以上，货重37.7万吨。"
    assert [r[0] for r in rows(body, title="兰州新区国际班列", published="2023-01-20T10:00:00+08:00")] == ["货重"]
    # but a year's figures after a project's clause that is done are kept
    body = "该项目建成投产后，2017年实现产值3亿元。全县规模以上工业增加值增长8%。"
    assert [r[0] for r in rows(body, title="陇西县工业", published=pub)][-1] == "规模以上工业增加值"


def test_a_capacitys_parts_and_funds_spent_on_a_purpose_are_named_by_them():
    got = rows("目前，酒泉新能源规模已达到1350万千瓦，其中风电1020万千瓦、光电330万千瓦。", title="酒泉新能源",
               published="2015-07-01T10:00:00+08:00", fields=("name",))
    assert got == [("新能源规模",), ("风电规模",), ("光电规模",)]
    got = rows("自2016年至今，全县共列支1046.899万元用于中蜂产业发展奖补资金。", title="两当县中蜂产业",
               published="2022-12-15T10:00:00+08:00", fields=("name", "period_start"))
    assert got == [("中蜂产业发展奖补资金", "2016-01-01")]
    got = rows("今年全县共拨付800万元用于农村道路建设。", title="两当县交通", published="2022-12-15T10:00:00+08:00",
               fields=("name",))
    assert got == [("农村道路建设资金",)]


def test_service_points_belts_and_model_plots_counted_number_first_are_the_regions():
    pub = "2024-10-20T10:00:00+08:00"
    got = [r[:2] for r in rows("目前，全县建成1157个乡镇电商服务站和5289个村级服务点。", title="环县电商", published=pub)]
    assert got == [("乡镇电商服务站", 1157.0), ("村级服务点", 5289.0)]
    got = [r[:2] for r in rows("今年以来，全市打造环县等4个肉羊产业带，建办182个粮油单产提升丰产方。", title="庆阳农业", published=pub)]
    assert got == [("肉羊产业带", 4.0), ("粮油单产提升丰产方", 182.0)]


def test_what_the_first_review_of_round_27_found():
    pub = "2024-06-30T10:00:00+08:00"
    # kinds of projects given 分别 are the county's sets, not two projects
    got = rows("今年，全县省列重大项目和市列重点项目总投资分别为500亿元和300亿元。", title="陇西县项目建设", published=pub,
               fields=("name",))
    assert got == [("省列重大项目总投资",), ("市列重点项目总投资",)]
    assert rows("这次开工的项目有甘肃中药材产业园项目和陇西物流园项目，总投资分别为17.13亿元和7.23亿元。",
                title="陇西县项目建设", published=pub) == []
    # a plan once built ends where the region's own clause begins; a load is the train's, not a later clause's
    got = rows("该项目建成投产后，将有效带动全县马铃薯产业发展，目前全县马铃薯种植面积已达到80万亩。", title="安定区马铃薯",
               published=pub, fields=("name",))
    assert got == [("马铃薯种植面积",)]
    got = rows("一列满载着汽车配件的中欧班列从兰州陆港驶出，今年以来兰州陆港货值达35亿元，同比增长20%。", title="兰州陆港",
               published=pub, fields=("region_code", "name", "change_pct"))
    assert got == [("620104", "兰州陆港货值", 20.0)]
    # a part with years of its own keeps them
    got = rows("目前，全县共有规模以上工业企业48户，其中2021年以来新增规上企业20户。", title="临洮县工业经济", published=pub,
               fields=("period_start", "period_end"))
    assert got[-1] == ("2021-01-01", "2024-06-30")
    # one project's later progress and a project settled in a zone are the project's; a zone's projects its own
    body = "甘肃中药材精深加工建设项目，位于陇西县经济开发区，总投资3.5亿元，目前已完成投资1.2亿元。"
    assert rows(body, title="陇西县项目建设", published=pub) == []
    assert rows("年产5万吨马铃薯淀粉项目，落户定西经济开发区，总投资2.8亿元。", title="安定区项目建设", published=pub) == []
    got = rows("今年以来，全县重点项目建设有序推进，入驻县经济开发区的15个项目，总投资28亿元。", title="陇西县项目建设",
               published=pub, fields=("name",))
    assert all(n.startswith("入驻县经济开发区") for (n,) in got)
    # a total since founding stays over those years
    got = rows("自2016年成立以来，兰州陆港累计发送货物1200万吨，货值达到260亿元。", title="兰州陆港", published=pub,
               fields=("name", "period_start"))
    assert got == [("兰州陆港发送货物", "2016-01-01"), ("兰州陆港货值", "2016-01-01")]
    # (S2) a zone's parts by industry name the zone once; what only a region has is never a park's; where a park
    # lies is no figure; a firm named after a zone is no zone; funds the county's treasury set aside
    got = rows("山丹城北工业园区位于山丹县城北部。园区现有入园企业46户，其中：新材料12户。", title="山丹县工业园区建设",
               published=pub, fields=("name",))
    assert [n for (n,) in got if n.count("园区") > 1] == []
    got = rows("民乐工业园区始建于1994年。今年1-5月，社会消费品零售总额8.6亿元。", title="民乐县经济运行",
               published=pub, fields=("name",))
    assert got == [("社会消费品零售总额",)]
    assert rows("民乐工业园区位于民乐县城以北5公里处。", title="民乐县工业", published=pub) == []
    got = rows("兰州陆港集团今年实现营业收入45亿元。", title="兰州陆港", published=pub, fields=("region_code",))
    assert ("620104",) not in got
    got = rows("今年，县财政拨付800万元用于农村道路建设。", title="徽县交通", published=pub, fields=("name",))
    assert got == [("农村道路建设资金",)]


def test_town_and_country_levels_and_shares_listed_name_their_parts():
    pub = "2021-06-30T10:00:00+08:00"
    got = rows("2017年，临洮县城、乡居民人均可支配收入分别达到22617元和7198元。", title="临洮县情", published=pub,
               fields=("name",))
    assert got == [("城镇居民人均可支配收入",), ("农村居民人均可支配收入",)]
    got = rows("截至2022年，全市共有重点实验室8家，其中国家级1家、省级7家。", title="天水市概况", published="2024-07-09T10:00:00+08:00",
               fields=("name",))
    assert got == [("重点实验室",), ("国家级重点实验室",), ("省级重点实验室",)]
    got = rows("2012年，玉门市总人口18.9万人，其中，城镇人口10.1万人，农村8.8万人。", title="玉门市概况", published=pub,
               fields=("name",))
    assert got[-1] == ("农村人口",)
    got = rows("据统计，小麦占农作物播种面积的31.42%，谷子约占16%，青稞占20%。", title="凉州粮食", published=pub,
               fields=("name",))
    assert got == [("小麦占农作物播种面积比重",), ("谷子占农作物播种面积比重",), ("青稞占农作物播种面积比重",)]
    body = ("1980年，全县玉米种植面积6万亩。粮食生产呈曲线上升。1956年粮食单产由1950年的87公斤增长到142公斤。"
            "总产由9933万公斤增长到1.98亿公斤。")
    assert [r[0] for r in rows(body, title="凉州粮食", published=pub)] \
        == ["玉米种植面积", "粮食单产", "粮食单产", "粮食产量", "粮食产量"]


def test_what_the_second_review_of_round_27_found():
    pub = "2024-06-30T10:00:00+08:00"
    # kinds of projects are no project's names, however long or however listed
    for body in ("全县500万元以上固定资产投资项目和房地产开发项目完成投资分别为45亿元和12亿元。",
                 "今年，全县现有在建重点项目和新开工重点项目总投资分别为80亿元和40亿元。"):
        assert len(rows(body, title="陇西县统计公报", published=pub)) == 2
    # a plan once built stops at a clause of the county's own, named any way
    for body in ("项目建成后，将有效带动当地农户增收，该县去年农民人均可支配收入达到12000元。",
                 "项目建成投产后，可年加工马铃薯10万吨，我县马铃薯年产量达到150万吨。",
                 "冷链物流中心建成后，可储存果品2万吨，甘谷县现有冷库储藏能力12万吨。"):
        assert len(rows(body, title="临洮县农业", published=pub)) == 1
    # a kind of projects opening the sentence is no one project; a county's clause after a project's is the county's
    got = rows("新引进的招商引资项目，落户县经济开发区的共有12个，总投资36亿元。", title="陇西县项目建设", published=pub)
    assert len(got) == 2
    got = rows("甘肃中药材产业园项目，位于陇西县文峰镇，总投资10亿元，今年以来全县已累计完成固定资产投资50亿元。",
               title="陇西县项目建设", published=pub, fields=("name",))
    assert got == [("固定资产投资",)]
    # a year's flow after a total since a year is still the last year's
    got = rows("自2016年以来，全县累计完成固定资产投资300亿元，地区生产总值达到80亿元。", title="临洮县经济", published=pub,
               fields=("name", "period_start"))
    assert got == [("固定资产投资", "2016-01-01"), ("地区生产总值", "2024-01-01")]
    # 县城、乡镇 are no 城乡; stations where windows were set up are no count
    got = rows("全县县城、乡镇污水处理率分别达到95%和75%。", title="临洮县生态", published=pub, fields=("name",))
    assert ("乡镇污水处理率",) not in got[:1]
    assert rows("在全县18个乡镇便民服务中心设立帮办代办窗口。", title="临洮县政务", published=pub) == []
    # a part with a period of its own after 其中 keeps it, even in the stock's year
    got = rows("截至5月底，全县农民专业合作社达到858个，其中2024年以来新增合作社45个。", title="临洮县合作社",
               published=pub, fields=("period_start", "period_end"))
    assert got[-1] == ("2024-01-01", "2024-06-30")


def test_a_years_statistics_stated_undated_with_their_growth_early_in_the_year_are_last_years():
    body = "“八个增长”：国内生产总值19.5亿元，增长15.6%；固定资产投资33.6亿元，增长55%。"
    got = rows(body, title="环县县长在全县经济工作会议上的讲话", published="2010-01-25T10:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("地区生产总值", "2009-01-01", "2009-12-31"), ("固定资产投资", "2009-01-01", "2009-12-31")]
    # not a product's undated value, nor later in the year, nor with no growth said
    got = rows("目前，全县苗木总产值达11亿元，增长10%。", title="环县苗木", published="2010-02-25T10:00:00+08:00",
               fields=("period_start",))
    assert got == [("",)]
    got = rows("全县地区生产总值19.5亿元，增长15.6%。", title="环县经济", published="2010-07-25T10:00:00+08:00",
               fields=("period_start",))
    assert got == [("",)]


def test_a_period_in_brackets_after_a_figure_is_that_figures_and_its_parts():
    pub = "2011-08-20T10:00:00+08:00"
    body = "今年1-7月，全县实现生产总值18.83亿元(1-6月)，同比增长14%；县及县以下固定资产投资完成13.79亿元，同比增长62.79%。"
    got = rows(body, title="靖远县情", published=pub, fields=("name", "period_end"))
    assert got == [("地区生产总值", "2011-06-30"), ("县及县以下固定资产投资", "2011-07-31")]
    got = rows("下辖2个镇、2个乡，总人口11741人(2012年)，其中蒙古族4446人，占37.9%。", title="肃北县概况",
               published="2018-06-26T10:00:00+08:00", fields=("period_end",))
    assert {p for (p,) in got} == {"2012-12-31"}


def test_what_a_county_card_and_a_price_report_say_around_their_figures():
    pub = "2015-09-25T10:00:00+08:00"
    # a real growth at comparable prices is the level's change
    got = rows("2022年，临潭县实现地区生产总值29.74亿元，按可比价计算，比上年实际增长4.2%。", title="临潭县概况",
               published="2023-06-30T10:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("地区生产总值", 4.2)]
    # a county's extent and a road's distance are no figures
    assert rows("东西间隔120公里，南北相距135公里。县城西至白银60公里。", title="靖远县情", published=pub) == []
    # what a reckoning assumes, and a price's change in 元, are no rows
    body = "产地收购价格为每公斤47元，较去年上涨6元。按正常生产亩均450斤计算，今年种植户亩均纯收入6000元左右。"
    assert [r[1] for r in rows(body, title="甘肃枸杞", published=pub)] == [6000.0]


def test_a_list_line_under_a_place_just_described_is_that_places():
    body = ("嘉峪关市辖：\n嘉峪关市属温带大陆性荒漠气候，日照长，温差大。\n农作物面积：玉米1.23万亩、蔬菜3.3万亩。\n"
            "金昌市辖：\n金川区、永昌县。")
    got = rows(body, title="甘肃省农作物种植结构", published="2021-03-07T10:00:00+08:00", fields=("region_code", "name"))
    assert got == [("620200", "玉米面积"), ("620200", "蔬菜面积")]
    # a line with no header keeps the article's own region
    body = "嘉峪关市属温带大陆性荒漠气候。\n全省玉米种植面积1500万亩。"
    got = rows(body, title="甘肃省农作物种植结构", published="2021-03-07T10:00:00+08:00", fields=("region_code",))
    assert got == [("620000",)]


def test_what_the_third_review_of_round_27_found():
    feb = "2024-02-20T10:00:00+08:00"
    # this year's early figures stay this year's; every wording of a growth moves last year's alike
    for body, title in (("新年伊始，全县规上工业增加值完成2.1亿元，同比增长8.3%。", "靖远县工业开门红"),
                        ("1月份，全区经济运行开局良好。\n全区社会消费品零售总额3.2亿元，增长5.5%。", "秦州区经济运行")):
        assert [r[2] for r in rows(body, title=title, published=feb)] == [""]
    for body in ("全县实现地区生产总值86.5亿元，按可比价计算增长6.2%。", "全县实现地区生产总值86.5亿元，比上年实际增长4.2%。",
                 "全县实现地区生产总值86.5亿元，增长了6.2%。"):
        assert rows(body, title="临泽县经济", published=feb, fields=("period_start",)) == [("2023-01-01",)]
    pub = "2024-08-10T10:00:00+08:00"
    # a road built toward a place is a length; a place's way toward another is a distance
    got = rows("今年，全县新建北至火车站道路3.5公里。", title="永昌县城市建设", published=pub, fields=("value_normalized",))
    assert got == [(3.5,)]
    assert rows("嘉峪关市西北至新疆哈密650千米。", title="嘉峪关市概况", published=pub) == []
    # a level's fall in 元 keeps it; only a price's change in 元 is dropped
    got = rows("今年前三季度，全县一般公共预算收入完成2.8亿元，较上年下降0.3亿元。", title="岷县财政",
               published="2024-11-10T10:00:00+08:00", fields=("change_value",))
    assert got == [(-30_000_000,)]
    # a list line under a paragraph that does not describe a place, or under 据统计：, keeps the article's region
    body = "张掖市召开农业农村工作会议，安排部署全年工作。\n农作物面积：玉米1200万亩、小麦1100万亩。"
    assert {r[0] for r in rows(body, title="甘肃省农业生产", published=pub, fields=("region_code",))} == {"620000"}
    # a bracket after a year is no figure's
    got = rows("2024年(1-6月)，全县实现生产总值48.5亿元，增长6.1%。", title="积石山县经济运行", published=pub,
               fields=("period_start", "period_end"))
    assert got == [("2024-01-01", "2024-06-30")]


def test_a_level_band_or_a_grade_after_its_whole_is_that_wholes():
    pub = "2024-07-10T10:00:00+08:00"
    got = rows("全县农业产业化龙头企业85家，其中市级以上30家，省级12家。", title="临洮县农业", published=pub,
               fields=("name", "value_normalized"))
    assert got == [("农业产业化龙头企业", 85), ("市级以上农业产业化龙头企业", 30), ("省级农业产业化龙头企业", 12)]
    got = rows("全县A级旅游景区12家，其中4A级3家、3A级6家。", title="临洮县旅游", published=pub, fields=("name",))
    assert got == [("A级旅游景区",), ("4A级旅游景区",), ("3A级旅游景区",)]
    got = rows("全州有国家A级旅游景区45家，其中4A级7家。", title="临夏州文旅", published=pub, fields=("name",))
    assert got == [("国家A级旅游景区",), ("国家4A级旅游景区",)]


def test_three_named_projects_given_figures_each_are_no_countys_total():
    body = "此次签约的有临洮县中医院门诊楼项目、陇西物流园项目和渭源县马铃薯加工项目，总投资分别为3亿元、5亿元和2亿元。"
    assert rows(body, title="陇西县项目建设", published="2024-07-10T10:00:00+08:00") == []
    # three kinds of projects are the county's sets
    got = rows("全县省列重大项目、市列重点项目和县列项目分别为9个、20个和50个。", title="陇西县项目建设",
               published="2024-07-10T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("省列重大项目", 9), ("市列重点项目", 20), ("县列项目", 50)]


def test_one_trains_load_in_the_clauses_that_describe_it_is_no_indicator():
    pub = "2024-07-10T10:00:00+08:00"
    for body in ("7月1日，一列满载光伏组件的中欧班列从兰州陆港驶出，该班列共有50个集装箱，货重1300余吨，货值5000多万元。",
                 "一趟满载着42个集装箱的“天马号”中欧班列从兰州新区驶出，货值达1200万元。",
                 "一批满载500吨高原夏菜的冷藏车从甘州区出发。"):
        assert rows(body, title="甘肃物流", published=pub) == []
    # a clause with a total of its own, or the port's figure before the train's, stays
    got = rows("今年以来，兰州陆港累计开行中欧班列150列，货值达到60亿元，其中一列满载汽车的班列货值达3000万元。",
               title="兰州陆港", published=pub, fields=("value_normalized",))
    assert got == [(6_000_000_000,)]
    got = rows("一列满载光伏组件的中欧班列从兰州陆港驶出，共开行班列120列，货值达35亿元。", title="兰州陆港",
               published=pub, fields=("value_normalized",))
    assert got == [(3_500_000_000,)]


def test_a_list_line_under_a_place_that_names_the_province_in_passing_is_that_places():
    body = ("金昌市辖:\n金川区、永昌县。\n金昌县现存耕地58万亩是河西走廊的主要产粮区,甘肃省粮油生产大县。\n"
            "农作物面积:玉米5.44万亩、小麦22.61万亩。")
    got = rows(body, title="2021年甘肃省农作物种植结构(6)", published="2021-03-07T10:00:00+08:00",
               fields=("region_code", "name"))
    assert got[-2:] == [("620300", "玉米面积"), ("620300", "小麦面积")]


def test_the_nations_figures_and_their_shares_are_no_regions():
    body = ("2005年全国县域内人口总数达9.18亿,占全国总人口的70.24%,全国县域经济的GDP达8.81万亿元,占全国GDP的48.1%,"
            "全国县域经济的地方财政收入达2646.6亿元,约占全国地方财政收入的20%。全县苹果产量10万吨，占全国的2%。")
    got = rows(body, title="静宁县苹果", published="2006-05-01T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("苹果产量", 100_000), ("苹果产量占全国比重", 2)]


def test_a_level_a_measure_fell_to_is_that_measures_and_a_share_after_it_is_its():
    body = "到2005年底,全县人口总数下降为18.28万人,占全市总人口的比例也下降到9.82%。礼县减少3.41万人。"
    got = rows(body, title="西和县人口", published="2006-05-23T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("人口总数", 182_800), ("人口总数占全市总人口比重", 9.82)]


def test_the_parts_of_a_consumer_price_index_listed_after_its_categories_are_prices():
    body = ("全年居民消费价格比上年上涨0.9%。构成居民消费品价格的八大类中,食品烟酒类上涨1.2%,医疗保健类下降0.3%,"
            "交通和通信类上涨2.8%。")
    got = rows(body, title="2021年天水市国民经济和社会发展统计公报", published="2022-04-01T09:00:00+08:00",
               fields=("name",))
    assert got == [("居民消费价格",), ("食品烟酒类价格",), ("医疗保健类价格",), ("交通和通信类价格",)]


def test_a_share_of_a_half_years_plan_is_progress():
    body = "截至目前，全市开复工项目846项；完成投资338.2亿元，占上半年计划的120%。"
    got = rows(body, title="定西市项目建设", published="2023-08-06T10:00:00+08:00", fields=("name", "value_normalized"))
    assert ("开复工项目投资占上半年计划比重", 120) in got


def test_the_provinces_short_name_before_county_wide_keeps_county_wide():
    got = rows("2004年末,甘肃县域总人口1850.33万人。", title="甘肃县域经济的发展现状与分析",
               published="2006-05-23T10:00:00+08:00", fields=("region_code", "name"))
    assert got == [("620000", "县域总人口")]


def test_a_lists_total_after_its_kinds_in_the_next_sentence_is_the_lists():
    pub = "2024-07-10T10:00:00+08:00"
    got = rows("今年全市实施市列重点项目100项。其中续建项目58个，新建项目42个，总投资1044.8亿元。", title="天水市项目建设",
               published=pub, fields=("name",))
    assert got == [("市列重点项目",), ("市列续建项目",), ("市列新建项目",), ("市列重点项目总投资",)]
    # a kind's own clause after a semicolon: that kind's on the list
    got = rows("今年全县实施省列重大项目9个。其中，新开工项目3个；续建项目6个，完成投资8亿元。", title="临洮县项目建设",
               published=pub, fields=("name",))
    assert got[-1] == ("省列续建项目投资",)


def test_grain_named_by_its_area_takes_back_the_bare_total():
    got = rows("全区种植小麦30万亩，总产12万吨。全区粮食播种面积80万亩，总产45万吨。", title="凉州区粮食生产",
               published="2021-06-30T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got[1:] == [("小麦总产", 120_000), ("粮食播种面积", 800_000), ("粮食产量", 450_000)]


def test_a_sector_before_its_year_keeps_its_value_added():
    body = "其中第一产业2004年完成生产总值6.89亿元,比2000年的4.69亿元增加2.20亿元;第二产业2004年完成生产总值2.90亿元。"
    got = rows(body, title="民勤县经济", published="2005-10-01T12:00:00+08:00")
    assert got == [("第一产业增加值", 689_000_000, "2004-01-01", "2004-12-31"),
                   ("第一产业增加值", 469_000_000, "2000-01-01", "2000-12-31"),
                   ("第二产业增加值", 290_000_000, "2004-01-01", "2004-12-31")]
    # a year right before a sector is the year, no part of the name
    for body in ("2023年第一产业完成增加值6.89亿元。", "2023年一产增加值6.89亿元。"):
        got = rows(body, title="民勤县经济", published="2024-03-01T12:00:00+08:00")
        assert got == [("第一产业增加值", 689_000_000, "2023-01-01", "2023-12-31")]


def test_a_growth_rate_stated_with_为_is_a_growth():
    got = rows("2023年全县生产总值增长率为8.5%。全县人口自然增长率为2.95‰。", title="民勤县经济",
               published="2024-03-01T12:00:00+08:00", fields=("name", "kind", "change_pct"))
    assert got[0] == ("地区生产总值", "growth_rate", 8.5)
    assert got[1][1] != "growth_rate"   # a natural growth rate is a rate of its own


def test_a_measure_named_alone_before_its_years_names_each():
    body = "按当年价格计算,民勤县的人均生产总值,2000年为2621元,2001年为3116元。“十二五”期间面积进一步扩大,2015年为66.67万亩。"
    got = rows(body, title="民勤县经济", published="2005-10-01T12:00:00+08:00", fields=("name", "period_start"))
    assert got[:2] == [("人均地区生产总值", "2000-01-01"), ("人均地区生产总值", "2001-01-01")]
    assert all(name != "十二五期间面积" for name, _ in got)


def test_falls_said_as_a_rate_alone_are_growths():
    body = ("2019年甘肃省游客接待量为3.7亿人次,旅游总收入2680亿元,游客量增速接近25%。2020年旅游总收入下滑至1455亿元,"
            "减幅超过40%。10年间,小麦面积大幅减少,减幅达17.08%。")
    got = rows(body, title="甘肃旅游", published="2021-06-30T12:00:00+08:00",
               fields=("name", "kind", "change_pct"))
    assert ("旅游综合收入", "amount", -40) in got
    assert ("小麦面积", "growth_rate", -17.08) in got
    assert all(kind != "share_or_rate" for _, kind, _ in got)


def test_a_town_opening_its_paragraph_keeps_its_figures_past_where_it_lies():
    body = ("平子镇地处宁县县城东南30公里处,辖18个村134个村民小组,人口3.8万人,总土地面积102.8平方公里,"
            "2006年末农民人均纯收入2019元。")
    assert rows(body, title="平子镇", published="2007-06-30T12:00:00+08:00") == []


def test_a_firm_named_after_a_zone_with_words_between_is_no_zone():
    # (one firm's own figure: no zone's, no city's)
    assert rows("兰州陆港投资集团今年实现营业收入45亿元。", title="兰州陆港", published="2024-07-10T10:00:00+08:00") == []


def test_what_the_second_review_of_round_28_found():
    pub = "2024-06-30T10:00:00+08:00"
    # a later clause with a subject of its own after a train or a lorry is the region's again
    for body, title, value in (
            ("7月1日，一列满载汽车配件的中欧班列从兰州陆港驶出，兰州陆港的中欧班列今年货值达35亿元。", "兰州陆港", 3_500_000_000),
            ("7月1日，一列满载光伏组件的中欧班列从兰州陆港驶出，此次发运后兰州陆港今年中欧班列货值突破35亿元。", "兰州陆港",
             3_500_000_000),
            ("6月25日，一批满载蔬菜的冷藏车从甘州区出发，全区的冷藏车保有量达到500辆。", "甘州区冷链物流", 500)):
        assert [r[0] for r in rows(body, title=title, published=pub, fields=("value_normalized",))] == [value]
    # one train's load after it arrives somewhere is still its own
    assert rows("6月30日，一列满载化肥的班列抵达武威国际陆港，货值600万元。", title="武威国际陆港", published=pub) == []
    # a region's share of the nation after the nation's own total stays the region's
    got = rows("甘肃省中药材种植面积465万亩，全国中药材种植面积5000万亩，约占全国的9.3%。", title="甘肃中药材",
               published=pub, fields=("name", "value_normalized"))
    assert got == [("中药材种植面积", 4_650_000), ("中药材种植面积占全国比重", 9.3)]
    assert rows("2023年全国农村居民人均可支配收入21691元，全县农村居民人均可支配收入12000元。", title="临洮县收入",
                published=pub, fields=("value_normalized",)) == [(12000,)]
    # progress against a quarter's or a half year's plan is named after what was done
    got = rows("上半年，全县招商引资到位资金25亿元，完成上半年计划的110%，完成全年任务的55%。", title="临洮县招商引资",
               published="2023-07-10T10:00:00+08:00", fields=("name",))
    assert got == [("招商引资到位资金",), ("招商引资到位资金占上半年计划比重",), ("招商引资到位资金占全年任务比重",)]


def test_what_the_first_review_of_round_28_found():
    pub = "2024-07-10T10:00:00+08:00"
    # each crop on a header's line is still the subject of its bare measures
    got = rows("播种面积：小麦5万亩，总产2万吨；玉米20万亩，总产16万吨。", title="临洮县农业", published=pub,
               fields=("name",))
    assert got == [("小麦播种面积",), ("小麦总产",), ("玉米播种面积",), ("玉米总产",)]
    # a level reached with 为 keeps its whole name; a rate reached is a level, a growth reached a growth
    got = rows("全县蔬菜种植面积增加为12万亩，贫困发生率下降为0.8%。上半年，全县地区生产总值增速下降为4.5%。",
               title="临洮县经济", published=pub, fields=("name", "kind", "change_pct"))
    assert got == [("蔬菜种植面积", "physical_quantity", None), ("贫困发生率", "share_or_rate", None),
                   ("地区生产总值", "growth_rate", 4.5)]
    # a grade after a band of grades is that grade alone
    got = rows("全县3A级以上旅游景区20家，其中4A级8家。", title="临洮县旅游", published=pub, fields=("name",))
    assert got == [("3A级以上旅游景区",), ("4A级旅游景区",)]
    # a grain zone is no grain: the crop's bare total stays the crop's
    got = rows("种植马铃薯30万亩，建成粮食生产功能区20万亩，总产60万吨。", title="临洮县农业", published=pub,
               fields=("name",))
    assert got[-1] == ("马铃薯总产",)


def test_a_kinds_own_clause_ends_with_its_sentence():
    body = "今年全县共有省列重大项目9个。其中，新开工项目3个；续建项目6个。全县完成投资8亿元。"
    got = rows(body, title="古浪县项目建设", published="2024-06-30T10:00:00+08:00", fields=("name",))
    assert got[-1] == ("省列重大项目投资",)


def test_a_share_after_a_bracket_of_parts_is_the_figures_before_the_bracket():
    body = "2004年，全县实现生产总值655.82亿元(其中,农业总产值341.55亿元,占52.08%),占全市生产总值的42.07%。"
    got = rows(body, title="民勤县经济", published="2005-06-01T10:00:00+08:00", fields=("name",))
    assert got[-2:] == [("农业总产值占地区生产总值比重",), ("地区生产总值占全市地区生产总值比重",)]
    # a share alone in brackets after its name keeps its own change
    body = "一季度，全省第一产业完成固定资产投资41.91亿元，占全部投资比重(6.44%)比上年同期提高2.74个百分点。"
    got = rows(body, title="甘肃固定资产投资", published="2015-05-06T10:00:00+08:00", fields=("value_normalized",
                                                                                          "change_points"))
    assert (6.44, 2.74) in got


def test_a_towns_own_entry_holds_no_countys_figures():
    body = ("人口情况:乡镇总户数3874户,乡镇总人口17460人。\n经济指标:2004年,国内生产总值7497万元,粮食总产量11364吨,"
            "农民人均纯收入3768元。")
    for title in ("泉山镇介绍", "麦积镇", "银杏树乡简介"):
        assert rows(body, title=title, published="2005-06-30T12:00:00+08:00") == []
    # a county's own entry is the county's
    assert rows(body, title="民勤县介绍", published="2005-06-30T12:00:00+08:00") != []


def test_a_bare_per_head_after_a_level_is_per_head_of_it_and_a_record_is_undated():
    body = "有草场4000多万亩,年GDP达20多亿元,人均近20万元,在全国名列前茅。历史上最高年GDP曾达30多亿元。"
    got = rows(body, title="肃北县概况", published="2018-03-12T13:40:00+08:00", fields=("name", "value_normalized"))
    assert got[1:] == [("地区生产总值", 2_000_000_000), ("人均地区生产总值", 200_000)]


def test_what_the_third_review_of_round_28_found():
    pub = "2023-07-20T10:00:00+08:00"
    # a growth that slid or fell to a figure is a growth
    for body in ("上半年，全县规模以上工业增加值增速下滑至3.2%。", "上半年，全县地区生产总值增速跌至3.2%。"):
        assert rows(body, title="临洮县上半年经济", published=pub, fields=("kind", "change_pct")) == [
            ("growth_rate", 3.2)]
    # growths named alone before their years are no levels; junk measures before 增长率 name nothing
    for body in ("全县生产总值增速，2020年为3.8%，2021年为6.9%。", "2019—2023年，全县旅游收入年均复合增长率为12%。"):
        assert all(kind != "share_or_rate" or name not in ("地区生产总值", "旅游收入年均复合")
                   for name, kind in rows(body, title="民勤县经济", published=pub, fields=("name", "kind")))
    # progress with a time word before 完成 is named after what was done; with nothing done before it, no row
    got = rows("全县完成固定资产投资5.6亿元，一季度完成全年计划的25%。", title="临洮县投资",
               published="2024-04-20T10:00:00+08:00", fields=("name",))
    assert got == [("固定资产投资",), ("固定资产投资占全年计划比重",)]
    assert rows("全县一季度完成全年计划的25%。", title="临洮县投资", published="2024-04-20T10:00:00+08:00") == []
    # a zone before words that are not a firm's stays the zone; a group opening its clause is one firm
    got = rows("金昌经济技术开发区入驻公司50家。", title="金昌经济技术开发区", published=pub, fields=("region_code",))
    assert got == [("620302",)]
    assert rows("甘肃农垦集团今年实现营业收入45亿元。", title="甘肃经济", published=pub) == []
    assert rows("全国百强县地区生产总值门槛达1100亿元。", title="临洮县经济", published=pub) == []
    # grades written in letters or as bands; 全县 before a sector; a rise with its year; a share of the world
    got = rows("全县AAA级以上景区20家，其中AAAA级5家、4A级以上8家。", title="临洮县旅游", published=pub,
               fields=("name",))
    assert got[1:] == [("AAAA级景区",), ("4A级以上景区",)]
    got = rows("全县第一产业2022年完成生产总值20.1亿元。", title="民乐县经济", published=pub, fields=("name",))
    assert got == [("第一产业增加值",)]
    got = rows("受疫情影响，2020年全县旅游综合收入大幅下降，降幅达40%。", title="民勤县旅游", published=pub,
               fields=("name", "change_pct"))
    assert got == [("旅游综合收入", -40)]
    got = rows("定西市马铃薯种植面积300万亩。全国马铃薯种植面积7000万亩，占世界的25%。", title="定西马铃薯",
               published=pub, fields=("value_normalized",))
    assert got == [(3_000_000,)]
    # a kind's clause ends with its sentence whatever list the kinds are of; 粮食总播种面积 is grain's
    got = rows("今年全县实施重点项目50个。其中，新建项目20个；续建项目30个。全县完成投资25亿元。", title="古浪县项目建设",
               published=pub, fields=("name",))
    assert got[-1] == ("重点项目投资",)
    got = rows("全县种植小麦30万亩，总产12万吨。全县粮食总播种面积80万亩，总产45万吨。", title="临洮县农业",
               published=pub, fields=("name",))
    assert got[-1] == ("粮食产量",)


def test_what_the_fourth_review_of_round_28_found():
    body = "2023年，地区生产总值完成65.5亿元，同比增长6.1%；粮食总产量25万吨。"
    # a county's name or an epithet ending in 乡 or 镇 is no town's entry
    for title in ("走进东乡", "魅力东乡 幸福家园", "玉门：石油重镇", "安定：中国薯乡", "临夏县 魅力水乡"):
        assert len(rows(body, title=title, published="2024-03-20T10:00:00+08:00")) == 2, title
    pub = "2024-03-20T10:00:00+08:00"
    title = "2023年临洮县国民经济和社会发展统计公报"
    # a share alone in brackets keeps its own change; parts listed in brackets pass the change on to the whole
    got = rows("全县税收收入2.1亿元（占一般公共预算收入的65.6%），比上年提高3.1个百分点，增长10.2%。", title=title,
               published=pub, fields=("name", "change_pct", "change_points"))
    assert got == [("税收收入", 10.2, None), ("税收收入占一般公共预算收入比重", None, 3.1)]
    got = rows("全县社会消费品零售总额25亿元(城镇20亿元、乡村5亿元)，增长7.5%，占全市的11.2%。", title=title,
               published=pub, fields=("name", "change_pct"))
    assert got[0] == ("社会消费品零售总额", 7.5) and got[-1][0] == "社会消费品零售总额占全市比重"
    # progress named by the measure before its period; the whole's, not a bracketed part's
    got = rows("全县固定资产投资一季度完成全年计划的25%，同比增长12%。", title="临洮县投资",
               published="2024-04-20T10:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("固定资产投资占全年计划比重", 12)]
    got = rows("全县完成固定资产投资30亿元(其中,项目投资25亿元,增长15%;房地产投资5亿元,下降10%),同比增长8%,完成年度计划的60%。",
               title=title, published=pub, fields=("name",))
    assert got[-1] == ("固定资产投资占年度计划比重",)
    # a county's firms and groups together are the county's
    got = rows("全县龙头企业和产业化集团共实现销售收入20亿元。全县组建农业产业化集团共15个。", title="临洮县农业",
               published=pub, fields=("value_normalized",))
    assert got == [(2_000_000_000,), (15,)]


def test_growths_reached_with_降为_or_a_narrower_fall_are_growths():
    pub = "2023-07-20T10:00:00+08:00"
    got = rows("上半年，全县规模以上工业增加值增速降为3.2%。上半年，全县固定资产投资降幅收窄至3%。", title="临洮县经济",
               published=pub, fields=("name", "kind", "change_pct"))
    assert got == [("规模以上工业增加值", "growth_rate", 3.2), ("固定资产投资", "growth_rate", -3)]
    assert rows("全县历史上最高年GDP曾达30多亿元。", title="肃北县概况", published=pub) == []


def test_what_the_reviews_of_round_28_found_beside_the_change():
    pub = "2024-06-30T10:00:00+08:00"
    # a year before 全县 after a town's location clause: the county's again
    got = rows("平子镇地处宁县县城东南30公里处，2006年全县粮食总产量达到15万吨。", title="宁县", published=pub,
               fields=("region_code", "name"))
    assert got == [("621026", "粮食产量")]
    # a record reached names nothing; the nation's figure whose measure its clause leaves out is the nation's
    assert rows("全县粮食产量达到历史最高水平的50万吨。", title="宁县农业", published=pub, fields=("name",)) == [
        ("粮食产量",)]
    got = rows("甘肃省中药材种植面积465万亩，全国5000万亩，约占全国的9.3%。", title="甘肃中药材", published=pub,
               fields=("name",))
    assert got == [("中药材种植面积",), ("中药材种植面积占全国比重",)]
    # progress against a target task; a target itself stays a target
    got = rows("一季度，全县完成固定资产投资5.6亿元，已完成一季度目标任务的105%。全年目标任务是增长8%。", title="宁县投资",
               published=pub, fields=("name",))
    assert got == [("固定资产投资",), ("固定资产投资占一季度目标任务比重",)]
    # a later year's level after the first year's growth
    got = rows("全县粮食总产量，2020年为12.1万吨，增长3.2%，2021年为13.4万吨。", title="民勤县农业",
               published="2022-06-30T10:00:00+08:00", fields=("name", "period_start"))
    assert got == [("粮食产量", "2020-01-01"), ("粮食产量", "2021-01-01")]
    # one train's load without 满载, or in a clause of 此次 after it sets off
    for body in ("7月1日，一列中欧班列驶离兰州陆港，货重1300吨，货值5000万元。",
                 "7月1日，一列满载汽车配件的中欧班列从兰州陆港驶出，此次共发运集装箱50个，货值2000万元。",
                 "6月30日，一列满载50个集装箱的中欧班列缓缓驶出兰州陆港，货值1200万元。"):
        assert rows(body, title="兰州陆港", published=pub) == []


def test_what_the_fifth_review_of_round_28_found():
    pub = "2024-06-30T10:00:00+08:00"
    body = "苦水镇位于永登县南部，是中国玫瑰之乡。\n2023年，实现农业总产值6亿元，农民人均可支配收入1.6万元。"
    assert rows(body, title="苦水镇介绍", published=pub) == []   # a real town ending in 水镇
    body = "2023年，实现地区生产总值5.2亿元，增长6%，粮食总产量3.5万吨。"
    for title in ("科技下乡", "旅游强镇", "工业强镇 魅力新城"):   # no town's entry
        assert len(rows(body, title=title, published=pub)) == 2, title
    # one part in brackets passes the growth to the whole; a share alone keeps its own
    got = rows("2023年，甘谷县一般公共预算收入5.2亿元（税收收入3.1亿元），同比增长9%。", title="甘谷县财政", published=pub,
               fields=("name", "change_pct"))
    assert got == [("一般公共预算收入", 9), ("税收收入", None)]
    # progress named after the measure before 完成, in the same clause or after 其中
    got = rows("甘谷县固定资产投资一季度完成全年计划的25%，其中工业投资一季度完成全年计划的30%。", title="甘谷县投资",
               published=pub, fields=("name",))
    assert got == [("固定资产投资占全年计划比重",), ("工业投资占全年计划比重",)]
    got = rows("甘谷县2024年一季度规上工业增加值完成全年计划的24%。", title="甘谷县工业", published=pub, fields=("name",))
    assert got == [("规模以上工业增加值占全年计划比重",)]
    got = rows("截至5月底，甘谷县春播进度完成全年目标任务的98%。", title="甘谷县农业", published=pub, fields=("name",))
    assert got == [("春播进度占全年目标任务比重",)]   # (named after what its clause says)
    got = rows("截至5月底，甘谷县各类项目完成投资15亿元，完成年度目标任务的45%，其中重点项目完成投资10亿元。",
               title="甘谷县项目", published=pub, fields=("name",))
    assert got[-1] == ("重点项目投资",)
    # two firms joined; 此次 about something else than the trip; 下降为 leaves no 下
    assert rows("酒钢集团和宏兴股份上半年实现营业收入800亿元。", title="嘉峪关经济", published=pub) == []
    got = rows("6月10日，一列中欧班列从兰州陆港驶出，此次活动共签约项目20个，签约金额50亿元。", title="兰州陆港",
               published=pub, fields=("value_normalized",))
    assert got == [(20,), (5_000_000_000,)]
    assert rows("甘谷县贫困发生率下降为0.8%。", title="甘谷县", published=pub, fields=("name",)) == [("贫困发生率",)]


def test_what_the_sixth_review_of_round_28_found():
    pub = "2024-06-30T10:00:00+08:00"
    got = rows("2023年，武山县实现地区生产总值120亿元（其中第三产业占比52%），同比增长6%。", title="武山县经济", published=pub,
               fields=("name", "change_pct"))
    assert got[0] == ("地区生产总值", 6)
    got = rows("上半年，民勤县脱贫劳动力务工就业占年度目标任务的105%。", title="民勤县就业", published=pub, fields=("name",))
    assert got == [("脱贫劳动力务工就业占年度目标任务比重",)]
    for body in ("一列中欧班列满载机电产品从武威国际陆港缓缓驶出，本次列车共搭载集装箱100个，货值2000万元。",
                 "6月28日，一列冷链专列从兰州新区驶出，此次首发的专列共运载高原夏菜600吨。"):
        assert rows(body, title="武威国际陆港", published=pub) == []
    body = "2023年，接待游客120万人次，实现旅游综合收入6.5亿元。"
    assert len(rows(body, title="旅游大镇", published=pub)) == 2
    got = rows("2023年，永登县城镇化率上升为42%。", title="永登县", published=pub, fields=("name",))
    assert got == [("城镇化率",)]
    for body in ("白银有色集团和西北铜加工厂共完成工业总产值300亿元。", "酒钢集团公司和宏兴股份公司上半年实现营业收入800亿元。"):
        assert rows(body, title="甘肃工业", published=pub) == []


def test_what_the_last_round_left_and_round_29_took_up():
    pub = "2024-01-10T10:00:00+08:00"
    # a district's article whose first lines say 全市 only as a ranking's scope stays the district's
    got = rows("2023年，全县地区生产总值50.2亿元（居全市第3位），增长6.5%。", title="定西市安定区经济发展", published=pub,
               fields=("region_code", "name", "change_pct"))
    assert got == [("621102", "地区生产总值", 6.5), ("621102", "地区生产总值全市排名", None)]
    # a record said before the level reached names it
    for body in ("2023年，全县粮食产量创历史新高，达到50万吨。", "2023年，全县粮食产量再创新高，达50万吨。"):
        assert rows(body, title="安定区农业", published=pub, fields=("name", "value_normalized")) \
            == [("粮食产量", 500_000)], body
    # a level set anew is the level, no 调整 in its name
    got = rows("2023年，全县最低工资标准上调至1800元。", title="安定区", published=pub, fields=("name",))
    assert got == [("最低工资标准",)]
    # a rate stated for one year, then another
    got = rows("全县城镇化率，2010年为25.3%，2020年为40.1%。", title="安定区", published=pub,
               fields=("name", "period_end", "value_normalized"))
    assert got == [("城镇化率", "2010-12-31", 25.3), ("城镇化率", "2020-12-31", 40.1)]


def test_what_the_sixty_ninth_set_showed():
    pub = "2023-04-03T10:00:00+08:00"
    # levels listed after a count named with a level take its noun; where a firm registered is no part of the name
    got = rows("截至目前，全县共在市场监管部门注册农民合作社1581家，共创建县级示范社164家，市级72家，省级20家。",
               title="甘谷县合作社", published=pub, fields=("name", "value_normalized"))
    assert got == [("注册农民合作社", 1581), ("县级示范社", 164), ("市级示范社", 72), ("省级示范社", 20)]
    # a scene or a remark after a count written before its noun
    for body in ("走进石榴村羊肚菌种植基地，200余座大棚排列整齐。", "这次认定的85个示范性家庭农场经营规范、效益较好。"):
        assert rows(body, title="成县羊肚菌", published=pub) == [], body
    # a region opening a farm's name in a list counted; what a body made them, said actively
    got = rows("市农牧局开展了申报认定工作，确定崆峒区安国乡丰收家庭农场等85个家庭农场为平凉市首批市级示范性家庭农场。",
               title="平凉:认定示范性家庭农场",
               published="2015-09-24T10:00:00+08:00", fields=("region_code", "name"))
    assert got == [("620800", "首批市级示范性家庭农场")]
    # a grade spelt in words before what is counted
    got = rows("住宿方面，建成了3家三星级饭店。", title="康乐县旅游", published=pub, fields=("name", "value_normalized"))
    assert got == [("三星级饭店", 3)]
    # a paragraph on the years behind the news takes no holiday from the headline
    body = ("今年“十一”黄金周期间，该县共接待游客8万人次。\n"
            "近年来，该县不断完善旅游配套设施，全县现有38家宾馆、78家农家乐。")
    got = rows(body, title="“十一”黄金周康乐县旅游创收3781万元", published="2018-10-13T10:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("旅游接待人次", "2018-10-01", "2018-10-07"), ("宾馆", "", "2018-10-13"), ("农家乐", "", "2018-10-13")]
    # the cost of a task handed down is the task's plan
    body = "今年，省农业农村厅下达积石山县高标准农田建设任务6万亩，总投资8800万元。"
    assert rows(body, title="积石山县高标准农田", published=pub) == []


def test_what_the_seventieth_set_showed():
    pub = "2020-11-09T10:00:00+08:00"
    # a year and the event since which, told between them; 去年以来
    body = ("自2017年天津宁河与甘肃榆中建立新一轮扶贫协作关系以来，宁河区积极响应。三年多来，累计投入财政援助资金9035万元，"
            "在“两不愁三保障”上链接带动建档立卡贫困人口84000余人次；先后引进扶贫企业4家，累计投资总额2350余万元。")
    got = rows(body, title="榆中县扶贫协作", published=pub, fields=("name", "period_start", "period_end"))
    assert got == [("财政援助资金", "2017-01-01", "2020-11-09"), ("带动建档立卡贫困人口", "2017-01-01", "2020-11-09"),
                   ("扶贫企业", "2017-01-01", "2020-11-09"), ("扶贫企业投资总额", "2017-01-01", "2020-11-09")]
    got = rows("去年以来，全县共收贮加工优质牧草21300吨。", title="岷县牧草", published="2018-02-15T10:00:00+08:00",
               fields=("period_start", "period_end"))
    assert got == [("2017-01-01", "2018-02-15")]
    # a firm's man labelled before his words, as a broadcast gives them; a region's official so labelled speaks for it
    body = "天祝县发展集团农投公司菌棒生产厂负责人 周文琛：2024年，农投公司投资1355.52万元，联合生产菌棒400万棒。"
    assert rows(body, title="天祝县食用菌", published="2025-01-10T10:00:00+08:00") == []
    body = "天祝县县长 张三：2024年，全县食用菌产值达8.39亿元，增长12%。"
    assert rows(body, title="天祝县食用菌", published="2025-01-10T10:00:00+08:00", fields=("name", "change_pct")) \
        == [("食用菌产值", 12)]
    # the way a product is grown keeps its series for the bare measure after it
    got = rows("2023年，天祝县袋栽食用菌达8000万袋，产值达7.5亿元。", title="天祝县食用菌",
               published="2025-01-10T10:00:00+08:00", fields=("name",))
    assert got == [("袋栽食用菌",), ("袋栽食用菌产值",)]
    # money spent and its rate, gaps to an average or a schedule, a people named after a county
    body = ("2023年我市已累计到位衔接资金66185万元，增长6.25%，超全省平均增长率3.91个百分点。至4月底，全市第一批财政衔接资金"
            "已支出21185.83万元，支出率42.02%，超序时进度8.68个百分点。")
    got = rows(body, title="张掖市衔接资金", published="2023-05-22T10:00:00+08:00", fields=("name",))
    assert got == [("到位衔接资金",), ("第一批财政衔接资金支出",), ("第一批财政衔接资金支出率",)]
    got = rows("全县总人口31.47万人，其中东乡族占87.93%。", title="东乡县县情", published="2020-07-29T10:00:00+08:00",
               fields=("name",))
    assert got == [("总人口",), ("东乡族占总人口比重",)]


def test_what_the_first_reviews_of_round_29_found():
    pub = "2024-06-30T10:00:00+08:00"
    # a batch a body named: the batch and what they were made, the level kept; no batch, no stock of them; 为 as "for"
    # names nothing
    cases = {"近日，县农业农村局确定丰收家庭农场等5个家庭农场为首批县级示范性家庭农场。": "首批县级示范性家庭农场",
             "确定15家企业为第二批定西市级龙头企业。": "第二批市级龙头企业",
             "近日，静宁县确定红苹果种植专业合作社等12个合作社为县级示范社。": None,
             "今年，全县确定的35个重点项目为全县经济发展提供了有力支撑。": "重点项目",
             "经研究，确定崆峒区安国乡丰收家庭农场等85个家庭农场为平凉市首批市级示范性家庭农场。": "首批市级示范性家庭农场"}
    for body, name in cases.items():
        assert rows(body, title="平凉市静宁县家庭农场", published=pub, fields=("name",)) == ([(name,)] if name else []), body
    # what a county built, a remark after it: the count, the remark no part of its name
    got = rows("今年，全县新建50座气调冷库运行良好。", title="静宁县冷链", published=pub, fields=("name",))
    assert got == [("气调冷库",)]
    # a task's cost, however written
    for body in ("省上下达我县高标准农田建设任务6万亩，总投资达到8800万元。",
                 "全县易地扶贫搬迁任务3200户1.4万人，总投资8.2亿元。",
                 "今年全县高标准农田建设任务6万亩（其中新建4万亩），总投资8800万元。"):
        assert rows(body, title="积石山县", published=pub) == [], body
    # grades listed after a graded count
    got = rows("全县共有星级饭店8家，其中四星级2家。全县建成4A级旅游景区3家，3A级8家。", title="康县旅游", published=pub,
               fields=("name",))
    assert got == [("星级饭店",), ("四星级饭店",), ("4A级旅游景区",), ("3A级旅游景区",)]
    # a city's event held in its district is the city's; a district compared with its city stays the district's
    body = "全市第一季度重大项目集中开工仪式在兰州新区举行。本次集中开工项目42个，总投资186亿元，兰州新区开工项目12个。"
    got = rows(body, title="全市第一季度重大项目集中开工", published=pub, fields=("region_code", "value_normalized"))
    assert got[:2] == [("620100", 42), ("620100", 18_600_000_000)]
    body = "作为全市的经济中心，城关区2023年地区生产总值1200亿元，全区规上工业增加值增长6%。"
    assert {r[0] for r in rows(body, title="城关区经济", published=pub, fields=("region_code",))} == {"620102"}
    # the news after 近年来 keeps the headline's holiday; what the county has does not
    body = "近年来，康乐县大力发展乡村旅游，黄金周期间共接待游客12.5万人次，同比增长15%，全县现有38家宾馆。"
    got = rows(body, title="“十一”黄金周康乐县接待游客12.5万人次", published="2024-10-08T10:00:00+08:00",
               fields=("name", "period_start"))
    assert got == [("旅游接待人次", "2024-10-01"), ("宾馆", "")]
    # a span of a level set anew; tiers with one name
    got = rows("2024年，全县最低工资标准由1620元上调至1820元。", title="安定区", published=pub,
               fields=("name", "value_normalized"))
    assert got == [("最低工资标准", 1820)]
    assert rows("全省月最低工资标准分别上调至2020元、1960元、1910元和1850元。", title="甘肃", published=pub) == []
    # records with a year or a run of years before them
    for body in ("2023年全县粮食产量创历史新高，达到50万吨。", "全县粮食产量连续5年创历史新高，达到50万吨。"):
        assert rows(body, title="安定区", published=pub, fields=("name",)) == [("粮食产量",)], body


def test_what_the_seventy_first_set_and_the_second_reviews_of_round_29_found():
    pub = "2024-06-30T10:00:00+08:00"
    # the giver of east–west aid as the subject: its outlay, not Gansu's; Gansu the subject: Gansu's
    body = ("近三年，东部4市对甘肃的帮扶支持力度不断加大，累计投入财政援助资金超过70亿元。近两年来，天津累计向甘肃投入财政帮扶"
            "资金32.24亿元，实施帮扶项目1766个。2019年以来，甘肃引导360家东部企业在贫困地区投资。")
    got = rows(body, title="东西部协作", published="2020-10-17T10:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("东部企业", 360)]
    assert rows("济南高新区的社会力量捐赠了价值3237万元的物资。", title="临夏县东西部协作", published=pub) == []
    body = ("新华社兰州10月17日电(记者王朋)记者从甘肃省政府新闻发布会获悉,近年来,天津市、山东省青岛市、福建省福州市和"
            "厦门市累计向甘肃投入财政援助资金89.66亿元,实施扶贫协作项目4400多个。")
    assert rows(body, title="东部4市累计向甘肃投入财政援助资金", published="2020-10-17T10:00:00+08:00") == []
    # where workers were sent is no part of their name, nor who helped them; 省外 keeps its series
    got = rows("向天津市东丽区和东部地区定向定点输转劳务人员2227名。2024年帮助甘肃农村劳动力实现就业11.99万人。"
               "全县向省外输转劳动力5万人。", title="甘谷县", published=pub, fields=("name",))
    assert got == [("定向定点输转劳务人员",), ("农村劳动力就业",), ("向省外输转劳动力",)]
    # firms a county's partner sent, a group's own outlay, projects that rose
    got = rows("来自东部的12家企业带着3.03亿元投资落户临夏。86个民生项目拔地而起。", title="临夏县东西部协作",
               published=pub, fields=("name",))
    assert got[0] == ("东部企业",) and ("民生项目",) in got
    body = "今年4月以来，碧桂园集团发挥企业担当，派出扶贫组扎根东乡，累计投入2000余万元。"
    assert rows(body, title="东乡县脱贫", published="2018-10-24T10:00:00+08:00") == []
    # 5年来 in digits; a band of firms in words
    got = rows("5年来，实施的40个产业开发项目见效。", title="临夏县", published="2025-10-14T10:00:00+08:00",
               fields=("period_start", "period_end"))
    assert got == [("2021-01-01", "2025-10-14")]
    got = rows("2024年，引育42家产值超千万元企业。", title="甘肃", published=pub, fields=("value_normalized",))
    assert got == [(42,)]
    # headings are no speakers; a bureau's head speaks for the region
    for body in ("游客接待情况：国庆期间，全县接待游客12万人次。", "天祝县统计局负责人 李明：今年前三季度，全县接待游客12万人次。"):
        assert len(rows(body, title="天祝县", published="2024-10-10T10:00:00+08:00")) == 1, body
    # after 近年来: a capacity is no visits, a stock takes no holiday, the news keeps it
    body = ("近年来，康乐县大力发展乡村旅游，黄金周期间全县累计接待游客12.5万人次。全县现有床位2600张，"
            "可同时接待游客5000人。")
    got = rows(body, title="“十一”黄金周康乐县接待游客12.5万人次", published="2024-10-08T10:00:00+08:00",
               fields=("name", "period_start"))
    assert got == [("旅游接待人次", "2024-10-01"), ("床位", "")]
    # a span since then dates no stock said of now, nor does one begun over ten years ago
    got = rows("去年以来，全县新建项目12个。全县现有规上工业企业46户。", title="临泽县", published=pub,
               fields=("period_start",))
    assert got == [("2023-01-01",), ("",)]
    got = rows("自2008年全县实施安居工程以来，群众住房条件大为改善。全县建成安置房1.2万套。", title="临泽县", published=pub,
               fields=("period_start",))
    assert got == [("",)]
    # the event's month, a plan's quotation marks
    for body, start in (("自2020年5月被列为国家级示范区以来，全县累计投资50亿元。", "2020-05-01"),
                        ("自2021年“十四五”开局以来，全县累计投资50亿元。", "2021-01-01")):
        assert rows(body, title="临泽县", published=pub, fields=("period_start",)) == [(start,)], body
    # a district ranked first in its city stays the district's article
    body = "甘州区地区生产总值全市第一。全区规上工业增加值增长6%。"
    assert {r[0] for r in rows(body, title="甘州区经济", published=pub, fields=("region_code",))} == {"620702"}
    # a price's span from a per-unit first value
    got = rows("全市工业电价由每千瓦时0.5元下调至0.45元。", title="兰州市", published=pub, fields=("name", "value_normalized"))
    assert got == [("工业电价", 0.45)]
    # a town doing things through firms is the town's; a completed task's investment is no plan
    body = "安国乡依托龙头企业、合作社等经营主体，发展蔬菜5000亩。"
    assert rows(body, title="崆峒区蔬菜", published=pub) == []
    got = rows("全县完成农村危房改造任务1200户，总投资6000万元。", title="临泽县", published=pub, fields=("value_normalized",))
    assert got == [(60_000_000,)]
    # scenes with words before them; a county's verb before a count keeps it
    assert rows("基地里300多座日光温室鳞次栉比。", title="凉州区设施农业", published=pub) == []
    # batches named so; a people's figures stay its county's
    got = rows("确定12家企业为平凉市第三批专精特新中小企业。", title="平凉市", published=pub, fields=("name",))
    assert got == [("第三批专精特新中小企业",)]
    got = rows("积石山县总人口27万人，其中东乡族人口5万人。", title="积石山县", published=pub, fields=("region_code",))
    assert got == [("622927",), ("622927",)]
    # periods a 分别 pairs with; gaps said with a bare 超; people brought along over years
    got = rows("今年1-5月和去年同期，全县固定资产投资分别为8亿元和7.5亿元。", title="临泽县", published=pub,
               fields=("value_normalized",))
    assert got[:1] == [(800_000_000,)]
    assert rows("全县规上工业增加值增速超全省2个百分点，超预期目标4个百分点。", title="临泽县", published=pub) == []
    got = rows("2016年至2019年，全县带动贫困人口1.2万人。", title="临泽县", published=pub, fields=("period_start",))
    assert got == [("2016-01-01",)]
    # a level cut to (调减为/调减至) names the crop's measure alone
    got = rows("全县玉米面积调减为30万亩，小麦种植面积调减至12万亩。", title="临泽县", published=pub, fields=("name",))
    assert got == [("玉米面积",), ("小麦种植面积",)]


def test_what_the_seventy_second_set_and_the_third_reviews_of_round_29_found():
    pub = "2024-06-30T10:00:00+08:00"
    # a partner district or county as the giver, and the clauses that go on with what it did, to a semicolon
    body = ("“十四五”以来，西海岸新区围绕中药材等特色产业，累计投入协作资金3000多万元，实施产业项目21个。"
            "连江协助陇西县建成阳光房187座，每座每年可为贫困户增加收入1.5万元，带动920户3900多人脱贫。")
    assert rows(body, title="东西部协作", published=pub) == []
    # … not the county's own clauses after it, nor a firm from there that helps nobody
    body = "天津市东丽区累计向古浪县投入帮扶资金5000万元，农村居民人均可支配收入达到9800元，县上配套资金1.2亿元。"
    got = rows(body, title="古浪县", published=pub, fields=("name",))
    assert got == [("农村居民人均可支配收入",), ("配套资金",)]
    body = "上海东方希望100万头生猪养殖基地建成运营，全县累计实施苗林结合培育104.92万亩。"
    assert [r[0] for r in rows(body, title="宁县", published=pub, fields=("value_normalized",))] == [1_049_200]
    # 分别: a period and its basis pair; other lists of periods, parks or tiers pair with nothing
    got = rows("今年1-5月和去年同期，全县固定资产投资分别为8亿元和7.5亿元。", title="临泽县", published=pub,
               fields=("value_normalized",))
    assert got == [(800_000_000,)]
    for body in ("2024年，全省月最低工资标准分别上调至2020元、1960元、1910元和1850元。",
                 "2023年1-5月和2024年1-5月，全县固定资产投资分别为7.5亿元和8亿元。"):
        assert rows(body, title="临泽县", published=pub) == [], body
    # a task planned; a county's stock with a remark; near spellings of gaps
    assert rows("计划完成农村危房改造任务1200户，总投资6000万元。", title="临泽县", published=pub) == []
    got = rows("截至目前，全县46家规上工业企业运行平稳。", title="临泽县", published=pub, fields=("name",))
    assert got == [("规模以上工业企业",)]
    assert rows("规上工业增加值超时序进度8.5个百分点，超过预期目标4个百分点。", title="临泽县", published=pub) == []
    # speakers: a Tibetan herder's own figures, a breeding centre's head; headings that start with a surname's character
    body = "养殖户桑吉才让：今年我家出栏牦牛120头，收入达到48万元。"
    assert rows(body, title="玛曲县牦牛", published=pub) == []
    body = "玛曲县牦牛繁育中心负责人 王强：中心今年存栏牦牛2300头。"
    assert rows(body, title="玛曲县牦牛", published=pub) == []
    got = rows("农户成本：全县肉牛养殖成本每头下降800元，养殖户达到1.2万户。", title="玛曲县", published=pub,
               fields=("value_normalized",))
    assert (12_000,) in got
    # a price's span in 上涨到; workers sent to a partner; firms' band and money brought
    got = rows("苹果收购价格由每公斤4元上涨到5.2元。", title="静宁县", published=pub, fields=("name",))
    assert got == [("苹果收购价格",)]
    got = rows("全县输转劳动力8.6万人，其中向天津市东丽区定向输转劳动力1500人。", title="甘谷县", published=pub,
               fields=("name",))
    assert got == [("劳务输转",), ("定向输转劳动力",)]
    got = rows("全县引育企业80家，其中产值超千万元企业42家。来自东部的12家企业带着3.03亿元投资落户临夏。", title="临夏县",
               published=pub, fields=("name",))
    assert got == [("引育企业",), ("产值超千万元企业",), ("东部企业",), ("东部企业投资",)]
    # background paragraphs under a holiday's headline; a total over ten years broken down
    body = "近年来，康乐县旅游业快速发展。7天共接待游客15万人次，增长12%。全县培育农家乐156家。"
    got = rows(body, title="“十一”黄金周康乐县接待游客", published="2024-10-08T10:00:00+08:00",
               fields=("name", "period_start"))
    assert got == [("旅游接待人次", "2024-10-01"), ("农家乐", "")]
    body = "2010年以来，全县累计完成固定资产投资300亿元。其中工业投资120亿元。全县建成安置房1.2万套。"
    got = rows(body, title="临泽县", published=pub, fields=("period_start",))
    assert got == [("2010-01-01",), ("2010-01-01",), ("",)]
    got = rows("去年以来，全县新建项目12个。在现有基础上新建日光温室1200座。", title="临泽县", published=pub,
               fields=("period_start",))
    assert got == [("2023-01-01",), ("2023-01-01",)]
    # events since a holiday or a part of a year; 5年累计 in a plan
    got = rows("自2024年“五一”假期以来，全县接待游客50万人次。", title="临泽县", published=pub, fields=("period_start",))
    assert got != [("2024-01-01",)] and got == [("2024-05-01",)]
    assert rows("到2025年，全县5年累计完成固定资产投资500亿元。", title="临泽县十四五规划",
                published="2021-03-10T10:00:00+08:00") == []
    # a county bureau's man in charge speaks for the county (not a town's official); from whom money was sought
    body = ("“2018年，共向中央省市争取各类资金3236万元，在西湖镇、河东镇实施了高标准农田建设项目。截至目前，共完成渠道修建"
            "107公里。”瓜州县国土局项目建设负责人田亮说。")
    got = rows(body, title="酒泉瓜州高标准农田建设", published="2018-12-06T10:00:00+08:00", fields=("name",))
    assert got == [("争取各类资金",), ("渠道修建",)]
    body = ("“就我们镇而言，目前已建成日光温棚200座，养殖暖棚3400座。每座养殖暖棚政府给农民补贴3000元，日光温棚农民自筹1万元。”"
            "古浪县黄羊川镇党委书记张斌说。")
    assert rows(body, title="古浪县两座棚", published=pub) == []
    # the people a part names among those brought into work
    got = rows("陇西县已建成扶贫车间25个，带动群众就业1235人，其中贫困劳动力521人。", title="陇西县", published=pub,
               fields=("name",))
    assert got == [("扶贫车间",), ("带动群众就业",), ("带动贫困劳动力就业",)]


def test_what_the_fourth_review_of_round_29_found():
    pub = "2024-06-30T10:00:00+08:00"
    # the giver's clauses that name a Gansu county it helps, its 其中 and its growth stay the giver's
    for body in ("天津市东丽区累计投入帮扶资金2.3亿元，帮助古浪县建成冷库20座。",
                 "天津市东丽区今年拨付帮扶资金6000万元，较上年增长12%。",
                 "天津市东丽区累计投入帮扶资金2.3亿元，其中产业项目资金1.6亿元。"):
        assert rows(body, title="古浪县东西部协作", published=pub) == [], body
    # a partner's man speaking, or the partner and the county together: the county's
    body = "天津市东丽区挂职古浪县副县长张三介绍，今年古浪县争取东西部协作资金8000万元。"
    assert [r[0] for r in rows(body, title="古浪县", published=pub, fields=("value_normalized",))] == [80_000_000]
    body = "东丽区和古浪县共同谋划实施协作项目30个。"
    assert [r[0] for r in rows(body, title="古浪县", published=pub, fields=("value_normalized",))] == [30]
    # headings are no Tibetan names; a county service centre's head speaks for the county
    got = rows("游客扎堆：国庆期间，全县接待游客12万人次。", title="碌曲县", published="2024-10-10T10:00:00+08:00",
               fields=("value_normalized",))
    assert got == [(120_000,)]
    got = rows("碌曲县农业技术推广中心负责人 李明：今年全县种植青稞5万亩。", title="碌曲县", published=pub,
               fields=("value_normalized",))
    assert got == [(50_000,)]
    # a scene in a zone; a task done as planned
    assert rows("在核心示范区300多座日光温室鳞次栉比。", title="凉州区", published=pub) == []
    got = rows("全县已按计划完成农村改厕任务5000户，总投资1500万元。", title="临泽县", published=pub,
               fields=("value_normalized",))
    assert got == [(15_000_000,)]
    # since a part of the year or a holiday: from its start; a plan's years in digits
    for body, start in (("自2024年“五一”假期以来，全县接待游客50万人次。", "2024-05-01"),
                        ("自2023年下半年以来，全县累计投资50亿元。", "2023-07-01"),
                        ("自2006年“十一五”开局以来，全县累计投资50亿元。", "2006-01-01")):
        assert rows(body, title="临泽县", published=pub, fields=("period_start",)) == [(start,)], body
    # remarks on the years are no news told again under a holiday's headline
    body = "近年来，康乐县旅游业快速发展。全县旅游接待人数逐年提高，全县培育农家乐156家。"
    got = rows(body, title="“十一”黄金周康乐县接待游客", published="2024-10-08T10:00:00+08:00",
               fields=("period_start",))
    assert got == [("",)]
    # a basis first and the period after it pairs with nothing
    body = "去年同期和今年1-5月，全县固定资产投资分别为7.5亿元和8亿元。"
    assert rows(body, title="临泽县", published=pub) == []


def test_what_the_seventy_third_set_showed():
    pub = "2022-09-14T10:00:00+08:00"
    # a month counted from the year reported since an event; a partner giving money, and what it built after
    got = rows("自去年4月青岛·定西东西部协作以来，全县累计投资5亿元。", title="漳县", published=pub, fields=("period_start",))
    assert got == [("2021-04-01",)]
    body = "青岛即墨区投入大量资金，开展淫羊藿种植技术研究，建成了淫羊藿种子繁育研究和示范棚34座、培苗炼苗日光温室12座。"
    assert rows(body, title="漳县东西部协作", published=pub) == []
    # the partner and the county together: the county's
    body = "青岛市即墨区和定西市漳县围绕“一县一园”目标，共建三岔镇农业产业园，建成金耳、木耳基地700余亩。"
    assert [r[0] for r in rows(body, title="漳县东西部协作", published=pub, fields=("value_normalized",))] == [700]
    # the signings two events reached, apart from all signed since the pairing began; a bare 金额 after projects counted
    body = ("自东西部协作开展以来，甘肃省与天津市、山东省签约项目达126个、金额409亿元。举办了“津陇共振兴”合作交流洽谈活动，"
            "达成签约项目157个、金额243.5亿元。")
    got = rows(body, title="甘肃东西部协作", published="2024-10-21T10:00:00+08:00", fields=("name",))
    assert got == [("签约项目",), ("签约项目金额",), ("达成签约项目",), ("达成签约项目金额",)]


def test_a_sentence_going_on_with_what_a_giver_of_pairing_aid_did_is_the_givers():
    pub = "2026-02-03T10:00:00+08:00"
    body = ("“十四五”期间，东丽区围绕产业、民生、人才等领域，为结对三县量身定制帮扶方案。五年来，累计动员社会力量捐款捐物"
            "超7000万元，足额拨付财政援助资金6.59亿元，实施帮扶项目460余个。")
    assert rows(body, title="东丽区与皋兰、甘谷、临潭三县东西部协作", published=pub) == []
    body = "今年以来，厦门市援助我州财政资金5.88亿元。其中，市级援助资金5.395亿元，镇村结对资金4823.95万元。"
    assert rows(body, title="临夏州东西部协作", published="2020-10-23T10:00:00+08:00") == []
    # … not a sentence with a subject of Gansu's, nor one that does not go on with it, nor the next paragraph
    body = ("东丽区为结对三县量身定制帮扶方案。五年来，皋兰县累计完成固定资产投资50亿元。全县地区生产总值增长6%。\n"
            "累计实施项目460个。")
    got = rows(body, title="皋兰县", published=pub, fields=("value_normalized",))
    assert got == [(5_000_000_000,), (6,), (460,)]


def test_a_mark_the_things_just_counted_pass_names_them_and_is_no_row():
    pub = "2025-11-13T10:00:00+08:00"
    body = ("岷县引进东部企业11家，其中5家企业投资超千万元。新建项目20个，其中8个项目投资超亿元。"
            "全县有16家企业营业收入突破1亿元。培育年销售额超百万元的电商企业12家。")
    got = rows(body, title="岷县招商引资", published=pub, fields=("name", "value_normalized"))
    assert got == [("东部企业", 11), ("投资超千万元企业", 5), ("新建项目", 20), ("新建投资超亿元项目", 8),
                   ("营业收入突破1亿元企业", 16), ("年销售额超百万元的电商企业", 12)]
    # after 其中, the mark and the whole counted
    body = "全县规上企业45家，其中产值超千万元的有30家。"
    got = rows(body, title="岷县", published=pub, fields=("name", "value_normalized"))
    assert got == [("规模以上工业企业", 45), ("产值超千万元规模以上工业企业", 30)]
    # a measure reached, no count before it: the firms' own figure
    got = rows("全县规上企业营业收入突破1亿元。", title="岷县", published=pub, fields=("name", "value_normalized"))
    assert got == [("规模以上企业营业收入", 100_000_000)]
    # 销售 before 额, 量 or 收入 is part of the measure's noun, no verb to cut at
    got = rows("全县有年销售额1000万元以上龙头企业10家。", title="永登县", published=pub, fields=("name",))
    assert got == [("年销售额1000万元以上龙头企业",)]
    # a mark alone after firms counted: those firms
    body = "全县有16家企业营业收入突破1亿元，销售收入达到2000万元的有5家。"
    got = rows(body, title="岷县", published=pub, fields=("name", "value_normalized"))
    assert got == [("营业收入突破1亿元企业", 16), ("销售收入达到2000万元企业", 5)]


def test_spaces_around_figures_read_as_if_absent_and_offsets_stay_the_stored_ones():
    pub = "2026-01-14T07:36:00+08:00"
    spaced = ("截至 2025 年 11 月底,甘肃省农业招商引资到位资金达 1115 亿元,同比增长 48%;新签约项目 1995 个。"
              "2025 年,成功获批创建 7 个农业产业强镇。")
    close = spaced.replace(" ", "")
    fields = ("name", "value_normalized", "period_start", "period_end", "change_pct")
    got = rows(spaced, title="甘肃农业", published=pub, fields=fields)
    assert got == rows(close, title="甘肃农业", published=pub, fields=fields)
    assert got == [("农业招商引资到位资金", 111_500_000_000, "", "2025-11-30", 48.0),
                   ("新签约项目", 1995, "", "2025-11-30", None),
                   ("农业产业强镇", 7, "2025-01-01", "2025-12-31", None)]
    result = extract_indicators("甘肃农业", spaced, pub)
    assert [spaced[o.value_start:o.value_end] for o in result.observations] == ["1115 亿元", "1995 个", "7 个"]
    assert all(spaced[o.evidence_start:o.evidence_end] == o.evidence for o in result.observations)
    assert result.observations[0].evidence.startswith("截至 2025 年 11 月底")
    assert {spaced[d.start:d.end] for d in result.dropped} >= {"2025 年", "11 月"}


def test_workers_sent_to_one_place_named_are_a_series_of_their_own_and_the_place_is_not_the_region():
    body = ("据介绍，2022年以来，定西市累计向兰州市输转城乡富余劳动力30.72万人次，创劳务收入60.52亿元。"
            "定西市全年劳务输转60万人次。")
    got = rows(body, title="兰州·定西劳务协作", published="2024-09-13T08:00:00+08:00", fields=("region", "name"))
    assert got == [("定西市", "向兰州市输转城乡富余劳动力"), ("定西市", "向兰州市输转城乡富余劳动力劳务收入"),
                   ("定西市", "劳务输转")]
    # a list of places is everything the county sent out
    got = rows("今年以来，临洮县向天津、青岛、厦门等5个市输转劳动力3.6万人。", title="临洮：劳务", fields=("name",))
    assert got == [("劳务输转",)]


def test_what_partners_bought_to_help_sell_gansus_goods_is_theirs_and_corner_quotes_are_quotes():
    body = ("近年来,甘肃省商务厅在东部省份建立8个「O2O」电商体验馆。"
            "去年天津市、山东省采购帮销甘肃省农特产品分别为39.12亿元和27.26亿元。")
    got = rows(body, title="甘肃东西部协作消费帮扶", published="2023-03-30T00:00:00+08:00",
               fields=("region", "name", "value_normalized"))
    assert got == [("甘肃省", "O2O电商体验馆", 8)]


def test_a_kinds_signings_keep_their_bare_amount_and_the_started_ones_rate_is_the_signed_sets():
    body = ("截至2025年11月底，甘肃省农业招商引资到位资金达1115亿元，同比增长48%；新签约项目1995个，签约额1276亿元，"
            "分别同比增长39%和31%；已开工项目1882个，开工率达94%。")
    got = rows(body, title="甘肃农业", published="2026-01-14T07:36:00+08:00", fields=("name", "value_normalized"))
    assert got == [("农业招商引资到位资金", 111_500_000_000), ("新签约项目", 1995), ("新签约项目签约额", 127_600_000_000),
                   ("已开工项目", 1882), ("新签约项目开工率", 94)]
    # the year's signings, no kind named: the year's 招商引资签约额
    got = rows("今年以来，全县签约招商引资项目40个，签约资金41.29亿元。", title="岷县", fields=("name",))
    assert got == [("签约项目",), ("招商引资签约额",)]


def test_money_written_amount_first_is_named_by_the_money_after_it():
    body = "并安排500万元补助资金支持开展抓点实验。县上落实300万元扶持资金。全县发放1331万元农机补贴，惠及农户2000户。"
    got = rows(body, title="岷县", published="2026-01-14T07:36:00+08:00", fields=("name", "value_normalized"))
    assert got[:3] == [("补助资金", 5_000_000), ("扶持资金", 3_000_000), ("农机补贴", 13_310_000)]
    # nothing named after it: no row
    assert rows("县上落实300万元，支持开展抓点实验。", title="岷县", published="2026-01-14T07:36:00+08:00") == []


def test_a_storage_measure_after_the_stores_counted_is_theirs_and_a_farmer_named_after_his_trade_owns_his_sale():
    body = ("4月29日，甘肃庄浪县果农马建斌得知苹果涨价的消息后，把贮存在保鲜冷库的1.6万公斤苹果全部卖给了客商，收入11.2万元。"
            "目前，庄浪县苹果保鲜库已达到800多座，总贮量8.6万吨，占去年全县苹果总产量的一半。")
    got = rows(body, title="庄浪县苹果保鲜库达到800多座", published="2012-05-02T08:00:00+08:00", fields=("name",))
    assert got == [("苹果保鲜库",), ("苹果保鲜库总贮量",), ("苹果保鲜库总贮量占苹果总产量比重",)]
    body = ("2021年，村民王世芳种的280亩藜麦迎来了丰收季。在各级惠农政策的激励下，34岁的王世芳勤劳致富，除种植藜麦外，"
            "还成立了鸿富益民种植专业合作社，种植食用菌棚28座，年收入可达32万元。")
    assert rows(body, title="天祝秀杰村的“蝶变”之路", published="2022-03-21T09:54:30+08:00") == []


def test_a_firm_as_bare_subject_after_a_lead_or_a_person_telling_it_owns_its_figures():
    pub = "2023-05-16T18:42:00+08:00"
    body = ("多年来,该公司立足当地资源优势,投资1.3亿元,引进了设备。目前,公司拥有高海拔无污染优质原料基地3.2万亩。"
            "刘生忠介绍,该公司年生产薯泥达1万吨、马铃薯酥性曲奇饼干300余吨,需要马铃薯约7万吨,极大地带动了周边薯农增收致富。")
    assert rows(body, title="甘肃薯香园:打造标杆示范企业", published=pub) == []
    # a body telling it is no person: what follows is still the province's
    body = "甘肃省旅游局表示，今年以来，全省接待游客1.2亿人次。"
    assert [r[0] for r in rows(body, title="甘肃旅游", published=pub, fields=("name",))] == ["旅游接待人次"]


def test_clean_energy_keeps_its_series_and_a_milestone_after_a_growth_is_its_level():
    pub = "2019-01-26T18:53:00+08:00"
    body = ("2018年,甘肃省共确定十大生态产业重大带动性项目34项,总投资1600亿元。当年,甘肃省清洁能源发电量占全省总发电量的比例"
            "提高到了48.4%,全年甘肃省规模以上工业水电、风电、太阳能发电等清洁能源发电量比上年增长21.4%。")
    got = rows(body, title="甘肃聚焦绿色发展", published=pub, fields=("name",))
    assert got == [("十大生态产业重大带动性项目",), ("十大生态产业重大带动性项目总投资",), ("清洁能源发电量占发电量比重",),
                   ("清洁能源发电量",)]
    result = extract_indicators("甘肃", "2018年甘肃省生产总值比上年增长6.3%,首次超过8000亿元。", pub)
    assert [(o.name, o.value_normalized, o.approx, o.change_pct) for o in result.observations] == [
        ("地区生产总值", 800_000_000_000, True, 6.3)]
    # a gap to another indicator's growth, however long its name, is no row
    body = "十大类生态产业增加值1511.3亿元,比上年增长6.7%,比甘肃省当年生产总值的增速高0.4个百分点。"
    assert [r[0] for r in rows(body, title="甘肃", published=pub, fields=("value_normalized",))] == [151_130_000_000]


def test_a_site_said_to_lie_somewhere_owns_the_figures_of_its_sentence():
    body = "陇海集团榆中高原夏菜冷链物流基地座落于兰州市榆中县连搭乡,交通十分便利,总占地面积110亩,年交易额达8亿元。"
    assert rows(body, title="榆中县冷链物流", published="2018-03-19T00:00:00+08:00") == []


def test_a_month_or_half_of_that_year_is_the_year_just_named():
    got = rows("2016年，全县开工建设冷库，当年上半年完成投资5000万元。", title="榆中", published="2018-06-19T10:00:00+08:00",
               fields=("period_start", "period_end"))
    assert got == [("2016-01-01", "2016-06-30")]
    got = rows("全县2003年3月开工建设冷库，当年7月完成投资300万元。", title="榆中", published="2018-03-19T10:00:00+08:00",
               fields=("period_start", "period_end"))
    assert got == [("2003-07-01", "2003-07-31")]


def test_the_size_of_one_facility_built_before_its_name_and_one_of_it_is_no_row():
    body = "基地建有2.5万吨制冰车间一座,设备齐全。全县建成冷库20座，库容5万吨。"
    got = rows(body, title="榆中县", fields=("name", "value_normalized"))
    assert got == [("冷库", 20), ("冷库库容", 50_000)]


def test_the_first_reviews_of_round_30_stay_fixed():
    pub = "2024-06-30T10:00:00+08:00"
    # a total the things counted reached (实现, 完成, 总, a growth after it, a market's) is no mark
    got = rows("2023年，全县126家规上企业实现产值突破100亿元，同比增长9.5%。", title="永昌县工业经济", published=pub,
               fields=("name", "value_normalized", "change_pct"))
    assert got == [("规模以上企业", 126, None), ("规模以上企业产值", 10_000_000_000, 9.5)]
    got = rows("签约12个项目总投资超过50亿元。", title="景泰县", published=pub, fields=("name",))
    assert got == [("签约项目",), ("签约项目总投资",)]
    got = rows("6个农产品批发市场交易额突破20亿元，同比增长11%。", title="景泰县", published=pub, fields=("name", "change_pct"))
    assert got == [("农产品批发市场交易额", 11.0)]
    # …but a mark before 的 and the projects counted is one
    got = rows("其中投资超10亿元的项目3个。", title="景泰县", published=pub, fields=("name", "value_normalized"))
    assert got == [("投资超10亿元的项目", 3)]
    # a target passed is no level
    got = rows("今年上半年，全县地区生产总值增长6.3%，超过6%的预期目标。", title="景泰县", published=pub,
               fields=("name", "kind", "change_pct"))
    assert got == [("地区生产总值", "growth_rate", 6.3)]
    # the year's signings: 主导产业 is no kind, nor a kind named after the projects or a count of 招商引资项目
    for body in ("围绕主导产业招商引资，签约项目40个，签约额41亿元。",
                 "今年以来，全县签约项目40个，签约额86亿元，其中农业招商引资项目12个。",
                 "农业招商引资到位资金12亿元；全县共签约招商引资项目80个，签约额160亿元。"):
        assert ("招商引资签约额",) in rows(body, title="景泰县", published=pub, fields=("name",)), body
    # 可再生能源 keeps its 可; 带动性 is part of a noun
    got = rows("全州可再生能源发电量达到40亿千瓦时。新培育带动性强的农民专业合作社30家。", title="临夏州", published=pub,
               fields=("name",))
    assert got == [("可再生能源发电量",), ("带动性强的农民专业合作社",)]
    # workers sent to one place, said bare or to a region with no 省/市; a list of places is everything sent out
    body = "全县输转劳动力8万人，创劳务收入21亿元；其中向兰州市输转2.1万人，创劳务收入5亿元。"
    got = rows(body, title="景泰县", published=pub, fields=("name",))
    assert got == [("劳务输转",), ("劳务收入",), ("向兰州市输转",), ("向兰州市输转劳务收入",)]
    got = rows("全县向新疆输转拾花工1.2万人，实现劳务收入4.5亿元。", title="景泰县", published=pub, fields=("name",))
    assert got == [("向新疆输转拾花工",), ("向新疆输转拾花工劳务收入",)]
    got = rows("景泰县向兰州市和白银市输转劳动力2万人。", title="景泰县", published=pub, fields=("region", "name"))
    assert got == [("景泰县", "劳务输转")]
    # money after a verb of giving, whatever stands before the verb
    body = "县财政安排500万元补助资金支持产业发展。县上拿出5000万元产业发展基金。全县到位1.2亿元东西部协作资金。"
    got = rows(body, title="景泰县", published=pub, fields=("name",))
    assert got == [("补助资金",), ("产业发展基金",), ("东西部协作资金",)]


def test_the_second_review_of_round_30_stays_fixed():
    pub = "2024-03-10T10:00:00+08:00"
    # an adverb after 村民 is no villager's name
    body = "近年来，渭源县引导村民连片种植中药材3.2万亩，带动农户增收1.5亿元。"
    assert [r[0] for r in rows(body, title="渭源县中药材", published=pub, fields=("value_normalized",))] == [
        32_000, 150_000_000]
    body = "安定区村民多年种植马铃薯。2023年，马铃薯种植面积达到45万亩，产量90万吨。"
    assert len(rows(body, title="安定区马铃薯", published=pub)) == 2
    # 公司 counted among market entities is no firm as subject
    body = "截至2023年底，全县实有市场主体2.5万户，公司3200户，个体工商户2.1万户。"
    assert [r[0] for r in rows(body, title="陇西县市场主体", published=pub, fields=("name",))] == [
        "市场主体", "公司", "个体工商户"]
    # 全县's bases said to lie somewhere are all of them
    body = "全县马铃薯种植基地位于海拔2000米以上的高寒阴湿区，种植面积达到45万亩。"
    assert rows(body, title="渭源县马铃薯", published=pub, fields=("name",)) == [("马铃薯种植面积",)]
    # 当年 after 今年 is this year
    body = "2022年，全县新建冷库10座。今年3月，开工建设冷链中心，当年10月新增库容5万吨。"
    got = rows(body, title="静宁县冷链", published="2024-12-10T10:00:00+08:00", fields=("period_start",))
    assert got == [("2022-01-01",), ("2024-10-01",)]
    # 与…相比 with no comma: a growth against the year before
    got = rows("与去年同期相比全县社会消费品零售总额增长7.5%。", title="陇西县消费", published="2024-07-20T10:00:00+08:00",
               fields=("name", "change_pct"))
    assert got == [("社会消费品零售总额", 7.5)]
    # what partners bought of Gansu's goods, with or without 帮销, is theirs
    body = "去年天津市、山东省采购甘肃省农特产品分别为39.12亿元和27.26亿元。"
    assert rows(body, title="甘肃消费帮扶", published=pub) == []
    # a milestone passed and the level reached after it: the change is the level's
    body = "2023年，全市外贸进出口总额增长25%，首次突破10亿元，达到10.5亿元。"
    got = rows(body, title="嘉峪关市外贸", published=pub, fields=("name", "value_normalized", "change_pct"))
    assert got == [("进出口总额", 1_050_000_000, 25.0)]
    # the earnings of workers sent to one place, a part between; a long name by where they went
    body = "全县向兰州市输转劳动力3万人，其中技能型劳动力1万人，创劳务收入6亿元。"
    assert rows(body, title="静宁县", published=pub, fields=("name",))[-1] == ("向兰州市输转劳动力劳务收入",)
    body = "全县向天津市东丽区输转城乡富余劳动力人员5000人，创劳务收入1.5亿元。"
    assert rows(body, title="静宁县", published=pub, fields=("name",))[-1] == ("向天津市东丽区输转劳务收入",)
    # a bare 公司 holding to its model: the firm's
    body = "多年来，公司坚持“公司+合作社+农户”模式，带动农户5000户，户均增收8000元。"
    assert rows(body, title="静宁县苹果企业", published=pub) == []
    # the spaces of a stored body stay in what a dropped figure says it was
    spaced = "2023 年 ，全县草原面积累计达到 45 万亩 。"
    result = extract_indicators("天祝县", spaced, pub)
    assert [d.text for d in result.dropped] == ["2023 年"]
    assert all(d.text == spaced[d.start:d.end] for d in result.dropped)
    # a storage capacity added after the stores built keeps its 新增
    got = rows("今年以来，全市新建果品保鲜库15座，新增储藏能力2.3万吨。", title="敦煌市", published=pub, fields=("name",))
    assert got == [("果品保鲜库",), ("果品保鲜库新增储藏能力",)]


def test_a_nominal_growth_is_a_series_of_its_own_and_a_bare_amount_after_gdp_is_gdp():
    pub = "2026-02-10T08:00:00+08:00"
    body = ("2025年1-12月份，甘肃全省GDP总值共计13697.5亿元，较上年同期增加694.6亿元，名义增长率为5.3%。"
            "兰州市2025年GDP名义增长率仅为4.3%，低于全省平均水平。兰州市2025年GDP增长率仅为4.5%。")
    got = rows(body, title="2025年甘肃各市州GDP", published=pub, fields=("region", "name", "kind", "change_pct"))
    assert got == [("甘肃省", "地区生产总值", "amount", None), ("甘肃省", "地区生产总值名义增长率", "growth_rate", 5.3),
                   ("兰州市", "地区生产总值名义增长率", "growth_rate", 4.3), ("兰州市", "地区生产总值", "growth_rate", 4.5)]
    body = "2025年度，全省共有三城GDP总值在千亿之上，其中兰州市遥遥领先，累计金额达到了3903.6亿元。"
    got = rows(body, title="2025年甘肃各市州GDP", published=pub, fields=("region", "name", "value_normalized"))
    assert got == [("兰州市", "地区生产总值", 390_360_000_000)]
    # a nominal growth of nothing the paragraph names is no row
    assert rows("庆阳市总量仍略胜酒泉一筹，但其名义增长率1.8%却是全省最低。", title="庆阳", published=pub) == []


def test_spots_listed_as_the_subject_own_what_they_received_together():
    body = ("刚刚结束的“五一”小长假，榆中县兴隆山、青城古镇、石源景区等景区景点秩序井然，平稳有序运转，共接待游客6.97万人次，"
            "实现旅游综合收入4948万元。“五一”期间，全县共接待游客16.9万人次。2024年住宿餐饮业营业额增速更达10.7%。")
    got = rows(body, title="榆中县", published="2022-05-05T00:00:00+08:00", fields=("name", "kind"))
    assert got == [("景区景点旅游接待人次", "count"), ("景区景点旅游综合收入", "amount"), ("旅游接待人次", "count"),
                   ("住宿餐饮业营业额", "growth_rate")]


def test_the_review_of_the_round_30_review_fixes_stays_fixed():
    pub = "2024-06-30T10:00:00+08:00"
    # named farmers own their figures, whatever verb follows the name; an adverb is no name
    for body in ("种植大户刘玉平承包土地500亩种植玉米，年收入达50万元。", "村民李明种植中药材30亩，年收入8万元。"):
        assert rows(body, title="临泽县", published=pub) == [], body
    assert len(rows("近年来，渭源县引导村民连片种植中药材3.2万亩。", title="渭源县", published=pub)) == 1
    # a mark stays a mark past a change of the count or another measure's growth; 实现 after 有; a market entity
    got = rows("全县规上企业45家，其中12家企业产值超过1亿元，比上年增加3家。", title="临泽县", published=pub, fields=("name",))
    assert got == [("规模以上工业企业",), ("产值超过1亿元企业",)]
    got = rows("全县有8家企业实现营业收入超过1亿元。其中30户市场主体年营业收入超过1000万元。", title="临泽县",
               published=pub, fields=("name",))
    assert got == [("营业收入超过1亿元企业",), ("年营业收入超过1000万元市场主体",)]
    # …but a total that grew, or completed investment, is a total
    got = rows("3家企业产值超过10亿元，同比增长15%。全县38个重点项目完成投资超过50亿元。", title="临泽县", published=pub,
               fields=("name",))
    assert got == [("企业",), ("企业产值",), ("重点项目",), ("重点项目投资",)]
    # a milestone 的大关 is the level
    got = rows("全县2023年地区生产总值增长7%，首次突破100亿元的大关。", title="临泽县", published=pub,
               fields=("name", "value_normalized", "change_pct"))
    assert got == [("地区生产总值", 10_000_000_000, 7.0)]
    # a kind's own count of 招商引资 projects keeps the kind's amount apart from the year's
    body = "全县文旅招商引资签约项目8个，签约资金15亿元。全县招商引资签约项目50个，签约资金80亿元。"
    got = [r[0] for r in rows(body, title="临泽县", published=pub, fields=("name",))]
    assert got[1] != got[3] and got[3] == "招商引资签约额"
    # a norm per household is no total; 下达 is no part of a name
    got = rows("县上落实产业发展资金5000万元，为每户发放2000元产业发展资金。县上下达3000万元衔接资金。", title="临泽县",
               published=pub, fields=("name", "value_normalized"))
    assert got == [("产业发展资金", 50_000_000), ("衔接资金", 30_000_000)]
    # a bare 公司 before its year; a market said to lie somewhere; a gap 相比全省
    for body in ("刘生忠介绍，公司2023年实现销售收入1.2亿元。",
                 "定西马铃薯批发市场位于安定区，2023年交易量达到150万吨，交易额30亿元。",
                 "今年以来，全县规模以上工业增加值增速相比全省快1.5个百分点。"):
        assert rows(body, title="临泽县", published=pub) == [], body
    # 当年 is not a basis's year
    got = rows("2023年，全县粮食总产量20万吨，是2019年的1.5倍，当年10月新建粮库2座。", title="临泽县", published=pub,
               fields=("period_start",))
    assert got == [("2023-01-01",), ("2023-10-01",)]


def test_the_last_review_of_round_30_stays_fixed():
    pub = "2024-06-30T10:00:00+08:00"
    # a real growth after a nominal one is the level's change, or its own growth row
    got = rows("2023年，全县地区生产总值完成1200.5亿元，名义增长8.1%，实际增长6.2%。", title="临泽县", published=pub,
               fields=("name", "kind", "change_pct"))
    assert got == [("地区生产总值", "amount", 6.2), ("地区生产总值名义增长率", "growth_rate", 8.1)]
    got = rows("2023年，全县名义地区生产总值增长率为7.2%，实际增长率为5.8%。", title="临泽县", published=pub,
               fields=("name", "change_pct"))
    assert got == [("地区生产总值名义增长率", 7.2), ("地区生产总值", 5.8)]
    # a bare 金额 after something else's is never GDP
    got = rows("2023年，全县GDP增长6%，发放创业担保贷款300笔，金额6000万元。", title="临泽县", published=pub,
               fields=("name",))
    assert ("地区生产总值", ) in got and got.count(("地区生产总值",)) == 1
    # spots the county built on are no subject
    body = "“五一”期间，我县依托兴隆山、青城古镇等景区开展活动，共接待游客12.5万人次，实现旅游综合收入6800万元。"
    assert rows(body, title="临泽县", published=pub, fields=("name",)) == [("旅游接待人次",), ("旅游综合收入",)]
    # a total that grew in yuan or by its speed stays a total
    for body in ("2023年，全县126家规上企业实现产值突破100亿元，同比增加12亿元。",
                 "2023年，全县126家规上企业实现产值突破100亿元，增速达9.5%。"):
        assert ("规模以上企业产值",) in rows(body, title="临泽县", published=pub, fields=("name",)), body
    # no name after 村民 before a preposition; the county's whole count of workers owns the earnings after it
    assert len(rows("2023年，村民向企业流转土地2.3万亩。", title="临泽县", published=pub)) == 1
    body = "2023年，全县向兰州市输转劳动力3.2万人次，全县共输转劳动力10.5万人次，创劳务收入25亿元。"
    assert rows(body, title="临泽县", published=pub, fields=("name",))[-1] == ("劳务收入",)
    # 我县's bases; a gap to the province after 与…相比
    body = "2023年，我县中药材种植基地位于渭河川区，种植面积达到12万亩，总产量3万吨。"
    assert len(rows(body, title="临泽县", published=pub)) == 2
    assert rows("2023年，全县规上工业增加值增速与全省相比高1.2个百分点。", title="临泽县", published=pub) == []


def test_the_firms_a_department_monitors_are_a_series_apart():
    body = ("春节期间全省消费品市场供应充足。省商务厅重点监测的大型超市、购物中心、百货店等零售销售额和餐饮企业营业收入分别比"
            "去年同期增长7%和9.6%。")
    got = rows(body, title="春节期间全省消费品市场运行平稳", published="2019-02-13T00:00:00+08:00", fields=("name",))
    assert got == [("重点监测零售销售额",), ("重点监测餐饮企业营业收入",)]
    # not the products a bulletin covers
    body = "上半年，在监测的主要工业产品中，钢产量增长5%。"
    assert rows(body, title="嘉峪关市上半年经济", published="2019-07-20T00:00:00+08:00", fields=("name",)) == [("钢产量",)]


def test_a_bare_list_after_a_clause_said_of_regions_listed_is_theirs_in_order():
    pub = "2026-02-10T08:00:00+08:00"
    body = "武威市、定西市和白银市2025年GDP总值均在800亿上下，分别为802.3亿元、793.9亿元和789.23亿元。"
    got = rows(body, title="2025年甘肃各市州GDP", published=pub, fields=("region", "name", "value_normalized"))
    assert got == [("武威市", "地区生产总值", 80_230_000_000), ("定西市", "地区生产总值", 79_390_000_000),
                   ("白银市", "地区生产总值", 78_923_000_000)]
    # the bound they all passed yields to their values (no second value of one series)
    body = "平凉市、张掖市和陇南市2025年GDP也都超过了700亿元，分别为754.88亿元、734.35亿元和716亿元。"
    got = rows(body, title="2025年甘肃各市州GDP", published=pub, fields=("region", "value_normalized"))
    assert got == [("平凉市", 75_488_000_000), ("张掖市", 73_435_000_000), ("陇南市", 71_600_000_000)]
    # a bound said of regions with no values after it stays each one's
    got = rows("甘州区、临泽县、高台县地区生产总值均突破100亿元。", title="张掖", published=pub, fields=("region",))
    assert got == [("甘州区",), ("临泽县",), ("高台县",)]
    # regions a clause before names last after 分别是: the next clause's figures are theirs, in order
    body = "紧随兰州之后，位居全省第二和第三位的分别是庆阳市和酒泉市，2025年GDP总值分别为1235.32亿元和1103.6亿元。"
    got = rows(body, title="2025年甘肃各市州GDP", published=pub, fields=("region", "name", "value_normalized"))
    assert got == [("庆阳市", "地区生产总值", 123_532_000_000), ("酒泉市", "地区生产总值", 110_360_000_000)]


def test_signings_at_an_event_other_than_a_fair_keep_its_name():
    pub = "2025-06-07T08:00:00+08:00"
    # held earlier in the sentence (its year no period), or named in its quoted core
    body = "全省工信系统深入实施招商行动。高规格成功举办2024中国产业转移发展对接活动，签约项目195个，总金额3062亿元。"
    assert rows(body, title="工信工作会议", published=pub, fields=("name",)) == [
        ("中国产业转移发展对接活动签约项目",), ("中国产业转移发展对接活动签约项目总金额",)]
    body = ("6月6日上午，2025年“津陇共振兴”合作交流大会在兰州新区举办，这是津甘两地连续第七年举办这项交流盛会。\n"
            "这次活动期间，两地共签约项目109个，签约金额达121.01亿元。")
    assert rows(body, title="山海协作", published=pub, fields=("name",)) == [
        ("津陇共振兴签约项目",), ("津陇共振兴签约项目签约额",)]
    # the event as the sentence's subject; people and firms at it are no count
    body = "前六届“津陇共振兴”活动，有超过2500家单位和企业参会，累计签约项目422个。"
    result = extract_indicators("山海协作", body, pub)
    assert [o.name for o in result.observations] == ["津陇共振兴签约项目"]
    assert {d.text for d in result.dropped if d.reason == "people at one event"} == {"2500家"}
    # the day opening the sentence is theirs, a 其中 breaks them down, a bare 金额 after agreements is theirs
    body = ("9月6日，2024年中国·定西马铃薯大会在定西召开，共签约项目和采购协议93个，金额达123.65亿元。其中，签约项目62个、"
            "金额101.02亿元，采购协议31个、金额22.63亿元。")
    got = rows(body, title="定西马铃薯大会召开", published="2024-09-08T00:00:00+08:00",
               fields=("name", "period_start", "period_end"))
    assert got == [("中国·定西马铃薯大会签约项目和采购协议", "2024-09-06", "2024-09-06"),
                   ("中国·定西马铃薯大会签约项目和采购协议金额", "2024-09-06", "2024-09-06"),
                   ("中国·定西马铃薯大会签约项目", "2024-09-06", "2024-09-06"),
                   ("中国·定西马铃薯大会签约项目金额", "2024-09-06", "2024-09-06"),
                   ("采购协议", "2024-09-06", "2024-09-06"), ("采购协议金额", "2024-09-06", "2024-09-06")]
    # an event opening its sentence, a 其中 after it
    body = "2024年中国·定西马铃薯大会在定西召开，共签约项目93个。其中，签约亿元以上项目12个。"
    assert rows(body, title="定西", published=pub, fields=("name",)) == [
        ("中国·定西马铃薯大会签约项目",), ("中国·定西马铃薯大会签约亿元以上项目",)]
    # several events held together: no event's name; a ceremony or a meeting of work is no event
    body = "9月6日，第十四届中国国际薯业博览会、2024年中国·定西马铃薯大会在定西召开，共签约项目62个。"
    assert rows(body, title="定西", published=pub, fields=("name",)) == [("签约项目",)]
    for body in ("3月20日，全县举行重点项目集中签约活动，签约项目30个。", "全县召开经济工作会议，今年签约项目30个。"):
        assert rows(body, title="临泽县", published=pub, fields=("name",)) == [("签约项目",)], body


def test_the_first_readings_of_round_31():
    pub = "2023-04-15T00:00:00+08:00"
    # a region's name spoken of is no subject for the sentences after it
    body = ("酒泉市位于甘肃省西北部河西走廊西端。甘肃省名“肃”字由来地。东接张掖市和内蒙古自治区，南接青海省。"
            "总面积19.2万平方公里，总人口110万人。")
    assert rows(body, title="酒泉的基本概况", published=pub, fields=("region_code",)) == [("620900",), ("620900",)]
    # 内蒙古 without 自治区, after a season
    result = extract_indicators("特色作物", "今年春季内蒙古5.9亿亩草畜平衡区草原纳入休牧期管理。", pub)
    assert not result.observations and [d.reason for d in result.dropped if d.text == "5.9亿亩"] == [
        "another province's figure"]
    # a bare money after what the giver did is the giver's
    body = "今年，厦门市已初步安排贫困县教育基础设施建设等5个方面的东西扶贫协作项目14项，资金4040万元。"
    assert rows(body, title="对口帮扶工作", published=pub) == []
    # a town's own entry, with an aside in brackets, its name ending in 城镇
    body = "2006年，全镇实现国内生产总值21.38亿元，比上年增长15.05%。农民人均纯收入6668元。"
    assert rows(body, title="皇城镇(资源与2006年经济)", published=pub) == []
    assert rows("2006年，全县农民人均纯收入6668元。", title="城镇(概况)", published=pub, fields=("name",)) == [
        ("农民人均纯收入",)]
    # 城镇化比率 is 城镇化率
    assert rows("2010年，全市城镇化比率64%。", title="酒泉", published=pub, fields=("name",)) == [("城镇化率",)]
    # a person by age is one household
    body = "53岁的彭玉芬家种了近200亩禾尚头小麦，年收入超10万元。\n2025年，皋兰农特产品网上销售额达5400万元。"
    assert rows(body, title="皋兰软儿梨与禾尚头面的致富经", published="2026-01-21T00:00:00+08:00",
                fields=("name",)) == [("农特产品网上销售额",)]


def test_the_second_readings_of_round_31():
    pub = "2012-09-25T09:00:00+08:00"
    # 在该县 is no part of a name; a thing's measure is not the thing's after a region opening a clause as its subject,
    # but is after a place said only where they lie
    body = "目前，经准入在该县开展玉米种子生产的企业达23家。"
    assert rows(body, title="临泽县玉米制种", published=pub, fields=("name",)) == [("经准入开展玉米种子生产的企业",)]
    body = "今年，全市新建果品保鲜库15座，平凉市总库容量达到7万吨。"
    assert rows(body, title="平凉果品", published=pub, fields=("name",))[-1] == ("总库容量",)
    body = "风电场58座，分布在瓜州县和玉门市，装机容量952万千瓦。"
    assert rows(body, title="酒泉风电", published=pub, fields=("name",))[-1] == ("风电场装机容量",)
    # but 在全县…中的比重 keeps its whole
    body = "2011年，全县工业经济在全县经济总量中的比重达到33.2%。"
    assert rows(body, title="临泽县", published=pub, fields=("name",)) == [("工业经济占地区生产总值比重",)]
    # a bare 合作总额 after the projects counted is theirs
    body = "前六届“津陇共振兴”活动，累计签约项目422个，合作总额819.88亿元。"
    assert rows(body, title="山海协作", published=pub, fields=("name",)) == [
        ("津陇共振兴签约项目",), ("津陇共振兴签约项目合作总额",)]
    # a prefecture the county lies under is no subject
    body = "临潭县，甘肃省甘南藏族自治州下辖县。截至2022年8月，全县总面积1557.68平方公里。截至2022年8月12日，有人口16.12万人。"
    assert rows(body, title="临潭县", published="2022-09-01T00:00:00+08:00", fields=("region_code",)) == [
        ("623021",), ("623021",)]
    # a person by a nickname: his firm's sales are his
    body = ("“当归哥”叫於军强，岷县军强电子商务有限公司总经理。\n2009年，於军强辞去工作回到家乡，创办网店。随后，於军强以“当归人家”"
            "为品牌，大力发展线上线下渠道，2023年销售额超过2000万元。")
    assert rows(body, title="甘肃定西：“千年药乡”药材香", published="2024-06-15T00:00:00+08:00") == []
    # people counted with 万 and no unit after 合计, before a bracket
    got = rows("酒泉市人口合计110万(2010年)其中城市人口70万，城镇化比率64%。", title="酒泉的基本概况", published=pub,
               fields=("name", "value_normalized"))
    assert got[:2] == [("人口", 1_100_000), ("城市人口", 700_000)]
    # a page whose headline is one firm's site is that site's entry
    body = ("陇海集团榆中高原夏菜冷链物流基地座落于兰州市榆中县连搭乡，总占地面积110亩，基地辐射带动2万户菜农增收致富，"
            "年交易额达8亿元。\n榆中高原夏菜冷链物流基地于2003年3月破土动工。建有蔬菜保鲜库10000平方米，静态储存量达10000吨。")
    assert rows(body, title="陇海集团榆中高原夏菜冷链物流基地", published="2018-06-01T00:00:00+08:00") == []
    assert len(rows(body.replace("榆中高原夏菜冷链物流基地于", "榆中县于"), title="陇海集团榆中高原夏菜冷链物流基地",
                    published="2018-06-01T00:00:00+08:00")) == 2
    # a central office's paired help is the giver's, in the sentence after its too
    body = ("据了解，国侨办在帮扶过程中，充分发挥部门优势，开展定点帮扶，鼓励海外侨资企业到积石山县投资。自1998年以来，先后捐资捐物"
            "1.21亿元，改扩建中小学32所，改造农村危房410户。")
    assert rows(body, title="临夏州积石山：帮扶加快脱贫进程", published="2017-10-27T00:00:00+08:00") == []


def test_the_review_of_round_31_stays_fixed():
    pub = "2024-06-28T10:00:00+08:00"

    def names(body, title="临泽县"):
        return [r[0] for r in rows(body, title=title, published=pub, fields=("name",))]
    # an event held earlier in the sentence, named without the clause before it or its edition
    assert names("会宁县在兰州举办招商引资推介会，现场签约项目8个。", "会宁县") == ["招商引资推介会签约项目"]
    assert names("临洮县举办首届文化旅游节暨招商引资推介会，签约项目12个。", "临洮县") == ["文化旅游节暨招商引资推介会签约项目"]
    # campaigns, events counted, a means, a trip, the year's signings told after an event: no event's name
    for body in ("全县深入开展“招商引资提质年”活动，新签约项目35个。", "今年以来，全县共举办招商推介会12场，签约项目45个。",
                 "借助在兰州举办的招商推介会平台，全县签约项目45个。", "县长带队赴浙江开展招商活动，签约项目5个。",
                 "以第五届中国·岷县当归产业发展大会召开为契机，今年全县签约项目45个。"):
        assert all("会" not in n and "活动" not in n for n in names(body)), body
    assert names("我县举办2023年中国·岷县当归产业发展大会，签约项目28个，全年签约项目86个。", "岷县") == [
        "中国·岷县当归产业发展大会签约项目", "签约项目"]
    # a breakdown of an event's signings is named by it once
    body = "武威市在天津举办“天马故里·武威”招商推介会，共签约项目15个。其中，工业项目9个，签约金额41亿元。"
    assert names(body, "武威")[-1] == "天马故里·武威签约工业项目签约额"
    # a work meeting's day dates nothing; an event's day is its sentence's (and a 其中's) only
    body = "6月25日，全县经济运行分析会召开，会议通报，全县规上工业增加值增长8.2%，签约项目32个。"
    assert rows(body, title="临泽县", published=pub, fields=("period_end",)) == [("2024-06-28",)]
    body = "5月20日，全县招商引资推介会在兰州举行，签约项目23个。全县累计完成固定资产投资45亿元，增长12%。"
    assert rows(body, title="临泽县", published=pub, fields=("period_end",)) == [("2024-05-20",), ("2024-06-28",)]
    # a year opening the clause is a period, and 全省 after it the subject
    body = "2024年全省招商引资大会在兰州召开，会上签约项目120个。"
    assert rows(body, title="甘肃", published=pub, fields=("region_code", "period_start")) == [("620000", "2024-01-01")]
    # a prefecture that is its sentence's subject stays so before 下辖; a county's prefecture after 辖县 does not
    body = "兰州市是甘肃省省会。定西市下辖7个县区，2023年地区生产总值达到620亿元。"
    assert rows(body, title="陇中见闻", published=pub, fields=("region_code",)) == [("621100",)]
    body = "肃北县，酒泉市辖县，总面积6.93万平方公里。"
    assert rows(body, title="肃北县", published=pub, fields=("region_code",)) == [("620923",)]
    # a crop with a nickname is no person; 户籍 keeps its rate; 新疆地区 is another province, 新疆客商 are not
    assert len(rows("在岷县，“金疙瘩”叫马铃薯，今年种植面积达到35万亩。", title="岷县", published=pub)) == 1
    body = "2023年，全县常住人口城镇化率38.6%，户籍人口城镇化率32.1%。"
    assert names(body) == ["城镇化率", "户籍人口城镇化率"]
    assert names("新疆地区生产总值达到1.9万亿元。酒泉市地区生产总值680亿元。", "酒泉") == ["地区生产总值"]
    assert names("新疆客商在我县投资3.2亿元。") == ["新疆客商投资"]
    # 与会员 is no one attending
    result = extract_indicators("临泽县", "2023年，全县120家企业与会员单位签订了购销合同。", pub)
    assert "people at one event" not in {d.reason for d in result.dropped}
    # a place a county lies near is no subject (在兰州东郊)
    body = "榆中大白菜产区地处黄土高原，在兰州东郊，总面积3301.64平方公里。"
    assert rows(body, title="榆中大白菜", published=pub, fields=("region_code",)) == [("620123",)]


def test_a_structure_stated_as_a_span_gives_the_later_one_its_own_period():
    pub = "2007-03-01T00:00:00+08:00"
    title = "甘肃省2006年国民经济和社会发展统计公报"
    body = "第一、第二和第三产业增加值占生产总值的比重分别由“十五”末2005年的12.0 :48.7 :39.3转变为10.9 :51.6 :37.5。"
    got = rows(body, title=title, published=pub, fields=("name", "value_normalized", "period_start"))
    assert got == [("第一产业比重", 12.0, "2005-01-01"), ("第二产业比重", 48.7, "2005-01-01"),
                   ("第三产业比重", 39.3, "2005-01-01"), ("第一产业比重", 10.9, "2006-01-01"),
                   ("第二产业比重", 51.6, "2006-01-01"), ("第三产业比重", 37.5, "2006-01-01")]
    # an undated first structure is no row; the later one is
    result = extract_indicators(title, "第一、第二和第三产业增加值占生产总值的比重由12.0:48.7:39.3转变为10.9:51.6:37.5。", pub)
    assert [o.value_normalized for o in result.observations] == [10.9, 51.6, 37.5]
    assert {d.text for d in result.dropped if d.reason == "a span's first value with no date of its own"} == {
        "12.0", "48.7", "39.3"}


def test_a_bare_measure_after_a_county_wide_one_is_county_wide_too():
    body = "全省县域经济规模达到1.1万亿元，同比增长6.2%，县域规上工业增加值同比增长7%，固定资产投资同比增长8.2%。"
    got = rows(body, title="甘肃省县域经济", published="2024-05-10T00:00:00+08:00", fields=("name",))
    assert got == [("县域经济规模",), ("县域规模以上工业增加值",), ("县域固定资产投资",)]
    # not after a region names its own
    body = "全省县域规上工业增加值同比增长7%，兰州市固定资产投资同比增长8.2%。"
    assert rows(body, title="甘肃", published="2024-05-10T00:00:00+08:00", fields=("name",))[-1] == ("固定资产投资",)


def test_the_second_review_of_round_31_stays_fixed():
    pub = "2024-06-30T10:00:00+08:00"

    def got(body, title, fields=("name",)):
        return rows(body, title=title, published=pub, fields=fields)
    # a headline that says what a firm does is no site's entry; a site page's paragraph back on the county is the county's
    assert len(got("酒泉市新能源装机容量达2000万千瓦。\n今年以来，新能源发电量达到300亿千瓦时，同比增长15%。",
                   "酒泉市与中广核集团共建新能源基地")) == 2
    assert got("基地年销售蔬菜20万吨。\n县上大力发展高原夏菜，种植面积达45万亩。", "陇海集团榆中高原夏菜冷链物流基地") == [
        ("高原夏菜种植面积",)]
    # the site's own first sentence, 榆中 in its name no region
    assert got("榆中高原夏菜冷链物流基地于2003年3月破土动工，总投资1.2亿元。", "陇海集团榆中高原夏菜冷链物流基地") == []
    # people's and investment's structures are no output shares; dated first structures keep their dates
    assert got("2023年，全县三次产业从业人员比重为40.2:20.1:39.7。", "临泽县") == []
    body = "2023年，全县三次产业结构由“十三五”末的15.2:25.3:59.5调整为12.0:35.1:52.9。"
    assert [r[0] for r in got(body, "临泽县", ("period_end",))] == ["2020-12-31"] * 3 + ["2023-12-31"] * 3
    assert len(got("全县三次产业结构由原来的22:36:42调整为18.6:30.2:51.2。", "临泽县")) == 3   # (原来: undated, no row)
    # central offices' 定点帮扶 by their other names
    for body in ("国务院侨务办公室在积石山县开展定点帮扶。自1998年以来，先后捐资捐物1.21亿元。",
                 "中央统战部定点帮扶渭源县以来，累计投入帮扶资金2.3亿元。"):
        assert got(body, "定点帮扶显成效") == [], body
    # 近郊, 市郊: where it lies, no subject
    for body in ("在兰州近郊，建成高原夏菜基地20万亩。", "在兰州市郊，建成高原夏菜基地20万亩。"):
        assert got(body, "榆中县高原夏菜", ("region_code",)) == [("620123",)], body
    # a bare 协议金额 after projects is theirs
    assert got("全县共签约招商项目30个，协议金额45亿元。", "临泽县")[-1] == ("签约招商项目协议金额",)


def test_the_third_review_of_round_31_stays_fixed():
    pub = "2024-07-02T10:00:00+08:00"

    def got(body, title, fields=("name", "period_end")):
        return rows(body, title=title, published=pub, fields=fields)
    # the county's totals after a semicolon are its own, undated by the event's day
    body = "6月12日，第三届中国·岷县当归产业发展大会在岷县开幕，签约项目18个；全县累计签约项目56个，签约金额120亿元。"
    assert got(body, "岷县招商") == [("中国·岷县当归产业发展大会签约项目", "2024-06-12"), ("签约项目", "2024-07-02"),
                                    ("招商引资签约额", "2024-07-02")]
    # 会上 then the half year's signings: the county's
    body = "全县招商引资推介会召开。会上，县长指出，上半年全县签约项目45个。"
    assert got(body, "会宁招商", ("name",)) == [("签约项目",)]
    # a fair after an event's clause keeps its own name
    body = "县上在兰州举办招商推介会，现场签约项目8个；同时，组织企业参加兰洽会，签约项目5个。"
    assert got(body, "会宁招商", ("name",)) == [("招商推介会签约项目",), ("兰洽会签约项目",)]
    # a work meeting's day dates nothing, an event's day keeps the paragraph's carried period for what follows
    body = "2月18日，全县经济工作大会召开，全县地区生产总值增长6.5%，签约项目32个。"
    assert got(body, "会宁经济", ("name",)) == [("签约项目",)]
    body = ("1-5月，全县规上工业增加值增长8%。6月12日，第三届中国·岷县当归产业发展大会在岷县开幕，签约项目18个。"
            "全县社会消费品零售总额增长7%。")
    assert [r[1] for r in got(body, "岷县经济")] == ["2024-05-31", "2024-06-12", "2024-05-31"]
    # a day span, a weekday, an edition opening the sentence
    body = "6月6日至8日，第三届中国·岷县当归产业发展大会在岷县举办，共签约项目18个。"
    assert got(body, "岷县", ("period_start", "period_end")) == [("2024-06-06", "2024-06-08")]
    body = "6月18日（星期二），2024年中国·定西马铃薯大会在定西召开，共签约项目93个。"
    assert got(body, "定西马铃薯大会") == [("中国·定西马铃薯大会签约项目", "2024-06-18")]
    assert got("第二十四届中国·岷县当归产业发展大会，共签约项目28个。", "岷县", ("name",)) == [
        ("中国·岷县当归产业发展大会签约项目",)]
    # firms at a fair are no count; 现场 stays in other names; a county its prefecture holds, named right after
    assert got("今年，全县22家企业参加兰洽会，签约项目18个。", "陇西县兰洽会成果", ("name",)) == [("签约项目",)]
    assert got("全县建成现场教学点15个。", "会宁党建", ("name",)) == [("现场教学点",)]
    assert got("白银市下辖的会宁县，2023年粮食产量达到65万吨。", "甘肃粮食生产", ("region_code",)) == [("620422",)]
    # a nickname by trade is a person, a crop's is not
    assert got("“羊倌”叫马有福，今年出栏肉羊300只。", "环县肉羊") == []
    assert len(got("“金娃娃”叫马铃薯，今年种植面积达到35万亩。", "岷县马铃薯")) == 1
    # a capacity after a 其中 breakdown by region stays the thing's
    body = "全市建成冷库320座，其中安定区120座、陇西县80座，总库容量达到50万吨。"
    assert got(body, "定西冷链物流", ("name",))[-1] == ("冷库总库容量",)


def test_the_fourth_review_of_round_31_stays_fixed():
    pub = "2024-06-22T10:00:00+08:00"

    def got(body, title, fields=("name", "period_end")):
        return rows(body, title=title, published=pub, fields=fields)
    # an event's days as a span date its signings only, carried nowhere
    body = "6月6日至8日，第三届中国·岷县当归产业发展大会在岷县开幕，共签约项目18个；全县当归种植面积达到35万亩。"
    assert got(body, "岷县招商", ("period_start", "period_end")) == [("2024-06-06", "2024-06-08"), ("", "2024-06-22")]
    # its projects broken down in the same sentence keep its day
    body = "6月12日，第三届中国·岷县当归产业发展大会在岷县开幕，签约项目18个，其中工业项目10个。"
    assert [r[1] for r in got(body, "岷县招商")] == ["2024-06-12", "2024-06-12"]
    # remarks about the county do not end an event's signings
    body = "县上在兰州举办招商推介会，全县上下积极参与，现场签约项目8个。"
    assert got(body, "会宁招商", ("name",)) == [("招商推介会签约项目",)]
    # the county after 辖县 or a city's 远郊 is the subject; a prefecture before a list of its counties stays
    assert got("天水市辖县秦安县，2023年地区生产总值达到85亿元。", "甘肃各地", ("region_code",)) == [("620522",)]
    assert got("天水市远郊的秦安县，2023年苹果产量达到80万吨。", "甘肃苹果", ("region_code",)) == [("620522",)]
    body = "定西市所辖的安定区、陇西县、渭源县等7个县区，2023年马铃薯种植面积达到300万亩。"
    assert got(body, "定西马铃薯", ("region_code",)) == [("621100",)]
    # the sectors' shares of output however said; an undated or a basis's earlier structure is no row
    assert len(got("2023年，全县三次产业增加值占全县生产总值的比重为20.1:30.2:49.7。", "会宁经济")) == 3
    assert len(got("2023年，全县三次产业结构比例由上年同期的25:30:45调整为18:32:50。", "会宁经济")) == 3
    # a county's own 县域 figures name nothing else; cadres' 定点帮扶 is the county's own
    body = "2023年，县域经济总量达到120亿元，增长6%，一般公共预算收入5.2亿元，增长8%。"
    assert got(body, "会宁县2023年经济运行情况", ("name",))[-1] == ("一般公共预算收入",)
    assert len(got("全县党员干部定点帮扶以来，累计落实帮扶资金1500万元。", "会宁乡村振兴")) == 1
    # another province with its own scope, whatever it measures
    body = "2023年，宁夏全区粮食产量达到380万吨，全县粮食产量达到45万吨。"
    assert got(body, "环县粮食", ("value_normalized",)) == [(450_000,)]


def test_the_readings_of_round_32():
    pub = "2021-01-01T00:00:00+08:00"

    def got(body, title, fields=("name", "period_start", "period_end")):
        return rows(body, title=title, published=pub, fields=fields)
    # a year before land by its use, a bare 人口, land per head or timber: that year's end, as for 常住人口
    body = "2013年，全县总面积3678平方公里，人口23.08万，耕地面积106万亩，木材蓄积量达123.86万立方米。"
    assert got(body, "民乐县概况") == [("总面积", "", "2013-12-31"), ("人口", "", "2013-12-31"),
                                      ("耕地面积", "", "2013-12-31"), ("木材蓄积量", "", "2013-12-31")]
    assert got("1985年农业人口人均占有土地9.12亩。", "临夏州志") == [("农业人口人均占有土地", "", "1985-12-31")]
    # (land sown or added over the year stays the year's)
    assert got("2013年，全县新增耕地面积3000亩，粮食播种面积50万亩。", "民乐县农业") == [
        ("新增耕地面积", "2013-01-01", "2013-12-31"), ("粮食播种面积", "2013-01-01", "2013-12-31")]
    # a bare year in brackets after a figure dates that figure (over a point carried from before), not the next
    body = "截至2020年末，辖8个县市。常住人口217万(2018)。地区生产总值255.35亿元(2018)，平均年降水量537毫米。"
    assert got(body, "临夏回族自治州") == [("常住人口", "", "2018-12-31"), ("地区生产总值", "2018-01-01", "2018-12-31")]
    assert got("据甘肃发展年鉴(2019)，全县共有合作社120家。", "民乐合作社", ("period_end",)) == [("2021-01-01",)]
    # an infobox's bullet is no part of the name
    assert got("临夏回族自治州\n- 人口\n- 常住人口217万(2018)", "临夏回族自治州", ("name",)) == [("常住人口",)]
    # 西和 before a direction is "west and", not 西和县
    body = "民乐县西南与肃南县交界，西和西北同甘州区毗邻。2013年全县生产总值16.58亿元。"
    assert got(body, "民乐县概况", ("region_code",)) == [("620722",)]
    assert got("西和县2023年地区生产总值达到60亿元。", "陇南经济", ("region_code",)) == [("621225",)]
    # 万多 after a population with no unit counts people, about so many; the shares after it are of it, also
    # one held by several peoples together and the one after that
    body = "总人口145万多，其中回族占35.58%，保安族、撒拉族、土族、藏族等占1.07%，汉族占46.67%。"
    assert got(body, "临夏州志", ("name", "value_normalized", "approx")) == [
        ("总人口", 1_450_000, True), ("回族占总人口比重", 35.58, False),
        ("保安族、撒拉族、土族、藏族等占总人口比重", 1.07, False), ("汉族占总人口比重", 46.67, False)]
    body = "全区农作物播种面积150万亩，其中小麦占农作物播种面积的31.42%，谷子、糜子约占16%，青稞、洋芋占20%。"
    assert [r[0] for r in got(body, "凉州区粮食")][1:] == [
        "小麦占农作物播种面积比重", "谷子、糜子占农作物播种面积比重", "青稞、洋芋占农作物播种面积比重"]


def test_the_second_readings_of_round_32():
    pub = "2024-02-28T00:00:00+08:00"

    def got(body, title, fields=("name",)):
        return rows(body, title=title, published=pub, fields=fields)
    # what an industry contributed to the county's revenue, income and value added is the industry's
    body = "2017年，全县中医药产业产值达到241.66亿元，贡献财政收入1.36亿元、农民人均可支配收入1684元、工业增加值15.7亿元。"
    assert got(body, "陇西中医药") == [("中医药产业产值",), ("中医药产业贡献财政收入",),
                                      ("中医药产业贡献农民人均可支配收入",), ("中医药产业贡献工业增加值",)]
    # capacity built stays apart from all there is; a year with a capacity is its end
    body = "2018年，全市原油产量达到816万吨；新建天然气产能3亿立方米。"
    assert got(body, "庆阳能源", ("name", "period_start")) == [("原油产量", "2018-01-01"), ("新建天然气产能", "2018-01-01")]
    assert got("2011年，全市年内风电装机突破200万千瓦。", "玉门风电", ("name", "period_start", "period_end")) == [
        ("风电装机", "", "2011-12-31")]
    # an equivalent, a method's saving and a goal's figure are no figures of the economy
    assert got("全省现有40万亩戈壁设施农业，从产量的角度测算，相当于增加了近100万亩农田。", "甘肃戈壁农业") == [
        ("戈壁设施农业",)]
    assert got("戈壁温室单茬亩均用水约400方，较大田节水40%以上，节肥30%以上。", "甘肃戈壁农业") == []
    assert got("为使风电1500万千瓦的近期目标得以实现，全市加快建设。", "玉门风电") == []
    # a target met is no target; progress against a plan counted in people
    body = "至5月底，全市劳务输转已超额完成全年目标任务，共组织输转城乡富余劳动力15.71万人，完成年计划15万人的104.76%。"
    assert got(body, "酒泉劳务输转") == [("劳务输转",), ("劳务输转占年计划比重",)]
    # a county where a disaster struck, named in a clause of time, is not what the paragraph goes on about
    body = ("去年我省脱贫成果巩固成效显著。\n据了解，积石山县地震灾害发生后，我省先落实帮扶措施。"
            "为持续增加脱贫人口收入，335万脱贫人口深度嵌入产业链。")
    assert got(body, "甘肃脱贫成果", ("region_code",)) == [("620000",)]
    # the poor areas' income is not all the rural income; words of manner are no part of a name
    assert got("脱贫地区农村居民人均可支配收入12107元、增长8.2%。", "甘肃脱贫") == [("脱贫地区农村居民人均可支配收入",)]
    assert got("全省成功输转脱贫劳动力199.9万人，划定粮食生产功能区38.26万亩。", "甘肃") == [
        ("输转脱贫劳动力",), ("粮食生产功能区",)]
    assert got("小额信贷贷款总量居全国第2、贷款余额更是位居全国首位。", "甘肃", ("name",))[1] == ("贷款余额全国排名",)
    assert got("实现了对67.5%的监测对象精准落实产业帮扶。", "甘肃脱贫") == []
    # an older name of the same measure (not 地方生产总值: the local part of a GDP, 玉门's without its oil field)
    assert got("2011年，全市实现地方生产总值125亿元，农村人均可支配收入10097元。", "玉门") == [
        ("地方生产总值",), ("农村居民人均可支配收入",)]
    # a share no subject is read for names nothing (not 占全国比重: any of the county's shares)
    assert got("在全国统一普查的363个中药材主要品种中，陇西有96种，占全国的26.4%。", "陇西中药材") == []
    # subjects listed before one share, with no share before them, hold it together; 各 shares it out
    assert got("全州总人口200万人，其中回族、东乡族约占60%。", "临夏人口") == [("总人口",), ("回族、东乡族占总人口比重",)]
    assert got("全县农作物播种面积50万亩，马铃薯、中药材、蔬菜等特色作物占35%。", "定西农业")[1] == ("特色作物比重",)
    # 西和 before a border is a direction, its north is the county's
    assert got("2023年，全市种植半夏10万亩，其中西和北部山区种植半夏5万亩。", "陇南半夏", ("region_code",)) == [
        ("621200",), ("621225",)]
    # a bare year in brackets after a longer unit or a space
    assert got("截至2020年末，辖8个县市。常住人口217万 (2018)。", "临夏", ("period_end",)) == [("2018-12-31",)]


def test_the_review_of_round_32_stays_fixed():
    pub = "2024-04-10T00:00:00+08:00"

    def got(body, title, fields=("name",)):
        return rows(body, title=title, published=pub, fields=fields)
    # land worked, people added, land taken: the year's, apart from the stock
    body = "截至2023年底，全县耕地106万亩。2023年，全县整治耕地5万亩，新增人口2000人，耕地占用面积300亩。"
    assert [r[1] for r in got(body, "民乐", ("name", "period_start"))] == ["", "2023-01-01", "2023-01-01", "2023-01-01"]
    assert got("2023年，全县易地扶贫搬迁500户，人口2000人。", "民乐", ("period_start",))[-1] == ("2023-01-01",)
    # 西和 before a border word is a direction, before a part of itself the county
    assert got("礼县东接天水，西和北界岷县、漳县，总人口54万人。", "礼县概况", ("region_code",)) == [("621226",)]
    assert got("西和南川一带种植半夏1万亩。", "陇南半夏", ("region_code",)) == [("621225",)]
    # a target met, then what is ahead, is still a target
    assert got("全县已超额完成全年目标任务，年底前将新建日光温室500座。", "会宁") == []
    assert got("全县已顺利完成一季度目标任务，全年输转劳动力12万人。", "会宁") == []
    # a city where an outbreak was, then 全市: the city's
    assert got("天水市疫情防控期间，全市累计发放消费券5000万元。", "消费券", ("region_code",)) == [("620500",)]
    # no list of subjects across a figure's unit; 均 is each one's
    assert got("全县第一产业增加值10亿元、第二产业增加值15亿元、第三产业占55%。", "会宁")[-1] == ("第三产业比重",)
    assert got("全州总人口200万人，其中回族、东乡族均占30%。", "临夏")[-1] == ("东乡族占总人口比重",)
    # contributions however listed, and by an industry named in their clause
    assert got("全县旅游业贡献财政收入1亿元。", "会宁") == [("旅游业贡献财政收入",)]
    body = "全县中医药产业产值达到20亿元，为全县贡献财政收入1.2亿元，GDP 8亿余元。"   # (past a comma: the county's again)
    assert got(body, "陇西")[1:] == [("中医药产业贡献财政收入",), ("地区生产总值",)]
    assert got("全县工业对经济增长的贡献率达30%，全县财政收入5亿元。", "会宁")[-1] == ("大口径财政收入",)
    # the poor villages' income is not all villages'; an industry's saving of energy is a figure
    assert got("2023年，全县脱贫村集体经济收入2000万元。", "会宁") == [("脱贫村集体经济收入",)]
    assert got("全市规模以上工业企业节能率达到5%。", "天水") == [("规模以上工业企业节能率",)]
    assert got("全县创业成功率达到90%。", "会宁") == [("创业成功率",)]


def test_the_third_review_of_round_32_stays_fixed():
    pub = "2024-10-10T00:00:00+08:00"

    def got(body, title, fields=("name",)):
        return rows(body, title=title, published=pub, fields=fields)
    # a contribution's list stops at a comma; each 贡献 has its own contributor, named in its clause
    body = "全县中医药产业产值241亿元，贡献税收3亿元，全县农村居民人均可支配收入达到1.3万元。"
    assert got(body, "陇西")[-1] == ("农村居民人均可支配收入",)
    assert got("全县旅游业贡献财政收入1亿元，全县财政收入10亿元。", "会宁") == [("旅游业贡献财政收入",), ("大口径财政收入",)]
    assert got("全县工业贡献财政收入5亿元，农业贡献财政收入1亿元。", "会宁") == [("工业贡献财政收入",), ("农业贡献财政收入",)]
    assert got("非公经济贡献财政收入5亿元、GDP 50亿元。", "会宁") == [("非公经济贡献财政收入",), ("非公经济贡献GDP",)]
    assert got("2023年中医药产业为全县贡献财政收入1.2亿元。", "陇西") == [("中医药产业贡献财政收入",)]
    assert got("工业对经济增长的贡献达到40%，全县财政收入5亿元。", "会宁")[-1] == ("大口径财政收入",)
    # a target met, then what was done, counts; what is ahead does not
    assert got("截至6月底，全县已超额完成上半年目标任务，累计输转劳动力8万人。", "会宁") == [("劳务输转",)]
    assert got("全县已顺利完成一季度目标任务，共签约项目20个。", "会宁") == [("签约项目",)]
    assert got("全县已超额完成全年目标任务，2025年共新建日光温室200座。", "会宁") == []
    assert got("全县已输转12万人，已超额完成一季度目标任务，全年可输转15万人。", "会宁") == [("输转",)]
    # a disaster's county before 全州 or a county-level city before 全市 keeps the region
    assert got("玉门市疫情防控期间，全市累计发放消费券5000万元。", "消费券", ("region_code",)) == [("620981",)]
    # a list whose start is not read names no share (not the last one's); 均约占 each one's
    assert got("全区农作物播种面积150万亩，其中农民专业合作社、家庭农场占60%。", "凉州")[-1] == ("农民专业合作社、家庭农场比重",)
    assert got("全州总人口200万人，其中回族、东乡族均约占30%。", "临夏")[-1] == ("东乡族占总人口比重",)
    # the people of households counted are not the county's 人口 at the year's end; a city's 节水率 is a figure
    assert got("2023年，全县低保户数1.2万户，人口3万人。", "会宁", ("period_start",))[-1] == ("2023-01-01",)
    assert got("2023年全县城市节水率达到95%。", "会宁") == [("城市节水率",)]


def test_a_change_per_unit_is_not_the_figure_before_it_and_a_qualified_part_names_itself():
    # 亩均增产 is the yield's growth, not the area's; a 人均 change after a per-head figure is its own
    assert rows("推广水肥一体化技术10万亩，亩均增产15%。", title="会宁农业", fields=("name", "change_pct")) == [
        ("水肥一体化技术", None)]
    assert rows("全县农民人均可支配收入1.2万元，人均增长8%。", title="会宁", fields=("change_pct",)) == [(8.0,)]
    # a part after 其中 that is a qualified synonym states its own measure (not 地方生产总值地区生产总值)
    assert rows("全市实现地区生产总值300亿元，其中地方生产总值80亿元。", title="玉门经济", fields=("name",)) == [
        ("地区生产总值",), ("地方生产总值",)]


def test_the_readings_of_the_eighty_third_set():
    pub = "2024-01-29T00:00:00+08:00"

    def got(body, title, fields=("name",)):
        return rows(body, title=title, published=pub, fields=fields)
    # progress against a target told with the target's own figure; the result beside it is no target
    body = "截至目前，全市输转城乡劳动力29.6万人，完成目标任务28万人的105.7%，实现劳务收入84.97亿元，完成目标任务81亿元的104.9%。"
    assert got(body, "张掖劳务输转") == [("劳务输转",), ("劳务输转占目标任务比重",), ("劳务收入",), ("劳务收入占目标任务比重",)]
    # 一次性 is one-off, no count
    assert got("为11269人发放脱贫劳动力外出务工一次性交通补助365.626万元。", "张掖劳务") == [
        ("脱贫劳动力外出务工一次性交通补助",)]
    # the whole's measure said again of a part after 其中 is the part's
    body = "该县共计接待游客62.67万人次，旅游总收入2.18亿元，其中，过夜游2.06万人次，旅游收入1799.43万元；一日游60.61万人次，旅游收入20029.18万元。"
    assert [r[0] for r in got(body, "和政花儿大会")] == ["旅游接待人次", "旅游综合收入", "过夜游", "过夜游旅游收入", "一日游",
                                                       "一日游旅游收入"]
    # the parts of one spot's visitors are the spot's
    body = "6月13日至15日，松鸣岩景区累计接待游客17.97万人次，其中省外游客5.14万人次，省内游客12.83万人次。全县共计接待省外游客14.64万人次。"
    assert got(body, "和政花儿大会", ("value_normalized",)) == [(146_400,)]
    # the kind of trade is no part of a name (but 以奖代补 is a programme's; 该省, often another province, stays)
    assert got("甘肃以加工贸易方式进出口12.9亿元，该省与一带一路沿线国家进出口20亿元。", "甘肃外贸") == [
        ("加工贸易方式进出口",), ("该省与一带一路沿线国家进出口",)]
    assert got("采取以奖代补方式下达资金500万元。", "临泽") == [("以奖代补方式下达资金",)]
    # parcels sent over the months are a flow, not a stock; 布设 is a verb
    assert rows("1—8月份，全省累计寄递甘味农产品3824.7万件。", title="甘肃快递", published="2024-09-24T10:00:00+08:00",
                fields=("period_start", "period_end")) == [("2024-01-01", "2024-08-31")]
    assert got("全州布设河湖视频监控107处。", "甘南水利") == [("河湖视频监控",)]


def test_the_review_of_the_eighty_third_sets_readings_stays_fixed():
    def got(body, title, fields=("name",)):
        return rows(body, title=title, published="2024-06-01T08:00:00+08:00", fields=fields)
    # another province's 该省 figure is not the province's
    body = "2023年，甘肃外贸进出口总值491.7亿元。青海省商务厅发布数据显示，2023年，该省外贸进出口总值41亿元。"
    assert got(body, "西北外贸")[-1] == ("该省外贸进出口总值",)
    # a bare 目标: the target's own figure is no row, the progress against it is the measure's
    assert got("全县实现劳务收入8.5亿元，完成年度目标8亿元的106.3%。", "临泽") == [("劳务收入",), ("劳务收入占年度目标比重",)]
    body = "全县固定资产投资完成年度目标的90%。全县输转劳动力1.8万人，完成年度目标的105%。"
    assert got(body, "临泽") == [("固定资产投资占年度目标比重",), ("劳务输转",), ("劳务输转占年度目标比重",)]
    # a per-unit figure keeps its per-unit change
    assert got("马铃薯单产2000公斤，亩均增产15%。", "会宁", ("change_pct",)) == [(15.0,)]
    # a quarter's visitors are no part whose income it would name
    body = "全州实现旅游收入150亿元，其中，一季度游客500万人次，旅游收入25亿元。"
    assert got(body, "临夏旅游")[-1] == ("旅游综合收入",)


def test_one_levels_part_of_a_regions_revenue_keeps_its_level():
    # 市本级, 县级 before a lexicon name: one level's part, never the region's whole
    got = rows("全市一般公共预算收入30亿元，其中市本级一般公共预算收入12亿元。全县县级财政收入8089万元。", title="张掖财政",
               fields=("name",))
    assert got == [("一般公共预算收入",), ("市本级一般公共预算收入",), ("县级财政收入",)]


def test_the_readings_of_round_33():
    # each found where one article filed two values under one series (the stream's conflicts), or in the
    # eighty-fourth held-out set
    def got(body, title, pub="2021-04-20T09:00:00+08:00", fields=("name", "value_normalized")):
        return rows(body, title=title, published=pub, fields=fields)
    # projects on a list, counted in 项 (项目投资清单, 的 before the count): projects, and their investment theirs
    body = "目前，全县今年共实施重大投资项目100项，总投资93亿元；列入市列项目投资清单75项，总投资78.7亿元。"
    assert got(body, "渭源县项目") == [
        ("重大投资项目", 100), ("重大投资项目总投资", 9_300_000_000),
        ("列入市列项目投资清单项目", 75), ("列入市列项目投资清单项目总投资", 7_870_000_000)]
    assert got("列入投资项目清单的61项，完成投资41亿元。", "灵台县项目")[0] == ("列入投资项目清单项目", 61)
    # land set aside for building is one noun, and its parts are land for theirs (not the greenhouses built)
    body = "目前已落实秋季设施农业建设用地2621亩，其中日光温室1532亩、暖棚养殖1189亩。全县新增建设用地1200亩。"
    assert [r[0] for r in got(body, "民勤设施农业")] == [
        "秋季设施农业建设用地", "日光温室建设用地", "暖棚养殖建设用地", "新增建设用地"]
    # what one project did, told right after its own investment (总投资…的…项目): the project's, no row
    body = ("小华山风景区，启动实施了总投资400万元的田园式旅游度假村建设项目，目前已到位资金150万元，完成了主体工程。"
            "全县实施了总投资5亿元的重点项目30个，目前已到位资金3亿元。")
    assert got(body, "清水县旅游", "2006-06-30T09:00:00+08:00") == [
        ("重点项目总投资", 500_000_000), ("重点项目", 30), ("重点项目到位资金", 300_000_000)]
    # firms counted after projects of the sentence before: the investment after them is the firms'
    body = ("今年以来，陇西县共实施50万元以上各类项目128项，完成投资34.73亿元。"
            "中医药循环经济产业园引进入驻中医药加工企业和科研机构16家，总投资8.3亿元，完成投资2.6亿元。")
    assert [r[0] for r in got(body, "陇西县项目")][3:] == [
        "入驻中医药加工企业和科研机构总投资", "入驻中医药加工企业和科研机构投资"]
    # (but projects promoted, counted in 项, are no firms: their total stays the projects')
    body = "推介的重点招商引资项目达506项，总投资4019.97亿元。其中天水市推介120项，总投资336.88亿元。"
    assert "推介总投资" not in [r[0] for r in got(body, "天水招商")]
    # power stations the province counts are no one station; those being built, and their parts, stay apart
    body = ("截止2010年底，全省建成农村中小水电站743座，总装机容量251万千瓦，其中小型水电站732座，装机容量168.3万千瓦。"
            "目前在建中小水电站153座，总装机197万千瓦，其中小型水电站138座，装机容量97万千瓦，中型水电站15座，"
            "装机容量100万千瓦。")
    assert [r[0] for r in got(body, "甘肃农村水电", "2011-08-30T09:00:00+08:00")] == [
        "农村中小水电站", "农村中小水电站总装机容量", "小型水电站", "小型水电站装机容量", "在建中小水电站",
        "在建中小水电站总装机", "在建小型水电站", "在建小型水电站装机容量", "在建中型水电站", "在建中型水电站装机容量"]
    # a kind named by a verb (发展型, 带动性) is no verb to cut at; the money right after a part counted is the part's;
    # a scale told in households and in yuan is one name; 本年度 is the year, 度 and all
    body = ("截至目前，全县申报本年度第二批精准扶贫贷款专项贷款规模1091户、5072万元，"
            "其中：发展型贫困户615户、贷款金额2745万元；带动型贫困户476户、贷款金额2327万元。")
    assert got(body, "皋兰县精准扶贫贷款", "2015-10-09T09:00:00+08:00") == [
        ("第二批精准扶贫贷款专项贷款规模", 1091), ("第二批精准扶贫贷款专项贷款规模", 50_720_000),
        ("发展型贫困户", 615), ("发展型贫困户贷款金额", 27_450_000),
        ("带动型贫困户", 476), ("带动型贫困户贷款金额", 23_270_000)]
    assert got("其中自用发展型贷款61.67亿元。", "天水扶贫贷款")[0][0] == "自用发展型贷款"
    # a growth against the last five-year plan's years is the figure's change, no row named 比十一五
    body = "“十二五”期间，全省累计商品房销售面积5797.75万平方米，比“十一五”增长81.88%。"
    assert got(body, "甘肃住房", "2016-02-13T09:00:00+08:00", ("name", "change_pct")) == [("商品房销售面积", 81.88)]
    # 酒泉工业园区 (the 酒泉经开区 before 2013) lies in 肃州区
    body = "2011年，甘肃酒泉工业园区完成固定资产投资27亿元。"
    assert got(body, "园区简介", "2012-01-01T09:00:00+08:00", ("region_code",)) == [("620902",)]


def test_the_second_readings_of_round_33():
    # loans from the eighty-fourth held-out set: what a loan reached, its quota, its parts
    def got(body, title, pub="2015-12-02T09:00:00+08:00", fields=("name", "value_normalized")):
        return rows(body, title=title, published=pub, fields=fields)
    # the households a loan reached keep the loan; its 金额 is the loan's; progress against the task handed down
    body = "截至11月26日，全市精准扶贫专项贷款发放贫困户13140户，金额6.03亿元，完成下达任务的72.27%。"
    assert got(body, "白银扶贫贷款") == [
        ("精准扶贫专项贷款发放贫困户", 13140), ("精准扶贫专项贷款", 603_000_000), ("精准扶贫专项贷款占下达任务比重", 72.27)]
    # a quota of loans handed down or approved is a task, and so are its batches and its parts
    body = ("今年省上分两批下达我市精准扶贫专项贷款8.35亿元，第一批3.08亿元，覆盖靖远、会宁两县；第二批5.27亿元。"
            "省财政厅核定我市2015至2017年精准扶贫专项贷款规模为72亿元，其中2015年下达38.9988亿元，2016至2017年下达33亿元。")
    assert got(body, "白银扶贫贷款") == []
    # a loan told in households and yuan is one name; the households a part reached are that part's
    body = ("截至今年7月底，全市累计发放精准扶贫专项贷款141796户、70.1575亿元，其中自用发展型贷款61.6696亿元，"
            "涉及贫困户124818户。")
    assert [r[0] for r in got(body, "天水扶贫贷款", "2016-09-02T09:00:00+08:00")] == [
        "精准扶贫专项贷款", "精准扶贫专项贷款", "自用发展型贷款", "自用发展型贷款贫困户"]
    # households a loan went to, after 向 or 对, are no stock of the county's; the loan after them is theirs (not all
    # the county lent); a sentence opening with the news' source and a date, then the county, is the county's again
    # after a poor household's story
    body = ("前不久，家住皋兰县水阜镇砂岗村的贫困户蒋应忠，领到了首批5万元的精准扶贫专项贷款。"
            "记者从皋兰县精准扶贫专项贷款工作领导小组办公室了解到，截至9月底，皋兰县通过兰州银行皋兰支行向首批通过审核的"
            "820户建档立卡贫困户，发放首批精准扶贫专项贷款3200万元。其中，对707户发展型贫困户发放贷款2689万元，"
            "对29个致富带头人及专业合作社门户下的113户带动型贫困户，发放贷款511万元。全县发放贷款12亿元。")
    assert got(body, "皋兰扶贫贷款", "2015-10-09T09:00:00+08:00") == [
        ("首批精准扶贫专项贷款", 32_000_000), ("发展型贫困户发放贷款", 26_890_000),
        ("带动型贫困户发放贷款", 5_110_000), ("信贷投放", 1_200_000_000)]


def test_the_third_readings_of_round_33():
    # from the eighty-fifth held-out set: transport figures, a sector's investment
    def got(body, title, pub="2024-02-11T09:00:00+08:00", fields=("name", "value_normalized", "change_pct")):
        return rows(body, title=title, published=pub, fields=fields)
    # a change against a year's season (较2023年春运同期相比) is the figure's, no row named by it; the mode a line opens
    # with (道路运输方面，) names its bare measures, so the roads' and the planes' passengers are two series
    body = ("全省累计完成综合运输客运量842.09万人次，较2023年春运同期相比上升37.44%。\n"
            "道路运输方面，完成客运量496.40万人次，较2023年春运同期相比上升22.95%。\n"
            "民航方面，完成旅客吞吐量78.84万人次，较2023年春运同期相比上升39.32%，完成货邮吞吐量6683吨。")
    assert got(body, "甘肃春运") == [("综合运输客运量", 8_420_900, 37.44), ("道路运输客运量", 4_964_000, 22.95),
                                     ("民航旅客吞吐量", 788_400, 39.32), ("民航货邮吞吐量", 6683, None)]
    # (not a name with its own product: 林果产业方面，…枸杞产量 stays 枸杞产量)
    assert got("林果产业方面，全市枸杞产量4.6万吨。", "玉门农业", fields=("name",)) == [("枸杞产量",)]
    # one sector's fixed-asset investment is no region's whole: 固定资产投资 names the whole only as written
    body = "全年共完成交通运输固定资产投资865.7亿元，同比增长10.2%。全县社会固定资产投资完成5.49亿元。"
    assert [r[0] for r in got(body, "甘肃交通", "2018-02-17T09:00:00+08:00")] == ["交通运输固定资产投资", "固定资产投资"]
    body = "2006年全省全社会完成固定资产投资1024.87亿元。麦积区、天水经济技术开发区分别完成固定资产投资22.5亿元、6.4亿元。"
    assert [r[0] for r in got(body, "甘肃投资", "2007-02-17T09:00:00+08:00")] == [
        "固定资产投资", "固定资产投资", "天水经济技术开发区固定资产投资"]
    # a zone's core area is the zone: its bare measures after its investment stay the zone's
    body = "目前，开发区核心区已入驻企业68家，从业人员4650人，完成固定资产投资6.5亿元，完成工业总产值21.88亿元。"
    assert [r[0] for r in got(body, "临夏县清真开发区", "2016-05-01T09:00:00+08:00")][2:] == [
        "开发区核心区固定资产投资", "开发区核心区工业总产值"]


def test_the_fourth_readings_of_round_33():
    # from the eighty-sixth held-out set
    def got(body, title, pub="2017-07-20T09:00:00+08:00", fields=("name", "value_normalized")):
        return rows(body, title=title, published=pub, fields=fields)
    # the poor households among those resettled are resettled ones, not the county's count of poor households; the
    # investment after places counted is theirs, not one project's
    body = "2016年，共新建11个集中安置点，安置农户581户3041人，其中建档立卡贫困户272户1284人，项目总投资13353.8万元。"
    assert got(body, "张家川县易地扶贫搬迁") == [
        ("安置农户", 581), ("安置农户", 3041), ("安置建档立卡贫困户", 272), ("安置建档立卡贫困户", 1284),
        ("项目总投资", 133_538_000)]
    # a region inside a firm's name is no region the article is about
    body = ("25日，甘肃省工商联发布了2018甘肃省民营企业营业收入、纳税和安置就业等「3个50强」。营业收入50强入围门槛达5亿元。"
            "甘肃省第一的兰州亚太实业(集团)股份有限公司为68.26亿元。")
    assert extract_indicators("陇民企「3个50强」出炉", body, "2019-02-26T09:00:00+08:00").region.code == "620000"



def test_the_fifth_readings_of_round_33():
    def got(body, title, pub, fields=("name", "value_normalized")):
        return rows(body, title=title, published=pub, fields=fields)
    # one day named by its date opening the clause, its visits and receipts and their parts in the next sentence:
    # that day's alone, no series; the month's totals after them are rows
    body = ("据甘肃省文化和旅游厅消息，3月27日，天水接待游客16.41万人次，旅游综合收入9586.64万元。其中，省外游客3.25万人次。"
            "3月1日—26日，天水市累计接待游客353.6万人次，实现旅游综合收入20.5亿元。")
    assert got(body, "天水麻辣烫", "2024-03-28T09:00:00+08:00") == [
        ("旅游接待人次", 3_536_000), ("旅游综合收入", 2_050_000_000)]
    # funds listed after 年初已将, 以及 and 和: each industry's, no 年初已将 or 以及 in its name and no 的 between an
    # industry and its funds; an amount followed by 和 and a project's name is the next item's neighbour, not its size
    body = ("年初已将马铃薯产业的中央资金3100万元，蔬菜产业的中央资金2700万元和农产品初加工项目的省级资金7000万元，"
            "以及苹果产业的省级资金1100万元下拨到各县区。")
    assert got(body, "甘肃龙头企业", "2016-08-07T09:00:00+08:00") == [
        ("马铃薯产业中央资金", 31_000_000), ("蔬菜产业中央资金", 27_000_000), ("农产品初加工项目省级资金", 70_000_000),
        ("苹果产业省级资金", 11_000_000)]


def test_the_sixth_readings_of_round_33():
    # from the eighty-seventh held-out set: sowing and technology contracts
    def got(body, title, pub, fields=("name", "value_normalized")):
        return rows(body, title=title, published=pub, fields=fields)
    # the crops after a season's sown area, 其中 opening the next sentence or not, are each crop's sown area that
    # season (never the year's 冬小麦播种面积: autumn-sown wheat is next year's harvest)
    body = ("全省共完成秋播面积1080余万亩，比上年增加2.73万亩，机播率达到70%。其中冬小麦789.8万亩，比上年增加1.83万亩，"
            "完成计划任务的100.42%。全县完成春播面积80万亩，其中玉米60万亩，春播粮食15万亩。")
    assert [r[0] for r in got(body, "甘肃秋播", "2023-11-24T09:00:00+08:00")] == [
        "秋播面积", "机播率", "冬小麦秋播面积", "冬小麦秋播面积占计划任务比重", "春播面积", "玉米春播面积", "春播粮食播种面积"]
    # the parts a plan is made of, after 计划…中，包括, are the plan's; what is sown so far after 其中 is progress
    body = ("全市计划播种春播农作物中，包括粮食作物118.59万亩、蔬菜96.94万亩，其中，粮食作物已播种27.93万亩，"
            "占计划任务23.55%。")
    assert [r[1] for r in got(body, "兰州春播", "2025-04-13T09:00:00+08:00")] == [279_300, 23.55]
    # a bare 成交总额 right after the contracts counted is theirs
    body = "2016年甘肃省共成交技术合同5252项，成交总额为150.81亿元，较上年增长15.7%。"
    assert got(body, "甘肃技术市场", "2017-12-13T09:00:00+08:00") == [
        ("成交技术合同", 5252), ("技术合同成交总额", 15_081_000_000)]


def test_complaints_and_their_parts_are_paperwork():
    body = "据悉，今年“五一”假日期间，全省共接到旅游投诉10件，其中旅游景区6件，住宿设施3件，旅行社1件。全省接待游客1220万人次。"
    assert rows(body, title="甘肃五一旅游", published="2018-05-02T09:00:00+08:00", fields=("name",)) == [("旅游接待人次",)]


def test_the_reviews_of_round_33_stay_fixed():
    def got(body, title, pub, fields=("name", "value_normalized")):
        return rows(body, title=title, published=f"{pub}T09:00:00+08:00", fields=fields)
    # 年初 before a stock is its day, no word to cut: the start-of-year herd is no year-end herd
    body = "2023年，临泽县年初存栏牛12.3万头，年末存栏牛15.2万头。"
    assert [r[0] for r in got(body, "临泽畜牧", "2024-01-10")] == ["年初存栏牛", "牛存栏"]
    # a date before a holiday's or a running total is no one day
    body = "据天水市文旅局统计，10月8日，国庆假期接待游客125.6万人次，实现旅游综合收入8.2亿元。"
    assert [r[0] for r in got(body, "天水国庆", "2024-10-09")] == ["旅游接待人次", "旅游综合收入"]
    # a plan's list ends with the list: what is sown so far after it is progress
    body = "今年，天水市计划播种春播农作物中，包括粮食作物118.59万亩、蔬菜96.94万亩，截至目前，全市完成春播面积185万亩，占计划的80%。"
    assert [r[1] for r in got(body, "天水春播", "2024-05-10")] == [1_850_000, 80]
    # a county doing something with a firm is no firm's name: the article stays the county's
    body = ("今年以来，临泽县与中国电建集团、临泽县与甘肃电投集团分别签订合作协议。张掖市招商局负责人介绍，张掖市招商引资成效明显。"
            "1-5月，全县招商引资到位资金35.2亿元，同比增长12%。")
    assert got(body, "临泽招商", "2024-06-01", ("region_code", "name")) == [("620723", "招商引资到位资金")]
    # a mode names only its own part of the line (a mode after a ； its own), and 另一方面 is no mode
    body = "道路运输方面，全市完成客运量496.4万人次；铁路方面，完成货运量120万吨。另一方面，全市完成货运量1200万吨。"
    assert [r[0] for r in got(body, "运输", "2024-06-01")] == ["道路运输客运量", "铁路货运量", "货运量"]
    # places counted before a bracket are counted all the same: the visits after them are the county's
    body = "临泽县旅游景区15个(含4A级3个)，共接待游客50万人次，同比增长12%。"
    assert ("旅游接待人次", 500_000) in got(body, "临泽旅游", "2024-06-01")
    # one plant the province has, its first or largest, is no province's figure
    assert got("2023年，全省首座百万千瓦级光热电站在敦煌建成，总装机容量100万千瓦，年发电量39亿千瓦时。", "敦煌光热",
               "2024-01-10") == []
    # firms counted after 对 with no loan after them are the county's still
    assert got("2016年，全县新培育了对全县农业产业发展具有较强带动作用的15家龙头企业。", "某县", "2017-01-10") == [
        ("龙头企业", 15)]
    # loans lent against a quota are lent; a batch that is no quota's is a row; a project's total is no period's
    assert got("2016年，全县已发放省上下达的精准扶贫专项贷款5.2亿元。", "某县扶贫贷款", "2017-01-10")[0][1] == 520_000_000
    body = "3月16日，全县举行项目集中开工仪式，全年计划实施重点项目120个，第一批集中开工项目45个。"
    assert got(body, "某县项目", "2024-03-16") == [("第一批集中开工项目", 45)]
    body = "2023年，康乐县建成了总投资2亿元的城区供热工程。上半年完成投资8.6亿元，同比增长12%。"
    assert got(body, "康乐项目", "2024-07-10") == [("完成投资", 860_000_000)]
    # each batch's loan is its own; a short noun after 向 is the recipients too
    body = ("截至9月底，皋兰县向首批通过审核的820户建档立卡贫困户，发放贷款4100万元；向第二批通过审核的1500户建档立卡贫困户，"
            "发放贷款7500万元。向1200户农户，发放贷款600万元。")
    assert [r[0] for r in got(body, "皋兰扶贫贷款", "2015-10-09")] == [
        "首批建档立卡贫困户发放贷款", "第二批建档立卡贫困户发放贷款", "农户发放贷款"]
    # a part that names its own land, 度假, a planted area's part, 该市's plan, a count with no scale
    assert [r[0] for r in got("全县供应建设用地5000亩，其中工业用地2100亩。", "某县用地", "2024-01-10")] == [
        "供应建设用地", "工业用地"]
    assert got("去年度假游客达到30万人次。", "某县旅游", "2024-01-10")[0][0] == "度假游客"
    assert [r[0] for r in got("全县新增造林面积5万亩，其中人工造林3万亩。", "某县林业", "2024-01-10")] == [
        "新增造林面积", "人工造林面积"]
    assert got("今年该市计划实施项目279个,总投资378亿元。", "某市项目", "2024-03-10") == []
    assert got("全县规模以上工业企业56家、120亿元。", "某县工业", "2024-03-10") == [("规模以上工业企业", 56)]


def test_the_funds_of_projects_counted_are_theirs_each_level_apart():
    body = "2025年，金塔县立项省级科技项目2项，立项资金20万元；立项市级科技项目2项，立项资金35万元。"
    got = rows(body, title="金塔科技", published="2026-01-12T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("立项省级科技项目", 2), ("立项省级科技项目立项资金", 200_000),
                   ("立项市级科技项目", 2), ("立项市级科技项目立项资金", 350_000)]


# -- round 34 ------------------------------------------------------------------------------------

def test_a_count_before_whom_it_took_in_counts_its_own_noun():
    # the workshops, then the people they took in: no figure inside the workshops' name
    body = "至目前，全县11个扶贫车间吸纳就业357人。17个援建帮扶车间让2944名群众实现家门口就业。"
    got = rows(body, title="某县扶贫车间", published="2020-05-19T09:00:00+08:00", fields=("name", "value_normalized"))
    assert ("扶贫车间", 11) in got and ("援建帮扶车间", 17) in got and ("扶贫车间吸纳就业", 357) in got
    assert all(not any(c.isdigit() for c in name) for name, _ in got)
    # the spots counted before what they received together are the spots
    got = rows("全省7个5A级旅游景区共接待游客75万人次。", title="全省旅游", fields=("name", "value_normalized"))
    assert got[0] == ("5A级旅游景区", 7)
    # a count with no noun of its own before people counted is no row (the people are another figure)
    got = rows("全省58个贫困县依靠产业脱贫的贫困户近5万户。", title="全省脱贫", fields=("name", "value_normalized"))
    assert all(v != 58 for _, v in got)
    # nor before tonnes or projects counted: no name ever holds another figure
    for body in ("通达、金牛2户企业年加工苹果43万吨。", "庆阳市与32户数字经济头部企业签约项目36个。"):
        got = rows(body, title="某市产业", fields=("name", "value_normalized"))
        assert all(not any(c.isdigit() for c in name) for name, _ in got), got
    # a place named after the noun still ends it, and the noun keeps its row
    got = rows("今年100个市列重大项目兰州新区建设23个。", title="兰州重大项目", fields=("name", "value_normalized"))
    assert ("市列重大项目", 100) in got


def test_the_work_of_a_programme_keeps_the_programme_in_its_name():
    body = "截至8月底全省棚户区改造开工146419套，开工率为88.1%；棚户区改造基本建成86033套。"
    got = rows(body, title="全省保障性住房建设进展", published="2017-10-13T09:00:00+08:00",
               fields=("name", "value_normalized"))
    assert ("棚户区改造开工", 146419) in got and ("棚户区改造基本建成", 86033) in got
    body = "截至2018年年底，全省城镇棚户区房屋改造当年新开工23.22万套。"
    got = rows(body, title="全省棚改", published="2019-02-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert got == [("城镇棚户区房屋改造新开工", 232_200)]
    # a bare 完工 of other works after it is not the programme's
    body = "2022年，全县棚户区改造开工1200套，实施农村饮水安全工程36处，完工30处。"
    got = rows(body, title="宕昌县", published="2023-06-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert ("棚户区改造完工", 30) not in got


def test_silver_is_a_metal_not_baiyin_city():
    body = "7月份，全省黄金产量3.01吨，增长29.2%；白银(银锭)产量529.35吨，增长21.2%；铜材4.05万吨，下降18.2%。"
    got = rows(body, title="全省有色金属工业", published="2013-08-20T09:00:00+08:00", fields=("name", "region_code"))
    assert got == [("黄金产量", "620000"), ("白银产量", "620000"), ("铜材", "620000")]
    # the city is still the city
    got = rows("白银市地区生产总值达到600亿元。", title="白银经济", fields=("region_code",))
    assert got == [("620400",)]


def test_the_whole_city_after_a_word_for_now_is_the_city_not_a_district_named_in_a_project():
    body = ("天水市注重统筹推进城乡建设。秦州新城规划有序推进，秦州热源厂、有轨电车示范线工程等项目启动实施。"
            "当前全市城镇化率达到35.6%。")
    got = rows(body, title="天水市副市长介绍天水经济社会发展情况", published="2016-06-22T09:00:00+08:00",
               fields=("name", "region_code"))
    assert got == [("城镇化率", "620500")]


def test_a_round_ups_opening_period_does_not_reach_back_to_the_paragraphs_before_it():
    body = ("据陇南市政府介绍，当地油橄榄种植面积达63万亩，占全国的一半左右。\n"
            "据兰州海关介绍，今年以来，海关方面共指导陇南市3家企业取得出口资质。")
    got = rows(body, title="甘肃橄榄油首次实现出口", published="2020-08-10T09:00:00+08:00")
    assert got[0] == ("油橄榄种植面积", 630_000, "", "2020-08-10")
    # in the paragraph it opens (the figures first, then 今年来), the figures are still the round-up's
    body = "旅游接待2391万人次、同比增长16.3%……这些亮眼的数字，是敦煌市今年来以改革破局的生动注脚。"
    got = rows(body, title="改革风起敦煌", published="2025-12-10T09:00:00+08:00")
    assert got[0][2:] == ("2025-01-01", "2025-12-10")


def test_a_change_after_an_amount_in_dollars_is_the_dollars_not_the_figure_before():
    body = "2021年，我省新设外商投资企业36家，实际利用外资约1.1亿美元，同比增长43.5%。"
    got = rows(body, title="全省利用外资", published="2022-01-20T09:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("新设外商投资企业", None)]
    # converted, the dollars are the yuan amount again: its change
    body = "2021年，全省进出口总额400亿元，折合60亿美元，同比增长13.5%。"
    got = rows(body, title="全省外贸", published="2022-01-20T09:00:00+08:00", fields=("name", "change_pct"))
    assert got == [("进出口总额", 13.5)]
    # a change that names its own measure is that measure's still
    body = "2022年，全县地区生产总值增长6.1%，实际利用外资500万美元，社会消费品零售总额增长7.5%。"
    got = rows(body, title="宕昌县", published="2023-06-01T09:00:00+08:00", fields=("name", "value_normalized"))
    assert ("社会消费品零售总额", 7.5) in got


def test_a_years_output_achieved_takes_its_subject():
    body = "至2019年底，全省林果栽植面积2244万亩，实现年产值490多亿元。"
    got = rows(body, title="全省林果产业", published="2020-10-20T09:00:00+08:00", fields=("name",))
    assert got == [("林果栽植面积",), ("林果产值",)]


def test_the_visitors_of_one_kind_of_place_are_never_all_the_regions_visitors():
    body = "全省91座森林公园年接待游客732.47万人次。全县农家乐接待游客50万人次。全县接待游客300万人次。"
    got = rows(body, title="全省林业和旅游", published="2020-10-20T09:00:00+08:00", fields=("name", "value_normalized"))
    assert ("森林公园接待游客", 7_324_700) in got and ("农家乐接待游客", 500_000) in got
    assert [n for n, _ in got].count("旅游接待人次") == 1


def test_a_part_or_an_average_of_a_whole_keeps_what_makes_it_a_part():
    def names(body):
        return [r[0] for r in rows(body, title="全省经济", published="2024-03-10T09:00:00+08:00", fields=("name",))]
    # below-scale industry, the province's own firms, an average per county, a zone, one kind of farming, key towns
    assert names("2023年，全省规下工业增加值增长8.2%。") == ["规下工业增加值"]
    assert names("2023年，省属企业完成工业增加值161.47亿元。") == ["省属企业工业增加值"]
    assert names("2023年，全省县均GDP18.13亿元。") == ["县均地区生产总值"]
    assert names("2023年，全省特色农业总产值99亿元。") == ["特色农业总产值"]
    assert names("2023年，全县工农业总产值12.39亿元。") == ["工农业总产值"]
    assert names("2023年，枸杞重点种植乡镇农民人均纯收入8000元。") == ["枸杞重点种植乡镇农民人均纯收入"]
    # the old name of the general budget revenue is that revenue, never the 大口径 total
    assert names("2023年，全县公共财政预算收入4.21亿元。") == ["一般公共预算收入"]
    # where the firms signed (在甘) is no part of what they signed
    assert names("2023年，中央企业在甘签约项目546个。") == ["中央企业签约项目"]
