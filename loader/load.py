"""Write a validated input under a journal, so a load lands whole or not at all, even through a crash.

``load(db, validated)`` takes what validation returned (loader.validate), so a caller that has
shown the problems (the Data page) loads the very object it checked; ``load_path`` validates a
file or folder and loads it, for callers that hold a path (the CLI, the seed, tests).

Every load first commits a journal (loader/journal.py: who, when, file hash, rows per table,
region), which is also the load history (`tirlun history`). Up to ``single_tx_limit`` rows the
whole plan runs in one transaction whose last statement is the journal's commit marker: a failure
or a crash rolls everything back, and the marker tells afterwards whether the commit went through.
Larger loads go in one transaction per batch into an empty region; the journal holds a snapshot of
the shared reference nodes they merge, so a failure undoes them at once, and a crash of either
process is undone by the next command (journal.recover). See docs/loading.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tirlun import registry
from tirlun.database import Database, Statement
from tirlun.errors import DatabaseError, LoadFailed, Neo4jUnavailable, TirlunError, ValidationFailed
from tirlun.i18n import Msg, msg
from tirlun.loader import journal
from tirlun.loader.models import Area, AreaKind, Partnership
from tirlun.loader.owners import Ownership, Proposal, classify
from tirlun.loader.plan import build_plan, criterion_ids, row_count
from tirlun.loader.validate import ValidInput, paused_gc

# One transaction holds about 2.8 KB of server memory per row (measured on the all-Wales
# landscape); the local server's 2 GB heap allows transactions 1.4 GB, so loads above this
# many rows use the batched scheme in docs/loading.md.
SINGLE_TX_LIMIT = 300_000

MAX_WARNINGS_KEPT = 100  # in the journal; the report has them all


@dataclass
class LoadReport:
    region: str
    rows: int
    seconds: float
    labels: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    replaced: bool = False
    load_id: str = ""
    # The sentences below are for the reader to word (``tr.say``): the loader does not know who reads them.
    # sourced facts (illustrative=false) this load replaced with illustrative rows, one sentence each
    warnings: list[Msg] = field(default_factory=list)
    # unfinished loads of crashed processes that were settled before this one (journal.Settled.said)
    recovered: list[Msg] = field(default_factory=list)
    # set when the connection broke during the commit and the journal showed the commit went through
    note: Msg | None = None
    # rows of other owners the file changes: listed, never applied (loader/owners.py)
    proposals: list[Proposal] = field(default_factory=list)
    references: dict[str, int] = field(default_factory=dict)  # rows repeated unchanged, per table
    removed: dict[str, list[str]] = field(default_factory=dict)  # label -> ids the file no longer has, removed
    joins_reference: list[tuple[str, str]] = field(default_factory=list)  # new rows added to the shared reference


def region_candidates(data: ValidInput) -> list[str]:
    """The regions a file could be for: the region areas its partnerships cover, else every region area it has."""
    regions = [a.id for a in data.rows_as("areas", Area) if a.kind == AreaKind.region.value]
    covered = {str(a) for p in data.rows_as("partnerships", Partnership) for a in p.areas}
    named = [r for r in regions if r in covered]
    return named or regions


def infer_region(data: ValidInput) -> str | None:
    """The region, when only one answer is possible (region_candidates); otherwise None and the caller asks."""
    candidates = region_candidates(data)
    return candidates[0] if len(candidates) == 1 else None


def require_region(data: ValidInput, region: str | None) -> str:
    """The region given, or the one the file allows; else an error that lists the candidates."""
    if region:
        return region
    found = infer_region(data)
    if found:
        return found
    candidates = region_candidates(data)
    if candidates:
        raise TirlunError(msg("load.region_ambiguous", candidates=", ".join(candidates)),
                          msg("load.region_ambiguous_hint"))
    raise TirlunError(msg("load.no_region"), msg("load.no_region_hint"))


def ensure_schema(db: Database) -> None:
    db.run_script("schema")
    db.run_script("load_journal_schema")
    db.run_script("owner_migration")


def input_hash(path: str | Path) -> str:
    """SHA-256 of a file, or of a folder's files (names and contents, in name order): recorded with each load."""
    p = Path(path)
    digest = hashlib.sha256()
    files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
    for f in files:
        if p.is_dir():
            digest.update(str(f.relative_to(p)).encode() + b"\0")
        with f.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def load_path(
    db: Database,
    path: str | Path,
    *,
    region: str | None = None,
    add_only: bool = False,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    single_tx_limit: int = SINGLE_TX_LIMIT,
    by: str | None = None,
) -> LoadReport:
    """Validate a CSV folder or workbook and load it; ValidationFailed (nothing written) if it has problems."""
    from tirlun.loader.writes import check_path

    with paused_gc():  # see paused_gc: the rows of a big load are many small objects
        checked = check_path(db, path, region=region, add_only=add_only)
        return load(db, checked.data, region=checked.region, add_only=add_only, batch_size=batch_size,
                    progress=progress, on_plan=on_plan, single_tx_limit=single_tx_limit, by=by,
                    ownership=checked.ownership)


