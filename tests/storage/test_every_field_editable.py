"""Every field of the file format has a user-facing edit, in the designer and on the command line.

The tables and fields come from the storage table definitions, so a new table or field fails here
until it is given its routes below. A route of None is a gap still open (issue 23, point 1): the
gaps are listed by `test_the_open_gaps_are_these`, so closing one or opening another shows up.
Command-line routes are checked against the real parser: "org set --name" must be a command with
that option; "apply:Grade" a column `orgchart apply` reads.
"""

from __future__ import annotations

import argparse

from orgchart_app.cli import build_parser
from orgchart_app.importers.changes_sheet import ChangeField
from orgchart_app.storage.schema import ROW_CLASSES, MetaRow, sql_table

Routes = tuple[str | None, str | None]  # (designer, command line)

ORG_D = "Edit > Organisations"
PROPS = "Properties panel"
UNIT_MENU = "unit's menu on the chart and the structure tree"
PEOPLE = "People panel"
BOARD = "People view (outcomes board)"
BUDGET_D, BUDGET_C = "Costs > Budget", "budget import"
PAY_D = "Costs > Pay Scales and Grades"
RECS_D, RECS_C = "Recommendations panel", "recommendations edit"
ONCOSTS_D = "Costs > On-costs"
SCEN_D = "Scenario > Scenario Details"
UNIT_D = "a unit's menu: Unit Details"
LINE_D = "Properties panel, a line selected"
POOL_D = "People view: a pool's menu, Pool Details"
OUTCOME_D = "People view: a person's menu, Outcome Details"
CONSULT_D = "People > Consultation"
SOURCE_D = (
    "Where does this come from? (Properties panel for a post or line, a unit's menu, "
    "Edit > Organisations)"
)
# A field no user edits because the program keeps it, with why beside it in ROUTES.
OWNED = "owned by the program"


def _holder(field: str) -> str:
    return f"holder set --{field.replace('_', '-')}"


