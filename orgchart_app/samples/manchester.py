"""Manchester's adult social care senior roles across MCC, MHCC and MLCO (Personnel Committee,
24 July 2019, "MHCC Phase 2"), with the MLCO Phase 2 update (3 June 2019).

Assumptions where the reports are silent:
- Grades: only where the report states them: the DASS is SS5 (the report's "two former SS5 and
  SS4 roles"), the two SS4 directors, the SS2 leads. The Chief Executive, the Deputy Chief
  Executive, the Director of Population Health and the partners' officers are shown without a
  grade (the report gives none), so the structures' costs are not given.
- The 32 MCC employees whose deployment moves from MHCC to MLCO (Recommendation 1) include the
  two Strategic Leads (SS2) (s.3.4): the other 30 are shown as two boxes of 15 under the Leads,
  with no grade (the report gives none); their FTE is not stated and is taken as 1.0 each.
- The former Deputy DASS "has now been redesignated as Director of Business Transformation
  reporting to the Deputy Chief Executive" (s.3.3): done before the report, so the as-is shows
  it done and nothing is put for decision.
- Pay: G grades on NJC spinal points and SS grades as salary ranges (DOMAIN.md A3), see
  samples/pay_data.py; partner-employed chief officers have no grade and are not costed.
- Names are those the reports publish for chief officers; no junior names.
"""

from __future__ import annotations

from orgchart_app.domain import (
    DottedLineKind,
    OfficerCategory,
    OrganisationKind,
    PostStatus,
    Proposal,
    ScenarioKind,
    UnitKind,
)
from orgchart_app.domain.ids import PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Unit
from orgchart_app.domain.outcomes import OutcomeKind
from orgchart_app.edits import (
    ChangeDeployment,
    CopyScenario,
    EditDottedLine,
    MovePosts,
    MoveUnit,
    Redesignate,
    SetStatus,
    UpdatePost,
)
from orgchart_app.samples.builder import NEW_UNIT, VACANT, ProposalBuilder
from orgchart_app.samples.manchester_sources import MANCHESTER_CITATION
from orgchart_app.samples.pay_data import add_manchester_pay
from orgchart_app.samples.people import add_fictional_staff, confirm_all, propose_the_rest
from orgchart_app.samples.sources import cite
from orgchart_app.samples.wording import Worded, word

TITLE = "MHCC Phase 2: adult social care senior roles"
AS_IS = "As is"
TO_BE = "To be"


