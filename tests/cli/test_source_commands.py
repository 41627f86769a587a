"""orgchart document and source, and the record fields older commands lacked (org set
--pay-scale, oncosts set --source, recommendations edit --source): run as a user runs them, the
file read back after each change, a refusal leaving it byte for byte as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.provenance import Basis, Provenance
from orgchart_app.storage import open_proposal
from tests.cli.helpers import run_in_process
from tests.cli.record_helpers import BURY, ok, refused


@pytest.fixture
def bury(tmp_path: Path) -> Path:
    return Path(shutil.copy(BURY, tmp_path / "bury.sqlite"))


PAIR = ("--from", "As is", "--to", "To be")


def _read(path: Path) -> Proposal:
    return open_proposal(path).proposal


def _grade_row(path: Path, ref: str = "NEW-75") -> Provenance | None:
    proposal = _read(path)
    post = proposal.post_by_ref(proposal.scenario_named("To be").id, ref)
    assert post is not None
    return next(
        (
            r
            for r in proposal.provenance.values()
            if (r.table, r.record_id, r.field) == ("posts", post.id, "grade")
        ),
        None,
    )


def test_a_document_is_cited_and_a_field_marked_assumed_then_stated_then_cleared(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    f = str(bury)
    out = ok(capsys, "document", "add", f, "Staffing report", "--reference", "staffing.pdf")
    assert out == 'Cite "Staffing report".\n'
    document = next(d for d in _read(bury).documents.values() if d.title == "Staffing report")
    out = ok(capsys, "document", "set", f, str(document.id), "--title", "Staffing report v2",
              "--reference", "")  # fmt: skip
    assert out == 'Cite "Staffing report v2".\n'
    changed = _read(bury).documents[document.id]
    assert (changed.title, changed.reference) == ("Staffing report v2", "")
    assert _grade_row(bury) is None
    out = ok(capsys, "source", "set", f, "post", "NEW-75", "--field", "grade",
              "--basis", "assumed", "--reason", "the report gives no grade")  # fmt: skip
    assert out == "Mark grade as assumed.\n"
    row = _grade_row(bury)
    assert row is not None and (row.basis, row.reason) == (
        Basis.ASSUMED,
        "the report gives no grade",
    )
    out = ok(capsys, "source", "set", f, "post", "NEW-75", "--field", "grade", "--basis",
              "stated", "--document", "Staffing report v2", "--place", "p.3")  # fmt: skip
    stated = _grade_row(bury)
    assert stated is not None and stated.id == row.id  # the same row, now stated
    assert (stated.basis, stated.document_id, stated.place, stated.reason) == (
        Basis.STATED, document.id, "p.3", "",
    )  # fmt: skip
    listed = json.loads(ok(capsys, "source", "list", f, "--format", "json"))
    assert {"table": "post", "record": "NEW-75 (To be)", "about": "Senior Integrated "
            "Commissioning Manager", "field": "grade", "basis": "stated", "document": document.id,
            "place": "p.3", "reason": ""} in listed  # fmt: skip
    cited = json.loads(ok(capsys, "document", "list", f, "--format", "json"))
    assert {"number": document.id, "title": "Staffing report v2", "reference": "",
            "cited": 1} in cited  # fmt: skip
    code, _, err = run_in_process(capsys, "document", "remove", f, "Staffing report v2")
    assert (code, err) == (2, 'orgchart: "Staffing report v2" is cited by 1 source: mark them '
                           "as stated by another document, or clear them, first.\n")  # fmt: skip
    out = ok(capsys, "source", "clear", f, "post", "NEW-75", "--field", "grade")
    assert out == "Forget where a value comes from.\n" and _grade_row(bury) is None
    out = ok(capsys, "document", "remove", f, str(document.id))
    assert out == 'Remove document "Staffing report v2".\n'
    assert document.id not in _read(bury).documents


def test_sources_are_given_for_records_of_other_tables(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    f = str(bury)
    ok(capsys, "source", "set", f, "organisation", "OCO", "--basis", "assumed", "--reason", "r1")
    ok(capsys, "source", "set", f, "unit", "CC", "--field", "name", "--basis", "assumed",
        "--reason", "r2")  # fmt: skip
    ok(capsys, "source", "set", f, "postholder", "BC-1050 #1", "--scenario", "As is",
        "--basis", "assumed", "--reason", "r3")  # fmt: skip
    ok(capsys, "source", "set", f, "budget_line", "#2", "--field", "other", "--basis",
        "assumed", "--reason", "r4")  # fmt: skip
    reasons = {r.reason: (r.table, r.field) for r in _read(bury).provenance.values()}
    assert reasons["r1"] == ("organisations", "")
    assert reasons["r2"] == ("units", "name")
    assert reasons["r3"] == ("postholders", "")
    assert reasons["r4"] == ("budget_lines", "other")


def test_records_known_by_number_are_listed_with_what_they_are(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    # A grade or a budget line is given by its number, which alone tells the user nothing of
    # which one it is: the list says what each is beside the number `source set` takes.
    f = str(bury)
    proposal = _read(bury)
    grade = next(g for g in proposal.grades.values() if g.code == "Grade 6")
    line = next(d for d in proposal.dotted_lines.values() if d.label.startswith("part-time"))
    for table, number in (("grade", grade.id), ("budget_line", 2), ("dotted_line", line.id),
                          ("pool", 1), ("document", 1), ("on_cost_rule", 1),
                          ("recommendation_item", 1), ("budget_line", 1)):  # fmt: skip
        ok(capsys, "source", "set", f, table, f"#{number}", "--basis", "assumed", "--reason", "r")
    listed = json.loads(ok(capsys, "source", "list", f, "--format", "json"))
    about = {(row["table"], row["record"]): row["about"] for row in listed}
    posts = proposal.posts
    assert about[("grade", f"#{grade.id}")] == "Grade 6, NJC pay spine"
    assert about[("budget_line", "#2")] == "SSG9143"
    assert about[("dotted_line", f"#{line.id}")] == (
        f"{posts[line.from_post_id].post_ref} to {posts[line.to_post_id].post_ref} (As is)"
    )
    assert about[("pool", "#1")] == "Pool A (To be)"
    rule = next(r for r in proposal.on_cost_rules.values() if r.id == 1)
    employer = proposal.organisations[rule.organisation_id].short_name
    assert about[("on_cost_rule", "#1")] == f"{employer} {rule.pay_year}" == "Bury Council 2020/21"
    assert about[("recommendation_item", "#1")] == (
        "support the proposed establishment of the following posts"
    )
    assert about[("document", "#1")].startswith("Bury Council HR & Appeals Panel, 25 March 2021")
    text = ok(capsys, "source", "list", f)
    assert text.splitlines()[0].split() == [
        "Table", "Record", "About", "Field", "Basis", "Document", "Place", "Reason"
    ]  # fmt: skip
    assert any(
        line.split()[:4] == ["grade", f"#{grade.id}", "Grade", "6,"] for line in text.splitlines()
    )


def test_an_organisation_is_put_on_a_pay_scale_and_taken_off(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    out = ok(capsys, "org", "set", str(bury), "OCO", "--pay-scale", "NHS Agenda for Change")
    assert out == 'Change organisation "OCO".\n'
    scales = _read(bury).pay_scales
    oco = _read(bury).organisation_named("OCO")
    assert oco.pay_scale_id is not None and scales[oco.pay_scale_id].name == "NHS Agenda for Change"
    ok(capsys, "org", "set", str(bury), "OCO", "--pay-scale", "")
    assert _read(bury).organisation_named("OCO").pay_scale_id is None


def test_an_on_cost_rule_keeps_the_source_the_user_gives(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    source = "GMPF valuation letter, 31 March 2022: 20.5% for 2023/24 to 2025/26"
    ok(capsys, "oncosts", "set", str(bury), "--organisation", "Bury Council", "--year",
        "2025/26", "--pension-rate", "20.5", "--source", source)  # fmt: skip
    rules = _read(bury).on_cost_rules.values()
    rule = next(r for r in rules if r.pay_year == "2025/26" and r.organisation_id == 1)
    assert rule.source == source


def test_a_recommendation_names_the_changes_it_was_written_for(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    out = ok(capsys, "recommendations", str(bury), *PAIR, "edit", "1", "--source",
              "establish:NEW-75", "--source", "establish:NEW-76")  # fmt: skip
    assert out.startswith("Word the recommendations: saved ")
    items = sorted(_read(bury).recommendation_items.values(), key=lambda i: i.position)
    assert items[0].source_keys == {"establish:NEW-75", "establish:NEW-76"}
    ok(capsys, "recommendations", str(bury), *PAIR, "edit", "1", "--source", "")
    items = sorted(_read(bury).recommendation_items.values(), key=lambda i: i.position)
    assert items[0].sources == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("source", "set", "post", "NEW-75", "--basis", "assumed"), "Say why the value is assumed"),
        (("source", "set", "post", "NEW-75", "--basis", "stated"), "Name the document that states"),
        (
            ("source", "set", "post", "NEW-75", "--basis", "stated", "--document", "9"),
            'There is no document "9"',
        ),
        (
            (
                "source",
                "set",
                "post",
                "NEW-75",
                "--field",
                "gradez",
                "--basis",
                "assumed",
                "--reason",
                "r",
            ),
            'A post has no field "gradez"',
        ),  # fmt: skip
        (
            ("source", "set", "budget_line", "#999", "--basis", "assumed", "--reason", "r"),
            'There is no budget_line record "#999"',
        ),  # fmt: skip
        (
            ("source", "clear", "post", "BC-1001", "--field", "fte"),
            "The file says nothing of where",
        ),
        (("document", "set", "1"), "Say what to change: --title or --reference."),
        (
            (
                "source",
                "set",
                "post",
                "NEW-75",
                "--basis",
                "stated",
                "--document",
                "1",
                "--reason",
                "r",
            ),
            "A stated value needs no reason",
        ),  # fmt: skip
        (("org", "set", "OCO", "--pay-scale", "Hay"), 'There is no pay scale called "Hay"'),
    ],
)
def test_a_refused_source_change_is_one_sentence_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], bury: Path, args: tuple[str, ...], message: str
) -> None:
    refused(capsys, bury, args, f"orgchart: {message}")
