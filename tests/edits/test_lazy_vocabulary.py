"""The edits package hands out its vocabulary when first asked for it (a chart's first paint
needs none of it): what it names is what its modules define, a name it lacks is refused as any
module refuses one, and the import system's own questions load nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest

import orgchart_app.edits as edits
from orgchart_app.edits import apply, moves, patch, types


def test_each_name_is_the_one_its_module_defines() -> None:
    assert edits.SetReportsTo is types.SetReportsTo
    assert edits.apply_edit is apply.apply_edit
    assert edits.Changes is patch.Changes
    # What editors and the REPL offer: the vocabulary, though not all of it is loaded yet.
    assert {"SetReportsTo", "apply_edit", "Changes", "load_edits"} <= set(dir(edits))


def test_a_name_the_package_lacks_is_refused_naming_it() -> None:
    with pytest.raises(
        AttributeError, match="^module 'orgchart_app.edits' has no attribute 'Nope'$"
    ):
        edits.Nope  # noqa: B018 - the lookup is what is tested
    with pytest.raises(AttributeError, match="^__wrapped__$"):
        edits.__wrapped__  # noqa: B018


def test_loading_the_vocabulary_ahead_imports_what_an_edit_needs() -> None:
    edits.load_edits()
    assert {types.__name__, apply.__name__, moves.__name__} <= set(sys.modules)


def test_the_import_systems_questions_load_no_vocabulary() -> None:
    # inspect, pickle and the import system ask a module for names such as __wrapped__; they
    # must not cost a start the vocabulary.
    probe = (
        "import sys, orgchart_app.edits as e; getattr(e, '__wrapped__', None); "
        "hasattr(e, '__getstate__'); print('orgchart_app.edits.types' in sys.modules)"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "False"
