"""Turn the rows read from any format into a new proposal: organisations, units, posts, lines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import attrgetter
from typing import Any

from orgchart_app.domain import (
    OfficerCategory,
    OrganisationId,
    Post,
    PostId,
    Proposal,
    UnitId,
)
from orgchart_app.domain.wording import fte_label
from orgchart_app.importers import duplicates
from orgchart_app.importers.builder import ImportBuilder
from orgchart_app.importers.dotted import add_dotted_lines
from orgchart_app.importers.grade_ranges import add_grade_ranges
from orgchart_app.importers.people import gather_people, holds_person
from orgchart_app.importers.progress import NO_PROGRESS, Progress
from orgchart_app.importers.records import ManagerMatch, PostRow
from orgchart_app.importers.report import ImportReport, ProblemKind
from orgchart_app.importers.units_made import UNPLACED, Organisations, Units
from orgchart_app.importers.values import is_vacant_name
from orgchart_app.quick import listed, made_by_columns

AS_IS = "As is"
MISSING = -1  # a manager named in the file but not found in it
# The fields a post takes as the row has them.
_AS_READ = (
    "title",
    "grade",
    "fte",
    "quantity",
    "status",
    "cost_code",
    "salary",
    "end_date",
    "funding_source",
    "spinal_point",
)
# Looked up once: an enum member is a descriptor call in Python 3.11, and these are read per row.
_OTHER = OfficerCategory.OTHER
_BY_NAME, _BY_REF = ManagerMatch.NAME, ManagerMatch.REF


def assemble(
    rows: Sequence[PostRow], report: ImportReport, title: str, default_organisation: str
) -> Proposal:
    """The proposal holding `rows` as the "As is" scenario; every change made is in `report`."""
    return assemble_scenarios([(AS_IS, rows)], report, title, default_organisation)


def assemble_scenarios(
    scenarios: Sequence[tuple[str, Sequence[PostRow]]],
    report: ImportReport,
    title: str,
    default_organisation: str,
    progress: Progress = NO_PROGRESS,
) -> Proposal:
    """One scenario per (name, rows), sharing organisations and unit references."""
    builder = ImportBuilder(
        title, notes="Imported from " + ", ".join(s.source for s in report.sources)
    )
    organisations = Organisations(builder, default_organisation)
    for name, rows in scenarios:
        _scenario(builder, organisations, name, rows, report, progress)
    add_grade_ranges(builder.proposal, [row for _, rows in scenarios for row in rows], report)
    order = {source.source: i for i, source in enumerate(report.sources)}
    report.problems.sort(key=lambda p: (order.get(p.source, len(order)), p.line))
    report.posts_created = len(builder.proposal.posts)
    report.units_created = len(builder.proposal.units)
    return builder.proposal


def _scenario(
    builder: ImportBuilder,
    organisations: Organisations,
    scenario_name: str,
    rows: Sequence[PostRow],
    report: ImportReport,
    progress: Progress,
) -> None:
    scenario_id = builder.scenario(scenario_name, description=f"Imported ({report.format_name})")
    units = Units(builder, scenario_id)
    rows, gathered = gather_people(rows)
    refs = assign_refs(rows, report)
    managers = resolve_managers(rows, report)
    break_cycles(rows, refs, managers, report)
    ids = builder.post_ids(len(rows))
    places = _places(rows, managers, organisations, units, progress)
    given: dict[str, Iterable[Any]] = {
        "id": ids,
        "scenario_id": repeat(scenario_id),
        "post_ref": refs,
        "reports_to_id": [ids[m] if m is not None and m >= 0 else None for m in managers],
        "funded": repeat(True),
        "statutory_role": repeat(""),
        "officer_category": repeat(_OTHER),
        "is_assistant": repeat(False),
        "temporary_line": repeat(False),
        **places,
        **{field: map(attrgetter(field), rows) for field in _AS_READ},
    }
    columns = listed(len(rows), given)
    posts = made_by_columns(Post, len(rows), columns)
    builder.posts(posts, columns, [row.source for row in rows], [row.line for row in rows])
    held, holders = _holders(rows, ids, gathered)
    builder.holders(held, holders, [_person_fte(holder, report) for holder in holders])
    add_dotted_lines(builder.proposal, scenario_id, rows, refs, ids, report)
    if not rows:
        units.root(organisations.get(""))


def _places(
    rows: Sequence[PostRow],
    managers: Sequence[int | None],
    organisations: Organisations,
    units: Units,
    progress: Progress,
) -> dict[str, list[Any]]:
    """Each row's employer, organisation deployed to, unit and notes, in the file's order (the
    organisations and units are made as the rows first name them)."""
    employers: list[OrganisationId] = []
    deployments: list[OrganisationId | None] = []
    unit_ids: list[UnitId] = []
    notes: list[str] = []
    for row, manager in zip(rows, managers, strict=True):
        progress.advance(len(row.lines) or 1)  # the file lines the row stands for
        org_id = organisations.get(row.organisation)
        deployed_id = organisations.get(row.deployed_to) if row.deployed_to else None
        # A deployed post works in, and sits in a unit of, the organisation it is deployed to.
        home = deployed_id or org_id
        if manager == MISSING:
            unit_id, row_notes = units.unplaced(home), list(row.notes)
            if row.unit_path:
                row_notes.append("In the file under: " + " > ".join(n for n, _ in row.unit_path))
        else:
            unit_id, row_notes = units.at(home, row.unit_path), row.notes
        employers.append(org_id)
        deployments.append(deployed_id)
        unit_ids.append(unit_id)
        notes.append("; ".join(row_notes))
    return {
        "employer_id": employers,
        "deployed_to_id": deployments,
        "unit_id": unit_ids,
        "notes": notes,
    }


def _holders(
    rows: Sequence[PostRow], ids: Sequence[PostId], gathered: dict[int, list[PostRow]]
) -> tuple[list[PostId], list[PostRow]]:
    """Each postholder's post and the row naming the person: for each post in turn, its own row
    (unless vacant), then the rows gathered into it."""
    holding = list(map(holds_person, rows))
    if not gathered:  # one row a post, as most lists are: picked out in C
        return list(compress(ids, holding)), list(compress(rows, holding))
    held: list[PostId] = []
    holders: list[PostRow] = []
    for index, (post_id, row, holds) in enumerate(zip(ids, rows, holding, strict=True)):
        for holder in ([row] if holds else []) + gathered.get(index, []):
            held.append(post_id)
            holders.append(holder)
    return held, holders


def _person_fte(row: PostRow, report: ImportReport) -> float:
    # A row's FTE is the person's share of the post; one person holds at most 1.0 of it.
    if row.fte <= 1:
        return row.fte
    report.add(
        row.source,
        row.line,
        ProblemKind.UNREADABLE_NUMBER,
        f"{fte_label(row.fte)} is more than one person holds; the person is taken as 1 FTE",
    )
    return 1.0


def assign_refs(rows: Sequence[PostRow], report: ImportReport) -> list[str]:
    """Each row's post number, made unique: a repeat is renamed "P12-2" and listed."""
    written = [row.ref for row in rows]
    used = set(written)
    if len(used) == len(written) and "" not in used:
        return written  # every row numbered, no number twice: most lists
    used.discard("")
    first_line: dict[str, PostRow] = {}
    refs: list[str] = []
    for row in rows:
        ref = row.ref or _fresh(f"R{row.line}", used)
        if row.ref and row.ref in first_line:
            ref = _fresh(row.ref, used)
            first = first_line[row.ref]
            report.add(
                row.source,
                row.line,
                ProblemKind.DUPLICATE_REFERENCE,
                f'post number "{row.ref}" is already used by "{first.title}" on '
                f'{_where(first, row)}; this post is kept as "{ref}"',
            )
        first_line.setdefault(row.ref, row)
        used.add(ref)
        refs.append(ref)
    return refs


