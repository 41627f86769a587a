"""The bundled sample proposals, built from the published committee reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from orgchart_app.domain import Proposal
from orgchart_app.samples.bury import build_bury
from orgchart_app.samples.manchester import build_manchester
from orgchart_app.samples.manchester_capacity import build_manchester_capacity

SAMPLES: dict[str, Callable[[], Proposal]] = {
    "bury_community_commissioning.sqlite": build_bury,
    "manchester_adults.sqlite": build_manchester,
    "manchester_asc_capacity.sqlite": build_manchester_capacity,
}


def sample_data_folder() -> Path:
    """sample_data/ of a source checkout (the packaged app carries its own copy)."""
    return Path(__file__).resolve().parents[2] / "sample_data"


__all__ = [
    "SAMPLES",
    "build_bury",
    "build_manchester",
    "build_manchester_capacity",
    "sample_data_folder",
]
