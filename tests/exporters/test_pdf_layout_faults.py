"""The appendices checked geometrically, from what is drawn where on each page (issue 15 point 6):
title blocks name each page's scenario, no box is cut by a page edge, "continued on page n"
labels cover nothing, no chart page is half empty when the next would fit on it, page maps stay
legible at any number of tiles, and what the title block and budget print comes from the file."""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import pytest

from orgchart_app.domain import OrganisationKind, Proposal
from orgchart_app.edits import apply_edit
from orgchart_app.edits.types import ChangeQuantity, CopyScenario, DeletePost, Redesignate, Regrade
from orgchart_app.exporters.pdf import PdfOptions, plan_pdf
from orgchart_app.exporters.pdf.appendix import draw_plan
from orgchart_app.exporters.pdf.pages import body_of, page_size
from orgchart_app.exporters.pdf.tiling import ChartFrame
from orgchart_app.samples import build_bury, build_manchester
from orgchart_app.samples.synthetic import build_synthetic
from tests.exporters.helpers import one_big_team
from tests.exporters.recording import Box, Page, RecordingCanvas, inside, overlaps

PAPERS = ("A4", "A3")
SAMPLES = ("bury", "manchester", "establishment")
MIN_PT = 6.0
GAP = 18.0


def establishment() -> Proposal:
    """5,000 posts as an import gives them, and a to-be with a dozen changes across it."""
    proposal = build_synthetic(posts=5000)
    as_is = proposal.scenario_named("As is").id
    apply_edit(proposal, CopyScenario(as_is, "To be"))
    to_be = sorted(proposal.posts_in(proposal.scenario_named("To be").id), key=lambda p: p.id)
    for post in to_be[::1700]:
        apply_edit(proposal, Redesignate(post.id, f"Senior {post.title}"))
    for post in to_be[7::2100]:
        apply_edit(proposal, Regrade(post.id, "G12" if post.grade != "G12" else "G13"))
    for post in to_be[11::2300]:
        apply_edit(proposal, ChangeQuantity(post.id, post.quantity + 1))
    apply_edit(proposal, DeletePost(tuple(p.id for p in to_be[13::2500] if p.reports_to_id)))
    return proposal


@cache
def proposal_of(name: str) -> Proposal:
    builders = {"bury": build_bury, "manchester": build_manchester, "establishment": establishment}
    return builders[name]()


def record(proposal: Proposal, options: PdfOptions, tmp: Path) -> list[Page]:
    plan = plan_pdf(proposal, options)
    canvas = RecordingCanvas(str(tmp / "pack.pdf"), pagesize=plan.size)
    draw_plan(canvas, plan)
    return canvas.drawn_pages()


def paper_size(paper: str) -> tuple[float, float]:
    return page_size(paper, is_landscape=True)


@cache
def pack(name: str, paper: str) -> tuple[tuple[float, float], list[Page]]:
    """A sample's as-is appendix and its to-be pack (chart, compare, changes, budget); of the
    establishment (600 pages a chart) the as-is on A4 and the to-be on A3, each compared."""
    proposal = proposal_of(name)
    small = name != "establishment"
    tmp = Path(f"/tmp/pdf-layout-{name}-{paper}")  # written, never read back
    tmp.mkdir(exist_ok=True)
    pages = []
    if small or paper == "A4":
        pages += record(proposal, PdfOptions(scenario="As is", paper=paper), tmp)
    options = PdfOptions(
        scenario="To be",
        compare_to="As is",
        paper=paper,
        chart=small or paper == "A3",
        changes=small,
        budget=small,
        post_list=small,
    )
    return paper_size(paper), pages + record(proposal, options, tmp)


CASES = [(name, paper) for name in SAMPLES for paper in PAPERS]


def _scenario_in_title_block(page: Page) -> str:
    for text in page.texts():
        if "Scenario: " in text.text:
            return text.text.split("Scenario: ", 1)[1].split("   ·", 1)[0]
    return ""


def _expected_scenario(section: str) -> str:
    """The outline names each section's scenario(s): "Structure: To be", "Compared: As is and
    To be", "Changes: As is to To be", "Budget: To be"."""
    return section.split(": ", 1)[1]


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_every_title_block_names_its_pages_scenario(name: str, paper: str) -> None:
    _, pages = pack(name, paper)
    wrong = [
        (p.number, p.section, _scenario_in_title_block(p))
        for p in pages
        if _scenario_in_title_block(p) != _expected_scenario(p.section)
    ]
    assert not wrong, wrong[:5]


def _chart(page: Page) -> bool:
    return page.section.startswith(("Structure", "Compared"))


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_no_box_or_text_is_cut_by_a_page_edge(name: str, paper: str) -> None:
    _, pages = pack(name, paper)
    cut = [
        (p.number, d.kind, d.text, d.box, d.clip)
        for p in pages
        for d in p.items
        if d.kind in ("text", "rect")
        and d.clip is not None
        and overlaps(d.box, d.clip)
        and not inside(d.box, d.clip)
    ]
    assert not cut, cut[:5]


