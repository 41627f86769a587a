"""The import report's reconciliation in words, and the organisations an import names and kinds."""

from __future__ import annotations

import pytest

from orgchart_app.domain import OrganisationKind
from orgchart_app.importers.builder import organisation_kind, short_name
from orgchart_app.importers.report import ImportReport, Problem, ProblemKind, SourceCount


def test_the_reconciliation_reads_file_by_file_then_the_totals() -> None:
    report = ImportReport(
        sources=[
            SourceCount(
                "senior.csv",
                rows_read=10,
                rows_placed=9,
                rows_skipped=1,
                blank_lines=1,
                encoding="utf-8",
            ),
            SourceCount("junior.csv", rows_read=4, rows_placed=4, encoding="cp1252", blank_lines=2),
            SourceCount("extra.csv", rows_read=0, encoding="utf-16"),
        ],
        posts_created=12,
        units_created=5,
    )
    report.add("senior.csv", 7, ProblemKind.SKIPPED, "no job title")
    report.add("junior.csv", 3, ProblemKind.MISSING_MANAGER, "no such manager")
    assert report.reconciliation_lines() == [
        "senior.csv (utf-8): 10 rows read = 9 placed + 1 skipped (1 blank line ignored)",
        "junior.csv (cp1252): 4 rows read = 4 placed + 0 skipped (2 blank lines ignored)",
        "extra.csv (utf-16): 0 rows read = 0 placed + 0 skipped",
        "12 posts and 5 units created; 2 problems listed.",
    ]
    assert (report.rows_read, report.rows_placed, report.rows_skipped) == (14, 13, 1)
    assert report.reconciles
    assert report.skipped_lines() == [Problem("senior.csv", 7, ProblemKind.SKIPPED, "no job title")]
    assert str(report.problems[1]) == "junior.csv line 3: missing manager: no such manager"


def test_a_file_whose_rows_do_not_add_up_does_not_reconcile() -> None:
    report = ImportReport(
        sources=[
            SourceCount("a.csv", rows_read=3, rows_placed=3),
            SourceCount("b.csv", rows_read=3, rows_placed=1, rows_skipped=1),
        ]
    )
    assert [s.reconciles for s in report.sources] == [True, False]
    assert not report.reconciles


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Bury Council", "Bury Council"),  # 16 characters or fewer: kept
        ("Manchester City Council", "MCC"),
        ("Manchester Health and Care Commissioning", "MHCC"),  # "and" left out
        ("Department of the Environment & Rural Affairs", "DERA"),
        ("Northern Care Alliance NHS Foundation Trust", "NCANFT"),
        ("Supercalifragilisticexpialidocious", "Supercalifragili"),  # one long word: cut
        ("Greater-Manchester Combined", "GMC"),  # hyphens split words
    ],
)
def test_short_names_are_kept_or_made_from_initials(name: str, short: str) -> None:
    assert short_name(name) == short


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Bury CCG", OrganisationKind.NHS_BODY),
        ("NHS Bury Clinical Commissioning Group", OrganisationKind.NHS_BODY),
        ("Pennine Care NHS Foundation Trust", OrganisationKind.NHS_BODY),
        ("Betsi Cadwaladr University Health Board", OrganisationKind.NHS_BODY),
        ("Bury Council", OrganisationKind.LOCAL_AUTHORITY),
        ("Royal Borough of Greenwich", OrganisationKind.LOCAL_AUTHORITY),
        ("Kent County", OrganisationKind.LOCAL_AUTHORITY),
        ("Greater London Authority", OrganisationKind.LOCAL_AUTHORITY),
        ("Bury Integrated Partnership", OrganisationKind.PARTNERSHIP),
        ("Northern Care Alliance", OrganisationKind.PARTNERSHIP),
        ("Manchester Local Care Organisation", OrganisationKind.PARTNERSHIP),
        ("Acme Ltd", OrganisationKind.OTHER),
    ],
)
def test_the_kind_of_an_organisation_is_read_from_its_name(
    name: str, kind: OrganisationKind
) -> None:
    assert organisation_kind(name) is kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("NHS England", OrganisationKind.NHS_BODY),
        ("Pennine Acute Trust", OrganisationKind.NHS_BODY),
        ("Bury Clinical Commissioning", OrganisationKind.NHS_BODY),
    ],
)
def test_each_word_marks_an_nhs_body_on_its_own(name: str, kind: OrganisationKind) -> None:
    assert organisation_kind(name) is kind


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Sixteen Chars Ok", "Sixteen Chars Ok"),  # exactly 16: kept
        ("Seventeen Chars X", "SCX"),  # 17: initials
        ("Two Wordsxxxxxxxxxxx", "TW"),  # two words are enough for initials
        ("Health & Care (Bury) 2026", "HC2"),  # "(Bury)" and "&" are not words
        ("B&Q Retail Partnership Ltd", "BRPL"),  # a word starting with a letter counts
    ],
)
def test_short_names_at_their_edges(name: str, short: str) -> None:
    assert short_name(name) == short


def test_an_import_numbers_its_records_from_one() -> None:
    from orgchart_app.domain import PostStatus, ScenarioKind
    from orgchart_app.importers.assemble import assemble
    from orgchart_app.importers.records import PostRow
    from orgchart_app.importers.report import SourceCount

    rows = [
        PostRow("a.csv", 2, "P1", "Director", holder="Ann", employee_number="E1"),
        PostRow("a.csv", 3, "P2", "Officer", reports_to="P1", status=PostStatus.FILLED),
    ]
    report = ImportReport(sources=[SourceCount("a.csv")])
    proposal = assemble(rows, report, "Imported list", "Bury Council")
    assert proposal.info.title == "Imported list"
    for table in ("organisations", "scenarios", "units", "posts", "postholders"):
        records = getattr(proposal, table)
        assert [r.id for r in records.values()] == list(records) == list(range(1, len(records) + 1))
    assert [s.kind for s in proposal.scenarios.values()] == [ScenarioKind.AS_IS]
    assert [(u.unit_ref, u.description) for u in proposal.units.values()] == [("U0001", "")]


def test_one_of_anything_is_said_in_the_singular() -> None:
    report = ImportReport(
        sources=[SourceCount("one.csv", rows_read=1, rows_placed=1, encoding="utf-8")],
        posts_created=1,
        units_created=1,
    )
    report.add("one.csv", 2, ProblemKind.MISSING_VALUE, "no grade")
    assert report.reconciliation_lines() == [
        "one.csv (utf-8): 1 row read = 1 placed + 0 skipped",
        "1 post and 1 unit created; 1 problem listed.",
    ]


def test_the_releases_of_a_file_are_named_with_the_one_imported_or_each_as_a_scenario() -> None:
    assert ImportReport().release_lines() == []
    releases = ["2023-03-31", "2024-03-31"]
    assert ImportReport(releases=releases, release="2024-03-31").release_lines() == [
        "Releases in the file: 2023-03-31, 2024-03-31",
        "Imported release 2024-03-31 (another with --release DATE; each as its own scenario "
        "with --releases scenarios).",
    ]
    assert ImportReport(releases=releases).release_lines() == [
        "Releases in the file: 2023-03-31, 2024-03-31",
        "Imported each release as its own scenario, named by its date.",
    ]
