"""A past state copied into the live proposal as a new scenario: `orgchart pull --as-of TIME
--scenario S --as-scenario NEW`, one edit in the history."""

from __future__ import annotations

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.edits import ChangeFte
from orgchart_app.storage.team import SharedProposal, TeamLibrary
from tests.team.helpers import as_user, orgchart, refused
from tests.team.server import Server

TITLE = "Senior Integrated Commissioning Manager"


def fte_in(proposal: Proposal, scenario: str) -> float:
    scenario_id = proposal.scenario_named(scenario).id
    return next(p.fte for p in proposal.posts_in(scenario_id) if p.title == TITLE)


@pytest.fixture
def changed_since(team: dict[str, TeamLibrary], server: Server, database: str) -> str:
    """The moment Bury was pushed (ISO 8601, UTC); alice has since made a to-be post half time."""
    alice = SharedProposal(team["alice"], "Bury")
    to_be = alice.proposal.scenario_named("To be").id
    post = next(p.id for p in alice.proposal.posts_in(to_be) if p.title == TITLE)
    alice.apply(ChangeFte(post, 0.5))
    ((pushed,),) = server.sql(
        "SELECT to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') "
        "FROM edit_history WHERE revision = 1",
        database,
    )
    return str(pushed)


def history(server: Server, database: str) -> list[tuple[object, ...]]:
    return server.sql("SELECT revision, changed_by, name FROM edit_history ORDER BY 1", database)


def test_a_past_scenario_is_copied_into_the_live_proposal_as_one_edit(
    capsys: pytest.CaptureFixture[str],
    team: dict[str, TeamLibrary],
    server: Server,
    database: str,
    changed_since: str,
) -> None:
    url = as_user(server, database, "bob")
    copy = ("--as-of", changed_since, "--scenario", "To be", "--as-scenario", "To be as pushed")
    code, out, err = orgchart(capsys, "pull", url, "--proposal", "Bury", *copy)
    assert (code, err) == (0, ""), err
    assert out.startswith('Copied "To be" as it was at ') and out.endswith(
        ' into "Bury" as the scenario "To be as pushed" (revision 3).\n'
    ), out
    now = SharedProposal(team["alice"], "Bury").proposal
    assert fte_in(now, "To be as pushed") == 1.0  # as it was
    assert fte_in(now, "To be") == 0.5  # the live scenario is left as it is
    before = now.scenario_named("To be")
    copied = now.scenario_named("To be as pushed")
    assert len(list(now.posts_in(copied.id))) == len(list(now.posts_in(before.id)))
    (last,) = history(server, database)[2:]
    assert last[:2] == (3, "bob") and str(last[2]).startswith('Copy "To be" as it was at ')
    assert orgchart(capsys, "validate", url, "--proposal", "Bury")[0] == 0


def test_a_refused_copy_changes_nothing_and_says_why_in_one_sentence(
    capsys: pytest.CaptureFixture[str], server: Server, database: str, changed_since: str
) -> None:
    url = as_user(server, database, "bob")
    before = history(server, database)
    pull = ("pull", url, "--proposal", "Bury")
    assert refused(capsys, *pull, "--as-of", changed_since, "--as-scenario", "To be") == (
        'There is already a scenario called "To be".'
    )
    assert refused(capsys, *pull, "--as-scenario", "Copy") == (
        "--as-scenario copies a scenario as it was at a past moment: give that moment with "
        "--as-of TIME."
    )
    assert refused(
        capsys, *pull, "--as-of", changed_since, "--as-scenario", "Copy", "-o", "x.sqlite"
    ).startswith("--as-scenario copies into the proposal on the server")
    assert refused(capsys, *pull, "--as-of", changed_since) == (
        "Give -o FILE to write the proposal to, or --as-scenario NAME to copy one of its "
        "scenarios into it."
    )
    assert refused(capsys, *pull, "--scenario", "To be", "-o", "x.sqlite").startswith(
        "--scenario names the scenario that --as-scenario NAME copies"
    )
    assert refused(
        capsys, *pull, "--as-of", changed_since, "--scenario", "Nope", "--as-scenario", "Copy"
    ).startswith('There is no scenario called "Nope"')
    assert history(server, database) == before
