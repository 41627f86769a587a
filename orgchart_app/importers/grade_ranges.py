"""Junior organogram rows' payscales kept as fields: one salary-range grade per grade named."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from orgchart_app.domain import Grade, GradeId, PayScale, PayScaleId, Proposal
from orgchart_app.domain.wording import money_text
from orgchart_app.importers.records import PostRow
from orgchart_app.importers.report import ImportReport, ProblemKind

SCALE_NAME = "Organogram payscales"


def add_grade_ranges(proposal: Proposal, rows: Sequence[PostRow], report: ImportReport) -> None:
    """A grade per grade code when any row gives a payscale (a proposal with grades checks every
    post's against them): with its minimum and maximum salary where given. A row giving a grade
    another range is listed, and the first range kept."""
    if not any(row.pay_range is not None for row in rows):
        return
    ranges: dict[str, tuple[Decimal, Decimal] | None] = {}
    for row in rows:
        if not row.grade:
            continue
        if ranges.get(row.grade) is None:
            ranges[row.grade] = row.pay_range
        kept = ranges[row.grade]
        if row.pay_range is not None and kept is not None and kept != row.pay_range:
            report.add(
                row.source,
                row.line,
                ProblemKind.DOUBTFUL_NUMBER,
                f'grade "{row.grade}" is paid {money_text(row.pay_range[0])} - '
                f"{money_text(row.pay_range[1])} here but {money_text(kept[0])} - "
                f"{money_text(kept[1])} on an earlier row; the first is kept",
            )
    scale_id = PayScaleId(max(proposal.pay_scales, default=0) + 1)
    proposal.pay_scales[scale_id] = PayScale(
        scale_id, SCALE_NAME, description="The junior posts' payscales in the imported organogram"
    )
    first = max(proposal.grades, default=0) + 1
    for offset, (code, pay) in enumerate(ranges.items()):
        grade_id = GradeId(first + offset)
        low, high = (None, None) if pay is None else pay
        proposal.grades[grade_id] = Grade(
            grade_id,
            scale_id,
            code,
            min_salary=low,
            max_salary=high,
            description="" if pay else "Named in the imported organogram, with no payscale",
        )
