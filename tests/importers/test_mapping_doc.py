"""docs/IMPORT.md's mapping table lists exactly the headers the import recognises."""

from __future__ import annotations

from pathlib import Path

from orgchart_app.importers.fields import SYNONYMS

DOC = Path(__file__).resolve().parents[2] / "docs" / "IMPORT.md"


def test_the_mapping_table_matches_the_headers_recognised() -> None:
    lines = [line for line in DOC.read_text(encoding="utf-8").splitlines() if line.startswith("| ")]
    documented = {
        line.split("`")[1]: {part.strip(" |`") for part in line.split("|")[2].split(",")}
        for line in lines[1:]
    }
    assert documented == {field.value: set(names) for field, names in SYNONYMS.items()}
