"""Entering a grade by hand and applying a pay award, below the pay scales editor's list."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import GradeId, PayScaleId
from orgchart_app.domain.model import Grade, PayScale
from orgchart_app.edits import Edit
from orgchart_app.edits.pay_setup import (
    point_range,
    put_grades,
    scale_named,
    set_point,
    uplift_scale,
)

POINTS, RANGE = "spinal points", "salary range (£)"
PERCENT, FLAT = "%", "£ flat"


def number(text: str, what: str) -> Decimal:
    """A typed figure, or one sentence naming the field (shown in the editor, nothing changes)."""
    try:
        value = Decimal(text.replace(",", "").replace("£", "").replace("%", "").strip())
    except InvalidOperation:
        raise EditRefused(f'The {what} "{text}" is not a number.') from None
    if not value.is_finite() or value < 0:
        raise EditRefused(f'The {what} "{text}" is not a number of 0 or more.')
    return value


def _line(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class GradeEntry(QGroupBox):
    """Each button builds one edit from the fields and hands it to `push` (one undo step)."""

    def __init__(
        self, push: Callable[[Callable[[Proposal], Edit]], None], scale_name: Callable[[], str]
    ) -> None:
        super().__init__("Enter a grade, or apply a pay award, in the scale chosen above")
        self._push, self._scale_name = push, scale_name
        self.code, self.low, self.high = _line("grade, e.g. SS2"), _line("from"), _line("to")
        self.kind = QComboBox()
        self.kind.addItems([POINTS, RANGE])
        self.grade_button = QPushButton("Add or Change Grade")
        self.grade_button.clicked.connect(lambda: self._push(self.grade_edit))
        self.from_year, self.to_year = QComboBox(), _line("to year: 2026/27")
        self.amount, self.award_kind = _line("3.2 or 1,290"), QComboBox()
        self.award_kind.addItems([PERCENT, FLAT])
        self.award_points = _line("all points")
        self.award_points.setToolTip("Only these points, e.g. 2-43; blank raises every point.")
        self.award_button = QPushButton("Apply Pay Award")
        self.award_button.clicked.connect(lambda: self._push(self.award_edit))
        self.point, self.point_salary = _line("point, e.g. 22"), _line("salary")
        self.point_button = QPushButton("Set Point's Salary")
        self.point_button.clicked.connect(lambda: self._push(self.point_edit))
        grid = QGridLayout(self)
        for column, widget in enumerate((self.code, self.kind, self.low, self.high)):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.grade_button, 0, 5)
        for column, widget in enumerate(
            (
                self.from_year,
                self.to_year,
                self.amount,
                self.award_kind,
                self.award_points,
                self.award_button,
            )
        ):
            grid.addWidget(widget, 1, column)
        grid.addWidget(QLabel("in the year on the left"), 2, 0)
        for column, widget in enumerate((self.point, self.point_salary), start=1):
            grid.addWidget(widget, 2, column)
        grid.addWidget(self.point_button, 2, 5)
        grid.addWidget(
            QLabel(
                "A pay award raises the points of the year on the left (all, or the range "
                "given) into a new year; a point's salary is set in that year."
            ),
            3,
            0,
            1,
            6,
        )

    def refresh(self, proposal: Proposal) -> None:
        years = sorted({k[1] for k in proposal.pay_points})
        current = self.from_year.currentText()
        self.from_year.clear()
        self.from_year.addItems(years)
        self.from_year.setCurrentText(current or (years[-1] if years else ""))

    def _scale(self, proposal: Proposal) -> PayScale:
        scale = scale_named(proposal, self._scale_name())
        if scale is None:
            raise EditRefused("Choose a pay scale first (add one above).")
        return scale

    def grade_edit(self, proposal: Proposal) -> Edit:
        scale, code = self._scale(proposal), self.code.text().strip()
        low, high = number(self.low.text(), "bottom"), number(self.high.text(), "top")
        if self.kind.currentText() == POINTS:
            if low != int(low) or high != int(high):
                raise EditRefused("Spinal points are whole numbers.")
            grade = Grade(
                GradeId(0),
                PayScaleId(0),
                code,
                int(low),
                int(high),
                description="Entered by the user.",
            )
        else:
            grade = Grade(
                GradeId(0),
                PayScaleId(0),
                code,
                min_salary=low,
                max_salary=high,
                description="Entered by the user.",
            )
        return put_grades(proposal, scale, [grade])

    def point_edit(self, proposal: Proposal) -> Edit:
        point = number(self.point.text(), "point")
        if point != int(point):
            raise EditRefused("Spinal points are whole numbers.")
        return set_point(
            self._scale(proposal),
            self.from_year.currentText(),
            int(point),
            number(self.point_salary.text(), "salary"),
        )

    def award_edit(self, proposal: Proposal) -> Edit:
        amount = number(self.amount.text(), "pay award")
        percent = self.award_kind.currentText() == PERCENT
        return uplift_scale(
            proposal,
            self._scale(proposal),
            self.from_year.currentText(),
            self.to_year.text().strip(),
            percent=amount if percent else None,
            flat=None if percent else amount,
            points=point_range(self.award_points.text()),
        )
