"""The digest as text and HTML, from Jinja2 templates: `templates/digest.txt.j2` and
`templates/digest.html.j2` in the package, or files of the same names in `[email] templates_dir`.

The HTML template is autoescaped: every title, sentence and name taken from a page is escaped.
Both templates get the same `view` (layout.py), so both parts have the same order and limits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .. import __version__
from ..errors import ConfigError
from ..indicators import BASELINE_LABEL, FLAG_LABELS
from .content import Digest
from .layout import View

__all__ = ["FLAG_COLORS", "UPDATE_LABELS", "Extras", "render"]

FLAG_COLORS = {"new_indicator": "#2e7d32", "new_period": "#1a4f8b", "revised": "#c0392b"}
UPDATE_LABELS = {"edited": "修改", "withdrawn": "撤稿", "restored": "恢复"}
TEMPLATES = ("digest.txt.j2", "digest.html.j2")


@dataclass(frozen=True)
class Extras:
    """What a message adds around the view: trend charts and the attachment's name."""
    charts: dict[tuple[str, str, str], str] = field(default_factory=dict)   # series -> Content-ID (no <>)
    sparks: dict[tuple[str, str, str], str] = field(default_factory=dict)   # series -> ▁▃▅▇
    attachment: str = ""                                                     # CSV file name, "" if none


def _environment(templates_dir: str) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = [jinja2.PackageLoader("monitor.digest", "templates")]
    if templates_dir:
        loaders.insert(0, jinja2.FileSystemLoader(templates_dir))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders), autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render(digest: Digest, view: View, subject: str, extras: Extras, templates_dir: str = "") -> tuple[str, str]:
    """(plain text, HTML) of a digest. A broken template override is a ConfigError naming it."""
    env = _environment(templates_dir)
    context = {"digest": digest, "view": view, "subject": subject, "labels": FLAG_LABELS,
               "baseline_label": BASELINE_LABEL, "colors": FLAG_COLORS, "charts": extras.charts,
               "sparks": extras.sparks, "attachment": extras.attachment, "update_labels": UPDATE_LABELS,
               "version": __version__}
    try:
        text, html = (env.get_template(name).render(context) for name in TEMPLATES)
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or str(Path(templates_dir or "monitor/digest/templates"))
        raise ConfigError(where, "email.templates_dir", f"the digest template cannot be used: {exc}") from None
    return text, html
