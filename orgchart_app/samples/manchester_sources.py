"""Where the Manchester sample's values come from: the Personnel Committee report of 24 July 2019
(seed 000), section by section, and what the sample assumes where the report is silent."""

from __future__ import annotations

from orgchart_app.samples.sources import Citation, Elsewhere, InScenario

_STAFF = (
    "the report counts 32 employees moving (s.2.5; Recommendation 1), the two Strategic Leads "
    "among them (s.3.4), but gives the other 30 no title, grade, FTE or split into teams"
)
_EMPLOYER = "no report says who employs this post"
# The Health and Wellbeing Board report of 3 June 2019 (seed 003) prints these two names.
_MLCO_UPDATE = (
    "Manchester Health and Wellbeing Board, 3 June 2019: Manchester Local Care Organisation, "
    "Phase 2 update",
    "Report of the Chief Executive, MLCO, and the Chief Accountable Officer, MHCC",
)

MANCHESTER_CITATION = Citation(
    title="Manchester City Council Personnel Committee, 24 July 2019: MHCC Phase 2, "
    "impact on MCC senior roles",
    reference="Report of the Chief Executive",
    scenario_places={"As is": "s.3 and Appendix 1", "To be": "s.3 and Appendix 2"},
    posts={
        "MCC-001": "s.3.2",
        "MCC-002": "s.3.3",
        "MCCG-001": "s.3.2",
        "MFT-001": "s.3.2",
        "MCC-010": "s.3.2",
        "MCC-011": "s.3.3",
        "MCC-012": "s.3.3",
        "MCC-021": "s.3.4",
        "MCC-022": "s.3.4",
        "MCC-031": "s.2.5; Recommendation 1",
        "MCC-032": "s.2.5; Recommendation 1",
        "MCC-040": "s.3.5",
        "MCC-050": "s.3.7",
        "MCCG-010": "s.2.2; s.3.7",
    },
    units={"STRAT": "s.3.5", "POP": "s.3.7", "MHCCX": "s.3.2", "ASCC": "s.3.4"},
    unit_assumptions={
        ref: {
            "": "drawn to group the posts: the structure charts (Appendices 1 and 2, s.3.6) "
            "are not in the published text"
        }
        for ref in ("CEO", "ASS")
    },
    organisations={
        "MCCG": "s.1.3",
        "MHCC": "s.1.2",
        "MLCO": "s.1.2",
        "MFT": Elsewhere(*_MLCO_UPDATE, "s.5.5"),
    },
    lines={("MCC-010", "MCCG-001"): "s.3.2", ("MCC-010", "MFT-001"): "s.3.2"},
    post_assumptions={
        "MCC-031": {"": _STAFF, "fte": _STAFF, "quantity": _STAFF},
        "MCC-032": {"": _STAFF, "fte": _STAFF, "quantity": _STAFF},
        "MCC-040": {"reports_to_id": "s.3.5 names the Strategy Directorate, not a line manager"},
        "MCC-050": {"reports_to_id": "s.3.7: the reporting arrangement is still to be reviewed"},
        "MCC-002": {"reports_to_id": "s.3.3 names the post, not whom it reports to"},
        **{ref: {"employer_id": _EMPLOYER} for ref in ("MCCG-001", "MFT-001", "MCCG-010")},
    },
    in_scenario={
        "As is": InScenario(
            posts={
                ref: {
                    "reports_to_id": "s.3.4 says whom the Leads will support, not whom "
                    "they report to now"
                }
                for ref in ("MCC-021", "MCC-022")
            },
            lines={
                ("MCC-010", "MFT-001"): {
                    "share_percent": "s.3.2 gives the previous Executive Director 90% within "
                    "MHCC; the other 10% within MLCO is inferred"
                }
            },
        )
    },
    holder_places={
        "MCC-001": "Contact officers",
        "MCC-010": "Contact officers",
        "MCCG-001": Elsewhere(*_MLCO_UPDATE, "title page"),
        "MFT-001": Elsewhere(*_MLCO_UPDATE, "title page; s.3.3"),
    },
    pay_reason="the report gives grades (SS2, SS4, SS5) but no pay: assumed salary ranges "
    "(DOMAIN.md A3), only to illustrate costing",
)

CAPACITY_CITATION = Citation(
    title="Manchester City Council Health Scrutiny Committee, 18 June 2019: Adult Social Care "
    "Improvement Programme",
    reference="Report of the Executive Director of Adult Social Services",
    scenario_places={"Capacity plan": "s.5.8"},
    posts={"MCC-ASC-001": "title page (Report of)"},
    units={"ASC": "s.1.1"},
    organisations={"MHCC": "s.5.6", "MLCO": "s.5.7"},
    budget_place="s.5.8",
)
