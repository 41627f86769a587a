"""The proposal's lookups on a hand-made structure, cycles and misses included, and the labels."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from orgchart_app.domain import (
    BudgetLine,
    BudgetLineId,
    NotFound,
    OrganisationKind,
    PostStatus,
    Proposal,
    UnitKind,
    UnitStatus,
)
from orgchart_app.domain.errors import AmbiguousName
from orgchart_app.domain.model import Post
from orgchart_app.domain.tables import Table
from orgchart_app.samples.builder import ProposalBuilder


def small() -> tuple[ProposalBuilder, dict[str, int]]:
    """Two scenarios; in the first, A heads B and C, C heads D; units Root > Team > Squad."""
    b = ProposalBuilder("Small")
    council = b.organisation("Bury Council", "BC", OrganisationKind.LOCAL_AUTHORITY)
    b.organisation("Bury CCG", "CCG", OrganisationKind.NHS_BODY)
    one = b.scenario("Option")
    two = b.scenario("option")
    root = b.unit(one, "Root", UnitKind.ORGANISATION, council)
    team = b.unit(one, "Team", UnitKind.TEAM, council, root)
    squad = b.unit(one, "Squad", UnitKind.TEAM, council, team)
    other = b.unit(two, "Team", UnitKind.TEAM, council)
    a = b.post(one, "A", root, council, post_ref="A")
    bb = b.post(one, "B", team, council, a, post_ref="B", holder="Bea")
    c = b.post(one, "C", team, council, a, post_ref="C")
    d = b.post(one, "D", squad, council, c, post_ref="D")
    e = b.post(two, "E", other, council, post_ref="A")
    line = b.dotted(one, d, bb)
    return b, {
        "one": one,
        "two": two,
        "root": root,
        "team": team,
        "squad": squad,
        "other": other,
        "A": a,
        "B": bb,
        "C": c,
        "D": d,
        "E": e,
        "line": line,
    }


def test_a_scenario_name_matches_exactly_before_ignoring_case() -> None:
    b, ids = small()
    assert b.proposal.scenario_named("option").id == ids["two"]
    assert b.proposal.scenario_named("Option").id == ids["one"]
    assert b.proposal.scenario_named("OPTION").id == ids["one"]


def test_missing_names_are_refused_in_one_sentence() -> None:
    b, ids = small()
    with pytest.raises(NotFound) as scenario:
        b.proposal.scenario_named("To be")
    assert (
        str(scenario.value)
        == 'There is no scenario called "To be" (scenarios: "Option", "option").'
    )
    with pytest.raises(NotFound) as none:
        Proposal().scenario_named("As is")
    assert str(none.value) == 'There is no scenario called "As is" (scenarios: none).'
    with pytest.raises(NotFound) as organisation:
        b.proposal.organisation_named("MCC")
    assert str(organisation.value) == 'There is no organisation called "MCC".'
    with pytest.raises(NotFound) as unit:
        b.proposal.unit_called(ids["two"], "Squad")
    assert str(unit.value) == 'There is no unit called "Squad" in this scenario.'


def test_organisations_and_units_are_found_by_any_case_of_their_names() -> None:
    b, ids = small()
    assert b.proposal.organisation_named("bury ccg").short_name == "CCG"
    assert b.proposal.organisation_named("bc").name == "Bury Council"
    assert b.proposal.unit_called(ids["one"], "TEAM").id == ids["team"]
    assert b.proposal.unit_called(ids["two"], "team").id == ids["other"]


def test_a_name_two_units_share_is_refused_naming_both_and_a_reference_still_finds_one() -> None:
    b, ids = small()
    ccg = b.proposal.organisation_named("CCG").id
    care = b.unit(ids["one"], "Care", UnitKind.TEAM, b.proposal.organisation_named("BC").id)
    nhs_care = b.unit(ids["one"], "care", UnitKind.TEAM, ccg)
    with pytest.raises(AmbiguousName) as two:
        b.proposal.unit_called(ids["one"], " Care ")
    assert str(two.value) == (
        '2 units are called " Care " in "Option": name one by its reference (U005, U006).'
    )
    assert b.proposal.unit_called(ids["one"], "u006").id == nhs_care
    assert b.proposal.unit_called(ids["one"], "U005").id == care


def test_records_of_one_scenario() -> None:
    b, ids = small()
    p = b.proposal
    assert [q.id for q in p.posts_in(ids["two"])] == [ids["E"]]
    assert [u.id for u in p.units_in(ids["two"])] == [ids["other"]]
    assert [d.id for d in p.dotted_lines_in(ids["one"])] == [ids["line"]]
    assert p.dotted_lines_in(ids["two"]) == []
    assert p.post_by_ref(ids["two"], "A").id == ids["E"]  # type: ignore[union-attr]
    assert p.post_by_ref(ids["two"], "B") is None
    assert [h.name for h in p.postholders_of(ids["B"])] == ["Bea"]
    assert p.postholders_of(ids["C"]) == []


def test_reports_teams_and_chains() -> None:
    b, ids = small()
    p = b.proposal
    assert [q.id for q in p.reports_of(ids["A"])] == [ids["B"], ids["C"]]
    assert [q.id for q in p.team_of(ids["A"])] == [ids["A"], ids["B"], ids["C"], ids["D"]]
    assert [q.id for q in p.team_of(ids["C"])] == [ids["C"], ids["D"]]
    assert [q.id for q in p.line_chain(ids["D"])] == [ids["D"], ids["C"], ids["A"]]


def test_a_line_chain_stops_at_a_cycle_or_a_missing_manager() -> None:
    b, ids = small()
    p = b.proposal
    p.posts[ids["A"]] = _reporting(p.posts[ids["A"]], ids["D"])  # A -> D -> C -> A
    assert [q.id for q in p.line_chain(ids["D"])] == [ids["D"], ids["C"], ids["A"]]
    p.posts[ids["A"]] = _reporting(p.posts[ids["A"]], 999)
    assert [q.id for q in p.line_chain(ids["C"])] == [ids["C"], ids["A"]]


def _reporting(post: Post, manager: int) -> Post:
    return dataclasses.replace(post, reports_to_id=manager)


def test_unit_paths_and_subunits() -> None:
    b, ids = small()
    p = b.proposal
    assert [u.id for u in p.unit_path(ids["squad"])] == [ids["root"], ids["team"], ids["squad"]]
    assert [u.id for u in p.unit_path(ids["root"])] == [ids["root"]]
    assert [u.id for u in p.subunits_of(ids["root"])] == [ids["root"], ids["team"], ids["squad"]]
    assert [u.id for u in p.subunits_of(ids["squad"])] == [ids["squad"]]


def test_a_unit_path_through_a_cycle_ends() -> None:
    b, ids = small()
    p = b.proposal
    p.units[ids["root"]] = dataclasses.replace(p.units[ids["root"]], parent_id=ids["squad"])
    path = p.unit_path(ids["squad"])
    assert len(path) == len(p.units) + 1
    assert path[-1].id == ids["squad"]


def test_next_id_follows_the_largest() -> None:
    b, ids = small()
    assert b.proposal.next_id(Table.POSTS) == ids["E"] + 1
    assert Proposal().next_id(Table.POSTS) == 1


def test_totals_and_labels() -> None:
    b, ids = small()
    post = b.proposal.posts[ids["A"]]
    assert (
        dataclasses.replace(post, quantity=3, fte=0.33333).total_fte == 1.0
    )  # rounded to 4 places
    assert dataclasses.replace(post, quantity=7, fte=0.123456).total_fte == 0.8642
    line = BudgetLine(
        BudgetLineId(1), "C", "d", Decimal(1), Decimal(20), Decimal(300), Decimal(-4000)
    )
    assert line.total == Decimal(-3679)
    assert [s.label for s in PostStatus] == ["Filled", "Vacant", "Vacant - held"]
    assert [s.label for s in UnitStatus] == ["in place", "to be confirmed"]
    assert UnitKind.SUB_PILLAR.label == "sub-pillar"


def test_a_copy_is_the_same_proposal_info_included_until_one_changes() -> None:
    b, _ = small()
    b.proposal.info = dataclasses.replace(b.proposal.info, revision=7)
    copy = b.proposal.copy()
    assert copy.snapshot() == b.proposal.snapshot() and copy.info.revision == 7
    copy.units.clear()
    assert b.proposal.units