def _fresh(base: str, used: set[str]) -> str:
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def _where(first: PostRow, row: PostRow) -> str:
    return (
        f"line {first.line}" if first.source == row.source else f"{first.source} line {first.line}"
    )


def resolve_managers(rows: Sequence[PostRow], report: ImportReport) -> list[int | None]:
    """For each row, the index of its manager's row, None at the top, or MISSING."""
    by_ref, all_by_ref = _by_ref(rows)
    names = _NameIndex(rows)
    shared = {ref for ref, holders in all_by_ref.items() if len(holders) > 1}
    managers: list[int | None] = []
    for row in rows:
        wanted = row.reports_to.strip()
        if not wanted:
            managers.append(None)
            continue
        found, why = _find(wanted, row.manager_match, by_ref, names)
        if found is None and wanted in report.skipped_refs:
            why = f"which the file {report.skipped_refs[wanted]}"
        if (
            found is not None
            and rows[found].ref in shared
            and rows[found].ref.casefold() == wanted.casefold()
        ):
            found = _choose_listed(rows, row, all_by_ref[rows[found].ref], report)
        if found is None:
            gathered = (
                f" (a box of the rows on lines {', '.join(map(str, row.all_lines))})"
                if len(row.all_lines) > 1
                else ""
            )
            report.add(
                row.source,
                row.line,
                ProblemKind.MISSING_MANAGER,
                f'"{row.title}"{gathered} reports to "{wanted}", {why}; the post is in '
                f'"{UNPLACED}"',
            )
            managers.append(MISSING)
        else:
            managers.append(found)
    return managers


