"""A new post placed in a unit takes its employment from the posts around it, not the unit alone.

A post added to an OCO team whose officers are Bury Council's, deployed to the OCO, is employed
and deployed the same (and so costed with the council's on-costs and grades) and charged to the
same cost code. Its model: a sibling under the same manager, else the manager, else anyone in the
unit; a unit with no posts at all employs it itself.
"""

from __future__ import annotations

from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import PostId, UnitId
from orgchart_app.domain.model import Post
from orgchart_app.domain.proposal import Proposal
from orgchart_app.edits.moves import team_head


def post_like_neighbours(proposal: Proposal, unit_id: UnitId, title: str) -> Post:
    """A vacant post for `unit_id` reporting to its head, employed like its neighbours."""
    unit = proposal.units[unit_id]
    manager_id = team_head(proposal, unit_id)
    model = _model(proposal, unit_id, manager_id)
    employer = model.employer_id if model is not None else unit.organisation_id
    deployed = model.deployed_to_id if model is not None else None
    return Post(
        PostId(0),
        unit.scenario_id,
        "",
        title,
        unit.id,
        employer,
        reports_to_id=manager_id,
        deployed_to_id=deployed,
        cost_code=model.cost_code if model is not None else "",
        status=PostStatus.VACANT,
    )


def _model(proposal: Proposal, unit_id: UnitId, manager_id: PostId | None) -> Post | None:
    inside = [p for p in proposal.posts.values() if p.unit_id == unit_id]
    siblings = [p for p in inside if p.reports_to_id == manager_id and p.id != manager_id]
    manager = proposal.posts.get(manager_id) if manager_id is not None else None
    return next(iter(siblings), None) or manager or next(iter(inside), None)
