"""Recommendations as text, Markdown and JSON (analysis/recommendation_text.py), each written out
in full for a small list: numbered across the sections, a colon only before a list, the
sections left out when empty."""

from __future__ import annotations

import dataclasses
import json

from orgchart_app.analysis.change_classes import Operation
from orgchart_app.analysis.recommendation_text import as_json, as_markdown, as_text
from orgchart_app.analysis.recommendation_types import Item, Recommendation, Recommendations

DECIDED = Recommendation(
    Operation.ESTABLISHMENT,
    True,
    "support",
    "the proposed establishment of the following posts",
    (
        Item("Officer x 2 FTE", "Officer", "G1", "BC", 2, 2.0, ("A", "B")),
        Item("Clerk x 0.5 FTE", "Clerk", "", "BC", 1, 0.5, ("C",)),
    ),
    "The Panel",
)
NOTED = Recommendation(None, False, "note", "the review in six months", ())
RESULT = Recommendations(
    "As is",
    "To be",
    "Bury Council",
    (NOTED, DECIDED),
    "No cost.",
    ("Check one", "Check two"),
    ("A note",),
)


def test_text_numbers_across_both_sections() -> None:
    assert as_text(RESULT) == "\n".join(
        [
            'Recommendations: "As is" to "To be"',
            "",
            "For decision",
            "1. The Panel is asked to support the proposed establishment of the following posts:",
            "   - Officer x 2 FTE",
            "   - Clerk x 0.5 FTE",
            "",
            "For noting (decided elsewhere or another employer's posts)",
            "2. The Committee is asked to note the review in six months.",
            "",
            "Financial implications",
            "No cost.",
            "",
            "Consistency checks",
            "- Check one",
            "- Check two",
            "",
            "Financial notes (no recommendation needed)",
            "- A note",
        ]
    )


def test_text_of_worded_items_keeps_their_order_under_one_heading() -> None:
    worded = dataclasses.replace(RESULT, worded=True, checks=(), notes=())
    assert as_text(worded) == "\n".join(
        [
            'Recommendations: "As is" to "To be"',
            "",
            "Recommendations as worded in the file",
            "1. The Committee is asked to note the review in six months.",
            "2. The Panel is asked to support the proposed establishment of the following posts:",
            "   - Officer x 2 FTE",
            "   - Clerk x 0.5 FTE",
            "",
            "Financial implications",
            "No cost.",
        ]
    )


def test_text_with_nothing_to_recommend_says_so() -> None:
    empty = dataclasses.replace(RESULT, recommendations=(), checks=(), notes=())
    assert as_text(empty) == "\n".join(
        [
            'Recommendations: "As is" to "To be"',
            "",
            "No changes that need a recommendation.",
            "",
            "Financial implications",
            "No cost.",
        ]
    )


def test_markdown_numbers_across_both_sections() -> None:
    assert as_markdown(RESULT) == "\n".join(
        [
            "## Recommendations: As is to To be",
            "",
            "### For decision",
            "",
            "1. The Panel is asked to **support** the proposed establishment of the following "
            "posts:",
            "    - Officer x 2 FTE",
            "    - Clerk x 0.5 FTE",
            "",
            "### For noting (decided elsewhere or another employer's posts)",
            "",
            "2. The Committee is asked to **note** the review in six months.",
            "",
            "### Financial implications",
            "",
            "No cost.",
            "",
            "### Consistency checks",
            "",
            "- Check one",
            "- Check two",
            "",
            "### Financial notes",
            "",
            "- A note",
        ]
    )
    only_noted = dataclasses.replace(RESULT, recommendations=(NOTED,), checks=(), notes=())
    assert as_text(only_noted) == "\n".join(
        [
            'Recommendations: "As is" to "To be"',
            "",
            "For noting (decided elsewhere or another employer's posts)",
            "1. The Committee is asked to note the review in six months.",
            "",
            "Financial implications",
            "No cost.",
        ]
    )
    assert as_markdown(only_noted) == "\n".join(
        [
            "## Recommendations: As is to To be",
            "",
            "### For noting (decided elsewhere or another employer's posts)",
            "",
            "1. The Committee is asked to **note** the review in six months.",
            "",
            "### Financial implications",
            "",
            "No cost.",
        ]
    )


def test_json_gives_every_field() -> None:
    data = json.loads(json.dumps(as_json(dataclasses.replace(RESULT, flagged=("Gone",)))))
    assert data == {
        "from": "As is",
        "to": "To be",
        "own_employer": "Bury Council",
        "recommendations": [
            {
                "operation": "added",
                "for_decision": False,
                "verb": "note",
                "subject": "the review in six months",
                "sentence": "The Committee is asked to note the review in six months.",
                "posts": 0,
                "fte": 0,
                "items": [],
            },
            {
                "operation": "establishment",
                "for_decision": True,
                "verb": "support",
                "subject": "the proposed establishment of the following posts",
                "sentence": "The Panel is asked to support the proposed establishment of the "
                "following posts: Officer x 2 FTE; Clerk x 0.5 FTE.",
                "posts": 3,
                "fte": 2.5,
                "items": [
                    {
                        "text": "Officer x 2 FTE",
                        "title": "Officer",
                        "grade": "G1",
                        "employer": "BC",
                        "posts": 2,
                        "fte": 2.0,
                        "post_refs": ["A", "B"],
                    },
                    {
                        "text": "Clerk x 0.5 FTE",
                        "title": "Clerk",
                        "grade": "",
                        "employer": "BC",
                        "posts": 1,
                        "fte": 0.5,
                        "post_refs": ["C"],
                    },
                ],
            },
        ],
        "financial": "No cost.",
        "budget": None,
        "worded": False,
        "flagged": ["Gone"],
        "checks": ["Check one", "Check two"],
        "notes": ["A note"],
    }
