"""The pay set-up steps the CLI, the importers and the designer's dialogs call, pinned here in
the package that owns them: typed point ranges, one point, a new local scale, budget imports."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import (
    BudgetLineId,
    DocumentId,
    GradeId,
    OnCostRuleId,
    OrganisationId,
    PayScaleId,
    ProvenanceId,
)
from orgchart_app.domain.model import BudgetLine, Grade, OnCostRule, PayPoint, PayScale
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.domain.shipped_pay import ShippedKind, shipped_on_costs, shipped_scale
from orgchart_app.domain.tables import Table
from orgchart_app.edits import (
    Batch,
    PutDocument,
    PutPayRecord,
    PutProvenance,
    Regrade,
    RemovePayRecord,
    apply_edit,
)
from orgchart_app.edits.pay_setup import (
    add_shipped_scale,
    check_post_refs,
    map_grade,
    new_scale,
    on_cost_rule,
    point_range,
    put_grades,
    replace_budget,
    scale_named,
    set_point,
    uplift_scale,
)


def _refusal(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(EditRefused) as refused:
        call(*args, **kwargs)  # type: ignore[operator]
    return str(refused.value)


def test_a_typed_point_range_reads_with_spaces_and_a_blank_one_is_every_point() -> None:
    assert point_range("") is None
    assert point_range("   ") is None
    assert point_range("2-43") == (2, 43)
    assert point_range(" 12 - 19 ") == (12, 19)
    assert point_range("7-7") == (7, 7)


@pytest.mark.parametrize("text", ["43-2", "2 to 43", "2-", "x-3", "2-43-50"])
def test_a_point_range_that_is_not_one_is_refused_quoting_the_text(text: str) -> None:
    assert _refusal(point_range, text) == f'"{text}" is not a range of points such as 2-43.'


def test_one_point_is_set_in_the_year_typed_and_a_blank_year_is_refused() -> None:
    scale = PayScale(PayScaleId(4), "Local spine")
    assert set_point(scale, " 2025/26 ", 12, Decimal(24000)) == PutPayRecord(
        PayPoint(PayScaleId(4), "2025/26", 12, Decimal(24000))
    )
    assert (
        _refusal(set_point, scale, "  ", 12, Decimal(24000))
        == "Choose the pay year of the point (add a scale's year first)."
    )


def test_a_new_local_scale_takes_the_next_id_and_says_it_was_entered(bury: Proposal) -> None:
    expected_id = max(bury.pay_scales) + 1
    edit = new_scale(bury, "  Bury local spine ")
    assert edit == PutPayRecord(
        PayScale(
            PayScaleId(expected_id),
            "Bury local spine",
            "local",
            "Bury local spine: local grades entered by the user.",
        )
    )
    apply_edit(bury, edit)
    assert scale_named(bury, "bury LOCAL spine") == edit.record
    chosen = new_scale(bury, "Craft", framework="JNC", description="Craft workers' grades.")
    assert chosen.record == PayScale(
        PayScaleId(expected_id + 1), "Craft", "JNC", "Craft workers' grades."
    )


def test_a_second_scale_of_the_same_name_in_any_case_is_refused(bury: Proposal) -> None:
    assert (
        _refusal(new_scale, bury, "njc PAY spine")
        == 'The proposal already has a pay scale "njc PAY spine".'
    )


def _line(post_refs: str = "", description: str = "Transfer") -> BudgetLine:
    return BudgetLine(
        BudgetLineId(0), "SEG9999", description, other=Decimal(-1000), post_refs=post_refs
    )


def test_a_budget_line_may_name_only_posts_in_the_file(bury: Proposal) -> None:
    refs = sorted(p.post_ref for p in bury.posts.values())
    check_post_refs(bury, _line(""), "budget.csv, line 2")
    check_post_refs(bury, _line(f"{refs[0]}, {refs[1]}"), "budget.csv, line 2")
    assert (
        _refusal(check_post_refs, bury, _line(f"{refs[0]}, NOPE-1, NOPE-2"), "budget.csv, line 7")
        == 'budget.csv, line 7: post "NOPE-1" is not in the file.'
    )


def test_a_budget_import_replaces_every_old_line_in_one_undoable_step(bury: Proposal) -> None:
    old = dict(bury.budget_lines)
    assert len(old) == 5
    ref = next(iter(bury.posts.values())).post_ref
    lines = [(2, _line(ref, "Less budget to transfer")), (3, _line("", "Grant"))]
    batch = replace_budget(bury, lines, replace=True, source="budget.csv")
    document = DocumentId(max(bury.documents) + 1)
    assert batch == Batch(
        (
            *(RemovePayRecord(Table.BUDGET_LINES, key) for key in old),
            # After the old lines' ids, and each stated by the file at its line.
            PutPayRecord(dataclasses.replace(lines[0][1], id=BudgetLineId(6))),
            PutPayRecord(dataclasses.replace(lines[1][1], id=BudgetLineId(7))),
            PutDocument(Document(document, "budget.csv", "budget.csv")),
            PutProvenance(
                Provenance(ProvenanceId(0), "budget_lines", 6, "", Basis.STATED, document, "line 2")
            ),
            PutProvenance(
                Provenance(ProvenanceId(0), "budget_lines", 7, "", Basis.STATED, document, "line 3")
            ),
        ),
        "Import 2 budget lines from budget.csv",
    )
    before = bury.snapshot()
    applied = apply_edit(bury, batch)
    assert sorted(b.description for b in bury.budget_lines.values()) == [
        "Grant",
        "Less budget to transfer",
    ]
    apply_edit(bury, applied.inverse)
    assert bury.snapshot() == before


def test_a_budget_import_over_kept_lines_or_naming_a_missing_post_is_refused(
    bury: Proposal,
) -> None:
    assert _refusal(replace_budget, bury, [(2, _line())], False, "budget.csv") == (
        "The file already has 5 budget lines: replace them, or keep them and import nothing."
    )
    assert (
        _refusal(replace_budget, bury, [(2, _line()), (9, _line("GHOST"))], True, "b.csv")
        == 'b.csv, line 9: post "GHOST" is not in the file.'
    )
    bury.budget_lines.clear()
    batch = replace_budget(bury, [(2, _line())], False, "budget.csv")
    assert batch.edits[0] == PutPayRecord(dataclasses.replace(_line(), id=BudgetLineId(1)))
    assert len(batch.edits) == 3  # the line, the file's document, its source


def test_a_shipped_scale_into_an_empty_file_brings_every_year_and_its_bands() -> None:
    proposal = Proposal()
    shipped = shipped_scale(ShippedKind.NJC)
    batch = add_shipped_scale(proposal, ShippedKind.NJC)
    scale = PayScale(PayScaleId(1), "NJC pay spine", "NJC", shipped.description(shipped.years))
    assert batch.name == "Add the shipped NJC pay spine"
    assert batch.edits[0] == PutPayRecord(scale)
    points = [e.record for e in batch.edits if isinstance(e.record, PayPoint)]  # type: ignore[union-attr]
    assert len(points) == len(shipped.points) and {p.pay_year for p in points} == set(shipped.years)
    grades = [e.record for e in batch.edits if isinstance(e.record, Grade)]  # type: ignore[union-attr]
    assert grades == [
        Grade(
            GradeId(0),
            PayScaleId(1),
            g.code,
            g.bottom_point,
            g.top_point,
            description="NJC pay spine national band.",
        )
        for g in shipped.grades
    ]
    apply_edit(proposal, batch)
    assert proposal.pay_scales == {PayScaleId(1): scale}
    assert _refusal(add_shipped_scale, proposal, ShippedKind.NJC) == (
        "The proposal already has the shipped NJC pay spine for 2023/24, 2024/25, 2025/26."
    )


def test_a_shipped_scale_already_there_gains_only_the_years_it_lacks() -> None:
    proposal = Proposal()
    afc = shipped_scale(ShippedKind.AFC)
    apply_edit(proposal, add_shipped_scale(proposal, ShippedKind.AFC, ("2023/24",)))
    [scale] = proposal.pay_scales.values()
    assert sorted((g.code, g.description) for g in proposal.grades.values()) == sorted(
        (g.code, "NHS Agenda for Change national band.") for g in afc.grades
    )
    assert afc.grades
    # The same description: the scale stays as it is, only the year's points come.
    assert afc.description(("2024/25",)) == scale.description
    later = add_shipped_scale(proposal, ShippedKind.AFC, ("2024/25",))
    assert {type(e.record) for e in later.edits} == {PayPoint}  # type: ignore[union-attr]
    assert {e.record.pay_year for e in later.edits} == {"2024/25"}  # type: ignore[union-attr]
    apply_edit(proposal, later)
    # A year whose figures are derived changes the description: the scale is rewritten in place.
    assert afc.description(("2025/26",)) != scale.description
    derived = add_shipped_scale(proposal, ShippedKind.AFC, ("2025/26",))
    assert derived.edits[0] == PutPayRecord(
        dataclasses.replace(scale, description=afc.description(("2025/26",)))
    )
    apply_edit(proposal, derived)
    assert list(proposal.pay_scales) == [scale.id]


def test_a_scale_of_grades_only_has_no_years_and_says_so() -> None:
    proposal = Proposal()
    assert _refusal(add_shipped_scale, proposal, ShippedKind.SENIOR, ("2025/26",)) == (
        "The shipped Senior salaries has no 2025/26 (it has: no pay points: grades are entered)."
    )
    assert _refusal(add_shipped_scale, proposal, ShippedKind.NJC, ("2025/26", "2031/32")) == (
        "The shipped NJC pay spine has no 2031/32 (it has: 2023/24, 2024/25, 2025/26)."
    )
    apply_edit(proposal, add_shipped_scale(proposal, ShippedKind.SENIOR))
    assert _refusal(add_shipped_scale, proposal, ShippedKind.SENIOR) == (
        "The proposal already has the shipped Senior salaries for every year."
    )


def test_an_unknown_scale_name_is_none(bury: Proposal) -> None:
    assert scale_named(bury, "Craft spine") is None


def _njc(proposal: Proposal) -> PayScale:
    scale = scale_named(proposal, "NJC pay spine")
    assert scale is not None
    return scale


def test_a_pay_award_is_named_by_its_rate_and_rounds_half_pennies_up(bury: Proposal) -> None:
    njc = _njc(bury)
    award = uplift_scale(bury, njc, "2021/22", "2022/23", percent=Decimal("3.88"))
    assert award.name == "NJC pay spine: 2022/23 = 2021/22 + 3.88%"
    half = uplift_scale(bury, njc, "2021/22", " 2022/23 ", flat=Decimal("0.5"), points=(22, 22))
    old = bury.pay_points[njc.id, "2021/22", 22].salary
    assert old % 1 == 0  # whole pounds, so half a pound more is exactly half way
    assert half.edits[1] == PutPayRecord(PayPoint(njc.id, "2022/23", 22, old + 1))
    assert half.name == "NJC pay spine:  2022/23  = 2021/22 + a flat £1"
    assert half.edits[0].record.description.endswith(  # type: ignore[union-attr]
        "2022/23 : 2021/22 on points 22-22 + a flat £1 (a pay award entered in the proposal)."
    )


def test_a_pay_award_of_nothing_keeps_the_salaries(bury: Proposal) -> None:
    njc = _njc(bury)
    nothing = uplift_scale(bury, njc, "2021/22", "2022/23", flat=Decimal(0), points=(22, 23))
    assert nothing.name == "NJC pay spine: 2022/23 = 2021/22 + a flat £0"
    assert [e.record.salary for e in nothing.edits[1:]] == [  # type: ignore[union-attr]
        bury.pay_points[njc.id, "2021/22", point].salary for point in (22, 23)
    ]


def test_a_pay_award_refuses_in_one_exact_sentence(bury: Proposal) -> None:
    njc = _njc(bury)
    assert _refusal(uplift_scale, bury, njc, "2021/22", "2022/23") == (
        "Give the pay award as a percentage or as a flat amount, not both."
    )
    assert _refusal(
        uplift_scale, bury, njc, "2021/22", "2022/23", percent=Decimal(1), flat=Decimal(1)
    ) == ("Give the pay award as a percentage or as a flat amount, not both.")
    assert _refusal(uplift_scale, bury, njc, "2021/22", " 2021/22", percent=Decimal(1)) == (
        "A pay award moves a scale to another year: the years are the same."
    )
    assert _refusal(uplift_scale, bury, njc, "2030/31", "2031/32", percent=Decimal(1)) == (
        '"NJC pay spine" has no 2030/31 points to raise.'
    )
    assert _refusal(
        uplift_scale, bury, njc, "2021/22", "2022/23", percent=Decimal(1), points=(90, 95)
    ) == ('"NJC pay spine" has no 2021/22 points between points 90 and 95 to raise.')


def test_grades_into_a_scale_are_new_unless_their_code_is_there(bury: Proposal) -> None:
    njc = _njc(bury)
    six = next(g for g in bury.grades.values() if g.code == "Grade 6")
    batch = put_grades(
        bury,
        njc,
        [
            Grade(GradeId(0), PayScaleId(0), "Grade 6", 23, 25),
            Grade(GradeId(0), PayScaleId(0), "G-new", 3, 4),
        ],
    )
    assert batch == Batch(
        (
            PutPayRecord(Grade(six.id, njc.id, "Grade 6", 23, 25)),
            PutPayRecord(Grade(GradeId(0), njc.id, "G-new", 3, 4)),
        ),
        '2 grades into "NJC pay spine"',
    )
    assert _refusal(put_grades, bury, njc, []) == "There are no grades to add."


def test_a_grade_map_names_its_posts_and_refuses_exactly(bury_assumed_grades: Proposal) -> None:
    bury = bury_assumed_grades
    posts = [p.id for p in bury.posts.values() if p.grade == "Grade 8"]
    batch = map_grade(bury, "Grade 8", "Grade 9")
    assert batch == Batch(
        tuple(Regrade(p, "Grade 9") for p in posts),
        f'Map grade "Grade 8" to Grade 9 ({len(posts)} posts)',
    )
    assert _refusal(map_grade, bury, "Band 8", "Grade 9") == 'No post has the grade "Band 8".'
    assert _refusal(map_grade, bury, "Grade 8", "G99") == (
        'There is no grade "G99" to map "Grade 8" to: add it to a pay scale first '
        "(import a CSV of grade, bottom point, top point, or enter it in the grade editor)."
    )


SHIPPED = shipped_on_costs()["2025/26"]
TYPED_NI = {"ni_rate": Decimal("0.15"), "ni_threshold": Decimal(5000)}


def test_an_lgps_rule_takes_hmrc_figures_and_says_where_each_comes_from(bury: Proposal) -> None:
    edit = on_cost_rule(
        bury, OrganisationId(1), "2025/26", pension_scheme="LGPS", pension_rate=Decimal("0.205")
    )
    assert edit == PutPayRecord(
        OnCostRule(
            OnCostRuleId(0),
            OrganisationId(1),
            "2025/26",
            Decimal("0.15"),
            Decimal(5000),
            Decimal("0.205"),
            "LGPS",
            Decimal("0.005"),
            f"{SHIPPED.ni_source} LGPS 20.5%: the employer's rate, entered by the user.",
            None,
        )
    )
    unnamed = on_cost_rule(
        bury, OrganisationId(1), "2025/26", pension_scheme="", pension_rate=Decimal(0)
    ).record
    assert unnamed.pension_rate == 0  # type: ignore[union-attr]
    assert unnamed.source.endswith(" Pension 0%: the employer's rate, entered by the user.")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("given", "cites_hmrc"),
    [
        (
            {"ni_rate": Decimal("0.1"), "ni_threshold": Decimal(6000), "levy_rate": Decimal(0)},
            False,
        ),
        ({"ni_rate": Decimal("0.1"), "ni_threshold": Decimal(6000)}, True),
        ({"ni_rate": Decimal("0.1"), "levy_rate": Decimal(0)}, True),
        ({"ni_threshold": Decimal(6000), "levy_rate": Decimal(0)}, True),
    ],
)
def test_hmrc_is_cited_whenever_one_of_its_figures_is_used(
    bury: Proposal, given: dict[str, Decimal], cites_hmrc: bool
) -> None:
    rule = on_cost_rule(
        bury,
        OrganisationId(1),
        "2025/26",
        pension_scheme="LGPS",
        pension_rate=Decimal("0.2"),
        **given,
    ).record
    assert isinstance(rule, OnCostRule)
    assert rule.source.startswith(SHIPPED.ni_source) is cites_hmrc
    assert (rule.ni_rate, rule.ni_threshold, rule.apprenticeship_levy_rate) == (
        given.get("ni_rate", SHIPPED.ni_rate),
        given.get("ni_threshold", SHIPPED.ni_threshold),
        given.get("levy_rate", SHIPPED.levy_rate),
    )


def test_a_rule_for_an_employer_and_year_it_has_replaces_that_one_only(bury: Proposal) -> None:
    # Bury has rules for the council (1) and the CCG (2) in 2020/21 and 2021/22: ids 1 to 4.
    rule = on_cost_rule(
        bury,
        OrganisationId(1),
        "2021/22",
        pension_scheme="LGPS",
        pension_rate=Decimal("0.2"),
        levy_rate=Decimal(0),
        **TYPED_NI,
    ).record
    assert rule.id == 3  # type: ignore[union-attr]
    assert rule.source == "LGPS 20%: the employer's rate, entered by the user."  # type: ignore[union-attr]


def test_nhs_rates_shipped_for_the_year_are_taken_and_cited(bury: Proposal) -> None:
    rule = on_cost_rule(
        bury, OrganisationId(2), "2025/26", pension_scheme="", pension_rate=None, nhs_pension=True
    ).record
    assert isinstance(rule, OnCostRule)
    assert (rule.pension_scheme, rule.pension_rate, rule.pension_full_rate) == (
        "NHS Pension Scheme",
        SHIPPED.nhs_paid_rate,
        SHIPPED.nhs_full_rate,
    )
    assert rule.source == f"{SHIPPED.ni_source} {SHIPPED.nhs_source}"


def test_nhs_rates_typed_for_a_shipped_year_are_kept_and_said_to_be_typed(bury: Proposal) -> None:
    paid = on_cost_rule(
        bury,
        OrganisationId(2),
        "2025/26",
        pension_scheme="NHSPS",
        pension_rate=Decimal("0.15"),
        nhs_pension=True,
        **TYPED_NI,
        levy_rate=Decimal(0),
    ).record
    assert isinstance(paid, OnCostRule)
    assert (paid.pension_scheme, paid.pension_rate, paid.pension_full_rate) == (
        "NHSPS",
        Decimal("0.15"),
        SHIPPED.nhs_full_rate,
    )
    assert paid.source == (
        f"NHS Pension Scheme 2025/26 rates paid 15%: entered by the user. {SHIPPED.nhs_source}"
    )
    full = on_cost_rule(
        bury,
        OrganisationId(2),
        "2025/26",
        pension_scheme="",
        pension_rate=None,
        pension_full_rate=Decimal("0.25"),
        nhs_pension=True,
        **TYPED_NI,
        levy_rate=Decimal(0),
    ).record
    assert isinstance(full, OnCostRule)
    assert (full.pension_rate, full.pension_full_rate) == (SHIPPED.nhs_paid_rate, Decimal("0.25"))
    assert full.source == (
        f"NHS Pension Scheme 2025/26 rates full cost 25%: entered by the user. {SHIPPED.nhs_source}"
    )
    both = on_cost_rule(
        bury,
        OrganisationId(2),
        "2025/26",
        pension_scheme="",
        pension_rate=Decimal("0.15"),
        pension_full_rate=Decimal("0.25"),
        nhs_pension=True,
        **TYPED_NI,
        levy_rate=Decimal(0),
    ).record
    assert both.source == (  # type: ignore[union-attr]
        "NHS Pension Scheme 2025/26 rates paid 15%, full cost 25%: entered by the user."
    )


def test_on_cost_refusals_name_the_shipped_years_and_the_rate_in_percent(bury: Proposal) -> None:
    council = OrganisationId(1)
    years = "2023/24, 2024/25, 2025/26"
    assert _refusal(
        on_cost_rule,
        bury,
        council,
        "2030/31",
        pension_scheme="",
        pension_rate=Decimal("0.2"),
        ni_rate=Decimal("0.1"),
    ) == (f"No NI rates ship for 2030/31 (they do for {years}): give the NI rate and threshold.")
    assert _refusal(
        on_cost_rule,
        bury,
        council,
        "2030/31",
        pension_scheme="",
        pension_rate=Decimal("0.2"),
        **TYPED_NI,
    ) == (
        f"No apprenticeship levy rate ships for 2030/31 (it does for {years}): give the "
        "apprenticeship levy rate (0 for an employer whose pay bill is under £3m)."
    )
    assert _refusal(
        on_cost_rule,
        bury,
        council,
        "2030/31",
        pension_scheme="",
        pension_rate=None,
        nhs_pension=True,
        levy_rate=Decimal(0),
        **TYPED_NI,
    ) == (
        f"No NHS Pension rates ship for 2030/31 (they do for {years}): give the pension rate "
        "the employer pays."
    )
    assert _refusal(
        on_cost_rule, bury, council, "2025/26", pension_scheme="", pension_rate=None
    ) == (
        "Give the employer's pension rate (LGPS rates are set per employer by the fund's "
        "valuation), or choose the NHS Pension Scheme."
    )
    for field, what in (
        ("pension_full_rate", "full cost rate"),
        ("ni_rate", "NI rate"),
        ("levy_rate", "apprenticeship levy"),
    ):
        assert _refusal(
            on_cost_rule,
            bury,
            council,
            "2025/26",
            pension_scheme="",
            pension_rate=Decimal("0.2"),
            **{field: Decimal("1.5")},
        ) == (f"The {what} 150% is over 100%: give it as a percentage.")
    whole = on_cost_rule(
        bury, council, "2025/26", pension_scheme="", pension_rate=Decimal(1), levy_rate=Decimal(1)
    ).record
    assert (whole.pension_rate, whole.apprenticeship_levy_rate) == (1, 1)  # type: ignore[union-attr]
