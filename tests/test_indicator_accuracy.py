"""The labelled sets are well-formed, large enough, and the extractor holds what it measures on
each of them (README, "Accuracy")."""

from __future__ import annotations

import csv
import tomllib
from datetime import date
from pathlib import Path

import pytest

from monitor.indicators import INDICATOR_KINDS
from monitor.indicators.lexicon import lexicon
from monitor.indicators.scoring import load_passages, score

FIXTURES = Path(__file__).parent / "fixtures"
LABELLED = FIXTURES / "indicators"
LABEL_SETS = [LABELLED, FIXTURES / "articles" / "indicators", FIXTURES / "indicators_round2",
              FIXTURES / "indicators_holdout", FIXTURES / "indicators_real", FIXTURES / "indicators_real_holdout",
              FIXTURES / "indicators_real_holdout2", FIXTURES / "indicators_real_holdout3",
              FIXTURES / "indicators_real_holdout4", FIXTURES / "indicators_real_holdout5",
              FIXTURES / "indicators_real_holdout6", FIXTURES / "indicators_real_holdout7",
              FIXTURES / "indicators_real_holdout8", FIXTURES / "indicators_real_holdout9",
              FIXTURES / "indicators_real_holdout10", FIXTURES / "indicators_real_holdout11",
              FIXTURES / "indicators_real_holdout12", FIXTURES / "indicators_real_holdout13",
              FIXTURES / "indicators_real_holdout14", FIXTURES / "indicators_real_holdout15",
              FIXTURES / "indicators_real_holdout16", FIXTURES / "indicators_real_holdout17",
              FIXTURES / "indicators_real_holdout18", FIXTURES / "indicators_real_holdout19",
              FIXTURES / "indicators_real_holdout20", FIXTURES / "indicators_real_holdout21",
              FIXTURES / "indicators_real_holdout22", FIXTURES / "indicators_real_holdout23",
              FIXTURES / "indicators_real_holdout24", FIXTURES / "indicators_real_holdout25",
              FIXTURES / "indicators_real_holdout26", FIXTURES / "indicators_real_holdout27",
              FIXTURES / "indicators_real_holdout28", FIXTURES / "indicators_real_holdout29",
              FIXTURES / "indicators_real_holdout30", FIXTURES / "indicators_real_holdout31",
              FIXTURES / "indicators_real_holdout32", FIXTURES / "indicators_real_holdout33",
              FIXTURES / "indicators_real_holdout34", FIXTURES / "indicators_real_holdout35",
              FIXTURES / "indicators_real_holdout36", FIXTURES / "indicators_real_holdout37",
              FIXTURES / "indicators_real_holdout38", FIXTURES / "indicators_real_holdout39",
              FIXTURES / "indicators_real_holdout40", FIXTURES / "indicators_real_holdout41",
              FIXTURES / "indicators_real_holdout42", FIXTURES / "indicators_real_holdout43",
              FIXTURES / "indicators_real_holdout44", FIXTURES / "indicators_real_holdout45",
              FIXTURES / "indicators_real_holdout46", FIXTURES / "indicators_real_holdout47",
              FIXTURES / "indicators_real_holdout48", FIXTURES / "indicators_real_holdout49",
              FIXTURES / "indicators_real_holdout50", FIXTURES / "indicators_real_holdout51",
              FIXTURES / "indicators_real_holdout52", FIXTURES / "indicators_real_holdout53",
              FIXTURES / "indicators_real_holdout54", FIXTURES / "indicators_real_holdout55",
              FIXTURES / "indicators_real_holdout56", FIXTURES / "indicators_real_holdout57",
              FIXTURES / "indicators_real_holdout58", FIXTURES / "indicators_real_holdout59",
              FIXTURES / "indicators_real_holdout60", FIXTURES / "indicators_real_holdout61",
              FIXTURES / "indicators_real_holdout62", FIXTURES / "indicators_real_holdout63",
              FIXTURES / "indicators_real_holdout64", FIXTURES / "indicators_real_holdout65",
              FIXTURES / "indicators_real_holdout66", FIXTURES / "indicators_real_holdout67",
              FIXTURES / "indicators_real_holdout68", FIXTURES / "indicators_real_holdout69",
              FIXTURES / "indicators_real_holdout70", FIXTURES / "indicators_real_holdout71",
              FIXTURES / "indicators_real_holdout72", FIXTURES / "indicators_real_holdout73",
              FIXTURES / "indicators_real_holdout74", FIXTURES / "indicators_real_holdout75",
              FIXTURES / "indicators_real_holdout76", FIXTURES / "indicators_real_holdout77",
              FIXTURES / "indicators_real_holdout78", FIXTURES / "indicators_real_holdout79",
              FIXTURES / "indicators_real_holdout80", FIXTURES / "indicators_real_holdout81",
              FIXTURES / "indicators_real_holdout82", FIXTURES / "indicators_real_holdout83",
              FIXTURES / "indicators_real_holdout84", FIXTURES / "indicators_real_holdout85",
              FIXTURES / "indicators_real_holdout86", FIXTURES / "indicators_real_holdout87",
              FIXTURES / "indicators_real_holdout88", FIXTURES / "indicators_real_holdout89"]
