"""Every section, operation and assumption of docs/DOMAIN.md or docs/ARCHITECTURE.md that the
code and the docs cite is there (issue 23: citations of files and sections the repository lacked)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.docs.shell_blocks import REPO

CITATION = re.compile(
    r"(DOMAIN|ARCHITECTURE)\.md,? (?:assumption )?(section [0-9]+(?:\.[0-9]+)?|[AO][0-9]+b?)"
)
SOURCES = [
    *REPO.glob("orgchart_app/**/*.py"),
    *REPO.glob("tests/**/*.py"),
    *REPO.glob("scripts/*"),
    *REPO.glob("benchmarks/*.py"),
    *REPO.glob("docs/*.md"),
    REPO / "README.md",
    REPO / "sample_data" / "README.md",
]


def cited() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in SOURCES:
        if path.is_file() and path.name != Path(__file__).name:
            found.update(CITATION.findall(path.read_text(encoding="utf-8", errors="replace")))
    return found


def present(document: str, place: str) -> bool:
    text = (REPO / "docs" / f"{document}.md").read_text(encoding="utf-8")
    if place.startswith("section "):
        number = place.removeprefix("section ")
        return re.search(rf"^#+ {re.escape(number)}[. ]", text, re.MULTILINE) is not None
    return re.search(rf"^\| {re.escape(place)} \|", text, re.MULTILINE) is not None


def test_the_citations_are_found_at_all() -> None:
    assert ("DOMAIN", "section 2.2") in cited() and ("DOMAIN", "A3") in cited()


def test_every_cited_section_operation_and_assumption_exists() -> None:
    missing = sorted(f"{d}.md {p}" for d, p in cited() if not present(d, p))
    assert missing == []
