"""Edits of the pay data: scales, points, grades, on-cost rules, budget lines, costing basis.

Every figure a costing rests on is editable, with the same exact undo as a post edit.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.model import BudgetLine, Grade, OnCostRule, PayPoint, PayScale
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.ranges import RANGES
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import count_text, money_text
from orgchart_app.edits import types as t
from orgchart_app.edits.checks import check_name
from orgchart_app.edits.patch import Write
from orgchart_app.edits.plan import Plan

YEAR = re.compile(r"(\d{4})/(\d{2})")
MAX_POINT = int(RANGES["point"][1])
PayRecord = PayScale | PayPoint | Grade | OnCostRule | BudgetLine
# The pay records kept by an id of their own (a pay point's key is its scale, year and point).
KeyedPayRecord = PayScale | Grade | OnCostRule | BudgetLine
TABLE_OF: dict[type, Table] = {
    PayScale: Table.PAY_SCALES,
    PayPoint: Table.PAY_POINTS,
    Grade: Table.GRADES,
    OnCostRule: Table.ON_COST_RULES,
    BudgetLine: Table.BUDGET_LINES,
}


def put_pay_record(proposal: Proposal, edit: t.PutPayRecord) -> Plan:
    record = edit.record
    table = TABLE_OF.get(type(record))
    if table is None:
        raise EditRefused(f"{type(record).__name__} is not a pay record.")
    if isinstance(record, PayPoint):
        _check_point(proposal, record)
        key: object = (record.pay_scale_id, record.pay_year, record.point)
        return Plan(
            [Write(table, key, record)],
            f"Set point {record.point} ({record.pay_year}) to {money_text(record.salary)}",
        )
    if record.id == 0:
        record = _with_new_id(proposal, record)
    _check(proposal, record)
    return Plan(
        [Write(table, record.id, record)], f"Set {_name(record)}", resolved=t.PutPayRecord(record)
    )


def remove_pay_record(proposal: Proposal, edit: t.RemovePayRecord) -> Plan:
    records = proposal.records(edit.table) if edit.table in TABLE_OF.values() else {}
    if edit.key not in records:
        raise EditRefused("That pay record does not exist (it may have been removed).")
    record = records[edit.key]
    if isinstance(record, Grade):
        _check_unused(proposal, record)
    if isinstance(record, PayScale):
        if any(g.pay_scale_id == record.id for g in proposal.grades.values()):
            raise EditRefused(f'"{record.name}" still has grades: remove them first.')
        writes = [
            Write(Table.PAY_POINTS, k, None) for k in proposal.pay_points if k[0] == record.id
        ]
        return Plan([*writes, Write(edit.table, edit.key, None)], f"Remove {_name(record)}")
    return Plan([Write(edit.table, edit.key, None)], f"Remove {_name(record)}")


def set_costing_basis(proposal: Proposal, edit: t.SetCostingBasis) -> Plan:
    scenario = proposal.scenarios.get(edit.scenario_id)
    if scenario is None:
        raise EditRefused("That scenario does not exist.")
    updated = dataclasses.replace(
        scenario, costing_point=edit.costing_point, pay_year=edit.pay_year.strip()
    )
    if updated.pay_year:  # empty: costed on no year yet
        _check_year(updated.pay_year)
    if updated == scenario:
        raise EditRefused("The costing basis is already like that.")
    return Plan(
        [Write(Table.SCENARIOS, scenario.id, updated)],
        f'Cost "{scenario.name}" at the {edit.costing_point.value} of grade, '
        f"{updated.pay_year or 'no'} pay",
    )


def _with_new_id(proposal: Proposal, record: KeyedPayRecord) -> KeyedPayRecord:
    if isinstance(record, PayScale):
        return dataclasses.replace(record, id=proposal.next_id(Table.PAY_SCALES))
    if isinstance(record, Grade):
        return dataclasses.replace(record, id=proposal.next_id(Table.GRADES))
    if isinstance(record, OnCostRule):
        return dataclasses.replace(record, id=proposal.next_id(Table.ON_COST_RULES))
    return dataclasses.replace(record, id=proposal.next_id(Table.BUDGET_LINES))


def _name(record: PayRecord) -> str:
    if isinstance(record, PayScale):
        return f'pay scale "{record.name}"'
    if isinstance(record, Grade):
        return f'grade "{record.code}"'
    if isinstance(record, OnCostRule):
        return f"the {record.pay_year} on-cost rule"
    if isinstance(record, BudgetLine):
        return f'budget line "{record.description}"'
    return f"point {record.point} ({record.pay_year})"


def _check_year(year: str) -> None:
    """Pay years are financial years ("2025/26"): the shipped rates and the budget's years are."""
    match = YEAR.fullmatch(check_name(year, "pay year"))
    if match is None or (int(match.group(1)) + 1) % 100 != int(match.group(2)):
        raise EditRefused(f'The pay year "{year}" is not a financial year such as 2025/26.')


