"""The record commands (unit, line, holder, pool, outcome, consultation, document, source) edit a
proposal in a team library as they edit a file: each change one recorded edit, said in one
sentence that names the library and never the password."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart_app.domain.provenance import Basis
from orgchart_app.storage import open_proposal
from tests.team.helpers import orgchart

pytestmark = pytest.mark.usefixtures("server")

NAMED = ("--proposal", "Bury")

CHANGES = [
    ("unit", "add", "Locality North", "--parent", "CC"),
    ("line", "add", "NEW-75", "BC-1001", "--kind", "matrix", "--share", "10"),
    ("holder", "add", "BC-1050", "--scenario", "As is", "--employee-number", "E900"),
    ("pool", "add", "Pool B", "--post", "NEW-75"),
    ("outcome", "set", "E900", "--kind", "pool", "--pool", "Pool B"),
    ("consultation", "set", "--start", "2026-01-05"),
    ("document", "add", "Staffing report"),
    ("source", "set", "post", "NEW-75", "--field", "grade", "--basis", "assumed", "--reason", "r"),
]


def test_each_record_command_edits_a_library_proposal(
    capsys: pytest.CaptureFixture[str], bury_library: str, tmp_path: Path
) -> None:
    for command, action, *rest in CHANGES:
        code, out, err = orgchart(capsys, command, action, bury_library, *NAMED, *rest)
        assert (code, err) == (0, ""), (command, err)
        assert out.count("\n") == 1 and "password" not in out
    code, out, _ = orgchart(capsys, "history", bury_library, *NAMED)
    assert code == 0 and 'Add unit "Locality North"' in out and "Mark grade as assumed" in out
    pulled = tmp_path / "pulled.sqlite"
    assert orgchart(capsys, "pull", bury_library, *NAMED, "-o", pulled)[0] == 0
    proposal = open_proposal(pulled).proposal
    to_be = proposal.scenario_named("To be").id
    assert any(u.name == "Locality North" for u in proposal.units_in(to_be))
    assert any(d.share_percent == 10.0 for d in proposal.dotted_lines_in(to_be))
    person = next(p for p in proposal.postholders.values() if p.employee_number == "E900")
    outcome = proposal.outcome_of(person.id, to_be)
    assert outcome is not None and proposal.pools[outcome.pool_id or 0].name == "Pool B"
    assert proposal.consultation_for(to_be).start is not None
    assert any(r.basis is Basis.ASSUMED and r.reason == "r" for r in proposal.provenance.values())
