"""The appendix as a Word document a clerk pastes from into the council's report template.

Only Word's built-in styles are used (Title, Heading n, List Number, List Bullet 2, Caption,
Table Grid), so pasting into the council's template restyles everything. Tables have one header
row marked to repeat on each page, numbers right-aligned and no merged cells; each chart is a
picture whose alt text says who leads, how many units and posts there are and what changed.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph

from orgchart_app import __version__
from orgchart_app.analysis.rests_on import RestsOn
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters import rests_on_text as words
from orgchart_app.exporters.output_file import write_beside
from orgchart_app.exporters.pdf import PdfOptions
from orgchart_app.exporters.picture import (
    Picture,
    comfortable_dpi,
    png_bytes,
    report_pictures,
)
from orgchart_app.exporters.report_parts import Report, Table, build_report
from orgchart_app.exporters.unit_pictures import too_small, unit_pictures

LANGUAGE = "en-GB"
A4 = (Cm(21.0), Cm(29.7))
MARGIN = Cm(2.0)
TABLE_TEXT = Pt(9)
EMU_PER_POINT = 12700


def write_docx(proposal: Proposal, options: PdfOptions, path: Path) -> None:
    document = docx_document(proposal, options)
    write_beside(Path(path), lambda temporary: document.save(str(temporary)))


def docx_document(proposal: Proposal, options: PdfOptions) -> WordDocument:
    report = build_report(proposal, options)
    document = Document()
    _set_up(document, report, options.landscape)
    _title_block(document, report)
    if report.recommendations is not None:
        _recommendations(document, report)
    if report.chart:
        compare = report.pair[0].name if report.pair else ""
        sides = list(report.pair) if report.pair else [report.scenario]
        pictures = report_pictures(proposal, report.scenario.name, compare, report.names)
        for side, picture in zip(sides, pictures, strict=True):
            _chart(document, picture, level=1)
            width = _usable_width(document) / EMU_PER_POINT
            if too_small(picture, width):
                other = next((s.id for s in sides if s.id != side.id), None)
                for unit in unit_pictures(proposal, side.id, other, width, report.names):
                    _chart(document, unit, level=2)
        if report.rests_on is not None:
            # The charts' key: the dagger is the only mark a picture carries besides changes.
            key = document.add_paragraph()
            key.add_run("Key: ").bold = True
            key.add_run(words.KEY)
    for number, table in enumerate(report.tables, start=1):
        _table(document, table, number)
    if report.rests_on is not None:
        _rests_on(document, report.rests_on)
    return document


def _rests_on(document: WordDocument, found: RestsOn) -> None:
    document.add_heading(words.HEADING, level=1)
    document.add_heading(words.SOURCES, level=2)
    for line in words.source_lines(found) or [words.NO_SOURCES]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading(words.ASSUMED, level=2)
    document.add_paragraph(words.EXPLAINED)
    for assumption in found.assumptions:
        document.add_paragraph(words.reason_line(assumption), style="List Bullet")
        document.add_paragraph(words.applies_line(assumption), style="List Continue")


def _set_up(document: WordDocument, report: Report, landscape: bool) -> None:
    properties = document.core_properties
    properties.title = report.block.appendix
    properties.subject = f"{report.block.footer}: {report.scenario.name}"
    properties.author = report.block.organisation
    properties.language = LANGUAGE
    properties.comments = f"Made by Org chart designer {__version__}"
    # The language of every run, through the document defaults: spelling and screen readers.
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    language.set(qn("w:val"), LANGUAGE)
    section = document.sections[0]
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)


def _title_block(document: WordDocument, report: Report) -> None:
    block = report.block
    document.add_paragraph(block.organisation)
    document.add_heading(block.appendix, level=0)
    facts = [
        ("Report", block.committee),
        ("Date", block.date),
        ("Scenario", block.scenario),
        ("Version", block.version),
        ("Classification", block.classification),
    ]
    for label, value in facts:
        if value:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
    if block.draft:
        document.add_paragraph().add_run("Draft for consultation").bold = True


def _recommendations(document: WordDocument, report: Report) -> None:
    result = report.recommendations
    assert result is not None
    document.add_heading(f"Recommendations: {result.from_name} to {result.to_name}", level=1)
    for number, item in enumerate(result.recommendations, start=1):
        # Worded items keep the author's order, so noting is not split off (as in the PDF).
        if not result.worded and number == len(result.for_decision) + 1:
            document.add_heading("For noting", level=2)
        colon = ":" if item.items else "."  # as the PDF words it
        document.add_paragraph(
            f"{item.committee} is asked to {item.verb} {item.subject}{colon}", style="List Number"
        )
        for entry in item.items:
            document.add_paragraph(entry.text, style="List Bullet 2")
    document.add_heading("Financial implications", level=2)
    document.add_paragraph(result.financial)
    if result.notes:
        document.add_heading("Other changes (no recommendation needed)", level=2)
        for note in result.notes:
            document.add_paragraph(note, style="List Bullet")


def _chart(document: WordDocument, picture: Picture, level: int) -> None:
    document.add_heading(picture.title, level=level)
    # As wide as the page at most; a small chart keeps its own size rather than grow.
    width = min(_usable_width(document), int(picture.width * EMU_PER_POINT))
    image = png_bytes(picture, comfortable_dpi(picture, 200))
    document.add_picture(io.BytesIO(image), width=width)
    shape = document.inline_shapes[-1]
    properties = shape._inline.docPr
    properties.set("descr", picture.description)
    properties.set("title", picture.title)
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(picture.description, style="Caption")


def _usable_width(document: WordDocument) -> int:
    section = document.sections[0]
    return (
        int(section.page_width or 0)
        - int(section.left_margin or 0)
        - int(section.right_margin or 0)
    )


def _table(document: WordDocument, table: Table, number: int) -> None:
    document.add_heading(table.caption, level=1)
    document.add_paragraph(f"Table {number}: {table.caption}", style="Caption")
    word = document.add_table(rows=1, cols=len(table.header), style="Table Grid")
    word.alignment = WD_TABLE_ALIGNMENT.LEFT
    _describe(word, table.caption)
    for column, (cell, text) in enumerate(zip(word.rows[0].cells, table.header, strict=True)):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _align(cell.paragraphs[0], column in table.numeric)
    _repeat_header(word)
    for row in table.rows:
        cells = word.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = text
            _align(cell.paragraphs[0], column in table.numeric)
    _widths(word, table, document)
    if table.note:
        document.add_paragraph(table.note)


def _widths(word: WordTable, table: Table, document: WordDocument) -> None:
    """Columns as wide as their longest words need (numbers narrow, titles wide), filling the
    page: Word and LibreOffice otherwise make every column the same width."""
    usable = _usable_width(document)
    needs = [
        min(
            max(
                [len(word) + 1 for word in table.header[i].split()]
                + [len(row[i]) for row in table.rows]
                + [10]
            ),
            30,
        )
        + 3
        for i in range(len(table.header))
    ]
    total = sum(needs)
    word.autofit = False
    for index, column in enumerate(word.columns):
        width = int(usable * needs[index] / total)
        column.width = width  # the table grid, which LibreOffice follows
        for cell in column.cells:  # the cells, which Word follows
            cell.width = width


def _align(paragraph: Paragraph, numeric: bool) -> None:
    if numeric:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.paragraph_format.space_after = Pt(0)
    for run in paragraph.runs:
        run.font.size = TABLE_TEXT  # wide tables: a size smaller than the body


def _repeat_header(table: WordTable) -> None:
    """Word repeats a row marked tblHeader at the top of each page the table runs onto; screen
    readers announce its cells as the column headers."""
    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _describe(table: WordTable, caption: str) -> None:
    """The table's title as Word's alt text (Table Properties > Alt Text)."""
    properties = table._tbl.tblPr
    title = OxmlElement("w:tblCaption")
    title.set(qn("w:val"), caption[:255])
    properties.append(title)
