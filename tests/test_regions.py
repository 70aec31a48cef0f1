"""The gazetteer: GB/T 2260 codes of Gansu's regions, and what an article is about."""

import pytest

from monitor.indicators import gazetteer


def test_the_gazetteer_has_the_province_14_prefectures_86_counties_and_lanzhou_new_area():
    regions = gazetteer().regions.values()
    levels = [r.level for r in regions]
    assert (levels.count("province"), levels.count("prefecture"), levels.count("county")) == (1, 14, 87)
    assert [(r.code, r.name, r.parent) for r in regions if r.type == "新区"] == [("620171", "兰州新区", "620100")]


@pytest.mark.parametrize("name, code, full", [
    ("临泽", "620723", "临泽县"), ("临泽县", "620723", "临泽县"),
    ("天祝", "620623", "天祝藏族自治县"), ("肃北", "620923", "肃北蒙古族自治县"),
    ("阿克塞", "620924", "阿克塞哈萨克族自治县"), ("张家川", "620525", "张家川回族自治县"),
    ("东乡", "622926", "东乡族自治县"), ("积石山", "622927", "积石山保安族东乡族撒拉族自治县"),
    ("临夏州", "622900", "临夏回族自治州"), ("临夏县", "622921", "临夏县"), ("华亭", "620881", "华亭市"),
    # former names, in older pages: 安西县 became 瓜州县 in 2006, 秦城区 and 北道区 秦州区 and 麦积区 in 2005,
    # 定西县 安定区 in 2003, 武都县 武都区 in 2004, 西峰市 西峰区 in 2002
    ("安西县", "620922", "瓜州县"), ("安西", "620922", "瓜州县"), ("秦城区", "620502", "秦州区"),
    ("北道区", "620503", "麦积区"), ("定西县", "621102", "安定区"), ("武都县", "621202", "武都区"),
    ("西峰市", "621002", "西峰区"),
])
def test_short_names_and_aliases_find_their_region(name, code, full):
    region = gazetteer().lookup(name)
    assert (region.code, region.name) == (code, full)


def test_every_county_belongs_to_a_prefecture():
    places = gazetteer()
    for region in places.regions.values():
        if region.is_county:
            assert places.parent_prefecture(region) is not None, region


@pytest.mark.parametrize("word", ["城关镇", "安宁祥和", "合作社", "金川集团", "安定团结",
                                  "麦积山景区", "崆峒山"])   # mountains, scenic spots: not the districts
def test_ordinary_words_are_not_regions(word):
    assert gazetteer().find(word) == []


