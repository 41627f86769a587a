"""Where the Bury sample's values come from: the HR & Appeals Panel report of 25 March 2021
(seed 002), section by section, and what the sample assumes where the report is silent."""

from __future__ import annotations

from collections import defaultdict

from orgchart_app.samples.sources import Citation, InScenario

PLACEHOLDER = (
    "a placeholder: the team's members are in an appendix the report does not publish, so "
    "the post is drawn to show the team as a team"
)
NEW_LINE = "the report does not say whom the new posts report to"
SPLIT = "the report gives 7 officers across 4 pillars, not how many in each"
WHICH_VACANT = "which 3 of the 7 Officers are vacant, and under which Lead, is not stated (s.4.1)"
COST_CENTRE = (
    "s.6 gives each cost centre's budget (SEG5970, SSG9143), not which posts it pays for: "
    "assumed from the team"
)
TEMPORARY = (
    "s.2 says Appendix 3 marks the temporary arrangements, but the appendix is not published: "
    "which lines are temporary is assumed"
)
SHADING = (
    "s.5.2 shades the pillars in place green and those to be confirmed pink; the published text "
    "has lost the shading, so this follows s.5.3 (Mental Health, Community Health and Primary "
    "Care already have managers)"
)
NO_MANAGER = "s.5.1 names the service the post moves to, not whom it reports to there"
IN_TEAM = (
    "the chart of Appendix 3 is not published: s.4.1 and s.7 give the teams, titles and counts, "
    "not who manages whom"
)
SIDE_ROLE = "s.5.4 gives no sub-pillar for these posts: they work across the 4 pillars"

_DELETED = ("BC-1010", "BC-1011", "BC-1012", "BC-1013", "BC-1020", "BC-1021", "BC-1022")
_PLACEHOLDERS = (
    "BC-1051",
    "BC-1052",
    "BC-1053",
    "BC-1054",
    "BC-1061",
    "BC-1062",
    "CCG-2002",
    "CCG-2003",
    "CCG-2004",
    "CCG-2010",
    "CCG-2014",
    "BC-1090",
    "CCG-2020",
    "BC-3002",
    "BC-4001",
)


def _assumptions() -> dict[str, dict[str, str]]:
    # No grade anywhere: the report gives none, and a box needs none (costs say they lack them).
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for ref in _PLACEHOLDERS:
        found[ref][""] = PLACEHOLDER
    for ref in ("BC-1013", "BC-1014"):
        found[ref].update(status=WHICH_VACANT, reports_to_id=WHICH_VACANT)
    for ref in ("CCG-2011", "CCG-2012", "CCG-2013"):
        found[ref]["title"] = "the 4 CCG staff are listed in Appendix 2, which is not published"
    for n in range(75, 85):
        found[f"NEW-{n}"]["reports_to_id"] = NEW_LINE
    for n in range(79, 83):
        found[f"NEW-{n}"].update(quantity=SPLIT, unit_id=SPLIT)
    for ref in ("NEW-83", "NEW-84"):
        found[ref]["unit_id"] = SIDE_ROLE
    for ref in ("BC-1003", "BC-1011", "BC-1012", "BC-1021", "BC-1022", "BC-1030", "BC-1040"):
        found[ref]["reports_to_id"] = IN_TEAM
    for ref in _COSTED:
        found[ref]["cost_code"] = COST_CENTRE
    found["BC-3001"].update(
        employer_id="s.2 names the post, not who employs it",
        deployed_to_id="s.2 puts social care operations under the LCO, not this post",
    )
    return found


_SUB_PILLARS = ("SP-MH", "SP-OP", "SP-LD", "SP-PD", "SP-CPD", "SP-CH")
# The posts the sample charges to a cost centre of the section 6 table.
_COSTED = (
    *_DELETED,
    "BC-1014",
    "BC-1030",
    "BC-1040",
    *(f"NEW-{n}" for n in range(75, 85)),
)


