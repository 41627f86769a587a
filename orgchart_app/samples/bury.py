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
- No post has a grade: the report gives none. The file carries assumed pay tables (local grades
  on NJC spinal points, DOMAIN.md A2; Agenda for Change bands, A4) for a user who grades the
  posts; until then the structures' costs are not given.
- Which posts each cost centre of section 6 pays for, which lines Appendix 3 marks temporary,
  and which sub-pillars s.5.2 shades green (in place) or pink (to be confirmed): the report
  does not say, or its published text has lost it; bury_sources.py gives each reason.
- The members of the Adult Safeguarding, Reviewing, Personalisation, Primary Care and Mental
  Health teams (the report's Appendices 2 and 4) are not published: the sample shows plausible
  placeholder posts so the teams are visible as teams.
"""

from orgchart_app.domain import OrganisationKind, Proposal
from orgchart_app.samples import bury_people
from orgchart_app.samples.builder import ProposalBuilder
from orgchart_app.samples.bury_as_is import AS_IS, add_as_is
from orgchart_app.samples.bury_sources import BURY_CITATION
from orgchart_app.samples.bury_to_be import SECTION_7, TO_BE, make_to_be
from orgchart_app.samples.pay_data import add_bury_pay
from orgchart_app.samples.sources import cite
from orgchart_app.samples.wording import word

TITLE = "Restructure of the Community Commissioning pillar in the OCO"
NOTES = (
    "Bury Council HR & Appeals Panel, 25 March 2021. Appendix 3: current structures; Appendix 5: "
    "proposed structures.\n"
    "Costing: the report gives no grades or salaries, so no post has a grade and the "
    "structures are not costed. For a user who grades the posts, the file carries assumed local "
    "grades on the NJC spine (Grade 11 = SCP 39-43, Grade 9 = 33-36, Grade 8 = 29-32, Grade 6 = "
    "22-25), 2020/21 rates, employer NI 13.8% above £8,788 and LGPS 20.5% of basic pay (the ratio "
    "in the report's own budget table). Budget lines are the report's section 6 table (whether "
    "they recur is not said: taken as recurring); posts count against them by cost centre, and "
    "which posts each cost centre pays for is assumed (the report does not say): only the 16 new "
    "posts carry SEG5970 or SSG9143 in the to-be."
)


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
    as_is, community_health = add_as_is(b, council, ccg, oco, lco)
    bury_people.add_staff(b.proposal, AS_IS)
    make_to_be(b, as_is, community_health)
    word(b.proposal, AS_IS, TO_BE, SECTION_7)
    bury_people.add_outcomes(b.proposal, TO_BE)
    cite(b.proposal, BURY_CITATION)
    return b.proposal
