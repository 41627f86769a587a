"""Bury's Appendix 3 (current structures), as the report describes it; see bury.py for what the
sample assumes where the report is silent."""

from __future__ import annotations

from typing import Any

from orgchart_app.domain import (
    DottedLineKind,
    ScenarioKind,
    UnitKind,
)
from orgchart_app.domain.ids import OrganisationId, PostId, ScenarioId, UnitId
from orgchart_app.samples.builder import VACANT, ProposalBuilder

AS_IS = "As is"


def add_as_is(
    b: ProposalBuilder,
    council: OrganisationId,
    ccg: OrganisationId,
    oco: OrganisationId,
    lco: OrganisationId,
) -> tuple[ScenarioId, PostId]:
    """The as-is scenario, and the Community Health lead the to-be keeps matrix managed."""
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
        description="Safeguarding Operations, Reviewing, MCA and DoLS",
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
            deployed_to_id=oco,
            **fields,
        )

    exec_director = oco_post(
        "Executive Director of Strategic Commissioning", oco_root, None, "BC-1001"
    )
    director = oco_post(
        "Director of Community Commissioning (DASS)",
        cc,
        exec_director,
        "BC-1002",
        statutory_role="DASS",
    )
    lead = oco_post(
        "Strategic Lead (Strategy & Development)",
        cc,
        director,
        "BC-1003",
        status=VACANT,
        notes="Vacant since the postholder resigned; to be held vacant for Phase 2. "
        "Its budget is not in the section 6 table (cost centre not stated).",
    )
    pr_manager = oco_post(
        "Provider Relationship Manager", prt, lead, "BC-1010", cost_code="SSG9143"
    )
    pr_lead_1 = oco_post(
        "Provider Relationship Lead", prt, pr_manager, "BC-1011", cost_code="SSG9143"
    )
    pr_lead_2 = oco_post(
        "Provider Relationship Lead", prt, pr_manager, "BC-1012", cost_code="SSG9143"
    )
    oco_post(
        "Provider Relationship Officer",
        prt,
        pr_lead_1,
        "BC-1013",
        quantity=4,
        cost_code="SSG9143",
    )
    oco_post(
        "Provider Relationship Officer",
        prt,
        pr_lead_2,
        "BC-1014",
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
        cost_code="SEG5970",
    )
    spd_lead = oco_post(
        "Strategic Planning & Development Lead",
        spd,
        spd_manager,
        "BC-1021",
        cost_code="SEG5970",
    )
    oco_post(
        "Strategic Planning & Development Officer",
        spd,
        spd_lead,
        "BC-1022",
        quantity=3,
        cost_code="SEG5970",
    )
    oco_post("Project Lead", projects, lead, "BC-1030", quantity=3, cost_code="SEG5970")
    oco_post(
        "Carers Engagement Co-ordinator",
        carers,
        lead,
        "BC-1040",
        quantity=3,
        cost_code="SEG5970",
    )
    head_safeguarding = oco_post(
        "Head of Adult Safeguarding",
        safeguarding,
        lead,
        "BC-1050",
        temporary_line=True,
        holder="Siân Ó Dálaigh",
    )
    oco_post("Safeguarding Operations Manager", safeguarding, head_safeguarding, "BC-1051")
    oco_post("MCA and DoLS Lead", safeguarding, head_safeguarding, "BC-1052")
    review_manager = oco_post("Reviewing Team Manager", reviewing, head_safeguarding, "BC-1053")
    oco_post("Reviewing Officer", reviewing, review_manager, "BC-1054", quantity=4)
    psb_manager = oco_post(
        "Personalisation & Support Business Manager",
        personalisation,
        lead,
        "BC-1060",
        temporary_line=True,
    )
    oco_post(
        "Financial Assessment Officer",
        personalisation,
        psb_manager,
        "BC-1061",
        quantity=4,
    )
    oco_post(
        "Personal Budgets Support Officer",
        personalisation,
        psb_manager,
        "BC-1062",
        quantity=2,
    )
    oco_post(
        "Brokerage Relationship Officer",
        brokerage,
        lead,
        "BC-1070",
        status=VACANT,
        cost_code="SEG5970",
    )
    oco_post(
        "Brokerage Relationship Assistant",
        brokerage,
        lead,
        "BC-1071",
        cost_code="SEG5970",
    )
    ddpc = oco_post(
        "Deputy Director of Primary Care",
        primary_care,
        exec_director,
        "CCG-2001",
        employer=ccg,
        temporary_line=True,
    )
    oco_post(
        "Primary Care Commissioning Manager",
        primary_care,
        ddpc,
        "CCG-2002",
        employer=ccg,
    )
    oco_post("Medicines Optimisation Lead", primary_care, ddpc, "CCG-2003", employer=ccg)
    oco_post(
        "Primary Care Support Officer",
        primary_care,
        ddpc,
        "CCG-2004",
        employer=ccg,
        quantity=2,
    )
    secondary_director = oco_post(
        "Director of Secondary Care Commissioning",
        secondary,
        exec_director,
        "CCG-2010",
        employer=ccg,
    )
    oco_post(
        "Senior Commissioning Manager (Mental Health)",
        mental_health,
        secondary_director,
        "CCG-2011",
        employer=ccg,
    )
    oco_post(
        "Mental Health Commissioning Manager",
        mental_health,
        secondary_director,
        "CCG-2012",
        employer=ccg,
    )
    oco_post(
        "Mental Health Commissioning Officer",
        mental_health,
        secondary_director,
        "CCG-2013",
        employer=ccg,
        quantity=2,
    )
    community_health = oco_post(
        "Senior Commissioning Manager (Community Health)",
        secondary,
        secondary_director,
        "CCG-2014",
        employer=ccg,
    )
    oco_post("Director of Public Health", public_health, exec_director, "BC-1090")
    oco_post(
        "Director of Nursing & Quality Improvement",
        nursing,
        exec_director,
        "CCG-2020",
        employer=ccg,
    )
    ops_head = b.post(
        s,
        "Assistant Director of Social Care Operations",
        lco_root,
        council,
        post_ref="BC-3001",
        deployed_to_id=lco,
    )
    b.post(
        s,
        "Intermediate Tier Manager",
        intermediate,
        council,
        ops_head,
        post_ref="BC-3002",
    )
    b.post(s, "Head of Finance", finance, council, post_ref="BC-4001")
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
    return s, community_health
