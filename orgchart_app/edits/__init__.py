"""Every change a user can make, applied by apply_edit() with an exact inverse.

The vocabulary (`types`: sixty frozen dataclasses, and the modules that apply them) is loaded when
a name of it is first asked for, not with the package: a chart's first paint needs none of it,
only `Changes` (what an edit touched, in `patch`), and loading it cost about 20 ms of a start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgchart_app.edits import types
    from orgchart_app.edits.apply import Applied, apply_edit
    from orgchart_app.edits.outcome_edits import proposal_batch
    from orgchart_app.edits.patch import Changes, scenarios_touched
    from orgchart_app.edits.pay_edits import is_costing_edit
    from orgchart_app.edits.types import *  # noqa: F403 - the edit vocabulary is this package's API

    __all__ = [
        "load_edits",
        "Applied",
        "Changes",
        "apply_edit",
        "is_costing_edit",
        "proposal_batch",
        "scenarios_touched",
        *types.__all__,
    ]

# Where each name that is not the vocabulary's lives; every other name is in `types`.
_HOMES = {
    "Applied": "apply",
    "apply_edit": "apply",
    "proposal_batch": "outcome_edits",
    "Changes": "patch",
    "scenarios_touched": "patch",
    "is_costing_edit": "pay_edits",
}


def load_edits() -> None:
    """Import the vocabulary and what applies it now (the designer does it on a worker thread
    after its first paint, so that the first edit does not wait for it)."""
    for module in ("types", "apply", "moves"):
        importlib.import_module(f"{__name__}.{module}")


def __getattr__(name: str) -> object:
    if name.startswith("__"):  # the import system's questions (__path__ and the like)
        raise AttributeError(name)
    module = importlib.import_module(f"{__name__}.{_HOMES.get(name, 'types')}")
    try:
        value = getattr(module, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES, *importlib.import_module(f"{__name__}.types").__all__})
