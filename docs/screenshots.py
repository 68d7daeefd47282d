"""The README's pictures, taken from a running app with headless Chromium.

    tirlun demo --no-browser &          # or tirlun app, against a graph holding the seed
    python docs/screenshots.py [--url http://localhost:8501]

Writes docs/img/overlap.png (English) and docs/img/network-cy.png (Welsh).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

IMG = Path(__file__).resolve().parent / "img"


def wait_for_text(page: Page, text: str) -> None:
    page.get_by_text(text, exact=True).first.wait_for(timeout=60_000)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", default="http://localhost:8501")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()
    IMG.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1050})
        page.goto(f"{args.url}/overlap", wait_until="networkidle")
        wait_for_text(page, "Where partnerships overlap")
        page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=60_000)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(IMG / "overlap.png"))
        page.goto(f"{args.url}/network?lang=cy", wait_until="networkidle")
        page.get_by_text("Cymraeg", exact=True).click()
        wait_for_text(page, "Pwy sy'n eistedd ble")
        page.locator("iframe").first.scroll_into_view_if_needed()
        page.wait_for_timeout(2500)
        page.screenshot(path=str(IMG / "network-cy.png"))
        browser.close()
    print(f"Wrote {IMG / 'overlap.png'} and {IMG / 'network-cy.png'}")


if __name__ == "__main__":
    main()