CODES = {row["code"] for row in csv.DictReader(
    (Path(__file__).parents[1] / "monitor" / "indicators" / "regions.csv").read_text("utf-8").splitlines())}
UNITS = {"yuan", "mu", "tonne", "kWh", "kW", "person", "person-time", "count", "head", "percent", "point",
         "km", "m2", "m3", "rank"}


@pytest.mark.parametrize("directory", [d for d in LABEL_SETS if d.exists()], ids=lambda d: d.name)
def test_every_label_is_well_formed(directory):
    for passage in load_passages(directory):
        where = passage.path.name
        date.fromisoformat(passage.published_at[:10])
        assert passage.region in CODES | {""}, where
        for mention in passage.mentions:
            passage.span(mention)   # the surface is in the text
            assert mention["region"] in CODES, (where, mention["surface"])
            assert mention["unit"] in UNITS and mention["kind"] in INDICATOR_KINDS, (where, mention["surface"])
            assert mention.get("period_start", "") <= mention["period_end"], (where, mention["surface"])
            date.fromisoformat(mention["period_end"])
            # a name the lexicon knows is written as its canonical name, never as a synonym (the
            # real-text labellers sometimes kept a narrower name the lexicon does not know, e.g.
            # 兰洽会签约项目: their label stands, and the extractor is scored against it)
            if not directory.name.startswith("indicators_real"):
                assert lexicon().canonical(mention["name"]) in (None, mention["name"]), (where, mention["name"])
            if mention["kind"] == "growth_rate":
                assert mention.get("change_pct", mention.get("change_points")) == mention["value"]
        for label in passage.not_indicators:
            passage.span(label)


def test_the_labelled_set_is_as_large_as_the_issue_asks():
    passages = load_passages(LABELLED)
    mentions = [m for p in passages for m in p.mentions]
    assert len(passages) >= 30 and len(mentions) >= 150
    assert sum(len(p.not_indicators) for p in passages) >= 40
    assert {m["kind"] for m in mentions} == INDICATOR_KINDS


