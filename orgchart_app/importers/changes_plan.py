"""A changes sheet's rows as ONE batch of edits: each row checked on a copy of the proposal, so
every row that cannot apply is found (with its line and why) and nothing is half applied."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.errors import OrgChartError
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.model import Post, Scenario
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits import apply_edit
from orgchart_app.edits import types as t
from orgchart_app.edits.new_post import post_like_neighbours
from orgchart_app.importers.changes_sheet import Action, ChangeField, SheetRow, current_values


class RowRefused(OrgChartError):
    """One row cannot apply; the message says why, for its line."""


class ChangesRefused(OrgChartError):
    """Some rows cannot apply: each is listed with its line, and nothing was changed."""

    def __init__(self, source: str, problems: list[str]) -> None:
        rows = "1 row" if len(problems) == 1 else f"{len(problems)} rows"
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{rows} of {source} cannot apply; nothing was changed:\n{lines}")
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The sheet as one undoable edit, and the diff to show before applying it."""

    edit: t.Batch
    lines: tuple[str, ...]


def plan_changes(
    proposal: Proposal, scenario: Scenario, source: str, rows: list[SheetRow]
) -> ChangeSet:
    """Every row as edits on a copy of `proposal` (left untouched); raises ChangesRefused."""
    planner = _Planner(proposal.copy(), scenario)
    problems: list[str] = []
    for row in rows:
        try:
            planner.row(row)
        except OrgChartError as error:
            text = str(error)
            problems.append(f"line {row.line}: {text[:1].lower()}{text[1:]}")
    if problems:
        raise ChangesRefused(source, problems)
    count = len(planner.lines)
    name = f"Apply {count} change{'' if count == 1 else 's'} from {source}"
    return ChangeSet(t.Batch(tuple(planner.edits), name), tuple(planner.lines))


class _Planner:
    def __init__(self, work: Proposal, scenario: Scenario) -> None:
        self.work, self.scenario = work, scenario
        self.edits: list[t.Edit] = []
        self.lines: list[str] = []
        # (post reference, field or "delete") -> the line that first changed it.
        self.touched: dict[tuple[str, object], int] = {}

    def row(self, row: SheetRow) -> None:
        if row.formula:
            raise RowRefused(
                f"the cell under {row.formula} holds a formula: type its value instead."
            )
        if row.action is Action.NEW:
            self._new(row)
            return
        post = self._post(row.reference, "")
        if row.action is Action.DELETE:
            self._claim(row, post.post_ref, "delete")
            self._apply([t.DeletePost((post.id,))])
            self.lines.append(f'line {row.line}: {post.post_ref} "{post.title}": deleted')
            return
        for field, _ in row.values:
            self._claim(row, post.post_ref, field)
        changed = self._fields(post, row.values)
        if changed:
            self.lines.append(f'line {row.line}: {post.post_ref} "{post.title}": {changed}')

    def _new(self, row: SheetRow) -> None:
        values = dict(row.values)
        if ChangeField.TITLE not in values or ChangeField.UNIT not in values:
            raise RowRefused("a new post needs its Title and its Unit.")
        if row.reference and self.work.post_by_ref(self.scenario.id, row.reference):
            raise RowRefused(f'there is already a post "{shown(row.reference)}".')
        unit = self.work.unit_called(self.scenario.id, values[ChangeField.UNIT])
        post = post_like_neighbours(self.work, unit.id, values[ChangeField.TITLE])
        post = dataclasses.replace(post, post_ref=row.reference)
        established = self._apply([t.EstablishPost(post)])[0]
        assert isinstance(established, t.EstablishPost)
        new = self.work.posts[established.post.id]
        rest = tuple(v for v in row.values if v[0] not in (ChangeField.TITLE, ChangeField.UNIT))
        try:
            changed = self._fields(new, rest)
        except OrgChartError:
            self.edits.pop()
            apply_edit(self.work, t.DeletePost((new.id,)))
            raise
        where = f'new post "{new.title}" ({new.post_ref}) in {unit.name}'
        self.lines.append(f"line {row.line}: {where}" + (f": {changed}" if changed else ""))

    def _fields(self, post: Post, values: tuple[tuple[ChangeField, str], ...]) -> str:
        """Apply the row's fields that differ from the post's; the diff text."""
        before = dict(zip(ChangeField, current_values(self.work, post), strict=True))
        edits, shown_changes = [], []
        for field, text in values:
            edit = _EDITS[field](self, post, text)
            if edit is not None:
                edits.append(edit)
                shown_changes.append(f"{field.label}: {before[field] or '(none)'} -> {text}")
        if edits:
            self._apply(edits)
        return "; ".join(shown_changes)

    def _apply(self, edits: list[t.Edit]) -> list[t.Edit]:
        applied = apply_edit(self.work, t.Batch(tuple(edits), "row"))
        resolved = list(applied.edit.edits) if isinstance(applied.edit, t.Batch) else []
        self.edits += resolved
        return resolved

    def _claim(self, row: SheetRow, reference: str, what: object) -> None:
        for key in ((reference, what), (reference, "delete")):
            first = self.touched.get(key)
            if first is not None and first != row.line:
                part = "post" if "delete" in (what, key[1]) else f"{_label(what)} of"
                verb = "deleted" if key[1] == "delete" else "changed"
                raise RowRefused(f"the {part} {reference} is {verb} on line {first} too.")
        self.touched[(reference, what)] = row.line

    def _post(self, reference: str, purpose: str) -> Post:
        post = self.work.post_by_ref(self.scenario.id, reference)
        if post is None:
            raise RowRefused(
                f'there is no post "{shown(reference)}" in "{self.scenario.name}"{purpose}.'
            )
        return post


