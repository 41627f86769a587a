"""A changes sheet: one row per change to a scenario's posts, as `orgchart apply` reads it.

Columns (by header, any case): Post reference, Change (blank, "new" or "delete"), then the
fields to set: Title, Unit, Reports to, Grade, FTE, Status, Employer, Deployed to. A blank cell
leaves the field as it is. The template (`orgchart export --changes-template`) holds each post's
current values, so an untouched row changes nothing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_text
from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.tables import read_table


class Action(enum.Enum):
    CHANGE = ""
    NEW = "new"
    DELETE = "delete"


class ChangeField(enum.Enum):
    """A field a row may set; the value is its column's header."""

    TITLE = "Title"
    UNIT = "Unit"
    REPORTS_TO = "Reports to"
    GRADE = "Grade"
    FTE = "FTE"
    STATUS = "Status"
    EMPLOYER = "Employer"
    DEPLOYED_TO = "Deployed to"

    @property
    def label(self) -> str:
        text = str(self.value)
        return text if self is ChangeField.FTE else text.lower()


REFERENCE, ACTION = "Post reference", "Change"
HEADERS = (REFERENCE, ACTION, *(f.value for f in ChangeField))
# Other headers users write for the same columns (an export's "Post number", say).
_ALIASES = {
    "post number": REFERENCE,
    "post ref": REFERENCE,
    "action": ACTION,
    "job title": ChangeField.TITLE.value,
    "team": ChangeField.UNIT.value,
    "reports to post": ChangeField.REPORTS_TO.value,
    "deployment": ChangeField.DEPLOYED_TO.value,
    "organisation": ChangeField.EMPLOYER.value,
}


@dataclass(frozen=True, slots=True)
class SheetRow:
    line: int
    reference: str
    action: Action
    values: tuple[tuple[ChangeField, str], ...]
    # A cell holding a formula, by its column's header: its value is not the sheet's to trust.
    formula: str = ""


def read_changes(path: str | Path) -> tuple[str, list[SheetRow]]:
    """The sheet's name and rows; raises ImportRefused (one sentence) when it cannot be read."""
    path = Path(path)
    table = read_table(path)
    known = {h.casefold(): h for h in HEADERS} | _ALIASES
    columns = {
        known.get(h.strip().casefold(), ""): i for i, h in reversed(list(enumerate(table.headers)))
    }
    if REFERENCE not in columns:
        raise ImportRefused(
            f'"{shown(path.name)}" has no "{REFERENCE}" column: its columns are '
            f"{', '.join(HEADERS)} (`orgchart export --changes-template` writes one)."
        )
    rows = []
    for row in table.rows:
        cells = {name: row.cell(i).strip() for name, i in columns.items() if name}
        action_text = cells.get(ACTION, "").casefold()
        actions = {a.value: a for a in Action} | {"change": Action.CHANGE, "add": Action.NEW}
        if action_text not in actions:
            raise ImportRefused(
                f'{table.source} line {row.line}: "{shown(action_text)}" is not a change: '
                'leave it blank, or write "new" or "delete".'
            )
        formula = next((name for name, text in cells.items() if text.startswith("=")), "")
        values = tuple((f, cells[f.value]) for f in ChangeField if cells.get(f.value))
        rows.append(SheetRow(row.line, cells[REFERENCE], actions[action_text], values, formula))
    return table.source, rows


def template_rows(proposal: Proposal, scenario_id: ScenarioId) -> list[list[str]]:
    """The header and one row per post of the scenario, holding its current values."""
    posts = sorted(proposal.posts_in(scenario_id), key=lambda p: p.post_ref)
    return [list(HEADERS), *([p.post_ref, "", *current_values(proposal, p)] for p in posts)]


def current_values(proposal: Proposal, post: Post) -> list[str]:
    """The post's fields as the sheet writes them, in ChangeField order."""
    manager = proposal.posts.get(post.reports_to_id) if post.reports_to_id else None
    deployed = proposal.organisations.get(post.deployed_to_id) if post.deployed_to_id else None
    return [
        post.title,
        proposal.units[post.unit_id].name,
        manager.post_ref if manager is not None else "",
        post.grade,
        fte_text(post.fte),
        post.status.label,
        proposal.organisations[post.employer_id].short_name,
        deployed.short_name if deployed is not None else "",
    ]