# What each labelled set measures today (README, "Accuracy"), held within about two points so that a
# regression anywhere shows: (indicator+value+unit precision, recall; detection recall; region,
# period and full-series precision; non-indicator false positives at most; main regions right).
# The real-text sets are public Gansu pages labelled by helpers who did not see the code; each
# held-out one was scored once before any tuning on it; the ninth was scored once, at the end of
# the round that built it, and tuned on only for what its conflicts and false positives showed.
TARGETS = {
    "indicators":               (0.97, 0.97, 0.98, 0.98, 0.97, 0.96, 0.03, 40),
    "articles/indicators":      (0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.02, 13),
    "indicators_round2":        (0.93, 0.96, 0.97, 0.95, 0.92, 0.90, 0.06, 12),
    "indicators_holdout":       (0.90, 0.94, 0.98, 0.92, 0.90, 0.85, 0.08, 12),
    "indicators_real":          (0.79, 0.76, 0.91, 0.92, 0.86, 0.71, 0.06, 77),
    "indicators_real_holdout":  (0.74, 0.71, 0.90, 0.94, 0.86, 0.67, 0.07, 39),
    "indicators_real_holdout2": (0.76, 0.71, 0.86, 0.91, 0.79, 0.66, 0.07, 36),
    "indicators_real_holdout3": (0.81, 0.79, 0.93, 0.93, 0.88, 0.74, 0.06, 26),
    "indicators_real_holdout4": (0.76, 0.70, 0.85, 0.92, 0.83, 0.70, 0.09, 15),
    "indicators_real_holdout5": (0.68, 0.72, 0.94, 0.90, 0.81, 0.62, 0.08, 19),
    "indicators_real_holdout6": (0.82, 0.77, 0.90, 0.96, 0.88, 0.76, 0.05, 20),
    "indicators_real_holdout7": (0.69, 0.65, 0.85, 0.90, 0.83, 0.65, 0.09, 20),
    "indicators_real_holdout8": (0.68, 0.68, 0.93, 0.93, 0.82, 0.59, 0.07, 20),
    # scored once at the end of the round that built it, then read only for its conflicts and
    # false positives; tuned on in the round after
    "indicators_real_holdout9": (0.76, 0.74, 0.90, 0.91, 0.85, 0.70, 0.14, 17),
    # scored once before any tuning on it, then tuned on (the fifth round)
    "indicators_real_holdout10": (0.74, 0.74, 0.92, 0.93, 0.77, 0.65, 0.08, 22),
    # scored once at the end of the round that built it (the fifth), then read for its false
    # positives and misses; tuned on in the sixth
    "indicators_real_holdout11": (0.71, 0.70, 0.92, 0.93, 0.81, 0.65, 0.06, 14),
    # scored once at the start of the round that built it (the sixth), then tuned on
    "indicators_real_holdout12": (0.82, 0.81, 0.92, 0.93, 0.87, 0.77, 0.05, 23),
    # scored once at the end of the round that built it (the sixth), then read for its false positives
    "indicators_real_holdout13": (0.77, 0.72, 0.88, 0.95, 0.88, 0.71, 0.05, 22),
    # scored once at the middle of the round that built it (the seventh), before any tuning on it;
    # then tuned on
    "indicators_real_holdout14": (0.72, 0.65, 0.86, 0.96, 0.90, 0.67, 0.05, 18),
    # scored once at the end of the round that built it (the seventh), then read for its false positives
    "indicators_real_holdout15": (0.66, 0.68, 0.92, 0.89, 0.72, 0.51, 0.11, 20),
    # scored once at the end of the round that built it (the eighth), then read for its misses and
    # false positives
    "indicators_real_holdout16": (0.59, 0.57, 0.87, 0.90, 0.77, 0.51, 0.09, 23),
    # scored once at the end of the round that built it (the ninth), then read and tuned on
    "indicators_real_holdout17": (0.49, 0.58, 0.89, 0.75, 0.70, 0.46, 0.17, 23),
    # scored once at the end of the ninth round, after the seventeenth was read
    "indicators_real_holdout18": (0.59, 0.59, 0.87, 0.86, 0.78, 0.57, 0.14, 23),
    # scored once in the middle of the round that built it (the tenth), then read and tuned on
    "indicators_real_holdout19": (0.60, 0.62, 0.88, 0.85, 0.81, 0.57, 0.10, 23),
    # scored once late in the tenth round, then read and tuned on
    "indicators_real_holdout20": (0.63, 0.61, 0.88, 0.89, 0.83, 0.58, 0.09, 23),
    # scored once at the very end of the tenth round; read and tuned on in the eleventh
    "indicators_real_holdout21": (0.77, 0.70, 0.84, 0.90, 0.83, 0.72, 0.06, 22),
    # scored once early in the eleventh round, then read and tuned on
    "indicators_real_holdout22": (0.63, 0.64, 0.90, 0.84, 0.82, 0.56, 0.10, 24),
    # scored once late in the eleventh round, after the twenty-first and twenty-second were read;
    # then read and tuned on
    "indicators_real_holdout23": (0.66, 0.63, 0.86, 0.89, 0.75, 0.57, 0.10, 23),
    # scored once at the very end of the eleventh round; read and tuned on in the twelfth
    "indicators_real_holdout24": (0.65, 0.65, 0.86, 0.81, 0.79, 0.56, 0.12, 21),
    # scored once early in the twelfth round (after the twenty-fourth was read), then read and tuned on
    "indicators_real_holdout25": (0.64, 0.64, 0.86, 0.83, 0.79, 0.56, 0.11, 24),
    # scored once late in the twelfth round (after the twenty-fourth and twenty-fifth were read), then
    # read and tuned on
    "indicators_real_holdout26": (0.61, 0.60, 0.87, 0.80, 0.67, 0.45, 0.10, 24),
    # scored once early in the thirteenth round, then read and tuned on
    "indicators_real_holdout27": (0.64, 0.63, 0.89, 0.90, 0.81, 0.58, 0.07, 24),
    # scored once late in the thirteenth round (after the twenty-seventh was read), then read and tuned on
    "indicators_real_holdout28": (0.63, 0.65, 0.87, 0.84, 0.74, 0.58, 0.11, 24),
    # scored once early in the fourteenth round, then read and tuned on
    "indicators_real_holdout29": (0.60, 0.56, 0.89, 0.90, 0.63, 0.44, 0.05, 24),
    # scored once mid-round (after the twenty-ninth was read), then read and tuned on
    "indicators_real_holdout30": (0.68, 0.61, 0.83, 0.93, 0.84, 0.62, 0.05, 24),
    # scored once at the end of the fourteenth round's changes, then read (one fix: 麦积山 is no 麦积区)
    "indicators_real_holdout31": (0.47, 0.51, 0.89, 0.75, 0.78, 0.42, 0.13, 21),
    # scored once at the start of the fifteenth round (before any of its changes counted), then read and tuned on
    "indicators_real_holdout32": (0.60, 0.51, 0.76, 0.84, 0.77, 0.51, 0.10, 21),
    # scored once mid-round (after the thirty-second was read): province round-ups and prefecture pages;
    # then read and tuned on
    "indicators_real_holdout33": (0.56, 0.48, 0.76, 0.85, 0.75, 0.50, 0.13, 20),
    # scored once late in the fifteenth round (after the thirty-second and thirty-third were read), then read
    "indicators_real_holdout34": (0.46, 0.37, 0.74, 0.87, 0.70, 0.35, 0.08, 20),
    # scored once at the end of the fifteenth round's changes, then read (one fix: a holiday's one named day)
    "indicators_real_holdout35": (0.46, 0.41, 0.83, 0.92, 0.79, 0.38, 0.06, 17),
    # scored once early in the sixteenth round (two of its changes in), then read
    "indicators_real_holdout36": (0.53, 0.54, 0.82, 0.74, 0.63, 0.42, 0.16, 16),
    # scored once mid-way through the sixteenth round (after the thirty-sixth was read), then read
    "indicators_real_holdout37": (0.60, 0.55, 0.82, 0.84, 0.73, 0.47, 0.10, 17),
    # scored once late in the sixteenth round (after the thirty-sixth and thirty-seventh were read), then read
    "indicators_real_holdout38": (0.56, 0.58, 0.85, 0.81, 0.77, 0.52, 0.15, 18),
    # scored once late in the sixteenth round (after the thirty-sixth to thirty-eighth were read), then read
    "indicators_real_holdout39": (0.54, 0.50, 0.75, 0.74, 0.75, 0.52, 0.14, 15),
    # scored once at the end of the sixteenth round's changes; not read
    "indicators_real_holdout40": (0.54, 0.52, 0.84, 0.86, 0.81, 0.49, 0.13, 17),
    # scored once at the very end of the sixteenth round; not read
    "indicators_real_holdout41": (0.62, 0.55, 0.82, 0.90, 0.73, 0.47, 0.05, 17),
    # scored once early in the seventeenth round (three of its changes in, none of which it meets), then read
    "indicators_real_holdout42": (0.62, 0.65, 0.90, 0.85, 0.79, 0.58, 0.11, 18),
    # scored once mid-way through the seventeenth round (seven of its changes in), then read
    "indicators_real_holdout43": (0.50, 0.46, 0.79, 0.80, 0.78, 0.43, 0.11, 17),
    # scored once late in the seventeenth round (fourteen of its changes in), then read
    "indicators_real_holdout44": (0.48, 0.43, 0.76, 0.81, 0.79, 0.46, 0.13, 15),
    # scored once early in the nineteenth round (one of its changes in, touching none of its pages), then read
    "indicators_real_holdout45": (0.57, 0.55, 0.80, 0.80, 0.75, 0.51, 0.16, 17),
    # scored once late in the nineteenth round (most of its changes in, which met almost none of its pages)
    "indicators_real_holdout46": (0.55, 0.55, 0.80, 0.75, 0.73, 0.48, 0.17, 17),
    # scored once at the very end of the nineteenth round (all of its changes in, which met none of its pages); not read
    "indicators_real_holdout47": (0.61, 0.62, 0.85, 0.80, 0.69, 0.48, 0.12, 15),
    # scored once early in the twentieth round (before its changes for the forty-seventh, then with them: one
    # period more), then read and tuned on
    "indicators_real_holdout48": (0.70, 0.59, 0.78, 0.90, 0.83, 0.63, 0.05, 16),
    # scored once at the very end of the twentieth round (all of its changes in, which met none of its pages); read
    # in the twenty-first
    "indicators_real_holdout49": (0.76, 0.66, 0.77, 0.77, 0.72, 0.61, 0.07, 19),
    # scored once at the start of the twenty-first round (one of its changes in), then read and tuned on
    "indicators_real_holdout50": (0.62, 0.60, 0.85, 0.77, 0.60, 0.37, 0.11, 14),
    # scored once at the very end of the twenty-first round (all of its changes in, which met none of its pages); read
    # in the twenty-second
    "indicators_real_holdout51": (0.36, 0.38, 0.83, 0.64, 0.58, 0.23, 0.12, 13),
    # scored once early in the twenty-second round (three of its changes in, identical with the starting code), then
    # read and tuned on
    "indicators_real_holdout52": (0.60, 0.52, 0.80, 0.81, 0.81, 0.54, 0.08, 21),
    # scored once at the end of the twenty-second round's changes (identical with the starting code), then read in its
    # last hour
    "indicators_real_holdout53": (0.67, 0.68, 0.87, 0.84, 0.72, 0.56, 0.12, 18),
    # scored once early in the twenty-third round (identical with the starting code), then read and tuned on
    "indicators_real_holdout54": (0.77, 0.75, 0.90, 0.92, 0.87, 0.75, 0.06, 18),
    # scored once after all the twenty-third round's other changes (the round's code and its starting code within a
    # point of each other), then read in its last hour
    "indicators_real_holdout55": (0.71, 0.66, 0.85, 0.89, 0.69, 0.50, 0.08, 19),
    # scored once at the start of the twenty-fourth round (the code the twenty-third left), then read and tuned on
    "indicators_real_holdout56": (0.69, 0.68, 0.88, 0.88, 0.83, 0.67, 0.08, 19),
    # scored once after all the twenty-fourth round's other changes, then read in its last hours
    "indicators_real_holdout57": (0.75, 0.73, 0.89, 0.92, 0.84, 0.74, 0.07, 19),
    # scored once early in the twenty-fifth round (the starting code gives the same), then read and tuned on; its
    # region floor is low for a release that never names its city (no region rather than a guess)
    "indicators_real_holdout58": (0.70, 0.68, 0.90, 0.79, 0.85, 0.59, 0.09, 14),
    # scored once late in the twenty-fifth round (after the fifty-eighth was read), then read and tuned on
    "indicators_real_holdout59": (0.74, 0.67, 0.88, 0.94, 0.94, 0.71, 0.03, 14),
    # scored once at the end of the twenty-fifth round's changes, then read in its last minutes
    "indicators_real_holdout60": (0.79, 0.79, 0.95, 0.94, 0.89, 0.75, 0.07, 9),
    # scored once early in the twenty-sixth round (its first readings in, within a point of the starting code), then
    # read and tuned on
    "indicators_real_holdout61": (0.68, 0.61, 0.84, 0.94, 0.84, 0.68, 0.04, 13),
    # scored once mid twenty-sixth round (the starting code gives the same), then read and tuned on
    "indicators_real_holdout62": (0.62, 0.53, 0.80, 0.89, 0.85, 0.56, 0.03, 16),
    # scored once early in the twenty-seventh round (the starting code gives the same), then read and tuned on
    "indicators_real_holdout63": (0.69, 0.66, 0.83, 0.86, 0.79, 0.62, 0.04, 14),
    # scored once mid twenty-seventh round (the starting code and the round's first commit give the same), then read
    "indicators_real_holdout64": (0.75, 0.70, 0.87, 0.92, 0.77, 0.64, 0.05, 13),
    # scored once late in the twenty-seventh round (all its other readings in; the starting code within a point),
    # then read in its last hour; its region floor is low for 金昌's crop lines, which name no place the gazetteer knows
    "indicators_real_holdout65": (0.66, 0.58, 0.83, 0.81, 0.84, 0.64, 0.03, 12),
    # scored once at the twenty-eighth round's start (the starting code gives the same), then read and tuned on; its
    # region floor is low for 庆阳's crop line, which names no place, and the 69 counties' sums filed under the province
    "indicators_real_holdout66": (0.72, 0.74, 0.97, 0.83, 0.81, 0.59, 0.04, 6),
    # scored once mid twenty-eighth round (the starting code gives the same), then read and tuned on
    "indicators_real_holdout67": (0.88, 0.81, 0.86, 0.94, 0.91, 0.88, 0.02, 5),
    # scored once late in the twenty-eighth round (all its other readings in; the starting code gives the same), then
    # read in its last hour: mostly townships' own entries, a precision set
    "indicators_real_holdout68": (0.57, 0.61, 0.97, 0.90, 0.84, 0.50, 0.03, 6),
    # scored once at the twenty-ninth round's start (the starting code gives the same), then read and tuned on: four
    # townships' own entries and thin news pages, mostly non-indicators
    "indicators_real_holdout69": (0.92, 0.83, 0.88, 0.97, 0.97, 0.92, 0.01, 10),
    # scored once mid twenty-ninth round (the starting code gives the same), then read and tuned on; its main-region
    # floor is low for a press conference the labeller titled by the province and one county
    "indicators_real_holdout70": (0.77, 0.73, 0.93, 0.97, 0.93, 0.74, 0.01, 6),
    # scored once late in the twenty-ninth round (the starting code within a point), then read and tuned on: east–west
    # pairing aid, whose givers' figures no region has, and farmers' and towns' features
    "indicators_real_holdout71": (0.74, 0.61, 0.79, 0.96, 0.72, 0.58, 0.02, 10),
    # scored once late in the twenty-ninth round (its other readings in; the starting code a point or two lower), then
    # read in its last hours: pairing aid the givers' and farmers', villages' and towns' own figures, a precision set
    "indicators_real_holdout72": (0.53, 0.71, 0.91, 0.68, 0.63, 0.50, 0.09, 11),
    # scored once at the twenty-ninth round's end (all its other readings in; the starting code lower), then read in
    # its last minutes: pairing aid and villages' and firms' own figures, a precision set
    "indicators_real_holdout73": (0.59, 0.71, 0.80, 0.66, 0.66, 0.59, 0.09, 10),
    # scored once at the thirtieth round's start (the starting code and its first commit: the same), then read: a page
    # spaced around every figure, workers sent to one city, partners' purchases, a farmer's sale, a firm's profile
    "indicators_real_holdout74": (0.60, 0.77, 0.91, 0.72, 0.67, 0.58, 0.15, 7),
    # scored once in the thirtieth round (its first readings in; the starting code the same), then read: a firm's and
    # a base's profiles, 清洁能源 filed as 发电量, the province's 十大生态产业
    "indicators_real_holdout75": (0.81, 0.92, 0.96, 0.85, 0.85, 0.81, 0.08, 5),
    # scored once late in the thirtieth round (its other readings in; the starting code the same), then read in its last
    # hours: cities' GDP compared (nominal growths, a bare 金额), the province's industry, spots listed as a subject
    "indicators_real_holdout76": (0.63, 0.52, 0.75, 0.85, 0.87, 0.60, 0.05, 9),
    # scored once at the thirty-first round's start (the starting code), then read: a pairing event's signings named
    # bare, firms attending it, 内蒙古 after a season; few mentions, most of its labels non-indicators
    "indicators_real_holdout77": (0.52, 0.57, 0.93, 0.85, 0.81, 0.52, 0.07, 7),
    # scored once at the thirty-first round's start (the starting code), then read: a potato fair's signings dated by
    # the year in its name, a paired city's help; names below a half (a brand's products, shares after three figures)
    "indicators_real_holdout78": (0.30, 0.33, 0.93, 0.84, 0.84, 0.30, 0.07, 7),
    # scored once early in the thirty-first round (the starting code the same), then read: a town's entry with an aside
    # in its headline, a person by age, a city's overview after a sentence about the province's name
    "indicators_real_holdout79": (0.88, 0.72, 0.80, 0.91, 0.88, 0.79, 0.02, 4),
    # scored once late in the thirty-first round (the starting code the same), then read: a county profile filed under
    # the city it lies near, a structure stated as a span, an infobox's flattened rows
    "indicators_real_holdout80": (0.73, 0.58, 0.76, 0.89, 0.87, 0.70, 0.04, 7),
    # scored once at the start of the thirty-second round, before any tuning on it (0.808 / 0.656, series 0.596):
    # yearbook and encyclopedia entries — a year in brackets, land by its use as stocks, 西和西北, joint shares
    "indicators_real_holdout81": (0.88, 0.71, 0.79, 0.97, 0.95, 0.88, 0.02, 11),
    # scored once in the middle of the thirty-second round, before any tuning on it (0.500 / 0.419, series 0.365,
    # and with the round's starting code a false 修订: the poor areas' rural income filed as the province's); its
    # label of 地方生产总值 as 地区生产总值 stays the labeller's, and the extractor keeps the narrower name on purpose
    "indicators_real_holdout82": (0.83, 0.64, 0.75, 0.97, 0.70, 0.62, 0.02, 8),
    # scored once late in the thirty-second round, before any tuning on it (0.432 / 0.260, series 0.189): labour sent
    # out against targets, a festival county never named, parcels, trade
    "indicators_real_holdout83": (0.60, 0.36, 0.52, 0.69, 0.40, 0.25, 0.08, 7),
    # scored once early in the thirty-third round, before any tuning on it (detection 0.861 / 0.734, series 0.423 of
    # detected): loans, power, parks, spending — two kinds of a poverty loan both named 型贷款, the province's stations read
    # as one station's
    "indicators_real_holdout84": (0.62, 0.53, 0.78, 0.90, 0.73, 0.47, 0.09, 15),
    # scored once mid thirty-third round (0.812 / 0.830, series 0.473; a false 修订 over the stream, 敦煌's visitors
    # rounded): tourism, transport, farm businesses, ecology
    "indicators_real_holdout85": (0.58, 0.55, 0.82, 0.84, 0.68, 0.45, 0.15, 14),
    # scored once late in the thirty-third round (0.952 / 0.780, series 0.348): livelihood work, village building,
    # livestock, private firms; 嘉峪关's page never names the city (its region stays unknown)
    "indicators_real_holdout86": (0.49, 0.40, 0.77, 0.80, 0.62, 0.33, 0.06, 15),
    # scored once late in the thirty-third round (0.906 / 0.806, series 0.296): water works, the digital economy,
    # grain, technology — crops after a season's sowing named bare
    "indicators_real_holdout87": (0.35, 0.30, 0.78, 0.86, 0.77, 0.28, 0.10, 13),
    # scored once at the start of the thirty-fourth round, before any tuning on it (0.916 / 0.916, series 0.658 of
    # detected): herbs, fruit, industry and metals, trade — 白银's silver read as 白银市, a forest park's visitors as the
    # province's tourism, a year to date reaching back a paragraph
    "indicators_real_holdout88": (0.74, 0.74, 0.88, 0.88, 0.83, 0.69, 0.09, 12),
    # scored once at the start of the thirty-fourth round (0.927 / 0.802, series 0.505): budgets, housing and towns,
    # trade and markets, labour sent out — a workshop count named with the people after it, a bare 开工
    "indicators_real_holdout89": (0.60, 0.51, 0.76, 0.88, 0.70, 0.50, 0.11, 14),
}


