"""`orgchart cost FILE --scenario S --one-off`: one-off costs by person, year and total, no
names unless asked, as text, JSON or CSV."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

from orgchart_app.domain import Proposal
from orgchart_app.storage import save_proposal
from tests.cli.helpers import orgchart
from tests.people.test_one_off_costs import at_risk_person


def costed_file(bury: Proposal, tmp_path: Path) -> Path:
    at_risk_person(bury)
    person = next(h for h in bury.postholders.values() if h.employee_number == "F201")
    bury.postholders[person.id] = dataclasses.replace(person, name="Zebedee Quartermaine")
    path = tmp_path / "p.sqlite"
    save_proposal(bury, path)
    return path


def test_one_off_costs_as_text_without_names(bury: Proposal, tmp_path: Path) -> None:
    result = orgchart("cost", costed_file(bury, tmp_path), "--scenario", "To be", "--one-off")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "One-off costs" in out and "BC-1030 #1" in out and "at risk" in out
    assert "£22,345.67" in out and "2025/26" in out
    assert "Zebedee" not in out and "F201" not in out


def test_one_off_costs_as_json_and_csv_with_names(bury: Proposal, tmp_path: Path) -> None:
    path = costed_file(bury, tmp_path)
    result = orgchart(
        "cost", path, "--scenario", "To be", "--one-off", "--format", "json", "--names"
    )
    data = json.loads(result.stdout)
    assert data["total"] == "22345.67"
    assert data["by_year"] == {"2025/26": "22345.67"}
    [person] = data["people"]
    assert person["name"] == "Zebedee Quartermaine" and person["redundancy"] == "5000.00"
    rows = list(
        csv.DictReader(
            io.StringIO(
                orgchart("cost", path, "--one-off", "--format", "csv").stdout.lstrip("\ufeff")
            )
        )
    )
    assert rows[0]["person"] == "BC-1030 #1" and "name" not in rows[0]
    assert rows[0]["total"] == "22345.67"
