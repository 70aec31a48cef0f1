"""Flags across articles and crawl cycles: new indicator, new period, revised, corroboration;
re-extraction is idempotent and never raises a reported flag again."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor import economy
from monitor.crawl.fetch import Fetcher
from monitor.indicators import EXTRACTOR_VERSION, extract_indicators
from monitor.indicators.flags import Prior, flag_observations, series_key
from monitor.models import Article
from monitor.pipeline import run_once
from monitor.store import open_db, queries, writes

from .conftest import FIRST_CRAWL_FLAGGED, LABELLED_FIGURES
from .test_pipeline import GSBB_INDEX

NOW = "2023-12-01T00:00:00+00:00"
TEMPLATE_PATH = "/system/2023/11/23/013012345.shtml"


def store(db, article_id, title, body, published_at="2023-11-23T09:00:00+08:00"):
    db.execute("INSERT INTO articles (id, url, source, title, published_at, body, content_hash, parser,"
               " first_seen_at, fetched_at) VALUES (?, ?, 's', ?, ?, ?, 'h', 'test', ?, ?)",
               [article_id, f"http://x/{article_id}.shtml", title, published_at, body, NOW, NOW])
    text = queries.article_text(db, article_id)
    return economy.read_article(db, text, NOW)


def flags(db, article_id):
    return sorted(db.execute("SELECT name, period_end, value_normalized, flag, previous_value FROM indicators"
                             " WHERE article_id = ?", [article_id]).fetchall())


@pytest.fixture
def db(tmp_path):
    return open_db(tmp_path / "t.db")


def test_first_report_is_a_new_indicator(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    assert flags(db, 1) == [("固定资产投资", "2023-09-30", 5_095_000_000, "new_indicator", None)]


def test_figures_of_an_unknown_region_are_never_compared_across_articles(db):
    store(db, 1, "经济运行", "1至9月，完成固定资产投资50.95亿元。")
    store(db, 2, "经济运行", "1至9月，完成固定资产投资21.3亿元。", "2023-11-25T09:00:00+08:00")
    store(db, 3, "经济运行", "1至10月，完成固定资产投资23.6亿元。", "2023-11-26T09:00:00+08:00")
    assert flags(db, 1) == [("固定资产投资", "2023-09-30", 5_095_000_000, "new_indicator", None)]
    assert flags(db, 2) == [("固定资产投资", "2023-09-30", 2_130_000_000, None, None)]   # not a 修订
    assert flags(db, 3) == [("固定资产投资", "2023-10-31", 2_360_000_000, None, None)]   # nor a 新一期


def test_a_new_period_keeps_the_previous_periods_value(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    store(db, 2, "临泽：经济运行", "1至10月，全县完成固定资产投资56.3亿元。", "2023-11-25T09:00:00+08:00")
    assert flags(db, 2) == [("固定资产投资", "2023-10-31", 5_630_000_000, "new_period", 5_095_000_000)]


def test_a_different_value_for_the_same_period_is_revised_with_the_old_value(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    store(db, 2, "临泽：经济运行", "1至9月，全县完成固定资产投资52.1亿元。")
    assert flags(db, 2) == [("固定资产投资", "2023-09-30", 5_210_000_000, "revised", 5_095_000_000)]


@pytest.mark.parametrize("running_first", [True, False])
def test_a_figure_stated_before_its_period_ended_is_completed_not_revised(db, running_first):
    # a work report of 12 December reviewing its year counts so far; February's figure is the year's
    running = (1, "庆阳：政府工作报告", "2022年，庆阳市实施500万元以上项目802个。", "2022-12-12T09:00:00+08:00")
    final = (2, "庆阳：招商引资", "2022年，庆阳市实施500万元以上项目899个。", "2023-02-10T12:00:00+08:00")
    for article in (running, final) if running_first else (final, running):
        store(db, *article)
    assert flags(db, 2 if running_first else 1) == [
        ("500万元以上项目", "2022-12-31", 899 if running_first else 802, None, None)]
    store(db, 3, "庆阳：统计公报", "2022年，庆阳市实施500万元以上项目905个。", "2023-03-20T12:00:00+08:00")
    assert flags(db, 3) == [("500万元以上项目", "2022-12-31", 905, "revised", 899)]   # two final counts differ


def test_a_figure_stated_on_its_periods_last_day_is_final_and_can_be_revised(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-09-30T18:00:00+08:00")
    store(db, 2, "临泽：经济运行", "1至9月，全县完成固定资产投资52.1亿元。", "2023-10-12T09:00:00+08:00")
    assert flags(db, 2) == [("固定资产投资", "2023-09-30", 5_210_000_000, "revised", 5_095_000_000)]


@pytest.mark.parametrize("again", ["50.95亿元", "51亿元", "近51亿元"])
def test_the_same_value_again_even_rounded_is_corroboration_not_a_flag(db, again):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    store(db, 2, "临泽：经济运行", f"1至9月，全县完成固定资产投资{again}。")
    assert [row[3] for row in flags(db, 2)] == [None]


@pytest.mark.parametrize(("later", "flag"), [("900万人次", None), ("９００万人次", None), ("880万人次", "revised"),
                                              ("895万人次", "revised"), ("1000万人次", "revised")])
def test_a_round_figure_in_wan_agrees_with_what_it_rounds_up_to_five_percent(db, later, flag):
    # 敦煌's 2017 visitors: 901万人次 in January's bulletin, 达900万人次 in November's feature (the eighty-fifth
    # held-out set): the same figure, rounded, no 修订; 880万 is another figure, as are 895万 (written to the 万)
    # and 1000万 (rounded, but more than 5% away)
    store(db, 1, "敦煌旅游", "2017年，敦煌市全年接待游客达到901万人次。", "2018-01-16T09:00:00+08:00")
    store(db, 2, "敦煌旅游", f"2017年，敦煌市旅游接待人数达{later}。", "2018-11-22T09:00:00+08:00")
    assert [row[3] for row in flags(db, 2)] == [flag]


@pytest.mark.parametrize(("first", "second"), [
    ("扩大城乡居民养老保险覆盖范围，参保率提高到92%", "扩大医疗保险覆盖范围，参保率提高到97%"),
    ("共新建11个集中安置点，项目总投资1.3亿元", "共新建5所学校，项目总投资2.1亿元")])
def test_a_rate_or_an_investment_that_names_no_subject_is_never_a_revision(db, first, second):
    # 参保率 (which insurance?) and 项目总投资 (which projects?) of one county and year may be two things' (the
    # eighty-sixth held-out set's 会宁 and 张家川): a second value is no 修订 of the first
    store(db, 1, "会宁：民生", f"2016年，全县{first}。", "2017-01-20T09:00:00+08:00")
    store(db, 2, "会宁：民生", f"2016年，全县{second}。", "2017-02-20T09:00:00+08:00")
    assert [row[1:4] for row in flags(db, 2)] == [("2016-12-31", flags(db, 2)[0][2], None)]


def test_an_undated_figure_reported_again_is_corroboration_and_a_new_value_a_new_period(db):
    store(db, 1, "临泽：经济运行", "全县共有规上工业企业45家。", "2023-11-20T09:00:00+08:00")
    store(db, 2, "临泽：经济运行", "全县共有规上工业企业45家。", "2023-11-23T09:00:00+08:00")
    store(db, 3, "临泽：经济运行", "全县共有规上工业企业46家。", "2023-11-28T09:00:00+08:00")
    assert [row[3:] for row in flags(db, 2) + flags(db, 3)] == [(None, None), ("new_period", 45)]


def test_an_undated_figure_and_a_dated_one_of_the_same_value_on_a_day_inside_its_period_are_one_figure(db):
    store(db, 1, "临泽：制种", "为33家企业配置制种基地30.5万亩。", "2023-11-21T09:00:00+08:00")
    store(db, 2, "临泽：制种", "今年，全县落实制种基地30.5万亩。", "2023-11-23T09:00:00+08:00")   # today's 今年
    store(db, 3, "临泽：制种", "今年，全县落实制种基地30.5万亩。", "2024-03-01T09:00:00+08:00")   # another year
    store(db, 4, "高台：制种", "1至9月，全县落实制种基地12.1万亩。", "2023-10-20T09:00:00+08:00")
    store(db, 5, "高台：制种", "全县落实制种基地12.1万亩。", "2023-10-31T09:00:00+08:00")   # 31 days after 9-30
    assert [row[3] for row in flags(db, 2) + flags(db, 3)] == [None, "new_period"]
    assert [row[3] for row in flags(db, 5)] == [None]


def test_an_undated_figure_on_the_day_a_stock_is_dated_is_that_stock(db):
    store(db, 1, "高台：制种", "截至10月底，全县落实制种基地12.1万亩。", "2023-11-05T09:00:00+08:00")
    store(db, 2, "高台：制种", "全县落实制种基地12.1万亩。", "2023-10-31T09:00:00+08:00")   # its very day
    assert [row[3] for row in flags(db, 2)] == [None]


def test_an_undated_figure_long_after_a_dated_one_is_a_new_period(db):
    store(db, 1, "高台：制种", "1至9月，全县落实制种基地12.1万亩。", "2023-10-20T09:00:00+08:00")
    store(db, 2, "高台：制种", "全县落实制种基地12.1万亩。", "2023-11-01T09:00:00+08:00")   # 32 days after 9-30
    store(db, 3, "临泽：制种", "为33家企业配置制种基地30.5万亩。", "2023-11-21T09:00:00+08:00")
    store(db, 4, "临泽：制种", "1至9月，全县落实制种基地30.5万亩。", "2023-11-22T09:00:00+08:00")   # 52 days before
    assert [row[3] for row in flags(db, 2) + flags(db, 4)] == ["new_period", "new_period"]


def test_an_older_period_read_after_a_newer_one_has_no_previous_value(db):
    store(db, 2, "临泽：经济运行", "1至10月，全县完成固定资产投资56.3亿元。", "2023-11-25T09:00:00+08:00")
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-11-20T09:00:00+08:00")
    assert flags(db, 1) == [("固定资产投资", "2023-09-30", 5_095_000_000, "new_period", None)]


def test_another_region_is_another_series(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    store(db, 2, "高台：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    assert [row[3] for row in flags(db, 2)] == ["new_indicator"]


def test_reextracting_is_idempotent_and_keeps_ids_and_flags(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元，社会消费品零售总额12.3亿元。")
    store(db, 2, "临泽：经济运行", "1至10月，全县完成固定资产投资56.3亿元。")
    before = db.execute("SELECT * FROM indicators ORDER BY id").fetchall()
    first = economy.read_stored(db, NOW, everything=True)
    second = economy.read_stored(db, NOW, everything=True)
    assert db.execute("SELECT * FROM indicators ORDER BY id").fetchall() == before
    assert first.added == second.added == 0 and first.counts["kept"] == 3


def test_a_row_read_better_after_a_digest_keeps_its_reported_mark(db):
    store(db, 1, "临泽：经济运行", "全县完成固定资产投资50.95亿元。")
    db.execute("UPDATE indicators SET reported_at = ?", [NOW])
    # the improved extractor now finds the period: a new identity for the same figure
    result = extract_indicators("临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-11-23T09:00:00+08:00")
    writes.save_indicators(db, 1, result, NOW)
    assert db.execute("SELECT period_end, reported_at FROM indicators").fetchall() == [("2023-09-30", NOW)]


def test_a_corrected_value_keeps_the_reported_mark_of_the_figure_it_replaces(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    db.execute("UPDATE indicators SET reported_at = ?", [NOW])
    result = extract_indicators("临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-11-23T09:00:00+08:00")
    better = replace(result, observations=tuple(replace(o, value_normalized=5_095_000_001.0)
                                                for o in result.observations))
    writes.save_indicators(db, 1, better, NOW)
    assert db.execute("SELECT value_normalized, reported_at FROM indicators").fetchall() == [(5_095_000_001.0, NOW)]


def test_an_article_changed_on_the_site_is_read_again(db):
    def article(body):
        return Article(id=7, url="http://x/7.shtml", source="s", title="临泽：经济运行",
                       published_at="2023-11-23T09:00:00+08:00", body=(body,), parser="test")
    writes.store_article(db, article("1至9月，全县完成固定资产投资50.95亿元。"), NOW)
    economy.read_stored(db, NOW)
    assert writes.store_article(db, article("据统计，1至9月，全县完成固定资产投资52.1亿元。"), NOW) == "updated"
    assert queries.articles_to_read(db, EXTRACTOR_VERSION) == [7]   # not left with stale rows
    economy.read_stored(db, NOW)
    body = db.execute("SELECT body FROM articles").fetchone()[0]
    [(start, end, value)] = db.execute("SELECT value_start, value_end, value FROM indicators").fetchall()
    assert (body[start:end], value) == ("52.1亿元", "52.1")


def test_quotations_inside_quotations_are_still_quotations():
    result = extract_indicators("临泽：测试", "理事长说：“我们今年种了2800亩“高原夏菜”，带动就业300人。”",
                                "2023-11-23T09:00:00+08:00")
    assert result.observations == () and {d.reason for d in result.dropped} == {"a quotation"}


def test_a_target_far_back_in_a_long_sentence_still_governs_it():
    body = "力争到2025年，" + "持续推进产业转型升级、" * 20 + "全县地区生产总值达到100亿元。"
    result = extract_indicators("临泽：测试", body, "2023-11-23T09:00:00+08:00")
    assert result.observations == ()


def article_page(template: str, title: str, paragraphs: list[str]) -> bytes:
    """A copy of fixture a with another title and body."""
    page = template.replace("临泽：县域经济提质进位势头强劲", title)
    start = page.index("<p>", page.index(title, page.index("<body")) + len(title))
    end = page.index("<p>版权声明</p>")
    body = "".join(f"<p>　　{p}</p>" for p in paragraphs)
    return (page[:start] + body + page[end:]).encode()


def publish(replica, url: str, title: str, paragraphs: list[str]) -> None:
    template = replica.site["gansu.gscn.com.cn"][TEMPLATE_PATH].decode()
    replica.put(url, article_page(template, title, paragraphs))
    index = replica.site["gansu.gscn.com.cn"]["/gsbb/index.shtml"].decode()
    at = index.index("<li>", index.index('<div id="content">'))
    replica.put(GSBB_INDEX, (index[:at] + f'<li><a href="{url}">{title}</a><span>2023/11/28</span></li>'
                             + index[at:]).encode())


def crawl(config):
    db = open_db(config.database_path)
    with Fetcher(config.http) as fetcher:
        return run_once(config, db, fetcher), db


def test_a_second_cycle_flags_exactly_the_new_period_and_the_revision(replica, config):
    first, db = crawl(config)
    assert (first.indicators, first.flagged) == (LABELLED_FIGURES, FIRST_CRAWL_FLAGGED)
    publish(replica, "http://gansu.gscn.com.cn/system/2023/11/28/013020001.shtml", "临泽：投资持续发力",
            ["1至10月，临泽县完成固定资产投资56.3亿元。"])
    publish(replica, "http://gansu.gscn.com.cn/system/2023/11/28/013020002.shtml", "临泽：招商引资再上台阶",
            ["1至9月，临泽县落实省外到位资金41.6亿元。"])
    second, db = crawl(config)
    assert second.new_articles == 2 and (second.indicators, second.flagged) == (2, 2)
    rows = db.execute("SELECT article_id, name, flag, previous_value, period_end FROM indicators"
                      " WHERE article_id IN (13020001, 13020002) ORDER BY article_id").fetchall()
    assert rows == [(13020001, "固定资产投资", "new_period", 5_095_000_000, "2023-10-31"),
                    (13020002, "省外到位资金", "revised", 4_098_000_000, "2023-09-30")]
    runs = db.execute("SELECT indicators, flagged FROM crawl_runs ORDER BY id").fetchall()
    assert runs == [(LABELLED_FIGURES, FIRST_CRAWL_FLAGGED), (2, 2)]


def test_articles_stored_before_indicators_existed_are_read_on_the_next_cycle(replica, config):
    _, db = crawl(config)
    db.execute("DELETE FROM indicators")
    db.execute("UPDATE articles SET indicators_version = NULL, region_code = NULL")
    db.conn.commit()
    report, db = crawl(config)
    assert report.indicators == LABELLED_FIGURES
    assert db.execute("SELECT count(*) FROM articles WHERE indicators_version IS NULL").fetchone() == (0,)


@pytest.mark.parametrize("body", ["", "1234567890 " * 50, "1亿元" * 1000, "临泽县" + "投资5亿元，" * 100_000])
def test_bad_bodies_give_no_crash_and_no_junk(body):
    result = extract_indicators("临泽：测试", body, "2023-11-23T09:00:00+08:00")
    assert len(result.observations) <= 1
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,20}", o.name) for o in result.observations)


@settings(deadline=None)   # what it checks is errors; a cold worker's first call loads the gazetteer and
# lexicon (hundreds of ms on a busy machine), and speed is the benchmark's and the linear-time test's
@given(st.text(alphabet="0123456789.,%一二三四五六七八九十百千万亿两余多近约元亩吨人户个家项年月日至同比增长下降全县临泽投资完成，。、；“”\n",
               max_size=200))
def test_any_text_is_read_without_an_error(body):
    result = extract_indicators("临泽：测试", body, "2023-11-23T09:00:00+08:00")
    for o in result.observations:
        assert body[o.value_start:o.value_end] and body[o.evidence_start:o.evidence_end] == o.evidence


def test_a_new_period_takes_the_latest_earlier_period_as_previous_not_the_oldest(db):
    store(db, 1, "临泽：经济运行", "1至8月，全县完成固定资产投资44.1亿元。", "2023-09-20T09:00:00+08:00")
    store(db, 2, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-10-20T09:00:00+08:00")
    store(db, 3, "临泽：经济运行", "1至10月，全县完成固定资产投资56.3亿元。", "2023-11-20T09:00:00+08:00")
    assert flags(db, 3) == [("固定资产投资", "2023-10-31", 5_630_000_000, "new_period", 5_095_000_000)]


def test_a_revision_names_the_latest_earlier_value_of_its_period(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-10-20T09:00:00+08:00")
    store(db, 2, "临泽：经济运行", "1至9月，全县完成固定资产投资52.1亿元。", "2023-10-25T09:00:00+08:00")
    store(db, 3, "临泽：经济运行", "1至9月，全县完成固定资产投资53.4亿元。", "2023-11-20T09:00:00+08:00")
    assert flags(db, 3) == [("固定资产投资", "2023-09-30", 5_340_000_000, "revised", 5_210_000_000)]


def test_a_figure_equal_to_any_earlier_value_of_its_period_is_corroboration(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-10-20T09:00:00+08:00")
    store(db, 2, "临泽：经济运行", "1至9月，全县完成固定资产投资52.1亿元。", "2023-10-25T09:00:00+08:00")
    store(db, 3, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-11-20T09:00:00+08:00")
    assert [row[3] for row in flags(db, 3)] == [None]   # an older article restated, no revision


@pytest.mark.parametrize("later", ["近48亿元", "48亿元以上", "45至48亿元"])
def test_an_approximate_or_range_value_is_never_a_revision(db, later):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    store(db, 2, "临泽：经济运行", f"1至9月，全县完成固定资产投资{later}。", "2023-11-25T09:00:00+08:00")
    assert [row[3] for row in flags(db, 2)] == [None]


def test_a_figure_named_only_by_what_it_measures_is_never_a_revision(db):
    store(db, 1, "临泽：项目建设", "1至9月，全县依托园区建设，投资7453万元。")
    store(db, 2, "临泽：项目建设", "1至9月，全县加大标准化养殖场改造提升力度，投资3000万元。", "2023-11-25T09:00:00+08:00")
    first, second = flags(db, 1), flags(db, 2)
    assert [row[:1] for row in first] == [("投资",)] and [row[:1] for row in second] == [("投资",)]
    assert first[0][1] == second[0][1]   # one series and period: only the bare name keeps it from 修订
    assert [row[3] for row in second] == [None]


def test_an_average_named_only_by_what_it_measures_is_never_a_revision(db):
    # two plots' yields of one county and year, each said as 平均亩产 with no crop in its paragraph
    store(db, 1, "临泽：农业", "2022年，全县建成示范点12个，平均亩产1500公斤。")
    store(db, 2, "临泽：农业", "2022年，全县建成试验田5处，平均亩产178公斤。", "2023-11-25T09:00:00+08:00")
    yields = [row for row in flags(db, 2) if row[0] == "平均亩产"]
    assert len(yields) == 1 and yields[0][3] is None


def test_an_exact_value_after_an_approximate_one_is_not_a_revision_either(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资超过55亿元。")
    store(db, 2, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-11-25T09:00:00+08:00")
    assert [row[3] for row in flags(db, 2)] == [None]


def test_two_values_of_one_series_in_one_article_are_a_conflict_not_a_flag(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。据统计，1至9月全县固定资产投资52.1亿元。")
    rows = db.execute("SELECT value_normalized, flag, quality FROM indicators ORDER BY value_normalized").fetchall()
    assert rows == [(5_095_000_000, None, "conflict"), (5_210_000_000, None, "conflict")]


def test_a_figure_in_another_unit_class_is_another_series(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县蔬菜产量达到12.6万吨。")
    store(db, 2, "临泽：经济运行", "1至9月，全县蔬菜产量达到8.6万亩。", "2023-11-25T09:00:00+08:00")
    assert [row[3] for row in flags(db, 2)] == ["new_indicator"]


def test_a_qualified_figure_is_not_compared_with_the_whole_indicator(db):
    store(db, 1, "会宁：劳务经济", "2023年，全县实现劳务收入18.6亿元。", "2024-01-20T09:00:00+08:00")
    store(db, 2, "会宁：劳务经济", "2023年，全县农民工人均劳务收入1.2万元。", "2024-01-25T09:00:00+08:00")
    store(db, 3, "会宁：劳务经济", "2023年，全县风力发电量达到12亿千瓦时，发电量达到30亿千瓦时。", "2024-01-25T09:00:00+08:00")
    assert [(row[0], row[3]) for row in flags(db, 2) + flags(db, 3)] == [
        ("农民工人均劳务收入", "new_indicator"), ("发电量", "new_indicator"), ("风力发电量", "new_indicator")]


def test_a_full_reread_flags_in_publication_order_and_never_touches_reported_flags(db):
    store(db, 2, "临泽：经济运行", "1至10月，全县完成固定资产投资56.3亿元。", "2023-11-25T09:00:00+08:00")
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。", "2023-11-20T09:00:00+08:00")
    store(db, 3, "高台：经济运行", "1至9月，全县完成固定资产投资30.2亿元。", "2023-11-21T09:00:00+08:00")
    db.execute("UPDATE indicators SET reported_at = ? WHERE article_id = 3", [NOW])
    db.execute("UPDATE indicators SET flag = 'revised' WHERE article_id = 3")   # as a digest reported it
    db.conn.commit()
    economy.read_stored(db, NOW, everything=True)
    # stored newest first, the September figure had no previous; re-read in publication order
    # it opens the series and October is a new period after it
    assert flags(db, 1) == [("固定资产投资", "2023-09-30", 5_095_000_000, "new_indicator", None)]
    assert flags(db, 2) == [("固定资产投资", "2023-10-31", 5_630_000_000, "new_period", 5_095_000_000)]
    assert [row[3] for row in flags(db, 3)] == ["revised"]   # reported: left as it was sent


def test_an_article_with_thousands_of_figures_of_one_series_is_saved_in_linear_time(db, caplog):
    import time
    body = "".join(f"{m}月，全县完成固定资产投资{50 + i / 100:.2f}亿元。" for i, m in enumerate([1] * 3000))
    start = time.perf_counter()
    for article_id in (1, 2, 3):
        store(db, article_id, "临泽：经济运行", body, f"2023-11-2{article_id}T09:00:00+08:00")
    elapsed = time.perf_counter() - start
    rows = db.execute("SELECT count(*), count(flag), count(quality) FROM indicators").fetchone()
    assert rows == (3000, 0, 3000)   # 1,000 kept per article, each contradicting itself: no alert
    assert caplog.text.count("states 2000 more figures than the 1000 kept per article") == 3
    assert elapsed < 60   # quadratic flagging took minutes (issue 12); this is a bound, not a benchmark


def test_approximate_figures_agree_within_five_percent_and_no_further(db):
    # undated, so a value that does not agree is a new state (new_period), not left unflagged
    store(db, 1, "临泽：经济运行", "全县共有规上工业企业约45家。", "2023-11-20T09:00:00+08:00")
    store(db, 2, "临泽：经济运行", "全县共有规上工业企业约47家。", "2023-11-23T09:00:00+08:00")   # 2 <= 5% of 47
    store(db, 3, "临泽：经济运行", "全县共有规上工业企业约50家。", "2023-11-28T09:00:00+08:00")   # 3 > 5% of 50
    assert [row[3:] for row in flags(db, 2) + flags(db, 3)] == [(None, None), ("new_period", 47)]


@pytest.mark.parametrize(("earlier", "later", "flag"), [
    ("50.5亿元", "51亿元", None),          # 0.5亿 apart: half the last digit of 51亿, the same figure rounded
    ("50.4亿元", "51亿元", "revised"),     # 0.6亿 apart: another figure
])
def test_values_agree_up_to_half_the_last_written_digit_and_no_further(db, earlier, later, flag):
    store(db, 1, "临泽：经济运行", f"1至9月，全县完成固定资产投资{earlier}。")
    store(db, 2, "临泽：经济运行", f"1至9月，全县完成固定资产投资{later}。", "2023-11-25T09:00:00+08:00")
    assert [row[3] for row in flags(db, 2)] == [flag]


@pytest.mark.parametrize(("earlier", "later"), [("约45家", "47家"), ("45家", "约47家")])
def test_either_value_approximate_widens_agreement_to_five_percent(db, earlier, later):
    store(db, 1, "临泽：经济运行", f"全县共有规上工业企业{earlier}。", "2023-11-20T09:00:00+08:00")
    store(db, 2, "临泽：经济运行", f"全县共有规上工业企业{later}。", "2023-11-23T09:00:00+08:00")
    assert [row[3] for row in flags(db, 2)] == [None]   # undated: a value that disagreed would be new_period


def test_a_period_ending_on_the_same_day_is_not_an_earlier_period(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元。")
    store(db, 2, "临泽：经济运行", "三季度，全县完成固定资产投资18.2亿元。", "2023-11-25T09:00:00+08:00")
    assert flags(db, 2) == [("固定资产投资", "2023-09-30", 1_820_000_000, "new_period", None)]


def test_one_article_stating_several_periods_of_a_series_is_no_conflict(db):
    store(db, 1, "临泽：经济运行", "1至9月，全县完成固定资产投资50.95亿元，1至10月完成固定资产投资56.3亿元，"
                                   "三季度完成固定资产投资18.2亿元。")
    rows = db.execute("SELECT period, flag, quality FROM indicators ORDER BY value_start").fetchall()
    assert rows == [("1至9月", "new_indicator", None), ("1至10月", "new_indicator", None),
                    ("三季度", "new_indicator", None)]


def test_a_milestone_beside_the_exact_figure_is_no_conflict(db):
    # 突破100亿 is approximate: it claims no value that 137.27亿元 contradicts, and the exact figure
    # must not lose its flag to it
    store(db, 1, "武都：经济运行", "2020年，全区GDP总量为137.27亿元，GDP首次突破百亿元。", "2021-05-20T09:00:00+08:00")
    rows = db.execute("SELECT value_normalized, approx, flag, quality FROM indicators ORDER BY value_start").fetchall()
    assert rows == [(13_727_000_000, 0, "new_indicator", None), (10_000_000_000, 1, "new_indicator", None)]


@pytest.mark.parametrize(("first", "second"), [("50.95亿元", "51亿元"), ("约50亿元", "51亿元"), ("51亿元", "约50亿元")])
def test_one_article_restating_a_figure_rounded_or_approximately_is_no_conflict(db, first, second):
    store(db, 1, "临泽：经济运行", f"1至9月，全县完成固定资产投资{first}。据统计，1至9月全县固定资产投资{second}。")
    assert db.execute("SELECT flag, quality FROM indicators").fetchall() == [("new_indicator", None)] * 2


def edited(body: str, *old: tuple[float, float, bool]):
    """Flags of `body`'s figures when earlier versions of the article stated `old` (value,
    precision, approx) for 临泽's 1至9月 fixed-asset investment, oldest first."""
    result = extract_indicators("临泽：经济运行", body, "2023-11-23T09:00:00+08:00")
    key = series_key(result.observations[0])
    own = [Prior(n, "1至9月", "2023-01-01", "2023-09-30", value, precision, approx, "2023-11-23T09:00:00+08:00")
           for n, (value, precision, approx) in enumerate(old, 1)]
    return flag_observations(result.observations, {}, {key: own})