def load(
    db: Database,
    validated: ValidInput,
    *,
    region: str | None = None,
    add_only: bool = False,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    single_tx_limit: int = SINGLE_TX_LIMIT,
    by: str | None = None,
    source_hash: str = "",
    ownership: Ownership | None = None,
) -> LoadReport:
    """Load what validation returned: all or nothing, or batch by batch above ``single_tx_limit`` rows.

    The file is its owner's whole truth: the owner's rows it no longer has are removed in the same transaction,
    unless ``add_only``. Rows of other owners are written only when new to the graph (loader/owners.py); a clash
    with another region's id is refused (ValidationFailed) before anything is written.
    An input with problems is refused (ValidationFailed), so rows validation dropped never load.
    ``by`` is who loads (default: the OS user) and ``source_hash`` the input's SHA-256 (default: input_hash of
    the validated path, if it is still there), both recorded in the load history.
    """
    started = time.perf_counter()
    if validated.problems:
        raise ValidationFailed(validated.problems)
    with paused_gc():  # see paused_gc: the rows of a big load are many small objects
        region = require_region(validated, region)
        ensure_schema(db)
        recovered = [s.said for s in journal.recover(db)]
        for other in journal.running(db):
            raise TirlunError(msg("load.another_running", **journal.describe(other)), msg("load.another_running_hint"))
        own = ownership or classify(db, validated, region, add_only=add_only)
        if own.clashes:
            raise ValidationFailed(own.clashes)
        plan = build_plan(own.write, region, batch_size, own.owners)
        batched = row_count(plan) > single_tx_limit
        # A load batch by batch goes into an empty region and adds only: what it could remove or clear (the
        # region's own organisations, its places in area hierarchies) is not in the snapshot that undoes it.
        removals = [] if batched else [{"label": label, "id": i} for label, ids in own.removed.items() for i in ids]
        if removals:
            _refuse_blocked(db, region, removals)
        if not add_only and not batched:
            held = {table: [str(r.cell("id")) for r in own.write.rows(table)]
                    for table in ("partnerships", "people", "meetings", "datasets", "organisations")}
            plan.insert(0, Statement(registry.get("clear_held"), (), {"owner": region, **held}, label="clear"))
        if removals:
            plan.insert(0, Statement(registry.get("remove_owned"), (), {"owner": region, "refs": removals},
                                     label="remove"))
        if on_plan:
            on_plan(row_count(plan))
        existing: list[dict[str, str]] = []
        created: list[str] = []
        if batched:
            existing, created = _check_batched(db, own.write, plan, region, single_tx_limit)
        warnings = overwrite_warnings(db, own.write)
        tables = {name: len(rows) for name, rows in validated.tables.items()}
        file_hash = source_hash or (input_hash(validated.path) if validated.path.exists() else "")
        load_id = journal.begin(db, region=region, by=journal.who(by), file_hash=file_hash, tables=tables,
                                batched=batched, existing=existing, created=created)
        # the history keeps the warnings in English: it has no reader's language
        commit = Statement(registry.get("load_journal_commit"), (),
                           {"id": load_id, "warnings": [str(w) for w in warnings[:MAX_WARNINGS_KEPT]]}, label="commit")
        note: Msg | None = None
        try:
            with journal.heartbeat(db, load_id):
                try:
                    if batched:
                        db.write_all(plan, batch_size=batch_size, single_transaction=False, progress=progress)
                        db.write_all([commit])
                    else:
                        db.write_all([*plan, commit], batch_size=batch_size, single_transaction=True, progress=progress)
                except (DatabaseError, Neo4jUnavailable) as exc:
                    note = _settle_failed(db, load_id, region, batched, exc)
            # the load is committed; if this fails, the next command finds it unreported and says it was kept
            with contextlib.suppress(DatabaseError, Neo4jUnavailable):
                journal.finish(db, load_id, "committed")
        finally:
            journal.end(load_id)
        report = LoadReport(region, validated.count(), 0.0, replaced=bool(removals), load_id=load_id,
                            warnings=warnings, recovered=recovered, note=note, proposals=own.proposals,
                            references=own.references, removed=own.removed if removals else {},
                            joins_reference=own.joins_reference)
        report.labels = {r["label"]: r["count"] for r in db.read("label_counts")}
        report.relationships = {r["type"]: r["count"] for r in db.read("relationship_counts")}
        report.seconds = time.perf_counter() - started
        return report


def _refuse_blocked(db: Database, owner: str, removals: list[dict[str, str]]) -> None:
    """Refuse, before writing, to remove a node another owner's rows still hold."""
    blockers = db.read("removal_blockers", {"owner": owner, "refs": removals})
    if blockers:
        lines = _joined([msg("load.removal_blocked_one", **b) for b in blockers[:10]])
        raise TirlunError(msg("load.removal_blocked", n=len(blockers), detail=lines), msg("load.removal_blocked_hint"))