@pytest.mark.parametrize("title, body, code", [
    ("临泽:县域经济攀高向强势正起", "高台县和甘州区……", "620723"),
    ("天祝：高原特色产业释放增收新动能", "", "620623"),
    ("县域经济观察", "本报高台讯 记者 王某 今年以来，张掖市……", "620724"),
    ("我省县域经济发展活力持续迸发", "临泽县……临泽县……", "620000"),
    ("戈壁农业富了农民", "甘州区……甘州区……张掖市……", "620702"),
    ("文化下乡", "没有地名", None),
    # a city's paper reporting on one county of its own; on several, the city
    ("麦积区经济社会发展稳步推进", "本报天水讯 今年以来，天水市麦积区……", "620503"),
    ("武威市凉州区、古浪县、天祝县被评为进步县", "本报武威讯 日前，武威市凉州区……", "620600"),
    ("酒泉市荣获2023年前三季度全省高质量发展“贡献奖”", "前三季度，全市地区生产总值达657.7亿元", "620900"),
    ("酒泉：金塔项目建设亮点纷呈", "在金塔县航天大道……", "620921"),   # a prefix city over its county
    ("今年清明节假日旅游市场平稳增长", "龙城天水春暖花开。全市共接待游客78万人次。麦积山景区游客如织，麦积山景区接待游客3万人次。"
     "麦积山石窟景区……", "620500"),   # 麦积山 is a scenic spot, not 麦积区
    # a county whose short name is an ordinary word, alone before a headline's colon (province or not)
    ("甘肃民乐:项目建设点燃高质量发展新引擎", "过去五年，甘肃民乐县累计实施重点项目407项", "620722"),
    ("康乐：牛羊产业", "", "622922"),
    ("临夏：旅游产业", "", "622900"),   # (临夏 alone is the prefecture's short name)
    # a prefecture's brand (平凉红牛) is not the prefecture
    ("静宁县首届平凉红牛赛牛大会举行", "静宁县首届平凉红牛赛牛大会举行。120头平凉红牛……平凉红牛……", "620826"),
    # 甘肃 in a headline is the province, however often the body names the capital or a prefecture;
    # not 甘肃 right before a region (甘肃张掖…), nor inside a column's name or a quoted title
    ("甘肃上半年实现生产总值1934.65亿元", "中新网兰州7月27日电 甘肃省政府新闻办…兰州…兰州新区…兰州", "620000"),
    ("一季度甘肃外贸进出口73亿元 兰州新区综保区成增长主要力量", "兰州新区综合保税区……兰州新区……", "620000"),
    ("甘肃张掖投资812.3亿元的234个项目集中开工", "当天张掖市集中开工各类项目234项……张掖……", "620700"),
    ("(大河奔腾看甘肃)渭河源头草绿水清产业兴", "渭源县……渭源县……", "621123"),
    ("“新中国成立70周年甘肃省发展成就巡礼”系列新闻发布会启幕", "平凉市……平凉……", "620800"),
    # a city's 全市 article held in its new area or district, which it names most: the city's
    ("2024年二季度全市重大项目集中开工", "5月30日，集中开工活动在兰州新区举行……兰州新区……兰州新区……兰州市……", "620100"),
    ("上半年招商引资推进会召开", "截至6月底，全市执行招商引资项目1276个……兰州新区……兰州新区……", "620100"),
    # a city named only to say where its district is
    ("政府工作报告 ——2026年1月27日在张掖市甘州区第十九届人民代表大会第五次会议上", "全区上下……张掖……", "620702"),
    # 全省 first, then the cities one by one: the province's report, whichever city it names most
    ("2025年1-9月工业投资和重点项目建设情况", "2025年1-9月，全省工业固定资产投资同比增长6.4%。分别为白银市(42.2%)、"
     "天水市(29.3%)、定西市(22.2%)、陇南市(19.6%)。天水市提高4.5个百分点，白银市回落8.1个百分点", "620000"),
    # the province named first, then four or more cities' counties one by one: the province's
    ("又是一年麦收忙", "夏粮丰，全年稳。甘肃省各地小麦已全面进入收获期。在天水市秦州区汪川镇…。定西漳县、平凉静宁的冬小麦进入成熟期。"
     "金昌市金川区3.52万亩小麦喜迎丰收。张掖市临泽县2.02万亩小麦开镰收割。", "620000"),
    # (a city's article that names 全省 first and three cities beside it stays the city's)
    ("武威经济", "全省第三，武威市…武威市…武威市…张掖市…金昌市", "620600"),
])
def test_the_main_region_comes_from_prefix_dateline_province_title_or_mentions(title, body, code):
    region = gazetteer().main_region(title, body)
    assert (region.code if region else None) == code


@pytest.mark.parametrize("text", ["营商环境和政务服务", "企业和政府", "清水河畔", "民乐演出", "康乐设施", "一马平川"])
def test_short_names_that_are_ordinary_words_are_not_read(text):
    assert gazetteer().find(text) == []


def test_a_prefectures_brand_is_not_a_mention_but_a_countys_brand_is():
    assert gazetteer().find("定西宽粉加工产品20万吨") == []
    assert [r.code for _, _, r in gazetteer().find("西和花椒种植总面积")] == ["621225"]


def test_a_newspapers_dateline_is_not_a_region():
    assert gazetteer().main_region("产业观察", "张掖日报讯（记者 王某）今年以来，临泽县……") is not None
    assert gazetteer().main_region("产业观察", "张掖日报讯（记者 王某）今年以来，临泽县……").code == "620723"


def test_a_countys_ordinary_word_short_name_names_it_before_a_park_named_after_it():
    found = [(text[s:e], r.name) for text in ("民乐生态工业园区规划建设项目70项", "民乐的生态很好", "临泽、民乐被列为试点县",
                                               "全县新建合作社产业园区3个", "临泽县平川镇工业园区", "金川集团公司工业园区")
             for s, e, r in gazetteer().find(text)]
    # (not 合作 in 合作社, nor a town's or a firm's name before a park)
    assert found == [("民乐", "民乐县"), ("临泽", "临泽县"), ("临泽县", "临泽县")]
