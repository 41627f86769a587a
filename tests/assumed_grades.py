"""An assumed-grade costing of the Bury sample for the tests of cost arithmetic.

The report gives no grades, so the sample grades no post. These are grades a user might assume
(the sample's former ones: local grades on NJC points, AfC bands), set as a user sets them, one
Regrade edit per post, and then marked assumed, so every output treats the costs as estimates.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from orgchart_app.domain import Proposal
from orgchart_app.domain.ids import ProvenanceId
from orgchart_app.domain.provenance import Basis, Provenance
from orgchart_app.edits import PutProvenance, Regrade, apply_edit
from orgchart_app.samples import build_bury
from orgchart_app.storage import save_proposal

REASON = "assumed for an illustrative costing: the report gives no grades"
_COUNCIL = {
    "CO1": ("BC-1001",),
    "CO2": ("BC-1002", "BC-1090"),
    "Grade 14": ("BC-3001", "BC-4001"),
    "Grade 13": ("BC-1003",),
    "Grade 12": ("BC-1050",),
    "Grade 11": ("BC-1010", "BC-1020", "BC-1051", "BC-1060", "BC-3002")
    + tuple(f"NEW-{n}" for n in range(75, 79)),
    "Grade 10": ("BC-1053",),
    "Grade 9": ("BC-1011", "BC-1012", "BC-1021", "BC-1030", "BC-1052")
    + tuple(f"NEW-{n}" for n in range(79, 83)),
    "Grade 8": ("BC-1013", "BC-1014", "BC-1022", "BC-1054", "BC-1070", "NEW-84"),
    "Grade 6": ("BC-1040", "BC-1061", "BC-1062", "NEW-83"),
    "Grade 5": ("BC-1071",),
}
_CCG = {
    "VSM": ("CCG-2010", "CCG-2020"),
    "Band 8d": ("CCG-2001",),
    "Band 8b": ("CCG-2011", "CCG-2014"),
    "Band 8a": ("CCG-2002", "CCG-2003"),
    "Band 7": ("CCG-2012",),
    "Band 6": ("CCG-2013",),
    "Band 5": ("CCG-2004",),
}
ASSUMED_GRADES = {
    ref: grade for table in (_COUNCIL, _CCG) for grade, refs in table.items() for ref in refs
}


def grade_as_assumed(proposal: Proposal) -> Proposal:
    """Every Bury post regraded to its assumed grade, each grade marked assumed with REASON."""
    for post in list(proposal.posts.values()):
        apply_edit(proposal, Regrade(post.id, ASSUMED_GRADES[post.post_ref]))
        own = next(
            (
                r
                for r in proposal.provenance.values()
                if (r.table, r.record_id, r.field) == ("posts", post.id, "grade")
            ),
            Provenance(ProvenanceId(0), "posts", post.id, "grade"),
        )
        assumed = dataclasses.replace(own, basis=Basis.ASSUMED, reason=REASON)
        apply_edit(proposal, PutProvenance(assumed))
    return proposal


def bury_with_assumed_grades() -> Proposal:
    return grade_as_assumed(build_bury())


def save_bury_with_assumed_grades(folder: Path) -> Path:
    path = folder / "bury_assumed_grades.sqlite"
    save_proposal(bury_with_assumed_grades(), path)
    return path
