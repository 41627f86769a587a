"""The properties form's drop-down fields: their lists follow the proposal, their choices are edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from orgchart_app.domain import OfficerCategory, Post, PostStatus, Proposal, ScenarioId, Table
from orgchart_app.edits import Changes
from orgchart_app.ui.window.document import DocumentController

# (text shown, value stored in the post's field, of that field's type: an id, an enum, text)
Items = list[tuple[str, Any]]
NO_GRADE = "(no grade)"


def grade_items(proposal: Proposal) -> Items:
    """The proposal's grades; without a grade list, the grades its posts use (and free typing)."""
    codes = {g.code for g in proposal.grades.values()} or {p.grade for p in proposal.posts.values()}
    items: Items = [(NO_GRADE, "")]
    return items + [(code, code) for code in sorted(codes - {""})]


def organisation_items(proposal: Proposal) -> Items:
    return [
        (f"{o.short_name} - {o.name}" if o.short_name != o.name else o.name, o.id)
        for o in proposal.organisations.values()
    ]


def unit_items(proposal: Proposal, scenario_id: ScenarioId) -> Items:
    """Each unit by name, then where it sits below the organisation (the box cuts long text off):
    "Brokerage (Community Commissioning)"."""
    items: Items = []
    for unit in proposal.units_in(scenario_id):
        above = [u.name for u in proposal.unit_path(unit.id)[1:-1]]
        items.append((f"{unit.name} ({' > '.join(above)})" if above else unit.name, unit.id))
    return items


def manager_items(proposal: Proposal, scenario_id: ScenarioId) -> Items:
    return [("(nobody: heads the structure)", None)] + [
        (f"{p.title} ({p.post_ref})", p.id) for p in proposal.posts_in(scenario_id)
    ]


class ChoiceLists(QObject):
    """One combo box per field; `chosen(field, value)` when the user picks something."""

    chosen = Signal(str, object)

    def __init__(self, document: DocumentController) -> None:
        super().__init__()
        self._document = document
        self._values: dict[str, list[object]] = {}
        self._stale: set[str] = set()
        self._scenario_id: ScenarioId | None = None
        self.grade = self._combo("grade")
        self.status = self._combo("status")
        self.employer = self._combo("employer_id")
        self.deployment = self._combo("deployed_to_id")
        self.unit = self._combo("unit_id")
        self.reports_to = self._combo("reports_to_id")
        self.officer_category = self._combo("officer_category")
        self._fill("status", [(s.label, s) for s in PostStatus])
        self._fill(
            "officer_category",
            [(c.value.replace("_", " ").capitalize(), c) for c in OfficerCategory],
        )
        self._stale = {"grade", "employer_id", "deployed_to_id", "unit_id", "reports_to_id"}

    def combo(self, field: str) -> QComboBox:
        return self._combos[field]

    def mark_stale(self, changes: Changes) -> None:
        if changes.organisations:
            self._stale |= {"employer_id", "deployed_to_id"}
        if changes.units or changes.scenarios:
            self._stale.add("unit_id")
        if changes.posts or changes.scenarios:
            self._stale.add("reports_to_id")
        if Table.GRADES in changes.other_tables or not (changes.structure or changes.other_tables):
            self._stale |= {"grade", "employer_id", "deployed_to_id", "unit_id", "reports_to_id"}

    def show_nothing(self) -> None:
        for combo in self._combos.values():
            combo.setCurrentIndex(-1)

    def show_posts(self, posts: list[Post]) -> None:
        """Show the posts' values; a field where they differ shows blank."""
        scenario_id = posts[0].scenario_id
        if scenario_id != self._scenario_id:
            self._scenario_id = scenario_id
            self._stale |= {"unit_id", "reports_to_id"}
        proposal = self._document.proposal
        for field in sorted(self._stale):
            self._fill(field, self._items(field, proposal, scenario_id))
        self._stale.clear()
        for field in self._values:
            values = {getattr(post, field) for post in posts}
            if len(values) == 1:
                self._show(field, values.pop())
            else:
                self._combos[field].setCurrentIndex(-1)

    # --- the combo boxes -----------------------------------------------------------------------
    @property
    def _combos(self) -> dict[str, QComboBox]:
        return {
            "grade": self.grade,
            "status": self.status,
            "employer_id": self.employer,
            "deployed_to_id": self.deployment,
            "unit_id": self.unit,
            "reports_to_id": self.reports_to,
            "officer_category": self.officer_category,
        }

    def _combo(self, field: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(field)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.activated.connect(lambda index, f=field: self._on_activated(f, index))
        return combo

    def _items(self, field: str, proposal: Proposal, scenario_id: ScenarioId) -> Items:
        if field == "grade":
            return grade_items(proposal)
        if field == "employer_id":
            return organisation_items(proposal)
        if field == "deployed_to_id":
            return [("(works for its employer)", None)] + organisation_items(proposal)
        if field == "unit_id":
            return unit_items(proposal, scenario_id)
        return manager_items(proposal, scenario_id)

    def _fill(self, field: str, items: Items) -> None:
        combo = self._combos[field]
        if field == "grade":
            self._allow_typing_grades(not self._document.proposal.grades)
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([text for text, _ in items])
        combo.blockSignals(False)
        self._values[field] = [value for _, value in items]

    def _show(self, field: str, value: object) -> None:
        values = self._values[field]
        combo = self._combos[field]
        if value not in values:  # a grade the file holds that is not in its grade list
            combo.addItem(str(value))
            values.append(value)
        combo.setCurrentIndex(values.index(value))
        combo.setToolTip(combo.currentText())  # long unit paths and titles are cut off

    def _allow_typing_grades(self, allowed: bool) -> None:
        if allowed == self.grade.isEditable():
            return
        self.grade.setEditable(allowed)
        if allowed:
            self.grade.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor = self.grade.lineEdit()
            assert editor is not None  # an editable combo box always has its line edit
            editor.editingFinished.connect(self._on_grade_typed)

    def _on_grade_typed(self) -> None:
        text = self.grade.currentText().strip()
        self.chosen.emit("grade", "" if text == NO_GRADE else text)

    def _on_activated(self, field: str, index: int) -> None:
        if 0 <= index < len(self._values.get(field, ())):
            self.chosen.emit(field, self._values[field][index])
