"""members.py directly: a member taken off a proposal reads it no longer (issue 24)."""

from __future__ import annotations

import pytest

from orgchart_app.domain.errors import ServerRefused
from orgchart_app.storage.team import Role, ServerAddress, SharedProposal, TeamLibrary


def test_a_revoked_editor_no_longer_sees_the_proposal_and_others_keep_it(
    bury_library: str, team: dict[str, TeamLibrary]
) -> None:
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        assert it.revoke("Bury", "bob") is True
        # Not a member any more: nothing to remove, and the answer says so.
        assert it.revoke("Bury", "bob") is False
        assert it.revoke("Bury", "carol") is False
    assert [listed.name for listed in team["bob"].proposals()] == []
    with pytest.raises(ServerRefused, match='"Bury"'):
        team["bob"].read("Bury")
    assert [listed.name for listed in team["alice"].proposals()] == ["Bury"]
    assert SharedProposal(team["alice"], "Bury").proposal.posts


def test_revoking_on_a_missing_proposal_names_it(
    bury_library: str, colleagues: tuple[str, ...]
) -> None:
    with (
        TeamLibrary(ServerAddress.parse(bury_library)) as it,
        pytest.raises(ServerRefused, match='"Leeds"'),
    ):
        it.revoke("Leeds", "bob")


def test_an_owner_who_is_not_it_grants_and_revokes_on_her_own_proposal(
    team: dict[str, TeamLibrary],
) -> None:
    # alice starts a proposal, so owns it: she sees (and so may remove) its other members' rows.
    alice = team["alice"]
    alice.push(alice.read("Bury").proposal, "Alice's", "a test")
    alice.grant("Alice's", "bob", Role.VIEWER)
    assert [p.name for p in team["bob"].proposals()] == ["Alice's", "Bury"]
    assert alice.revoke("Alice's", "bob") is True
    assert [p.name for p in team["bob"].proposals()] == ["Bury"]
    # bob, an editor of Bury but not its owner, may take no one off it.
    assert team["bob"].revoke("Bury", "alice") is False
    assert [p.name for p in alice.proposals()] == ["Alice's", "Bury"]


def test_revoking_on_one_proposal_leaves_the_members_other_proposals(
    bury_library: str, team: dict[str, TeamLibrary]
) -> None:
    with TeamLibrary(ServerAddress.parse(bury_library)) as it:
        it.push(it.read("Bury").proposal, "Bury copy", "a test")
        it.grant("Bury copy", "bob", Role.VIEWER)
        assert [p.name for p in team["bob"].proposals()] == ["Bury", "Bury copy"]
        assert it.revoke("Bury copy", "bob") is True
    assert [p.name for p in team["bob"].proposals()] == ["Bury"]


def test_an_editor_who_grants_is_told_what_the_server_refused(
    team: dict[str, TeamLibrary],
) -> None:
    with pytest.raises(ServerRefused) as refused:
        team["bob"].grant("Bury", "carol", Role.OWNER)
    address = team["bob"].address.shown
    assert str(refused.value) == (
        f"You may not do that on the team server at {address} (new row violates row-level "
        'security policy for table "proposal_member"): ask the proposal\'s owner or IT.'
    )
