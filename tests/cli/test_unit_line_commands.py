"""orgchart unit and line add|set|remove|list: units and dotted lines edited without the designer,
run as a user runs them, the file read back after each change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import DottedLineKind, UnitKind, UnitStatus
from orgchart_app.domain.model import DottedLine, Unit
from orgchart_app.domain.provenance import Basis, Provenance
from orgchart_app.storage import open_proposal
from tests.cli.record_helpers import BURY, ok, refused


@pytest.fixture
def bury(tmp_path: Path) -> Path:
    return Path(shutil.copy(BURY, tmp_path / "bury.sqlite"))


def _to_be(path: Path) -> tuple[Proposal, int]:
    proposal = open_proposal(path).proposal
    return proposal, proposal.scenario_named("To be").id


def _unit(path: Path, ref_or_name: str) -> Unit | None:
    proposal, to_be = _to_be(path)
    return next((u for u in proposal.units_in(to_be) if ref_or_name in (u.unit_ref, u.name)), None)


def test_a_unit_is_added_renamed_moved_changed_and_removed(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    f = str(bury)
    out = ok(capsys, "unit", "add", f, "Locality North", "--parent", "CC", "--kind", "service",
              "--lead", "NEW-75", "--description", "Care homes north of the M62")  # fmt: skip
    assert out == 'Add unit "Locality North".\n'
    proposal, _ = _to_be(bury)
    added = _unit(bury, "Locality North")
    assert added is not None and added.kind is UnitKind.SERVICE
    assert proposal.units[added.parent_id or 0].unit_ref == "CC"
    assert proposal.posts[added.lead_post_id or 0].post_ref == "NEW-75"
    assert added.description == "Care homes north of the M62"
    ref = added.unit_ref
    out = ok(capsys, "unit", "set", f, ref, "--name", "North Locality", "--parent", "SCC",
              "--status", "to_be_confirmed", "--colour", "#336699", "--ref", "NL")  # fmt: skip
    assert out == 'Change "Locality North".\n'
    moved = _unit(bury, "NL")
    proposal, _ = _to_be(bury)
    assert moved is not None and moved.name == "North Locality"
    assert proposal.units[moved.parent_id or 0].unit_ref == "SCC"
    assert (moved.status, moved.colour) == (UnitStatus.TO_BE_CONFIRMED, "#336699")
    assert (
        ok(capsys, "unit", "set", f, "NL", "--lead", "")
        == 'Change lead post id of "North Locality".\n'
    )
    led = _unit(bury, "NL")
    assert led is not None and led.lead_post_id is None
    assert ok(capsys, "unit", "remove", f, "NL") == 'Delete unit "North Locality".\n'
    assert _unit(bury, "NL") is None


def test_a_unit_with_posts_goes_only_with_somewhere_for_them(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    proposal, to_be = _to_be(bury)
    team = _unit(bury, "AS")
    assert team is not None
    posts = {p.post_ref for p in proposal.posts_in(to_be) if p.unit_id == team.id}
    assert posts
    assert ok(capsys, "unit", "remove", str(bury), "AS", "--posts-to", "RT")
    proposal, to_be = _to_be(bury)
    rt = _unit(bury, "RT")
    assert rt is not None and _unit(bury, "AS") is None
    assert posts <= {p.post_ref for p in proposal.posts_in(to_be) if p.unit_id == rt.id}


def test_unit_list_gives_each_unit_of_the_scenario(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    proposal = open_proposal(bury).proposal
    for scenario, kind, lead in (("As is", "team", None), ("To be", "sub_pillar", "CCG-2001")):
        args = ("unit", "list", str(bury), "--scenario", scenario, "--format", "json")
        listed = json.loads(ok(capsys, *args))
        units = proposal.units_in(proposal.scenario_named(scenario).id)
        assert {u["ref"] for u in listed} == {u.unit_ref for u in units}
        pc = next(u for u in listed if u["ref"] == "PC")
        assert (pc["parent"], pc["kind"], pc["lead"]) == ("CC", kind, lead)


def _lines(path: Path) -> dict[tuple[str, str], DottedLine]:
    proposal, to_be = _to_be(path)
    refs = {p.id: p.post_ref for p in proposal.posts.values()}
    return {(refs[d.from_post_id], refs[d.to_post_id]): d for d in proposal.dotted_lines_in(to_be)}


def test_a_dotted_line_is_drawn_changed_and_removed(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    f = str(bury)
    out = ok(capsys, "line", "add", f, "NEW-75", "BC-1001", "--kind", "professional",
              "--share", "10", "--label", "10% MHCC", "--temporary", "yes")  # fmt: skip
    assert out.startswith("Add a dotted line between ")
    line = _lines(bury)[("NEW-75", "BC-1001")]
    assert (line.kind, line.share_percent, line.label, line.temporary) == (
        DottedLineKind.PROFESSIONAL, 10.0, "10% MHCC", True,
    )  # fmt: skip
    out = ok(capsys, "line", "set", f, "new-75", "bc-1001", "--kind", "matrix", "--share", "",
              "--label", "", "--temporary", "no")  # fmt: skip
    assert out.startswith("Change the dotted line between ")
    line = _lines(bury)[("NEW-75", "BC-1001")]
    assert (line.kind, line.share_percent, line.label, line.temporary) == (
        DottedLineKind.MATRIX, None, "", False,
    )  # fmt: skip
    listed = json.loads(ok(capsys, "line", "list", f, "--format", "json"))
    assert {"from": "NEW-75", "to": "BC-1001", "kind": "matrix", "share_percent": None,
            "label": "", "temporary": False} in listed  # fmt: skip
    assert ok(capsys, "line", "remove", f, "NEW-75", "BC-1001").startswith("Remove the dotted")
    assert ("NEW-75", "BC-1001") not in _lines(bury)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("unit", "set", "CC"), "Say what to change: --name, --parent, --kind"),
        (("unit", "add", "X", "--parent", "Nowhere"), 'There is no unit "Nowhere" in "To be"'),
        (("unit", "remove", "AS"), '"Adult Safeguarding" still holds '),
        (("unit", "set", "CC", "--parent", "AS"), '"Community Commissioning" cannot move into'),
        (("unit", "set", "CC", "--lead", "NOPE"), 'There is no post "NOPE" in "To be".'),
        (("line", "add", "NEW-75", "NEW-75"), "A dotted line must join two different posts."),
        (("line", "add", "NEW-75", "BC-1001", "--share", "120"), "The share of time must be"),
        (("line", "set", "NEW-75", "BC-1001", "--kind", "matrix"), "There is no dotted line from"),
        (("line", "remove", "NEW-75", "NOPE"), 'There is no post "NOPE" in "To be".'),
        (("unit", "set", "CC", "--ref", "as"), '"Adult Safeguarding" is already as in "To be".'),
    ],
)
def test_a_refused_unit_or_line_change_is_one_sentence_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], bury: Path, args: tuple[str, ...], message: str
) -> None:
    refused(capsys, bury, args, f"orgchart: {message}")


def test_a_bad_value_is_refused_by_the_parser_in_one_sentence(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    for args, message in (
        (("line", "add", "NEW-75", "BC-1001", "--temporary", "maybe"), "yes or no"),
        (("unit", "add", "X", "--kind", "club"), "invalid UnitKind value"),
        (("unit", "set", "CC", "--colour", "red"), "not a colour such as #336699"),
        # Longer than the file keeps a label or a note: refused before anything is written
        # (else the file saved could not be opened again).
        (("line", "add", "NEW-75", "BC-1001", "--label", "x" * 1_001), "too long"),
        (("unit", "set", "CC", "--description", "x" * 100_001), "too long"),
        (("post", "set", "NEW-75", "--cost-code", "x" * 1_001), "too long"),
    ):
        err = refused(capsys, bury, args, f"orgchart {args[0]} {args[1]}: Argument ")
        assert message in err, err


def test_a_changed_field_of_a_stated_unit_is_marked_as_the_users_own(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    """The report states the unit; the description the user gives is not the report's."""
    cc = _unit(bury, "CC")
    assert cc is not None
    rows = [r for r in _read_rows(bury) if (r.table, r.record_id) == ("units", cc.id)]
    assert [(r.field, r.basis) for r in rows] == [("", Basis.STATED)]
    ok(capsys, "unit", "set", str(bury), "CC", "--description", "Commissioning for adults")
    rows = [r for r in _read_rows(bury) if (r.table, r.record_id) == ("units", cc.id)]
    assert {(r.field, r.basis) for r in rows} == {
        ("", Basis.STATED), ("description", Basis.ENTERED),
    }  # fmt: skip


def _read_rows(path: Path) -> list[Provenance]:
    return list(open_proposal(path).proposal.provenance.values())


def test_a_unit_moved_into_another_organisation_takes_it_and_deploys_its_posts(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    out = ok(capsys, "unit", "set", str(bury), "AS", "--parent", "FIN", "--deploy-posts")
    assert (
        out
        == 'Move "Adult Safeguarding" into "Finance Department" and deploy its posts to Bury Council.\n'
    )
    proposal, to_be = _to_be(bury)
    moved, council = _unit(bury, "AS"), proposal.organisation_named("Bury Council").id
    assert moved is not None and moved.organisation_id == council
    posts = [p for p in proposal.posts_in(to_be) if p.unit_id == moved.id]
    assert posts and all(council in (p.employer_id, p.deployed_to_id) for p in posts)
