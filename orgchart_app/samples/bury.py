"""Bury Council's Community Commissioning pillar restructure (HR & Appeals, 25 March 2021).

"As is" follows the report's description of Appendix 3 (current structures) and "To be" is made
from it with the edits of Appendix 5 (proposed structures). Where the report is silent the sample
assumes, and says so in the post's notes or here:
- The report names no post-holders; the few names here are invented placeholders.
- Which 3 of the 7 Provider Relationship Officers are vacant is not stated: the sample shows the
  Officers as a box of 4 (filled) under one Lead and a box of 3 (vacant) under the other.
- Reporting lines of the 16 new posts are not stated: the 4 Senior Integrated Commissioning
  Managers report to the Director (the Strategic Lead is held vacant), the 7 Integrated
  Commissioning Officers are split 2/2/2/1 across them, and the 3 Support Officers and 2 Quality
  Assurance Officers report to the Provider Development & Contract Monitoring manager.
- Grades are local grades on NJC spinal points (DOMAIN.md assumption A2); CCG posts are on
  Agenda for Change bands (A4).
- The members of the Adult Safeguarding, Reviewing, Personalisation, Primary Care and Mental
  Health teams (the report's Appendices 2 and 4) are not published: the sample shows plausible
  placeholder posts so the teams are visible as teams.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from orgchart_app.domain import (
    DottedLineKind,
    OrganisationKind,
    PostStatus,
    Proposal,
    ScenarioKind,
    UnitKind,
    UnitStatus,
)
from orgchart_app.domain.ids import DottedLineId, OrganisationId, PostId, ScenarioId, UnitId
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
from orgchart_app.samples import bury_people
from orgchart_app.samples.builder import NEW_POST, NEW_UNIT, VACANT, ProposalBuilder
from orgchart_app.samples.pay_data import add_bury_pay
from orgchart_app.samples.wording import Worded, word

TITLE = "Restructure of the Community Commissioning pillar in the OCO"
NOTES = (
    "Bury Council HR & Appeals Panel, 25 March 2021. Appendix 3: current structures; Appendix 5: "
    "proposed structures.\n"
    "Costing assumptions: the report gives no grades or salaries. Posts are costed at the top of "
    "assumed local grades on the NJC spine (Grade 11 = SCP 39-43, Grade 9 = 33-36, Grade 8 = "
    "29-32, Grade 6 = 22-25), 2020/21 rates, employer NI 13.8% above £8,788 and LGPS 20.5% of "
    "basic pay (the ratio in the report's own budget table). Budget lines are the report's "
    "section 6 table; posts count against them by cost centre: only the 16 new posts carry "
    "SEG5970 or SSG9143 in the to-be."
)
AS_IS = "As is"
TO_BE = "To be"


def build_bury() -> Proposal:
    b = ProposalBuilder(TITLE, notes=NOTES)
    council = b.organisation(
        "Bury Council", "Bury Council", OrganisationKind.LOCAL_AUTHORITY, "#1f5fa8"
    )
    ccg = b.organisation(
        "NHS Bury Clinical Commissioning Group", "Bury CCG", OrganisationKind.NHS_BODY, "#005eb8"
    )
    oco = b.organisation(
        "Bury One Commissioning Organisation", "OCO", OrganisationKind.PARTNERSHIP, "#6a3d9a"
    )
    lco = b.organisation(
        "Bury Local Care Organisation", "Bury LCO", OrganisationKind.PARTNERSHIP, "#33a02c"
    )
    add_bury_pay(b, council, ccg)
    s = b.scenario(
        AS_IS,
        ScenarioKind.AS_IS,
        pay_year="2020/21",
        description="Appendix 3 - Current structures (temporary arrangements indicated)",
    )

    # --- containers -------------------------------------------------------------------------
    oco_root = b.unit(s, "Bury OCO", UnitKind.ORGANISATION, oco, unit_ref="OCO")
    cc = b.unit(
        s,
        "Community Commissioning",
        UnitKind.PILLAR,
        oco,
        oco_root,
        unit_ref="CC",
        description="Pillar led by the Director of Community Commissioning (DASS)",
    )
    prt = b.unit(s, "Provider Relationship Team", UnitKind.TEAM, oco, cc, unit_ref="PRT")
    spd = b.unit(s, "Strategic Planning & Development Team", UnitKind.TEAM, oco, cc, unit_ref="SPD")
    projects = b.unit(s, "Strategy & Development Projects", UnitKind.TEAM, oco, cc, unit_ref="SDP")
    carers = b.unit(s, "Carers Engagement", UnitKind.TEAM, oco, cc, unit_ref="CE")
    safeguarding = b.unit(
        s,
        "Adult Safeguarding",
        UnitKind.TEAM,
        oco,
        cc,
        unit_ref="AS",
        description="Safeguarding Operations, MCA and DoLS",
    )
    reviewing = b.unit(s, "Reviewing Team", UnitKind.TEAM, oco, cc, unit_ref="RT")
    personalisation = b.unit(
        s,
        "Personalisation & Support Business Team",
        UnitKind.TEAM,
        oco,
        cc,
        unit_ref="PSB",
        description="financial assessments and personal budgets for social care customers",
    )
    brokerage = b.unit(s, "Brokerage", UnitKind.TEAM, oco, cc, unit_ref="BRK")
    primary_care = b.unit(
        s,
        "Primary Care Team",
        UnitKind.TEAM,
        oco,
        cc,
        unit_ref="PC",
        description="Primary Care Commissioning and Medicines Optimisation",
    )
    secondary = b.unit(
        s,
        "Secondary Care Commissioning",
        UnitKind.PILLAR,
        oco,
        oco_root,
        unit_ref="SCC",
        description="to incorporate SEND",
    )
    mental_health = b.unit(
        s, "Mental Health Commissioning", UnitKind.TEAM, oco, secondary, unit_ref="MHC"
    )
    public_health = b.unit(s, "Public Health", UnitKind.PILLAR, oco, oco_root, unit_ref="PH")
    nursing = b.unit(
        s, "Nursing & Quality Improvement", UnitKind.PILLAR, oco, oco_root, unit_ref="NQI"
    )
    council_root = b.unit(s, "Bury Council", UnitKind.ORGANISATION, council, unit_ref="BC")
    operations = b.unit(s, "Operations", UnitKind.DEPARTMENT, council, council_root, unit_ref="OPS")
    intermediate = b.unit(
        s,
        "Adult Social Care Intermediate Tier",
        UnitKind.SERVICE,
        council,
        operations,
        unit_ref="ASCIT",
    )
    core = b.unit(s, "Corporate Core", UnitKind.DEPARTMENT, council, council_root, unit_ref="CORE")
    finance = b.unit(s, "Finance Department", UnitKind.DIRECTORATE, council, core, unit_ref="FIN")
    lco_root = b.unit(s, "Bury LCO", UnitKind.ORGANISATION, lco, unit_ref="LCO")

    # --- posts -------------------------------------------------------------------------------
    def oco_post(
        title: str,
        unit: UnitId,
        reports_to: PostId | None,
        ref: str,
        grade: str,
        employer: OrganisationId = council,
        **fields: Any,
    ) -> PostId:
        return b.post(
            s,
            title,
            unit,
            employer,
            reports_to,
            post_ref=ref,
            grade=grade,
            deployed_to_id=oco,
            **fields,
        )

    exec_director = oco_post(
        "Executive Director of Strategic Commissioning", oco_root, None, "BC-1001", "CO1"
    )
    director = oco_post(
        "Director of Community Commissioning (DASS)",
        cc,
        exec_director,
        "BC-1002",
        "CO2",
        statutory_role="DASS",
    )
    lead = oco_post(
        "Strategic Lead (Strategy & Development)",
        cc,
        director,
        "BC-1003",
        "Grade 13",
        status=VACANT,
        notes="Vacant since the postholder resigned; to be held vacant for Phase 2. "
        "Its budget is not in the section 6 table (cost centre not stated).",
    )
    pr_manager = oco_post(
        "Provider Relationship Manager", prt, lead, "BC-1010", "Grade 11", cost_code="SSG9143"
    )
    pr_lead_1 = oco_post(
        "Provider Relationship Lead", prt, pr_manager, "BC-1011", "Grade 9", cost_code="SSG9143"
    )
    pr_lead_2 = oco_post(
        "Provider Relationship Lead", prt, pr_manager, "BC-1012", "Grade 9", cost_code="SSG9143"
    )
    oco_post(
        "Provider Relationship Officer",
        prt,
        pr_lead_1,
        "BC-1013",
        "Grade 8",
        quantity=4,
        cost_code="SSG9143",
    )
    oco_post(
        "Provider Relationship Officer",
        prt,
        pr_lead_2,
        "BC-1014",
        "Grade 8",
        quantity=3,
        status=VACANT,
        cost_code="SSG9143",
        notes="The 3 Provider Relationship Team vacancies (which posts: not stated).",
    )
    spd_manager = oco_post(
        "Strategic Planning & Development Manager",
        spd,
        lead,
        "BC-1020",
        "Grade 11",
        cost_code="SEG5970",
    )
    spd_lead = oco_post(
        "Strategic Planning & Development Lead",
        spd,
        spd_manager,
        "BC-1021",
        "Grade 9",
        cost_code="SEG5970",
    )
    oco_post(
        "Strategic Planning & Development Officer",
        spd,
        spd_lead,
        "BC-1022",
        "Grade 8",
        quantity=3,
        cost_code="SEG5970",
    )
    oco_post("Project Lead", projects, lead, "BC-1030", "Grade 9", quantity=3, cost_code="SEG5970")
    oco_post(
        "Carers Engagement Co-ordinator",
        carers,
        lead,
        "BC-1040",
        "Grade 6",
        quantity=3,
        cost_code="SEG5970",
    )
    head_safeguarding = oco_post(
        "Head of Adult Safeguarding",
        safeguarding,
        lead,
        "BC-1050",
        "Grade 12",
        temporary_line=True,
        holder="Siân Ó Dálaigh",
    )
    oco_post(
        "Safeguarding Operations Manager", safeguarding, head_safeguarding, "BC-1051", "Grade 11"
    )
    oco_post("MCA and DoLS Lead", safeguarding, head_safeguarding, "BC-1052", "Grade 9")
    review_manager = oco_post(
        "Reviewing Team Manager", reviewing, head_safeguarding, "BC-1053", "Grade 10"
    )
    oco_post("Reviewing Officer", reviewing, review_manager, "BC-1054", "Grade 8", quantity=4)
    psb_manager = oco_post(
        "Personalisation & Support Business Manager",
        personalisation,
        lead,
        "BC-1060",
        "Grade 11",
        temporary_line=True,
    )
    oco_post(
        "Financial Assessment Officer",
        personalisation,
        psb_manager,
        "BC-1061",
        "Grade 6",
        quantity=4,
    )
    oco_post(
        "Personal Budgets Support Officer",
        personalisation,
        psb_manager,
        "BC-1062",
        "Grade 6",
        quantity=2,
    )
    oco_post(
        "Brokerage Relationship Officer",
        brokerage,
        lead,
        "BC-1070",
        "Grade 8",
        status=VACANT,
        cost_code="SEG5970",
    )
    oco_post(
        "Brokerage Relationship Assistant",
        brokerage,
        lead,
        "BC-1071",
        "Grade 5",
        cost_code="SEG5970",
    )
    ddpc = oco_post(
        "Deputy Director of Primary Care",
        primary_care,
        exec_director,
        "CCG-2001",
        "Band 8d",
        employer=ccg,
        temporary_line=True,
    )
    oco_post(
        "Primary Care Commissioning Manager",
        primary_care,
        ddpc,
        "CCG-2002",
        "Band 8a",
        employer=ccg,
    )
    oco_post("Medicines Optimisation Lead", primary_care, ddpc, "CCG-2003", "Band 8a", employer=ccg)
    oco_post(
        "Primary Care Support Officer",
        primary_care,
        ddpc,
        "CCG-2004",
        "Band 5",
        employer=ccg,
        quantity=2,
    )
    secondary_director = oco_post(
        "Director of Secondary Care Commissioning",
        secondary,
        exec_director,
        "CCG-2010",
        "VSM",
        employer=ccg,
    )
    oco_post(
        "Senior Commissioning Manager (Mental Health)",
        mental_health,
        secondary_director,
        "CCG-2011",
        "Band 8b",
        employer=ccg,
    )
    oco_post(
        "Mental Health Commissioning Manager",
        mental_health,
        secondary_director,
        "CCG-2012",
        "Band 7",
        employer=ccg,
    )
    oco_post(
        "Mental Health Commissioning Officer",
        mental_health,
        secondary_director,
        "CCG-2013",
        "Band 6",
        employer=ccg,
        quantity=2,
    )
    community_health = oco_post(
        "Senior Commissioning Manager (Community Health)",
        secondary,
        secondary_director,
        "CCG-2014",
        "Band 8b",
        employer=ccg,
    )
    oco_post("Director of Public Health", public_health, exec_director, "BC-1090", "CO2")
    oco_post(
        "Director of Nursing & Quality Improvement",
        nursing,
        exec_director,
        "CCG-2020",
        "VSM",
        employer=ccg,
    )
    ops_head = b.post(
        s,
        "Assistant Director of Social Care Operations",
        lco_root,
        council,
        post_ref="BC-3001",
        grade="Grade 14",
        deployed_to_id=lco,
    )
    b.post(
        s,
        "Intermediate Tier Manager",
        intermediate,
        council,
        ops_head,
        post_ref="BC-3002",
        grade="Grade 11",
    )
    b.post(s, "Head of Finance", finance, council, post_ref="BC-4001", grade="Grade 14")
    b.dotted(
        s,
        ops_head,
        director,
        DottedLineKind.ACCOUNTABILITY,
        label="accountable to the DASS for social care operations",
    )
    b.dotted(
        s,
        ddpc,
        ops_head,
        DottedLineKind.SECONDMENT,
        label="part-time: Head of Programme Delivery, Bury LCO",
    )
    bury_people.add_staff(b.proposal, AS_IS)
    _make_to_be(b, s, community_health)
    word(b.proposal, "As is", TO_BE, SECTION_7)
    bury_people.add_outcomes(b.proposal, TO_BE)
    return b.proposal


def _make_to_be(b: ProposalBuilder, as_is: ScenarioId, community_health_ref: PostId) -> None:
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
        grade: str,
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
                grade=grade,
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
        pillar: establish(sicm, "Grade 11", pillar, director)
        for pillar in (ageing, ld, provider, carers)
    }
    for pillar, count in ((ageing, 2), (ld, 2), (provider, 2), (carers, 1)):
        establish(ico, "Grade 9", pillar, managers[pillar], count)
    establish(
        "Integrated Commissioning Support Officer",
        "Grade 6",
        provider,
        managers[provider],
        3,
        "SSG9143",
    )
    establish("Quality Assurance Officer", "Grade 8", provider, managers[provider], 2, "SSG9143")

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
        ("Head of Adult Safeguarding", "Deputy Director of Primary Care (Bury CCG)"),
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
