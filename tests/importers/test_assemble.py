"""Assembling read rows into a proposal: managers found by number, name or title, duplicates, cycles."""

from __future__ import annotations

from orgchart_app.domain import OrganisationKind, PostStatus, Proposal, UnitKind, UnitStatus
from orgchart_app.importers.assemble import assemble
from orgchart_app.importers.records import ManagerMatch, PostRow
from orgchart_app.importers.report import ImportReport, Problem, ProblemKind, SourceCount


def report_of(*sources: str) -> ImportReport:
    return ImportReport(sources=[SourceCount(s) for s in sources], format_name="establishment")


def build(rows: list[PostRow], *sources: str) -> tuple[Proposal, ImportReport]:
    report = report_of(*(sources or ("posts.csv",)))
    return assemble(rows, report, "Test import", "Bury Council"), report


def row(line: int, ref: str, title: str, reports_to: str = "", **fields: object) -> PostRow:
    return PostRow(
        fields.pop("source", "posts.csv"),
        line,
        ref,
        title,  # type: ignore[arg-type]
        reports_to=reports_to,
        **fields,
    )  # type: ignore[arg-type]


def manager_of(proposal: Proposal, ref: str) -> str:
    post = next(p for p in proposal.posts.values() if p.post_ref == ref)
    return proposal.posts[post.reports_to_id].post_ref if post.reports_to_id else ""


def test_a_manager_is_found_by_post_number_then_holder_then_job_title() -> None:
    proposal, report = build(
        [
            row(2, "P1", "Director", holder="Ann Smith"),
            row(3, "P2", "Head of Service", "p1"),  # the number, in any case
            row(4, "P3", "Officer", "ANN SMITH"),  # the holder's name
            row(5, "P4", "Assistant", "head of service"),  # the job title
        ]
    )
    assert [manager_of(proposal, r) for r in ("P1", "P2", "P3", "P4")] == ["", "P1", "P1", "P2"]
    assert report.problems == []


def test_matching_by_number_only_does_not_fall_back_to_names_or_titles() -> None:
    proposal, report = build(
        [
            row(2, "P1", "Director"),
            row(3, "P2", "Officer", "Director", manager_match=ManagerMatch.REF),
        ]
    )
    assert manager_of(proposal, "P2") == ""
    assert [str(p) for p in report.problems] == [
        'posts.csv line 3: missing manager: "Officer" reports to "Director", which is not a post '
        'number in the file; the post is in "Unplaced"'
    ]


def test_matching_by_name_skips_post_numbers() -> None:
    proposal, _ = build(
        [
            row(2, "Ann", "Director"),
            row(3, "P2", "Deputy", holder="Ann"),
            row(4, "P3", "Officer", "Ann", manager_match=ManagerMatch.NAME),
        ]
    )
    assert manager_of(proposal, "P3") == "P2"


def test_a_title_held_by_two_posts_is_not_guessed_and_a_stranger_is_named() -> None:
    proposal, report = build(
        [
            row(2, "P1", "Team Leader"),
            row(3, "P2", "Team Leader"),
            row(4, "P3", "Officer", "Team Leader", unit_path=(("Care", UnitKind.TEAM),)),
            row(5, "P4", "Officer", "Nobody", lines=(5, 6)),
        ]
    )
    assert [str(p) for p in report.problems] == [
        'posts.csv line 4: missing manager: "Officer" reports to "Team Leader", which names 2 posts '
        'in the file; the post is in "Unplaced"',
        'posts.csv line 5: missing manager: "Officer" (a box of the rows on lines 5, 6) reports to '
        '"Nobody", which is not in the file; the post is in "Unplaced"',
    ]
    unplaced = next(p for p in proposal.posts.values() if p.post_ref == "P3")
    unit = proposal.units[unplaced.unit_id]
    assert (unit.name, unit.status, unit.kind) == (
        "Unplaced",
        UnitStatus.TO_BE_CONFIRMED,
        UnitKind.TEAM,
    )
    assert unit.organisation_id == unplaced.employer_id
    assert proposal.units[unit.parent_id].name == "Bury Council"  # type: ignore[index]
    assert unplaced.notes == "In the file under: Care"
    assert not [u for u in proposal.units.values() if u.name == "Care"]


