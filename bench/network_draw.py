"""How long the network view takes to draw in a real headless Chromium, and whether it asks
any other host for anything.

Why a script and not a test: speed depends on the machine, so it is measured and recorded
(docs/benchmarks.md), never asserted. It builds the picture exactly as views/network.py does
(tirlun.answers.network's answer, chosen and cut on the server, then tirlun.network's seeded
layout and offline HTML), opens it from a file in Chromium (Playwright, Debian's chromium), and takes the time from navigation start
to vis-network's first `afterDrawing` event, over several runs. Every request the page makes
is recorded; any to a host other than this machine is listed.

    python -m bench.network_draw [--region ctm] [--cap 1000] [--focus o:ID] [--runs 5] [--json OUT]

It reads the configured Neo4j (NEO4J_URI, or the local server) and writes nothing to it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tirlun import network
from tirlun.answers.base import Context, default_as_of
from tirlun.answers.network import answer
from tirlun.config import load_settings
from tirlun.database import Database

# Set before vis-network's first frame: the script runs right after pyvis's drawGraph().
_HOOK = """<script>
window.__drawn = null;
network.once("afterDrawing", function () { window.__drawn = performance.now(); });
</script>"""


def build_page(db: Database, region: str | None, cap: int, lang: str = "en",
               focus: str | None = None) -> tuple[str, dict[str, Any]]:
    """The network view's HTML with no filters (or focused on one entity), as the page builds it."""
    as_of = default_as_of(db, region)  # the date the app opens on
    started = time.perf_counter()
    res = answer(db, Context(region=region, as_of=as_of, lang=lang), focus=focus, max_nodes=cap)
    answered = time.perf_counter()
    page = network.picture_html(res, lang=lang) if res.nodes else ""
    ended = time.perf_counter()
    return page, {
        "as_of": as_of.isoformat(), "view": res.view, "total": res.total, "nodes": res.drawn,
        "edges": len(res.edges), "edges_total": res.edges_total, "hidden": res.hidden, "max_nodes": cap,
        "answer_s": round(answered - started, 3), "build_s": round(ended - answered, 3),
        "html_bytes": len(page.encode("utf-8")),
    }


def measure(page: str, runs: int, chromium: str) -> dict[str, Any]:
    """Median and max seconds to first draw over ``runs`` fresh pages, and every outside request."""
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="tirlun-draw-"))
    path = folder / "network.html"
    path.write_text(page.replace("</body>", _HOOK + "</body>", 1), encoding="utf-8")
    times: list[float] = []
    outside: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            for _ in range(runs):
                tab = browser.new_page(viewport={"width": 1400, "height": 900})
                tab.on("request", lambda r: outside.extend(network.outside_requests([r.url])))
                tab.goto(path.as_uri())
                tab.wait_for_function("() => window.__drawn !== null", timeout=60_000)
                times.append(tab.evaluate("() => window.__drawn") / 1000.0)
                tab.close()
            browser.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"draw_s_median": round(statistics.median(times), 3), "draw_s_max": round(max(times), 3),
            "runs": runs, "outside_requests": sorted(set(outside))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--region", default=None, help="Region id (default: every region in the graph)")
    ap.add_argument("--cap", type=int, default=1000, help="Node cap, as the page's slider (its maximum is 1000)")
    ap.add_argument("--focus", default=None, help="Draw one entity's neighbourhood, e.g. o:ctmuhb")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lang", default="en", choices=["en", "cy"])
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    ap.add_argument("--json", dest="json_out", help="Also write the result here")
    args = ap.parse_args(argv)
    with Database.connect(load_settings()) as db:
        db.check()
        page, info = build_page(db, args.region, args.cap, args.lang, args.focus)
    if info["nodes"] == 0:
        print("The graph has nothing to draw: load data first (tirlun load seed/ctm).", file=sys.stderr)
        return 1
    result = {"region": args.region, **info, **measure(page, args.runs, args.chromium)}
    print(json.dumps(result, indent=1))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0 if not result["outside_requests"] else 2


if __name__ == "__main__":
    sys.exit(main())
