"""The rules every edit keeps: no reporting cycles, same-scenario links, sane numbers."""

from __future__ import annotations

from decimal import Decimal

from orgchart_app.domain.errors import EditRefused
from orgchart_app.domain.ids import PostId, ScenarioId, UnitId
from orgchart_app.domain.model import Post, Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.ranges import MONEY, SMALLEST
from orgchart_app.domain.wording import count_text, exact_money_text, fte_text, money_text

MAX_TITLE_LENGTH = 200
MAX_QUANTITY = 100_000
# A Decimal compared with the float 0.01 is compared exactly, and 0.01 as a float is a shade
# over a penny: a salary of exactly £0.01 would be refused as less than a penny.
_LEAST_SALARY = Decimal(str(SMALLEST["salary"]))


def existing_post(proposal: Proposal, post_id: PostId) -> Post:
    try:
        return proposal.posts[post_id]
    except KeyError:
        raise EditRefused(f"Post {post_id} does not exist (it may have been deleted).") from None


def existing_unit(proposal: Proposal, unit_id: UnitId) -> Unit:
    try:
        return proposal.units[unit_id]
    except KeyError:
        raise EditRefused(f"Unit {unit_id} does not exist (it may have been deleted).") from None


def check_name(name: str, what: str) -> str:
    name = name.strip()
    if not name:
        raise EditRefused(f"The {what} cannot be empty.")
    if len(name) > MAX_TITLE_LENGTH:
        raise EditRefused(f"The {what} is longer than {MAX_TITLE_LENGTH} characters.")
    return name


def check_post(proposal: Proposal, post: Post, grade_changed: bool = True) -> None:
    """Refuse a post record that would break the proposal."""
    check_name(post.title, "post title")
    if not post.post_ref.strip():
        raise EditRefused("The post reference cannot be empty.")
    if not SMALLEST["fte"] <= post.fte <= 1:
        raise EditRefused(
            f"FTE must be more than 0 and at most 1 per post (got {fte_text(post.fte)}); "
            "use the quantity for several posts in one box."
        )
    if not 1 <= post.quantity <= MAX_QUANTITY:
        raise EditRefused(
            f"The quantity must be between 1 and {count_text(MAX_QUANTITY)} (got {post.quantity})."
        )
    if post.salary is not None and (
        not 0 <= post.salary <= MONEY[1] or 0 < post.salary < _LEAST_SALARY
    ):
        raise EditRefused(
            f"A stated salary must be £0, or between £0.01 and {money_text(MONEY[1])} "
            f"(got {exact_money_text(post.salary)})."
        )
    _check_same_scenario_unit(proposal, post.scenario_id, post.unit_id)
    if post.employer_id not in proposal.organisations:
        raise EditRefused("The employer is not an organisation of this proposal.")
    if post.deployed_to_id is not None and post.deployed_to_id not in proposal.organisations:
        raise EditRefused("The deployment is not an organisation of this proposal.")
    if grade_changed:
        check_grade_known(proposal, post.grade)
    if post.reports_to_id is not None:
        check_manager(proposal, post, post.reports_to_id)
    for other in proposal.posts.values():
        if (
            other.scenario_id == post.scenario_id
            and other.post_ref == post.post_ref
            and other.id != post.id
        ):
            raise EditRefused(
                f'Post reference "{post.post_ref}" is already used by '
                f'"{other.title}" in this scenario.'
            )


def check_grade_known(proposal: Proposal, grade: str) -> None:
    if not grade or not proposal.grades:
        return
    if all(g.code != grade for g in proposal.grades.values()):
        known = ", ".join(sorted({g.code for g in proposal.grades.values()}))
        raise EditRefused(f'Grade "{grade}" is not one of the proposal\'s grades ({known}).')


def check_manager(proposal: Proposal, post: Post, manager_id: PostId) -> None:
    manager = proposal.posts.get(manager_id)
    if manager is None:
        raise EditRefused("The new line manager does not exist.")
    if manager.scenario_id != post.scenario_id:
        raise EditRefused("A post can only report to a post in the same scenario.")
    if manager_id == post.id:
        raise EditRefused(f'"{post.title}" cannot report to itself.')
    if any(p.id == post.id for p in proposal.line_chain(manager_id)):
        raise EditRefused(
            f'"{post.title}" cannot report to "{manager.title}", who already '
            f"reports to it: that would make a reporting cycle."
        )


def _check_same_scenario_unit(proposal: Proposal, scenario_id: ScenarioId, unit_id: UnitId) -> None:
    unit = proposal.units.get(unit_id)
    if unit is None:
        raise EditRefused("The unit does not exist.")
    if unit.scenario_id != scenario_id:
        raise EditRefused(f'"{unit.name}" belongs to another scenario.')
