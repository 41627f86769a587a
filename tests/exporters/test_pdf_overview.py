"""Overview pages: every sub-unit of the unit overviewed is on it, none lost in a collapsed team."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import UnitId
from orgchart_app.exporters.pdf import PdfOptions, export_pdf
from orgchart_app.exporters.pdf.structure import UnitTree, overview_options
from orgchart_app.layout import LayoutOptions, layout_scenario
from tests.exporters.helpers import pdf_text


def _overviewed(tree: UnitTree) -> list[tuple[UnitId | None, list[UnitId], list[UnitId]]]:
    """(the unit overviewed or None for the scenario, its top units, their sub-units): by
    design an overview shows the units it covers and their sub-units (those with posts); deeper
    units are on the sub-units' own pages."""
    wanted = [(None, [u.id for u in tree.roots() if tree.has_posts(u.id)])]
    wanted += [(u.id, [u.id]) for u in tree.units.values() if tree.has_posts(u.id)]
    found = []
    for scope, tops in wanted:
        children = [c.id for t in tops for c in tree.children.get(t, []) if tree.has_posts(c.id)]
        if children:
            found.append((scope, tops, children))
    return found


@pytest.mark.parametrize("sample", ["bury", "manchester"])
@pytest.mark.parametrize("scenario", ["As is", "To be"])
def test_each_overview_shows_every_unit_it_covers(
    sample: str, scenario: str, request: pytest.FixtureRequest
) -> None:
    proposal: Proposal = request.getfixturevalue(sample)
    scenario_id = proposal.scenario_named(scenario).id
    tree = UnitTree(proposal, scenario_id)
    for scope, tops, children in _overviewed(tree):
        options = overview_options(tree, children, LayoutOptions(unit_id=scope))
        titles = {c.title for c in layout_scenario(proposal, scenario_id, options).containers}
        assert [
            tree.units[u].name for u in [*tops, *children] if tree.units[u].name not in titles
        ] == []


def test_manchester_council_overview_shows_adult_social_services(
    manchester: Proposal, tmp_path: Path
) -> None:
    # The lead of Adult Social Services reports to the Chief Executive, whose team the overview
    # collapses: the unit used to vanish into the "+ n posts" box.
    path = tmp_path / "overview.pdf"
    export_pdf(manchester, PdfOptions(scenario="As is", paper="A4"), path)
    pages = PdfReader(path).pages
    overview = [
        i for i in range(len(pages)) if "As is: overview" in pdf_text(path, range(i, i + 1))
    ]
    assert overview
    text = pdf_text(path, range(overview[0], overview[-1] + 1))
    for unit in manchester.units_in(manchester.scenario_named("As is").id):
        assert unit.name in text
