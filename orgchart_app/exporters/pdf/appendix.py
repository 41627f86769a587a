"""PDF appendices for committee reports: structure charts, compare pages, post list, changes, budget.

plan = plan_pdf(proposal, PdfOptions(scenario="To be", title="Appendix 5 - Proposed structures"))
plan.page_count            # known before anything is drawn (the export dialog shows it)
write_pdf(plan, path)      # vector graphics, real text, embedded DejaVu Sans, an outline
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from orgchart_app import __version__
from orgchart_app.analysis.cost_basis import CostsInRecommendations
from orgchart_app.analysis.diff import ScenarioDiff, diff_scenarios
from orgchart_app.analysis.recommendations import own_employer
from orgchart_app.analysis.rests_on import RestsOn, rests_on
from orgchart_app.domain.enums import ScenarioKind
from orgchart_app.domain.errors import FileRefused, NotFound
from orgchart_app.domain.ids import ScenarioId
from orgchart_app.domain.model import Scenario
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import count_text
from orgchart_app.exporters.destination import written_beside
from orgchart_app.exporters.pdf.budget import budget_pages
from orgchart_app.exporters.pdf.changes import changes_pages
from orgchart_app.exporters.pdf.compare import compare_pages
from orgchart_app.exporters.pdf.consultation import consultation_sections
from orgchart_app.exporters.pdf.fonts import PdfExportFailed, register_fonts
from orgchart_app.exporters.pdf.pages import PAPERS, PageContext, Section, body_of, page_size
from orgchart_app.exporters.pdf.post_list import post_costs, post_list_pages
from orgchart_app.exporters.pdf.rests_on import rests_on_pages
from orgchart_app.exporters.pdf.structure import structure_pages
from orgchart_app.exporters.pdf.tiling import ChartFrame
from orgchart_app.exporters.pdf.title_block import TitleBlock, draw_title_block, draw_web_version
from orgchart_app.exporters.rests_on_text import HEADING as RESTS_ON
from orgchart_app.layout import LayoutOptions

Progress = Callable[[int, int], None]
LANGUAGE = "en-GB"

# Below 1 pt nothing is legible; above 24 pt a chart is cut into more pages than anyone prints.
MIN_TEXT_PT, MAX_TEXT_PT = 1.0, 24.0
# Each title-block text is one line across the top of the page.
MAX_TITLE_BLOCK_CHARS = 200
_TITLE_BLOCK_TEXTS = {
    "title": "title",
    "appendix_number": "appendix number",
    "organisation": "organisation",
    "committee": "committee",
    "date": "date",
    "version": "version",
    "classification": "classification",
}


@dataclass(frozen=True, slots=True)
class PdfOptions:
    scenario: str = "As is"
    # "Appendix 5 - Proposed structures"; empty: "Appendix <n> – Current/Proposed structures".
    title: str = ""
    appendix_number: str = ""
    organisation: str = ""  # empty: the organisation of the scenario's first unit
    committee: str = ""  # "HR & Appeals Panel, 25 March 2021"
    date: str = ""
    version: str = ""
    classification: str = "Open"
    draft: bool = False
    paper: str = "A4"
    landscape: bool = True
    chart: bool = True
    per_unit: bool = False
    compare_to: str = ""  # a second scenario: as-is and to-be pages facing each other
    compare_all: bool = False  # compare every unit, not only those with changes
    post_list: bool = False
    changes: bool = False
    budget: bool = False
    # The staff consultation pack of the change (--scenario and --compare, or its base)
    # instead of the appendices.
    consultation: bool = False
    # A cost resting on assumed grades or pay, in the recommendations: left out or qualified.
    costs_in_recommendations: CostsInRecommendations = CostsInRecommendations.OFF
    names: bool = False
    legend: bool = True
    min_text_pt: float = 6.0
    # The file name of the accessible web version, named on the first page ("" for none).
    web_version: str = ""
    layout: LayoutOptions = field(default_factory=LayoutOptions)

    def __post_init__(self) -> None:
        if self.paper.upper() not in PAPERS:
            raise PdfExportFailed(f'The paper size must be A4 or A3, not "{self.paper}".')
        if not MIN_TEXT_PT <= self.min_text_pt <= MAX_TEXT_PT:  # also false for NaN
            raise PdfExportFailed(
                f"The smallest text size must be a number of points from "
                f"{MIN_TEXT_PT:g} to {MAX_TEXT_PT:g}, not {self.min_text_pt:g}."
            )
        for name, label in _TITLE_BLOCK_TEXTS.items():
            length = len(getattr(self, name))
            if length > MAX_TITLE_BLOCK_CHARS:
                raise PdfExportFailed(
                    f"The {label} is {count_text(length)} characters long; the title "
                    f"block has room for {MAX_TITLE_BLOCK_CHARS}."
                )


@dataclass(slots=True)
class PdfPlan:
    """Every page, planned: how many there are is known before drawing."""

    options: PdfOptions
    block: TitleBlock
    size: tuple[float, float]
    sections: list[Section]
    subject: str
    notices: list[str] = field(default_factory=list)  # one sentence each, for the user
    page_count: int = 0

    def __post_init__(self) -> None:
        self.page_count = sum(len(s.pages) for s in self.sections)


def appendix_title(proposal: Proposal, options: PdfOptions) -> str:
    scenario = proposal.scenario_named(options.scenario)
    title = options.title or (
        "Current structures" if scenario.kind is ScenarioKind.AS_IS else "Proposed structures"
    )
    if options.appendix_number and not title.lower().startswith("appendix"):
        return f"Appendix {options.appendix_number} – {title}"
    return title


def plan_pdf(proposal: Proposal, options: PdfOptions) -> PdfPlan:
    """Lay out every part the options ask for and split it into pages (nothing is drawn)."""
    register_fonts()
    scenario = proposal.scenario_named(options.scenario)
    other = proposal.scenario_named(options.compare_to) if options.compare_to else None
    size = page_size(options.paper, options.landscape)
    body = body_of(size)
    base = replace(options.layout, show_names=options.names)
    sections: list[Section] = []
    notices: list[str] = []
    diffs = _Diffs(proposal)
    if other is not None and not options.compare_all and diffs.unchanged(scenario, other):
        before, after = _in_order(scenario, other)
        notices.append(
            f'No changes between "{before.name}" and "{after.name}": nothing to compare.'
        )
        other = None
    shown = [scenario.id] + ([other.id] if other is not None else [])
    if options.changes or options.consultation:
        shown += [s.id for s in _changes_pair(proposal, options)]
    found = rests_on(proposal, shown)
    frame = ChartFrame(
        body, options.min_text_pt, options.names, options.legend, assumed=bool(found.assumptions)
    )
    if options.consultation:
        return _consultation_plan(proposal, options, base, frame, size, found)
    if options.chart:
        sections.append(
            Section(
                "Structure",
                scenario.name,
                structure_pages(proposal, scenario.id, base, frame, options.per_unit),
            )
        )
    if other is not None:
        before, after = _in_order(scenario, other)
        sections.append(
            Section(
                "Compared",
                f"{before.name} and {after.name}",
                compare_pages(
                    proposal,
                    (before.id, after.id),
                    base,
                    frame,
                    options.compare_all,
                    diffs.of(before, after),
                ),
            )
        )
    if options.post_list:
        sections.append(
            Section(
                "Post list",
                scenario.name,
                post_list_pages(
                    proposal, scenario.id, body, options.names, post_costs(proposal, scenario.id)
                ),
            )
        )
    if options.changes:
        before, after = _changes_pair(proposal, options)
        sections.append(
            Section(
                "Changes",
                f"{before.name} to {after.name}",
                changes_pages(
                    proposal,
                    before.id,
                    after.id,
                    body,
                    diffs.of(before, after),
                    options.costs_in_recommendations,
                ),
            )
        )
    if options.budget:
        target = _in_order(scenario, other)[1] if other is not None else scenario
        sections.append(Section("Budget", target.name, budget_pages(proposal, target.id, body)))
    if not any(s.pages for s in sections):
        raise PdfExportFailed(
            notices[0]
            if notices
            else "Nothing to export: choose at least one part of the appendix."
        )
    names = " and ".join(dict.fromkeys(proposal.scenarios[i].name for i in sorted(shown)))
    sections.append(Section(RESTS_ON, names, rests_on_pages(found, body)))
    title = appendix_title(proposal, options)
    block = TitleBlock(
        options.organisation or organisation_of(proposal, scenario.id),
        title,
        options.committee,
        options.date,
        scenario.name,
        options.version,
        options.classification,
        options.draft,
        proposal.info.title,
    )
    return PdfPlan(
        options,
        block,
        size,
        [s for s in sections if s.pages],
        f"{proposal.info.title}: {scenario.name}",
        notices,
    )


def _consultation_plan(
    proposal: Proposal,
    options: PdfOptions,
    base: LayoutOptions,
    frame: ChartFrame,
    size: tuple[float, float],
    found: RestsOn,
) -> PdfPlan:
    before, after = _changes_pair(proposal, options)
    body = body_of(size)
    sections = consultation_sections(proposal, before, after, base, frame, body, options.names)
    # The charts' key sends the reader to this page whenever they carry a dagger.
    shown = f"{before.name} and {after.name}"
    sections.append(Section(RESTS_ON, shown, rests_on_pages(found, body)))
    block = TitleBlock(
        options.organisation or organisation_of(proposal, after.id),
        options.title or "Staff consultation pack",
        options.committee,
        options.date,
        f"{before.name} to {after.name}",
        options.version,
        options.classification,
        options.draft,
        proposal.info.title,
    )
    subject = f"{proposal.info.title}: staff consultation"
    return PdfPlan(options, block, size, [s for s in sections if s.pages], subject)


class _Diffs:
    """The diff of each pair of scenarios, computed once for the whole export: the compare
    markers, the change list and the recommendations all read the same one."""

    def __init__(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self._found: dict[tuple[ScenarioId, ScenarioId], ScenarioDiff] = {}

    def of(self, before: Scenario, after: Scenario) -> ScenarioDiff:
        pair = (before.id, after.id)
        if pair not in self._found:
            self._found[pair] = diff_scenarios(self.proposal, *pair)
        return self._found[pair]

    def unchanged(self, first: Scenario, second: Scenario) -> bool:
        diff = self.of(*_in_order(first, second))
        return not diff.changes and not diff.unit_changes


def _changes_pair(proposal: Proposal, options: PdfOptions) -> tuple[Scenario, Scenario]:
    """The scenarios the changes run between: --compare's pair, else the scenario's base."""
    scenario = proposal.scenario_named(options.scenario)
    if options.compare_to:
        return _in_order(scenario, proposal.scenario_named(options.compare_to))
    if scenario.based_on_id is not None and scenario.based_on_id in proposal.scenarios:
        return proposal.scenarios[scenario.based_on_id], scenario
    raise PdfExportFailed(
        f'The changes need a second scenario: "{scenario.name}" is not '
        f"based on another, so name one with --compare."
    )


def _in_order(first: Scenario, second: Scenario) -> tuple[Scenario, Scenario]:
    """The earlier scenario first: the one the other is based on, or the as-is."""
    if first.based_on_id == second.id or (
        second.kind is ScenarioKind.AS_IS and first.kind is not ScenarioKind.AS_IS
    ):
        return second, first
    return first, second


def organisation_of(proposal: Proposal, scenario_id: ScenarioId) -> str:
    """The body whose committee the appendix goes to: the employer the recommendations are
    written for (the council employing most posts), by its name in the file."""
    try:
        return proposal.organisations[own_employer(proposal, scenario_id)].name
    except NotFound:  # no posts: no employer to name
        return proposal.info.title


def write_pdf(plan: PdfPlan, path: Path, progress: Progress | None = None) -> None:
    """Draw every planned page into `path`, written beside it first so a failure leaves no
    half-written file; raises PdfExportFailed with one sentence. The plan is used up (its pages
    are released as they are drawn): plan again to write again."""
    try:
        with written_beside(path) as temporary:
            _draw(plan, temporary, progress)
    except FileRefused as refused:
        raise PdfExportFailed(str(refused)) from None


def _draw(plan: PdfPlan, path: Path, progress: Progress | None) -> None:
    canvas = Canvas(str(path), pagesize=plan.size, pageCompression=1, lang=LANGUAGE)
    draw_plan(canvas, plan, progress)
    # Binary streams: ASCII85 (reportlab's default) makes the file a quarter bigger and slower.
    a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = a85


def draw_plan(canvas: Canvas, plan: PdfPlan, progress: Progress | None = None) -> None:
    """Every planned page onto the canvas, with the outline (the canvas is not saved)."""
    canvas.setTitle(plan.block.appendix)
    canvas.setViewerPreference(
        "DisplayDocTitle", "true"
    )  # readers show the title, not the file name
    canvas.setAuthor(plan.block.organisation)
    canvas.setSubject(plan.subject)
    canvas.setCreator(f"Org chart designer {__version__}")
    canvas.setKeywords(plan.block.classification)
    body = body_of(plan.size)
    total = plan.page_count
    number = 0
    for index, section in enumerate(plan.sections):
        pages, section.pages = section.pages, []
        key = f"section-{index}"
        # Each section names its own scenario (or pair) in the title block.
        block = replace(plan.block, scenario=section.scenario, form=f"title-block-{index}")
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(section.title, key, level=0)
        # Each page's layout is let go once drawn, so layouts and finished pages never all
        # sit in memory together.
        pages.reverse()
        while pages:
            page = pages.pop()
            number += 1
            page.draw(canvas, body, PageContext(number, total))
            draw_title_block(canvas, block, page.heading, number, total, plan.size)
            if number == 1 and plan.options.web_version:
                draw_web_version(canvas, plan.options.web_version)
            canvas.showPage()
            if progress is not None:
                progress(number, total)
    canvas.showOutline()


def export_pdf(
    proposal: Proposal, options: PdfOptions, path: Path, progress: Progress | None = None
) -> int:
    """Plan and write the PDF; returns the number of pages."""
    plan = plan_pdf(proposal, options)
    write_pdf(plan, path, progress)
    return plan.page_count
