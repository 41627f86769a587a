"""The Manchester samples read against their reports, fact by fact.

Expected values are typed by hand from: Manchester City Council Personnel Committee, 24 July 2019
("Manchester Health & Care Commissioning Phase 2"); Manchester Health and Wellbeing Board, 3 June
2019 ("Manchester Local Care Organisation - Phase 2 Update"); Manchester Health Scrutiny
Committee, 18 June 2019 ("Adult Social Care Improvement Programme"), each with its section.
"""

from __future__ import annotations

from functools import cache

from orgchart_app.analysis.provenance import ProvenanceIndex
from orgchart_app.domain import Proposal
from orgchart_app.domain.model import Post
from orgchart_app.domain.tables import Table
from orgchart_app.samples import build_manchester, build_manchester_capacity


@cache
def _manchester() -> Proposal:
    return build_manchester()


def _post(scenario: str, ref: str) -> Post:
    p = _manchester()
    post = p.post_by_ref(p.scenario_named(scenario).id, ref)
    assert post is not None, ref
    return post


def _assumed(table: Table, record_id: int) -> set[str]:
    return set(ProvenanceIndex(_manchester()).assumed_fields(table, record_id))


def test_32_mcc_employees_move_their_deployment_to_mlco() -> None:
    # s.2.5 and Recommendation 1: "32 MCC employees will move their deployment from MHCC to
    # MLCO"; s.3.4: the two Strategic Leads (SS2) are among them.
    p = _manchester()
    mlco, mcc = p.organisation_named("MLCO").id, p.organisation_named("MCC").id
    moved = [
        x
        for x in p.posts_in(p.scenario_named("To be").id)
        if x.deployed_to_id == mlco and x.employer_id == mcc
    ]
    assert sum(x.quantity for x in moved) == 32
    assert sum(x.quantity for x in moved if x.grade == "SS2") == 2
    # The 30 besides the Leads are drawn as two boxes of 15: the boxes are assumed, the count
    # they say they come from is s.2.5's.
    staff = ProvenanceIndex(p).sources(Table.POSTS, _post("As is", "MCC-031").id).record
    assert staff is not None and staff.assumed and "s.2.5" in staff.reason


def test_the_names_come_from_the_reports_that_print_them() -> None:
    # 24 July 2019, contact officers: Joanne Roney (Chief Executive), Bernadette Enright. The
    # Chief Accountable Officer and MLCO's Chief Executive are named only by the 3 June 2019
    # report (its title page, and s.3.3 for Michael McCourt).
    p = _manchester()
    index = ProvenanceIndex(p)
    expected = {
        "Joanne Roney": ("24 July 2019", "Contact officers"),
        "Bernadette Enright": ("24 July 2019", "Contact officers"),
        "Ian Williamson": ("3 June 2019", "title page"),
        "Michael McCourt": ("3 June 2019", "title page"),
    }
    for holder in p.postholders.values():
        if holder.name not in expected:
            continue
        row = index.sources(Table.POSTHOLDERS, holder.id).record
        assert row is not None and row.document_id is not None, holder.name
        date, place = expected[holder.name]
        assert date in p.documents[row.document_id].title, holder.name
        assert place in row.place, holder.name


def test_lines_and_employers_the_report_does_not_give_are_assumed() -> None:
    # s.3.4: the Strategic Leads will support the Deputy DASS; whom they report to today is not
    # said. s.3.7: the Director of Population Health's reporting is still to be reviewed.
    assert "reports_to_id" in _assumed(Table.POSTS, _post("As is", "MCC-021").id)
    assert "reports_to_id" not in _assumed(Table.POSTS, _post("To be", "MCC-021").id)
    assert "reports_to_id" in _assumed(Table.POSTS, _post("To be", "MCC-050").id)
    # s.3.3 names the Deputy Chief Executive, not whom that post reports to.
    assert "reports_to_id" in _assumed(Table.POSTS, _post("As is", "MCC-002").id)
    # s.3.3: the Director of Adult Social Services SS4 reported to the Executive Director.
    assert "reports_to_id" not in _assumed(Table.POSTS, _post("As is", "MCC-011").id)
    # No report says who employs these three.
    for ref in ("MCCG-001", "MFT-001", "MCCG-010"):
        assert "employer_id" in _assumed(Table.POSTS, _post("As is", ref).id), ref
    # s.3.7: the Director of Population Health "is an employee of the Council".
    assert "employer_id" not in _assumed(Table.POSTS, _post("As is", "MCC-050").id)


