"""The Bury sample read against its report, fact by fact.

Every expected value is typed by hand from Bury Council's HR & Appeals Panel report of 25 March
2021 ("Restructure of Community Commissioning pillar in the One Commissioning Organisation"),
with the section it comes from; none is produced by our code. Where the report is silent the
sample must say it assumes.
"""

from __future__ import annotations

from functools import cache

from orgchart_app.analysis.provenance import ProvenanceIndex
from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.model import Post, Unit
from orgchart_app.domain.tables import Table
from orgchart_app.samples import build_bury


@cache
def _bury() -> Proposal:
    return build_bury()


def _index() -> ProvenanceIndex:
    return ProvenanceIndex(_bury())


def _post(scenario: str, ref: str) -> Post:
    p = _bury()
    post = p.post_by_ref(p.scenario_named(scenario).id, ref)
    assert post is not None, ref
    return post


def _unit(scenario: str, ref: str) -> Unit:
    p = _bury()
    return next(
        u for u in p.units_in(p.scenario_named(scenario).id) if u.unit_ref == ref
    )  # the sample names its units


def _assumed(table: Table, record_id: int) -> set[str]:
    return set(_index().assumed_fields(table, record_id))


def test_the_vacancies_are_the_reports() -> None:
    # The posts deleted and established by title and count are pinned by
    # tests/analysis/test_diff.py and test_report_recommendations.py.
    # s.4.1: "currently 3 vacancies within the Provider Relationship Team".
    prt = [x for x in _bury().posts.values() if x.post_ref in ("BC-1013", "BC-1014")]
    assert sum(x.quantity for x in prt if x.status is PostStatus.VACANT) == 3
    # s.5.1: the Brokerage Relationship Officer is "currently vacant"; the Assistant is not.
    assert _post("As is", "BC-1070").status is PostStatus.VACANT
    assert _post("As is", "BC-1071").status is PostStatus.FILLED


def test_the_four_pillars_and_the_department_of_operations_are_stated_in_s1() -> None:
    # s.1: "The four pillars are: Community Commissioning, Secondary Care Commissioning ...,
    # Public Health, Nursing & Quality Improvement"; and "The Department of Operations".
    for ref, name in (
        ("PH", "Public Health"),
        ("NQI", "Nursing & Quality Improvement"),
        ("OPS", "Operations"),
    ):
        unit = _unit("As is", ref)
        assert unit.name == name
        assert "" not in _assumed(Table.UNITS, unit.id), name
        place = _index().sources(Table.UNITS, unit.id).record
        assert place is not None and "s.1" in place.place


def test_the_dass_accountability_through_the_ad_of_social_care_operations_is_stated_in_s2() -> None:
    # s.2: operational teams "operate under single line management of the Local Care
    # Organisation, with accountability to the DASS through the Assistant Director of Social
    # Care Operations". Who employs the Assistant Director is not said.
    p = _bury()
    ad = _post("As is", "BC-3001")
    assert ad.title == "Assistant Director of Social Care Operations"
    assert "" not in _assumed(Table.POSTS, ad.id)
    assert "employer_id" in _assumed(Table.POSTS, ad.id)
    line = next(x for x in p.dotted_lines_in(ad.scenario_id) if x.from_post_id == ad.id)
    assert p.posts[line.to_post_id].post_ref == "BC-1002"
    assert _assumed(Table.DOTTED_LINES, line.id) == set()
    stated = _index().sources(Table.DOTTED_LINES, line.id).record
    assert stated is not None and "s.2" in stated.place


def test_which_cost_centre_pays_for_a_post_is_assumed() -> None:
    # s.6 gives each cost centre's budget (SEG5970, SSG9143, SF16000), never its posts.
    coded = [x for x in _bury().posts.values() if x.cost_code]
    assert coded
    for post in coded:
        assert "cost_code" in _assumed(Table.POSTS, post.id), post.post_ref


def test_the_budget_is_s6_and_its_recurrence_is_assumed() -> None:
    lines = sorted(_bury().budget_lines.values(), key=lambda x: x.total)
    # s.6: SEG5970 £375,000 + £37,500 + £76,900 = £489,400; SSG9143 £339,100 + £34,400 +
    # £72,200 = £445,700; SF16000 (part) £40,000; less £47,100 and £54,000: £874,000.
    assert [x.total for x in lines] == [-54000, -47100, 40000, 445700, 489400]
    assert sum(x.total for x in lines) == 874000
    seg = next(x for x in lines if x.cost_code == "SEG5970")
    ssg = next(x for x in lines if x.cost_code == "SSG9143")
    assert (seg.basic_pay, seg.national_insurance, seg.superannuation) == (375000, 37500, 76900)
    assert (ssg.basic_pay, ssg.national_insurance, ssg.superannuation) == (339100, 34400, 72200)
    # The report does not say whether any line recurs.
    assert all(x.recurrence_assumed for x in lines)


