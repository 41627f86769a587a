"""Bury's Appendix 5 (proposed structures) made from the as-is with the edits an HR business
partner would make, and the report's section 7 recommendations."""

from __future__ import annotations

import dataclasses

from orgchart_app.domain import (
    DottedLineKind,
    PostStatus,
    ScenarioKind,
    UnitKind,
    UnitStatus,
)
from orgchart_app.domain.ids import DottedLineId, PostId, ScenarioId, UnitId
from orgchart_app.domain.model import DottedLine, Post, Unit
from orgchart_app.edits import (
    AddDottedLine,
    ChangeDeployment,
    CopyScenario,
    DeletePost,
    DeleteUnit,
    MovePosts,
    MoveUnit,
    SetReportsTo,
    SetStatus,
    UpdatePost,
    UpdateUnit,
)
from orgchart_app.samples.builder import NEW_POST, NEW_UNIT, ProposalBuilder
from orgchart_app.samples.wording import Worded

TO_BE = "To be"


def make_to_be(b: ProposalBuilder, as_is: ScenarioId, community_health_ref: PostId) -> None:
    """Appendix 5, made from the as-is with the edits an HR business partner would make."""
    p = b.proposal
    b.apply(CopyScenario(as_is, TO_BE, ScenarioKind.TO_BE))
    t = p.scenario_named(TO_BE).id
    p.scenarios[t] = dataclasses.replace(
        p.scenarios[t], description="Appendix 5 - Proposed structures"
    )

    def post(ref: str) -> PostId:  # reads like the report's own list
        return b.post_in(t, ref)

    def unit(ref: str) -> UnitId:
        return b.unit_in(t, ref)

    oco = p.organisation_named("OCO").id
    council = p.organisation_named("Bury Council").id
    director = post("BC-1002")

    # The 7 sub-pillars (green: in place; pink: to be confirmed, "however 4 is the optimal number").
    def sub_pillar(name: str, ref: str, status: UnitStatus, lead: PostId | None = None) -> UnitId:
        return b.add_unit(
            Unit(
                NEW_UNIT,
                t,
                ref,
                name,
                UnitKind.SUB_PILLAR,
                oco,
                unit("CC"),
                status,
                lead_post_id=lead,
            )
        )

    mh = sub_pillar("Mental Health", "SP-MH", UnitStatus.IN_PLACE, post("CCG-2011"))
    ageing = sub_pillar("OP/Ageing Well", "SP-OP", UnitStatus.TO_BE_CONFIRMED)
    ld = sub_pillar("Learning Disability", "SP-LD", UnitStatus.TO_BE_CONFIRMED)
    provider = sub_pillar(
        "Provider Development & Contract Monitoring, Complaints",
        "SP-PD",
        UnitStatus.TO_BE_CONFIRMED,
    )
    carers = sub_pillar(
        "Carers, Physical Disability & Prevention", "SP-CPD", UnitStatus.TO_BE_CONFIRMED
    )
    sub_pillar("Community Health", "SP-CH", UnitStatus.IN_PLACE, post(b.ref(community_health_ref)))
    b.apply(
        UpdateUnit(
            unit("PC"),
            (
                ("name", "Primary Care"),
                ("kind", UnitKind.SUB_PILLAR),
                ("lead_post_id", post("CCG-2001")),
            ),
        )
    )

    # Deletions (21 posts in 8 titles), then the teams they leave empty.
    doomed = (
        "BC-1010",
        "BC-1011",
        "BC-1012",
        "BC-1013",
        "BC-1014",
        "BC-1020",
        "BC-1021",
        "BC-1022",
        "BC-1030",
        "BC-1040",
    )
    b.apply(DeletePost(tuple(post(ref) for ref in doomed)))
    for ref in ("PRT", "SPD", "SDP", "CE"):
        b.apply(DeleteUnit(unit(ref)))
    b.apply(SetStatus((post("BC-1003"),), PostStatus.HELD_VACANT))

    # Permanent line management to the Director.
    b.apply(SetReportsTo((post("BC-1050"),), director))
    b.apply(SetReportsTo((post("CCG-2001"),), director))
    b.apply(SetReportsTo((post("BC-1060"),), post("BC-4001")))

    # The establishment of 16 new posts.
    def establish(
        title: str,
        unit_id: UnitId,
        manager: PostId,
        quantity: int = 1,
        code: str = "SEG5970",
    ) -> PostId:
        return b.establish(
            Post(
                NEW_POST,
                t,
                "",
                title,
                unit_id,
                council,
                quantity=quantity,
                reports_to_id=manager,
                deployed_to_id=oco,
                status=PostStatus.VACANT,
                cost_code=code,
            )
        )

    sicm = "Senior Integrated Commissioning Manager"
    ico = "Integrated Commissioning Officer"
    managers = {
        pillar: establish(sicm, pillar, director) for pillar in (ageing, ld, provider, carers)
    }
    for pillar, count in ((ageing, 2), (ld, 2), (provider, 2), (carers, 1)):
        establish(ico, pillar, managers[pillar], count)
    establish(
        "Integrated Commissioning Support Officer",
        provider,
        managers[provider],
        3,
        "SSG9143",
    )
    establish("Quality Assurance Officer", provider, managers[provider], 2, "SSG9143")

    # Transfers: Brokerage posts to the Intermediate Tier; the Personalisation team to Finance.
    brokerage = (post("BC-1070"), post("BC-1071"))
    b.apply(MovePosts(brokerage, unit("ASCIT")))
    b.apply(SetReportsTo(brokerage, post("BC-3002")))
    b.apply(DeleteUnit(unit("BRK")))
    # Their budget leaves with them (the section 6 adjustment of -£54,000).
    for broker in brokerage:
        b.apply(
            UpdatePost(
                broker,
                (
                    ("cost_code", ""),
                    (
                        "notes",
                        "Budget transferred to the "
                        "Intermediate Tier (-£54,000 in the section 6 table).",
                    ),
                ),
            )
        )
    b.apply(MoveUnit(unit("PSB"), unit("FIN")))
    personalisation = tuple(x.id for x in p.posts_in(t) if x.unit_id == unit("PSB"))
    b.apply(ChangeDeployment(brokerage + personalisation, None))

    # The CCG's Mental Health commissioners come under the Deputy Director of Primary Care.
    mental_health = tuple(post(ref) for ref in ("CCG-2011", "CCG-2012", "CCG-2013"))
    b.apply(MovePosts(mental_health, mh))
    b.apply(SetReportsTo(mental_health, post("CCG-2001")))
    b.apply(DeleteUnit(unit("MHC")))
    # Community Health is matrix managed across the pillars: no transfer of resource.
    b.apply(
        AddDottedLine(
            DottedLine(
                DottedLineId(0),
                t,
                post("CCG-2014"),
                director,
                DottedLineKind.MATRIX,
                label="leads the Community Health sub-pillar",
            )
        )
    )


