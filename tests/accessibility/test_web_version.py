"""The web version of the samples' appendices: axe-core (WCAG 2.2 A and AA) in headless Chromium
finds nothing, the page reflows at 400% zoom, and the structure read back equals the file's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.exporters.html_page import html_document, write_html
from orgchart_app.exporters.pdf import PdfOptions
from orgchart_app.exporters.report_parts import post_words
from orgchart_app.samples import build_bury, build_manchester
from tests.accessibility.chromium import Browser, browser
from tests.accessibility.readback import read_structure

PAGES = {
    "bury-as-is": (build_bury, PdfOptions(scenario="As is", post_list=True)),
    "bury-to-be": (build_bury, PdfOptions(scenario="To be", changes=True, budget=True)),
    "bury-compare": (
        build_bury,
        PdfOptions(
            scenario="To be",
            compare_to="As is",
            post_list=True,
            budget=True,
            draft=True,
            committee="HR & Appeals Panel",
        ),
    ),
    "manchester-as-is": (build_manchester, PdfOptions(scenario="As is")),
    "manchester-to-be": (build_manchester, PdfOptions(scenario="To be", post_list=True)),
    "manchester-compare": (build_manchester, PdfOptions(scenario="To be", compare_to="As is")),
}


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with browser(tmp_path_factory.mktemp("chromium-profile")) as started:
        yield started


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Proposal, PdfOptions, Path]]:
    folder = tmp_path_factory.mktemp("web")
    written = {}
    for name, (build, options) in PAGES.items():
        proposal = build()
        write_html(proposal, options, folder / f"{name}.html")
        written[name] = (proposal, options, folder / f"{name}.html")
    return written


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PAGES))
def test_axe_finds_no_wcag_22_aa_violations(chromium: Browser, pages: dict, name: str) -> None:  # type: ignore[type-arg]
    session = chromium.open(pages[name][2].as_uri())
    violations = chromium.axe_violations(session)
    summary = [(v["id"], v["help"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
    assert violations == [], summary


@pytest.mark.slow
@pytest.mark.parametrize("name", ["bury-compare", "manchester-to-be"])
def test_the_page_reflows_at_400_percent(
    chromium: Browser, pages: dict, name: str, tmp_path: Path
) -> None:  # type: ignore[type-arg]
    # 400% of a 1280-pixel window is 320 CSS pixels: nothing but the charts' and tables' own
    # regions may scroll sideways (WCAG 1.4.10).
    session = chromium.open(pages[name][2].as_uri(), width=320, height=256, scale=4)
    assert chromium.evaluate("document.documentElement.scrollWidth", session) <= 320
    chromium.screenshot(session, tmp_path / "400.png")
    assert (tmp_path / "400.png").stat().st_size > 1000


@pytest.mark.parametrize("name", list(PAGES))
def test_the_structure_read_back_equals_the_files(pages: dict, name: str) -> None:  # type: ignore[type-arg]
    proposal, options, path = pages[name]
    html = path.read_text(encoding="utf-8")
    shown = [options.scenario] + ([options.compare_to] if options.compare_to else [])
    for scenario_name in shown:
        scenario = proposal.scenario_named(scenario_name)
        read = read_structure(html, f"s{scenario.id}")
        posts = proposal.posts_in(scenario.id)
        by_id = {p.id: p for p in posts}
        expected = {
            p.post_ref: (
                p.title,
                by_id[p.reports_to_id].post_ref if p.reports_to_id in by_id else None,
                proposal.units[p.unit_id].name,
                post_words(proposal, p),
            )
            for p in posts
        }
        assert {
            ref: (r.title, r.manager_ref, r.unit, r.details) for ref, r in read.items()
        } == expected


def test_self_contained_and_no_names_unless_asked(bury: Proposal) -> None:
    plain = html_document(bury, PdfOptions(scenario="To be", compare_to="As is", post_list=True))
    # Nothing fetched: no scripts, no external links or pictures, only SVG's namespace.
    assert "<script" not in plain
    assert re.findall(r"(?:src|href)=\"(?!#)[^\"]*\"", plain) == []
    assert "Siân Ó Dálaigh" not in plain
    named = html_document(
        bury, PdfOptions(scenario="To be", compare_to="As is", post_list=True, names=True)
    )
    assert "Siân Ó Dálaigh" in named


def test_compare_markers_are_words(bury: Proposal) -> None:
    html = html_document(bury, PdfOptions(scenario="To be", compare_to="As is"))
    assert '<strong class="marker">[New]</strong>' in html
    assert '<strong class="marker">[Deleted]</strong>' in html
    assert "How changes are marked" in html


def test_the_check_itself_finds_a_bad_page(chromium: Browser, tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><p style="color:#aaa">'
        'pale</p><svg role="img"><rect width="5" height="5"/></svg></body></html>'
    )
    found = {v["id"] for v in chromium.axe_violations(chromium.open(bad.as_uri()))}
    assert {"color-contrast", "html-has-lang", "svg-img-alt"} <= found


def test_each_chart_describes_its_own_scenario(bury: Proposal) -> None:
    html = html_document(bury, PdfOptions(scenario="To be", compare_to="As is"))
    as_is, to_be = (bury.scenario_named(n).id for n in ("As is", "To be"))
    assert f'<desc id="s{as_is}-svg-desc">As is: led by' in html
    assert f'<desc id="s{to_be}-svg-desc">To be: led by' in html