ROUTES: dict[str, dict[str, Routes]] = {
    # The proposal's header, a row per key: the title and notes are the user's (the revision and
    # who saved it when are the save's bookkeeping, rewritten by every save).
    "proposal_meta": {
        "key": ("File > Proposal Details", "proposal set --title"),
        "value": ("File > Proposal Details", "proposal set --notes"),
    },
    "organisation": {
        "name": (ORG_D, "org set --name"),
        "short_name": (ORG_D, "org set --short-name"),
        "kind": (ORG_D, "org set --kind"),
        "colour": (ORG_D, "org set --colour"),
        "pay_scale_id": (ORG_D, "org set --pay-scale"),
    },
    "scenario": {
        "name": ("Scenario > Rename Scenario", "scenario rename"),
        "kind": ("Scenario > New Scenario from Copy", "scenario set --kind"),
        "effective_date": (SCEN_D, "scenario set --effective-date"),
        "based_on_id": ("Scenario > New Scenario from Copy", "scenario copy"),
        "costing_point": ("Costs > Pay Year and Costing Point", "paytable use --point"),
        "pay_year": ("Costs > Pay Year and Costing Point", "paytable use --year"),
        "description": (SCEN_D, "scenario set --description"),
    },
    "unit": {
        "scenario_id": (UNIT_MENU, "unit add --scenario"),
        "unit_ref": (UNIT_D, "unit set --ref"),
        "name": (UNIT_MENU, "unit set --name"),
        "kind": (UNIT_MENU, "unit set --kind"),
        # A unit sits in its parent's organisation: moving it is how it changes.
        "organisation_id": ("drag a unit onto another organisation", "unit set --parent"),
        "parent_id": ("drag a unit onto another", "unit set --parent"),
        "status": (UNIT_MENU, "unit set --status"),
        "colour": (UNIT_D, "unit set --colour"),
        "description": (UNIT_D, "unit set --description"),
        "lead_post_id": (UNIT_D, "unit set --lead"),
    },
    "post": {
        "scenario_id": ("Edit > Paste into another scenario", "apply --scenario"),
        "post_ref": (PROPS, "apply:Post reference"),
        "title": (PROPS, "apply:Title"),
        "unit_id": (PROPS, "apply:Unit"),
        "employer_id": (PROPS, "apply:Employer"),
        "grade": (PROPS, "apply:Grade"),
        "fte": (PROPS, "apply:FTE"),
        "quantity": (PROPS, "post set --quantity"),
        "reports_to_id": (PROPS, "apply:Reports to"),
        "deployed_to_id": (PROPS, "apply:Deployed to"),
        "status": (PROPS, "apply:Status"),
        "funded": (PROPS, "post set --funded"),
        "cost_code": (PROPS, "post set --cost-code"),
        "statutory_role": (PROPS, "post set --statutory-role"),
        "officer_category": (PROPS, "post set --officer-category"),
        "is_assistant": (PROPS, "post set --assistant"),
        "temporary_line": (PROPS, "post set --temporary-line"),
        "salary": (PROPS, "post set --salary"),
        "notes": (PROPS, "post set --notes"),
        "end_date": (PROPS, "post set --end-date"),
        "funding_source": (PROPS, "post set --funding-source"),
        "spinal_point": (PROPS, "post set --spinal-point"),
    },
    "postholder": {
        "post_id": ("drag a person on the People view", "holder set --post"),
        **{f: (PEOPLE, _holder(f)) for f in ("name", "employee_number", "fte", "contract")},
        **{
            f: (PEOPLE, _holder(f))
            for f in ("contract_end", "service_start", "date_of_birth", "age", "salary")
        },
        **{f: (PEOPLE, _holder(f)) for f in ("spinal_point", "pension_strain", "notes")},
    },
    "dotted_line": {
        "scenario_id": ("Edit > Draw Dotted Line", "line add --scenario"),
        # A line's ends are where it is drawn: another pair of posts is another line.
        "from_post_id": ("Edit > Draw Dotted Line", "line add"),
        "to_post_id": ("Edit > Draw Dotted Line", "line add"),
        "kind": ("a line's menu on the chart", "line set --kind"),
        "share_percent": (LINE_D, "line set --share"),
        "label": (LINE_D, "line set --label"),
        "temporary": ("a line's menu on the chart: Interim", "line set --temporary"),
    },
    "pay_scale": {f: (PAY_D, "paytable add") for f in ("name", "framework", "description")},
    "pay_point": {
        "pay_scale_id": (PAY_D, "paytable add"),
        "pay_year": (PAY_D, "paytable uplift --to"),
        "point": (PAY_D, "paytable add"),
        "salary": (PAY_D, "paytable uplift --percent"),
    },
    "grade": {
        f: (PAY_D, "paytable import")
        for f in (
            "pay_scale_id",
            "code",
            "bottom_point",
            "top_point",
            "min_salary",
            "max_salary",
            "description",
        )
    },
    "on_cost_rule": {
        "organisation_id": (ONCOSTS_D, "oncosts set --organisation"),
        "pay_year": (ONCOSTS_D, "oncosts set --year"),
        "ni_rate": (ONCOSTS_D, "oncosts set --ni-rate"),
        "ni_threshold": (ONCOSTS_D, "oncosts set --ni-threshold"),
        "pension_rate": (ONCOSTS_D, "oncosts set --pension-rate"),
        "pension_scheme": (ONCOSTS_D, "oncosts set --pension-scheme"),
        "apprenticeship_levy_rate": (ONCOSTS_D, "oncosts set --levy"),
        "source": (ONCOSTS_D, "oncosts set --source"),
        "pension_full_rate": (ONCOSTS_D, "oncosts set --nhs-pension"),
    },
    "budget_line": {
        f: (BUDGET_D, BUDGET_C)
        for f in (
            "cost_code",
            "description",
            "basic_pay",
            "national_insurance",
            "superannuation",
            "other",
            "kind",
            "year",
            "funding_source",
            "recurrent",
            "recurrence_assumed",
            "post_refs",
            "subjective_codes",
        )
    },
    "recommendation_item": {
        "from_scenario_id": (RECS_D, "recommendations --from"),
        "to_scenario_id": (RECS_D, "recommendations --to"),
        "position": (RECS_D, "recommendations move"),
        "verb": (RECS_D, "recommendations edit --verb"),
        "subject": (RECS_D, "recommendations edit --text"),
        "entries": (RECS_D, "recommendations edit --entry"),
        "for_decision": (RECS_D, "recommendations edit --for"),
        "included": (RECS_D, "recommendations edit --included"),
        "sources": (RECS_D, "recommendations edit --source"),
    },
    "pool": {
        "to_scenario_id": (BOARD, "pool add --scenario"),
        "name": (BOARD, "pool set --name"),
        "post_ids": (BOARD, "pool set --post"),
        "selection": (POOL_D, "pool set --selection"),
        "interview_date": (POOL_D, "pool set --interview-date"),
        "notes": (POOL_D, "pool set --notes"),
    },
    "outcome": {
        "postholder_id": (BOARD, "outcome set"),
        "to_scenario_id": (BOARD, "outcome set --to"),
        "kind": (BOARD, "outcome set --kind"),
        "to_post_id": (BOARD, "outcome set --to-post"),
        "job_match": (OUTCOME_D, "outcome set --job-match"),
        "pool_id": (BOARD, "outcome set --pool"),
        "to_employer_id": (BOARD, "outcome set --to-employer"),
        "confirmed": (BOARD, "outcome set --confirmed"),
        "leaving_date": (OUTCOME_D, "outcome set --leaving-date"),
        "notes": (OUTCOME_D, "outcome set --notes"),
    },
    "consultation": {
        "to_scenario_id": (CONSULT_D, "consultation set --scenario"),
        **{
            f: (CONSULT_D, f"consultation set --{f.replace('_', '-')}")
            for f in (
                "slot_threshold",
                "start",
                "end",
                "hr1_sent",
                "selection_date",
                "notice_date",
                "implementation_date",
                "other_redundancies",
                "actual_pay",
                "multiplier",
                "protection",
                "contractual_notice_weeks",
            )
        },
    },
    "document": {
        "title": (SOURCE_D, "document set --title"),
        "reference": (SOURCE_D, "document set --reference"),
    },
    "provenance": {
        # The record a source is about is named as the user knows it (a post's reference, ...).
        "table": (SOURCE_D, "source set"),
        "record_id": (SOURCE_D, "source set"),
        **{f: (SOURCE_D, f"source set --{f.split('_')[0]}") for f in ("field", "basis", "place")},
        "document_id": (SOURCE_D, "source set --document"),
        "reason": (SOURCE_D, "source set --reason"),
    },
}

