"""The outcomes a person's card offers on a right click (besides a drag onto a post or a pool):
confirm the product's proposal, decide another outcome, or take it away. No Qt here."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from orgchart_app.domain import PostholderId, Proposal, ScenarioId
from orgchart_app.domain.ids import OutcomeId
from orgchart_app.domain.outcomes import Outcome, OutcomeKind
from orgchart_app.edits import Edit, PutOutcome, RemoveOutcome

# Outcomes decided without a post or a pool: those come from a drop.
DECIDED_HERE = (
    OutcomeKind.NO_CHANGE,
    OutcomeKind.AT_RISK,
    OutcomeKind.VOLUNTARY_REDUNDANCY,
    OutcomeKind.RETIREMENT,
    OutcomeKind.END_OF_FIXED_TERM,
)


@dataclass(frozen=True, slots=True)
class Choice:
    label: str
    edit: Edit
    # Under "TUPE transfer to": one choice per other employer.
    submenu: str = ""
    current: bool = False


def outcome_choices(proposal: Proposal, person_id: PostholderId, to_id: ScenarioId) -> list[Choice]:
    outcome = proposal.outcome_of(person_id, to_id)
    choices = []
    if outcome is not None and not outcome.confirmed:
        confirmed = dataclasses.replace(outcome, confirmed=True)
        choices.append(Choice(f"Confirm: {outcome.kind.label}", PutOutcome(confirmed)))
    for kind in DECIDED_HERE:
        decided = Outcome(OutcomeId(0), person_id, to_id, kind, confirmed=True)
        current = outcome is not None and outcome.kind is kind
        choices.append(Choice(kind.label.capitalize(), PutOutcome(decided), current=current))
    employer = proposal.posts[proposal.postholders[person_id].post_id].employer_id
    for organisation in proposal.organisations.values():
        if organisation.id != employer:
            transfer = Outcome(
                OutcomeId(0),
                person_id,
                to_id,
                OutcomeKind.TUPE,
                to_employer_id=organisation.id,
                confirmed=True,
            )
            choices.append(Choice(organisation.name, PutOutcome(transfer), "TUPE transfer to"))
    if outcome is not None:
        choices.append(Choice("Remove the outcome", RemoveOutcome(outcome.id)))
    return choices
