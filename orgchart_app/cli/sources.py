"""orgchart source set|clear|list FILE: where a record or one field of it comes from: stated by
a document (and where in it) or assumed (and why). The outputs tell the stated from the assumed
by it, so no assumption is printed as a fact. `orgchart document` names the documents."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Hashable
from typing import Any

from orgchart_app.analysis.people_costs import person_label
from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    chosen_scenario,
    open_source,
    organisation_named,
    print_listing,
    saved_change,
)
from orgchart_app.cli.documents import document_named
from orgchart_app.cli.record_about import record_about
from orgchart_app.cli.records import action_parser, listing_parser, person_in, post_in, unit_in
from orgchart_app.domain import Proposal
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.ids import ProvenanceId, ScenarioId
from orgchart_app.domain.provenance import Basis, Provenance
from orgchart_app.domain.tables import RECORD_TABLES, Table
from orgchart_app.edits import Edit, PutProvenance, RemoveProvenance

# The tables a source is given for, by the names the file format uses and the proposal's own.
_TABLES = {
    **{t.value.removesuffix("s"): t for t in RECORD_TABLES},
    **{t.value: t for t in RECORD_TABLES},
    "provenance": Table.PROVENANCE,
}
_BY_NAME = (Table.POSTS, Table.UNITS, Table.ORGANISATIONS, Table.SCENARIOS, Table.POSTHOLDERS)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "source", help="say where a record or field comes from: stated by a document, or assumed"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    put = _action(actions, "set", "mark a record or one field as stated or assumed")
    put.add_argument("--basis", required=True, choices=("stated", "assumed"))
    put.add_argument(
        "--document",
        metavar="DOC",
        type=arguments.name,
        help="stated: the document (title or number)",
    )
    put.add_argument(
        "--place", default="", type=arguments.label, help='stated: where in it, e.g. "s.5.3"'
    )
    put.add_argument(
        "--reason",
        default="",
        type=arguments.label,
        help="assumed: why (required for an assumption)",
    )
    put.set_defaults(run=run_set)
    clear = _action(actions, "clear", "forget where a record or field comes from")
    clear.set_defaults(run=lambda a: saved_change(a, lambda p: RemoveProvenance(_row(p, a).id)))
    listing_parser(actions, "every source the file gives, record by record", run_list)


def _action(actions: Any, name: str, help: str) -> Any:
    parser = action_parser(actions, name, help, "the scenario a post, unit or person is in")
    parser.add_argument("table", metavar="TABLE", choices=sorted(_TABLES), help="e.g. post")
    parser.add_argument(
        "record",
        metavar="RECORD",
        type=arguments.name,
        help="a post's or unit's reference, an organisation's or scenario's name, a person's "
        '"POST-REF #N"; for other tables the number `source list` shows',
    )
    parser.add_argument(
        "--field",
        default="",
        type=arguments.label,
        help="one field of it (default: the whole record)",
    )
    return parser


def record_key(proposal: Proposal, args: argparse.Namespace) -> tuple[Table, int]:
    """The table and id of the record a user names, refused in one sentence when missing."""
    table = _TABLES[args.table]
    text = args.record
    if table in (Table.POSTS, Table.UNITS, Table.POSTHOLDERS):
        scenario = chosen_scenario(proposal, args.scenario)
        if table is Table.POSTS:
            return table, int(post_in(proposal, scenario, text).id)
        if table is Table.UNITS:
            return table, int(unit_in(proposal, scenario, text).id)
        return table, int(person_in(proposal, scenario, text).id)
    if table is Table.ORGANISATIONS:
        return table, int(organisation_named(proposal, text).id)
    if table is Table.SCENARIOS:
        return table, int(proposal.scenario_named(text).id)
    key = text.strip().removeprefix("#")
    if not key.isdigit() or int(key) not in proposal.records(table):
        raise CommandFailed(
            f'There is no {args.table} record "{shown(text)}": give its number as '
            "`orgchart source list FILE` shows it."
        )
    return table, int(key)


def _check_field(proposal: Proposal, table: Table, key: int, field: str) -> None:
    if not field:
        return
    names = {f.name for f in dataclasses.fields(proposal.records(table)[key])} - {"id"}
    if field not in names:
        raise CommandFailed(
            f'A {table.value.removesuffix("s")} has no field "{shown(field)}" '
            f"(its fields: {', '.join(sorted(names))})."
        )


def _row(proposal: Proposal, args: argparse.Namespace) -> Provenance:
    table, key = record_key(proposal, args)
    for row in proposal.provenance.values():
        if (row.table, row.record_id, row.field) == (table.value, key, args.field):
            return row
    about = f'"{args.field}" of ' if args.field else ""
    raise CommandFailed(f"The file says nothing of where {about}that record comes from.")


def run_set(args: argparse.Namespace) -> int:
    if args.basis == "assumed" and (args.document or args.place):
        raise CommandFailed("An assumption cites no document: give --reason, not --document.")
    if args.basis == "stated" and not args.document:
        raise CommandFailed("Name the document that states it with --document.")
    if args.basis == "stated" and args.reason:
        raise CommandFailed("A stated value needs no reason: give --document and --place.")

    def edit(proposal: Proposal) -> Edit:
        table, key = record_key(proposal, args)
        _check_field(proposal, table, key, args.field)
        document = document_named(proposal, args.document) if args.document else None
        existing = next(
            (
                r.id
                for r in proposal.provenance.values()
                if (r.table, r.record_id, r.field) == (table.value, key, args.field)
            ),
            ProvenanceId(0),
        )
        return PutProvenance(
            Provenance(
                existing,
                table.value,
                key,
                args.field,
                Basis(args.basis),
                document.id if document else None,
                args.place,
                args.reason,
            )
        )

    return saved_change(args, edit)


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    rows = sorted(proposal.provenance.values(), key=lambda r: (r.table, r.record_id, r.field))
    listed = [_listed(proposal, row) for row in rows]
    header = ["Table", "Record", "About", "Field", "Basis", "Document", "Place", "Reason"]
    print_listing(args, listed, header)
    return 0


def _listed(proposal: Proposal, row: Provenance) -> dict[str, Any]:
    table = Table(row.table) if row.table in {t.value for t in Table} else None
    record = proposal.records(table).get(row.record_id) if table else None
    return {
        "table": row.table.removesuffix("s"),
        "record": _record_name(proposal, row.table, row.record_id),
        "about": record_about(proposal, table, record) if table and record else "",
        "field": row.field,
        "basis": row.basis.value,
        "document": row.document_id,
        "place": row.place,
        "reason": row.reason,
    }


def _record_name(proposal: Proposal, table_name: str, key: Hashable) -> str:
    """The record as `source set` takes it: a reference or name, else its number."""
    table = Table(table_name) if table_name in {t.value for t in Table} else None
    record = proposal.records(table).get(key) if table in _BY_NAME else None
    if record is None:
        return f"#{key}"
    if table is Table.POSTHOLDERS:
        return person_label(proposal, record, names=False)
    scenario = proposal.scenarios.get(getattr(record, "scenario_id", ScenarioId(0)))
    where = f" ({scenario.name})" if scenario else ""
    name = getattr(record, "post_ref", None) or getattr(record, "unit_ref", None) or record.name
    return f"{name}{where}"
