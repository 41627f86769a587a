"""Validation finds what a reader would trip on, one sentence each."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import ConsultationId
from orgchart_app.domain.outcomes import default_consultation
from orgchart_app.edits import MoveUnit, apply_edit


def test_the_samples_are_sound(bury: Proposal, manchester: Proposal) -> None:
    assert validate_proposal(bury) == []
    assert validate_proposal(manchester) == []


def test_a_reporting_cycle_is_named(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    lead, officer = bury.post_by_ref(as_is, "BC-1003"), bury.post_by_ref(as_is, "BC-1013")
    assert lead and officer
    bury.posts[lead.id] = dataclasses.replace(lead, reports_to_id=officer.id)
    problems = validate_proposal(bury)
    assert len(problems) == 1
    assert problems[0].startswith("As is: reporting cycle: ")
    assert "Strategic Lead (Strategy & Development)" in problems[0]


def test_a_long_reporting_cycle_is_named_in_one_short_line(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    chain = [p for p in bury.posts_in(as_is) if p.reports_to_id is not None][:12]
    for post, manager in zip(chain, chain[1:] + chain[:1], strict=True):
        bury.posts[post.id] = dataclasses.replace(post, reports_to_id=manager.id)
    (problem,) = [p for p in validate_proposal(bury) if "reporting cycle" in p]
    assert "(12 posts in the loop)" in problem and len(problem) < 400
    assert problem.count(" -> ") == 6


def test_a_dass_must_be_a_council_employee(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    dass = bury.post_by_ref(as_is, "BC-1002")
    assert dass
    bury.posts[dass.id] = dataclasses.replace(
        dass, employer_id=bury.organisation_named("Bury CCG").id
    )
    assert validate_proposal(bury) == [
        'As is: "Director of Community Commissioning (DASS)" (BC-1002) holds the statutory DASS '
        "role but is not employed by a council"
    ]


def test_broken_references_are_reported_first(bury: Proposal) -> None:
    post = next(iter(bury.posts.values()))
    bury.posts[post.id] = dataclasses.replace(post, unit_id=9999)  # type: ignore[arg-type]
    assert validate_proposal(bury) == [
        f'post {post.id} ("{post.title}"), field "unit_id": there is no unit 9999'
    ]


def test_pay_records_pointing_nowhere_are_broken_references(bury: Proposal) -> None:
    grade = next(iter(bury.grades.values()))
    bury.grades[grade.id] = dataclasses.replace(grade, pay_scale_id=999)  # type: ignore[arg-type]
    rule = next(iter(bury.on_cost_rules.values()))
    bury.on_cost_rules[rule.id] = dataclasses.replace(rule, organisation_id=999)  # type: ignore[arg-type]
    problems = validate_proposal(bury)
    assert (
        f'grade {grade.id} ("{grade.code}"), field "pay_scale_id": there is no pay_scale 999'
        in problems
    )
    assert (
        f'on_cost_rule {rule.id}, field "organisation_id": there is no organisation 999' in problems
    )


def test_units_inside_each_other_and_a_missing_based_on_are_unsound(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is")
    to_be = bury.scenario_named("To be")
    pillar = bury.unit_called(as_is.id, "Community Commissioning")
    team = bury.unit_called(as_is.id, "Provider Relationship Team")
    bury.units[pillar.id] = dataclasses.replace(pillar, parent_id=team.id)
    bury.scenarios[to_be.id] = dataclasses.replace(to_be, based_on_id=99)  # type: ignore[arg-type]
    assert validate_proposal(bury) == [
        f'scenario {to_be.id} ("To be"), field "based_on_id": there is no scenario 99',
        f'unit {pillar.id} ("Community Commissioning"), field "parent_id": units contain each '
        "other: Community Commissioning > Provider Relationship Team > Community Commissioning",
    ]


def test_a_post_deployed_against_its_units_organisation_is_a_finding(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    brokerage, lco = bury.unit_called(as_is, "Brokerage"), bury.unit_called(as_is, "Bury LCO")
    apply_edit(bury, MoveUnit(brokerage.id, lco.id))  # the posts keep their OCO deployment
    assert validate_proposal(bury) == [
        f'As is: "{title}" ({ref}) is deployed to OCO but sits in "Brokerage", a unit of Bury LCO'
        for title, ref in (
            ("Brokerage Relationship Officer", "BC-1070"),
            ("Brokerage Relationship Assistant", "BC-1071"),
        )
    ]


def test_a_consultation_the_designer_would_refuse_is_a_finding(bury: Proposal) -> None:
    # A file written by another tool: protection above 100% opened "sound", then the one-off
    # costs refused it with a sentence naming no consultation.
    to_be = bury.scenario_named("To be")
    consultation = dataclasses.replace(
        default_consultation(to_be.id),
        id=ConsultationId(1),
        protection=(Decimal(150), Decimal(50)),
        multiplier=Decimal("0.5"),
    )
    bury.consultations[consultation.id] = consultation
    problems = validate_proposal(bury)
    assert 'The consultation on "To be": "protection" percentages must each be from 0 to 100.' in (
        problems
    )
    assert any(p.startswith('The consultation on "To be": "multiplier" 0.5') for p in problems)
