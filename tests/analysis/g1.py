"""The one grade the mutation tests' small proposals are paid by: G1, spinal points 10 to 12."""

from __future__ import annotations

from orgchart_app.domain import OrganisationId, OrganisationKind
from orgchart_app.samples.builder import ProposalBuilder

# Bottom and top of G1 in two pay years.
TWO_YEARS = {"2020/21": {10: 20000, 12: 30000}, "2021/22": {10: 21000, 12: 31000}}


def g1_council(
    title: str, points: dict[str, dict[int, int]]
) -> tuple[ProposalBuilder, OrganisationId]:
    """A builder with a council and the G1 grade on a spine of `points` ({year: {point: £}})."""
    b = ProposalBuilder(title)
    council = b.organisation("Council", "Council", OrganisationKind.LOCAL_AUTHORITY)
    scale = b.pay_scale("Spine", "NJC", "spine", points)
    b.grade(scale, "G1", "grade", points=(10, 12))
    return b, council
