"""A small builder that writes sample and test proposals as readably as an org chart is drawn."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orgchart_app.domain import (
    BudgetLine,
    DottedLine,
    DottedLineId,
    DottedLineKind,
    Grade,
    GradeId,
    OnCostRule,
    Organisation,
    OrganisationId,
    OrganisationKind,
    PayPoint,
    PayScale,
    PayScaleId,
    Post,
    Postholder,
    PostId,
    PostStatus,
    Proposal,
    Scenario,
    ScenarioId,
    ScenarioKind,
    Unit,
    UnitId,
    UnitKind,
    UnitStatus,
)
from orgchart_app.domain.tables import Table
from orgchart_app.edits import AddUnit, Applied, Edit, EstablishPost, apply_edit

# Id 0 in a unit or post to add: the edit gives it the next free id.
NEW_UNIT = UnitId(0)
NEW_POST = PostId(0)


class ProposalBuilder:
    """Adds records with fresh ids; later scenarios are made with the same edits a user makes."""

    def __init__(self, title: str, notes: str = "") -> None:
        self.proposal = Proposal()
        self.proposal.info = type(self.proposal.info)(title=title, notes=notes)

    def organisation(
        self, name: str, short_name: str, kind: OrganisationKind, colour: str = ""
    ) -> OrganisationId:
        org_id = self.proposal.next_id(Table.ORGANISATIONS)
        self.proposal.organisations[org_id] = Organisation(org_id, name, short_name, kind, colour)
        return org_id

    def scenario(
        self, name: str, kind: ScenarioKind = ScenarioKind.AS_IS, **fields: Any
    ) -> ScenarioId:
        scenario_id = self.proposal.next_id(Table.SCENARIOS)
        self.proposal.scenarios[scenario_id] = Scenario(scenario_id, name, kind, **fields)
        return scenario_id

    def unit(
        self,
        scenario_id: ScenarioId,
        name: str,
        kind: UnitKind,
        organisation_id: OrganisationId,
        parent_id: UnitId | None = None,
        status: UnitStatus = UnitStatus.IN_PLACE,
        **fields: Any,
    ) -> UnitId:
        unit_id = self.proposal.next_id(Table.UNITS)
        fields.setdefault("unit_ref", f"U{unit_id:03d}")
        self.proposal.units[unit_id] = Unit(
            unit_id,
            scenario_id,
            name=name,
            kind=kind,
            organisation_id=organisation_id,
            parent_id=parent_id,
            status=status,
            **fields,
        )
        return unit_id

    def post(
        self,
        scenario_id: ScenarioId,
        title: str,
        unit_id: UnitId,
        employer_id: OrganisationId,
        reports_to: PostId | None = None,
        *,
        holder: str = "",
        **fields: Any,
    ) -> PostId:
        post_id = self.proposal.next_id(Table.POSTS)
        fields.setdefault("post_ref", f"P{post_id:04d}")
        self.proposal.posts[post_id] = Post(
            post_id,
            scenario_id,
            title=title,
            unit_id=unit_id,
            employer_id=employer_id,
            reports_to_id=reports_to,
            **fields,
        )
        if holder:
            holder_id = self.proposal.next_id(Table.POSTHOLDERS)
            self.proposal.postholders[holder_id] = Postholder(holder_id, post_id, holder)
        return post_id

    def dotted(
        self,
        scenario_id: ScenarioId,
        from_post: PostId,
        to_post: PostId,
        kind: DottedLineKind = DottedLineKind.ACCOUNTABILITY,
        share_percent: float | None = None,
        label: str = "",
    ) -> DottedLineId:
        line_id = self.proposal.next_id(Table.DOTTED_LINES)
        self.proposal.dotted_lines[line_id] = DottedLine(
            line_id, scenario_id, from_post, to_post, kind, share_percent, label
        )
        return line_id

    # --- pay and budget ------------------------------------------------------------------------
    def pay_scale(
        self,
        name: str,
        framework: str,
        description: str,
        points: dict[str, dict[int, int]] | None = None,
    ) -> PayScaleId:
        """A pay scale and its points: {pay year: {point: annual salary}}."""
        scale_id = self.proposal.next_id(Table.PAY_SCALES)
        self.proposal.pay_scales[scale_id] = PayScale(scale_id, name, framework, description)
        for year, salaries in (points or {}).items():
            for point, salary in salaries.items():
                self.proposal.pay_points[(scale_id, year, point)] = PayPoint(
                    scale_id, year, point, Decimal(salary)
                )
        return scale_id

    def grade(
        self,
        scale_id: PayScaleId,
        code: str,
        description: str,
        *,
        points: tuple[int, int] | None = None,
        salaries: tuple[int, int] | None = None,
    ) -> GradeId:
        """A grade as a range of spinal points, or as a salary range (senior grades)."""
        grade_id = self.proposal.next_id(Table.GRADES)
        bottom, top = points or (None, None)
        low, high = (Decimal(s) for s in salaries) if salaries else (None, None)
        self.proposal.grades[grade_id] = Grade(
            grade_id, scale_id, code, bottom, top, low, high, description
        )
        return grade_id

    def on_cost_rule(self, organisation_id: OrganisationId, pay_year: str, **fields: Any) -> None:
        rule_id = self.proposal.next_id(Table.ON_COST_RULES)
        # Rates and thresholds are given as text ("0.138") so no float ever touches them.
        values: dict[str, Any] = {
            k: Decimal(v) if k.endswith(("rate", "threshold")) else v for k, v in fields.items()
        }
        self.proposal.on_cost_rules[rule_id] = OnCostRule(
            rule_id, organisation_id, pay_year, **values
        )

    def budget_line(self, cost_code: str, description: str, **fields: Any) -> None:
        """A budget line; amounts are given in whole pounds, the other fields as they are."""
        line_id = self.proposal.next_id(Table.BUDGET_LINES)
        amounts = ("basic_pay", "national_insurance", "superannuation", "other")
        values: dict[str, Any] = {k: Decimal(v) if k in amounts else v for k, v in fields.items()}
        self.proposal.budget_lines[line_id] = BudgetLine(line_id, cost_code, description, **values)

    def apply(self, edit: Edit) -> Applied:
        return apply_edit(self.proposal, edit)

    def add_unit(self, unit: Unit) -> UnitId:
        """Add the unit (id 0: the next free one) as a user would; its id."""
        resolved = self.apply(AddUnit(unit)).edit
        assert isinstance(resolved, AddUnit)  # an edit resolves to its own kind, ids filled in
        return resolved.unit.id

    def establish(self, post: Post) -> PostId:
        """Establish the post (id 0: the next free one) as a user would; its id."""
        resolved = self.apply(EstablishPost(post)).edit
        assert isinstance(resolved, EstablishPost)  # an edit resolves to its own kind
        return resolved.post.id

    # --- lookups for writing to-be edits ---------------------------------------------------------
    def post_in(self, scenario_id: ScenarioId, post_ref: str) -> PostId:
        post = self.proposal.post_by_ref(scenario_id, post_ref)
        if post is None:
            raise KeyError(post_ref)
        return post.id

    def unit_in(self, scenario_id: ScenarioId, unit_ref: str) -> UnitId:
        return next(u.id for u in self.proposal.units_in(scenario_id) if u.unit_ref == unit_ref)

    def ref(self, post_id: PostId) -> str:
        return self.proposal.posts[post_id].post_ref

    def unit_ref(self, unit_id: UnitId) -> str:
        return self.proposal.units[unit_id].unit_ref


VACANT = PostStatus.VACANT
HELD_VACANT = PostStatus.HELD_VACANT