def _label(what: object) -> str:
    return what.label if isinstance(what, ChangeField) else str(what)


def _status(text: str) -> PostStatus:
    for status in PostStatus:
        if text.casefold() in (status.value.replace("_", " "), status.label.casefold()):
            return status
    raise RowRefused(f'"{shown(text)}" is not a status: write Filled, Vacant or Vacant - held.')


def _fte(text: str) -> float:
    try:
        return float(text.removesuffix("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        raise RowRefused(f'"{shown(text)}" is not an FTE such as 1 or 0.5.') from None


def _unit(p: _Planner, post: Post, text: str) -> t.Edit | None:
    # Units of two employers may share a name ("Care"): a row naming the post's own unit (as the
    # template writes it) leaves the post there, not in the first unit of that name.
    if p.work.units[post.unit_id].name.casefold() == text.casefold():
        return None
    unit = p.work.unit_called(p.scenario.id, text)
    return t.MovePosts((post.id,), unit.id, with_team=False)


def _reports_to(p: _Planner, post: Post, text: str) -> t.Edit | None:
    manager = p._post(text, " to report to")
    return None if manager.id == post.reports_to_id else t.SetReportsTo((post.id,), manager.id)


def _employer(p: _Planner, post: Post, text: str) -> t.Edit | None:
    org = p.work.organisation_named(text)
    return None if org.id == post.employer_id else t.ChangeEmployer((post.id,), org.id)


def _deployed(p: _Planner, post: Post, text: str) -> t.Edit | None:
    inside = text.casefold() in ("none", "-")
    org = None if inside else p.work.organisation_named(text).id
    return None if org == post.deployed_to_id else t.ChangeDeployment((post.id,), org)


def _simple(field: ChangeField, p: _Planner, post: Post, text: str) -> t.Edit | None:
    if field is ChangeField.TITLE:
        return None if text == post.title else t.Redesignate(post.id, text)
    if field is ChangeField.GRADE:
        return None if text == post.grade else t.Regrade(post.id, text)
    if field is ChangeField.FTE:
        fte = _fte(text)
        return None if fte == post.fte else t.ChangeFte(post.id, fte)
    status = _status(text)
    return None if status is post.status else t.SetStatus((post.id,), status)


_EDITS: dict[ChangeField, Callable[[_Planner, Post, str], t.Edit | None]] = {
    ChangeField.UNIT: _unit,
    ChangeField.REPORTS_TO: _reports_to,
    ChangeField.EMPLOYER: _employer,
    ChangeField.DEPLOYED_TO: _deployed,
    **{
        f: partial(_simple, f)
        for f in (ChangeField.TITLE, ChangeField.GRADE, ChangeField.FTE, ChangeField.STATUS)
    },
}