def test_a_duplicate_number_is_renamed_and_its_first_use_located() -> None:
    proposal, report = build(
        [
            row(2, "P1", "Director"),
            row(3, "P1", "Deputy"),
            row(4, "P1", "Officer"),
            row(5, "P1-2", "Assistant"),
        ]
    )
    assert sorted(p.post_ref for p in proposal.posts.values()) == ["P1", "P1-2", "P1-3", "P1-4"]
    assert [p.message for p in report.problems] == [
        'post number "P1" is already used by "Director" on line 2; this post is kept as "P1-3"',
        'post number "P1" is already used by "Director" on line 2; this post is kept as "P1-4"',
    ]


def test_a_duplicate_across_two_files_names_the_other_file() -> None:
    _, report = build(
        [
            row(7, "S1", "Director", source="senior.csv"),
            row(3, "S1", "Officer", source="junior.csv"),
        ],
        "senior.csv",
        "junior.csv",
    )
    assert [str(p) for p in report.problems] == [
        'junior.csv line 3: duplicate reference: post number "S1" is already used by "Director" '
        'on senior.csv line 7; this post is kept as "S1-2"'
    ]


def test_rows_without_a_number_get_one_from_their_line() -> None:
    proposal, _ = build([row(2, "", "Director"), row(3, "R2", "Deputy"), row(4, "", "Officer")])
    assert [p.post_ref for p in proposal.posts.values()] == ["R2-2", "R2", "R4"]


def test_problems_are_listed_file_by_file_in_line_order() -> None:
    rows = [
        row(9, "J1", "Officer", "Nobody", source="junior.csv"),
        row(4, "S1", "Director", "Ghost", source="senior.csv"),
        row(2, "J2", "Officer", "Nobody", source="junior.csv"),
        row(3, "X1", "Officer", "Nobody", source="other.csv"),
    ]
    _, report = build(rows, "senior.csv", "junior.csv")
    assert [(p.source, p.line) for p in report.problems] == [
        ("senior.csv", 4),
        ("junior.csv", 2),
        ("junior.csv", 9),
        ("other.csv", 3),
    ]


def test_when_every_row_was_skipped_the_proposal_still_has_its_organisation() -> None:
    proposal, report = build([])
    assert [(o.name, o.kind) for o in proposal.organisations.values()] == [
        ("Bury Council", OrganisationKind.LOCAL_AUTHORITY)
    ]
    assert [(u.name, u.kind, u.parent_id) for u in proposal.units.values()] == [
        ("Bury Council", UnitKind.ORGANISATION, None)
    ]
    assert proposal.posts == {}
    assert (report.posts_created, report.units_created) == (0, 1)
    assert proposal.scenario_named("As is").description == "Imported (establishment)"
    assert proposal.info.notes == "Imported from posts.csv"


def test_units_are_made_once_per_path_ignoring_case() -> None:
    path = (("Adults", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM))
    proposal, report = build(
        [
            row(2, "P1", "Director", organisation="Bury CCG"),
            row(3, "P2", "Officer", "P1", unit_path=path, organisation="Bury CCG"),
            row(
                4,
                "P3",
                "Officer",
                "P1",
                unit_path=(("ADULTS", UnitKind.DIRECTORATE), ("care", UnitKind.TEAM)),
                organisation="bury ccg",
            ),
        ]
    )
    assert [(u.name, u.kind) for u in proposal.units.values()] == [
        ("Bury CCG", UnitKind.ORGANISATION),
        ("Adults", UnitKind.DIRECTORATE),
        ("Care", UnitKind.TEAM),
    ]
    assert len({p.unit_id for p in proposal.posts.values() if p.post_ref != "P1"}) == 1
    assert len(proposal.organisations) == 1 and report.units_created == 3


def test_holders_are_kept_only_for_filled_posts_with_a_real_name() -> None:
    proposal, _ = build(
        [
            row(2, "P1", "Director", holder="Ann Smith", employee_number="E1"),
            row(3, "P2", "Officer", holder="Vacant"),
            row(4, "P3", "Officer", holder="Bob Jones", status=PostStatus.VACANT),
        ]
    )
    assert [
        (h.name, h.employee_number, proposal.posts[h.post_id].post_ref)
        for h in proposal.postholders.values()
    ] == [("Ann Smith", "E1", "P1")]


