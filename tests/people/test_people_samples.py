"""`orgchart people` on both samples: fictional postholders, marked as such, with the outcomes
their reports give them (Bury's social care managers pooled for the four new Senior Integrated
Commissioning Manager posts; Manchester's 32 staff changing deployment, nobody at risk)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from orgchart_app.samples.people import FICTIONAL
from orgchart_app.storage import open_proposal
from tests.cli.helpers import orgchart


def people(path: Path, *extra: str) -> str:
    result = orgchart("people", path, "--from", "As is", "--to", "To be", *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_bury_pools_its_social_care_managers_for_the_four_new_posts(bury_file: Path) -> None:
    data = json.loads(people(bury_file, "--format", "json"))
    assert data["fictional"] is True
    pool = next(p for p in data["pools"] if p["name"] == "Pool A")
    assert [p["title"] for p in pool["posts"]] == ["Senior Integrated Commissioning Manager"] * 4
    assert pool["seats"] == 4 and len(pool["people"]) == 5
    assert {p["post_ref"] for p in data["people"] if p["to"] == "Pool A"} == {
        "BC-1010",
        "BC-1011",
        "BC-1012",
        "BC-1020",
        "BC-1021",
    }
    # The report does not name who is in the pool (5.3): proposed, not decided.
    assert not any(p["confirmed"] for p in data["people"] if p["to"] == "Pool A")
    # The 18 filled deleted posts and the 8 staff of the teams that move: 26 people, each
    # with an outcome (the designer's proposals for those the report does not decide).
    assert len(data["people"]) == 26 and data["without_outcome"] == []
    named = people(bury_file, "--names")
    assert "Postholder 1" in named and "fictional" in named


def test_manchester_moves_32_staff_with_no_change_of_employer(manchester_file: Path) -> None:
    data = json.loads(people(manchester_file, "--format", "json"))
    assert data["counts"] == {"no_change": 32}
    assert all(p["confirmed"] for p in data["people"])
    assert data["one_off_costs"]["total"] == "0.00"
    text = people(manchester_file)
    assert "at risk" not in text and "fictional" in text


def test_a_one_off_cost_that_cannot_be_worked_out_is_not_known_rather_than_nil(
    bury_file: Path,
) -> None:
    """The report grades no post and gives no leaving dates: the six at-risk people's redundancy
    pay cannot be estimated, which is not the same as costing nothing."""
    data = json.loads(people(bury_file, "--format", "json"))["one_off_costs"]
    at_risk = [p for p in data["people"] if p["outcome"] == "at risk"]
    assert len(at_risk) == 6
    assert all(p["known"] is False and p["redundancy"] is None for p in at_risk)
    assert all(p["total"] is None for p in at_risk)
    assert data["not_known"] == 6
    text = people(bury_file)
    table = text[text.index("One-off costs") : text.index("Timeline")]
    row = next(line for line in table.splitlines() if line.strip().startswith("BC-1030 #1"))
    assert "£0.00" not in row and "not known" in row
    assert "Total: £0.00, not including the 6 people whose costs are not known" in table


def test_every_fictional_person_joined_after_sixteen_and_before_the_change(bury_file: Path) -> None:
    """Invented dates still have to be possible ones: service that starts after the restructure
    (or before the person could work) would cost redundancy on years nobody served."""
    proposal = open_proposal(bury_file).proposal
    takes_effect = dt.date(2021, 4, 1)  # 002: the report of 25 March 2021
    dated = [p for p in proposal.postholders.values() if p.notes == FICTIONAL]
    assert dated
    for person in dated:
        assert person.service_start is not None and person.date_of_birth is not None
        assert person.service_start < takes_effect, person.name
        assert person.service_start.year - person.date_of_birth.year >= 16, person.name
