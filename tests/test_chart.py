"""Series grouping, terminal sparklines and the server-rendered SVG chart."""

from __future__ import annotations

import datetime as dt
import re

from monitor.indicators.series import group_series, sparkline
from monitor.serve.chart import Point, nice_ticks, render_chart


def obs(ident, region, name, kind, unit_n, value, unit, norm, end, published="2023-11-01"):
    return {"id": ident, "region": region, "name": name, "kind": kind, "unit_normalized": unit_n,
            "value": value, "unit": unit, "value_normalized": norm, "period_end": end,
            "published_at": published}


def test_series_are_split_by_region_kind_and_base_unit_and_kept_in_period_order():
    rows = [obs(1, "临泽县", "固定资产投资", "amount", "yuan", "50.95", "亿元", 5.095e9, "2023-09-30"),
            obs(2, "临泽县", "固定资产投资", "growth_rate", "percent", "8.1", "%", 8.1, "2023-09-30"),
            obs(3, "临泽县", "固定资产投资", "amount", "yuan", "30.2", "亿元", 3.02e9, "2023-06-30"),
            obs(4, "高台县", "固定资产投资", "amount", "yuan", "21000", "万元", 2.1e8, "2023-06-30")]
    series = group_series(rows)
    assert [(s.region, s.kind, [r["id"] for r in s.rows]) for s in series] == [
        ("临泽县", "amount", [3, 1]), ("临泽县", "growth_rate", [2]), ("高台县", "amount", [4])]
    assert series[0].display_unit() == ("亿元", 1e8) and series[0].values() == [30.2, 50.95]
    assert series[2].display_unit() == ("万元", 1e4)


def test_a_ranking_written_in_words_is_shown_in_its_base_unit():
    (s,) = group_series([obs(1, "临泽县", "县域经济排名", "ranking", "rank", "第一", "位", 1.0, "2023-09-30")])
    assert s.display_unit() == ("rank", 1.0)


def test_a_sparkline_spans_lowest_to_highest():
    assert sparkline([1, 2, 3, 8]) == "▁▂▃█"
    assert sparkline([5, 5]) == "▄▄"
    assert sparkline([]) == ""


def test_ticks_are_round_and_cover_the_range():
    # the step: the smallest 1, 2 or 5 times a power of ten that is at least a quarter of the range
    assert nice_ticks(0, 50.95) == [0, 20, 40, 60]
    assert nice_ticks(-3.2, 8.1) == [-5, 0, 5, 10]
    assert nice_ticks(30.5, 30.5) == [30, 40, 50, 60, 70]     # one value: a range from it


def test_the_chart_has_one_linked_point_per_observation_even_on_the_same_spot():
    points = [Point(dt.date(2023, 9, 30), 50.95, "/article/1?indicator=11", "1至9月 50.95亿元\n原句", "new_indicator", 11),
              Point(dt.date(2023, 9, 30), 50.95, "/article/2?indicator=12", "<script>x</script>", None, 12),
              Point(dt.date(2023, 6, 30), 30.2, "/article/3?indicator=13", "1至6月", None, 13)]
    svg = str(render_chart(points, "亿元"))
    assert re.findall(r'<a class="point[^"]*" href="([^"]+)"', svg) == [
        "/article/3?indicator=13", "/article/1?indicator=11", "/article/2?indicator=12"]
    spots = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert spots[1] != spots[2] and spots[1][1] == spots[2][1]   # moved apart sideways only
    assert "<script>" not in svg and "&lt;script&gt;" in svg        # tooltips are escaped
    assert "亿元" in svg and 'class="point flag-new_indicator"' in svg
