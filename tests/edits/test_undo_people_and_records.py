"""The edit types test_undo_every_edit.py does not run (people, outcomes, pools, the consultation,
sources and documents, organisations removed, scenarios added or described), by every path of
apply_edit: alone through its planner, as the one edit of a batch, and undone and redone as the
RevertPatch the undo stack keeps. Each is checked against the state before it, record by record.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from orgchart_app.domain import PostholderId, Proposal, ScenarioKind
from orgchart_app.domain.ids import (
    ConsultationId,
    DocumentId,
    OrganisationId,
    OutcomeId,
    PoolId,
    ProvenanceId,
    ScenarioId,
)
from orgchart_app.domain.model import Organisation, Post, Postholder
from orgchart_app.domain.outcomes import Consultation, Outcome, OutcomeKind, Pool
from orgchart_app.domain.provenance import Basis, Document, Provenance
from orgchart_app.edits import (
    AddScenario,
    Batch,
    ClosePool,
    Edit,
    PutConsultation,
    PutDocument,
    PutOrganisation,
    PutOutcome,
    PutPerson,
    PutPool,
    PutProvenance,
    RemoveDocument,
    RemoveOrganisation,
    RemoveOutcome,
    RemovePerson,
    RemovePool,
    RemoveProvenance,
    UpdateScenario,
    apply_edit,
)
from orgchart_app.edits.patch import Changes
from orgchart_app.samples import build_bury
from tests.edits.test_undo_every_edit import touched


def _to_be(p: Proposal) -> ScenarioId:
    return p.scenario_named("To be").id


def _unplaced(p: Proposal) -> Postholder:
    """The first postholder with no outcome in "To be"."""
    return next(h for h in p.postholders.values() if p.outcome_of(h.id, _to_be(p)) is None)


def _pooled(p: Proposal) -> Outcome:
    return next(o for o in p.outcomes.values() if o.kind is OutcomeKind.POOL)


def _pool(p: Proposal) -> Pool:
    return next(iter(p.pools.values()))


def _free_post(p: Proposal) -> Post:
    """A "To be" post no one is slotted into and no pool holds."""
    taken = {o.to_post_id for o in p.outcomes.values()} | {
        post for pool in p.pools.values() for post in pool.post_ids
    }
    return next(q for q in p.posts_in(_to_be(p)) if q.id not in taken)


def _vacant(p: Proposal) -> Post:
    """An "As is" post nobody holds."""
    held = {h.post_id for h in p.postholders.values()}
    return next(q for q in p.posts_in(p.scenario_named("As is").id) if q.id not in held)


def _slot(p: Proposal, holder: Postholder, match: float) -> Outcome:
    return Outcome(OutcomeId(0), holder.id, _to_be(p), OutcomeKind.SLOTTED, _free_post(p).id, match)


def _named_org(p: Proposal, short: str) -> Organisation:
    return next(o for o in p.organisations.values() if o.short_name == short)


def _document(p: Proposal, title: str) -> Document:
    return next(d for d in p.documents.values() if d.title == title)


PARTNER = Organisation(OrganisationId(0), "Wyvern Integrated Care Board", "Wyvern ICB")
UNCITED = Document(DocumentId(0), "Cabinet minutes, 9 June 2021", "minutes.pdf")

# Edits made before the one under test, so it has something to act on.
SETUP: dict[str, Edit] = {
    "remove organisation": PutOrganisation(PARTNER),
    "remove document": PutDocument(UNCITED),
}

CASES: dict[str, Callable[[Proposal], Edit]] = {
    "add person": lambda p: PutPerson(
        Postholder(PostholderId(0), _vacant(p).id, "New Person", "N0001", fte=0.5)
    ),
    "change person": lambda p: PutPerson(
        dataclasses.replace(p.postholders[_pooled(p).postholder_id], fte=0.8)
    ),
    # The person's outcome (in a pool) goes with them.
    "remove person": lambda p: RemovePerson(_pooled(p).postholder_id),
    "slot a person in": lambda p: PutOutcome(_slot(p, _unplaced(p), 50)),
    # A new outcome for a person who has one replaces it, keeping its id.
    "replace an outcome": lambda p: PutOutcome(
        dataclasses.replace(_slot(p, p.postholders[_pooled(p).postholder_id], 90), confirmed=True)
    ),
    "remove outcome": lambda p: RemoveOutcome(_pooled(p).id),
    "add pool": lambda p: PutPool(Pool(PoolId(0), _to_be(p), "Pool B", (_free_post(p).id,))),
    "change pool": lambda p: PutPool(dataclasses.replace(_pool(p), name="A")),
    "remove pool": lambda p: RemovePool(_pool(p).id),
    "close pool": lambda p: ClosePool(_pool(p).id),
    "set consultation": lambda p: PutConsultation(
        Consultation(ConsultationId(0), _to_be(p), slot_threshold=60, other_redundancies=3)
    ),
    "remove organisation": lambda p: RemoveOrganisation(_named_org(p, "Wyvern ICB").id),
    "add scenario": lambda p: AddScenario("Option C", ScenarioKind.OPTION),
    "update scenario": lambda p: UpdateScenario(_to_be(p), (("description", "Agreed"),)),
    "assume a value": lambda p: PutProvenance(
        Provenance(
            ProvenanceId(0),
            "posts",
            _free_post(p).id,
            "fte",
            Basis.ASSUMED,
            reason="the report gives no hours",
        )
    ),
    "change a source": lambda p: PutProvenance(
        dataclasses.replace(next(iter(p.provenance.values())), place="s.4.1")
    ),
    "forget a source": lambda p: RemoveProvenance(next(iter(p.provenance))),
    "cite a document": lambda p: PutDocument(UNCITED),
    "remove document": lambda p: RemoveDocument(_document(p, UNCITED.title).id),
}

POOL = '"Pool A"'
NAMES = {
    "add person": 'Add a postholder of "Executive Director of Strategic Commissioning"',
    "change person": 'Change a postholder of "Provider Relationship Manager"',
    "remove person": 'Remove a postholder of "Provider Relationship Manager"',
    "slot a person in": "Siân Ó Dálaigh: slotted in",
    # A person is named by their employee number where they have one.
    "replace an outcome": "F0001: slotted in",
    "remove outcome": "Remove the outcome of F0001",
    "add pool": 'Add pool "Pool B"',
    "change pool": 'Change pool "A"',
    "remove pool": f"Remove pool {POOL}",
    "close pool": f"Close pool {POOL}",
    "set consultation": 'Set the consultation on "To be"',
    "remove organisation": 'Remove organisation "Wyvern ICB"',
    "add scenario": 'Add scenario "Option C"',
    "update scenario": 'Change description of scenario "To be"',
    "assume a value": "Mark fte as assumed",
    "change a source": "Mark as stated",
    "forget a source": "Forget where a value comes from",
    "cite a document": 'Cite "Cabinet minutes, 9 June 2021"',
    "remove document": 'Remove document "Cabinet minutes, 9 June 2021"',
}
MESSAGES = {
    "slot a person in": (
        "Siân Ó Dálaigh: the job match of 50% is below the threshold of 70% for slotting in.",
    ),
    "close pool": (f"5 not placed from pool {POOL} now at risk.",),
}


def _before(case: str) -> Proposal:
    proposal = build_bury()
    if case in SETUP:
        apply_edit(proposal, SETUP[case])
    return proposal


@pytest.mark.parametrize("case", list(CASES))
def test_each_edit_alone_names_what_it_touched_and_undo_and_redo_are_exact(case: str) -> None:
    proposal = _before(case)
    start = proposal.copy()
    applied = apply_edit(proposal, CASES[case](proposal))
    done = proposal.copy()
    assert (applied.name, applied.messages) == (NAMES[case], MESSAGES.get(case, ()))
    assert applied.changes == touched(start, done) != Changes()

    undone = apply_edit(proposal, applied.inverse)
    assert proposal.snapshot() == start.snapshot()
    assert (undone.name, undone.changes, undone.messages) == (applied.name, applied.changes, ())
    apply_edit(proposal, undone.inverse)
    assert proposal.snapshot() == done.snapshot()

    # The edit as applied (its ids allocated) redoes it exactly after the undo.
    apply_edit(proposal, applied.inverse)
    redone = apply_edit(proposal, applied.edit)
    assert proposal.snapshot() == done.snapshot()
    assert (redone.edit, redone.changes) == (applied.edit, applied.changes)


@pytest.mark.parametrize("case", list(CASES))
def test_each_edit_in_a_batch_does_what_it_does_alone_and_undoes_exactly(case: str) -> None:
    alone = _before(case)
    apply_edit(alone, CASES[case](alone))
    proposal = _before(case)
    start = proposal.copy()
    applied = apply_edit(proposal, Batch((CASES[case](proposal),), "One step"))
    assert proposal.snapshot() == alone.snapshot()
    assert applied.changes == touched(start, proposal)
    assert (applied.name, applied.messages) == ("One step", MESSAGES.get(case, ()))
    assert isinstance(applied.edit, Batch) and len(applied.edit.edits) == 1
    apply_edit(proposal, applied.inverse)
    assert proposal.snapshot() == start.snapshot()
    apply_edit(proposal, applied.edit)
    assert proposal.snapshot() == alone.snapshot()
