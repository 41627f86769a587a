"""Every problem validation names, word for word, each on a proposal broken in just that way."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from orgchart_app.analysis.validation import validate_proposal
from orgchart_app.domain import (
    DottedLineKind,
    OrganisationKind,
    PayPoint,
    Postholder,
    PostholderId,
    Proposal,
    UnitKind,
)
from orgchart_app.samples.builder import ProposalBuilder


def sound() -> Proposal:
    """One council, a CCG, a pay scale with one grade; in "As is": Head > Officer, a dotted line."""
    b = ProposalBuilder("Sound")
    council = b.organisation("Bury Council", "BC", OrganisationKind.LOCAL_AUTHORITY)
    ccg = b.organisation("Bury CCG", "CCG", OrganisationKind.NHS_BODY)
    scale = b.pay_scale("Spine", "NJC", "", {"2020/21": {10: 20000}})
    b.grade(scale, "G1", "", points=(10, 10))
    b.on_cost_rule(ccg, "2020/21", ni_rate="0.138", ni_threshold="8788", pension_rate="0.1438")
    s = b.scenario("As is")
    b.scenario("To be")
    root = b.unit(s, "Root", UnitKind.ORGANISATION, council)
    head = b.post(s, "Head", root, council, post_ref="H", grade="G1")
    officer = b.post(s, "Officer", root, council, head, post_ref="O")
    b.dotted(s, officer, head, DottedLineKind.MATRIX, 40.0)
    return b.proposal


def _post(p: Proposal, ref: str, **fields: object) -> None:
    post = next(q for q in p.posts.values() if q.post_ref == ref)
    p.posts[post.id] = dataclasses.replace(post, **fields)  # type: ignore[arg-type]


def _unit(p: Proposal, **fields: object) -> None:
    unit = next(iter(p.units.values()))
    p.units[unit.id] = dataclasses.replace(unit, **fields)  # type: ignore[arg-type]


def _first(table: dict[object, object], **fields: object) -> None:
    key, record = next(iter(table.items()))
    table[key] = dataclasses.replace(record, **fields)  # type: ignore[type-var]


BROKEN: dict[str, tuple[Callable[[Proposal], None], list[str]]] = {
    "unit's scenario": (
        lambda p: _unit(p, scenario_id=9),
        [
            'unit 1 ("Root"), field "scenario_id": there is no scenario 9',
            'post 1 ("Head"), field "unit_id": unit 1 is in another scenario (each scenario has its own units and posts)',
            'post 2 ("Officer"), field "unit_id": unit 1 is in another scenario (each scenario has its own units and posts)',
        ],
    ),
    "unit's organisation": (
        lambda p: _unit(p, organisation_id=9),
        ['unit 1 ("Root"), field "organisation_id": there is no organisation 9'],
    ),
    "unit's parent": (
        lambda p: _unit(p, parent_id=99),
        ['unit 1 ("Root"), field "parent_id": there is no unit 99'],
    ),
    "unit's lead": (
        lambda p: _unit(p, lead_post_id=99),
        ['unit 1 ("Root"), field "lead_post_id": there is no post 99'],
    ),
    "post's scenario": (
        lambda p: _post(p, "O", scenario_id=9),
        [
            'post 2 ("Officer"), field "scenario_id": there is no scenario 9',
            'post 2 ("Officer"), field "unit_id": unit 1 is in another scenario (each scenario has its own units and posts)',
            'post 2 ("Officer"), field "reports_to_id": post 1 is in another scenario (each scenario has its own units and posts)',
            'dotted_line 1, field "from_post_id": post 2 is in another scenario (each scenario has its own units and posts)',
        ],
    ),
    "post's unit": (
        lambda p: _post(p, "O", unit_id=99),
        ['post 2 ("Officer"), field "unit_id": there is no unit 99'],
    ),
    "post's employer": (
        lambda p: _post(p, "O", employer_id=9),
        ['post 2 ("Officer"), field "employer_id": there is no organisation 9'],
    ),
    "post's deployment": (
        lambda p: _post(p, "O", deployed_to_id=9),
        ['post 2 ("Officer"), field "deployed_to_id": there is no organisation 9'],
    ),
    "post's manager": (
        lambda p: _post(p, "O", reports_to_id=99),
        ['post 2 ("Officer"), field "reports_to_id": there is no post 99'],
    ),
    "dotted line's end": (
        lambda p: _first(p.dotted_lines, to_post_id=99),
        ['dotted_line 1, field "to_post_id": there is no post 99'],
    ),
    "dotted line's start": (
        lambda p: _first(p.dotted_lines, from_post_id=99),
        ['dotted_line 1, field "from_post_id": there is no post 99'],
    ),
    "postholder": (
        lambda p: p.postholders.update({PostholderId(1): Postholder(PostholderId(1), 99, "X")}),
        ['postholder 1, field "post_id": there is no post 99'],
    ),
    "organisation's scale": (
        lambda p: _first(p.organisations, pay_scale_id=9),
        ['organisation 1 ("Bury Council"), field "pay_scale_id": there is no pay_scale 9'],
    ),
    "grade's scale": (
        lambda p: _first(p.grades, pay_scale_id=9),
        ['grade 1 ("G1"), field "pay_scale_id": there is no pay_scale 9'],
    ),
    "pay points' scale": (
        lambda p: p.pay_points.update({(9, "2020/21", 1): PayPoint(9, "2020/21", 1, 1)}),
        ["pay_point (9, '2020/21', 1), field \"pay_scale_id\": there is no pay_scale 9"],
    ),
    "rule's organisation": (
        lambda p: _first(p.on_cost_rules, organisation_id=9),
        ['on_cost_rule 1, field "organisation_id": there is no organisation 9'],
    ),
    # --- within a scenario (only once every reference holds) -----------------------------------
    "repeated reference": (
        lambda p: _post(p, "O", post_ref="H"),
        ['As is: post reference "H" is used by 2 posts'],
    ),
    "unit elsewhere": (
        lambda p: _unit(p, scenario_id=2),
        [
            'post 1 ("Head"), field "unit_id": unit 1 is in another scenario (each scenario has its own units and posts)',
            'post 2 ("Officer"), field "unit_id": unit 1 is in another scenario (each scenario has its own units and posts)',
        ],
    ),
    "manager elsewhere": (
        lambda p: _post(p, "H", scenario_id=2, post_ref="X"),
        [
            'post 1 ("Head"), field "unit_id": unit 1 is in another scenario (each scenario has its own units and posts)',
            'post 2 ("Officer"), field "reports_to_id": post 1 is in another scenario (each scenario has its own units and posts)',
            'dotted_line 1, field "to_post_id": post 1 is in another scenario (each scenario has its own units and posts)',
        ],
    ),
    "no FTE": (
        lambda p: _post(p, "O", fte=0.0),
        ['As is: "Officer" (O) has an FTE of 0 (must be over 0, at most 1)'],
    ),
    "over one FTE": (
        lambda p: _post(p, "O", fte=1.5),
        ['As is: "Officer" (O) has an FTE of 1.5 (must be over 0, at most 1)'],
    ),
    "no quantity": (
        lambda p: _post(p, "O", quantity=0),
        ['As is: "Officer" (O) has a quantity below 1'],
    ),
    "no title": (lambda p: _post(p, "O", title="  "), ["As is: post O has no title"]),
    "unknown grade": (
        lambda p: _post(p, "O", grade="G9"),
        ['As is: "Officer" (O) has grade "G9", which is not defined'],
    ),
    "DPH in the NHS": (
        lambda p: _post(p, "O", statutory_role="DPH", employer_id=2),
        ['As is: "Officer" (O) holds the statutory DPH role but is not employed by a council'],
    ),
    "cycle": (
        lambda p: _post(
            p, "H", reports_to_id=next(q.id for q in p.posts.values() if q.post_ref == "O")
        ),
        ["As is: reporting cycle: Head -> Officer -> Head"],
    ),
    "shares": (
        lambda p: _first(p.dotted_lines, share_percent=100.5),
        ['As is: "Officer"\'s dotted-line shares add up to 100.5%'],
    ),
}


def test_the_sound_proposal_has_no_problems() -> None:
    assert validate_proposal(sound()) == []


@pytest.mark.parametrize("case", list(BROKEN))
def test_each_problem_is_named_in_one_sentence(case: str) -> None:
    proposal = sound()
    breaks, expected = BROKEN[case]
    breaks(proposal)
    assert validate_proposal(proposal) == expected


def test_accepted_edges_raise_no_problem() -> None:
    proposal = sound()
    _post(proposal, "O", fte=1.0, quantity=1, grade="", statutory_role="DASS")
    _first(proposal.dotted_lines, share_percent=100.0)
    assert validate_proposal(proposal) == []
    _post(proposal, "O", grade="G9")
    proposal.grades.clear()  # with no grades at all, any grade is allowed
    assert validate_proposal(proposal) == []


def _loop_of(size: int) -> Proposal:
    """The sound proposal with `size` more posts reporting round in a circle."""
    proposal = sound()
    b = ProposalBuilder("Loop")
    b.proposal = proposal
    root, council = next(iter(proposal.units)), next(iter(proposal.organisations))
    scenario = next(iter(proposal.scenarios))
    ids = [b.post(scenario, f"L{i}", root, council, post_ref=f"L{i}") for i in range(size)]
    for i, post_id in enumerate(ids):
        proposal.posts[post_id] = dataclasses.replace(
            proposal.posts[post_id], reports_to_id=ids[i - 1]
        )
    return proposal


def test_a_loop_of_seven_is_named_in_full_and_of_eight_is_shortened() -> None:
    assert validate_proposal(_loop_of(7)) == [
        "As is: reporting cycle: L0 -> L6 -> L5 -> L4 -> L3 -> L2 -> L1 -> L0"
    ]
    assert validate_proposal(_loop_of(8)) == [
        "As is: reporting cycle: L0 -> L7 -> L6 -> L5 -> ... (8 posts in the loop) -> L1 -> L0"
    ]


def test_shares_of_several_lines_add_up_and_lines_without_one_count_nothing() -> None:
    proposal = sound()
    line = next(iter(proposal.dotted_lines.values()))
    proposal.dotted_lines[line.id] = dataclasses.replace(line, share_percent=100.0)
    proposal.dotted_lines[99] = dataclasses.replace(line, id=99, share_percent=None)
    assert validate_proposal(proposal) == []
    proposal.dotted_lines[99] = dataclasses.replace(line, id=99, share_percent=0.5)
    assert validate_proposal(proposal) == [
        'As is: "Officer"\'s dotted-line shares add up to 100.5%'
    ]