def build_manchester() -> Proposal:
    b = ProposalBuilder(
        TITLE,
        notes=(
            "Manchester City Council Personnel Committee, 24 July 2019.\n"
            "Costing assumptions: G grades are mapped to bands of 3-4 NJC spinal points and SS grades "
            "to salary ranges starting at £56,772 (SS1); 2019/20 rates; employer NI 13.8% above "
            "£8,632; LGPS (GMPF) 20.5%; NHS Pension 14.38%. The report states no financial "
            "implications (no grade changes)."
        ),
    )
    mcc = b.organisation(
        "Manchester City Council", "MCC", OrganisationKind.LOCAL_AUTHORITY, "#a6192e"
    )
    mccg = b.organisation(
        "NHS Manchester Clinical Commissioning Group", "MCCG", OrganisationKind.NHS_BODY, "#005eb8"
    )
    mhcc = b.organisation(
        "Manchester Health and Care Commissioning", "MHCC", OrganisationKind.PARTNERSHIP, "#6a3d9a"
    )
    mlco = b.organisation(
        "Manchester Local Care Organisation", "MLCO", OrganisationKind.PARTNERSHIP, "#33a02c"
    )
    mft = b.organisation(
        "Manchester University NHS Foundation Trust", "MFT", OrganisationKind.NHS_BODY, "#00789c"
    )
    add_manchester_pay(b, mcc, (mccg, mft))
    s = b.scenario(AS_IS, ScenarioKind.AS_IS, pay_year="2019/20")

    mcc_root = b.unit(s, "Manchester City Council", UnitKind.ORGANISATION, mcc, unit_ref="MCC")
    ceo_office = b.unit(
        s, "Chief Executive's Office", UnitKind.DIRECTORATE, mcc, mcc_root, unit_ref="CEO"
    )
    adults = b.unit(s, "Adult Social Services", UnitKind.DIRECTORATE, mcc, mcc_root, unit_ref="ASS")
    mhcc_root = b.unit(s, "MHCC", UnitKind.ORGANISATION, mhcc, unit_ref="MHCC")
    commissioning = b.unit(
        s, "Adult Social Care Commissioning", UnitKind.DIRECTORATE, mhcc, mhcc_root, unit_ref="ASCC"
    )
    mhcc_exec = b.unit(s, "MHCC Executive", UnitKind.DIRECTORATE, mhcc, mhcc_root, unit_ref="MHCCX")
    population = b.unit(
        s, "Population Health Directorate", UnitKind.DIRECTORATE, mhcc, mhcc_root, unit_ref="POP"
    )
    mlco_root = b.unit(s, "MLCO", UnitKind.ORGANISATION, mlco, unit_ref="MLCO")

    chief_exec = b.post(
        s,
        "Chief Executive",
        ceo_office,
        mcc,
        post_ref="MCC-001",
        statutory_role="Head of Paid Service",
        officer_category=OfficerCategory.CHIEF,
        holder="Joanne Roney",
    )
    deputy_ceo = b.post(
        s,
        "Deputy Chief Executive",
        ceo_office,
        mcc,
        chief_exec,
        post_ref="MCC-002",
        officer_category=OfficerCategory.CHIEF,
    )
    mhcc_cao = b.post(
        s,
        "Chief Accountable Officer",
        mhcc_exec,
        mccg,
        post_ref="MCCG-001",
        deployed_to_id=mhcc,
        holder="Ian Williamson",
    )
    mlco_ceo = b.post(
        s,
        "Chief Executive, MLCO",
        mlco_root,
        mft,
        post_ref="MFT-001",
        deployed_to_id=mlco,
        holder="Michael McCourt",
    )
    dass = b.post(
        s,
        "Executive Director of Adult Social Services",
        adults,
        mcc,
        chief_exec,
        post_ref="MCC-010",
        grade="SS5",
        statutory_role="DASS",
        officer_category=OfficerCategory.CHIEF,
        holder="Bernadette Enright",
    )
    director_adults = b.post(
        s,
        "Director of Adult Services",
        adults,
        mcc,
        dass,
        post_ref="MCC-011",
        grade="SS4",
        status=VACANT,
        notes="Existing vacant and funded role.",
    )
    b.post(
        s,
        "Director of Business Transformation",
        ceo_office,
        mcc,
        deputy_ceo,
        post_ref="MCC-012",
        grade="SS4",
        notes="The former Deputy DASS, already redesignated (s.3.3).",
    )
    leads = [
        b.post(
            s,
            "Strategic Lead (Commissioning)",
            commissioning,
            mcc,
            director_adults,
            post_ref=f"MCC-02{n}",
            grade="SS2",
            deployed_to_id=mhcc,
        )
        for n in (1, 2)
    ]
    for n, lead in enumerate(leads, start=1):
        b.post(
            s,
            "Commissioning staff (ASC operational commissioning)",
            commissioning,
            mcc,
            lead,
            post_ref=f"MCC-03{n}",
            quantity=15,
            deployed_to_id=mhcc,
        )
    b.post(
        s,
        "Strategic Commissioning Lead",
        commissioning,
        mcc,
        mhcc_cao,
        post_ref="MCC-040",
        grade="SS2",
        deployed_to_id=mhcc,
    )
    b.post(
        s,
        "Director of Population Health and Wellbeing",
        population,
        mcc,
        mhcc_cao,
        post_ref="MCC-050",
        deployed_to_id=mhcc,
        notes="Joint post; the postholder is an employee of the Council.",
    )
    b.post(
        s,
        "Executive Director of Nursing and Safeguarding",
        mhcc_exec,
        mccg,
        mhcc_cao,
        post_ref="MCCG-010",
        deployed_to_id=mhcc,
        notes="Postholder appointed Managing Director, Wigan CCG.",
    )
    # The DASS spent 90% of the role within MHCC.
    b.dotted(s, dass, mhcc_cao, DottedLineKind.ACCOUNTABILITY, 90, "90% MHCC")
    b.dotted(s, dass, mlco_ceo, DottedLineKind.ACCOUNTABILITY, 10, "10% MLCO")
    # The 32 MCC employees whose deployment moves from MHCC to MLCO (000, recommendation 1 and
    # 2.5), each a fictional person: the report names none of them.
    add_fictional_staff(b.proposal, AS_IS, COMMISSIONING_STAFF)
    _make_to_be(b, s)
    word(b.proposal, AS_IS, TO_BE, RECOMMENDATIONS)
    propose_the_rest(b.proposal, TO_BE)
    confirm_all(b.proposal, OutcomeKind.NO_CHANGE, SAME_EMPLOYER)
    cite(b.proposal, MANCHESTER_CITATION)
    return b.proposal


