"""What the commands share: loading a file, where they may write, finding scenarios, printing."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from orgchart_app.analysis.cost_steps import Standing, standings, step_effects, step_text
from orgchart_app.cli import arguments
from orgchart_app.domain import NotFound, Proposal, Scenario, ScenarioId
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.model import Organisation, ProposalInfo
from orgchart_app.edits import Applied, apply_edit, is_costing_edit
from orgchart_app.edits.types import Edit
from orgchart_app.exporters.destination import OutputExists, check_destination
from orgchart_app.storage import (
    FileChanged,
    FileStamp,
    OpenedFile,
    open_proposal,
    save_unless_changed,
)
from orgchart_app.storage.team import (
    LIBRARY_VERSION,
    ServerAddress,
    SharedProposal,
    TeamLibrary,
    is_server_url,
)
from orgchart_app.storage.team.passwords import with_remembered_password


class CommandFailed(Exception):
    """A command could not do what was asked; the message is one sentence for the user."""


class ValidationFailed(Exception):
    """Validation found problems: each line is printed and the exit status is 1."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__(f"{len(lines)} problems")
        self.lines = list(lines)


def load(path: str) -> OpenedFile:
    return open_proposal(Path(path))


def named_proposal(args: argparse.Namespace) -> str:
    """The --proposal NAME a command given a library's URL must have."""
    if args.proposal is None:
        raise CommandFailed(
            "Name the proposal to use with --proposal NAME (`orgchart list URL` lists them)."
        )
    return str(args.proposal)


def open_source(args: argparse.Namespace) -> OpenedFile:
    """The proposal a command names: FILE, or a team library's URL with --proposal NAME.
    The one resolver every command that reads a proposal goes through."""
    source, name = args.file, getattr(args, "proposal", None)
    if not is_server_url(source):
        if name is not None:
            raise CommandFailed(
                "--proposal names a proposal in a team library: give the library's "
                "postgresql:// URL in place of the file, or leave --proposal out."
            )
        return load(source)
    with library_at(source) as library:
        found = library.read(named_proposal(args))
    # No file stands behind it: a stamp that matches no file, so nothing saves over it.
    stamp = FileStamp(Path(library.address.shown), -1, -1, found.revision)
    return OpenedFile(found.proposal, LIBRARY_VERSION, stamp, found.problems)


def saved_to(args: argparse.Namespace) -> str:
    """Where a command's change went, as its output names it (never a URL's password)."""
    if is_server_url(args.file):
        return f'to "{shown(named_proposal(args))}" in the team library'
    return str(args.file)


@contextlib.contextmanager
def library_at(url: str) -> Iterator[TeamLibrary]:
    """The team library at `url`. A password left out of it comes from the keyring (`orgchart
    server login URL` keeps it there), else from libpq's PGPASSWORD or ~/.pgpass."""
    library = TeamLibrary(with_remembered_password(ServerAddress.parse(url)))
    try:
        yield library
    finally:
        library.close()


def writable(path: str | Path, *, inputs: Iterable[str | Path] = (), force: bool = False) -> Path:
    """May a command write `path`? The one rule for every command that writes a file: never over
    one of its `inputs` (by any name), over another existing file only with --force, and never
    over a folder, a named pipe or a device. Returns the path; else raises with one sentence."""
    try:
        return check_destination(path, inputs=inputs, replace=force)
    except OutputExists as exists:
        raise CommandFailed(
            f"{exists}: choose another name, or add --force to replace it."
        ) from None


def writable_outputs(
    paths: Sequence[str | Path], *, inputs: Iterable[str | Path] = (), force: bool = False
) -> list[Path]:
    """writable() for each of a command's outputs, and no two of them the same file."""
    sources, seen = list(inputs), list[Path]()
    for path in paths:
        target = writable(path, inputs=sources, force=force)
        if target.resolve() in {s.resolve() for s in seen}:
            raise CommandFailed(f'"{shown(path)}" is named twice: give each output its own name.')
        seen.append(target)
    return seen


def write_proposal(
    proposal: Proposal, path: str | Path, stamp: FileStamp | None, force: bool = False
) -> ProposalInfo:
    """Save a proposal a command changed; refuses when the file changed since it was read.

    `stamp` is `load(path).stamp` taken when the command read the file (None when writing a
    new file, which then must not exist unless forced). Commands that write proposals call
    add_force_argument() and pass `args.force`.
    """
    if stamp is None:
        writable(path, force=force)
    try:
        info, _ = save_unless_changed(proposal, Path(path), stamp, force=force)
    except FileChanged as changed:
        raise CommandFailed(
            f"{changed} Nothing was written; run the command again on the new "
            "version, or add --force to overwrite it."
        ) from None
    return info


def add_force_argument(
    parser: Any, help: str = "overwrite the file even if it changed on disk since it was read"
) -> None:
    parser.add_argument("--force", action="store_true", help=help)


def scenario(proposal: Proposal, name: str) -> Scenario:
    return proposal.scenario_named(name)


# The one default scenario rule: the proposed structure when the file has one, else the current.
DEFAULT_SCENARIOS = ("To be", "As is")
DEFAULT_SCENARIO_HELP = 'default: "To be" when the file has one, else "As is"'


def add_scenario_argument(parser: Any, what: str) -> None:
    parser.add_argument(
        "--scenario",
        type=arguments.name,
        default=None,
        metavar="S",
        help=f"{what} ({DEFAULT_SCENARIO_HELP})",
    )


def chosen_scenario(proposal: Proposal, name: str | None) -> Scenario:
    """The scenario --scenario names, or the default rule's; a missing one names those there."""
    if name is not None:
        return proposal.scenario_named(name)
    names = {s.name.casefold() for s in proposal.scenarios.values()}
    default = next((d for d in DEFAULT_SCENARIOS if d.casefold() in names), DEFAULT_SCENARIOS[-1])
    return proposal.scenario_named(default)


