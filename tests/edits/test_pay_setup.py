"""One-step pay set-up edits: each is one Batch, undone exactly, refused with one sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.model import Grade
from orgchart_app.domain.shipped_pay import ShippedKind
from orgchart_app.edits import ChangeFte, Regrade, apply_edit
from orgchart_app.edits.pay_setup import (
    add_shipped_scale,
    map_grade,
    on_cost_rule,
    put_grades,
    scale_named,
    uplift_scale,
)

# NI for a year HMRC's rates do not ship for, as a user types them in.
TYPED_NI = {"ni_rate": Decimal("0.15"), "ni_threshold": Decimal(5000)}


def _undone(proposal: Proposal, edit: object) -> None:
    before = proposal.snapshot()
    applied = apply_edit(proposal, edit)  # type: ignore[arg-type]
    assert proposal.snapshot() != before
    apply_edit(proposal, applied.inverse)
    assert proposal.snapshot() == before
    apply_edit(proposal, applied.edit)


def test_shipped_afc_scale_in_one_step_with_its_bands(bury_assumed_grades: Proposal) -> None:
    edit = add_shipped_scale(bury_assumed_grades, ShippedKind.AFC, ("2025/26",))
    _undone(bury_assumed_grades, edit)
    scale = [
        s for s in bury_assumed_grades.pay_scales.values() if s.name == "NHS Agenda for Change"
    ]
    assert len(scale) == 1  # the sample's own AfC scale gained the year, not a second scale
    assert bury_assumed_grades.pay_points[scale[0].id, "2025/26", 501].salary == 31049
    assert "Band 9" in {
        g.code for g in bury_assumed_grades.grades.values() if g.pay_scale_id == scale[0].id
    }
    with pytest.raises(EditRefused, match="already has"):
        add_shipped_scale(bury_assumed_grades, ShippedKind.AFC, ("2025/26",))
    with pytest.raises(EditRefused, match="has no 2031/32"):
        add_shipped_scale(bury_assumed_grades, ShippedKind.NJC, ("2031/32",))


def test_pay_award_by_percent_and_flat_per_point(bury_assumed_grades: Proposal) -> None:
    njc = scale_named(bury_assumed_grades, "NJC pay spine")
    assert njc is not None
    _undone(
        bury_assumed_grades,
        uplift_scale(
            bury_assumed_grades, njc, "2021/22", "2022/23", flat=Decimal(1925), points=(18, 43)
        ),
    )
    assert (
        bury_assumed_grades.pay_points[njc.id, "2022/23", 22].salary == 29439
    )  # the NJC 2022/23 SCP 22
    njc = scale_named(bury_assumed_grades, "NJC pay spine")
    assert njc is not None and "2022/23: 2021/22 on points 18-43 + a flat £1,925" in njc.description
    apply_edit(
        bury_assumed_grades,
        uplift_scale(
            bury_assumed_grades, njc, "2022/23", "2023/24", percent=Decimal("3.88"), points=(40, 43)
        ),
    )
    assert bury_assumed_grades.pay_points[njc.id, "2023/24", 43].salary == round(
        49590 * Decimal("1.0388")
    )
    assert (njc.id, "2023/24", 39) not in bury_assumed_grades.pay_points
    with pytest.raises(EditRefused, match="no 2030/31 points"):
        uplift_scale(bury_assumed_grades, njc, "2030/31", "2031/32", percent=Decimal(2))


def test_grades_replace_same_code_and_a_grade_text_maps_to_a_grade(
    bury_assumed_grades: Proposal,
) -> None:
    njc = scale_named(bury_assumed_grades, "NJC pay spine")
    assert njc is not None
    _undone(
        bury_assumed_grades,
        put_grades(
            bury_assumed_grades,
            njc,
            [
                Grade(0, 0, "Grade 6", 23, 25),  # type: ignore[arg-type]
                Grade(0, 0, "Grade 7", 26, 28),
            ],
        ),
    )  # type: ignore[arg-type]
    six = [g for g in bury_assumed_grades.grades.values() if g.code == "Grade 6"]
    assert [(g.bottom_point, g.top_point) for g in six] == [(23, 25)]
    posts = [p for p in bury_assumed_grades.posts.values() if p.grade == "Grade 8"]
    _undone(bury_assumed_grades, map_grade(bury_assumed_grades, "Grade 8", "Grade 7"))
    assert all(bury_assumed_grades.posts[p.id].grade == "Grade 7" for p in posts)
    with pytest.raises(EditRefused, match='no grade "G99"'):
        map_grade(bury_assumed_grades, "Grade 9", "G99")


def test_on_cost_rule_takes_hmrc_rates_and_says_where_they_come_from(
    bury_assumed_grades: Proposal,
) -> None:
    council = next(iter(bury_assumed_grades.organisations.values()))
    edit = on_cost_rule(
        bury_assumed_grades,
        council.id,
        "2025/26",
        pension_scheme="LGPS",
        pension_rate=Decimal("0.205"),
    )
    _undone(bury_assumed_grades, edit)
    rule = next(r for r in bury_assumed_grades.on_cost_rules.values() if r.pay_year == "2025/26")
    assert (rule.ni_rate, rule.ni_threshold, rule.apprenticeship_levy_rate) == (
        Decimal("0.15"),
        5000,
        Decimal("0.005"),
    )
    assert "HMRC" in rule.source and "entered by the user" in rule.source
    nhs = on_cost_rule(
        bury_assumed_grades,
        council.id,
        "2024/25",
        pension_scheme="",
        pension_rate=None,
        nhs_pension=True,
    ).record
    assert (nhs.pension_rate, nhs.pension_full_rate) == (Decimal("0.1438"), Decimal("0.2378"))  # type: ignore[union-attr]
    with pytest.raises(EditRefused, match="pension rate"):
        on_cost_rule(
            bury_assumed_grades, council.id, "2025/26", pension_scheme="", pension_rate=None
        )
    with pytest.raises(EditRefused, match="No NI rates ship for 2030/31"):
        on_cost_rule(
            bury_assumed_grades,
            council.id,
            "2030/31",
            pension_scheme="",
            pension_rate=Decimal("0.2"),
        )


def test_posts_on_unmatched_grades_stay_editable_after_a_scale_is_added(
    bury_assumed_grades: Proposal,
) -> None:
    """A shipped scale brings grades; posts whose grade text matches none of them must still
    take other edits (FTE), while a regrade to a grade that does not exist is refused."""
    officer = next(p for p in bury_assumed_grades.posts.values() if p.grade == "Grade 8")
    for grade in [g for g in bury_assumed_grades.grades.values() if g.code == "Grade 8"]:
        del bury_assumed_grades.grades[
            grade.id
        ]  # as an imported file: the posts' grade text matches nothing
    apply_edit(
        bury_assumed_grades, add_shipped_scale(bury_assumed_grades, ShippedKind.AFC, ("2025/26",))
    )
    apply_edit(bury_assumed_grades, ChangeFte(officer.id, 0.5))
    assert (
        bury_assumed_grades.posts[officer.id].fte == 0.5
        and bury_assumed_grades.posts[officer.id].grade == "Grade 8"
    )
    with pytest.raises(EditRefused, match='Grade "G99" is not one of'):
        apply_edit(bury_assumed_grades, Regrade(officer.id, "G99"))


def test_a_year_without_shipped_rates_and_no_levy_is_refused_in_one_sentence(
    bury_assumed_grades: Proposal,
) -> None:
    council = next(iter(bury_assumed_grades.organisations.values()))
    with pytest.raises(EditRefused, match="No apprenticeship levy rate ships for 2030/31"):
        on_cost_rule(
            bury_assumed_grades,
            council.id,
            "2030/31",
            pension_scheme="",
            pension_rate=Decimal("0.2"),
            **TYPED_NI,
        )
    rule = on_cost_rule(
        bury_assumed_grades,
        council.id,
        "2030/31",
        pension_scheme="LGPS",
        pension_rate=Decimal("0.2"),
        levy_rate=Decimal(0),
        **TYPED_NI,
    )
    _undone(bury_assumed_grades, rule)
    assert "HMRC" not in rule.record.source  # type: ignore[union-attr]


def test_nhs_pension_for_a_year_without_shipped_rates_takes_the_rates_typed_in(
    bury: Proposal,
) -> None:
    """Shipped NHS Pension rates end at 2025/26: a user costing 2026/27 types them in."""
    council = next(iter(bury.organisations.values()))
    with pytest.raises(EditRefused, match="No NHS Pension rates ship for 2026/27"):
        on_cost_rule(
            bury,
            council.id,
            "2026/27",
            pension_scheme="",
            pension_rate=None,
            nhs_pension=True,
            levy_rate=Decimal("0.005"),
            **TYPED_NI,
        )
    edit = on_cost_rule(
        bury,
        council.id,
        "2026/27",
        pension_scheme="",
        pension_rate=Decimal("0.1438"),
        nhs_pension=True,
        pension_full_rate=Decimal("0.2378"),
        levy_rate=Decimal("0.005"),
        **TYPED_NI,
    )
    _undone(bury, edit)
    rule = next(r for r in bury.on_cost_rules.values() if r.pay_year == "2026/27")
    assert (rule.pension_scheme, rule.pension_rate, rule.pension_full_rate) == (
        "NHS Pension Scheme",
        Decimal("0.1438"),
        Decimal("0.2378"),
    )
    assert "entered by the user" in rule.source and "2026/27" in rule.source


def test_a_rate_over_100_percent_is_refused_in_percent(bury: Proposal) -> None:
    council = next(iter(bury.organisations.values()))
    with pytest.raises(EditRefused) as refused:
        on_cost_rule(bury, council.id, "2025/26", pension_scheme="", pension_rate=Decimal("1.2"))
    assert str(refused.value) == "The pension rate 120% is over 100%: give it as a percentage."
