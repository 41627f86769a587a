"""Recommendations as plain text, Markdown (for a report draft) and JSON (for other tools)."""

from __future__ import annotations

from typing import Any

from orgchart_app.analysis.recommendation_types import Recommendation, Recommendations
from orgchart_app.domain.wording import money_text


def _sections(result: Recommendations) -> list[tuple[str, tuple[Recommendation, ...]]]:
    if result.worded:  # the author's order is the report's: no regrouping
        return [("Recommendations as worded in the file", result.recommendations)]
    # Not "(Bury Council posts)": an item for decision may name a partner's post, as Bury's
    # section 7 names the Deputy Director of Primary Care (CCG).
    return [
        ("For decision", result.for_decision),
        ("For noting (decided elsewhere or another employer's posts)", result.for_noting),
    ]


def as_text(result: Recommendations) -> str:
    lines = [f'Recommendations: "{result.from_name}" to "{result.to_name}"']
    number = 0
    for heading, recommendations in _sections(result):
        if not recommendations:
            continue
        lines += ["", heading]
        for recommendation in recommendations:
            number += 1
            colon = ":" if recommendation.items else "."
            lines.append(
                f"{number}. {recommendation.committee} is asked to {recommendation.verb} "
                f"{recommendation.subject}{colon}"
            )
            lines += [f"   - {item.text}" for item in recommendation.items]
    if not result.recommendations:
        lines += ["", "No changes that need a recommendation."]
    lines += ["", "Financial implications", result.financial]
    lines += _listed("Consistency checks", result.checks)
    lines += _listed("Financial notes (no recommendation needed)", result.notes)
    return "\n".join(lines)


def _listed(heading: str, entries: tuple[str, ...]) -> list[str]:
    return ["", heading, *(f"- {entry}" for entry in entries)] if entries else []


def as_markdown(result: Recommendations) -> str:
    lines = [f"## Recommendations: {result.from_name} to {result.to_name}"]
    number = 0
    for heading, recommendations in _sections(result):
        if not recommendations:
            continue
        lines += ["", f"### {heading}", ""]
        for recommendation in recommendations:
            number += 1
            colon = ":" if recommendation.items else "."
            lines.append(
                f"{number}. {recommendation.committee} is asked to "
                f"**{recommendation.verb}** {recommendation.subject}{colon}"
            )
            lines += [f"    - {item.text}" for item in recommendation.items]
    lines += ["", "### Financial implications", "", result.financial]
    for heading, entries in (
        ("Consistency checks", result.checks),
        ("Financial notes", result.notes),
    ):
        if entries:
            lines += ["", f"### {heading}", "", *(f"- {entry}" for entry in entries)]
    return "\n".join(lines)


def as_json(result: Recommendations) -> dict[str, Any]:
    budget = result.budget
    return {
        "from": result.from_name,
        "to": result.to_name,
        "own_employer": result.own_employer,
        "recommendations": [
            {
                "operation": r.operation.value if r.operation else "added",
                "for_decision": r.for_decision,
                "verb": r.verb,
                "subject": r.subject,
                "sentence": r.sentence,
                "posts": r.posts,
                "fte": r.fte,
                "items": [
                    {
                        "text": i.text,
                        "title": i.title,
                        "grade": i.grade,
                        "employer": i.employer,
                        "posts": i.posts,
                        "fte": i.fte,
                        "post_refs": list(i.post_refs),
                    }
                    for i in r.items
                ],
            }
            for r in result.recommendations
        ],
        "financial": result.financial,
        "budget": None
        if budget is None
        else {
            "available": money_text(budget.available),
            "cost": money_text(budget.cost.total),
            "headroom": money_text(budget.headroom),
            "fits": budget.fits,
        },
        "worded": result.worded,
        "flagged": list(result.flagged),
        "checks": list(result.checks),
        "notes": list(result.notes),
    }
