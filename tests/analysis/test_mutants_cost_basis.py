"""What a cost rests on (cost_basis.py) and the costings a CostBook shares (cost_book.py), on
test_costing.tiny(): the posts' assumed pay fields counted by reason, the pay tables' reasons
once each; a book's costing made once per proposal state and options, the scenario's own point
and year being the same costing as the options that name them."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from orgchart_app.analysis.cost_basis import cost_assumptions, with_assumptions
from orgchart_app.analysis.cost_book import CostBook
from orgchart_app.analysis.costing import CostingOptions, PensionBasis, cost_scenario
from orgchart_app.domain import CostingPoint, Proposal
from orgchart_app.domain.ids import ProvenanceId
from orgchart_app.domain.provenance import Basis, Provenance
from orgchart_app.domain.tables import Table
from orgchart_app.edits import CopyScenario, apply_edit
from tests.analysis.test_costing import YEAR, post, tiny


def note(
    proposal: Proposal, table: Table, record: int, field: str, reason: str, basis: Basis
) -> None:
    row_id = ProvenanceId(len(proposal.provenance) + 1)
    proposal.provenance[row_id] = Provenance(
        row_id, table.value, record, field, basis, reason=reason
    )


def test_assumed_pay_of_the_scenarios_posts_is_counted_by_reason() -> None:
    proposal, s = tiny()
    apply_edit(proposal, CopyScenario(s, "Other"))
    other = next(p for p in proposal.posts.values() if p.scenario_id != s)
    assumed, stated = Basis.ASSUMED, Basis.STATED
    note(proposal, Table.POSTS, post(proposal, "O").id, "grade", "not in the report", assumed)
    note(proposal, Table.POSTS, post(proposal, "PT").id, "grade", "not in the report", assumed)
    note(proposal, Table.POSTS, post(proposal, "H").id, "spinal_point", "the top", assumed)
    note(proposal, Table.POSTS, post(proposal, "N").id, "grade", "stated", stated)
    note(proposal, Table.POSTS, post(proposal, "L").id, "title", "a guess", assumed)
    note(proposal, Table.POSTS, other.id, "grade", "another scenario's", assumed)
    note(proposal, Table.UNITS, 1, "", "a unit's", assumed)
    note(proposal, Table.GRADES, 1, "", "NJC grades assumed", assumed)
    note(proposal, Table.PAY_POINTS, 1, "", "NJC grades assumed", assumed)
    note(proposal, Table.ON_COST_RULES, 1, "", "rates of 2020/21", assumed)
    assert cost_assumptions(proposal, s) == (
        "grade: not in the report (2 posts)",
        "spinal point: the top (1 post)",
        "pay: NJC grades assumed",
        "pay: rates of 2020/21",
    )


def test_the_assumptions_follow_the_sentence_in_one() -> None:
    assert with_assumptions("It costs £1.", ("a (1 post)", "pay: b")) == (
        "It costs £1. These figures rest on assumptions: a (1 post); pay: b."
    )


def test_a_book_costs_once_and_shares_the_same_costing() -> None:
    proposal, s = tiny()
    book = CostBook(proposal)
    first = book.cost(proposal, s, CostingOptions())
    assert first == cost_scenario(proposal, s)
    assert book.cost(proposal, s, CostingOptions()) is first
    # The scenario's own point and year named in the options: the same costing.
    named = CostingOptions(costing_point=CostingPoint.TOP, pay_year=YEAR)
    assert book.cost(proposal, s, named) is first


def test_each_option_a_costing_depends_on_makes_its_own() -> None:
    proposal, s = tiny()
    book = CostBook(proposal)
    plain = book.cost(proposal, s, CostingOptions())
    for options in (
        CostingOptions(costing_point=CostingPoint.BOTTOM),
        CostingOptions(pay_year="2021/22"),
        CostingOptions(pension_basis=PensionBasis.FULL),
        CostingOptions(pay_uplift=Decimal("0.01")),
    ):
        made = book.cost(proposal, s, options)
        assert made == cost_scenario(proposal, s, options) and made != plain
        assert book.cost(proposal, s, options) is made
    assert book.cost(proposal, s, CostingOptions()) is plain


def test_a_proposal_other_than_the_books_is_costed_afresh() -> None:
    proposal, s = tiny()
    book = CostBook(proposal)
    book.cost(proposal, s, CostingOptions())
    edited = dataclasses.replace(proposal)
    edited.posts = dict(proposal.posts)
    head = post(edited, "H")
    edited.posts[head.id] = dataclasses.replace(head, salary=Decimal(1))
    made = book.cost(edited, s, CostingOptions())
    assert made == cost_scenario(edited, s) and made != book.cost(proposal, s, CostingOptions())
    bottom = CostingOptions(costing_point=CostingPoint.BOTTOM)
    assert book.cost(edited, s, bottom) == cost_scenario(edited, s, bottom) != made
    assert book.proposal is proposal