def test_which_lines_were_temporary_is_assumed() -> None:
    # s.2: temporary arrangements "are indicated as such" in Appendix 3, which is not published.
    temporary = [x for x in _bury().posts.values() if x.temporary_line]
    assert temporary
    for post in temporary:
        assert "temporary_line" in _assumed(Table.POSTS, post.id), post.post_ref


def test_lines_the_report_gives_are_stated_and_lines_it_does_not_are_assumed() -> None:
    # s.7 puts the Deputy Director of Primary Care (CCG) under the Director; whom the post
    # reports to today is not said (s.4.2 says only what it manages).
    assert "reports_to_id" in _assumed(Table.POSTS, _post("As is", "CCG-2001").id)
    assert "reports_to_id" not in _assumed(Table.POSTS, _post("To be", "CCG-2001").id)
    # s.4.1: the Strategic Lead manages both teams; s.5.5: the Head of Adult Safeguarding
    # reports to the Director.
    assert "reports_to_id" not in _assumed(Table.POSTS, _post("As is", "BC-1010").id)
    assert "reports_to_id" not in _assumed(Table.POSTS, _post("To be", "BC-1050").id)
    # s.5.1 moves the Personalisation manager "into the Corporate Core - Finance Department"
    # and the Brokerage posts to the Intermediate Tier, without naming a manager.
    for ref in ("BC-1060", "BC-1070", "BC-1071"):
        assert "reports_to_id" in _assumed(Table.POSTS, _post("To be", ref).id), ref
    # s.4.1 puts the Personalisation & Support Business Team under the Strategic Lead today.
    assert "reports_to_id" not in _assumed(Table.POSTS, _post("As is", "BC-1060").id)


def test_the_lines_inside_appendix_3s_teams_are_assumed() -> None:
    # s.4.1 names the teams the Strategic Lead manages and s.7 the posts' titles and counts;
    # the chart of Appendix 3 that would show who manages whom inside them is not published,
    # and the Brokerage posts (s.5.1) are not among s.4.1's teams.
    for ref in (
        "BC-1003",
        "BC-1011",
        "BC-1012",
        "BC-1013",
        "BC-1014",
        "BC-1021",
        "BC-1022",
        "BC-1030",
        "BC-1040",
        "BC-1070",
        "BC-1071",
    ):
        assert "reports_to_id" in _assumed(Table.POSTS, _post("As is", ref).id), ref


def test_where_the_support_and_quality_officers_sit_is_assumed() -> None:
    # s.5.4: the Support Officers monitor contracts and the Quality Assurance Officers "work
    # across the 4 pillars": no sub-pillar is named for either.
    for ref in ("NEW-83", "NEW-84"):
        assert "unit_id" in _assumed(Table.POSTS, _post("To be", ref).id), ref


def test_which_sub_pillars_are_in_place_is_assumed_as_the_shading_is_lost() -> None:
    # s.5.2: pillars "already in place are shaded green ... Those shaded pink are to be
    # confirmed": the published text has lost the shading.
    for ref in ("SP-MH", "SP-OP", "SP-LD", "SP-PD", "SP-CPD", "SP-CH", "PC"):
        assert "status" in _assumed(Table.UNITS, _unit("To be", ref).id), ref


def test_adult_safeguarding_is_described_as_s41_does() -> None:
    # s.4.1: "Adult Safeguarding including Safeguarding Operations, Reviewing, MCA and DoLS".
    assert _unit("As is", "AS").description == "Safeguarding Operations, Reviewing, MCA and DoLS"


def test_section_7_names_the_deputy_director_as_the_report_does() -> None:
    items = sorted(_bury().recommendation_items.values(), key=lambda x: x.position)
    assert items[2].entry_lines == (
        "Head of Adult Safeguarding",
        "Deputy Director of Primary Care (CCG)",
    )


def test_no_empty_field_is_said_to_be_assumed() -> None:
    # An assumption about a cost centre a post does not carry would be noise on the page.
    for post in _bury().posts.values():
        if not post.cost_code:
            assert "cost_code" not in _assumed(Table.POSTS, post.id), post.post_ref


def test_the_ccg_is_cited_where_the_report_names_it() -> None:
    # The title page names the Council only; the executive summary names "the CCG".
    p = _bury()
    ccg = p.organisation_named("Bury CCG")
    row = _index().sources(Table.ORGANISATIONS, ccg.id).record
    assert row is not None and row.place == "Executive Summary; s.1"


def test_pool_a_is_not_confirmed_as_the_report_does_not_say_who_is_in_it() -> None:
    """5.3 fills the four new SICM posts "from within the current social care management roles"
    without naming the roles: who is in Pool A is the sample's assumption, so no outcome placing
    someone in it may stand as decided."""
    p = _bury()
    pool = next(pool for pool in p.pools.values() if pool.name == "Pool A")
    assert "assumption" in pool.notes
    in_pool = [o for o in p.outcomes.values() if o.pool_id == pool.id]
    assert len(in_pool) == 5
    assert not any(o.confirmed for o in in_pool)
    assert all("assumed" in o.notes.casefold() and "5.3" in o.notes for o in in_pool)
