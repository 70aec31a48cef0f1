"""`monitor serve`: the database in Datasette, with our metadata, canned queries, Chinese search
and region pages with charts (README, "Browse the data").

This package is also the Datasette plugin (the hooks live in `plugin.py`; Datasette finds the
package's `templates/` beside them): `monitor serve` registers it, and `datasette` loads it
through the `datasette` entry point when gansu-monitor is installed in the same environment.
"""

from .plugin import extra_css_urls, prepare_connection, register_routes, render_cell

__all__ = ["extra_css_urls", "prepare_connection", "register_routes", "render_cell"]
