"""importers/json_table.py directly: flat arrays, wrapped arrays and nested trees as tables."""

from __future__ import annotations

import json

import pytest

from orgchart_app.importers.json_table import parse_json
from orgchart_app.importers.limits import ImportRefused


def _rows(text: str) -> tuple[list[str], list[tuple[int, tuple[str, ...]]], str]:
    table = parse_json(text, "chart.json", "utf-8")
    return table.headers, [(r.line, r.cells) for r in table.rows], table.encoding


def test_a_flat_array_keeps_each_objects_fields_as_text() -> None:
    data = [
        {"id": 1, "title": "Director", "vacant": False, "fte": 1.0, "note": None},
        {"id": 2, "title": "Head", "parentId": 1, "vacant": True, "tags": ["x"]},
    ]
    assert _rows(json.dumps(data)) == (
        ["id", "title", "vacant", "fte", "note", "parentId"],
        [
            (1, ("1", "Director", "no", "1.0")),  # trailing blanks trimmed
            (2, ("2", "Head", "yes", "", "", "1")),
        ],
        "utf-8, JSON",
    )


def test_nested_data_objects_give_their_fields_and_a_wrapper_is_opened() -> None:
    data = {"posts": [{"id": "P1", "data": {"title": "Director", "extra": {"a": 1}, "n": [1]}}]}
    assert _rows(json.dumps(data))[:2] == (["id", "title"], [(1, ("P1", "Director"))])


def test_a_tree_gains_ids_and_parent_ids_parents_first() -> None:
    tree = {
        "name": "Director",
        "children": [
            {"name": "Head A", "reports": [{"name": "Officer"}]},
            {"name": "Head B", "key": "HB", "children": [{"name": "Clerk", "managerId": "X"}]},
            "not an object",
        ],
    }
    headers, rows, _ = _rows(json.dumps(tree))
    assert headers == ["name", "id", "parentId", "key", "managerId"]
    assert rows == [
        (1, ("Director", "N1")),
        (2, ("Head A", "N2", "N1")),
        (3, ("Officer", "N3", "N2")),
        (4, ("Head B", "", "N1", "HB")),
        (5, ("Clerk", "N5", "", "", "X")),
    ]


def test_a_tree_of_several_tops_and_each_childrens_key() -> None:
    for key in ("subordinates", "directReports", "_children"):
        tops = [{"id": "A", key: [{"id": "B"}]}, {"id": "C"}]
        assert _rows(json.dumps(tops))[1] == [
            (1, ("A",)),
            (2, ("B", "A")),
            (3, ("C",)),
        ], key


def test_what_is_not_a_list_of_posts_is_refused_in_one_sentence() -> None:
    no_posts = (
        '"chart.json" holds no list of posts: a JSON import needs an array of objects, or a '
        'tree of objects with "children".'
    )
    for text in ("[]", "[1, 2]", '{"a": [1], "b": [2]}', '"text"', '{"a": 1}', "[{}, 3]"):
        with pytest.raises(ImportRefused) as refused:
            parse_json(text, "chart.json", "utf-8")
        assert str(refused.value) == no_posts, text
    with pytest.raises(ImportRefused) as refused:
        parse_json('[{"id": 1},\n {"id": }]', "chart.json", "utf-8")
    assert str(refused.value) == (
        '"chart.json" is not valid JSON (line 2); export it again or save it as CSV.'
    )
    with pytest.raises(ImportRefused) as refused:
        parse_json("[" * 100_000 + "]" * 100_000, "chart.json", "utf-8")
    assert str(refused.value) == (
        '"chart.json" is not valid JSON; export it again or save it as CSV.'
    )


def test_a_json_file_has_no_blank_lines_and_its_name_in_each_refusal() -> None:
    assert parse_json('[{"id": 1}]', "chart.json", "utf-8").blank_lines == 0
    with pytest.raises(ImportRefused) as refused:
        parse_json(json.dumps([{"id": 1}, {"note": "x" * 40_000}]), "chart.json", "utf-8")
    assert str(refused.value).startswith('"chart.json" has a cell of 40,000 characters on line 2')