def test_the_dass_split_before_is_90_in_mhcc_and_the_rest_is_inferred() -> None:
    # s.3.2: "The previous Executive Director was focused for 90% of time within MHCC"; the
    # new split is 90% MLCO and c10% MHCC. The old 10% in MLCO is not stated.
    p = _manchester()
    index = ProvenanceIndex(p)
    for scenario, to_mlco, assumed in (("As is", 10, True), ("To be", 90, False)):
        lines = p.dotted_lines_in(p.scenario_named(scenario).id)
        mlco = next(x for x in lines if p.posts[x.to_post_id].post_ref == "MFT-001")
        mhcc = next(x for x in lines if p.posts[x.to_post_id].post_ref == "MCCG-001")
        assert (mlco.share_percent, mhcc.share_percent) == (to_mlco, 100 - to_mlco)
        assert ("share_percent" in index.assumed_fields(Table.DOTTED_LINES, mlco.id)) is assumed
        assert not index.assumed_fields(Table.DOTTED_LINES, mhcc.id)


def test_the_capacity_plan_is_s58_and_says_where_it_comes_from() -> None:
    p = build_manchester_capacity()
    # s.5.8, £'000: the four cost rows of each year.
    rows = {
        "2019/20": [1567, 1456, 713, 490],
        "2020/21": [2150, 1456, 713, 490],
        "2021/22": [2150, 1456, 713, 490],
    }
    for year, expected in rows.items():
        costs = [x for x in p.budget_lines.values() if x.year == year and not x.funding_source]
        funding = [x for x in p.budget_lines.values() if x.year == year and x.funding_source]
        assert [x.total for x in costs] == [k * 1000 for k in expected]
        assert [x.total for x in funding] == [k * 1000 for k in expected]
    index = ProvenanceIndex(p)
    (document,) = p.documents.values()
    assert "18 June 2019" in document.title
    for line in p.budget_lines.values():
        row = index.sources(Table.BUDGET_LINES, line.id).record
        assert row is not None and row.place == "s.5.8", line.description
    for table in (Table.ORGANISATIONS, Table.SCENARIOS, Table.UNITS, Table.POSTS):
        for record_id in p.records(table):
            sources = index.sources(table, record_id)
            assert sources.record is not None, (table, record_id)


def test_the_invented_staff_are_not_cited_as_the_reports() -> None:
    # No report names any of the 32 employees (s.2.5): their people are invented.
    p = _manchester()
    index = ProvenanceIndex(p)
    as_is = p.postholders_in(p.scenario_named("As is").id)
    assert sum(h.name.startswith("Postholder ") for h in as_is) == 32
    for holder in (h for h in p.postholders.values() if h.name.startswith("Postholder ")):
        assert "" in index.assumed_fields(Table.POSTHOLDERS, holder.id), holder.name


def test_the_personnel_committee_report_is_the_chief_executives() -> None:
    # The report's heading: "Report of: Chief Executive" (the Interim Director of HROD only
    # comments, s.4).
    p = _manchester()
    references = {d.title.split(":")[0]: d.reference for d in p.documents.values()}
    assert references["Manchester City Council Personnel Committee, 24 July 2019"] == (
        "Report of the Chief Executive"
    )


def test_each_organisation_is_cited_where_a_report_names_it() -> None:
    # 24 July 2019 never names the Foundation Trust; 3 June 2019 s.5.5 makes "Manchester
    # University Foundation Trust" MLCO's lead health contractor. The merged Manchester CCG is
    # 24 July 2019's s.1.3; MHCC and MLCO are its s.1.2.
    p = _manchester()
    index = ProvenanceIndex(p)
    expected = {
        "MFT": ("3 June 2019", "s.5.5"),
        "MCCG": ("24 July 2019", "s.1.3"),
        "MHCC": ("24 July 2019", "s.1.2"),
        "MLCO": ("24 July 2019", "s.1.2"),
    }
    for short_name, (date, place) in expected.items():
        organisation = p.organisation_named(short_name)
        row = index.sources(Table.ORGANISATIONS, organisation.id).record
        assert row is not None and row.document_id is not None, short_name
        assert date in p.documents[row.document_id].title, short_name
        assert row.place == place, short_name


def test_the_dass_lines_are_s32s_and_the_drawn_containers_are_assumed() -> None:
    p = _manchester()
    index = ProvenanceIndex(p)
    for line in p.dotted_lines.values():
        row = index.sources(Table.DOTTED_LINES, line.id).record
        assert row is not None and row.place == "s.3.2"
    # Appendices 1 and 2 (the structure charts, s.3.6) are not in the published text, and no
    # section names a "Chief Executive's Office" or an "Adult Social Services" unit.
    for unit in p.units.values():
        if unit.unit_ref in ("CEO", "ASS"):
            assert "" in index.assumed_fields(Table.UNITS, unit.id), unit.name