def _label_grounds(page: Page) -> list[tuple[int, Box]]:
    """Each "continued on page n" label: its index and the white ground it is printed on."""
    found = []
    for index, item in enumerate(page.items):
        if item.kind == "text" and "continued on page" in item.text:
            ground = page.items[index - 1]
            box = ground.box if ground.kind == "rect" and inside(item.box, ground.box) else item.box
            found.append((index, box))
    return found


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_continued_labels_overlap_no_text_or_box(name: str, paper: str) -> None:
    _, pages = pack(name, paper)
    faults = []
    for page in pages:
        for index, ground in _label_grounds(page):
            faults += [
                (page.number, page.items[index].text, other.text or other.kind)
                for n, other in enumerate(page.items)
                if n not in (index, index - 1)
                and other.kind in ("text", "rect")
                and other.visible is not None
                and overlaps(ground, other.visible)
            ]
    assert not faults, faults[:5]


def _content(page: Page, area: Box) -> Box | None:
    """The bounding box of the chart drawn on the page (labels at the cut edges left out)."""
    labels = {n for i, _ in _label_grounds(page) for n in (i, i - 1)}
    boxes = [
        d.visible
        for n, d in enumerate(page.items)
        if n not in labels and d.visible is not None and inside(d.visible, area)
    ]
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _area(size: tuple[float, float], page: Page) -> Box:
    frame = ChartFrame(body_of(size), MIN_PT, False, True, page.section.startswith("Compared"))
    a = frame.area
    return (a.x, a.y, a.right, a.top)


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_no_chart_page_is_half_empty_when_the_next_would_fit_on_it(name: str, paper: str) -> None:
    size, pages = pack(name, paper)
    faults = []
    for page, following in zip(pages, pages[1:], strict=False):
        if not (_chart(page) and following.section == page.section):
            continue
        area = _area(size, page)
        used, after = _content(page, area), _content(following, area)
        if used is None or after is None:
            continue
        full = (area[2] - area[0]) * (area[3] - area[1])
        share = (used[2] - used[0]) * (used[3] - used[1]) / full
        width, height = after[2] - after[0], after[3] - after[1]
        # Charts side by side need a gap between them.
        room_right, room_below = area[2] - used[2] - GAP, used[1] - area[1] - GAP
        if share < 0.5 and (width <= room_right or height <= room_below):
            faults.append((page.number, f"{share:.0%} used", following.number))
    assert not faults, faults[:5]


def _page_maps(pages: list[Page]) -> list[Page]:
    return [p for p in pages if any(t.text.startswith("Page map:") for t in p.texts())]


def _assert_legible_maps(pages: list[Page]) -> None:
    for page in _page_maps(pages):
        small = [(t.text, round(t.size, 2)) for t in page.texts() if t.size < MIN_PT - 0.01]
        assert not small, (page.number, small[:5])
        labels = [t for t in page.texts() if t.text.startswith(("page ", "pages "))]
        clashes = [
            (a.text, b.text)
            for i, a in enumerate(labels)
            for b in labels[i + 1 :]
            if overlaps(a.box, b.box)
        ]
        assert not clashes, (page.number, len(labels), clashes[:5])


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_page_maps_are_legible(name: str, paper: str) -> None:
    _assert_legible_maps(pack(name, paper)[1])


def test_a_page_map_of_hundreds_of_tiles_is_legible(tmp_path: Path) -> None:
    team = one_big_team(leads=40, officers_each=30)  # 1,241 posts in one team
    pages = record(team, PdfOptions(paper="A4"), tmp_path)
    assert _page_maps(pages)
    _assert_legible_maps(pages)


def test_title_block_and_budget_print_what_the_file_says(tmp_path: Path) -> None:
    proposal = build_bury()
    council = next(
        o for o in proposal.organisations.values() if o.kind is OrganisationKind.LOCAL_AUTHORITY
    )
    proposal.organisations[council.id] = dataclasses.replace(
        council, name="Bury Metropolitan Borough Council"
    )
    for line_id, line in list(proposal.budget_lines.items()):
        if line.subjective_codes:
            proposal.budget_lines[line_id] = dataclasses.replace(
                line, subjective_codes="7100/7200/7300"
            )
    pages = record(
        proposal, PdfOptions(scenario="To be", budget=True, chart=False, paper="A4"), tmp_path
    )
    texts = [t.text for p in pages for t in p.texts()]
    # The committee deciding is the council's (the employer of most posts): its name, as renamed.
    assert "Bury Metropolitan Borough Council" in texts
    assert any("(7100)" in t for t in texts) and not any("(6000)" in t for t in texts)
