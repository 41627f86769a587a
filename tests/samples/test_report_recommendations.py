"""The bundled samples say what the published reports recommend, item for item, and no more.

The expected text below is copied by hand from the reports (the seeds the samples were built
from), never produced by our code:
- Bury: "Report to HR & Appeals Panel, 25 March 2021", section 7 (Recommendations).
- Manchester: "Report to Personnel Committee, 24 July 2019", Recommendations 1-4 (and the
  delegation under Annex 1 of the Officer Employment Procedure Rules, s.3.3).
"""

from __future__ import annotations

import re

import pytest

from orgchart_app.analysis.recommendation_text import as_text
from orgchart_app.analysis.recommendations import Recommendations, build_recommendations
from orgchart_app.domain import Proposal
from orgchart_app.samples import build_bury, build_manchester


def _recommendations(proposal: Proposal) -> Recommendations:
    return build_recommendations(
        proposal, proposal.scenario_named("As is").id, proposal.scenario_named("To be").id
    )


# Bury section 7: (verb, what, [(title, count)]), in the report's order.
BURY_SECTION_7: list[tuple[str, str, list[tuple[str, int | None]]]] = [
    (
        "support",
        "establishment",
        [
            ("Senior Integrated Commissioning Manager", 4),
            ("Integrated Commissioning Officer", 7),
            ("Integrated Commissioning Support Officer", 3),
            ("Quality Assurance Officer", 2),
        ],
    ),
    (
        "support",
        "deletion",
        [
            ("Provider Relationship Manager", 1),
            ("Provider Relationship Lead", 2),
            ("Provider Relationship Officer", 7),
            ("Strategic Planning & Development Manager", 1),
            ("Strategic Planning & Development Lead", 1),
            ("Project Lead", 3),
            ("Strategic Planning & Development Officer", 3),
            ("Carers Engagement Co-ordinator", 3),
        ],
    ),
    (
        "support",
        "permanent line management",
        [("Head of Adult Safeguarding", None), ("Deputy Director of Primary Care", None)],
    ),
    (
        "support",
        "transfer",
        [("Brokerage Relationship Officer", 1), ("Brokerage Relationship Assistant", 1)],
    ),
    ("support", "transfer", [("Personalisation Business Support Team", None)]),
]


def _count(text: str) -> int | None:
    found = re.search(r" x ?(\d+)\b", text)
    return int(found.group(1)) if found else None


def test_bury_sample_recommends_what_section_7_recommends_and_nothing_else() -> None:
    result = _recommendations(build_bury())
    included = result.recommendations
    assert len(included) == len(BURY_SECTION_7), as_text(result)
    for recommendation, (verb, what, items) in zip(included, BURY_SECTION_7, strict=True):
        assert recommendation.verb == verb
        assert what in recommendation.subject
        assert [i.text.split(" x")[0].split(" (")[0] for i in recommendation.items] == [
            title for title, _ in items
        ]
        assert [_count(i.text) for i in recommendation.items] == [count for _, count in items]
    # Section 7 names the CCG's post as the CCG's, in the line management item.
    assert included[2].items[1].text == "Deputy Director of Primary Care (CCG)"
    assert "Director of Community Commissioning" in included[2].subject
    assert "Intermediate Tier" in included[3].subject
    assert "Corporate Core" in included[4].subject


def test_bury_sample_prints_no_heading_claiming_a_ccg_post_is_a_council_post() -> None:
    text = as_text(_recommendations(build_bury()))
    assert "(Bury Council posts)" not in text


# Manchester's Recommendations 1-4, as (verb, words each must contain).
MANCHESTER_RECOMMENDATIONS = [
    (
        "note",
        [
            "key changes",
            "Phase 2",
            "change of deployment for 32 Manchester City Council employees from MHCC to MLCO",
        ],
    ),
    (
        "agree",
        [
            "re-designation of the existing vacant and funded role of Director of Adult "
            "Services SS4",
            "Deputy Director of Adult Social Services SS4",
            "non-designated Deputy Chief Officer",
            "delegate authority to the Executive Director of Adult Social Services",
            "Annex 1 of the Officer Employment Procedure Rules",
        ],
    ),
    (
        "note",
        [
            "redesignation of the Strategic Lead Commissioning role (SS2) to Head of Service "
            "Strategy SS2",
            "within MHCC",
        ],
    ),
    (
        "note",
        [
            "change of deployment of two roles of Strategic Lead (SS2) from MHCC to MLCO",
            "further reviewed by the Executive Director of Adult Social Services",
        ],
    ),
]


def test_manchester_sample_recommends_the_reports_four_items_and_nothing_else() -> None:
    result = _recommendations(build_manchester())
    assert len(result.recommendations) == 4, as_text(result)
    for recommendation, (verb, words) in zip(
        result.recommendations, MANCHESTER_RECOMMENDATIONS, strict=True
    ):
        assert recommendation.verb == verb
        for word in words:
            assert word in recommendation.sentence
    assert not result.flagged


def test_manchester_earlier_redesignation_is_history_not_for_decision() -> None:
    # s.3.3: the former Deputy DASS "has now been redesignated as Director of Business
    # Transformation": done before the report, so it is in the as-is.
    proposal = build_manchester()
    as_is = proposal.scenario_named("As is").id
    titles = {p.title for p in proposal.posts_in(as_is)}
    assert "Director of Business Transformation" in titles
    draft = _recommendations(proposal)
    assert "Business Transformation" not in as_text(draft)


def test_manchester_deployment_counts_staff_not_fte_and_invents_no_grade() -> None:
    # Recommendation 1: "32 Manchester City Council employees", the two SS2 Strategic Leads
    # among them (Recommendation 4); the report gives them no grade and no FTE.
    proposal = build_manchester()
    to_be = proposal.scenario_named("To be")
    generated = build_recommendations(
        proposal, proposal.scenario_named("As is").id, to_be.id, use_stored=False
    )
    deployment = [r for r in generated.recommendations if "deployment" in r.subject]
    assert len(deployment) == 1
    assert "(32 staff in all)" in deployment[0].subject
    assert "FTE" not in deployment[0].sentence
    assert "G7" not in deployment[0].sentence


@pytest.mark.parametrize("build", [build_bury, build_manchester])
def test_every_change_of_the_samples_is_covered_by_a_stored_item(build) -> None:  # type: ignore[no-untyped-def]
    result = _recommendations(build())
    assert not result.uncovered and not result.flagged
