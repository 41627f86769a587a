"""`orgchart export FILE --scenario S --consultation --pdf OUT`: the staff consultation pack:
the current and proposed structure of each affected team, what changes, the pools, the
selection process and timeline; no names unless asked; headcounts under 5 as "fewer than 5"."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import ConsultationId
from orgchart_app.domain.outcomes import Consultation
from orgchart_app.edits import PutConsultation, apply_edit
from orgchart_app.storage import open_proposal, save_proposal
from tests.cli.helpers import orgchart
from tests.people.test_people_cli import NAME, people_file


def pack_file(bury_assumed_grades_no_staff: Proposal, tmp_path: Path) -> Path:
    path = people_file(bury_assumed_grades_no_staff, tmp_path)
    proposal = open_proposal(path).proposal
    to_be = proposal.scenario_named("To be").id
    dates = Consultation(
        ConsultationId(0),
        to_be,
        start=dt.date(2026, 1, 5),
        selection_date=dt.date(2026, 2, 16),
        implementation_date=dt.date(2026, 4, 1),
    )
    apply_edit(proposal, PutConsultation(dates))
    save_proposal(proposal, path)
    return path


def pack_text(path: Path, out: Path, *extra: str) -> str:
    result = orgchart("export", path, "--scenario", "To be", "--consultation", "--pdf", out, *extra)
    assert result.returncode == 0, result.stderr
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def test_the_pack_has_each_part_and_no_names(
    bury_assumed_grades_no_staff: Proposal, tmp_path: Path
) -> None:
    text = pack_text(pack_file(bury_assumed_grades_no_staff, tmp_path), tmp_path / "pack.pdf")
    for part in (
        "Staff consultation",
        "What is proposed",
        "Provider Relationship Team",  # an affected team's current structure
        "Senior Integrated Commissioning Manager",  # its proposed structure
        "What changes",
        "Pools and selection",
        "Pool A",
        "Timeline",
        "Consultation starts",
        "5 January 2026",
    ):
        assert part in text, part
    assert "fewer than 5" in text
    # No headcount under 5 is printed as a number of people.
    assert not re.search(r"\b[1-4] (people|person|staff)\b", text)
    assert NAME not in text and "T001" not in text


def test_names_only_when_asked(bury_assumed_grades_no_staff: Proposal, tmp_path: Path) -> None:
    text = pack_text(
        pack_file(bury_assumed_grades_no_staff, tmp_path), tmp_path / "pack.pdf", "--names"
    )
    assert NAME in text


def test_the_pack_needs_a_change_to_consult_on(
    bury_assumed_grades_no_staff: Proposal, tmp_path: Path
) -> None:
    path = pack_file(bury_assumed_grades_no_staff, tmp_path)
    result = orgchart(
        "export", path, "--scenario", "As is", "--consultation", "--pdf", tmp_path / "x.pdf"
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
