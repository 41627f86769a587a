"""Several people editing one proposal: transactions, stale edits refused, history, --as-of."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest

from orgchart_app.domain.errors import EditConflict
from orgchart_app.edits import ChangeFte, DeletePost, Regrade
from orgchart_app.storage import open_proposal
from orgchart_app.storage.team import SharedProposal, TeamLibrary
from tests.storage.helpers import same_content
from tests.team.helpers import as_user, orgchart, post_titled
from tests.team.server import Server

TITLE = "Senior Integrated Commissioning Manager"
OTHER = "Integrated Commissioning Officer"


def test_an_edit_reaches_a_colleague_named_with_who_made_it(team: dict[str, TeamLibrary]) -> None:
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    post = post_titled(alice, TITLE)
    alice.apply(Regrade(post, "Grade 14"))
    taken = bob.refresh()
    assert [(t.edit.changed_by, post in t.changes.posts) for t in taken] == [("alice", True)]
    assert bob.proposal.posts[post].grade == "Grade 14"
    assert bob.refresh() == []  # nothing new: each edit is taken in once


def test_a_stale_edit_is_refused_naming_who_changed_what_and_when(
    team: dict[str, TeamLibrary],
) -> None:
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    post = post_titled(alice, TITLE)
    alice.apply(Regrade(post, "Grade 14"))
    with pytest.raises(EditConflict) as refused:
        bob.apply(ChangeFte(post, 0.5))  # bob read the post before alice's regrade
    assert re.fullmatch(
        rf"Post {post} was changed by alice at \d\d:\d\d:\d\d on \d\d \w{{3}} \d{{4}} UTC \(Regrade.*\) after you read it, "
        "so your edit was not saved: look at the current state and make it again if it still applies.",
        str(refused.value),
    ), str(refused.value)
    # Bob's copy is as he read it, then takes in alice's change, not his refused one.
    assert bob.proposal.posts[post].fte == 1.0
    assert [t.edit.changed_by for t in bob.refresh()] == ["alice"]
    assert (bob.proposal.posts[post].grade, bob.proposal.posts[post].fte) == ("Grade 14", 1.0)
    assert SharedProposal(team["alice"], "Bury").proposal.posts[post].fte == 1.0
    bob.apply(ChangeFte(post, 0.5))  # now that bob has seen it, his edit goes through


def test_edits_to_different_records_do_not_conflict(team: dict[str, TeamLibrary]) -> None:
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    first, second = post_titled(alice, TITLE), post_titled(alice, OTHER)
    alice.apply(ChangeFte(first, 0.8))
    bob.apply(ChangeFte(second, 0.6))
    again = SharedProposal(team["alice"], "Bury").proposal
    assert (again.posts[first].fte, again.posts[second].fte) == (0.8, 0.6)


def test_undo_undoes_only_your_own_edit_and_says_when_a_colleague_changed_it_since(
    team: dict[str, TeamLibrary],
) -> None:
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    post, other = post_titled(alice, TITLE), post_titled(alice, OTHER)
    mine = alice.apply(Regrade(post, "Grade 14"))
    bob.apply(ChangeFte(other, 0.5))
    alice.undo(mine)  # bob's edit touched another post: the undo goes through, his stays
    after = SharedProposal(team["bob"], "Bury").proposal
    assert (after.posts[post].grade, after.posts[other].fte) != ("Grade 14", 1.0)
    assert after.posts[other].fte == 0.5
    again = alice.apply(Regrade(post, "Grade 14"))
    bob.refresh()
    bob.apply(ChangeFte(post, 0.5))
    with pytest.raises(
        EditConflict, match=r"^Cannot undo Regrade .*: post \d+ was changed by bob at "
    ):
        alice.undo(again)


def test_the_history_is_append_only_even_for_the_library_owner(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    alice.apply(Regrade(post_titled(alice, TITLE), "Grade 14"))
    entries = team["alice"].history(alice.proposal_id)
    assert [(e.revision, e.changed_by) for e in entries] == [(1, "postgres"), (2, "alice")]
    with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        server.sql("UPDATE edit_history SET changed_by = 'mallory'", database)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        with psycopg.connect(as_user(server, database, "alice"), autocommit=True) as plain:
            plain.execute("DELETE FROM edit_history")


def test_pull_as_of_gives_the_proposal_as_it_was(
    capsys: pytest.CaptureFixture[str],
    team: dict[str, TeamLibrary],
    server: Server,
    url: str,
    bury_file: Path,
    tmp_path: Path,
) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    post = post_titled(alice, TITLE)
    alice.apply(ChangeFte(post, 0.5))
    (between,) = server.sql(
        "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
    )[0]
    alice.apply(Regrade(post, "Grade 14"))
    alice.apply(ChangeFte(post, 0.8))
    then, now = tmp_path / "then.sqlite", tmp_path / "now.sqlite"
    assert (
        orgchart(capsys, "pull", url, "--proposal", "Bury", "--as-of", between, "-o", then)[0] == 0
    )
    assert orgchart(capsys, "pull", url, "--proposal", "Bury", "-o", now)[0] == 0
    original, past = open_proposal(bury_file).proposal, open_proposal(then).proposal
    assert (past.posts[post].fte, past.posts[post].grade) == (0.5, original.posts[post].grade)
    past.posts[post] = original.posts[post]
    # The changed FTE is the user's own, no longer the report's: a row of its own says so.
    added = {k: r for k, r in past.provenance.items() if k not in original.provenance}
    assert [(r.record_id, r.field, r.basis.value) for r in added.values()] == [
        (post, "fte", "entered")
    ]
    past.provenance = {k: r for k, r in past.provenance.items() if k in original.provenance}
    assert same_content(past, original)
    assert open_proposal(now).proposal.posts[post].fte == 0.8
    code, out, err = orgchart(
        capsys,
        "pull",
        url,
        "--proposal",
        "Bury",
        "--as-of",
        "2001-01-01",
        "-o",
        tmp_path / "x.sqlite",
    )
    assert (code, err) == (
        2,
        'orgchart: The proposal "Bury" was not in the library yet at 2001-01-01 00:00:00 UTC.\n',
    )


def test_a_command_changes_a_team_proposal_as_one_edit_in_its_history(
    capsys: pytest.CaptureFixture[str], team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    alice_url = as_user(server, database, "alice")
    code, out, err = orgchart(
        capsys,
        "oncosts",
        "set",
        alice_url,
        "--proposal",
        "Bury",
        "--organisation",
        "OCO",
        "--year",
        "2025/26",
        "--pension-rate",
        "20.5",
    )
    assert (code, err) == (0, ""), err
    code, out, _ = orgchart(capsys, "history", alice_url, "--proposal", "Bury")
    assert code == 0
    header, pushed, edited = out.splitlines()
    assert header.split() == ["Revision", "When", "(UTC)", "Who", "Edit"]
    assert pushed.split()[0:4:3] == ["1", "postgres"] and pushed.endswith(
        " Pushed from bury_community_commissioning.sqlite"
    )
    assert edited.split()[0:4:3] == ["2", "alice"] and edited.endswith(
        " Set the 2025/26 on-cost rule"
    ), edited
    assert server.sql(
        "SELECT count(*) FROM on_cost_rule WHERE organisation_id = (SELECT id FROM organisation WHERE short_name = 'OCO') AND pay_year = '2025/26' AND pension_rate = 0.205",
        database,
    ) == [(1,)]


def test_undoing_your_own_delete_puts_the_post_back_for_everyone(
    team: dict[str, TeamLibrary],
) -> None:
    alice = SharedProposal(team["alice"], "Bury")
    post = post_titled(alice, OTHER)
    before = alice.proposal.posts[post]
    deleted = alice.apply(DeletePost((post,)))
    alice.undo(deleted)  # a removed record has no version left to quote: none is expected
    assert SharedProposal(team["bob"], "Bury").proposal.posts[post] == before
