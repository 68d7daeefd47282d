"""Sub-groups and task-and-finish groups under each board (more of them at higher scales)."""

from __future__ import annotations

import datetime as dt

from tirlun.seed.synthetic.members import memberships_and_seats
from tirlun.seed.synthetic.model import Part, World, charities
from tirlun.seed.synthetic.reference import BOARD_KINDS, LA, LOCAL_CHARITIES, SUBGROUPS, TASK_AND_FINISH

TASK_AND_FINISH_PER_BOARD = 0.55  # at scale 1
MERGE_ODDS = 0.03  # a sub-group merges into a sibling during the three years
TWIN_ODDS = 0.05  # a sub-group shadows a sibling (same people, days apart)


def subgroups(w: World, board: Part, members: list[tuple[str, str]]) -> None:
    """The board's sub-groups from its kind's templates; beyond the templates, the same group per locality."""
    templates = SUBGROUPS.get(board.kind, [])
    n = w.count(BOARD_KINDS[board.kind].subgroups_per_board) if templates else 0
    if board.dissolved is not None:
        n = min(n, 2)
    siblings: list[Part] = []
    for i in range(n):
        t = templates[i % len(templates)]
        round_ = i // len(templates)
        suffix_en = suffix_cy = ""
        if round_:  # beyond the templates (scale > 1): the same group per locality
            la = board.areas[(round_ - 1) % len(board.areas)]
            ws = (round_ - 1) // len(board.areas) + 1
            suffix_en = f" – {LA[la].name_en}" + (f" {ws}" if ws > 1 else "")
            suffix_cy = f" – {LA[la].name_cy}" + (f" {ws}" if ws > 1 else "")
        pid = f"{board.id}-{t.slug}" + (f"-{round_}" if round_ else "")
        freq = w.rng.choices(("monthly", "bimonthly", "quarterly"), (70, 20, 10))[0]
        est = board.established
        u = w.rng.random()
        if est is not None and est < w.start and u < 0.6:
            est = w.rand_date(est, min(w.start, board.dissolved or w.start) - dt.timedelta(days=1))
        elif board.dissolved is None and u > 0.85:
            est = w.rand_date(w.start, w.as_of - dt.timedelta(days=60))
        p = Part(pid, f"{board.short} {t.name_en}{suffix_en}", f"{t.name_cy} {board.short}{suffix_cy}", "", board.kind,
                 "subgroup", False, [], board.areas, list(t.themes), est, freq, w.rng.choice((1.0, 1.5, 1.5, 2.0)),
                 subgroup_of=board.id, dissolved=board.dissolved)
        if siblings and w.rng.random() < TWIN_ODDS:
            twin = w.rng.choice(siblings)
            p.twin_of, p.frequency, p.shift, p.established = twin, twin.frequency, w.rng.randint(0, 3), twin.established
        w.parts[pid] = p
        memberships_and_seats(w, p, sub_members(w, board, members), board=False)
        siblings.append(p)
    if board.dissolved is not None:
        return
    for p in siblings:
        if w.rng.random() >= MERGE_ODDS:
            continue
        when = w.rand_date(w.start + dt.timedelta(days=120), w.as_of - dt.timedelta(days=60))
        later = [q for q in siblings if q is not p and q.dissolved is None and q.twin_of is not p
                 and p.twin_of is not q and (q.established or w.start) < when]
        if later and (p.established or w.start) < when:
            p.dissolved = when
            p.successor = w.rng.choice(later).id
    task_and_finish(w, board, members)


def sub_members(w: World, board: Part, members: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """5-9 of the board's members (its councils and health boards first) plus a local charity or two."""
    pool = [o for o, r in members if r != "observer"]
    k = min(len(pool), w.rng.randint(5, 9))
    core = [o for o in pool if w.orgs[o].org_type in ("local_authority", "local_health_board")]
    rest = [o for o in pool if o not in core]
    chosen = core[: max(2, k // 2)] if len(core) > 4 else core
    chosen = chosen + w.rng.sample(rest, min(len(rest), max(0, k - len(chosen))))
    extra = charities(board.areas, (w.rng.choice(LOCAL_CHARITIES).id_prefix,))
    chosen += [o for o in extra[:2] if o not in chosen]
    return [(o, "member") for o in chosen]


def task_and_finish(w: World, board: Part, members: list[tuple[str, str]]) -> None:
    """Short-lived groups; most that have run their course are dissolved."""
    for i in range(w.count(TASK_AND_FINISH_PER_BOARD)):
        t = TASK_AND_FINISH[w.rng.randrange(len(TASK_AND_FINISH))]
        pid = f"{board.id}-tf-{t.slug}-{i + 1}"
        est = w.rand_date(w.start, w.as_of - dt.timedelta(days=45))
        end = est + dt.timedelta(days=w.rng.choice((183, 274, 365)))
        dissolved = None
        if end < w.as_of and w.rng.random() < 0.7:
            dissolved = min(end + dt.timedelta(days=w.rng.randint(0, 30)), w.as_of - dt.timedelta(days=1))
        p = Part(pid, f"{board.short} {t.name_en} Task and Finish Group", f"Grŵp Gorchwyl a Gorffen {t.name_cy} {board.short}",
                 "", board.kind, "task_and_finish", False, [], board.areas, board.themes[:2], est, "monthly", 1.5,
                 subgroup_of=board.id, dissolved=dissolved, end_date=end)
        w.parts[pid] = p
        memberships_and_seats(w, p, sub_members(w, board, members), board=False)
