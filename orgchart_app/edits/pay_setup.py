"""Setting up costing in one step: a shipped scale, a pay award, grades, a grade map, on-costs.

Each function builds one Batch of the plain pay edits, so the step is one undo in the designer
and one change in the file, whichever of the designer, the CLI or an import asked for it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal
from itertools import count, repeat
from typing import cast

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import BudgetLineId, GradeId, OnCostRuleId, OrganisationId
from orgchart_app.domain.model import BudgetLine, Grade, OnCostRule, PayPoint, PayScale
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.shipped_pay import (
    ShippedKind,
    ShippedOnCosts,
    shipped_on_costs,
    shipped_scale,
)
from orgchart_app.domain.tables import Table
from orgchart_app.domain.wording import money_text, rate_text
from orgchart_app.edits import types as t
from orgchart_app.edits.file_sources import stated_by_file

POUND = Decimal("1")


def scale_named(proposal: Proposal, name: str) -> PayScale | None:
    return next(
        (s for s in proposal.pay_scales.values() if s.name.casefold() == name.casefold()), None
    )


def add_shipped_scale(proposal: Proposal, kind: ShippedKind, years: Sequence[str] = ()) -> t.Batch:
    """The shipped scale (all its years unless some are chosen) and its national grades.

    A scale the proposal already has gains only the years and grades it lacks.
    """
    shipped = shipped_scale(kind)
    unknown = [y for y in years if y not in shipped.years]
    if unknown:
        raise EditRefused(
            f"The shipped {shipped.name} has no {unknown[0]} (it has: "
            f"{', '.join(shipped.years) or 'no pay points: grades are entered'})."
        )
    chosen = tuple(years) or shipped.years
    existing = scale_named(proposal, shipped.name)
    scale_id = existing.id if existing else proposal.next_id(Table.PAY_SCALES)
    scale = PayScale(scale_id, shipped.name, shipped.framework, shipped.description(chosen))
    edits: list[t.Edit] = [] if existing == scale else [t.PutPayRecord(scale)]
    edits += [
        t.PutPayRecord(PayPoint(scale_id, p.pay_year, p.point, p.salary))
        for p in shipped.points
        if p.pay_year in chosen and (scale_id, p.pay_year, p.point) not in proposal.pay_points
    ]
    codes = {g.code for g in proposal.grades.values() if g.pay_scale_id == scale_id}
    edits += [
        t.PutPayRecord(
            Grade(
                GradeId(0),
                scale_id,
                g.code,
                g.bottom_point,
                g.top_point,
                description=f"{shipped.name} national band.",
            )
        )
        for g in shipped.grades
        if g.code not in codes
    ]
    if not edits:
        raise EditRefused(
            f"The proposal already has the shipped {shipped.name} for "
            f"{', '.join(chosen) or 'every year'}."
        )
    return t.Batch(tuple(edits), f"Add the shipped {shipped.name}")


def point_range(text: str) -> tuple[int, int] | None:
    """A typed range of spinal points ("2-43"); a blank one is every point."""
    if not text.strip():
        return None
    match = re.fullmatch(r"\s*(\d+)\s*-\s*(\d+)\s*", text)
    if match is None or int(match.group(1)) > int(match.group(2)):
        raise EditRefused(f'"{text}" is not a range of points such as 2-43.')
    return int(match.group(1)), int(match.group(2))


def uplift_scale(
    proposal: Proposal,
    scale: PayScale,
    from_year: str,
    to_year: str,
    *,
    percent: Decimal | None = None,
    flat: Decimal | None = None,
    points: tuple[int, int] | None = None,
) -> t.Batch:
    """A pay award: the chosen points of from_year, raised by a percentage or a flat amount."""
    if (percent is None) == (flat is None):
        raise EditRefused("Give the pay award as a percentage or as a flat amount, not both.")
    if from_year == to_year.strip():
        raise EditRefused("A pay award moves a scale to another year: the years are the same.")
    source = sorted(
        (
            p
            for p in proposal.pay_points.values()
            if p.pay_scale_id == scale.id
            and p.pay_year == from_year
            and (points is None or points[0] <= p.point <= points[1])
        ),
        key=lambda p: p.point,
    )
    if not source:
        where = f" between points {points[0]} and {points[1]}" if points else ""
        raise EditRefused(f'"{scale.name}" has no {from_year} points{where} to raise.')

    def raised(salary: Decimal) -> Decimal:
        new = salary * (1 + percent / 100) if percent is not None else salary + (flat or 0)
        return new.quantize(POUND, rounding=ROUND_HALF_UP)

    award = rate_text(percent / 100) if percent is not None else f"a flat {money_text(flat or 0)}"
    span = f" on points {source[0].point}-{source[-1].point}"
    note = f" {to_year}: {from_year}{span} + {award} (a pay award entered in the proposal)."
    edits: list[t.Edit] = [
        t.PutPayRecord(dataclasses.replace(scale, description=(scale.description + note).strip()))
    ]
    edits += [
        t.PutPayRecord(PayPoint(scale.id, to_year.strip(), p.point, raised(p.salary)))
        for p in source
    ]
    return t.Batch(tuple(edits), f"{scale.name}: {to_year} = {from_year} + {award}")


def set_point(scale: PayScale, pay_year: str, point: int, salary: Decimal) -> t.PutPayRecord:
    """One point's salary in one year (a correction, or a local spine's point)."""
    if not pay_year.strip():
        raise EditRefused("Choose the pay year of the point (add a scale's year first).")
    return t.PutPayRecord(PayPoint(scale.id, pay_year.strip(), point, salary))


def _in_scale(
    proposal: Proposal, scale: PayScale, grades: Iterable[Grade], new_ids: Iterator[int]
) -> list[Grade]:
    """Each grade in `scale`, with the id of the scale's grade of the same code (it replaces
    that grade), else the next of `new_ids`."""
    by_code = {g.code: g.id for g in proposal.grades.values() if g.pay_scale_id == scale.id}
    return [
        dataclasses.replace(
            grade, id=by_code.get(grade.code) or GradeId(next(new_ids)), pay_scale_id=scale.id
        )
        for grade in grades
    ]


def put_grades(proposal: Proposal, scale: PayScale, grades: Iterable[Grade]) -> t.Batch:
    """Grades into a scale, replacing grades of the same code there."""
    edits = tuple(map(t.PutPayRecord, _in_scale(proposal, scale, grades, repeat(0))))
    if not edits:
        raise EditRefused("There are no grades to add.")
    return t.Batch(edits, f'{len(edits)} grades into "{scale.name}"')


def import_grades(
    proposal: Proposal, scale: PayScale, lines: Sequence[tuple[int, Grade]], source: str
) -> t.Batch:
    """Grades read from the file `source` (each with its line) into a scale, replacing grades
    of the same code there; each stated by the file at its line. What was said before of a
    replaced grade (Bury's are assumed: its report gives none) gives way to what the file says."""
    fresh = count(proposal.next_id(Table.GRADES))
    placed = _in_scale(proposal, scale, (grade for _, grade in lines), fresh)
    if not placed:
        raise EditRefused("There are no grades to add.")
    replaced = {grade.id for grade in placed if grade.id in proposal.grades}
    # Forgotten before the grades change, so no row of theirs turns into the user's own.
    forgotten = [
        t.RemoveProvenance(row.id)
        for row in proposal.provenance.values()
        if row.table == Table.GRADES.value and row.record_id in replaced
    ]
    stated = [(number, grade.id) for (number, _), grade in zip(lines, placed, strict=True)]
    return t.Batch(
        (
            *forgotten,
            *map(t.PutPayRecord, placed),
            *stated_by_file(proposal, source, Table.GRADES, stated),
        ),
        f'{len(placed)} grades into "{scale.name}" from {source}',
    )


def new_scale(
    proposal: Proposal, name: str, framework: str = "local", description: str = ""
) -> t.PutPayRecord:
    if scale_named(proposal, name) is not None:
        raise EditRefused(f'The proposal already has a pay scale "{name}".')
    return t.PutPayRecord(
        PayScale(
            proposal.next_id(Table.PAY_SCALES),
            name.strip(),
            framework,
            description or f"{name.strip()}: local grades entered by the user.",
        )
    )


def map_grade(proposal: Proposal, text: str, code: str) -> t.Batch:
    """Every post whose grade reads `text`, in every scenario, regraded to the grade `code`."""
    if all(g.code != code for g in proposal.grades.values()):
        raise EditRefused(
            f'There is no grade "{code}" to map "{text}" to: add it to a pay scale first '
            "(import a CSV of grade, bottom point, top point, or enter it in the grade editor)."
        )
    posts = [p for p in proposal.posts.values() if p.grade == text]
    if not posts:
        raise EditRefused(f'No post has the grade "{text}".')
    return t.Batch(
        tuple(t.Regrade(p.id, code) for p in posts),
        f'Map grade "{text}" to {code} ({len(posts)} posts)',
    )


def on_cost_rule(
    proposal: Proposal,
    organisation_id: OrganisationId,
    pay_year: str,
    *,
    pension_scheme: str,
    pension_rate: Decimal | None,
    nhs_pension: bool = False,
    ni_rate: Decimal | None = None,
    ni_threshold: Decimal | None = None,
    levy_rate: Decimal | None = None,
    pension_full_rate: Decimal | None = None,
) -> t.PutPayRecord:
    """The rule for one employer and year: HMRC's NI and the levy unless given, and a pension.

    NHS Pension takes the shipped paid and full rates for the year unless given; a year they do
    not ship for (after 2025/26) needs the paid rate typed in, and the full rate where known.
    """
    shipped = shipped_on_costs().get(pay_year)
    if shipped is None and (ni_rate is None or ni_threshold is None):
        raise EditRefused(
            f"No NI rates ship for {pay_year} (they do for "
            f"{', '.join(shipped_on_costs())}): give the NI rate and threshold."
        )
    if shipped is None and levy_rate is None:
        raise EditRefused(
            f"No apprenticeship levy rate ships for {pay_year} (it does for "
            f"{', '.join(shipped_on_costs())}): give the apprenticeship levy rate (0 for an employer "
            "whose pay bill is under £3m)."
        )
    if nhs_pension and shipped is None and pension_rate is None:
        raise EditRefused(
            f"No NHS Pension rates ship for {pay_year} (they do for "
            f"{', '.join(shipped_on_costs())}): give the pension rate the employer pays."
        )
    if not nhs_pension and pension_rate is None:
        raise EditRefused(
            "Give the employer's pension rate (LGPS rates are set per employer "
            "by the fund's valuation), or choose the NHS Pension Scheme."
        )
    for rate, what in (
        (pension_rate, "pension rate"),
        (pension_full_rate, "full cost rate"),
        (ni_rate, "NI rate"),
        (levy_rate, "apprenticeship levy"),
    ):
        # Typed as a percentage by the user: the edit's own refusal speaks of fractions.
        if rate is not None and rate > 1:
            raise EditRefused(
                f"The {what} {rate_text(rate)} is over 100%: give it as a percentage."
            )
    sources = []
    if ni_rate is None or ni_threshold is None or levy_rate is None:
        sources.append(shipped.ni_source if shipped else "")
    full = pension_full_rate
    if nhs_pension:
        pension_scheme = pension_scheme or "NHS Pension Scheme"
        sources.append(_nhs_source(shipped, pay_year, pension_rate, pension_full_rate))
        if shipped is not None:
            pension_rate = pension_rate if pension_rate is not None else shipped.nhs_paid_rate
            full = full if full is not None else shipped.nhs_full_rate
    else:
        sources.append(
            f"{pension_scheme or 'Pension'} {rate_text(pension_rate or POUND * 0)}: "
            "the employer's rate, entered by the user."
        )
    existing = next(
        (
            r
            for r in proposal.on_cost_rules.values()
            if r.organisation_id == organisation_id and r.pay_year == pay_year
        ),
        None,
    )
    # None only where every rate is given (else refused above).
    rates = cast(ShippedOnCosts, shipped)
    return t.PutPayRecord(
        OnCostRule(
            existing.id if existing else OnCostRuleId(0),
            organisation_id,
            pay_year,
            ni_rate if ni_rate is not None else rates.ni_rate,
            ni_threshold if ni_threshold is not None else rates.ni_threshold,
            pension_rate or POUND * 0,
            pension_scheme,
            levy_rate if levy_rate is not None else rates.levy_rate,
            " ".join(s for s in sources if s),
            full,
        )
    )


def _nhs_source(
    shipped: ShippedOnCosts | None, year: str, paid: Decimal | None, full: Decimal | None
) -> str:
    """Where the NHS Pension rates come from: shipped, typed in (said as such), or both."""
    typed = ", ".join(
        f"{what} {rate_text(rate)}"
        for what, rate in (("paid", paid), ("full cost", full))
        if rate is not None
    )
    parts = [f"NHS Pension Scheme {year} rates {typed}: entered by the user."] if typed else []
    if shipped is not None and (paid is None or full is None):
        parts.append(shipped.nhs_source)
    return " ".join(parts)


def check_post_refs(proposal: Proposal, line: BudgetLine, where: str) -> None:
    """The posts a budget line names must be in the file."""
    refs = {p.post_ref for p in proposal.posts.values()}
    unknown = [r for r in line.post_refs.split(", ") if r and r not in refs]
    if unknown:
        raise EditRefused(f'{where}: post "{unknown[0]}" is not in the file.')


def replace_budget(
    proposal: Proposal, lines: Sequence[tuple[int, BudgetLine]], replace: bool, source: str
) -> t.Batch:
    """Imported budget lines (each with the line of the file it came from) as one step: the
    old lines out when replacing, the new ones in; a post an adjustment names must exist."""
    if proposal.budget_lines and not replace:
        raise EditRefused(
            f"The file already has {len(proposal.budget_lines)} budget lines: "
            "replace them, or keep them and import nothing."
        )
    for number, line in lines:
        check_post_refs(proposal, line, f"{source}, line {number}")
    removals: list[t.Edit] = [
        t.RemovePayRecord(Table.BUDGET_LINES, key) for key in proposal.budget_lines
    ]
    # Ids above every old line's: a new line never takes on an old one's sources.
    first = proposal.next_id(Table.BUDGET_LINES)
    placed = [
        (number, dataclasses.replace(line, id=BudgetLineId(first + i)))
        for i, (number, line) in enumerate(lines)
    ]
    sources = stated_by_file(
        proposal, source, Table.BUDGET_LINES, [(n, line.id) for n, line in placed]
    )
    return t.Batch(
        (*removals, *(t.PutPayRecord(line) for _, line in placed), *sources),
        f"Import {len(lines)} budget lines from {source}",
    )