@pytest.mark.parametrize("name", TARGETS)
def test_the_extractor_holds_its_measured_accuracy(name):
    p, r, detected, region, period, full, fp, mains = TARGETS[name]
    result = score(load_passages(FIXTURES / name))
    errors = "\n".join(result.errors[:200])
    assert result.precision(result.core) >= p and result.recall(result.core) >= r, errors
    assert result.recall(result.aligned) >= detected, errors
    assert result.precision(result.fields["region"]) >= region, errors
    assert result.precision(result.fields["period"]) >= period, errors
    assert result.precision(result.full) >= full, errors
    assert result.false_positive_rate <= fp, errors
    assert result.main_region_ok >= mains, errors


def test_the_real_text_sets_are_real_and_large_enough():
    dev, held_out = (load_passages(FIXTURES / d) for d in ("indicators_real", "indicators_real_holdout"))
    assert len(dev) + len(held_out) >= 60 and len(held_out) * 4 >= len(dev) + len(held_out)
    for passage in dev + held_out:
        data = tomllib.loads(passage.path.read_text("utf-8"))
        assert data["url"].startswith("http") or data["date_note"], passage.path.name   # where it came from
    regions = {m["region"] for p in dev + held_out for m in p.mentions}
    assert len(regions) >= 40   # many counties, not a few


