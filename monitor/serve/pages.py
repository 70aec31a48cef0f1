"""The pages `monitor serve` adds to Datasette: the region index (/county), a region's page with
a chart per indicator series (/county/620723, one series: ?indicator=固定资产投资) and an
article's page with its evidence marked (/article/13012345?indicator=ID).

Regions are addressed by GB/T 2260 code: Datasette redirects paths with Chinese characters to
its tilde encoding. Anything unknown is a 404 page (Datasette's error page), never a traceback.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from importlib import resources
from typing import Any

from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from ..indicators import FLAG_LABELS
from ..indicators.series import KIND_LABELS
from .chart import Point, render_chart
from .reads import RegionData, Series, load_article, load_region

__all__ = ["article_page", "monitor_database", "region_page", "regions_index", "stylesheet"]

MAX_CHARTS = 60   # a region page charts its longest series; the rest are one click away
LATEST = 5        # observations listed under each chart of a region page (all on a series page)


def monitor_database(datasette: Any) -> str | None:
    """The name of the monitor's database: `plugins.gansu-monitor.database` in the metadata,
    else the first database served from a file (None: there is none)."""
    configured = (datasette.plugin_config("gansu-monitor") or {}).get("database")
    if configured:
        return str(configured)
    return next((str(name) for name, db in datasette.databases.items() if db.path), None)


async def _run(datasette: Any, fn: Any) -> Any:
    name = monitor_database(datasette)
    if name is None or name not in datasette.databases:
        raise NotFound("no monitor database is served")
    return await datasette.get_database(name).execute_fn(fn)


async def _html(datasette: Any, request: Any, template: str, context: dict[str, Any]) -> Response:
    context |= {"database": monitor_database(datasette), "flag_labels": FLAG_LABELS,
                "kind_labels": KIND_LABELS}
    return Response.html(await datasette.render_template(template, context, request=request))


def _figure(row: dict[str, Any]) -> str:
    return ("约" if row.get("approx") else "") + f"{row['value']}{row['unit']}"


def _tooltip(row: dict[str, Any]) -> str:
    period = row["period"] or f"未注明周期（报道于{row['period_end']}）"
    flag = FLAG_LABELS.get(row["flag"] or "", "")
    head = " · ".join(filter(None, [period, _figure(row), row["change"], flag]))
    return f"{head}\n{row['evidence']}\n—— {row['title']}（{row['published_at'][:10]}）"


def chart_for(datasette: Any, series: Series) -> Markup:
    unit, factor = series.display_unit()
    article = datasette.urls.path("/article/")
    points = [Point(day=dt.date.fromisoformat(r["period_end"][:10]), value=r["value_normalized"] / factor,
                    href=f"{article}{r['article_id']}?indicator={r['id']}#evidence",
                    tooltip=_tooltip(r), flag=r["flag"], ident=r["id"])
              for r in series.rows]
    return render_chart(points, unit, title=f"{series.name} {KIND_LABELS.get(series.kind, series.kind)}")


async def stylesheet() -> Response:
    css = resources.files(__package__).joinpath("static/gansu.css").read_text("utf-8")
    return Response(css, content_type="text/css; charset=utf-8",
                    headers={"Cache-Control": "max-age=3600"})


async def regions_index(datasette: Any, request: Any) -> Response:
    def read(conn: sqlite3.Connection) -> list[dict[str, Any]]:
        cursor = conn.execute(
            "SELECT r.code, r.name, r.level, r.parent, "
            "(SELECT count(*) FROM articles a WHERE a.region_code = r.code) AS articles, "
            "(SELECT count(*) FROM indicators i WHERE i.region_code = r.code) AS indicators "
            "FROM regions r ORDER BY r.code")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]
    regions = await _run(datasette, read)
    prefectures = [r for r in regions if r["level"] == "prefecture"]
    counties = {p["code"]: [r for r in regions if r["parent"] == p["code"]] for p in prefectures}
    province = next((r for r in regions if r["level"] == "province"), None)
    return await _html(datasette, request, "gansu_regions.html",
                       {"province": province, "prefectures": prefectures, "counties": counties})


async def region_page(datasette: Any, request: Any) -> Response:
    code = request.url_vars["code"]
    indicator = (request.args.get("indicator") or "").strip() or None
    data: RegionData | None = None
    if code.isdigit() and len(code) == 6:
        data = await _run(datasette, lambda conn: load_region(conn, code, indicator))
    if data is None:
        raise NotFound(f"没有这个地区：{code}（地区以 GB/T 2260 代码表示，例如 /county/620723）")
    if indicator and not data.series:
        raise NotFound(f"{data.place.name}没有指标“{indicator}”")
    shown = data.series if indicator else data.series[:MAX_CHARTS]
    charts = [(s, chart_for(datasette, s)) for s in shown]
    return await _html(datasette, request, "gansu_region.html", {
        "data": data, "indicator": indicator, "charts": charts,
        "more": [] if indicator else data.series[MAX_CHARTS:], "figure": _figure, "latest": LATEST})


def _marked_body(body: str, span: tuple[int, int] | None) -> list[Markup]:
    """The body's paragraphs, escaped, with the evidence span (offsets in `body`) marked."""
    out, offset = [], 0
    for line in body.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if span and span[0] < end and span[1] > start:
            a, b = max(span[0], start) - start, min(span[1], end) - start
            out.append(Markup('{}<mark id="evidence">{}</mark>{}').format(line[:a], line[a:b], line[b:]))
        else:
            out.append(Markup(escape(line)))
    return [p for p in out if p.strip()]


async def article_page(datasette: Any, request: Any) -> Response:
    raw_id = request.url_vars["id"]
    wanted = request.args.get("indicator", "")

    result = await _run(datasette, lambda conn: load_article(conn, int(raw_id))) if raw_id.isdigit() else None
    if result is None:
        raise NotFound(f"没有这篇文章：{raw_id}")
    article, indicators = result
    chosen = next((i for i in indicators if str(i["id"]) == wanted), None)
    span = (chosen["evidence_start"], chosen["evidence_end"]) if chosen else None
    return await _html(datasette, request, "gansu_article.html", {
        "article": article, "indicators": indicators, "chosen": chosen,
        "paragraphs": _marked_body(article["body"], span), "figure": _figure})
