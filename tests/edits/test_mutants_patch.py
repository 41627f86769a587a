"""patch.scenarios_touched, as the designer's guard reads it off an applied edit's undo: the
scenarios whose records the edit wrote (the reference side shown beside the one edited must not
be among them)."""

from __future__ import annotations

from orgchart_app.domain import PostholderId, Proposal
from orgchart_app.domain.ids import DocumentId, OutcomeId
from orgchart_app.domain.model import Postholder
from orgchart_app.domain.outcomes import Outcome, OutcomeKind
from orgchart_app.domain.provenance import Document
from orgchart_app.edits import (
    Edit,
    PutDocument,
    PutOutcome,
    PutPerson,
    Redesignate,
    RenameScenario,
    apply_edit,
    scenarios_touched,
)


def _touched(proposal: Proposal, edit: Edit) -> frozenset[int]:
    applied = apply_edit(proposal, edit)
    return scenarios_touched(proposal, applied.inverse.patch)


def test_a_post_edited_touches_its_own_scenario_only(bury: Proposal) -> None:
    to_be = bury.scenario_named("To be").id
    post = next(iter(bury.posts_in(to_be)))
    assert _touched(bury, Redesignate(post.id, "Head of Change")) == {to_be}


def test_a_scenario_renamed_is_touched_by_its_own_key(bury: Proposal) -> None:
    as_is = bury.scenario_named("As is").id
    assert _touched(bury, RenameScenario(as_is, "Today")) == {as_is}


def test_a_person_is_their_posts_scenarios_and_an_outcome_its_to_bes(bury: Proposal) -> None:
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    post = next(iter(bury.posts_in(as_is)))
    person = Postholder(PostholderId(0), post.id, "Ann Example", "E900")
    applied = apply_edit(bury, PutPerson(person))
    assert scenarios_touched(bury, applied.inverse.patch) == {as_is}
    assert isinstance(applied.edit, PutPerson)
    outcome = Outcome(OutcomeId(0), applied.edit.person.id, to_be, OutcomeKind.AT_RISK)
    assert _touched(bury, PutOutcome(outcome)) == {to_be}


def test_a_document_belongs_to_no_scenario(bury: Proposal) -> None:
    assert _touched(bury, PutDocument(Document(DocumentId(0), "Cabinet minutes"))) == frozenset()
