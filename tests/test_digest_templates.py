"""`[email] templates_dir`: template files of the same names replace the packaged ones, with the
same Jinja2 rules (HTML escaped, block lines leave no blank lines or indentation, the last newline
kept, an unknown name an error); a broken override is a configuration error naming its file."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.digest.render import Extras, render
from monitor.errors import ConfigError

# The overrides below use only `subject`: no digest or view is needed to render them.
TEXT = "  {% if subject %}\n主题：{{ subject }}\n  {% endif %}\n完\n"
HTML = "<p>{{ subject }}</p>\n"


def templates(tmp_path: Path, text: str = TEXT, html: str = HTML) -> str:
    (tmp_path / "digest.txt.j2").write_text(text, "utf-8")
    (tmp_path / "digest.html.j2").write_text(html, "utf-8")
    return str(tmp_path)


def test_templates_in_templates_dir_replace_the_packaged_ones_with_the_same_rules(tmp_path):
    text, html = render(None, None, "<临泽>", Extras(), templates(tmp_path))   # type: ignore[arg-type]
    assert text == "主题：<临泽>\n完\n"                     # no indentation or blank line from the tags
    assert html == "<p>&lt;临泽&gt;</p>\n"                 # the HTML template escapes, the text one does not


def test_a_broken_template_is_a_configuration_error_naming_its_file(tmp_path):
    folder = templates(tmp_path, text="{% if %}\n")
    with pytest.raises(ConfigError) as caught:
        render(None, None, "s", Extras(), folder)   # type: ignore[arg-type]
    assert (caught.value.path, caught.value.key) == (str(tmp_path / "digest.txt.j2"), "email.templates_dir")
    assert caught.value.expected.startswith("the digest template cannot be used: ")
    assert str(caught.value).startswith(f"{tmp_path / 'digest.txt.j2'}: email.templates_dir: the digest template")


def test_an_unknown_name_in_a_template_is_an_error_not_an_empty_string(tmp_path):
    folder = templates(tmp_path, html="<p>{{ subjcet }}</p>\n")
    with pytest.raises(ConfigError) as caught:
        render(None, None, "s", Extras(), folder)   # type: ignore[arg-type]
    assert (caught.value.path, caught.value.key, caught.value.expected) == (
        folder, "email.templates_dir", "the digest template cannot be used: 'subjcet' is undefined")
