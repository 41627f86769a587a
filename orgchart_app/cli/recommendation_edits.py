"""orgchart recommendations FILE --from A --to B edit N | add | remove N | move N --to M.

The user's own wording of the recommendations, kept in the file: each command changes the list
(the worded items, then a drafted item for each change none covers) and saves it, then prints
the list as it now stands, numbered as the next command counts.
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from orgchart_app.analysis.item_editing import (
    Items,
    added,
    editable_items,
    edited,
    hand_item,
    item_line,
    moved,
    removed,
)
from orgchart_app.cli import arguments
from orgchart_app.cli.common import (
    CommandFailed,
    add_force_argument,
    change_file,
    chosen_pair,
    open_source,
    saved_to,
)
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits import WordRecommendations

_FOR = {"decision": True, "noting": False}
_YES_NO = {"yes": True, "no": False}


def register(parser: Any) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    number = arguments.whole_number(1, 10_000)
    edit = actions.add_parser("edit", help="change recommendation N (numbered as listed)")
    edit.add_argument("number", metavar="N", type=number)
    _wording_arguments(edit, required=False)
    edit.add_argument("--included", choices=tuple(_YES_NO), help="whether the report includes it")
    edit.add_argument(
        "--source",
        dest="sources",
        action="append",
        type=arguments.optional_title_block_text,
        metavar="OPERATION:REF",
        help='a change it was written for, e.g. "establish:NEW-75" (replaces the list; may be '
        'repeated; "" for none: an item written by hand)',
    )
    edit.set_defaults(run=run_edit)
    add = actions.add_parser("add", help="add a recommendation written by hand (a delegation)")
    _wording_arguments(add, required=True)
    add.add_argument("--at", type=number, metavar="N", help="its place (default: last)")
    add.set_defaults(run=run_add)
    remove = actions.add_parser("remove", help="remove recommendation N")
    remove.add_argument("number", metavar="N", type=number)
    remove.set_defaults(run=run_remove)
    move = actions.add_parser("move", help="move recommendation N to place M")
    move.add_argument("number", metavar="N", type=number)
    move.add_argument("--to", dest="place", required=True, metavar="M", type=number)
    move.set_defaults(run=run_move)
    for action in (edit, add, remove, move):
        add_force_argument(action)
    listing = actions.add_parser(
        "list", help="the items as the edit commands number them (left-out ones too)"
    )
    listing.set_defaults(run=run_list)


def _wording_arguments(parser: Any, required: bool) -> None:
    parser.add_argument("--verb", required=required, type=arguments.name, help="e.g. note")
    parser.add_argument(
        "--text",
        required=required,
        type=arguments.name,
        help='the words after the verb ("authority to the Executive Director to appoint ...")',
    )
    parser.add_argument(
        "--entry",
        action="append",
        type=arguments.name,
        metavar="LINE",
        help="a listed entry (replaces the list; may be repeated)",
    )
    parser.add_argument("--for", dest="purpose", choices=tuple(_FOR), help="decision or noting")


def run_edit(args: argparse.Namespace) -> int:
    fields = ("verb", "text", "entry", "purpose", "included", "sources")
    if all(getattr(args, f) is None for f in fields):
        raise CommandFailed(
            "Say what to change: --verb, --text, --entry, --for, --included or --source."
        )
    return _change(
        args,
        lambda items, _p: _sourced(
            args,
            edited(
                items,
                args.number,
                verb=args.verb,
                text=args.text,
                entries="\n".join(args.entry) if args.entry is not None else None,
                for_decision=_FOR.get(args.purpose or ""),
                included=_YES_NO.get(args.included or ""),
            ),
        ),
    )


def _sourced(args: argparse.Namespace, items: Items) -> Items:
    """Item N with the changes it was written for as given (`edited` has checked N)."""
    if args.sources is None:
        return items
    index = args.number - 1
    sources = "\n".join(s.strip() for s in args.sources if s.strip())
    item = dataclasses.replace(items[index], sources=sources)
    return items[:index] + (item,) + items[index + 1 :]


def run_add(args: argparse.Namespace) -> int:
    def add(items: Items, proposal: Proposal) -> Items:
        ids = _pair(proposal, args)
        item = hand_item(*ids, args.verb, args.text, _FOR.get(args.purpose or "", True))
        if args.entry:
            item = edited((item,), 1, entries="\n".join(args.entry))[0]
        return added(items, item, args.at)

    return _change(args, add)


def run_remove(args: argparse.Namespace) -> int:
    return _change(args, lambda items, _p: removed(items, args.number))


def run_move(args: argparse.Namespace) -> int:
    return _change(args, lambda items, _p: moved(items, args.number, args.place))


def run_list(args: argparse.Namespace) -> int:
    proposal = open_source(args).proposal
    _print_items(proposal, *_pair(proposal, args))
    return 0


def _print_items(proposal: Proposal, from_id: ScenarioId, to_id: ScenarioId) -> None:
    listed = editable_items(proposal, from_id, to_id)
    for number, item in enumerate(listed.items, start=1):
        print(item_line(number, item, item.id in listed.gone))


def _pair(proposal: Proposal, args: argparse.Namespace) -> tuple[ScenarioId, ScenarioId]:
    before, after = chosen_pair(proposal, args)
    return before.id, after.id


def _change(args: argparse.Namespace, change: Any) -> int:
    """Apply `change` to the editable list, store it as one edit (saved in the file, or sent to
    the team library), print the list as it now stands."""

    def worded(proposal: Proposal) -> WordRecommendations:
        from_id, to_id = _pair(proposal, args)
        items = change(editable_items(proposal, from_id, to_id).items, proposal)
        return WordRecommendations(from_id, to_id, items)

    name = change_file(args, worded, args.force)
    print(f"{name}: saved {saved_to(args)}.")
    proposal = open_source(args).proposal
    _print_items(proposal, *_pair(proposal, args))
    return 0