COMMISSIONING_STAFF = ("MCC-021", "MCC-022", "MCC-031", "MCC-032")
SAME_EMPLOYER = (
    "Deployment moves from MHCC to MLCO; employment remains with Manchester City Council "
    "(000, 2.5 and 3.4), so no one is at risk."
)


def _make_to_be(b: ProposalBuilder, as_is: ScenarioId) -> None:
    p = b.proposal
    b.apply(CopyScenario(as_is, TO_BE, ScenarioKind.TO_BE))
    t = p.scenario_named(TO_BE).id

    def post(ref: str) -> PostId:  # reads like the report's own list
        return b.post_in(t, ref)

    def unit(ref: str) -> UnitId:
        return b.unit_in(t, ref)

    mhcc = p.organisation_named("MHCC").id
    mlco = p.organisation_named("MLCO").id

    # Rec 1 and 4: the commissioning function and its 32 staff move their deployment to MLCO.
    b.apply(MoveUnit(unit("ASCC"), unit("MLCO")))
    commissioning = tuple(
        x.id for x in p.posts_in(t) if x.post_ref in ("MCC-021", "MCC-022", "MCC-031", "MCC-032")
    )
    b.apply(ChangeDeployment(commissioning, mlco))
    # Rec 2: re-focus and re-designate the vacant SS4 as the Deputy DASS (non-designated DCO).
    b.apply(Redesignate(post("MCC-011"), "Deputy Director of Adult Social Services"))
    b.apply(
        UpdatePost(
            post("MCC-011"), (("officer_category", OfficerCategory.DEPUTY_CHIEF_NON_DESIGNATED),)
        )
    )
    # Rec 3: the Strategic Commissioning Lead becomes Head of Service Strategy in MHCC's newly
    # formed Strategy Directorate (s.3.5); the report names no new line manager.
    strategy = b.add_unit(
        Unit(NEW_UNIT, t, "STRAT", "Strategy Directorate", UnitKind.DIRECTORATE, mhcc, unit("MHCC"))
    )
    b.apply(Redesignate(post("MCC-040"), "Head of Service Strategy"))
    b.apply(MovePosts((post("MCC-040"),), strategy))
    # The Executive Director of Nursing and Safeguarding is leaving.
    b.apply(SetStatus((post("MCCG-010"),), PostStatus.VACANT))
    # The DASS's time: 90% within MLCO, c10% within MHCC.
    for line in p.dotted_lines_in(t):
        if line.to_post_id == post("MCCG-001"):
            b.apply(EditDottedLine(line.id, line.kind, 10, "10% MHCC"))
        else:
            b.apply(EditDottedLine(line.id, line.kind, 90, "90% MLCO"))


_DEPLOYED = ("deployment:MCC-021", "deployment:MCC-022", "deployment:MCC-031", "deployment:MCC-032")
# The report's Recommendations 1-4 (the delegation under Annex 1 of the Officer Employment
# Procedure Rules is part of Recommendation 2; no diff can show it).
RECOMMENDATIONS = (
    Worded(
        "note",
        "the key changes arising from the Phase 2 review of Manchester Health & Care "
        "Commissioning partnership including the change of deployment for 32 Manchester City "
        "Council employees from MHCC to MLCO",
        (),
        _DEPLOYED,
        for_decision=False,
    ),
    Worded(
        "agree",
        "the re-focusing and re-designation of the existing vacant and funded role "
        "of Director of Adult Services SS4 to become Deputy Director of Adult Social Services "
        "SS4 and agree that the post should be a non-designated Deputy Chief Officer, and "
        "delegate authority to the Executive Director of Adult Social Services to appoint the "
        "Deputy Director in consultation with a mixed panel of officers and members in line "
        "with Annex 1 of the Officer Employment Procedure Rules",
        (),
        ("redesignation:MCC-011", "officer_category:MCC-011"),
    ),
    Worded(
        "note",
        "the redesignation of the Strategic Lead Commissioning role (SS2) to Head of "
        "Service Strategy SS2 (within MHCC)",
        (),
        ("redesignation:MCC-040", "post_transfer:MCC-040"),
        for_decision=False,
    ),
    Worded(
        "note",
        "the change of deployment of two roles of Strategic Lead (SS2) from MHCC to "
        "MLCO, and that the specific portfolios of these roles will be further reviewed by "
        "the Executive Director of Adult Social Services as part of a process of co-design "
        "within MLCO",
        (),
        _DEPLOYED[:2],
        for_decision=False,
    ),
)
