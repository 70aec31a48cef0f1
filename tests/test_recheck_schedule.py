"""The re-check schedule and what a re-check found, as pure functions (monitor/recheck.py), and
the sentence-level diff (monitor/textdiff.py)."""

from __future__ import annotations

from datetime import timedelta

from monitor.config import RecheckSettings
from monitor.recheck import Candidate, checkpoints, compare, on_gone, select
from monitor.textdiff import Segment, sentence_diff, sentences

STORED = "2024-03-01T08:00:00+00:00"
A = ("临泽：县域经济", "张掖日报", "陈立新", "2023-11-23T09:02:00+08:00", "全县完成固定资产投资50.95亿元。")
B = A[:4] + ("全县完成固定资产投资52.18亿元。",)


def hours(*values: float) -> tuple[timedelta, ...]:
    return tuple(timedelta(hours=h) for h in values)


def test_the_default_checkpoints_decay_from_one_hour_to_seven_days():
    assert checkpoints(RecheckSettings()) == hours(1, 6, 24, 72, 168)


def test_a_shorter_window_drops_the_later_default_checkpoints():
    assert checkpoints(RecheckSettings(days=2)) == hours(1, 6, 24, 48)
    assert checkpoints(RecheckSettings(days=0)) == ()


def test_the_most_recently_due_go_first_and_the_cap_holds():
    settings = RecheckSettings(max_per_cycle=2)
    older = Candidate(1, "u1", "s", "2024-03-01T06:00:00+00:00", None)        # due since 07:00
    newer = Candidate(2, "u2", "s", "2024-03-01T06:30:00+00:00", None)        # due since 07:30
    checked = Candidate(3, "u3", "s", "2024-03-01T06:00:00+00:00", "2024-03-01T07:05:00+00:00")
    young = Candidate(4, "u4", "s", "2024-03-01T07:45:00+00:00", None)        # not an hour old
    other = Candidate(5, "u5", "s", "2024-03-01T05:00:00+00:00", None)        # due since 06:00
    picked = select([older, newer, checked, young, other], STORED, settings)
    assert [c.id for c in picked] == [2, 1]


def test_recheck_all_takes_every_article_inside_the_window_and_no_more():
    inside = Candidate(1, "u1", "s", "2024-02-23T08:00:01+00:00", "2024-03-01T07:00:00+00:00")
    outside = Candidate(2, "u2", "s", "2024-02-23T07:59:59+00:00", None)
    assert [c.id for c in select([inside, outside], STORED, RecheckSettings(max_per_cycle=0),
                                 everything=True)] == [1]
    assert select([inside], STORED, RecheckSettings(days=0), everything=True) == []


def test_a_fetched_version_is_unchanged_edited_or_a_revert_of_the_latest_equal_one():
    assert compare(A, "gscn_current", {}, A, "gscn_current").kind == "unchanged"
    edited = compare(A, "gscn_current", {}, B, "gscn_current")
    assert (edited.kind, edited.changed) == ("edited", ("body",))
    reverted = compare(B, "gscn_current", {1: A, 2: B, 3: A}, A, "gscn_current")
    assert (reverted.kind, reverted.same_as) == ("reverted", 3)
    moved = ("临泽：县域经济", "张掖日报", "张朝军") + A[3:]
    assert compare(A, "gscn_current", {}, moved, "gscn_current").changed == ("author",)


def test_another_parser_reading_other_fields_is_a_layout_change():
    verdict = compare(A, "gscn_current", {}, B, "fallback")
    assert (verdict.kind, verdict.changed) == ("parser_changed", ("body",))
    assert compare(A, "gscn_current", {}, A, "fallback").kind == "unchanged"


def test_a_missing_page_is_withdrawn_on_its_second_answer_from_a_later_cycle():
    started = "2024-03-01T09:00:00+00:00"
    assert on_gone(None, None, started) == "missing"
    assert on_gone(None, "2024-03-01T08:30:00+00:00", started) == "withdrawn"
    assert on_gone(None, "2024-03-01T09:00:05+00:00", started) == "missing"
    assert on_gone("2024-03-01T08:30:00+00:00", None, started) == "gone"


def test_chinese_sentences_end_at_their_marks_and_keep_closing_quotes():
    text = "“下一步，我们将持续用力。”负责人表示！产量增长了吗？是的；增长5.2%\n新段落"
    assert sentences(text) == ["“下一步，我们将持续用力。”", "负责人表示！", "产量增长了吗？", "是的；",
                               "增长5.2%", "新段落"]


def test_the_diff_pairs_changed_sentences_and_marks_a_changed_number_whole():
    old = "全县完成固定资产投资50.95亿元。引进项目21个。村民增收。"
    new = "全县完成固定资产投资52.18亿元。引进项目21个。新增一句。"
    first, second = sentence_diff(old, new)
    assert (first.old, first.new) == ("全县完成固定资产投资50.95亿元。", "全县完成固定资产投资52.18亿元。")
    assert first.segments == (Segment("same", "全县完成固定资产投资"), Segment("del", "50.95"),
                              Segment("ins", "52.18"), Segment("same", "亿元。"))
    assert (second.old, second.new) == ("村民增收。", "新增一句。")


def test_an_added_and_a_removed_sentence_have_one_side_empty():
    [added] = sentence_diff("甲。乙。", "甲。乙。丙。")
    assert (added.old, added.new, added.segments) == ("", "丙。", (Segment("ins", "丙。"),))
    [removed] = sentence_diff("甲。乙。丙。", "甲。丙。")
    assert (removed.old, removed.new) == ("乙。", "")
    assert sentence_diff("甲。乙。", "甲。乙。") == []
