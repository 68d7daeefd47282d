"""Is a process still running? Asked by the local server's launcher and by the load journal."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """True while ``pid`` runs: a process we may not signal counts as running, a zombie child as ended."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True
