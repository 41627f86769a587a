"""The Word and web versions say what they rest on, as the PDF does: the sources, every
assumption with what it applies to, and the dagger on the charts explained in the key."""

from __future__ import annotations

import dataclasses
from html import escape
from pathlib import Path

import pytest
from docx import Document

from orgchart_app.domain import Proposal
from orgchart_app.exporters.docx_report import write_docx
from orgchart_app.exporters.html_page import html_document
from orgchart_app.exporters.pdf import PdfOptions

PACK = PdfOptions(scenario="To be", compare_to="As is")
SOURCE = "Bury Council HR & Appeals Panel, 25 March 2021"
NEW_LINE = "the report does not say whom the new posts report to"


def test_the_word_version_lists_what_it_rests_on(bury: Proposal, tmp_path: Path) -> None:
    path = tmp_path / "pack.docx"
    write_docx(bury, PACK, path)
    paragraphs = [(p.style.name, p.text) for p in Document(str(path)).paragraphs]
    start = paragraphs.index(("Heading 1", "What this rests on"))
    section = [text for _, text in paragraphs[start:]]
    assert any(text.startswith(SOURCE) for text in section)
    assert any(NEW_LINE in text for text in section)
    applies = next(text for text in section if text.startswith("Applies to:"))
    assert "Integrated Commissioning" in "".join(section) and applies.endswith(".")
    assert any("\N{DAGGER}" in text for text in section)
    key = next(text for _, text in paragraphs if text.startswith("Key: "))
    assert "\N{DAGGER}" in key and "assumed" in key and paragraphs.index(("Normal", key)) < start


def test_the_web_version_lists_what_it_rests_on_and_keys_the_dagger(bury: Proposal) -> None:
    html = html_document(bury, PACK)
    assert '<a href="#rests-on">What this rests on</a>' in html
    section = html[html.index('<section id="rests-on"') :]
    section = section[: section.index("</section>")]
    assert escape(SOURCE) in section and NEW_LINE in section
    key = html[html.index('<section id="key"') :]
    key = key[: key.index("</section>")]
    assert "\N{DAGGER}" in key and "What this rests on" in key


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_nothing_assumed_means_no_such_section(bury: Proposal, tmp_path: Path, kind: str) -> None:
    bury.provenance.clear()
    if kind == "html":
        assert 'id="rests-on"' not in html_document(bury, PACK)
        return
    path = tmp_path / "plain.docx"
    write_docx(bury, PACK, path)
    assert "What this rests on" not in [p.text for p in Document(str(path)).paragraphs]


def test_the_word_and_web_budget_tables_head_with_the_files_codes(bury: Proposal) -> None:
    for line_id, line in list(bury.budget_lines.items()):
        if line.subjective_codes:
            bury.budget_lines[line_id] = dataclasses.replace(
                line, subjective_codes="7100/7200/7300"
            )
    html = html_document(bury, PdfOptions(scenario="To be", budget=True, chart=False))
    assert "Basic Pay (7100)" in html and "(6000)" not in html
