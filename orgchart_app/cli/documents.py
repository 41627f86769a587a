"""orgchart document add|set|remove|list FILE: the documents a proposal cites (committee reports,
establishment lists, pay tables), which `orgchart source set --basis stated` names."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    open_source,
    print_listing,
    saved_change,
)
from orgchart_app.cli.records import listing_parser
from orgchart_app.domain import Proposal
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.ids import DocumentId
from orgchart_app.domain.provenance import Document
from orgchart_app.edits import Edit, PutDocument, RemoveDocument


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "document", help="add, change, remove and list the documents cited"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a document the proposal cites")
    add_file_argument(add)
    add.add_argument("title", metavar="TITLE", type=arguments.name, help="its title")
    add.add_argument(
        "--reference",
        default="",
        type=arguments.label,
        help="a file name or address where it is read",
    )
    add_force_argument(add)
    add.set_defaults(
        run=lambda a: saved_change(
            a, lambda _: PutDocument(Document(DocumentId(0), a.title, a.reference))
        )
    )
    change = actions.add_parser("set", help="change a document's title or reference")
    add_file_argument(change)
    change.add_argument(
        "document", metavar="DOC", type=arguments.name, help="its number (as listed) or title"
    )
    change.add_argument("--title", type=arguments.name, help="a new title")
    change.add_argument("--reference", type=arguments.label, help='a new reference ("" for none)')
    add_force_argument(change)
    change.set_defaults(run=run_set)
    remove = actions.add_parser("remove", help="remove a document no source cites")
    add_file_argument(remove)
    remove.add_argument(
        "document", metavar="DOC", type=arguments.name, help="its number (as listed) or title"
    )
    add_force_argument(remove)
    remove.set_defaults(
        run=lambda a: saved_change(a, lambda p: RemoveDocument(document_named(p, a.document).id))
    )
    listing_parser(actions, "each document and how many sources cite it", run_list)


def document_named(proposal: Proposal, text: str) -> Document:
    """A document by its number or its whole title."""
    key = text.strip().removeprefix("#")
    for document in proposal.documents.values():
        if key == str(document.id) or text.strip().casefold() == document.title.casefold():
            return document
    raise CommandFailed(
        f'There is no document "{shown(text)}": give its number or title '
        "(`orgchart document list FILE` lists them)."
    )


def run_set(args: argparse.Namespace) -> int:
    if args.title is None and args.reference is None:
        raise CommandFailed("Say what to change: --title or --reference.")

    def edit(proposal: Proposal) -> Edit:
        found = document_named(proposal, args.document)
        return PutDocument(
            dataclasses.replace(
                found,
                title=found.title if args.title is None else args.title,
                reference=found.reference if args.reference is None else args.reference,
            )
        )

    return saved_change(args, edit)


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    listed = [
        {
            "number": document.id,
            "title": document.title,
            "reference": document.reference,
            "cited": sum(r.document_id == document.id for r in proposal.provenance.values()),
        }
        for document in proposal.documents.values()
    ]
    print_listing(args, listed, ["Number", "Title", "Reference", "Cited"])
    return 0
