"""`orgchart people FILE --from S1 --to S2`: every affected person with their outcome, counts
by outcome, pools with their people and posts, one-off costs and the timeline checks; names
only with --names; bad input one sentence, never a traceback."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

from orgchart_app.analysis.proposed_outcomes import propose_outcomes
from orgchart_app.domain import Proposal
from orgchart_app.edits import apply_edit, proposal_batch
from orgchart_app.storage import save_proposal
from tests.cli.helpers import orgchart
from tests.people.test_proposed_outcomes import staffed

NAME = "Zebedee Quartermaine"


def people_file(bury_assumed_grades_no_staff: Proposal, tmp_path: Path) -> Path:
    staffed(
        bury_assumed_grades_no_staff,
        {"BC-1010": 1, "BC-1013": 4, "BC-1022": 3, "BC-1030": 1, "BC-1061": 1},
    )
    first = next(
        h for h in bury_assumed_grades_no_staff.postholders.values() if h.employee_number == "T001"
    )
    bury_assumed_grades_no_staff.postholders[first.id] = dataclasses.replace(first, name=NAME)
    from_id, to_id = (
        bury_assumed_grades_no_staff.scenario_named("As is").id,
        bury_assumed_grades_no_staff.scenario_named("To be").id,
    )
    proposed = propose_outcomes(bury_assumed_grades_no_staff, from_id, to_id)
    apply_edit(bury_assumed_grades_no_staff, proposal_batch(proposed.pools, proposed.outcomes))
    staffed(bury_assumed_grades_no_staff, {"BC-1040": 1})  # affected, and left without an outcome
    path = tmp_path / "people.sqlite"
    save_proposal(bury_assumed_grades_no_staff, path)
    return path


def run(path: Path, *extra: str) -> str:
    result = orgchart("people", path, "--from", "As is", "--to", "To be", *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_text_lists_people_counts_pools_costs_and_checks(
    bury_assumed_grades_no_staff: Proposal, tmp_path: Path
) -> None:
    out = run(people_file(bury_assumed_grades_no_staff, tmp_path))
    assert "BC-1010 #1" in out and "slotted in" in out and "NEW-75" in out
    assert "Counts by outcome" in out and "in a ring-fenced pool: 7" in out
    assert "Pool A" in out and "7 people for 2 posts" in out
    assert "Without an outcome: 1" in out and "BC-1040 #1" in out
    assert "One-off costs" in out and "Timeline" in out
    assert NAME not in out and "T001" not in out


def test_json_and_csv_name_people_only_when_asked(
    bury_assumed_grades_no_staff: Proposal, tmp_path: Path
) -> None:
    path = people_file(bury_assumed_grades_no_staff, tmp_path)
    data = json.loads(run(path, "--format", "json"))
    assert data["counts"]["pool"] == 7 and data["counts"]["none"] == 1
    assert data["without_outcome"] == ["BC-1040 #1"]
    [pool] = data["pools"]
    assert pool["name"] == "Pool A" and len(pool["people"]) == 7
    assert [p["post_ref"] for p in pool["posts"]] == ["NEW-84"] and pool["seats"] == 2
    assert "name" not in data["people"][0] and NAME not in json.dumps(data)
    named = json.loads(run(path, "--format", "json", "--names"))
    assert named["people"][0]["name"] == NAME
    rows = list(csv.DictReader(io.StringIO(run(path, "--format", "csv"))))
    assert len(rows) == 11 and rows[0]["outcome"] == "slotted"
    assert "name" not in rows[0]


def test_bad_input_is_one_sentence(bury_assumed_grades_no_staff: Proposal, tmp_path: Path) -> None:
    path = people_file(bury_assumed_grades_no_staff, tmp_path)
    result = orgchart("people", path, "--from", "As is", "--to", "Nowhere")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith('orgchart: There is no scenario called "Nowhere"')
    same = orgchart("people", path, "--from", "As is", "--to", "As is")
    assert same.returncode == 2 and "Traceback" not in same.stderr
