"""The drafted recommendations (analysis/recommendations.py) for changes the samples do not make:
an ungraded post redesignated, deployments from the employer itself and from a partner."""

from __future__ import annotations

import dataclasses

from orgchart_app.analysis.recommendations import build_recommendations
from orgchart_app.domain import Proposal


def sentences(proposal: Proposal) -> list[str]:
    as_is, to_be = proposal.scenario_named("As is").id, proposal.scenario_named("To be").id
    result = build_recommendations(proposal, as_is, to_be, use_stored=False)
    return [r.sentence for r in result.recommendations]


def change(proposal: Proposal, ref: str, **fields: object) -> None:
    post = proposal.post_by_ref(proposal.scenario_named("To be").id, ref)
    assert post is not None
    proposal.posts[post.id] = dataclasses.replace(post, **fields)  # type: ignore[arg-type]


def test_an_ungraded_post_redesignated_is_named_by_its_titles_alone(bury: Proposal) -> None:
    change(bury, "BC-1050", title="Head of Safeguarding")
    assert (
        "The Committee is asked to agree the redesignation of the following post: "
        "Head of Adult Safeguarding to Head of Safeguarding." in sentences(bury)
    )


def test_a_deployment_names_where_from_and_the_staff_in_all(bury: Proposal) -> None:
    ccg = next(o.id for o in bury.organisations.values() if o.short_name == "Bury CCG")
    # Two posts deployed to the OCO now deployed to the CCG; one deployed nowhere before.
    for ref in ("BC-1052", "BC-1053", "BC-3002"):
        change(bury, ref, deployed_to_id=ccg)
    deployments = [s for s in sentences(bury) if "change of deployment" in s]
    assert deployments == [
        "The Committee is asked to note the change of deployment of the following Bury Council "
        "posts from OCO to Bury CCG (2 staff in all): MCA and DoLS Lead; Reviewing Team Manager.",
        "The Committee is asked to note the change of deployment of the following Bury Council "
        "post from Bury Council to Bury CCG (1 staff in all): Intermediate Tier Manager.",
    ]


def test_a_change_of_employer_is_a_warning_not_a_recommendation(bury: Proposal) -> None:
    ccg = next(o.id for o in bury.organisations.values() if o.short_name == "Bury CCG")
    change(bury, "BC-3002", employer_id=ccg)
    as_is, to_be = bury.scenario_named("As is").id, bury.scenario_named("To be").id
    result = build_recommendations(bury, as_is, to_be, use_stored=False)
    assert result.checks[0] == (
        '"Intermediate Tier Manager" (BC-3002) changes employer from Bury Council to Bury CCG: '
        "a TUPE transfer or secondment, which needs its own report (no wording is generated)."
    )
    assert not any("Intermediate Tier Manager" in s for s in sentences(bury))