def _money(value: Decimal | None, what: str) -> None:
    if value is not None and value < 0:
        raise EditRefused(f"The {what} cannot be negative.")


def _rate(value: Decimal | None, what: str) -> None:
    if value is not None and not 0 <= value <= 1:
        raise EditRefused(f"The {what} must be a fraction between 0 and 1 (13.8% is 0.138).")


def _check_scale(proposal: Proposal, record: PayScale) -> None:
    check_name(record.name, "pay scale name")


def _check_point(proposal: Proposal, record: PayPoint) -> None:
    if record.pay_scale_id not in proposal.pay_scales:
        raise EditRefused("The pay point's scale does not exist.")
    _check_year(record.pay_year)
    if not 0 <= record.point <= MAX_POINT:
        raise EditRefused(
            f"The point {record.point} is not a spinal point (0 to {count_text(MAX_POINT)})."
        )
    _money(record.salary, "salary")


def _check_grade(proposal: Proposal, record: Grade) -> None:
    check_name(record.code, "grade code")
    if record.pay_scale_id not in proposal.pay_scales:
        raise EditRefused("The grade's pay scale does not exist.")
    points = (record.bottom_point, record.top_point)
    salaries = (record.min_salary, record.max_salary)
    if None in points and points != (None, None) or None in salaries and salaries != (None, None):
        raise EditRefused(f'Grade "{record.code}" needs both ends of its range.')
    if (
        record.bottom_point is not None
        and record.top_point is not None
        and record.bottom_point > record.top_point
    ):
        raise EditRefused(f'Grade "{record.code}" starts above where it ends.')
    if record.min_salary is not None and record.max_salary is not None:
        _money(record.min_salary, "salary")
        if record.min_salary > record.max_salary:
            raise EditRefused(f'Grade "{record.code}" starts above where it ends.')
    if any(
        g.code == record.code and g.id != record.id and g.pay_scale_id == record.pay_scale_id
        for g in proposal.grades.values()
    ):
        raise EditRefused(f'This pay scale already has a grade "{record.code}".')
    old = proposal.grades.get(record.id)
    if old is not None and old.code != record.code:
        _check_unused(proposal, old)


def _check_unused(proposal: Proposal, grade: Grade) -> None:
    users = sum(1 for p in proposal.posts.values() if p.grade == grade.code)
    if users:
        raise EditRefused(f'{users} posts are on "{grade.code}": regrade them first.')


def _check_rule(proposal: Proposal, record: OnCostRule) -> None:
    if record.organisation_id not in proposal.organisations:
        raise EditRefused("The on-cost rule's organisation does not exist.")
    _check_year(record.pay_year)
    for rate, what in (
        (record.ni_rate, "NI rate"),
        (record.pension_rate, "pension rate"),
        (record.pension_full_rate, "full pension rate"),
        (record.apprenticeship_levy_rate, "apprenticeship levy rate"),
    ):
        _rate(rate, what)
    _money(record.ni_threshold, "NI threshold")
    if any(
        r.organisation_id == record.organisation_id
        and r.pay_year == record.pay_year
        and r.id != record.id
        for r in proposal.on_cost_rules.values()
    ):
        raise EditRefused(f"That organisation already has an on-cost rule for {record.pay_year}.")


def _check_budget_line(proposal: Proposal, record: BudgetLine) -> None:
    check_name(record.description or record.cost_code, "budget line's description")
    for value, what in (
        (record.basic_pay, "basic pay"),
        (record.national_insurance, "NI"),
        (record.superannuation, "superannuation"),
    ):
        _money(value, what)


def _check(proposal: Proposal, record: KeyedPayRecord) -> None:
    if isinstance(record, PayScale):
        _check_scale(proposal, record)
    elif isinstance(record, Grade):
        _check_grade(proposal, record)
    elif isinstance(record, OnCostRule):
        _check_rule(proposal, record)
    else:
        _check_budget_line(proposal, record)


def is_costing_edit(edit: t.Edit) -> bool:
    """An edit of what costs rest on (pay data, on-costs, the budget, a scenario's pay year or a
    post's grade): the designer and the commands say what it does to each scenario's cost."""
    if isinstance(edit, t.Batch):
        # Where the figures come from (an imported pay table's file) costs nothing.
        costing = [e for e in edit.edits if not isinstance(e, _SOURCE_EDITS)]
        return bool(costing) and all(is_costing_edit(e) for e in costing)
    return isinstance(edit, t.PutPayRecord | t.RemovePayRecord | t.SetCostingBasis | t.Regrade)


_SOURCE_EDITS = (t.PutDocument, t.PutProvenance, t.RemoveProvenance)
