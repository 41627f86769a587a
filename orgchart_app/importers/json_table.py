"""JSON org-chart exports as a table: a flat array of objects, or a nested `children` tree.

Org-chart libraries and data.gov.uk tools write one object a post, either flat with an id and a
parent id, or nested with each post's reports in "children". Both become rows with the object's
own fields; a nested tree gains "id" and "parentId" columns when its objects carry none. A row's
"line" is the object's number in the file (1 for the first), as JSON has no rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from orgchart_app.importers.limits import ImportRefused
from orgchart_app.importers.tables import Row, Table, add_row

CHILDREN = ("children", "subordinates", "reports", "directReports", "_children")
ID_KEYS = ("id", "Id", "ID", "key", "nodeId")
PARENT_KEYS = ("parentId", "parent_id", "pid", "parent", "parentID", "managerId")


def parse_json(text: str, name: str, encoding: str) -> Table:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        where = f" (line {error.lineno})" if isinstance(error, json.JSONDecodeError) else ""
        raise ImportRefused(
            f'"{name}" is not valid JSON{where}; export it again or save it as CSV.'
        ) from None
    items = _items(data)
    if not items or not all(isinstance(item, dict) for item in items):
        raise ImportRefused(
            f'"{name}" holds no list of posts: a JSON import needs an array of '
            'objects, or a tree of objects with "children".'
        )
    records = list(_flatten(items))
    headers: dict[str, None] = {}
    for record in records:
        headers.update(dict.fromkeys(record))
    columns = list(headers)
    rows: list[Row] = []
    for number, record in enumerate(records, start=1):
        add_row(rows, [record.get(column, "") for column in columns], name, number)
    return Table(name, columns, rows, 0, f"{encoding}, JSON")


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if any(isinstance(data.get(key), list) for key in CHILDREN):
            return [data]
        lists = [value for value in data.values() if isinstance(value, list)]
        return lists[0] if len(lists) == 1 else []  # {"data": [...]} wrappers
    return []


def _flatten(items: list[dict[str, Any]]) -> Iterator[dict[str, str]]:
    """Each object's own fields as text, parents before children, without recursion."""
    nested = any(_children(item) for item in items)
    stack: list[tuple[dict[str, Any], str]] = [(item, "") for item in reversed(items)]
    number = 0
    while stack:
        item, parent = stack.pop()
        number += 1
        record = _fields(item)
        own_id = next((record[k] for k in ID_KEYS if record.get(k)), "")
        if nested:
            if not own_id:
                own_id = record["id"] = f"N{number}"
            if parent and not any(record.get(k) for k in PARENT_KEYS):
                record["parentId"] = parent
        yield record
        stack += [(child, own_id) for child in reversed(_children(item))]


def _children(item: dict[str, Any]) -> list[dict[str, Any]]:
    for key in CHILDREN:
        value = item.get(key)
        if isinstance(value, list):
            return [child for child in value if isinstance(child, dict)]
    return []


def _fields(item: dict[str, Any]) -> dict[str, str]:
    record: dict[str, str] = {}
    for key, value in item.items():
        if isinstance(value, dict):  # {"data": {"title": ...}} as some chart libraries nest
            record.update({k: _text(v) for k, v in value.items() if not isinstance(v, dict | list)})
        elif not isinstance(value, list):
            record[str(key)] = _text(value)
    return record


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