# The same rule for the commands comparing two scenarios: the current against the proposed.
DEFAULT_PAIR = ("As is", "To be")
DEFAULT_PAIR_HELP = f'default: --from "{DEFAULT_PAIR[0]}" --to "{DEFAULT_PAIR[1]}"'


def add_pair_arguments(parser: Any, from_help: str, to_help: str) -> None:
    for flag, default, what in (
        ("--from", DEFAULT_PAIR[0], from_help),
        ("--to", DEFAULT_PAIR[1], to_help),
    ):
        parser.add_argument(
            flag,
            dest=f"{flag[2:]}_scenario",
            type=arguments.name,
            default=None,
            metavar="S",
            help=f'{what} (default: "{default}")',
        )


def chosen_pair(proposal: Proposal, args: argparse.Namespace) -> tuple[Scenario, Scenario]:
    """--from and --to, or the pair rule's; a missing default says how to make the proposed one."""
    found = []
    for given, default in zip((args.from_scenario, args.to_scenario), DEFAULT_PAIR, strict=True):
        try:
            found.append(proposal.scenario_named(given or default))
        except NotFound as missing:
            if given is not None:
                raise
            raise CommandFailed(
                f"{str(missing).removesuffix('.')}: make it with `orgchart scenario copy "
                f'{shlex.quote(str(args.file))} "{DEFAULT_PAIR[0]}" "{default}"`, or name '
                f"another with --{'from' if default == DEFAULT_PAIR[0] else 'to'}."
            ) from None
    return found[0], found[1]


def add_file_argument(parser: Any) -> None:
    parser.add_argument(
        "file",
        metavar="FILE",
        type=arguments.path,
        help="a proposal file (.sqlite), or a team library's postgresql:// URL with --proposal",
    )
    parser.add_argument(
        "--proposal",
        metavar="NAME",
        type=arguments.name,
        help="with a team library's URL in place of FILE: the proposal's name there",
    )


def add_format_argument(parser: Any, choices: Sequence[str]) -> None:
    parser.add_argument(
        "--format",
        choices=choices,
        default=choices[0],
        help=f"output format (default: {choices[0]})",
    )


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def print_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    sys.stdout.write(buffer.getvalue())


def table(rows: Sequence[Sequence[str]], indent: str = "  ") -> str:
    """Rows as aligned columns (the last column is not padded)."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join(
        indent
        + "  ".join(
            [*(cell.ljust(w) for cell, w in zip(row, widths, strict=False)), row[-1]]
        ).rstrip()
        for row in rows
    )


def change_file(
    args: argparse.Namespace, make_edit: Callable[[Proposal], Edit], force: bool = False
) -> str:
    """Read the command's FILE (or URL --proposal NAME), apply one edit built from what it
    holds, and save it; the edit's name. A refused edit raises before anything is written.
    In a team library the edit is one transaction, refused if a record it read changed since."""
    if is_server_url(args.file):
        with library_at(args.file) as library:
            shared = SharedProposal(library, named_proposal(args))
            edit = make_edit(shared.proposal)
            before = standings(shared.proposal) if is_costing_edit(edit) else None
            return _with_effect(send(shared, edit).name, shared.proposal, before)
    opened = open_source(args)
    edit = make_edit(opened.proposal)
    before = standings(opened.proposal) if is_costing_edit(edit) else None
    applied = apply_edit(opened.proposal, edit)
    write_proposal(opened.proposal, args.file, opened.stamp, force)
    return _with_effect(applied.name, opened.proposal, before)


def _with_effect(name: str, proposal: Proposal, before: dict[ScenarioId, Standing] | None) -> str:
    """An edit of pay, on-costs or the budget is named with what it does to each scenario."""
    if before is None:
        return name
    return f"{name} ({step_text(step_effects(proposal, before))})"


def send(shared: SharedProposal, edit: Edit) -> Applied:
    """Commit `edit` to a team proposal; refused in one sentence when the connection dropped
    as it was sent (the designer keeps such an edit to send again; a command cannot)."""
    applied = shared.apply(edit)
    if shared.offline:
        raise CommandFailed(
            f"The connection to {shared.library.address.shown} was lost as the change was sent, "
            "so it may not have been saved: see `orgchart history URL --proposal NAME`, and run "
            "the command again if it is not listed."
        )
    return applied


def saved_change(args: argparse.Namespace, make_edit: Callable[[Proposal], Edit]) -> int:
    """change_file() for the record commands (org, scenario, post): print the step's name."""
    print(f"{change_file(args, make_edit, args.force)}.")
    return 0


def print_listing(
    args: argparse.Namespace, listed: list[dict[str, Any]], header: list[str]
) -> None:
    """A record command's list: --format json as the records, else a table of their values."""
    if args.format == "json":
        print_json(listed)
        return
    rows = [["" if v is None else str(v) for v in entry.values()] for entry in listed]
    print(table([header, *rows], indent=""))


def organisation_named(proposal: Proposal, name: str) -> Organisation:
    for organisation in proposal.organisations.values():
        if name.casefold() in (organisation.short_name.casefold(), organisation.name.casefold()):
            return organisation
    known = ", ".join(f'"{o.short_name}"' for o in proposal.organisations.values()) or "none"
    raise CommandFailed(f'There is no organisation called "{name}" (organisations: {known}).')


def decimal_argument(text: str) -> Decimal:
    """An argparse type: a number such as 20.5 or 1,925 (argparse names the flag on failure)."""
    try:
        value = Decimal(text.replace(",", "").removeprefix("£").removesuffix("%"))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f'"{text}" is not a number') from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f'"{text}" is not a number of 0 or more')
    return value
