"""The proposal's lookups: scenarios by name, teams, line chains and unit paths."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable

import pytest

from orgchart_app.domain import NotFound, Proposal
from orgchart_app.domain.tables import RECORD_TABLES


def test_every_table_is_a_field_of_the_proposal() -> None:
    assert {t.value for t in RECORD_TABLES} == set(Proposal.__dataclass_fields__) - {"info"}


def test_scenario_named_is_exact_then_case_blind(bury: Proposal) -> None:
    assert bury.scenario_named("to be").name == "To be"
    with pytest.raises(
        NotFound, match=r'no scenario called "Option C" \(scenarios: "As is", "To be"\)'
    ):
        bury.scenario_named("Option C")


def test_team_of_a_manager_is_everyone_beneath_it_top_first(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    manager = bury.post_by_ref(as_is, "BC-1010")
    assert manager is not None
    team = bury.team_of(manager.id)
    assert [p.post_ref for p in team] == ["BC-1010", "BC-1011", "BC-1012", "BC-1013", "BC-1014"]


def test_line_chain_climbs_to_the_top(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    officer = bury.post_by_ref(as_is, "BC-1013")
    assert officer is not None
    assert [p.post_ref for p in bury.line_chain(officer.id)] == [
        "BC-1013",
        "BC-1011",
        "BC-1010",
        "BC-1003",
        "BC-1002",
        "BC-1001",
    ]


def test_unit_path_runs_from_the_organisation_down(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    team = bury.unit_called(as_is, "Reviewing Team")
    assert [u.name for u in bury.unit_path(team.id)] == [
        "Bury OCO",
        "Community Commissioning",
        "Reviewing Team",
    ]


def test_copy_is_independent(bury: Proposal) -> None:
    copy = bury.copy()
    copy.posts.clear()
    assert bury.posts and copy.snapshot() != bury.snapshot()


def _finishes(work: Callable[[], object], seconds: float = 5) -> bool:
    # A walk that never ends would spin here forever: watch it from a thread instead.
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(seconds)
    return not worker.is_alive()


def test_walks_down_the_structure_end_on_a_cycle(bury: Proposal) -> None:
    """Open refuses such a file, but no walk may depend on that: each visits a record once."""
    as_is = bury.scenario_named("As is").id
    pillar = bury.unit_called(as_is, "Community Commissioning")
    team = next(u for u in bury.units_in(as_is) if u.parent_id == pillar.id)
    bury.units[pillar.id] = dataclasses.replace(pillar, parent_id=team.id)
    lead, officer = bury.post_by_ref(as_is, "BC-1003"), bury.post_by_ref(as_is, "BC-1013")
    assert lead and officer
    bury.posts[lead.id] = dataclasses.replace(lead, reports_to_id=officer.id)
    assert _finishes(lambda: bury.subunits_of(pillar.id))
    assert {u.id for u in bury.subunits_of(pillar.id)} >= {pillar.id, team.id}
    assert _finishes(lambda: bury.team_of(lead.id))
    assert len({p.id for p in bury.team_of(lead.id)}) == len(bury.team_of(lead.id))
