"""The accessible web version of an appendix: one self-contained HTML file, no script, no network.

It says everything the PDF shows in text: the title block, the recommendations, each chart as an
inline SVG (role="img", with a title and a description) followed by a link to the same structure
as headings and nested lists, and the tables with header cells and captions. Changes are marked
in words, never by colour alone; text is at least 4.5:1 against its ground; the page reflows at
400% zoom (wide tables and charts scroll inside their own region).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from orgchart_app import __version__
from orgchart_app.analysis.rests_on import RestsOn
from orgchart_app.domain.ids import PostId
from orgchart_app.domain.model import Scenario
from orgchart_app.domain.proposal import Proposal
from orgchart_app.exporters import rests_on_text as words
from orgchart_app.exporters.html_structure import StructureList
from orgchart_app.exporters.output_file import write_text
from orgchart_app.exporters.pdf import PdfOptions
from orgchart_app.exporters.picture import Picture, report_pictures, svg_text
from orgchart_app.exporters.report_parts import Report, Table, build_report
from orgchart_app.layout.compare import change_legend, change_markers

LANGUAGE = "en-GB"
STYLE = """
:root { color: #1a1a1a; background: #ffffff; font-family: "DejaVu Sans", Verdana, Arial, sans-serif;
        line-height: 1.5; }
