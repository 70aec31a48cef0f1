"""A user's words as the bigram index's MATCH expression, and the snippets that show them."""

from __future__ import annotations

import pytest

from monitor.store.fts import match_expression, snippet


@pytest.mark.parametrize(("words", "expected"), [
    ("临泽", '"临泽"'),
    ("临泽县", '"临泽 泽县"'),
    ("县域经济", '"县域 域经 经济"'),
    ("临泽 县域经济", '"临泽" AND "县域 域经 经济"'),
    ("GDP增长", '"GDP" AND "增长"'),
    ("县", "县*"),
    ('"临泽县"', '"临泽 泽县"'),                 # quotes are not words
    ("临泽 OR 高台", '"临泽" AND "OR" AND "高台"'),   # operators are words, quoted: no syntax
    ('"', '""'), ("***", '""'), ("，。！", '""'), ("", '""'), ("NEAR(", '"NEAR"'),
])
def test_words_become_a_match_expression_without_fts_syntax(words, expected):
    assert match_expression(words) == expected


def test_a_snippet_marks_every_word_around_the_first_one_found():
    body = "初冬时节，临泽县扎尔墩滩工业集中区内塔吊林立。\n1至9月，临泽县完成固定资产投资50.95亿元。"
    # the lines joined by a space; 33 characters from the start (the first 临泽 is near it)
    assert snippet(body, "临泽 投资", width=33) == "初冬时节，【临泽】县扎尔墩滩工业集中区内塔吊林立。 1至9月，【临泽】县完…"
    # a third of the width before the word (5 characters), 16 in all
    assert snippet(body, "固定资产投资", width=16) == "…临泽县完成【固定资产投资】50.95…"


def test_a_snippet_without_the_words_is_the_start_of_the_text():
    assert snippet("一二三四五六七八九十", "临泽", width=4) == "一二三四…"
