"""A box needs no grade: the samples grade only the posts their reports grade, and where posts
have none every output says the structure's cost is not given, never a £0 figure."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from orgchart_app.domain import Proposal
from tests.cli.helpers import orgchart

NOT_GIVEN = re.compile(r"\d+ posts have no grade, so the structure's cost is not given")
# "£0" as a figure; "£0" inside "£0.5m" or "£0,..." does not occur in these outputs.
ZERO = re.compile(r"£0(?![\d.,])")
MANCHESTER_GRADED = {
    "MCC-010": "SS5",
    "MCC-011": "SS4",
    "MCC-012": "SS4",
    "MCC-021": "SS2",
    "MCC-022": "SS2",
    "MCC-040": "SS2",
}


def test_bury_grades_no_post_and_manchester_only_the_stated_ones(
    bury: Proposal, manchester: Proposal
) -> None:
    assert [p.post_ref for p in bury.posts.values() if p.grade or p.salary is not None] == []
    as_is = manchester.scenario_named("As is").id
    graded = {p.post_ref: p.grade for p in manchester.posts_in(as_is) if p.grade}
    assert graded == MANCHESTER_GRADED
    assert not any(r.field == "grade" and r.assumed for r in manchester.provenance.values())


def test_the_cost_command_says_the_cost_is_not_given(bury_file: Path) -> None:
    shown = orgchart("cost", bury_file, "--scenario", "To be")
    assert shown.returncode == 0, shown.stderr
    assert NOT_GIVEN.search(shown.stdout) and not ZERO.search(shown.stdout)


def test_the_recommendations_and_the_pack_say_the_cost_is_not_given(
    bury_file: Path, tmp_path: Path
) -> None:
    for costs in ("off", "with-assumptions"):
        shown = orgchart(
            "recommendations",
            bury_file,
            "--from",
            "As is",
            "--to",
            "To be",
            "--costs-in-recommendations",
            costs,
        )
        assert shown.returncode == 0, shown.stderr
        financial = shown.stdout[shown.stdout.index("Financial implications") :]
        assert NOT_GIVEN.search(financial) and not ZERO.search(financial), costs
    pdf = tmp_path / "pack.pdf"
    exported = orgchart(
        "export", bury_file, "--scenario", "To be", "--changes", "--budget", "--pdf", pdf
    )
    assert exported.returncode == 0, exported.stderr
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    budget = [p for p in pages if "£874,000" in p]
    assert budget and all(NOT_GIVEN.search(p) for p in budget)
    assert not [p for p in pages if ZERO.search(p)]
