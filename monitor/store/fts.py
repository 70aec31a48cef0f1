"""Cutting Chinese text into overlapping character pairs for the `articles_bigram` index, turning
a user's search words into what that index answers (`match_expression`, also the SQL function
`bigram_query` of `monitor serve`), and the snippets that show where they occur."""

from __future__ import annotations

import re

__all__ = ["RANK", "bigrams", "match_expression", "search_sql", "snippet", "words"]

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+|[A-Za-z0-9]+")


# Changing how bigrams() cuts text needs a migration that rebuilds articles_bigram: the
# contentless index removes an article's old entry by re-sending the tokens it was given,
# and a different cut would remove tokens that were never inserted.
def bigrams(text: str) -> str:
    """`临泽县域经济 GDP` -> `临泽 泽县 县域 域经 经济 GDP`: each run of Chinese characters as
    its overlapping pairs (a lone character as itself), other words as they are."""
    out: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if _CJK_RUN.fullmatch(word) and len(word) > 1:
            out.extend(word[i:i + 2] for i in range(len(word) - 1))
        else:
            out.append(word)
    return " ".join(out)


def words(query: str) -> list[str]:
    """The searchable words of `query`: runs of Chinese characters and of letters or digits.
    Quotes, FTS operators and punctuation are not words, so they never reach MATCH."""
    return _WORD.findall(query)


def _is_char(word: str) -> bool:
    return len(word) == 1 and _CJK_RUN.fullmatch(word) is not None


def match_expression(query: str) -> str:
    """The `articles_bigram MATCH` expression finding the articles that contain every word.

    `临泽` -> `"临泽"`; `临泽县` -> `"临泽 泽县"` (a phrase of its pairs, so only 临泽县 itself
    matches); `临泽 县域经济` -> `"临泽" AND "县域 域经 经济"`; a lone Chinese character `县` ->
    `县*` (the pairs that start with it: an approximation, `search_sql` uses LIKE instead); no
    word at all (`"`, `***`, `，。`) -> `""`, which matches nothing.
    """
    terms = [f"{w}*" if _is_char(w) else f'"{bigrams(w)}"' for w in words(query)]
    return " AND ".join(terms) if terms else '""'


# Title pairs weigh more than body pairs in the ranking (bm25 column weights).
RANK = "bm25(articles_bigram, 5.0, 1.0)"


def search_sql(query: str) -> tuple[str, list[str]]:
    """SQL and parameters finding the articles that contain every word of `query`, best match
    first (bm25 over the pair index; newest first among equals), with `region` the name of
    the article's region. A one-character word is matched with LIKE on the articles table."""
    found = words(query)
    if not found:
        return "SELECT a.*, NULL AS region FROM articles a WHERE 0", []
    pairs = [w for w in found if not _is_char(w)]
    clauses, params = [], []
    for w in (w for w in found if _is_char(w)):
        clauses.append("(a.title LIKE ? OR a.body LIKE ?)")
        params += [f"%{w}%", f"%{w}%"]
    select = "SELECT a.*, r.name AS region FROM "
    region = " LEFT JOIN regions r ON r.code = a.region_code"
    if pairs:
        clauses.insert(0, "articles_bigram MATCH ?")
        params.insert(0, match_expression(" ".join(pairs)))
        source, order = f"articles_bigram JOIN articles a ON a.id = articles_bigram.rowid{region}", f"{RANK}, "
    else:
        source, order = f"articles a{region}", ""
    sql = f"{select}{source} WHERE {' AND '.join(clauses)} ORDER BY {order}a.published_at DESC"
    return sql, params


def snippet(text: str, query: str, mark: tuple[str, str] = ("【", "】"), width: int = 60) -> str:
    """About `width` characters of `text` around the first place one of the words of `query`
    occurs, each occurrence wrapped in `mark`; the start of `text` when none occurs."""
    found = sorted(set(words(query)), key=len, reverse=True)
    flat = " ".join(text.split())
    pattern = re.compile("|".join(map(re.escape, found)), re.I) if found else None
    first = pattern.search(flat) if pattern else None
    start = max(0, first.start() - width // 3) if first else 0
    window = flat[start:start + width]
    if pattern:
        window = pattern.sub(lambda m: f"{mark[0]}{m[0]}{mark[1]}", window)
    return ("…" if start else "") + window + ("…" if start + width < len(flat) else "")
