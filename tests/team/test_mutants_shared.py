"""shared.py directly: a working copy takes in colleagues' edits and never its own twice, and of
several edits kept offline one made stale is taken back while the later ones still go (issue 24)."""

from __future__ import annotations

from orgchart_app.edits import ChangeFte, Regrade
from orgchart_app.storage.team import SharedProposal, TeamLibrary
from tests.team.helpers import post_titled
from tests.team.server import Server

TITLE = "Senior Integrated Commissioning Manager"
OTHER = "Integrated Commissioning Officer"


def test_a_refresh_takes_in_only_colleagues_edits_made_after_your_own(
    team: dict[str, TeamLibrary],
) -> None:
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    post, other = post_titled(alice, TITLE), post_titled(alice, OTHER)
    assert alice.last_sent is None
    alice.apply(ChangeFte(post, 0.5))
    assert alice.last_sent == 2
    bob.apply(Regrade(other, "Grade 14"))
    taken = alice.refresh()
    assert [(t.edit.revision, t.edit.changed_by) for t in taken] == [(3, "bob")]
    assert alice.revision == 3
    assert (alice.proposal.posts[post].fte, alice.proposal.posts[other].grade) == (0.5, "Grade 14")
    assert alice.refresh() == []
    # Her versions are the server's: her next edit of either post goes through.
    alice.apply(ChangeFte(other, 0.8))
    assert alice.last_sent == 4
    bob.refresh()
    bob.apply(ChangeFte(post, 0.6))
    assert [t.edit.revision for t in alice.refresh()] == [5]
    assert alice.proposal.posts[post].fte == 0.6


def test_of_two_edits_kept_offline_the_stale_one_is_taken_back_and_the_next_still_sent(
    team: dict[str, TeamLibrary], stopped: Server, database: str
) -> None:
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    post, other = post_titled(alice, TITLE), post_titled(alice, OTHER)
    stopped.stop()
    alice.apply(ChangeFte(post, 0.5))
    alice.apply(Regrade(other, "Grade 14"))
    later_id = alice.unsent[1].edit_id
    stopped.start()
    bob.apply(ChangeFte(post, 0.8))
    (conflict,) = alice.send_unsent()
    assert conflict.startswith(f'Change FTE of "{TITLE}" to 0.5: Post {post} was changed by bob')
    assert not alice.offline
    # Her copy: the stale FTE undone, the regrade redone on top of it.
    assert (alice.proposal.posts[post].fte, alice.proposal.posts[other].grade) == (1.0, "Grade 14")
    # The regrade went under the id it was made with (a lost reply to it is still recognised).
    assert stopped.sql(
        f"SELECT revision, changed_by, edit_id = '{later_id}' FROM edit_history "
        "WHERE revision > 1 ORDER BY 1",
        database,
    ) == [(2, "bob", False), (3, "alice", True)]
    assert stopped.sql(f"SELECT fte FROM post WHERE id = {post}", database) == [(0.8,)]
    assert [t.edit.changed_by for t in alice.refresh()] == ["bob"]
    assert alice.proposal.posts[post].fte == 0.8


def test_a_shared_proposal_keeps_the_name_and_problems_it_was_read_with(
    team: dict[str, TeamLibrary], server: Server, database: str
) -> None:
    assert SharedProposal(team["bob"], "Bury").problems == ()
    server.sql("UPDATE post SET fte = 0 WHERE id = (SELECT min(id) FROM post)", database)
    shared = SharedProposal(team["bob"], "Bury")
    assert shared.name == "Bury"
    assert len(shared.problems) == 1 and "has an FTE of 0" in shared.problems[0]


def test_two_edits_kept_offline_of_a_post_a_colleague_changed_are_both_taken_back(
    team: dict[str, TeamLibrary], stopped: Server
) -> None:
    alice, bob = SharedProposal(team["alice"], "Bury"), SharedProposal(team["bob"], "Bury")
    post = post_titled(alice, TITLE)
    grade = alice.proposal.posts[post].grade
    stopped.stop()
    alice.apply(ChangeFte(post, 0.5))
    alice.apply(Regrade(post, "Grade 14"))  # redone on the post as bob left it: stale too
    stopped.start()
    bob.apply(ChangeFte(post, 0.8))
    conflicts = alice.send_unsent()
    assert [c.split(":")[0] for c in conflicts] == [
        f'Change FTE of "{TITLE}" to 0.5',
        f'Regrade "{TITLE}" to Grade 14',
    ]
    assert not alice.offline
    assert (alice.proposal.posts[post].fte, alice.proposal.posts[post].grade) == (1.0, grade)
    alice.refresh()
    assert (alice.proposal.posts[post].fte, alice.proposal.posts[post].grade) == (0.8, grade)