def _by_ref(rows: Sequence[PostRow]) -> tuple[dict[str, int], dict[str, list[int]]]:
    """The first row of each post number, found as written or folded; and, where some number is
    on several rows, the rows of each number."""
    refs = [row.ref for row in rows]
    backwards = range(len(refs) - 1, -1, -1)
    # Made from the last row back (in C), so each number keeps its first row.
    by_ref = dict(zip(reversed(refs), backwards, strict=True))
    all_by_ref: dict[str, list[int]] = defaultdict(list)
    if len(by_ref) - ("" in by_ref) < len(refs) - refs.count(""):  # a number on several rows
        for index, ref in enumerate(refs):
            if ref:
                all_by_ref[ref].append(index)
    # A folded number's first row, whether written folded or not: casefold() folds a folded text
    # to itself (tests/importers/test_ref_index.py checks every character), so a number written
    # folded is found by its folding too, and the earlier of the two rows wins.
    # (A blank number is indexed too, harmlessly: a blank manager cell is never looked up.)
    by_ref.update(zip(map(str.casefold, reversed(refs)), backwards, strict=True))
    return by_ref, all_by_ref


class _NameIndex:
    """The rows by postholder's name, then by job title (folded): made only when a manager is
    not found by post number, as in most files every one is."""

    def __init__(self, rows: Sequence[PostRow]) -> None:
        self._rows = rows
        self._made: tuple[dict[str, list[int]], ...] = ()

    def indexes(self) -> tuple[dict[str, list[int]], ...]:
        if not self._made:
            by_name: dict[str, list[int]] = defaultdict(list)
            by_title: dict[str, list[int]] = defaultdict(list)
            for index, row in enumerate(self._rows):
                if row.holder and not is_vacant_name(row.holder):
                    by_name[row.holder.casefold()].append(index)
                by_title[row.title.casefold()].append(index)
            self._made = (by_name, by_title)
        return self._made


def _choose_listed(
    rows: Sequence[PostRow], row: PostRow, holders: list[int], report: ImportReport
) -> int:
    chosen, evidence = duplicates.choose(rows, row, holders)
    others = ", ".join(duplicates.where(rows[i]) for i in holders if i != chosen)
    report.add(
        row.source,
        row.line,
        ProblemKind.AMBIGUOUS_MANAGER,
        f'"{row.title}" reports to "{row.reports_to.strip()}", a post number {len(holders)} '
        f'rows use; it is placed under "{rows[chosen].title}" '
        f"({duplicates.where(rows[chosen])}) because {evidence}, not under {others}",
    )
    return chosen


def _find(
    wanted: str, match: ManagerMatch, by_ref: dict[str, int], names: _NameIndex
) -> tuple[int | None, str]:
    if match is not _BY_NAME:
        found = by_ref.get(wanted)
        if found is None:
            found = by_ref.get(wanted.casefold())
        if found is not None or match is _BY_REF:
            return found, "which is not a post number in the file"
    for index in names.indexes():
        candidates = index.get(wanted.casefold(), [])
        if len(candidates) == 1:
            return candidates[0], ""
        if len(candidates) > 1:
            return None, f"which names {len(candidates)} posts in the file"
    return None, "which is not in the file"


def break_cycles(
    rows: Sequence[PostRow], refs: Sequence[str], managers: list[int | None], report: ImportReport
) -> None:
    """Cut each reporting cycle at the line written last in the file, and list the cut."""
    state = [0] * len(rows)  # 0 unseen, 1 on the current walk, 2 finished
    for start in range(len(rows)):
        walk: list[int] = []
        current: int | None = start
        while current is not None and current >= 0 and state[current] == 0:
            state[current] = 1
            walk.append(current)
            current = managers[current]
        if current is not None and current >= 0 and state[current] == 1:
            loop = walk[walk.index(current) :]
            cut = max(loop, key=lambda i: (rows[i].line, i))
            manager = managers[cut]
            assert manager is not None
            names = " -> ".join(refs[i] for i in _from(loop, cut)) + f" -> {refs[cut]}"
            report.add(
                rows[cut].source,
                rows[cut].line,
                ProblemKind.CYCLE,
                f'"{rows[cut].title}" ({refs[cut]}) reports to "{rows[manager].title}" '
                f"({refs[manager]}), which closes the cycle {names}; that line was "
                f'dropped, so the post is in "{UNPLACED}" until its manager is confirmed',
            )
            managers[cut] = MISSING
        for index in walk:
            state[index] = 2


def _from(loop: list[int], cut: int) -> list[int]:
    position = loop.index(cut)
    return loop[position:] + loop[:position]
