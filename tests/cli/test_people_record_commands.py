"""orgchart holder, pool, outcome and consultation: the people side of a change edited without
the designer, run as a user runs them, the file read back after each change. Names are personal
data: no command prints one unless --names is given."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import ContractKind
from orgchart_app.domain.outcomes import OutcomeKind
from orgchart_app.storage import open_proposal
from tests.cli.record_helpers import BURY, ok, refused


@pytest.fixture
def bury(tmp_path: Path) -> Path:
    return Path(shutil.copy(BURY, tmp_path / "bury.sqlite"))


AS_IS = ("--scenario", "As is")


def _read(path: Path) -> Proposal:
    return open_proposal(path).proposal


def _names(proposal: Proposal) -> set[str]:
    return {p.name for p in proposal.postholders.values() if p.name}


def test_a_postholder_is_added_changed_moved_and_removed(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    f = str(bury)
    out = ok(capsys, "holder", "add", f, "BC-1050", *AS_IS, "--name", "Ann Example",
              "--employee-number", "E900", "--fte", "0.5", "--service-start", "2009-09-01")  # fmt: skip
    assert out == 'Add a postholder of "Head of Adult Safeguarding".\n'
    person = next(p for p in _read(bury).postholders.values() if p.employee_number == "E900")
    assert (person.name, person.fte, person.service_start) == (
        "Ann Example", 0.5, dt.date(2009, 9, 1),
    )  # fmt: skip
    out = ok(capsys, "holder", "set", f, "E900", *AS_IS, "--contract", "fixed_term",
              "--contract-end", "2027-03-31", "--salary", "41,250", "--age", "52",
              "--pension-strain", "12000", "--spinal-point", "30", "--notes", "protected pay",
              "--date-of-birth", "1974-02-01", "--post", "BC-1051")  # fmt: skip
    assert out.startswith("Change a postholder of ")
    proposal = _read(bury)
    person = proposal.postholders[person.id]
    assert proposal.posts[person.post_id].post_ref == "BC-1051"
    assert (person.contract, person.contract_end, person.salary, person.age) == (
        ContractKind.FIXED_TERM, dt.date(2027, 3, 31), Decimal("41250"), 52,
    )  # fmt: skip
    assert (person.pension_strain, person.spinal_point, person.notes) == (
        Decimal("12000"), 30, "protected pay",
    )  # fmt: skip
    assert ok(capsys, "holder", "set", f, "E900", *AS_IS, "--salary", "", "--age", "")
    person = _read(bury).postholders[person.id]
    assert (person.salary, person.age) == (None, None)
    out = ok(capsys, "holder", "remove", f, "E900", *AS_IS)
    assert out.startswith("Remove a postholder of ") and "Ann" not in out
    assert person.id not in _read(bury).postholders


def test_holder_list_hides_names_unless_asked(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    names = _names(_read(bury))
    assert names
    hidden = ok(capsys, "holder", "list", str(bury), *AS_IS)
    hidden_json = ok(capsys, "holder", "list", str(bury), *AS_IS, "--format", "json")
    assert not any(name in hidden + hidden_json for name in names)
    listed = json.loads(
        ok(capsys, "holder", "list", str(bury), *AS_IS, "--names", "--format", "json")
    )
    assert {p["name"] for p in listed if p["name"]} == names
    assert {p["person"] for p in json.loads(hidden_json)} == {p["person"] for p in listed}


def test_a_pool_and_an_outcome_are_made_changed_and_cleared(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    f, names = str(bury), _names(_read(bury))
    out = ok(capsys, "pool", "add", f, "Pool B", "--post", "NEW-75", "--selection", "interview",
              "--interview-date", "2026-05-01", "--notes", "from the leads")  # fmt: skip
    assert out == 'Add pool "Pool B".\n'
    out = ok(capsys, "pool", "set", f, "pool b", "--name", "Pool C", "--post", "NEW-76",
              "--post", "NEW-77", "--interview-date", "")  # fmt: skip
    assert out == 'Change pool "Pool C".\n'
    proposal = _read(bury)
    pool = next(p for p in proposal.pools.values() if p.name == "Pool C")
    assert [proposal.posts[p].post_ref for p in pool.post_ids] == ["NEW-76", "NEW-77"]
    assert (pool.selection, pool.interview_date, pool.notes) == (
        "interview",
        None,
        "from the leads",
    )
    out = ok(capsys, "outcome", "set", f, "BC-1050 #1", "--kind", "pool", "--pool", "Pool C",
              "--job-match", "55", "--notes", "asked for the pool")  # fmt: skip
    assert out == "BC-1050 #1: in a ring-fenced pool.\n"
    out = ok(capsys, "outcome", "set", f, "BC-1050 #1", "--kind", "slotted", "--to-post",
              "NEW-75", "--pool", "", "--job-match", "80", "--confirmed", "yes",
              "--leaving-date", "2026-09-30")  # fmt: skip
    assert out == "BC-1050 #1: slotted in.\n"
    proposal = _read(bury)
    person = next(
        p for p in proposal.postholders.values() if proposal.posts[p.post_id].post_ref == "BC-1050"
    )
    outcome = proposal.outcome_of(person.id, proposal.scenario_named("To be").id)
    assert outcome is not None and outcome.kind is OutcomeKind.SLOTTED
    assert proposal.posts[outcome.to_post_id or 0].post_ref == "NEW-75"
    assert (outcome.pool_id, outcome.job_match, outcome.confirmed) == (None, 80.0, True)
    assert (outcome.leaving_date, outcome.notes) == (dt.date(2026, 9, 30), "asked for the pool")
    listed = ok(capsys, "outcome", "list", f, "--format", "json")
    assert not any(name in listed for name in names)
    mine = next(o for o in json.loads(listed) if o["person"] == "BC-1050 #1")
    assert (mine["outcome"], mine["to_post"], mine["job_match"]) == ("slotted", "NEW-75", 80.0)
    assert ok(capsys, "outcome", "clear", f, "BC-1050 #1") == "BC-1050 #1: outcome cleared.\n"
    proposal = _read(bury)
    assert proposal.outcome_of(person.id, proposal.scenario_named("To be").id) is None
    assert ok(capsys, "pool", "remove", f, "Pool C") == 'Remove pool "Pool C".\n'
    assert "Pool C" not in {p.name for p in _read(bury).pools.values()}


def test_closing_a_pool_puts_those_left_in_it_at_risk(
    capsys: pytest.CaptureFixture[str], bury: Path
) -> None:
    assert ok(capsys, "pool", "close", str(bury), "Pool A") == 'Close pool "Pool A".\n'
    proposal = _read(bury)
    pool = next(p for p in proposal.pools.values() if p.name == "Pool A")
    assert all(o.kind is not OutcomeKind.POOL for o in proposal.pool_members(pool.id))
    assert any(o.kind is OutcomeKind.AT_RISK for o in proposal.pool_members(pool.id))


def test_the_consultation_is_set_and_shown(capsys: pytest.CaptureFixture[str], bury: Path) -> None:
    f = str(bury)
    out = ok(capsys, "consultation", "set", f, "--start", "2026-01-05", "--end", "2026-02-20",
              "--hr1-sent", "2026-01-02", "--selection-date", "2026-03-01", "--notice-date",
              "2026-03-10", "--implementation-date", "2026-07-01", "--slot-threshold", "60",
              "--other-redundancies", "4", "--actual-pay", "yes", "--multiplier", "1.5",
              "--protection", "100,50", "--contractual-notice-weeks", "12")  # fmt: skip
    assert out == 'Set the consultation on "To be".\n'
    proposal = _read(bury)
    held = proposal.consultation_for(proposal.scenario_named("To be").id)
    assert (held.start, held.end, held.hr1_sent) == (
        dt.date(2026, 1, 5), dt.date(2026, 2, 20), dt.date(2026, 1, 2),
    )  # fmt: skip
    assert (held.selection_date, held.notice_date, held.implementation_date) == (
        dt.date(2026, 3, 1), dt.date(2026, 3, 10), dt.date(2026, 7, 1),
    )  # fmt: skip
    assert (held.slot_threshold, held.other_redundancies, held.actual_pay) == (60.0, 4, True)
    assert (held.multiplier, held.protection, held.contractual_notice_weeks) == (
        Decimal("1.5"), (Decimal(100), Decimal(50)), 12,
    )  # fmt: skip
    shown = json.loads(ok(capsys, "consultation", "show", f, "--format", "json"))
    assert shown["start"] == "2026-01-05" and shown["protection"] == "100,50"
    ok(capsys, "consultation", "set", f, "--hr1-sent", "")
    proposal = _read(bury)
    assert proposal.consultation_for(proposal.scenario_named("To be").id).hr1_sent is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("holder", "add", "BC-1050", *AS_IS), 'A postholder needs a "name"'),
        (("holder", "add", "BC-1050", *AS_IS, "--name", "X", "--fte", "2"), 'X: "fte" 2'),
        (
            ("holder", "set", "BC-1050 #9", *AS_IS, "--fte", "1"),
            'There is no postholder "BC-1050 #9"',
        ),
        (("holder", "set", "BC-1050 #1", *AS_IS), "Say what to change: --name"),
        (("pool", "add", "Pool A"), 'Pool "Pool A": "name" is already used in "To be".'),
        (("pool", "set", "Pool Z", "--notes", "x"), 'There is no pool "Pool Z" in "To be"'),
        (("outcome", "set", "BC-1050 #1", "--job-match", "5"), '"BC-1050 #1" has no outcome yet'),
        (("outcome", "clear", "BC-1050 #1"), '"BC-1050 #1" has no outcome to clear.'),
        (
            ("outcome", "set", "BC-1050 #1", "--kind", "slotted", "--to-post", "NOPE"),
            'There is no post "NOPE"',
        ),
        (
            ("consultation", "set", "--start", "2026-03-01", "--end", "2026-01-01"),
            'The consultation on "To be": "end"',
        ),
        (("consultation", "set"), "Say what to change: --start"),
        # The designer names the person; the command line names them as "POST-REF #N".
        (
            ("outcome", "set", "BC-1050 #1", "--kind", "at_risk", "--job-match", "nan"),
            'BC-1050 #1: "job_match" nan must be a percentage',
        ),  # fmt: skip
        (("outcome", "set", "BC-1050 #1", "--kind", "pool"), 'BC-1050 #1: "pool_id": an outcome'),
        (("holder", "set", "BC-1050 #1", *AS_IS, "--fte", "1.5"), 'BC-1050 #1: "fte" 1.5'),
        (
            ("holder", "add", "BC-1050", *AS_IS, "--name", "X", "--spinal-point", "9" * 23),
            "Could not save: postholder",
        ),  # fmt: skip
        (("pool", "set", "Pool A", "--notes", "x" * 100_001), ""),
    ],
)
def test_a_refused_people_change_is_one_sentence_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], bury: Path, args: tuple[str, ...], message: str
) -> None:
    # An argument argparse refuses (message "") is named by the command: "orgchart pool set: ".
    said = f"orgchart: {message}" if message else f"orgchart {args[0]} {args[1]}: "
    err = refused(capsys, bury, args, said)
    assert not any(name in err for name in _names(_read(bury)))
