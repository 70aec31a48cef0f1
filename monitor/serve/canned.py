"""The canned queries `monitor serve` offers (Datasette metadata `queries`). They use the SQL
functions of the plugin (`plugin.py`): `bigram_query`, `search_snippet`, `indicator_name`."""

from __future__ import annotations

from typing import Any

__all__ = ["canned_queries"]

# A region typed as a code, full name, short name or alias (620723, 临泽县, 临泽, 天祝县).
_REGION = ("region_code IN (SELECT code FROM regions WHERE :region IN (code, name, short) "
           "OR instr('|' || ifnull(aliases, '') || '|', '|' || :region || '|') > 0)")

_QUERIES: dict[str, dict[str, Any]] = {
    "本周新指标": {
        "title": "本周新指标: indicators flagged in the last 7 days",
        "description": "New indicators, new periods and revisions the monitor found in the last "
                       "7 days, newest first.",
        "sql": """SELECT found_at, region, prefecture, indicator, kind, period, figure, change, flag,
       evidence, title, article_id, region_code
FROM indicator_list
WHERE flag IS NOT NULL AND found_at >= strftime('%Y-%m-%dT%H:%M:%S', 'now', '-7 days')
ORDER BY found_at DESC, published_at DESC, id""",
    },
    "某县某指标的序列": {
        "title": "某县某指标的序列: one region's series of one indicator",
        "description": "Every observation of an indicator in a region, in period order. Region: a "
                       "name, short name or code (临泽, 临泽县, 620723); indicator: a name or a "
                       "synonym (固定资产投资, 固投).",
        "sql": f"""SELECT period, period_start, period_end, kind,
       CASE WHEN approx THEN '约' ELSE '' END || value || unit AS figure, change, flag, evidence,
       title, published_at, article_id, region, region_code
FROM indicator_series
WHERE {_REGION} AND indicator = indicator_name(:indicator)
ORDER BY period_end, kind, published_at, indicator_id""",
    },
    "修订记录": {
        "title": "修订记录: revised figures",
        "description": "Figures an article reported differently from an earlier one, with the "
                       "earlier value and both articles; newest first.",
        "sql": """SELECT i.found_at, i.region, i.name AS indicator, i.period,
       CASE WHEN i.approx THEN '约' ELSE '' END || i.value || i.unit AS figure,
       CASE WHEN p.id IS NULL THEN i.previous_value ELSE p.value || p.unit END AS previous,
       i.evidence, a.title, i.article_id, p.evidence AS previous_evidence,
       p.article_id AS previous_article_id, i.region_code
FROM indicators i JOIN articles a ON a.id = i.article_id
LEFT JOIN indicators p ON p.id = i.previous_indicator_id
WHERE i.flag = 'revised'
ORDER BY i.found_at DESC, a.published_at DESC, i.id""",
    },
    "全文搜索": {
        "title": "全文搜索: full-text search",
        "description": "Articles containing every word (Chinese words of any length: 临泽, 县域经济, "
                       "临泽县), best match first, with where the words occur.",
        "sql": """SELECT a.title, r.name AS region, substr(a.published_at, 1, 10) AS published,
       search_snippet(a.body, :q) AS snippet, a.origin, a.url, a.id AS article_id, a.region_code
FROM articles_bigram JOIN articles a ON a.id = articles_bigram.rowid
LEFT JOIN regions r ON r.code = a.region_code
WHERE articles_bigram MATCH bigram_query(:q)
ORDER BY bm25(articles_bigram, 5.0, 1.0), a.published_at DESC
LIMIT 100""",
    },
}


def canned_queries() -> dict[str, dict[str, Any]]:
    return {name: dict(query, hide_sql=False) for name, query in _QUERIES.items()}