# The surrogate keys: numbered by the program, never the user's to choose.
KEYS = frozenset({"id"})


def _fields() -> dict[str, set[str]]:
    tables = {MetaRow, *ROW_CLASSES.values()}
    return {
        str(row.__tablename__): {c.name for c in sql_table(row).columns if c.name not in KEYS}
        for row in tables
    }


def test_every_table_and_field_of_the_file_has_its_routes_listed() -> None:
    fields = _fields()
    assert set(ROUTES) == set(fields), "a table was added or removed: list its routes"
    for table, columns in fields.items():
        assert set(ROUTES[table]) == columns, f"{table}: list the routes of its new fields"


def _parsers() -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        found[prefix] = parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, f"{prefix} {name}".strip())

    walk(build_parser(), "")
    return found


def test_each_command_line_route_is_a_real_command_and_option() -> None:
    parsers, columns = _parsers(), {"Post reference", *(f.value for f in ChangeField)}
    for table, routes in ROUTES.items():
        for field, (_, cli) in routes.items():
            if cli is None or cli == OWNED:
                continue
            if cli.startswith("apply:"):
                assert cli.removeprefix("apply:") in columns, (table, field, cli)
                continue
            words = cli.split()
            command = " ".join(w for w in words if not w.startswith("--"))
            options = [w for w in words if w.startswith("--")]
            assert command in parsers, (table, field, cli)
            known = {o for a in parsers[command]._actions for o in a.option_strings}
            assert set(options) <= known, (table, field, cli)


def _gaps(side: int) -> set[str]:
    return {
        f"{t}.{f}" for t, routes in ROUTES.items() for f, r in routes.items() if r[side] is None
    }


def test_the_open_gaps_are_these() -> None:
    """Closing a gap (or opening one) must change this list: it is the honest state of point 1."""
    nowhere = _gaps(0) & _gaps(1)
    assert (len(_gaps(1)), len(_gaps(0)), len(nowhere)) == (0, 0, 0)
    assert "organisation.name" not in _gaps(0) | _gaps(1)
    assert not _gaps(0), "every field has its edit in the designer (or is the program's own)"


def test_every_field_has_a_command_line_edit_and_none_is_left_to_the_program() -> None:
    owned = {f"{t}.{f}" for t, routes in ROUTES.items() for f, r in routes.items() if OWNED in r}
    assert not _gaps(1) and not owned