def _passage(text, mentions, not_indicators=()):
    from monitor.indicators.scoring import Passage

    return Passage(path=Path("p.toml"), title="秦州：旅游", published_at="2014-12-20T08:00:00+08:00", channel="",
                   region="620502", is_county_economy=True, text=text, mentions=tuple(mentions),
                   not_indicators=tuple(not_indicators))


def test_a_figure_restated_in_one_article_is_scored_against_its_stored_copy():
    # the extractor stores 900万人次 once (the lead's); the label marks the body's
    text = "2014年，秦州区接待游客900万人次。\n2014年，全区共接待游客900万人次，实现旅游综合收入50亿元。"
    label = {"surface": "900万人次", "nth": 2, "region": "620502", "name": "旅游接待人次", "kind": "count",
             "value": 9_000_000.0, "unit": "person-time", "period_start": "2014-01-01", "period_end": "2014-12-31"}
    result = score([_passage(text, [label])])
    assert (result.aligned, result.full, result.predicted) == (1, 1, 2)


def test_quotation_marks_in_a_labelled_name_do_not_make_it_wrong():
    text = "2014年，秦州区新认证“三品一标”农产品12个。"
    label = {"surface": "12个", "region": "620502", "name": "新认证“三品一标”农产品", "kind": "count",
             "value": 12.0, "unit": "count", "period_start": "2014-01-01", "period_end": "2014-12-31"}
    result = score([_passage(text, [label])])
    assert (result.aligned, result.fields["name"]) == (1, 1)


