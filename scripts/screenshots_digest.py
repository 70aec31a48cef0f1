"""Screenshots of the demo's HTML digest at desktop and phone width, for docs/ (run by
scripts/screenshots). The digest is the one `monitor demo` writes: a baseline, a new period, a
revision and a trend chart. Its inline charts (cid:) are turned into data: URIs, as a mail
client would show them; nothing is fetched from the network."""

from __future__ import annotations

import base64
import email
import email.policy
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.demo import run_demo  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

SHOTS = {"digest-desktop.png": (1024, 800), "digest-phone.png": (390, 844)}


def digest_html(directory: Path) -> str:
    """The demo's HTML part with every cid: image inlined."""
    run_demo(directory, lambda line: None)
    message = email.message_from_bytes((directory / "digest.eml").read_bytes(), policy=email.policy.default)
    html_part = message.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    for part in message.walk():
        cid = part.get("Content-ID")
        if cid and part.get_content_type() == "image/png":
            data = base64.b64encode(part.get_payload(decode=True)).decode()
            html = html.replace(f"cid:{cid.strip('<>')}", f"data:image/png;base64,{data}")
    return html


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        html = digest_html(Path(tmp))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, (width, height) in SHOTS.items():
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
            page.set_content(html)
            page.screenshot(path=str(ROOT / "docs" / name), full_page=True)
            page.close()
            print(f"wrote docs/{name}")
        browser.close()


if __name__ == "__main__":
    main()
