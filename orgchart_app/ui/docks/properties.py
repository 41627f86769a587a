"""The properties dock: every field of the selected post, each change one typed, undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.domain import OfficerCategory, Post, PostId, PostStatus
from orgchart_app.domain.tables import Table
from orgchart_app.edits import Changes
from orgchart_app.ui.dialogs.record_form import RecordForm
from orgchart_app.ui.dialogs.source import SourceDialog, ask_source
from orgchart_app.ui.docks.choices import ChoiceLists
from orgchart_app.ui.docks.cited_records import cited_post
from orgchart_app.ui.docks.form_push import FormPush
from orgchart_app.ui.docks.line_properties import LinePanel
from orgchart_app.ui.docks.people import people_of
from orgchart_app.ui.docks.person_fields import holders_text
from orgchart_app.ui.docks.record_fields import (
    RecordField,
    Unreadable,
    read_date,
    read_flag,
    read_money,
    read_whole,
)
from orgchart_app.ui.docks.sources_text import sources_html, where_from_widgets
from orgchart_app.ui.docks.unit_properties import UnitPanel
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:
    from orgchart_app.edits import Edit

# Text fields: (label, Post attribute, how the typed text becomes an edit or a message).
TextEditMaker = Callable[[Post, str], "Edit | str"]


def _title_edit(post: Post, text: str) -> Edit | str:
    from orgchart_app.edits import Redesignate  # noqa: PLC0415 - the edits load when first made

    return Redesignate(post.id, text)


def _number_edit(post: Post, text: str) -> Edit | str:
    from orgchart_app.edits import ChangeFte  # noqa: PLC0415 - the edits load when first made

    try:
        return ChangeFte(post.id, float(text.replace(",", ".")))
    except ValueError:
        return f'FTE must be a number such as 1 or 0.5 (got "{text}").'


def _quantity_edit(post: Post, text: str) -> Edit | str:
    from orgchart_app.edits import ChangeQuantity  # noqa: PLC0415 - the edits load when first made

    try:
        return ChangeQuantity(post.id, int(text))
    except ValueError:
        return f'The quantity must be a whole number such as 1 or 7 (got "{text}").'


def _field_edit(name: str) -> TextEditMaker:
    def edit(post: Post, text: str) -> Edit | str:
        from orgchart_app.edits import UpdatePost  # noqa: PLC0415 - the edits load when first made

        return UpdatePost(post.id, ((name, text.strip()),))

    return edit


TEXT_FIELDS: list[tuple[str, str, TextEditMaker]] = [
    ("Title", "title", _title_edit),
    ("Post ref", "post_ref", _field_edit("post_ref")),
    ("FTE", "fte", _number_edit),
    ("Quantity", "quantity", _quantity_edit),
    ("Cost code", "cost_code", _field_edit("cost_code")),
    ("Statutory role", "statutory_role", _field_edit("statutory_role")),
    ("Notes", "notes", _field_edit("notes")),
]


# The rest of a post's fields, each pushed on its own when the user leaves it.
MORE_FIELDS = (
    RecordField("Salary", "salary", "salary", read_money, "if not the grade's"),
    RecordField("Spinal point", "spinal_point", "spinal point", read_whole, "if paid on one"),
    RecordField("Ends", "end_date", "end date", read_date, "fixed term only"),
    RecordField("Funding source", "funding_source", "funding source", placeholder="grant, fund"),
    RecordField("Assistant (beside the manager)", "is_assistant", "", read_flag),
    RecordField("Interim line manager", "temporary_line", "", read_flag),
)

# Only one post at a time; the other choices apply to every selected post.
SINGLE_POST_CHOICES = ("grade", "officer_category")


def shown_value(post: Post, field: str) -> str:
    value = getattr(post, field)
    return f"{value:g}" if isinstance(value, float) else str(value)


class PropertiesPanel(QWidget):
    """The form; the dock below only frames it."""

    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._post_id: PostId | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("validation_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.editors: dict[str, QLineEdit] = {}
        self.choices = ChoiceLists(document)
        self.funded = QCheckBox("Funded in the budget")
        # Names on screen only: the designer is the user's own view (exports need --names).
        self.holders = QLabel()
        self.holders.setObjectName("postholders")
        self.holders.setWordWrap(True)
        self.form = QWidget()
        self._build_form()
        self.sources, self.cite = where_from_widgets()
        self.cite.clicked.connect(self._ask_source)
        self.source_dialog: SourceDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(self.sources)
        layout.addWidget(self.cite)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._pusher = FormPush(document, self.message)
        document.changed.connect(self._on_document_changed)
        document.selection_changed.connect(self._on_document_selection_changed)
        document.reset.connect(self._refresh)
        self._refresh()

    def _build_form(self) -> None:
        form = QFormLayout(self.form)
        # In a narrow dock a field goes under its label rather than past the dock's right edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field, make in TEXT_FIELDS:
            editor = QLineEdit()
            editor.setObjectName(field)
            editor.editingFinished.connect(
                lambda f=field, e=editor, m=make: self._commit_text(f, e, m)
            )
            self.editors[field] = editor
            form.addRow(label, editor)
            if field == "post_ref":
                form.addRow("Grade", self.choices.grade)
                form.addRow("Status", self.choices.status)
                form.addRow("Employer", self.choices.employer)
                form.addRow("Deployed to", self.choices.deployment)
                form.addRow("Unit", self.choices.unit)
                form.addRow("Reports to", self.choices.reports_to)
        form.addRow("", self.funded)
        form.addRow("Officer category", self.choices.officer_category)
        self.more = RecordForm(MORE_FIELDS, self.form, into=form)
        self.more.hide()  # its rows live in this form; the widget itself only holds them
        form.addRow("Postholders", self.holders)
        self.more.committed.connect(self._commit_more)
        self.funded.clicked.connect(self._commit_funded)
        self.choices.chosen.connect(self._commit_choice)

    # --- showing -------------------------------------------------------------------------------
    def post(self) -> Post | None:
        return self._document.proposal.posts.get(self._post_id) if self._post_id else None

    def _on_document_selection_changed(self, selection: tuple[PostId, ...]) -> None:
        self.message.clear()
        self._refresh()

    def _on_document_changed(self, changes: Changes) -> None:
        self.choices.mark_stale(changes)
        if (
            changes.posts & set(self._document.selection)
            or changes.scenarios
            or changes.units
            or Table.POSTHOLDERS in changes.other_tables
            or Table.PROVENANCE in changes.other_tables
        ):
            self._refresh()

    def _selected_posts(self) -> list[Post]:
        posts = self._document.proposal.posts
        return [posts[p] for p in self._document.selection if p in posts]

    def _refresh(self) -> None:
        selected = self._selected_posts()
        self._post_id = selected[0].id if len(selected) == 1 else None
        self.form.setEnabled(bool(selected))
        for editor in self.editors.values():
            editor.setEnabled(len(selected) == 1)
        for field in SINGLE_POST_CHOICES:
            self.choices.combo(field).setEnabled(len(selected) == 1)
        self.funded.setEnabled(len(selected) == 1)
        for widget in self.more.editors.values():
            widget.setEnabled(len(selected) == 1)
        self.cite.setEnabled(len(selected) == 1 and not self._document.is_reference(selected[0].id))
        if len(selected) != 1:
            self.sources.clear()
            self._show_several(selected)
            return
        post = selected[0]
        self.sources.setText(sources_html(self._document.proposal, cited_post(post)))
        self.heading.setText(f"<b>{post.title}</b>")
        for field, editor in self.editors.items():
            editor.setText(shown_value(post, field))
            editor.setCursorPosition(0)
        self.funded.setChecked(post.funded)
        self.more.show_record(post)
        self.holders.setText(holders_text(people_of(self._document, post.id)))
        self.choices.show_posts(selected)
        if self._document.is_reference(post.id):  # compare mode's other side: to read, not to edit
            self.form.setEnabled(False)
            self.heading.setText(
                f"<b>{post.title}</b><br><i>Shown for reference: edits go to the "
                "scenario on the right.</i>"
            )

    def _show_several(self, selected: list[Post]) -> None:
        self.heading.setText(
            f"<b>{len(selected)} posts selected</b>: a status, employer, deployment, unit or "
            "line manager chosen here applies to all of them."
            if selected
            else "Select a post to see and edit its fields."
        )
        for editor in self.editors.values():
            editor.clear()
        self.funded.setChecked(False)
        self.more.show_record(None)
        self.holders.clear()
        if selected and len({p.scenario_id for p in selected}) == 1:
            self.choices.show_posts(selected)
        else:
            self.form.setEnabled(False)
            self.choices.show_nothing()

    def focus_title(self) -> None:
        if self.post() is not None:
            title = self.editors["title"]
            title.setFocus()
            title.selectAll()

    # --- editing -------------------------------------------------------------------------------
    def _commit_text(self, field: str, editor: QLineEdit, make: TextEditMaker) -> None:
        post = self.post()
        if post is None or editor.text().strip() == shown_value(post, field):
            return
        outcome = make(post, editor.text())
        if isinstance(outcome, str):
            self.message.setText(outcome)
            self._document.refused.emit(outcome)
        else:
            self._push(outcome)

    def _commit_funded(self, checked: bool) -> None:
        from orgchart_app.edits import UpdatePost  # noqa: PLC0415 - the edits load when first made

        post = self.post()
        if post is not None:
            self._push(UpdatePost(post.id, (("funded", checked),)))

    def _commit_more(self, attribute: str) -> None:
        from orgchart_app.edits import UpdatePost  # noqa: PLC0415 - the edits load when first made

        post = self.post()
        if post is None:
            return
        try:
            changed = self.more.field(attribute).changed(post, self.more.text_of(attribute))
        except Unreadable as unreadable:
            self.message.setText(str(unreadable))
            self._document.refused.emit(str(unreadable))
            return
        if changed is not None:
            self._push(UpdatePost(post.id, ((attribute, getattr(changed, attribute)),)))

    def _commit_choice(self, field: str, value: Any) -> None:
        # value: what the field's combo box stores, of the field's own type (ids, enums, text).
        from orgchart_app.edits import (  # noqa: PLC0415 - the edits load when first made
            ChangeDeployment,
            ChangeEmployer,
            MovePosts,
            Regrade,
            SetReportsTo,
            SetStatus,
            UpdatePost,
        )

        selected = self._selected_posts()
        if not selected or all(getattr(post, field) == value for post in selected):
            return
        ids = tuple(post.id for post in selected)
        post = selected[0]
        edits: dict[str, Callable[[], Edit]] = {
            "grade": lambda: Regrade(post.id, str(value)),
            "status": lambda: SetStatus(ids, PostStatus(value)),
            "employer_id": lambda: ChangeEmployer(ids, value),
            "deployed_to_id": lambda: ChangeDeployment(ids, value),
            "unit_id": lambda: MovePosts(ids, value, with_team=False),
            "reports_to_id": lambda: SetReportsTo(ids, value),
            "officer_category": lambda: UpdatePost(
                post.id, (("officer_category", OfficerCategory(value)),)
            ),
        }
        self._push(edits[field]())

    def _ask_source(self) -> None:
        post = self.post()
        if post is None:
            return
        self.source_dialog = ask_source(self._document, cited_post(post), self)

    def _push(self, edit: Edit) -> None:
        if not self._pusher.push(edit):
            self._refresh_choices_only()

    def _refresh_choices_only(self) -> None:
        # A refused choice must not stay shown as if it had been taken.
        selected = self._selected_posts()
        if selected:
            self.choices.show_posts(selected)
            self.funded.setChecked(selected[0].funded)
            self.more.show_record(selected[0])


class PropertiesDock(QDockWidget):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__("Properties", parent)
        self.setObjectName("properties_dock")
        self.panel = PropertiesPanel(document)
        self.line_panel = LinePanel(document)
        self.unit_panel = UnitPanel(document)
        # The selected post's fields, the selected dotted line's, or the chosen unit's.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.panel)
        self.pages.addWidget(self.line_panel)
        self.pages.addWidget(self.unit_panel)
        # A laptop's 768 pixels show a post's first fields only: the rest scroll up, never
        # sideways (the form narrows to the dock instead, so no field's right edge is hidden).
        self.scroller = QScrollArea()
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.pages)
        self.scroller.setWidgetResizable(True)
        self.setWidget(self.scroller)
        document.line_selected.connect(self._show_page)
        document.unit_selected.connect(self._show_page)
        self._document = document

    def _show_page(self, *_: object) -> None:
        if self._document.selected_line is not None:
            self.pages.setCurrentWidget(self.line_panel)
        elif self._document.selected_unit is not None:
            self.pages.setCurrentWidget(self.unit_panel)
        else:
            self.pages.setCurrentWidget(self.panel)