AGREEMENT = FIXTURES / "indicators_real_agreement"


def _original(path):
    return next(p for p in load_passages(path.parent) if p.path.name == path.name)


@pytest.mark.parametrize("labeller", ["x", "y"])
def test_the_agreement_labellings_label_the_same_held_out_pages_again(labeller):
    pages = dict(row.split("\t") for row in (AGREEMENT / "pages.tsv").read_text("utf-8").splitlines()[1:])
    passages = load_passages(AGREEMENT / labeller)
    assert sorted(p.path.name for p in passages) == sorted(pages)
    for passage in passages:
        original = _original(FIXTURES / pages[passage.path.name])
        assert passage.text == original.text and passage.published_at == original.published_at
        for label in (*passage.mentions, *passage.not_indicators):
            passage.span(label)
        assert all(m["region"] in CODES for m in passage.mentions)


def test_agreement_compares_the_figures_both_labelled_field_by_field():
    from monitor.indicators.agreement import agreement

    text = "2014年，秦州区接待游客900万人次，实现旅游综合收入50亿元，新建温室300亩。"
    visits = {"surface": "900万人次", "region": "620502", "name": "旅游接待人次", "kind": "count",
              "value": 9_000_000.0, "unit": "person-time", "period_start": "2014-01-01", "period_end": "2014-12-31"}
    income = {"surface": "50亿元", "region": "620502", "name": "旅游综合收入", "kind": "amount",
              "value": 5e9, "unit": "yuan", "period_start": "2014-01-01", "period_end": "2014-12-31"}
    greenhouses = {"surface": "300亩", "region": "620502", "name": "新建温室", "kind": "physical_quantity",
                   "value": 300.0, "unit": "mu", "period_start": "2014-01-01", "period_end": "2014-12-31"}
    first = [_passage(text, [visits, income])]
    # the second names the visits with quotation marks (the same name), files the income at the
    # year's end (another period) and labels the greenhouses too
    second = [_passage(text, [{**visits, "name": "“旅游接待人次”"}, {**income, "period_start": ""}, greenhouses])]
    result = agreement(first, second)
    assert (result.first, result.second, result.both) == (2, 3, 2)
    assert (result.fields["name"], result.fields["period"], result.fields["series"], result.fields["region"]) == (
        2, 1, 1, 2)
    assert any("300亩 only in the second" in d for d in result.differences)
