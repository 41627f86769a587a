"""costing.py's sentences for a structure it cannot total: posts without a grade counted (one,
then two), a post on a grade no record defines not among them, and a scenario without a pay year
in a file without any pay rates."""

from __future__ import annotations

from orgchart_app.analysis.costing import cost_not_given, cost_scenario
from orgchart_app.domain import OrganisationKind, UnitKind
from orgchart_app.samples.builder import ProposalBuilder
from tests.analysis.g1 import g1_council

YEAR = "2025/26"


def test_ungraded_posts_are_counted_and_a_grade_no_record_defines_is_not_one() -> None:
    b, council = g1_council("Costing", {YEAR: {10: 20000, 12: 30000}})
    s = b.scenario("As is", pay_year=YEAR)
    team = b.unit(s, "Team", UnitKind.TEAM, council)
    b.post(s, "Graded", team, council, grade="G1")
    b.post(s, "Undefined", team, council, grade="G9")
    assert cost_not_given(cost_scenario(b.proposal, s)) == ""
    b.post(s, "Bare", team, council)
    assert cost_not_given(cost_scenario(b.proposal, s)) == (
        "1 post has no grade, so the structure's cost is not given."
    )
    b.post(s, "Bare too", team, council)
    assert cost_not_given(cost_scenario(b.proposal, s)) == (
        "2 posts have no grade, so the structure's cost is not given."
    )


def test_a_scenario_without_a_pay_year_in_a_file_without_rates_says_to_add_a_scale() -> None:
    b = ProposalBuilder("No pay")
    council = b.organisation("Council", "Council", OrganisationKind.LOCAL_AUTHORITY)
    s = b.scenario("As is")
    b.post(s, "Officer", b.unit(s, "Team", UnitKind.TEAM, council), council, grade="G1")
    assert cost_scenario(b.proposal, s).problems[0] == (
        '"As is" has no pay year: choose one to cost it (the file has pay rates for none yet: '
        "add a pay scale) in Costs > Pay Year and Costing Point, or with `orgchart paytable use`."
    )