body { margin: 0 auto; padding: 1rem; max-width: 72rem; }
a { color: #0b4f9c; }
a:focus, [tabindex]:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
h4, h5, h6 { font-size: 1.05rem; }
.title-block { border-bottom: 2px solid #1a1a1a; margin-bottom: 1rem; }
.title-block dl { display: flex; flex-wrap: wrap; gap: 0 2rem; }
.title-block dt { font-weight: bold; }
.title-block dd { margin: 0 1rem 0 0.3rem; }
.title-block div { display: flex; }
.draft { font-weight: bold; border: 2px solid #1a1a1a; display: inline-block; padding: 0.2rem 0.5rem; }
.scroll { overflow: auto; max-width: 100%; border: 1px solid #767676; }
.chart svg { display: block; }
table { border-collapse: collapse; margin: 0.5rem 0; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
td.number, th.number { text-align: right; }
.marker { background: #fff3c4; }
.unit-facts, .ref { color: #4a4a4a; }
.unit-facts { font-weight: normal; font-size: 0.8em; }
.scroll.chart-area { max-height: 85vh; }
ul.posts, ul.posts ul { padding-left: 1.5rem; }
ul.posts li { margin: 0.2rem 0; }
@media (max-width: 40rem) { body { padding: 0.5rem; } }
"""


def html_document(proposal: Proposal, options: PdfOptions) -> str:
    report = build_report(proposal, options)
    body = [_title_block(report), _contents(report), '<main id="main">']
    if report.recommendations is not None:
        body.append(_recommendations(report))
    compare = report.pair[0].name if report.pair else ""
    pictures = (
        report_pictures(proposal, report.scenario.name, compare, report.names)
        if report.chart
        else []
    )
    for number, (scenario, prefix) in enumerate(_scenarios(report)):
        picture = pictures[number] if pictures else None
        body.append(_structure(proposal, report, scenario, prefix, picture, number))
    if report.pair is not None or report.rests_on is not None:
        body.append(_key(report))
    body += [_table(table, index) for index, table in enumerate(report.tables)]
    if report.rests_on is not None:
        body.append(_rests_on(report.rests_on))
    body.append("</main>")
    body.append(
        f"<footer><p>Made by Org chart designer {escape(__version__)} from "
        f'"{escape(proposal.info.title)}".</p></footer>'
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{LANGUAGE}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(report.block.appendix)} – {escape(report.block.organisation)}</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def write_html(proposal: Proposal, options: PdfOptions, path: Path) -> None:
    write_text(path, html_document(proposal, options))


def _scenarios(report: Report) -> list[tuple[Scenario, str]]:
    shown = list(report.pair) if report.pair else [report.scenario]
    return [(scenario, f"s{scenario.id}") for scenario in shown]


def _title_block(report: Report) -> str:
    block = report.block
    facts = [
        ("Report", block.committee),
        ("Date", block.date),
        ("Scenario", block.scenario),
        ("Version", block.version),
        ("Classification", block.classification),
    ]
    items = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in facts if v)
    draft = '<p class="draft">Draft for consultation</p>' if block.draft else ""
    return (
        f'<header class="title-block"><p>{escape(block.organisation)}</p>'
        f"<h1>{escape(block.appendix)}</h1><dl>{items}</dl>{draft}</header>"
    )


def _contents(report: Report) -> str:
    links = []
    if report.recommendations is not None:
        links.append(("recommendations", "Recommendations"))
    for scenario, prefix in _scenarios(report):
        if report.chart:
            links.append((f"{prefix}-chart", f"Structure chart: {scenario.name}"))
        links.append((f"{prefix}-list", f"Structure as a list: {scenario.name}"))
    links += [(f"table-{i}", t.caption) for i, t in enumerate(report.tables)]
    if report.rests_on is not None:
        links.append(("rests-on", words.HEADING))
    items = "".join(f'<li><a href="#{target}">{escape(text)}</a></li>' for target, text in links)
    return f'<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ul>{items}</ul></nav>'


def _recommendations(report: Report) -> str:
    result = report.recommendations
    assert result is not None
    parts = [
        '<section id="recommendations" aria-labelledby="recommendations-h">',
        (
            f'<h2 id="recommendations-h">Recommendations: {escape(result.from_name)} to '
            f"{escape(result.to_name)}</h2>"
        ),
    ]
    decided = len(result.for_decision)
    for start, group in ((1, result.for_decision), (decided + 1, result.for_noting)):
        if not group:
            continue
        if start > 1:
            parts.append("<h3>For noting</h3>")
        parts.append(f'<ol start="{start}">')
        for item in group:
            listed = "".join(f"<li>{escape(i.text)}</li>" for i in item.items)
            # As the PDF words it: a colon before listed entries, a full stop where none are.
            ending = f":<ul>{listed}</ul>" if listed else "."
            parts.append(
                f"<li>{escape(item.committee)} is asked to {escape(item.verb)} "
                f"{escape(item.subject)}{ending}</li>"
            )
        parts.append("</ol>")
    parts.append(f"<h3>Financial implications</h3><p>{escape(result.financial)}</p>")
    if result.notes:
        parts.append(
            "<h3>Other changes (no recommendation needed)</h3><ul>"
            + "".join(f"<li>{escape(n)}</li>" for n in result.notes)
            + "</ul>"
        )
    parts.append("</section>")
    return "\n".join(parts)


def _structure(
    proposal: Proposal,
    report: Report,
    scenario: Scenario,
    prefix: str,
    picture: Picture | None,
    number: int,
) -> str:
    markers: dict[PostId, str] = {}
    if report.pair is not None:
        before, after = change_markers(
            proposal,
            report.pair[0].id,
            report.pair[1].id,
            report.diff if report.changes_pair == report.pair else None,
        )
        markers = before if number == 0 else after
    parts = []
    if picture is not None:
        svg = svg_text(picture, f"{prefix}-svg")
        parts += [
            f'<section id="{prefix}-chart" aria-labelledby="{prefix}-chart-h">',
            f'<h2 id="{prefix}-chart-h">Structure chart: {escape(scenario.name)}</h2>',
            (
                '<figure class="chart"><div class="scroll chart-area" tabindex="0" role="region" '
                f'aria-label="Structure chart: {escape(scenario.name)}, scrolls">{svg}</div>'
            ),
            (
                f"<figcaption>{escape(picture.description)} "
                f'<a href="#{prefix}-list">The same structure as a list</a>.</figcaption>'
                "</figure></section>"
            ),
        ]
    listing = StructureList(proposal, scenario.id, prefix, markers, report.names).html()
    parts += [
        f'<section id="{prefix}-list" aria-labelledby="{prefix}-list-h">',
        f'<h2 id="{prefix}-list-h">Structure as a list: {escape(scenario.name)}</h2>',
        listing,
        "</section>",
    ]
    return "\n".join(parts)


def _key(report: Report) -> str:
    rows = (
        "".join(
            f"<li><strong>[{escape(marker.capitalize())}]</strong> or "
            f"<strong>{escape(marker.upper())}</strong> on a chart: {escape(meaning)}</li>"
            for marker, meaning in change_legend()
        )
        if report.pair is not None
        else ""
    )
    if report.rests_on is not None:
        rows += f'<li>{escape(words.KEY)} (<a href="#rests-on">{words.HEADING}</a>)</li>'
    title = "How changes are marked" if report.pair is not None else "How assumptions are marked"
    return (
        f'<section id="key" aria-labelledby="key-h"><h2 id="key-h">{title}</h2>'
        f"<ul>{rows}</ul></section>"
    )


def _rests_on(found: RestsOn) -> str:
    sources = words.source_lines(found)
    listed = (
        "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in sources) + "</ul>"
        if sources
        else f"<p>{escape(words.NO_SOURCES)}</p>"
    )
    assumptions = "".join(
        f"<li>{escape(words.reason_line(a))}<br>{escape(words.applies_line(a))}</li>"
        for a in found.assumptions
    )
    return (
        f'<section id="rests-on" aria-labelledby="rests-on-h">'
        f'<h2 id="rests-on-h">{escape(words.HEADING)}</h2>'
        f"<h3>{escape(words.SOURCES)}</h3>{listed}"
        f"<h3>{escape(words.ASSUMED)}</h3><p>{escape(words.EXPLAINED)}</p>"
        f"<ul>{assumptions}</ul></section>"
    )


def _table(table: Table, index: int) -> str:
    def cell(tag: str, text: str, column: int, scope: str = "") -> str:
        classes = ' class="number"' if column in table.numeric else ""
        return f"<{tag}{scope}{classes}>{escape(text)}</{tag}>"

    head = "".join(cell("th", h, i, ' scope="col"') for i, h in enumerate(table.header))
    body = "".join(
        "<tr>" + "".join(cell("td", c, i) for i, c in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    note = f"<p>{escape(table.note)}</p>" if table.note else ""
    return (
        f'<section id="table-{index}" aria-labelledby="table-{index}-h">'
        f'<h2 id="table-{index}-h">{escape(table.caption)}</h2>'
        f'<div class="scroll" tabindex="0" role="region" aria-label="{escape(table.caption)}, '
        f'table, scrolls"><table><caption>{escape(table.caption)}</caption><thead><tr>{head}'
        f"</tr></thead><tbody>{body}</tbody></table></div>{note}</section>"
    )