def test_after_two_edits_a_changed_figure_is_judged_against_the_latest_version():
    [flag] = edited("1至9月，全县完成固定资产投资53.4亿元。", (5_095_000_000, 500_000, False), (5_218_000_000, 500_000, False))
    assert (flag.flag, flag.previous.id, flag.previous.value) == ("revised", 2, 5_218_000_000)


def test_an_edit_that_writes_the_same_figure_differently_raises_no_flag():
    [flag] = edited("1至9月，全县完成固定资产投资51亿元。", (5_095_000_000, 500_000, False))
    assert flag.flag is None


@pytest.mark.parametrize(("body", "old"), [
    ("1至9月，全县完成固定资产投资56亿元。", (5_000_000_000, 50_000_000, True)),      # was 约50亿
    ("1至9月，全县完成固定资产投资约56亿元。", (5_095_000_000, 500_000, False)),     # is 约56亿
])
def test_an_edit_between_an_approximate_and_an_exact_value_is_no_revision(body, old):
    [flag] = edited(body, old)
    assert flag.flag == "new_indicator"   # decided as if unedited: the series has no other figure


def test_real_writing_stored_as_one_stream_raises_no_revision(db):
    """Every real-text passage (development and fifty-one held-out sets: 1,169 pages), stored in
    publication order as one crawl would. None of these pages restates another's figure with a
    different value, so any 修订 among them would be two figures filed under one series."""
    from pathlib import Path

    from monitor.indicators.scoring import load_passages

    fixtures = Path(__file__).parent / "fixtures"
    passages = sorted((p for name in ("indicators_real", "indicators_real_holdout", "indicators_real_holdout2",
                                      "indicators_real_holdout3", "indicators_real_holdout4",
                                      "indicators_real_holdout5", "indicators_real_holdout6",
                                      "indicators_real_holdout7", "indicators_real_holdout8",
                                      "indicators_real_holdout9", "indicators_real_holdout10",
                                      "indicators_real_holdout11", "indicators_real_holdout12",
                                      "indicators_real_holdout13", "indicators_real_holdout14",
                                      "indicators_real_holdout15", "indicators_real_holdout16",
                                      "indicators_real_holdout17", "indicators_real_holdout18",
                                      "indicators_real_holdout19", "indicators_real_holdout20",
                                      "indicators_real_holdout21", "indicators_real_holdout22",
                                      "indicators_real_holdout23", "indicators_real_holdout24",
                                      "indicators_real_holdout25", "indicators_real_holdout26",
                                      "indicators_real_holdout27", "indicators_real_holdout28",
                                      "indicators_real_holdout29", "indicators_real_holdout30",
                                      "indicators_real_holdout31", "indicators_real_holdout32",
                                      "indicators_real_holdout33", "indicators_real_holdout34",
                                      "indicators_real_holdout35", "indicators_real_holdout36",
                                      "indicators_real_holdout37", "indicators_real_holdout38",
                                      "indicators_real_holdout39", "indicators_real_holdout40",
                                      "indicators_real_holdout41", "indicators_real_holdout42",
                                      "indicators_real_holdout43", "indicators_real_holdout44",
                                      "indicators_real_holdout45", "indicators_real_holdout46",
                                      "indicators_real_holdout47", "indicators_real_holdout48",
                                      "indicators_real_holdout49", "indicators_real_holdout50",
                                      "indicators_real_holdout51", "indicators_real_holdout52",
                                      "indicators_real_holdout53", "indicators_real_holdout54",
                                      "indicators_real_holdout55", "indicators_real_holdout56",
                                      "indicators_real_holdout57", "indicators_real_holdout58",
                                      "indicators_real_holdout59", "indicators_real_holdout60",
                                      "indicators_real_holdout61", "indicators_real_holdout62",
                                      "indicators_real_holdout63", "indicators_real_holdout64",
                                      "indicators_real_holdout65", "indicators_real_holdout66",
                                      "indicators_real_holdout67", "indicators_real_holdout68",
                                      "indicators_real_holdout69", "indicators_real_holdout70",
                                      "indicators_real_holdout71", "indicators_real_holdout72",
                                      "indicators_real_holdout73", "indicators_real_holdout74",
                                      "indicators_real_holdout75", "indicators_real_holdout76",
                                      "indicators_real_holdout77", "indicators_real_holdout78",
                                      "indicators_real_holdout79", "indicators_real_holdout80",
                                      "indicators_real_holdout81", "indicators_real_holdout82",
                                      "indicators_real_holdout83", "indicators_real_holdout84",
                                      "indicators_real_holdout85", "indicators_real_holdout86",
                                      "indicators_real_holdout87", "indicators_real_holdout88",
                                      "indicators_real_holdout89")
                       for p in load_passages(fixtures / name)), key=lambda p: p.published_at)
    assert len(passages) >= 1636
    for i, p in enumerate(passages, 1):
        store(db, i, p.title, p.text, p.published_at)
    counted = dict(db.execute("SELECT flag, COUNT(*) FROM indicators GROUP BY flag").fetchall())
    revised = db.execute("SELECT region_code, name, period_start, period_end, value_normalized, previous_value"
                         " FROM indicators WHERE flag = 'revised'").fetchall()
    # one, and only one, that the text itself makes: the fifty-third set's rewritten census page says
    # 2025年全区GDP总量高达202.2亿元 of 甘州区 (its shares are 2020's: the source's slip, labelled as written), and
    # 甘州区's 2026 work report states 2025's 314.7亿元 — two published statements of one series that differ
    assert revised == [("620702", "地区生产总值", "2025-01-01", "2025-12-31", 31_470_000_000, 20_220_000_000)], revised
    assert counted.get("new_indicator", 0) > 1000   # the stream was read at all
    # two exact values of one series from one article: a data-quality mark, not a flag (on the first
    # 218 pages: 85 before issue 8's readings, 20 after its second round, 8 after its third; on 258
    # pages 26 after the third round, 10 after the fourth; 12 on all 296; 10 on the 318 after the
    # fifth, 16 on all 332 at the round's end; 30 on the 377 of the sixth, 24 of them on its first 355;
    # 22 on those 377 in the seventh, 40 on all 417; the fifteenth set found one 修订, 麦积's two
    # preliminary half-year investments, fixed by reading 预计 before a sentence's first figure;
    # 28 on those 417 in the eighth, 36 on all 440; 38 on those 440 in the ninth — 庆阳's 农林牧渔业增加值
    # and 第一产业增加值, one series by the lexicon, both 2024's once a later clause's 三季度 stopped
    # dating the second — and 48 on all 464: the seventeenth set's one town's greenhouses and one
    # signing ceremony's single projects, extracted though they are not indicators; 50 on all 488 with
    # the eighteenth set's two, 44 once one project's total and one town's paragraph were read as theirs;
    # 51 on all 512 with the nineteenth set's seven — an area and what was added to it, five amounts
    # signed by campaign —, 46 once both were kept apart as narrower series; 50 on all 536 with the
    # twentieth set's four: an undated span's two rates, two villages' progress; 48 on all 558: 42 on
    # the 488 once a fair's signings were kept apart from the year's, the twenty-first set's two;
    # eleventh round: 38 on those 558, 70 on all 628 — the three new sets' 32 are parts named like their
    # whole (核心示范区 ×3, 续建项目 8 and 58), a fair's venues (市专场, 县专场), undated spans'
    # first values (城镇建成区面积由6平方公里增加到128平方公里) and a province's figure in a prefecture's article);
    # twelfth round: 60 on those 628 (government lists' parts keep the list, projects before a period own
    # its bare 完成投资, a part of one town's area is the town's), 64 on the 652 — the twenty-fifth set's
    # four: one fair's totals for all the cities that signed beside the one city's (引进资金, 推介项目总投资)
    # —, 66 on all 676: the twenty-sixth set's two, an undated span's first value (由26%提升到43.1%);
    # thirteenth round: 66 on those 676, 66 on the 700 with the twenty-seventh set (its bands of firms by
    # capacity use, all bare 企业 before, are named by their band), 72 on all 724 — the twenty-eighth set's
    # six: one holiday's income beside the A级 spots' (旅游综合收入), two counts of projects past a share of
    # their plan (bare 项目), a county's visitors beside one spot's (lines without a clause mark) — and
    # one 修订 it raised, 秦州's 1—5月 增加值 13.63 (预计) against 13.62, gone once 预计 after the firms a
    # sentence counts makes it preliminary; fourteenth round: 72 on those 724, 92 on the 748 with the
    # twenty-ninth set's 20 — one prefecture's projects listed by sector (工交能源23个项目，完成投资13.63亿元；
    # 商贸流通29个项目…: 14 rows), two brand values (静宁苹果's, 平凉红牛's), a county town's area before
    # and after, two totals of planned projects — and one 修订 it raised, 庆阳's 2022 projects, 802 in a
    # work report of 12 December against 899 in February, gone once a figure stated before its period
    # ended is a count so far; 90 on those 748 at the round's end (the brand values are their
    # products'), 90 on the 772 with
    # the thirtieth set (its four — last year's apples by variety after 较上年, bare 增长率 after levels —
    # read since), 98 on all 794 — 84 once the first sector-by-sector list was read (工交能源23个项目:
    # each sector its own projects) —: the thirty-first set's eight, one city's signings in 深圳 and the
    # tourism part of them (two pairs: 21 and 9 projects, 136.34 and 92.44亿元) and a holiday's totals
    # beside one scenic area's visitors and income (黄河石林风景旅游区…4万人次: its 旅游区 no spot word);
    # fifteenth round: 80 on those 794 (that scenic area's figures are its own), 84 on the 818 with the
    # thirty-second set (a province's 固定资产投资 beside 全省第一产业's — 第一 read as a rank —, an undated span's
    # two pepper areas, two bare 所占比重, one project's plan: read since; left, two demonstration plots' yields
    # and a rank of exports given to investment), 86 on all 842 with the thirty-third (province round-ups:
    # 风电场 and 光伏电站 capacity, 居民 deposits, two progress shares, read since; left, one partner's trade
    # named in the clause before: 对欧盟进出口大幅增长，进出口总值18.6亿元), 96 on all 864 with the thirty-fourth's ten
    # — one fair edition's measures beside another's (第十九届…开工项目907个 and 第二十一届…733个: the fair named only
    # where the sentence opens), projects signed (引进) beside projects carried out (实施), one wetland among a
    # list of scenic spots (水川黄河湿地接待游客) — after its sector headings (交通：共有上亿元项目6个) were read;
    # 98 on all 882 with the thirty-fifth's two, after its one named day, its rural tourism and a water plan's
    # works listed with their investments (其中：供水工程21项、投资26.1亿元…: each works' own) were read;
    # sixteenth round: 96 on those 882, 105 on the 972 with the thirty-sixth to fortieth sets (after their
    # regions counted in lists, fairs' signings, one loan's balance, bracketed bases and a park named after
    # its county were read: left, a set's 亿元以上 projects' funds beside the year's, signed projects' parts
    # beside those of leads, one province's project investments by kind), 107 on all 990 with the
    # forty-first's two (a rank held for quarters named by its span); seventeenth round: 102 on those 990
    # and on all 1,045 with the forty-second to forty-fourth sets (113 with the round's starting code: a fair's
    # sessions, two grants allocated to two sets of projects, ranks listed after 分别, a kind of tourism's
    # income and each project's history after a semicolon were read); eighteenth round: 104 — one article's
    # own two recoveries of its income to 2019's (超过2019年同期水平92% in one paragraph, 恢复到2019的90% in the
    # next: the labeller filed both under one series too), read since recoveries are shares of their own;
    # nineteenth round: 125 on all 1,063 with the forty-fifth set as scored (a park's figures at its founding
    # beside 2021's, a centre's losses before and after, bases' yields under one crop), 96 after an undated
    # span's first value became no row and bases named by their crops led their bare measures; 100 on all 1,082
    # with the forty-sixth set (three bare 投资 and 完成投资 of roads and water works, 12 of the 121 model villages
    # put on a national list); twentieth round: 96 on the 1,099 pages it started with and on all 1,137 with the
    # forty-eighth and forty-ninth sets (a bare 总数 after what was added, 新增 before a capacity, one wind
    # farm's figures, the province's 全省 after a source or a period-only clause: no longer another series'
    # second value); twenty-first round: 96 on those 1,137 and 106 on all 1,169 with the fiftieth and fifty-first
    # sets — two from one city's plan for the year (its sentences under task headings state no plan word), eight on
    # the fifty-first, not read — and three 修订 the fifty-first raised, all from one city's 清明 holiday (its second
    # day filed as the whole holiday, 3月以来 read as March alone), gone once a holiday's numbered day is one day's
    # figure and a month before 以来 runs to the day reported; twenty-second round: 106 on those 1,169 and 110 on all
    # 1,192 with the fifty-second set as scored — one county profile that states its area twice with two values
    # (碌曲's 总面积: the page's own disagreement) and 徽县's 有林地 filed as 林地, the forest land it is a class of —,
    # 108 once 有林地 kept its own name, 123 on all 1,211 with the fifty-third set as scored (one profile's two
    # populations, the page's own; one bulletin's school figures whose kinds were not told apart; scenic spots'
    # growths), 114 once it was read (a kind of school leads the counts after it, spots' growths are theirs);
    # twenty-third round: 123 on all 1,229 with the fifty-fourth set and the round's starting code (nine from it:
    # every group's share filed under one 人口占比), 112 at the round's end, none from the fifty-fourth (the months
    # after a basis's year no longer date the next sentences: 采矿业投资 had been 1—8月's beside 1—9月's); 120 on all
    # 1,250 with the fifty-fifth set as scored (one page's list of holidays and months under headings, all taken as
    # the title's month), 112 once a heading line's period led the line after it; twenty-fourth round: 116 on all
    # 1,269 with the fifty-sixth set and the round's starting code (four from it: one district's two 到位资金, the
    # year's and its new projects', and its 招商引资重点项目 beside all its 重点项目), 110 at the round's end (and two
    # fewer on the thirty-fourth: one fair edition's 到位率 named by its projects); 122 on all 1,288 with the
    # fifty-seventh set and the round's starting code (six from it: a county's 一般预算财政收入 filed as its 大口径财政收入,
    # with its share of the year's budget and the budget), 110 at the round's end, none from the fifty-seventh;
    # twenty-fifth round: 119 on all 1,305 with the fifty-eighth set as scored (nine from it: one city's firms
    # moving out, counted by how far they had got and all named 企业; a book's typeset 比2010 年的 read as a
    # name), 110 once both were read, none from the fifty-eighth; 112 on all 1,319 with the fifty-ninth set (one
    # fair's total beside the edition before's, 较上届(签约额6039.55亿元): undated, no row since), 110 at the round's end;
    # 128 on all 1,328 with the sixtieth set as scored (one city's price releases, each category's year-on-year and
    # month-on-month rises listed after a header of classes; last year's growth as this year's base), 110 once read;
    # twenty-sixth round: 128 on all 1,341 with the sixty-first set as scored (one city's releases' month-on-month
    # categories under leads not seen before, two editions of one fair in one district), 110 once read; 110 on all
    # 1,358 with the sixty-second, none from it; 110 on all 1,374 with the sixty-third and 1,387 with the
    # sixty-fourth, none from either; 118 on all 1,400 with the sixty-fifth as scored (two cities' crop lines under
    # headers naming no place, both filed under the province), 110 once read; twenty-eighth round: 112 on all 1,414
    # with the sixty-sixth and sixty-seventh as scored (a province's GDP share after a bracket of its parts, filed as
    # the bracket's part's), 110 once read; 110 on all 1,422 with the sixty-eighth once read; twenty-ninth round: 110
    # on all 1,461 with the sixty-ninth to seventy-second sets, 114 on all 1,472 with the seventy-third as scored (the
    # province's signings since the pairing began beside two events' signings, both 签约项目 with a bare 金额), 110 once read;
    # thirtieth round: 110 on all 1,486 with the seventy-fourth and seventy-fifth sets and the round's starting code,
    # 108 (a fair's bare 开工率, twice, is its signed projects', no longer 开工项目开工率), none from either; 108 on all
    # 1,496 with the seventy-sixth, none from it; thirty-first round: 108 on all 1,522 with the seventy-seventh to
    # eightieth sets and the round's starting code (which also sends four false 修订 on them: a town's entry whose
    # three sectors' value added were filed as the province's, a county-wide investment growth filed bare), 104 (an
    # event's signings a series of their own), none from them; thirty-second round: 104 on all 1,533 with the
    # eighty-first set, 106 on all 1,541 with the eighty-second as scored (two shares named by no subject, 占全国比重,
    # which the round's starting code also sends a false 修订 beside: the poor areas' rural income filed as the
    # province's), 104 once read; 111 on all 1,549 with the eighty-third as scored and the starting code (one spot's
    # visitors' parts filed as the county's, a festival's part incomes as the whole's), 104 once read; thirty-third
    # round: 104 read by the round's start, 90 after its first readings (from the stream's own conflicts); 146 on all
    # 1,609 with the eighty-fourth to eighty-seventh sets and the round's starting code (two kinds of a poverty loan
    # both named 型贷款, two growths both named 比十一五, the parts of stations being built filed with those built, a
    # part's loan money filed bare; and one false 修订 it sends, 敦煌's visitors rounded), 109 once read;
    # thirty-fourth round: 109 on all 1,636 with the eighty-eighth and eighty-ninth sets as scored (none from them, no
    # 修订 from them), 109 after the round's readings
    assert db.execute("SELECT COUNT(*) FROM indicators WHERE quality = 'conflict'").fetchone()[0] <= 109
