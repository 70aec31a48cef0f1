"""`monitor extract`: saved pages or live URLs through the configured layouts, as JSON lines.

The tool to reach for when the site changes its layout: save a page, run it through here,
adjust the selectors in the configuration, run again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..config import Config, Layout, builtin_layouts
from ..errors import ConfigError, MonitorError
from ..models import NotArticle
from .charset import decode_html
from .extract import parse_article
from .fetch import Fetcher
from .urls import cms_id

__all__ = ["extract_inputs"]


def extract_inputs(inputs: Iterable[str], config: Config | None, source_name: str | None,
                   base_url: str | None, echo: Callable[[str], None]) -> bool:
    """Print one JSON line per input; returns False if any input failed."""
    layouts = _layouts(config, source_name)
    ok = True
    fetcher: Fetcher | None = None
    try:
        for item in inputs:
            if item.startswith(("http://", "https://")):
                if config is None:
                    raise ConfigError("config/monitor.toml", "sources",
                                      "live URLs need a configuration that lists allowed hosts")
                fetcher = fetcher or Fetcher(config.http)
                result = _from_url(fetcher, config, item, layouts)
            else:
                result = _from_file(Path(item), base_url, layouts)
            ok &= result["outcome"] in ("article", "soft_404", "redirect")
            echo(json.dumps(result, ensure_ascii=False))
    finally:
        if fetcher is not None:
            fetcher.close()
    return ok


def _layouts(config: Config | None, source_name: str | None) -> tuple[Layout, ...]:
    if config is None:
        return tuple(builtin_layouts().values())
    if source_name is None:
        return tuple(config.layouts.values())
    for source in config.sources:
        if source.name == source_name:
            return source.layouts
    names = [s.name for s in config.sources]
    raise ConfigError(config.path, "sources", f"no source named {source_name!r}; have {names}")


def _from_file(path: Path, base_url: str | None, layouts: tuple[Layout, ...]) -> dict[str, Any]:
    try:
        content = path.read_bytes()
    except OSError as exc:
        return {"input": str(path), "outcome": "error", "reason": f"cannot read: {exc.strerror}"}
    text, encoding = decode_html(content)
    url = base_url or path.resolve().as_uri()
    return {"input": str(path), **_parse(text, url, layouts), "encoding": encoding}


def _from_url(fetcher: Fetcher, config: Config, url: str,
              layouts: tuple[Layout, ...]) -> dict[str, Any]:
    try:
        page = fetcher.fetch(url, config.all_hosts)
    except MonitorError as exc:
        return {"input": url, "outcome": "error", "reason": str(exc)}
    return {"input": url, **_parse(page.text, page.url, layouts), "encoding": page.encoding}


def _parse(text: str, url: str, layouts: tuple[Layout, ...]) -> dict[str, Any]:
    try:
        page = parse_article(text, url, layouts)
    except MonitorError as exc:
        return {"outcome": "parse_failure", "reason": getattr(exc, "reason", str(exc))}
    if isinstance(page, NotArticle):
        return {"outcome": page.kind, "detail": page.detail}
    return {
        "outcome": "article", "id": cms_id(url), "parser": page.parser, "title": page.title,
        "published_at": page.published_at, "origin": page.origin, "author": page.author,
        "editor": page.editor, "breadcrumb": list(page.breadcrumb),
        "channel": page.breadcrumb[-1] if page.breadcrumb else None,
        "body": list(page.body), "next_page_url": page.next_page_url,
    }
