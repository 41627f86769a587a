"""Where the Manchester sample's values come from: the Personnel Committee report of 24 July 2019
(seed 000), section by section, and what the sample assumes where the report is silent."""

from __future__ import annotations

from orgchart_app.samples.sources import Citation

_STAFF = "the report counts 32 employees (s.3.4) but gives no grade, FTE or split into teams"

MANCHESTER_CITATION = Citation(
    title="Manchester City Council Personnel Committee, 24 July 2019: MHCC Phase 2, "
    "impact on MCC senior roles",
    reference="Report of the Interim Director of HROD",
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
        "MCC-031": "s.3.4; Recommendation 1",
        "MCC-032": "s.3.4; Recommendation 1",
        "MCC-040": "s.3.5",
        "MCC-050": "s.3.7",
        "MCCG-010": "s.3.7",
    },
    units={"STRAT": "s.3.5", "POP": "s.3.7", "MHCCX": "s.3.2", "ASCC": "s.3.4"},
    post_assumptions={
        "MCC-031": {"": _STAFF, "fte": _STAFF, "quantity": _STAFF},
        "MCC-032": {"": _STAFF, "fte": _STAFF, "quantity": _STAFF},
        "MCC-040": {"reports_to_id": "s.3.5 names the Strategy Directorate, not a line manager"},
    },
    pay_reason="the report gives grades (SS2, SS4, SS5) but no pay: assumed salary ranges "
    "(DOMAIN.md A3), only to illustrate costing",
)
