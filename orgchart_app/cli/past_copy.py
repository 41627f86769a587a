"""orgchart pull URL --proposal NAME --as-of TIME --scenario S --as-scenario NEW: a scenario as
it was at a past moment, copied into the live proposal as a new scenario (one edit)."""

from __future__ import annotations

import argparse
import datetime as dt

from orgchart_app.cli.common import CommandFailed, chosen_scenario, library_at, send
from orgchart_app.domain.file_kinds import shown
from orgchart_app.edits.scenario_edits import copy_past_scenario
from orgchart_app.storage.team import SharedProposal


def run(args: argparse.Namespace) -> int:
    if args.as_of is None:
        raise CommandFailed(
            "--as-scenario copies a scenario as it was at a past moment: give that moment with "
            "--as-of TIME."
        )
    if args.output is not None:
        raise CommandFailed(
            "--as-scenario copies into the proposal on the server: leave out -o (or leave out "
            "--as-scenario to write the whole proposal as it was to a file)."
        )
    when = f"at {args.as_of.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC"
    with library_at(args.url) as library:
        past = library.read_as_of(args.proposal, args.as_of)
        source = chosen_scenario(past.proposal, args.scenario)
        shared = SharedProposal(library, args.proposal)
        edit = copy_past_scenario(shared.proposal, past.proposal, source.id, args.as_scenario, when)
        send(shared, edit)
    print(
        f'Copied "{shown(source.name)}" as it was {when} into "{shown(args.proposal)}" as the '
        f'scenario "{shown(args.as_scenario)}" (revision {shared.last_sent}).'
    )
    return 0