# The report's section 7, word for word where it can be (its "x 4" counts posts, not FTE).
SECTION_7 = (
    Worded(
        "support",
        "the proposed establishment of the following posts",
        (
            "Senior Integrated Commissioning Manager x 4",
            "Integrated Commissioning Officer x 7",
            "Integrated Commissioning Support Officer x 3",
            "Quality Assurance Officer x 2",
        ),
        (0,),
    ),
    Worded(
        "support",
        "the proposed deletion of the following posts to support the restructure",
        (
            "Provider Relationship Manager x 1",
            "Provider Relationship Lead x 2",
            "Provider Relationship Officer x 7",
            "Strategic Planning & Development Manager x 1",
            "Strategic Planning & Development Lead x 1",
            "Project Lead x 3",
            "Strategic Planning & Development Officer x 3",
            "Carers Engagement Co-ordinator x 3",
        ),
        (1,),
    ),
    Worded(
        "support",
        "the proposed permanent line management of the following team manager to "
        "the Director of Community Commissioning",
        ("Head of Adult Safeguarding", "Deputy Director of Primary Care (CCG)"),
        (2,),
    ),
    Worded(
        "support",
        "the proposed permanent transfer of the following posts to the Intermediate Tier services",
        ("Brokerage Relationship Officer x 1", "Brokerage Relationship Assistant x 1"),
        (3,),
    ),
    Worded(
        "support",
        "the proposed permanent transfer of the following team to the Corporate Core",
        (
            (
                "Personalisation Business Support Team (financial assessments and personal "
                "budgets for social care customers)"
            ),
        ),
        (4,),
    ),
    # s.5.6 describes the CCG staff reporting to the Deputy Director of Primary Care, but
    # section 7 makes no recommendation of it: kept, left out of the report.
    Worded(
        "note",
        "the proposed line management of the CCG's Mental Health commissioners to "
        "the Deputy Director of Primary Care",
        (),
        (5,),
        for_decision=False,
        included=False,
    ),
)
