"""The on-costs and costing-basis editors of the Costs menu (the budget editor: budget_editor)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from orgchart_app.analysis.pay import pay_years
from orgchart_app.domain import CostingPoint, OnCostRule, Proposal, ScenarioId
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.shipped_pay import shipped_on_costs
from orgchart_app.domain.wording import money_text, rate_text
from orgchart_app.edits import Edit, PutPayRecord, SetCostingBasis
from orgchart_app.edits.pay_setup import on_cost_rule
from orgchart_app.ui.dialogs.cost_editor import EditorDialog
from orgchart_app.ui.dialogs.grade_entry import number
from orgchart_app.ui.dialogs.tables import fill
from orgchart_app.ui.window.document import DocumentController

HUNDRED = Decimal(100)


def _percent_box(value: float, maximum: float = 100.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(2)
    box.setSuffix(" %")
    box.setValue(value)
    return box


def _optional_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    return field


def _typed(field: QLineEdit, what: str, per: Decimal = Decimal(1)) -> Decimal | None:
    """The figure typed in (a percentage as a fraction when `per` is 100), None when blank."""
    text = field.text().strip()
    return number(text, what) / per if text else None


def _years(proposal: Proposal) -> list[str]:
    return sorted({*pay_years(proposal), *shipped_on_costs()})


class OnCostsDialog(EditorDialog):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(document, "On-costs", parent)
        self.resize(760, 480)
        self.organisation = QComboBox()
        self.year = QComboBox()
        self.year.setEditable(True)
        self.nhs = QCheckBox("NHS Pension Scheme (paid directly and full cost)")
        self.scheme = QLineEdit()
        self.scheme.setPlaceholderText("e.g. LGPS (Greater Manchester Pension Fund)")
        self.pension = _percent_box(20.0)
        # Blank takes HMRC's rates for the year; a year HMRC's rates do not ship for needs them.
        self.ni_rate = _optional_field("HMRC's rate for the year (%)")
        self.ni_threshold = _optional_field("HMRC's secondary threshold for the year (£ a year)")
        self.levy = _optional_field("0.5% (0 for an employer whose pay bill is under £3m)")
        # The NHS Pension's full cost: shipped for 2023/24-2025/26, typed in for a later year.
        self.full_rate = _optional_field("The scheme's full cost (%), where known")
        # What a committee reader checks the rates against; blank says where each one came from.
        self.source = _optional_field("e.g. GMPF valuation 2022, s.4 (blank: said for you)")
        self.source.setObjectName("on_cost_source")
        self.set_button = QPushButton("Set On-costs")
        self.set_button.clicked.connect(self.set_rule)
        self.rules = QTreeWidget()
        self.rules.setHeaderLabels(
            ["Employer", "Year", "NI", "Threshold", "Pension", "Levy", "Source"]
        )
        form = QFormLayout()
        form.addRow("Employer", self.organisation)
        form.addRow("Pay year", self.year)
        form.addRow("Pension scheme", self.scheme)
        form.addRow("Employer pension rate", self.pension)
        form.addRow("", self.nhs)
        form.addRow("NHS Pension full cost (%)", self.full_rate)
        form.addRow("Apprenticeship levy (%)", self.levy)
        form.addRow("Employer NI rate (%)", self.ni_rate)
        form.addRow("NI secondary threshold (£)", self.ni_threshold)
        form.addRow("Source of these rates", self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.set_button)
        layout.addWidget(self.rules, 1)
        layout.addWidget(self.message)
        self.nhs.toggled.connect(self._show_pension_fields)
        self.year.currentTextChanged.connect(self._show_pension_fields)
        self._show_pension_fields()

    def _show_pension_fields(self) -> None:
        """With NHS Pension, a year with shipped rates takes them; any other needs them typed."""
        shipped = self.year.currentText().strip() in shipped_on_costs()
        nhs = self.nhs.isChecked()
        self.pension.setEnabled(not nhs or not shipped)
        self.full_rate.setEnabled(nhs and not shipped)

    def refresh(self) -> None:
        proposal = self._document.proposal
        chosen = self.organisation.currentText(), self.year.currentText()
        self.organisation.clear()
        self.organisation.addItems([o.short_name for o in proposal.organisations.values()])
        self.year.clear()
        self.year.addItems(_years(proposal))
        scenario = proposal.scenarios.get(self._document.scenario_id or ScenarioId(0))
        self.organisation.setCurrentText(chosen[0])
        self.year.setCurrentText(
            chosen[1]
            or (scenario.pay_year if scenario else "")
            or self.year.itemText(self.year.count() - 1)
        )
        fill(
            self.rules,
            [
                [
                    proposal.organisations[r.organisation_id].short_name,
                    r.pay_year,
                    rate_text(r.ni_rate),
                    money_text(r.ni_threshold),
                    f"{r.pension_scheme} {rate_text(r.pension_rate)}",
                    rate_text(r.apprenticeship_levy_rate),
                    r.source,
                ]
                for r in proposal.on_cost_rules.values()
            ],
        )

    def set_rule(self) -> None:
        name, year = self.organisation.currentText(), self.year.currentText().strip()

        def edit(proposal: Proposal) -> Edit:
            organisation = next(
                (o for o in proposal.organisations.values() if o.short_name == name), None
            )
            if organisation is None:
                raise EditRefused("Choose the employer.")
            nhs = self.nhs.isChecked()
            typed_pension = self.pension.isEnabled()
            rule = on_cost_rule(
                proposal,
                organisation.id,
                year,
                pension_scheme=self.scheme.text().strip(),
                pension_rate=Decimal(str(self.pension.value())) / HUNDRED
                if typed_pension
                else None,
                nhs_pension=nhs,
                ni_rate=_typed(self.ni_rate, "NI rate", HUNDRED),
                ni_threshold=_typed(self.ni_threshold, "NI threshold"),
                levy_rate=_typed(self.levy, "apprenticeship levy", HUNDRED),
                pension_full_rate=_typed(self.full_rate, "full cost", HUNDRED)
                if self.full_rate.isEnabled()
                else None,
            )
            typed = self.source.text().strip()
            if typed and isinstance(rule.record, OnCostRule):
                return PutPayRecord(dataclasses.replace(rule.record, source=typed))
            return rule

        self.push(edit)


class CostingBasisDialog(EditorDialog):
    def __init__(self, document: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(document, "Pay Year and Costing Point", parent)
        self.year = QComboBox()
        self.point = QComboBox()
        self.point.addItems([p.value for p in CostingPoint])
        self.apply_button = QPushButton("Cost the Scenario on This Basis")
        self.apply_button.clicked.connect(self.apply)
        form = QFormLayout(self)
        form.addRow("Pay year", self.year)
        form.addRow("Costing point (a post's stated salary always wins)", self.point)
        form.addRow(self.apply_button)
        form.addRow(self.message)

    def refresh(self) -> None:
        proposal = self._document.proposal
        self.year.clear()
        self.year.addItems(pay_years(proposal))
        scenario = proposal.scenarios.get(self._document.scenario_id or ScenarioId(0))
        if scenario is not None:
            self.year.setCurrentText(scenario.pay_year)
            self.point.setCurrentText(scenario.costing_point.value)
            self.setWindowTitle(f'Pay Year and Costing Point of "{scenario.name}"')

    def apply(self) -> None:
        scenario_id = self._document.scenario_id
        if scenario_id is None:
            return
        self.push(
            lambda p: SetCostingBasis(
                scenario_id, CostingPoint(self.point.currentText()), self.year.currentText()
            )
        )