def _joined(parts: list[Msg]) -> Msg:
    """Sentences joined by "; " in the reader's language: a chain of ``load.joined`` messages."""
    out = parts[0]
    for part in parts[1:]:
        out = msg("load.joined", first=out, next=part)
    return out


def _settle_failed(db: Database, load_id: str, region: str, batched: bool, exc: TirlunError) -> Msg:
    """After a failed write: keep the load if its commit marker landed (return a note saying so), else undo it and
    raise LoadFailed saying what is true. If the server cannot be asked, say so: the next command settles it."""
    try:
        if isinstance(exc, Neo4jUnavailable) and not db.port_open():
            raise Neo4jUnavailable(msg("load.server_down"))
        state = journal.status(db, load_id)
    except (DatabaseError, Neo4jUnavailable) as gone:
        journal.end(load_id)  # leave it to recover(), in this process or the next
        key = "load.undo_pending" if batched else "load.outcome_unknown"
        raise journal.LoadOutcomeUnknown(msg(key, error=exc.said, undo=gone.said, region=region),
                                         msg("load.settle_next_hint")) from exc
    if state == "committed":
        return msg("load.committed_despite_error", error=exc.said)
    if batched:
        try:
            journal.undo(db, load_id, region)
        except (DatabaseError, Neo4jUnavailable) as undo:
            journal.end(load_id)
            raise journal.LoadOutcomeUnknown(
                msg("load.undo_pending", error=exc.said, undo=undo.said, region=region), msg("load.settle_next_hint")
            ) from undo
    # the undo is done; if this fails, recover() closes the journal (undoing again changes nothing)
    with contextlib.suppress(DatabaseError, Neo4jUnavailable):
        journal.finish(db, load_id, "rolled_back", error=exc.message)
    key = "load.failed_removed" if batched else "load.failed_rolled_back"
    raise LoadFailed(msg(key, error=exc.said), exc.said_hint or msg("load.failed_hint")) from exc


REFERENCE_TABLES = {"areas": "Area", "themes": "Theme", "legislation": "Legislation", "organisations": "Organisation"}
REGION_TABLES = {"partnerships": "Partnership", "people": "Person", "meetings": "Meeting", "datasets": "Dataset"}


def _check_batched(
    db: Database, data: ValidInput, plan: list[Statement], region: str, limit: int
) -> tuple[list[dict[str, str]], list[str]]:
    """Refuse what a batch-by-batch load could not undo; return the reference nodes it merges (existing) and creates."""
    if db.read("region_counts", {"region": region})[0]["nodes"]:
        raise TirlunError(
            msg("load.too_big_has_data", rows=row_count(plan), limit=limit, region=region),
            msg("load.too_big_has_data_hint"),
        )
    ids = [str(r.cell("id")) for table in REGION_TABLES for r in data.rows(table)]
    ids += sorted({str(r.cell("assessment_id")) for r in data.rows("assessments")})
    clash = db.read("load_id_clash", {"region": region, "ids": ids})
    if clash:
        first = clash[0]
        raise TirlunError(
            msg("load.id_clash", n=len(clash), label=first["label"], id=first["id"], other=first["region"] or "-",
                region=region),
            msg("load.id_clash_hint"),
        )
    refs = [{"label": label, "id": str(r.cell("id"))} for table, label in REFERENCE_TABLES.items()
            for r in data.rows(table)]
    # areas whose places in hierarchies the load writes: their PART_OF links go into the snapshot too
    listed = {r["id"] for r in refs if r["label"] == "Area"}
    refs += [{"label": "Area", "id": a} for a in sorted({str(r.cell("area_id")) for r in data.rows("area_parents")})
             if a not in listed]
    refs += [{"label": "Criterion", "id": c} for c in criterion_ids()]
    found = {(r["label"], r["id"]) for r in db.read("snapshot_reference", {"refs": refs})}
    existing = [r for r in refs if (r["label"], r["id"]) in found]
    created = [f"{r['label']}:{r['id']}" for r in refs if (r["label"], r["id"]) not in found]
    return existing, created


def overwrite_warnings(db: Database, data: ValidInput) -> list[Msg]:
    """One sentence per sourced fact (illustrative=false in the graph) that an illustrative row of the input replaces."""
    rows = [
        {"label": label, "id": str(r.cell("id")), "source": str(r.cell("source") or "")}
        for table, label in {**REFERENCE_TABLES, **REGION_TABLES}.items()
        for r in data.rows(table) if r.cell("illustrative") is True
    ]
    if not rows:
        return []
    return [
        msg("load.overwrites_sourced", label=w["label"], id=w["id"], old=w["old_source"] or "-",
            new=w["new_source"] or "-")
        for w in db.read("load_overwrites", {"rows": rows})
    ]
