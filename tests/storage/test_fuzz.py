"""Fuzzing: any damage to a proposal's bytes or pages opens correctly or is refused in a sentence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart_app.domain import FileRefused
from orgchart_app.storage import open_proposal
from tests.storage.helpers import REPO

SAMPLE = REPO / "sample_data" / "bury_community_commissioning.sqlite"
ORIGINAL = SAMPLE.read_bytes()
PAGE = 4096
PAGES = len(ORIGINAL) // PAGE

byte_flips = st.lists(st.tuples(st.integers(0, len(ORIGINAL) - 1), st.integers(0, 255)),
                      min_size=1, max_size=40).map(lambda edits: ("bytes", edits))
page_damage = st.tuples(st.sampled_from(["zero", "random", "copy", "drop", "swap"]),
                        st.integers(0, PAGES - 1), st.integers(0, PAGES - 1),
                        st.binary(min_size=PAGE, max_size=PAGE)).map(lambda d: ("page", d))
truncation = st.integers(0, len(ORIGINAL)).map(lambda n: ("truncate", n))
mutation = st.one_of(byte_flips, page_damage, truncation)


def mutate(kind_and_detail: tuple[str, object]) -> bytes:
    kind, detail = kind_and_detail
    data = bytearray(ORIGINAL)
    if kind == "bytes":
        for offset, value in detail:  # type: ignore[attr-defined]
            data[offset] = value
    elif kind == "truncate":
        del data[detail:]  # type: ignore[misc]
    else:
        how, a, b, noise = detail  # type: ignore[misc]
        page_a, page_b = slice(a * PAGE, (a + 1) * PAGE), slice(b * PAGE, (b + 1) * PAGE)
        if how == "zero":
            data[page_a] = bytes(PAGE)
        elif how == "random":
            data[page_a] = noise
        elif how == "copy":
            data[page_a] = ORIGINAL[page_b]
        elif how == "swap":
            data[page_a], data[page_b] = ORIGINAL[page_b], ORIGINAL[page_a]
        else:
            del data[page_a]
    return bytes(data)


def assert_opens_or_is_refused_in_a_sentence(path: Path) -> str:
    try:
        opened = open_proposal(path)
    except FileRefused as refused:
        message = str(refused)
        assert message.startswith(f'"{path.name}"') and "\n" not in message, message
        assert "unexpected" not in message, message  # an exception we did not foresee
        return "refused"
    assert opened.proposal.scenarios  # whatever opened is a usable proposal
    return "opened"


@settings(max_examples=150, deadline=None, derandomize=True)
@given(mutation)
def test_damaged_files_open_or_are_refused_in_bounded_time(tmp_path_factory: pytest.TempPathFactory,
                                                           damage: tuple[str, object]) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "damaged.sqlite"
    path.write_bytes(mutate(damage))
    started = time.monotonic()
    assert_opens_or_is_refused_in_a_sentence(path)
    assert time.monotonic() - started < 10


def test_damaged_files_never_crash_the_interpreter(tmp_path: Path) -> None:
    """A subset opened in a separate interpreter: a crash inside SQLite would kill it, not us."""
    paths = []
    for index, damage in enumerate(_examples(40)):
        path = tmp_path / f"damaged{index}.sqlite"
        path.write_bytes(mutate(damage))
        paths.append(str(path))
    script = ("import json, sys\nfrom tests.storage.test_fuzz import assert_opens_or_is_refused_in_a_sentence as check\n"
              "from pathlib import Path\nprint(json.dumps([check(Path(p)) for p in sys.argv[1:]]))")
    result = subprocess.run([sys.executable, "-c", script, *paths], capture_output=True, text=True,
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    outcomes = json.loads(result.stdout)
    assert len(outcomes) == len(paths) and "refused" in outcomes


def _examples(count: int) -> list[tuple[str, object]]:
    examples: list[tuple[str, object]] = []

    @settings(max_examples=count, deadline=None, derandomize=True, database=None)
    @given(mutation)
    def collect(damage: tuple[str, object]) -> None:
        examples.append(damage)

    collect()
    return examples
