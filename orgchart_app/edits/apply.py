"""apply_edit(): validate an edit, apply it, and return its exact inverse and what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits import (
    dotted_edits,
    organisation_edits,
    outcome_edits,
    pay_edits,
    people_edits,
    post_edits,
    proposal_edits,
    provenance_edits,
    recommendation_edits,
    scenario_edits,
    unit_edits,
)
from orgchart_app.edits import types as t
from orgchart_app.edits.patch import Changes, Patch, apply_patch, apply_writes
from orgchart_app.edits.plan import Plan


@dataclass(frozen=True, slots=True)
class Applied:
    # The edit as applied, allocated ids included: applying it again after undo redoes it exactly.
    edit: t.Edit
    inverse: t.RevertPatch
    changes: Changes
    name: str
    messages: tuple[str, ...] = ()


_PLANNERS: dict[type, Callable[[Proposal, Any], Plan]] = {
    t.MovePosts: post_edits.move_posts,
    t.SetReportsTo: post_edits.set_reports_to,
    t.EstablishPost: post_edits.establish_post,
    t.DeletePost: post_edits.delete_posts,
    t.Redesignate: post_edits.redesignate,
    t.Regrade: post_edits.regrade,
    t.ChangeFte: post_edits.change_fte,
    t.ChangeQuantity: post_edits.change_quantity,
    t.ChangeEmployer: post_edits.change_employer,
    t.ChangeDeployment: post_edits.change_deployment,
    t.SetStatus: post_edits.set_status,
    t.UpdatePost: post_edits.update_post,
    t.AddDottedLine: dotted_edits.add_dotted_line,
    t.RemoveDottedLine: dotted_edits.remove_dotted_line,
    t.EditDottedLine: dotted_edits.edit_dotted_line,
    t.AddUnit: unit_edits.add_unit,
    t.RenameUnit: unit_edits.rename_unit,
    t.UpdateUnit: unit_edits.update_unit,
    t.MoveUnit: unit_edits.move_unit,
    t.DeleteUnit: unit_edits.delete_unit,
    t.PutOrganisation: organisation_edits.put_organisation,
    t.RemoveOrganisation: organisation_edits.remove_organisation,
    t.AddScenario: scenario_edits.add_scenario,
    t.UpdateScenario: scenario_edits.update_scenario,
    t.CopyScenario: scenario_edits.copy_scenario,
    t.RenameScenario: scenario_edits.rename_scenario,
    t.DeleteScenario: scenario_edits.delete_scenario,
    t.PutPayRecord: pay_edits.put_pay_record,
    t.RemovePayRecord: pay_edits.remove_pay_record,
    t.SetCostingBasis: pay_edits.set_costing_basis,
    t.PutPerson: people_edits.put_person,
    t.RemovePerson: people_edits.remove_person,
    t.PutOutcome: outcome_edits.put_outcome,
    t.RemoveOutcome: outcome_edits.remove_outcome,
    t.PutPool: outcome_edits.put_pool,
    t.RemovePool: outcome_edits.remove_pool,
    t.ClosePool: outcome_edits.close_pool,
    t.PutConsultation: outcome_edits.put_consultation,
    t.WordRecommendations: recommendation_edits.word_recommendations,
    t.PutProvenance: provenance_edits.put_provenance,
    t.RemoveProvenance: provenance_edits.remove_provenance,
    t.PutDocument: provenance_edits.put_document,
    t.RemoveDocument: provenance_edits.remove_document,
    t.SetProposalDetails: proposal_edits.set_proposal_details,
}


def apply_edit(proposal: Proposal, edit: t.Edit) -> Applied:
    """Apply `edit` to `proposal` in place, or raise EditRefused and leave it untouched."""
    if isinstance(edit, t.RevertPatch):
        applied = apply_patch(proposal, edit.patch)
        return Applied(
            edit, t.RevertPatch(applied.reversed(), edit.name), Changes.of(applied), edit.name
        )
    if isinstance(edit, t.Batch):
        return _apply_batch(proposal, edit)
    planner = _PLANNERS.get(type(edit))
    if planner is None:
        raise EditRefused(f"Unknown kind of edit: {type(edit).__name__}.")
    plan = planner(proposal, edit)
    writes = plan.writes + provenance_edits.provenance_follow_ups(proposal, plan.writes)
    applied = apply_writes(proposal, writes)
    return Applied(
        plan.resolved or edit,
        t.RevertPatch(applied.reversed(), plan.name),
        Changes.of(applied),
        plan.name,
        plan.messages,
    )


def _apply_batch(proposal: Proposal, batch: t.Batch) -> Applied:
    done: list[Applied] = []
    try:
        for edit in batch.edits:
            done.append(apply_edit(proposal, edit))
    except EditRefused:
        for applied in reversed(done):
            apply_edit(proposal, applied.inverse)
        raise
    patch = Patch(tuple(c for a in done for c in a.inverse.patch.reversed().changes))
    return Applied(
        t.Batch(tuple(a.edit for a in done), batch.name),
        t.RevertPatch(patch.reversed(), batch.name),
        Changes.of(patch),
        batch.name,
        tuple(m for a in done for m in a.messages),
    )
