"""A room of laptops: browserless sessions opening a page of the running app, and what each costs it.

    python -m bench.sessions [--sessions 20] [--pages overview,overlap,network] [--region ctm]

Starts the app (``streamlit run app.py``) on a free local port against the configured graph,
then speaks Streamlit's own websocket protocol as a browser's first load does (a BackMsg
``rerun_script`` naming the page), waiting for ``script_finished``. No browser draws
anything, so the figures are the app process's own cost:

- warm page view: CPU seconds the app process spends per view once every answer is cached
  (several views in a row, CPU read from /proc before and after);
- N at once: N sessions open the same page together; the slowest one's seconds, and the
  app's resident memory afterwards.

Only 127.0.0.1 is contacted. Linux only (/proc). Prints JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tirlun.cli_app import streamlit_command

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process, from /proc/PID/stat (fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def open_page(port: int, page: str, query: str, timeout: float = 120.0) -> float:
    """One session's first view of a page: seconds from the request to script_finished."""
    async with websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],
                                  max_size=None, open_timeout=30) as ws:
        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_name = "" if page == "overview" else page
        started = time.perf_counter()
        await ws.send(msg.SerializeToString())
        async with asyncio.timeout(timeout):
            async for raw in ws:
                fwd = ForwardMsg()
                fwd.ParseFromString(raw if isinstance(raw, bytes) else raw.encode())
                if fwd.WhichOneof("type") == "script_finished":
                    return time.perf_counter() - started
    raise RuntimeError(f"{page}: the session closed before the page finished")


async def together(port: int, page: str, query: str, n: int) -> list[float]:
    return list(await asyncio.gather(*(open_page(port, page, query) for _ in range(n))))


def wait_for(port: int, timeout: float = 60.0) -> None:
    end = time.time() + timeout
    while time.time() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise RuntimeError(f"the app did not start on port {port}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--pages", default="overview,overlap,network,meetings,silos,governance,profiles,assessment")
    ap.add_argument("--views", type=int, default=5, help="warm views per page for the CPU figure")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    port = free_port()
    # The command `tirlun app` runs, so the figures are the app's as users get it.
    app = subprocess.Popen(streamlit_command(port, "127.0.0.1"), cwd=ROOT, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    query = f"lang={args.lang}"
    out: dict[str, Any] = {"sessions": args.sessions, "warm_views": args.views, "pages": {}}
    try:
        wait_for(port)
        for page in args.pages.split(","):
            first = asyncio.run(open_page(port, page, query))  # fills the answer caches
            before = cpu_seconds(app.pid)
            times = [asyncio.run(open_page(port, page, query)) for _ in range(args.views)]
            cpu = (cpu_seconds(app.pid) - before) / args.views
            out["pages"][page] = {"first_view_s": round(first, 3), "warm_view_s": round(statistics.median(times), 3),
                                  "warm_view_cpu_s": round(cpu, 3)}
        page = args.pages.split(",")[0]
        before = cpu_seconds(app.pid)
        waits = asyncio.run(together(port, page, query, args.sessions))
        out["together"] = {"page": page, "slowest_s": round(max(waits), 3), "median_s": round(statistics.median(waits), 3),
                           "cpu_s": round(cpu_seconds(app.pid) - before, 3)}
        out["app_rss_mb"] = round(rss_mb(app.pid), 1)
    finally:
        app.terminate()
        app.wait(timeout=30)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
