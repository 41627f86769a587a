"""The Recommendations dock: the user's wording of the committee's recommendations.

It lists the items for the scenarios compared (else the scenario shown and the one it is based
on or the first based on it): the worded items, then a drafted item for each change none
covers. Each change here (verb, wording, decision or noting, included, order, an item added or
removed) is one WordRecommendations edit, one undo step. An item whose changes are gone is
shown flagged, never dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.analysis.item_editing import (
    EditableList,
    Items,
    added,
    editable_items,
    edited,
    hand_item,
    item_line,
    moved,
    removed,
)
from orgchart_app.domain.drafts import COMMITTEE_VERBS
from orgchart_app.domain.errors import OrgChartError
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.tables import Table
from orgchart_app.edits import Changes
from orgchart_app.ui.window.document import DocumentController

GONE_MARK = "\N{WARNING SIGN} "
LEFT_OUT = QColor("#6b6b6b")


def scenario_pair(document: DocumentController) -> tuple[ScenarioId, ScenarioId] | None:
    """The two scenarios the recommendations compare, as the user is looking at them."""
    if document.compare is not None:
        return document.compare
    scenarios = document.proposal.scenarios
    current = document.scenario_id
    if current is None or current not in scenarios:
        return None
    base = scenarios[current].based_on_id
    if base is not None and base in scenarios:
        return (base, current)
    later = next((s.id for s in scenarios.values() if s.based_on_id == current), None)
    return (current, later) if later is not None else None


class RecommendationsDock(QDockWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("Recommendations", parent)
        self.setObjectName("recommendations_dock")
        self._document = document
        self._pair: tuple[ScenarioId, ScenarioId] | None = None
        self.listed = EditableList((), frozenset())
        self._stale = True
        # As visibilityChanged last said: Qt calls a dock tabbed away "visible" (isVisible())
        # after the docks come back from the welcome page (as the costs dock found).
        self._on_screen = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        # Scrolled, so the form's height never squeezes the chart on a laptop's screen.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self._frame(self._form()))
        self.setWidget(scroller)
        document.changed.connect(self._on_document_changed)
        document.reset.connect(self._mark_stale)
        document.scenario_changed.connect(self._mark_stale)
        document.compare_changed.connect(self._mark_stale)
        self.visibilityChanged.connect(self._on_visibility_changed)
        self.refresh()

    # --- building ------------------------------------------------------------------------------
    def _form(self) -> QWidget:
        self.verb = QComboBox()
        self.verb.setEditable(True)
        self.verb.addItems(COMMITTEE_VERBS)
        self.verb.setAccessibleName("Verb")
        self.verb.activated.connect(self._on_verb_activated)
        self.wording = QPlainTextEdit()
        self.wording.setAccessibleName("Wording")
        self.wording.setPlaceholderText("what the committee is asked to do, after the verb")
        self.wording.setMaximumHeight(self.wording.fontMetrics().lineSpacing() * 4)
        self.entries = QPlainTextEdit()
        self.entries.setAccessibleName("Listed entries")
        self.entries.setPlaceholderText("listed entries, one a line")
        self.entries.setMaximumHeight(self.entries.fontMetrics().lineSpacing() * 6)
        # The changes an item was written for: what flags it when they are gone from the diff.
        self.sources = QPlainTextEdit()
        self.sources.setAccessibleName("Changes it is written for")
        self.sources.setPlaceholderText(
            "one a line (establishment:NEW-75); blank for an item written by hand"
        )
        self.sources.setMaximumHeight(self.sources.fontMetrics().lineSpacing() * 3)
        self.for_decision = QCheckBox("For decision (else for noting)")
        self.for_decision.clicked.connect(self._on_for_decision_clicked)
        self.included = QCheckBox("Included in the report")
        self.included.clicked.connect(self._on_included_clicked)
        self.apply_button = self._button("Apply wording", self._on_apply_clicked)
        self.add_button = self._button("Add as new item", self._on_add_clicked)
        self.remove_button = self._button("Remove", self._on_remove_clicked)
        self.up_button = self._button("Move up", lambda: self._move(-1))
        self.down_button = self._button("Move down", lambda: self._move(1))
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("Verb"))
        row.addWidget(self.verb, 1)
        column.addLayout(row)
        column.addWidget(self.wording)
        column.addWidget(self.entries)
        column.addWidget(QLabel("Written for these changes"))
        column.addWidget(self.sources)
        ticks = QHBoxLayout()
        ticks.addWidget(self.for_decision)
        ticks.addWidget(self.included)
        column.addLayout(ticks)
        buttons = QHBoxLayout()
        for button in (
            self.apply_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        column.addLayout(buttons)
        column.addStretch(1)
        return form

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _frame(self, form: QWidget) -> QWidget:
        frame = QWidget()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addWidget(form, 2)
        layout.addLayout(body, 1)
        return frame

    # --- following the document -------------------------------------------------------------
    def _on_document_changed(self, changes: Changes) -> None:
        if changes.structure or Table.RECOMMENDATION_ITEMS in changes.other_tables:
            self._mark_stale()

    def _mark_stale(self, *_: object) -> None:
        # Drafting reads the whole diff: only while the dock is shown.
        self._stale = True
        if self._on_screen:
            self.refresh()

    def _on_visibility_changed(self, visible: bool) -> None:
        self._on_screen = visible
        if visible and self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        row = self.list.currentRow()
        self._pair = scenario_pair(self._document)
        self.list.clear()
        if self._pair is None:
            self.listed = EditableList((), frozenset())
            self.summary.setText(
                "Compare two scenarios (View > Compare side by side) to word their recommendations."
            )
            self._show_item(-1)
            return
        try:
            book = self._document.cost_book()  # the costings the other docks share
            self.listed = editable_items(book.proposal, *self._pair, costs=book.cost)
        except OrgChartError as error:  # a scenario with no posts: said, never a traceback
            self.listed = EditableList((), frozenset())
            self.summary.setText(str(error))
            self._show_item(-1)
            return
        self.summary.setText(self._summary_text())
        for number, item in enumerate(self.listed.items, start=1):
            self.list.addItem(self._row(number, item.id in self.listed.gone))
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show_item(self.list.currentRow())

    def _summary_text(self) -> str:
        assert self._pair is not None
        names = self._document.proposal.scenarios
        text = f'From "{names[self._pair[0]].name}" to "{names[self._pair[1]].name}"'
        gone = len(self.listed.gone)
        if gone:
            text += f": {gone} item{'s' if gone > 1 else ''} written for changes now gone ({GONE_MARK.strip()})"
        return text + "."

    def _row(self, number: int, gone: bool) -> QListWidgetItem:
        item = self.listed.items[number - 1]
        row = QListWidgetItem((GONE_MARK if gone else "") + item_line(number, item, gone))
        if not item.included:
            row.setForeground(QBrush(LEFT_OUT))
        if gone:
            row.setToolTip("The changes this was written for are no longer between the scenarios.")
        return row

    def _on_list_current_row_changed(self, row: int) -> None:
        self._show_item(row)

    def _show_item(self, row: int) -> None:
        chosen = 0 <= row < len(self.listed.items)
        for widget in (self.apply_button, self.remove_button, self.for_decision, self.included):
            widget.setEnabled(chosen)
        self.add_button.setEnabled(self._pair is not None)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self.listed.items) - 1)
        if not chosen:
            return
        item = self.listed.items[row]
        self.verb.setCurrentText(item.verb)
        self.wording.setPlainText(item.subject)
        self.entries.setPlainText(item.entries)
        self.sources.setPlainText(item.sources)
        self.for_decision.setChecked(item.for_decision)
        self.included.setChecked(item.included)

    # --- the user's changes, each one edit -----------------------------------------------------
    def _number(self) -> int:
        return self.list.currentRow() + 1

    def _push(self, items: Items, name: str, row: int | None = None) -> None:
        from orgchart_app.edits import WordRecommendations  # noqa: PLC0415 - the edits load when first made

        if self._pair is None:
            return
        if self._document.push(WordRecommendations(*self._pair, items, name)) is not None:
            self.refresh()
            if row is not None:
                self.list.setCurrentRow(row)

    def _on_verb_activated(self, _index: int) -> None:
        verb = self.verb.currentText()
        if self._number() and verb != self.listed.items[self._number() - 1].verb:
            self._push(
                edited(self.listed.items, self._number(), verb=verb),
                f'Recommendation {self._number()}: "{verb}"',
            )

    def _on_for_decision_clicked(self, checked: bool) -> None:
        purpose = "for decision" if checked else "for noting"
        self._push(
            edited(self.listed.items, self._number(), for_decision=checked),
            f"Recommendation {self._number()} {purpose}",
        )

    def _on_included_clicked(self, checked: bool) -> None:
        what = "included" if checked else "left out"
        self._push(
            edited(self.listed.items, self._number(), included=checked),
            f"Recommendation {self._number()} {what}",
        )

    def _on_apply_clicked(self) -> None:
        worded = edited(
            self.listed.items,
            self._number(),
            verb=self.verb.currentText(),
            text=self.wording.toPlainText(),
            entries=self.entries.toPlainText(),
        )
        index = self._number() - 1
        keys = "\n".join(k.strip() for k in self.sources.toPlainText().splitlines() if k.strip())
        item = dataclasses.replace(worded[index], sources=keys)
        self._push(
            worded[:index] + (item,) + worded[index + 1 :], f"Word recommendation {self._number()}"
        )

    def _on_add_clicked(self) -> None:
        assert self._pair is not None
        item = hand_item(*self._pair, self.verb.currentText(), self.wording.toPlainText())
        item = edited((item,), 1, entries=self.entries.toPlainText())[0]
        self._push(added(self.listed.items, item), "Add a recommendation", len(self.listed.items))

    def _on_remove_clicked(self) -> None:
        number = self._number()
        self._push(removed(self.listed.items, number), f"Remove recommendation {number}")

    def _move(self, step: int) -> None:
        number = self._number()
        self._push(
            moved(self.listed.items, number, number + step),
            f"Move recommendation {number} {'up' if step < 0 else 'down'}",
            number - 1 + step,
        )