def test_a_reporting_cycle_is_cut_at_the_line_written_last() -> None:
    proposal, report = build(
        [
            row(2, "A", "Chief", "C"),
            row(3, "B", "Deputy", "A"),
            row(4, "C", "Head", "B"),
            row(5, "D", "Officer", "D"),
        ]
    )
    assert [manager_of(proposal, r) for r in "ABCD"] == ["C", "A", "", ""]
    assert report.problems == [
        Problem(
            "posts.csv",
            4,
            ProblemKind.CYCLE,
            '"Head" (C) reports to "Deputy" (B), which closes the cycle C -> B -> A -> C; '
            'that line was dropped, so the post is in "Unplaced" until its manager is confirmed',
        ),
        Problem(
            "posts.csv",
            5,
            ProblemKind.CYCLE,
            '"Officer" (D) reports to "Officer" (D), which closes the cycle D -> D; '
            'that line was dropped, so the post is in "Unplaced" until its manager is confirmed',
        ),
    ]


def test_a_number_matches_its_own_case_first() -> None:
    proposal, _ = build(
        [row(2, "a1", "Lower"), row(3, "A1", "Upper"), row(4, "P3", "Officer", "A1")]
    )
    assert manager_of(proposal, "P3") == "A1"


def test_a_vacancy_is_not_a_name_to_report_to() -> None:
    proposal, report = build(
        [row(2, "P1", "Director", holder="Vacant"), row(3, "P2", "Officer", "vacant")]
    )
    assert manager_of(proposal, "P2") == ""
    assert [p.message for p in report.problems] == [
        '"Officer" reports to "vacant", which is not in the file; the post is in "Unplaced"'
    ]


def test_made_up_numbers_never_repeat_each_other() -> None:
    proposal, report = build(
        [row(2, "P1", "Director"), row(3, "P1", "Deputy"), row(4, "P1", "Head")]
    )
    assert [p.post_ref for p in proposal.posts.values()] == ["P1", "P1-2", "P1-3"]
    assert proposal.info.notes == "Imported from posts.csv"
    assert len(report.problems) == 2


def test_a_cycle_across_two_files_is_cut_at_the_higher_line_number() -> None:
    proposal, report = build(
        [
            row(9, "S1", "Director", "J1", source="senior.csv"),
            row(2, "J1", "Officer", "S1", source="junior.csv"),
        ],
        "senior.csv",
        "junior.csv",
    )
    assert [manager_of(proposal, r) for r in ("S1", "J1")] == ["", "S1"]
    assert [(p.source, p.line, p.kind) for p in report.problems] == [
        ("senior.csv", 9, ProblemKind.CYCLE)
    ]
    assert proposal.info.notes == "Imported from senior.csv, junior.csv"


def test_a_team_name_repeated_under_two_directorates_is_two_teams() -> None:
    proposal, _ = build(
        [
            row(
                2,
                "P1",
                "Officer",
                unit_path=(("Adults", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM)),
            ),
            row(
                3,
                "P2",
                "Officer",
                unit_path=(("Children", UnitKind.DIRECTORATE), ("Care", UnitKind.TEAM)),
            ),
        ]
    )
    parents = sorted(
        proposal.units[u.parent_id].name  # type: ignore[index]
        for u in proposal.units.values()
        if u.name == "Care"
    )
    assert parents == ["Adults", "Children"]


def test_deployment_notes_and_the_unplaced_team_are_recorded() -> None:
    care = (("Care", UnitKind.TEAM),)
    proposal, _ = build(
        [
            row(2, "P1", "Director", deployed_to="Bury CCG", unit_path=care),
            row(3, "P2", "Officer", "Ghost", notes=["FTE read as 1"], unit_path=care),
            row(4, "P3", "Officer", "P1", notes=["grade unreadable"], unit_path=care),
        ]
    )
    posts = {p.post_ref: p for p in proposal.posts.values()}
    deployed = proposal.organisations[posts["P1"].deployed_to_id]  # type: ignore[index]
    assert (deployed.name, deployed.kind) == ("Bury CCG", OrganisationKind.NHS_BODY)
    assert posts["P2"].deployed_to_id is None
    assert posts["P2"].notes == "FTE read as 1; In the file under: Care"
    assert posts["P3"].notes == "grade unreadable"  # placed: no note of where it was
    unplaced = proposal.units[posts["P2"].unit_id]
    assert unplaced.description == "Posts whose manager the imported file names but does not hold"


def test_a_number_written_in_capitals_finds_a_lower_case_one() -> None:
    proposal, report = build([row(2, "bc-1", "Director"), row(3, "BC-2", "Officer", "BC-1")])
    assert manager_of(proposal, "BC-2") == "bc-1"
    assert report.problems == []
