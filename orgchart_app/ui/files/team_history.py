"""File > Team History: a shared proposal's edits (who, when, what), and what to do with the
proposal as it was after one of them: open it read-only (Save a Copy then writes it to a
file), or copy one of its scenarios into the live proposal as a new scenario (one edit, undone
in one step, seen by colleagues as any edit is)."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtWidgets import QMainWindow

from orgchart_app.domain import OrgChartError
from orgchart_app.domain.errors import ServerRefused
from orgchart_app.edits.scenario_edits import copy_past_scenario
from orgchart_app.storage.team import RemoteEdit, TeamLibrary, TeamProposal
from orgchart_app.ui.dialogs.prompts import AskText, ChooseItem, ErrorMessage
from orgchart_app.ui.menus.scenario_actions import free_copy_name
from orgchart_app.ui.window.document import DocumentController

TITLE = "Team History"


class PastUse(enum.Enum):
    OPEN = "open"
    COPY_SCENARIO = "copy"


_USES = [
    ("Open it read-only (Save a Copy then writes it to a file)", PastUse.OPEN),
    ("Copy one of its scenarios into the proposal as a new scenario", PastUse.COPY_SCENARIO),
]


def show_history(
    window: QMainWindow, document: DocumentController, library: TeamLibrary | None
) -> str | None:
    """Ask for an edit of the history and what to do with the proposal as it was after it;
    what to say in the status bar (None: nothing)."""
    team = document.team
    if team is None or library is None:
        return "Open a team proposal first (File > Open Team Proposal)."
    try:
        entries = library.history(team.proposal_id)
    except ServerRefused as refusal:
        ErrorMessage.ask(window, TITLE, str(refusal))
        return None
    choices = [(_entry_text(entry), entry.revision) for entry in reversed(entries)]
    revision = ChooseItem.ask(window, TITLE, "Open the proposal as it was after:", choices)
    if revision is None:
        return None
    use = ChooseItem.ask(window, TITLE, f"The proposal as it was after edit {revision}:", _USES)
    if use is None:
        return None
    try:
        past = library.read_at(team.name, revision)
    except OrgChartError as refusal:
        ErrorMessage.ask(window, TITLE, str(refusal))
        return None
    if use is PastUse.COPY_SCENARIO:
        return _copy_scenario(window, document, past, revision)
    document.adopt(past.proposal, None, read_only=True)  # stops following the server
    return f'"{team.name}" as it was after edit {revision}: read-only.'


def _copy_scenario(
    window: QMainWindow, document: DocumentController, past: TeamProposal, revision: int
) -> str | None:
    scenarios = [(s.name, s.id) for s in past.proposal.scenarios.values()]
    source_id = ChooseItem.ask(window, TITLE, "Scenario to copy:", scenarios)
    if source_id is None:
        return None
    source = past.proposal.scenarios[source_id].name
    names = {s.name for s in document.proposal.scenarios.values()}
    suggested = f"{source} after edit {revision}"
    if suggested.casefold() in {n.casefold() for n in names}:
        suggested = free_copy_name(names, suggested)
    name = AskText.ask(window, "Copy as New Scenario", "Name of the copy:", suggested)
    if name is None:
        return None
    when = f"after edit {revision}"
    # Ids are given against the live proposal as it is now; a refusal is said by `refused`.
    edit = copy_past_scenario(document.proposal, past.proposal, source_id, name, when)
    if document.push(edit) is None:
        return None
    document.set_scenario(document.proposal.scenario_named(name).id)
    return f'Copied "{source}" as it was {when} in as the scenario "{name}".'


def _entry_text(entry: RemoteEdit) -> str:
    when = entry.changed_at.astimezone(dt.UTC)
    return f"{entry.revision}. {when:%d %b %Y %H:%M:%S} UTC, {entry.changed_by}: {entry.name}"