BURY_CITATION = Citation(
    title="Bury Council HR & Appeals Panel, 25 March 2021: Restructure of the Community "
    "Commissioning pillar in the OCO",
    reference="Report by the Director of Community Commissioning (DASS)",
    scenario_places={"As is": "s.4 and Appendix 3", "To be": "s.5 and Appendix 5"},
    posts={
        "BC-1001": "s.1; s.5.2",
        "BC-1002": "title page; s.4.3",
        "BC-1003": "s.4.1",
        **dict.fromkeys(_DELETED, "s.4.1; s.7 (deletion)"),
        "BC-1014": "s.4.1 (3 vacancies); s.7",
        "BC-1030": "s.7 (deletion)",
        "BC-1040": "s.7 (deletion)",
        "BC-1050": "s.4.1; s.5.5",
        "BC-1060": "s.4.1; s.5.1",
        "BC-1070": "s.5.1",
        "BC-1071": "s.5.1",
        "CCG-2001": "s.4.2; s.5.6",
        "CCG-2011": "s.4.3; s.5.6",
        "CCG-2012": "s.4.3; s.5.6",
        "CCG-2013": "s.4.3; s.5.6",
        "BC-3001": "s.2",
        **{f"NEW-{n}": "s.5.3; s.7" for n in range(75, 79)},
        **{f"NEW-{n}": "s.5.4; s.7" for n in range(79, 85)},
    },
    units={
        "CC": "s.1; Appendix 1",
        "PH": "s.1",
        "NQI": "s.1",
        "OPS": "s.1",
        "LCO": "s.2; s.4.2",
        "PRT": "s.4.1",
        "SPD": "s.4.1",
        "AS": "s.4.1; s.5.5",
        "RT": "s.4.1",
        "PSB": "s.4.1; s.5.1",
        "BRK": "s.5.1",
        "PC": "s.4.2",
        "SCC": "s.4.3",
        "MHC": "s.4.3",
        "ASCIT": "s.5.1",
        "FIN": "s.5.1",
        "CORE": "s.5.1",
        **dict.fromkeys(_SUB_PILLARS, "s.5.2"),
    },
    organisations={"OCO": "s.1", "Bury LCO": "s.4.2", "Bury CCG": "Executive Summary; s.1"},
    post_assumptions=_assumptions(),
    unit_assumptions={
        **{
            ref: {"": "drawn to place the posts around the pillar; not described in the report"}
            for ref in ("SDP", "CE")
        },
        **{ref: {"status": SHADING} for ref in _SUB_PILLARS},
    },
    pay_reason="the report gives no grades or salaries: assumed NJC and Agenda for Change "
    "pay (DOMAIN.md A2, A4), for a user who grades the posts",
    budget_place="s.6 (budget table)",
    lines={("BC-3001", "BC-1002"): "s.2"},
    line_assumptions={
        ("CCG-2001", "BC-3001"): {
            "to_post_id": "s.4.2 names the secondment into the LCO, not the post it reports to"
        },
        ("CCG-2014", "BC-1002"): {"": "a matrix line the report does not describe"},
    },
    in_scenario={
        "As is": InScenario(
            posts={
                **{ref: {"temporary_line": TEMPORARY} for ref in ("BC-1050", "BC-1060")},
                # Their to-be has no cost centre (its budget leaves with them, s.6) and a
                # manager of its own.
                **{
                    ref: {"cost_code": COST_CENTRE, "reports_to_id": IN_TEAM}
                    for ref in ("BC-1070", "BC-1071")
                },
                "CCG-2001": {
                    "temporary_line": TEMPORARY,
                    "reports_to_id": "s.4.2 says what the post manages, not whom it reports to",
                },
            }
        ),
        "To be": InScenario(
            posts={ref: {"reports_to_id": NO_MANAGER} for ref in ("BC-1060", "BC-1070", "BC-1071")},
            units={"PC": {"status": SHADING}},
        ),
    },
    holder_reason="the report names no postholders: a placeholder name",
)
