"""The people side of a proposal: what personal data it holds and a copy without it."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain.model import Postholder
from orgchart_app.domain.proposal import Proposal

# Every field of a postholder is personal data (docs/FILE_FORMAT.md lists them); the post
# they hold is not, so it is the only one a copy for sharing could keep.
PERSONAL_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Postholder) if f.name not in ("id", "post_id")
)


def without_people(proposal: Proposal) -> Proposal:
    """The proposal with every postholder removed: posts, structure and pay stay as they are.

    The file saved from it holds no personal field anywhere in its bytes: a save writes a new
    database from the records alone, so no page of the old file (or deleted row) is carried."""
    stripped = proposal.copy()
    stripped.postholders = {}
    # What happens to a person (slotted, at risk, leaving) is personal too; the pools and the
    # consultation are about posts and dates, and stay.
    stripped.outcomes = {}
    return stripped
