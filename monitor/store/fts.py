"""Cutting Chinese text into overlapping character pairs for the `articles_bigram` index, and
turning a user's search words into a query either index answers."""

from __future__ import annotations

import re

__all__ = ["bigrams", "search_sql"]

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


def search_sql(query: str) -> tuple[str, list[str]]:
    """SQL and parameters finding the articles that contain every word of `query`.

    Each word becomes a phrase of its character pairs in `articles_bigram`: `临泽县` ->
    `"临泽 泽县"`, which matches only text containing 临泽县. A one-character word falls
    back to LIKE on the articles table.
    """
    words = _WORD.findall(query)
    if not words:
        return "SELECT * FROM articles WHERE 0", []
    long_words = [w for w in words if len(w) > 1 or not _CJK_RUN.fullmatch(w)]
    short = [w for w in words if w not in long_words]
    clauses, params = [], []
    if long_words:
        fts = " AND ".join(f'"{bigrams(w)}"' for w in long_words)
        clauses.append("id IN (SELECT rowid FROM articles_bigram WHERE articles_bigram MATCH ?)")
        params.append(fts)
    for w in short:
        clauses.append("(title LIKE ? OR body LIKE ?)")
        params += [f"%{w}%", f"%{w}%"]
    sql = "SELECT * FROM articles WHERE " + " AND ".join(clauses) + " ORDER BY published_at DESC"
    return sql, params
