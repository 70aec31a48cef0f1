"""`monitor demo`: the bundled replica on a free local port, crawled into a fresh database,
and a look at what was stored; then the site changes (an article edited, one withdrawn) and a
second pass re-checks what was stored, as `monitor crawl --recheck` would. No network needed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from sqlite_utils import Database

from .config import load_config
from .crawl.fetch import Fetcher
from .digest.preview import preview
from .indicators.render import render_indicators
from .pipeline import run_once
from .replica import Replica
from .replica.nextday import publish_next_day
from .store import open_db, queries

__all__ = ["run_demo"]

GSCN, DAILY = "gansu.gscn.com.cn", "gansu.gansudaily.com.cn"
DEMO_ROWS = 15


def write_demo_config(replica: Replica, directory: Path) -> Path:
    """The demo configuration, pointed at a running replica, written to directory/monitor.toml."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "monitor.toml"
    template = resources.files("monitor.replica").joinpath("demo.toml").read_text("utf-8")
    path.write_text(template.format(
        config=path, db=(directory / "monitor.db").as_posix(),
        gscn=replica.base_url(GSCN), gscn_host=replica.local_host(GSCN),
        gansudaily=replica.base_url(DAILY), gansudaily_host=replica.local_host(DAILY),
    ), encoding="utf-8")
    return path


def run_demo(directory: Path, echo: Callable[[str], None]) -> None:
    """Two passes, as two mornings: the first crawl stores the site as the baseline; by the next
    day one article was edited (a revised figure), one withdrawn, one flaps between two versions
    (replica.advance), and a new article states a new period and a revision (nextday.py); the
    second pass finds the new article and re-checks every stored one."""
    with Replica() as replica:
        config = load_config(write_demo_config(replica, directory))
        db = open_db(config.database_path)
        with Fetcher(config.http) as fetcher:
            first = run_once(config, db, fetcher)
        replica.advance()               # articles edited, withdrawn, flapping (replica/later, flap)
        publish_next_day(replica)       # and a new article (nextday.py)
        with Fetcher(config.http) as fetcher:
            second = run_once(config, db, fetcher, recheck_all=True)
    echo(f"first pass:  {first.summary()}")
    echo("")
    for row in db.execute("""
            SELECT a.id, a.parser, a.published_at, a.origin, a.author, a.title, a.body, r.name,
                   a.is_county_economy, (SELECT count(*) FROM indicators i WHERE i.article_id = a.id)
            FROM articles a LEFT JOIN regions r ON r.code = a.region_code
            ORDER BY a.published_at DESC"""):
        article_id, parser, published, origin, author, title, body, region, county, figures = row
        echo(f"{article_id}  {published[:16]}  [{parser}]  {title}")
        echo(f"           来源: {origin or '-'}  作者: {author or '-'}  "
             f"正文: {len(body.splitlines())} 段, {len(body)} 字")
        echo(f"           地区: {region or '-'}{' (县域经济)' if county else ''}  指标: {figures} 项")
        echo(f"           {body.splitlines()[0][:60]}…")
    for url, kind, detail in db.execute("SELECT url, kind, detail FROM skipped"):
        echo(f"not an article ({kind}): {replica.real_url(url)}  {detail or ''}")
    for url, stage, reason in db.execute(
            "SELECT url, stage, reason FROM failures WHERE resolved_at IS NULL"):
        echo(f"failed ({stage}): {replica.real_url(url)}: {reason}")
    _show_updates(db, second.summary(), directory, echo)
    flagged = queries.find_indicators(db, flagged=True)
    echo("")
    echo(f"Flagged indicators ({len(flagged)}; the first {min(len(flagged), DEMO_ROWS)}):")
    echo(render_indicators(flagged[:DEMO_ROWS], "table"))
    digest_path = directory / "digest.eml"
    message = preview(db, config, datetime.now(UTC))
    digest_path.write_bytes(bytes(message))
    html = message.get_body(("html",))
    if html is not None:
        (directory / "digest.html").write_text(html.get_content(), encoding="utf-8")
    echo("")
    echo(f"The digest this would e-mail: {digest_path} (open it in a mail program) and "
         f"{directory / 'digest.html'} (a browser). Subject: {str(message['Subject']).replace(chr(0xA0), ' ')}")
    echo("")
    echo(f"Database: {config.database_path}   Config: {directory / 'monitor.toml'}")
    echo(f"Try: monitor --config {directory / 'monitor.toml'} indicators --region 临泽")
    echo(f"Try: sqlite3 {config.database_path} \"SELECT id, title FROM articles "
         "WHERE id IN (SELECT rowid FROM articles_bigram WHERE articles_bigram MATCH '临泽')\"")


def _show_updates(db: Database, summary: str, directory: Path, echo: Callable[[str], None]) -> None:
    echo("")
    echo("The next morning the site had changed: a second pass found the new article and re-checked "
         "every stored one (as `monitor crawl --recheck` does):")
    echo(f"second pass: {summary}")
    for article_id, kind, version, detail, title in db.execute(
            "SELECT e.article_id, e.kind, e.version, e.detail, a.title FROM article_events e "
            "JOIN articles a ON a.id = e.article_id ORDER BY e.id"):
        echo(f"{article_id}  {kind}, now version {version} ({detail})  {title}")
        if kind == "edited":
            echo(f"           Try: monitor --config {directory / 'monitor.toml'} history {article_id}")
