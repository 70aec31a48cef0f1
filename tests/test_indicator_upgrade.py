"""Upgrading a database written before issue 8 (extractor version 1, migrations m001–m005):
every stored figure is re-filed into its series, flags are decided again for what no digest
reported, and nothing a digest already sent is alerted again.

tests/fixtures/db/monitor-v1.db.gz is the replica crawled by the monitor at commit b49f725, after
which a digest reported the figures of two articles (临泽 13012345 and 天祝 13008140: 22 rows).
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from monitor import economy
from monitor.indicators import EXTRACTOR_VERSION
from monitor.store import open_db

V1 = Path(__file__).parent / "fixtures" / "db" / "monitor-v1.db.gz"
V3 = Path(__file__).parent / "fixtures" / "db" / "monitor-v3.db.gz"   # written by extractor version 3
V4 = Path(__file__).parent / "fixtures" / "db" / "monitor-v4.db.gz"   # written by extractor version 4
V5 = Path(__file__).parent / "fixtures" / "db" / "monitor-v5.db.gz"   # written by extractor version 5
V6 = Path(__file__).parent / "fixtures" / "db" / "monitor-v6.db.gz"   # written by extractor version 6
V7 = Path(__file__).parent / "fixtures" / "db" / "monitor-v7.db.gz"   # written by extractor version 7
V8 = Path(__file__).parent / "fixtures" / "db" / "monitor-v8.db.gz"   # written by extractor version 8
V9 = Path(__file__).parent / "fixtures" / "db" / "monitor-v9.db.gz"   # written by extractor version 9
V10 = Path(__file__).parent / "fixtures" / "db" / "monitor-v10.db.gz"   # written by extractor version 10
V11 = Path(__file__).parent / "fixtures" / "db" / "monitor-v11.db.gz"   # written by extractor version 11
V12 = Path(__file__).parent / "fixtures" / "db" / "monitor-v12.db.gz"   # written by extractor version 12
V13 = Path(__file__).parent / "fixtures" / "db" / "monitor-v13.db.gz"   # written by extractor version 13
V14 = Path(__file__).parent / "fixtures" / "db" / "monitor-v14.db.gz"   # written by extractor version 14
V15 = Path(__file__).parent / "fixtures" / "db" / "monitor-v15.db.gz"   # written by extractor version 15
V16 = Path(__file__).parent / "fixtures" / "db" / "monitor-v16.db.gz"   # written by extractor version 16
V17 = Path(__file__).parent / "fixtures" / "db" / "monitor-v17.db.gz"   # written by extractor version 17
V18 = Path(__file__).parent / "fixtures" / "db" / "monitor-v18.db.gz"   # written by extractor version 18
V19 = Path(__file__).parent / "fixtures" / "db" / "monitor-v19.db.gz"   # written by extractor version 19
V20 = Path(__file__).parent / "fixtures" / "db" / "monitor-v20.db.gz"   # written by extractor version 20
V21 = Path(__file__).parent / "fixtures" / "db" / "monitor-v21.db.gz"   # written by extractor version 21
V22 = Path(__file__).parent / "fixtures" / "db" / "monitor-v22.db.gz"   # written by extractor version 22
V23 = Path(__file__).parent / "fixtures" / "db" / "monitor-v23.db.gz"   # written by extractor version 23
V24 = Path(__file__).parent / "fixtures" / "db" / "monitor-v24.db.gz"   # written by extractor version 24
V25 = Path(__file__).parent / "fixtures" / "db" / "monitor-v25.db.gz"   # written by extractor version 25
V26 = Path(__file__).parent / "fixtures" / "db" / "monitor-v26.db.gz"   # written by extractor version 26
V27 = Path(__file__).parent / "fixtures" / "db" / "monitor-v27.db.gz"   # written by extractor version 27
V28 = Path(__file__).parent / "fixtures" / "db" / "monitor-v28.db.gz"   # written by extractor version 28
V29 = Path(__file__).parent / "fixtures" / "db" / "monitor-v29.db.gz"   # written by extractor version 29
V30 = Path(__file__).parent / "fixtures" / "db" / "monitor-v30.db.gz"   # written by extractor version 30
V31 = Path(__file__).parent / "fixtures" / "db" / "monitor-v31.db.gz"   # written by extractor version 31
V32 = Path(__file__).parent / "fixtures" / "db" / "monitor-v32.db.gz"   # written by extractor version 32
V33 = Path(__file__).parent / "fixtures" / "db" / "monitor-v33.db.gz"   # written by extractor version 33
V34 = Path(__file__).parent / "fixtures" / "db" / "monitor-v34.db.gz"   # written by extractor version 34
V35 = Path(__file__).parent / "fixtures" / "db" / "monitor-v35.db.gz"   # written by extractor version 35
NOW = "2023-12-01T00:00:00+00:00"
REPORTED = "2023-11-24T00:05:00+00:00"


def _opened(archive, tmp_path):
    """A copy of a database written by an earlier version, opened by this one (which applies the
    migrations it lacks)."""
    path = tmp_path / "monitor.db"
    with gzip.open(archive) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return open_db(path)


@pytest.fixture
def upgraded(tmp_path):
    return _opened(V1, tmp_path)   # applies the migrations since m005


def test_the_old_database_opens_with_every_migration_applied(upgraded):
    names = [r[0] for r in upgraded.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert names[:5] == ["m001_articles_runs_failures", "m002_articles_fts", "m003_columns_skipped_cache",
                         "m004_regions_indicators", "m005_daemon_digest_outbox"]
    assert "m009_indicator_series" in names
    # before the next crawl re-reads them, the old rows are intact and waiting
    assert upgraded.execute("SELECT count(*), count(reported_at) FROM indicators").fetchone() == (117, 22)
    assert upgraded.execute("SELECT count(*) FROM articles WHERE indicators_version < ?",
                            [EXTRACTOR_VERSION]).fetchone() == (13,)


def test_rereading_refiles_figures_and_never_re_alerts_what_was_sent(upgraded):
    report = economy.read_stored(upgraded, NOW)
    assert report.articles == 13 and report.failed == 0
    assert upgraded.execute("SELECT count(*) FROM articles WHERE indicators_version < ?",
                            [EXTRACTOR_VERSION]).fetchone() == (0,)
    # 临泽's 40.98亿元 was 招商引资到位资金 in version 1; it is now its own series, 省外到位资金, a new
    # row that inherits the reported mark of the one it replaces (so it cannot alert again); in
    # publication order it corroborates the round-up g's 40.98亿元 of two days before: no flag
    row = upgraded.execute("SELECT name, flag, reported_at FROM indicators WHERE article_id = 13012345 "
                           "AND value = '40.98'").fetchone()
    assert row == ("省外到位资金", None, REPORTED)
    # of the two reported articles, the only figures that can still alert are the ones version 1
    # never read: 临泽's counts written number-first, indicators since issue 8 (docs/indicators.md)
    unreported = upgraded.execute("SELECT value || unit FROM indicators WHERE article_id IN (13012345, 13008140) "
                                  "AND flag IS NOT NULL AND reported_at IS NULL ORDER BY value_start").fetchall()
    assert [r[0] for r in unreported] == ["115个", "1010亩", "21个", "两家"]


@pytest.mark.parametrize("version", ["v1", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13",
                                     "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23",
                                     "v24", "v25", "v26", "v27", "v28", "v29", "v30",
                                     "v31", "v32", "v33", "v34", "v35"])
def test_a_second_reread_changes_nothing(version, tmp_path):
    db = _opened({"v1": V1, "v3": V3, "v4": V4, "v5": V5, "v6": V6, "v7": V7, "v8": V8, "v9": V9,
                  "v10": V10, "v11": V11, "v12": V12, "v13": V13, "v14": V14, "v15": V15, "v16": V16,
                  "v17": V17, "v18": V18, "v19": V19, "v20": V20, "v21": V21, "v22": V22,
                  "v23": V23, "v24": V24, "v25": V25, "v26": V26, "v27": V27, "v28": V28, "v29": V29,
                  "v30": V30, "v31": V31, "v32": V32, "v33": V33, "v34": V34, "v35": V35}[version],
                 tmp_path)
    economy.read_stored(db, NOW)
    before = db.execute("SELECT * FROM indicators ORDER BY id").fetchall()
    again = economy.read_stored(db, NOW, everything=True)
    assert again.added == 0 and again.counts["removed"] == 0
    assert db.execute("SELECT * FROM indicators ORDER BY id").fetchall() == before


def test_figures_never_reported_get_their_flags_decided_again_in_publication_order(upgraded):
    economy.read_stored(upgraded, NOW)
    # the round-up g (13009100, 2023-11-21) restates 临泽's 50.95亿元 two days before the 临泽
    # article (13012345, 2023-11-23): read in publication order, g's figure opens the series and
    # the 临泽 one would corroborate it — but the 临泽 row was reported, so it keeps its flag
    rows = dict(upgraded.execute("SELECT article_id, flag FROM indicators WHERE name = '固定资产投资' "
                                 "AND value = '50.95' AND region_code = '620723'").fetchall())
    assert rows == {13009100: "new_indicator", 13012345: "new_indicator"}


# -- databases written by issue 8's earlier rounds (extractor versions 3 to 5) ---------------------


def _reported(db):
    return set(db.execute("SELECT article_id, value_start, value, unit FROM indicators "
                          "WHERE reported_at IS NOT NULL").fetchall())


@pytest.mark.parametrize("archive, articles, reported",
                         [(V3, 14, 27), (V4, 13, 26), (V5, 13, 26), (V6, 14, 27), (V7, 14, 27),
                          (V8, 14, 27), (V9, 14, 27), (V10, 14, 27), (V11, 14, 27), (V12, 14, 27),
                          (V13, 14, 27), (V14, 14, 27), (V15, 14, 27), (V16, 14, 27), (V17, 14, 27),
                          (V18, 14, 27), (V19, 14, 27), (V20, 14, 27), (V21, 14, 27), (V22, 14, 27),
                          (V23, 14, 27), (V24, 14, 27), (V25, 14, 27), (V26, 14, 27),
                          (V27, 14, 27), (V28, 14, 27), (V29, 14, 27), (V30, 14, 27),
                          (V31, 14, 27), (V32, 14, 27), (V33, 14, 27), (V34, 14, 27),
                          (V35, 14, 27)],
                         ids=["v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15",
                              "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26",
                              "v27", "v28", "v29", "v30", "v31", "v32", "v33", "v34", "v35"])
def test_an_earlier_issue_8_database_is_read_again_and_what_was_sent_stays_sent(archive, articles, reported,
                                                                                 tmp_path):
    db = _opened(archive, tmp_path)
    assert db.execute("SELECT count(*) FROM articles WHERE indicators_version < ?",
                      [EXTRACTOR_VERSION]).fetchone() == (articles,)
    sent = _reported(db)
    assert len(sent) == reported   # 临泽 13012345 and 天祝 13008140, reported by a digest
    report = economy.read_stored(db, NOW)
    assert report.articles == articles and report.failed == 0
    assert db.execute("SELECT count(*) FROM articles WHERE indicators_version < ?",
                      [EXTRACTOR_VERSION]).fetchone() == (0,)
    # every figure a digest sent is still marked sent (re-filed or not), so none alerts again
    assert sent <= _reported(db)
    # and in the two reported articles, only figures version 3 never stored can still alert
    unsent = db.execute("SELECT article_id, value_start, value, unit FROM indicators WHERE article_id IN "
                        "(13012345, 13008140) AND flag IS NOT NULL AND reported_at IS NULL").fetchall()
    assert not {(a, s) for a, s, _, _ in unsent} & {(a, s) for a, s, _, _ in sent}
