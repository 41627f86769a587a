"""Fuzz the proposal reader with damaged and crafted files and print the counts.

    PYTHONPATH=. .venv/bin/python scripts/fuzz_files.py [--cases 10000] [--seed 0] [--timeout 10]

Half the cases damage a sample's bytes or pages, half change its rows and schema with plain
SQL (tests/storage/mutations.py). Each case runs in a worker process, so a hang (over
--timeout seconds) or a crash of the interpreter is counted, not suffered. A case fails when
opening it raises anything but a one-sentence refusal, hangs, crashes, or opens a file that is
not exactly what it holds (the judge also runs SQLite's full integrity_check on it), or when
`orgchart validate` says something else than open did. Exit status 1 if any case failed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing
import random
import sys
import tempfile
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FAILURES = ("traceback", "hang", "crash", "accepted unsound", "bad message", "validate disagrees")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds before a case is a hang"
    )
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    examples: list[str] = []
    started = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="fuzz-files-") as folder,
        Worker(Path(folder)) as worker,
    ):
        for index in range(args.cases):
            outcome, detail = worker.run((args.seed, index), args.timeout)
            counts[outcome] += 1
            if outcome in FAILURES and len(examples) < 20:
                examples.append(f"case {args.seed}:{index} ({_kind(index)}): {outcome}: {detail}")
            if (index + 1) % 1000 == 0:
                print(
                    f"{index + 1:,} cases, {time.monotonic() - started:,.0f} s: {dict(counts)}",
                    flush=True,
                )
    _report(counts, examples, args.cases, time.monotonic() - started)
    return 1 if any(counts[f] for f in FAILURES) else 0


def _report(counts: Counter[str], examples: list[str], cases: int, seconds: float) -> None:
    print(
        f"\n{cases:,} cases in {seconds:,.0f} s: {counts['opened']:,} opened, "
        f"{counts['refused']:,} refused in one sentence."
    )
    for failure in FAILURES:
        print(f"  {failure}: {counts[failure]}")
    for example in examples:
        print(example)


def _kind(index: int) -> str:
    return "bytes" if index % 2 == 0 else "sql"


class Worker:
    """One child process judging cases; replaced when a case hangs or kills it."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder  # where the cases are written (each removed once judged)
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._pipe: Connection | None = None

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *_: object) -> None:
        self._stop()

    def run(self, case: tuple[int, int], timeout: float) -> tuple[str, str]:
        pipe = self._started()
        pipe.send(case)
        if not pipe.poll(timeout):
            self._stop()
            return "hang", f"no answer in {timeout:g} s"
        try:
            return pipe.recv()  # type: ignore[no-any-return]
        except EOFError:
            code = self._process.exitcode if self._process else None
            self._stop()
            return "crash", f"the worker died (exit code {code})"

    def _started(self) -> Connection:
        if self._pipe is None:
            self._pipe, child = self._context.Pipe()
            self._process = self._context.Process(
                target=_serve, args=(child, self._folder), daemon=True
            )
            self._process.start()
            self._pipe.recv()  # "ready": start-up and imports are not counted against a case
        return self._pipe

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        self._process, self._pipe = None, None


def _serve(pipe: Connection, folder: Path) -> None:
    import tests.storage.mutations  # noqa: F401 - imported before the first case is timed
    from orgchart_app import cli  # noqa: F401

    pipe.send("ready")
    while True:
        seed, index = pipe.recv()
        pipe.send(_judge_case(folder, seed, index))


def _judge_case(folder: Path, seed: int, index: int) -> tuple[str, str]:
    from tests.storage.mutations import Unsound, crafted_file, damaged_bytes, judge

    rng = random.Random(f"{seed}:{index}")
    path = folder / f"case{index}.sqlite"
    applied: list[str] = []
    if _kind(index) == "bytes":
        path.write_bytes(damaged_bytes(rng))
    else:
        applied = crafted_file(rng, path)
    try:
        outcome = judge(path)
        return _validate_agrees(path, outcome)
    except Unsound as unsound:
        return "accepted unsound", f"{unsound} after {applied}"
    except AssertionError as failure:
        return "bad message", str(failure)
    except Exception as error:  # noqa: BLE001 - counting what escapes is the point
        return "traceback", f"{type(error).__name__}: {error} after {applied}"
    finally:
        path.unlink(missing_ok=True)


def _validate_agrees(path: Path, outcome: str) -> tuple[str, str]:
    """`orgchart validate` refuses exactly the files open refuses."""
    from orgchart_app.cli import main as orgchart

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = orgchart(["validate", str(path)])
    said = out.getvalue() + err.getvalue()
    refused = status != 0 and f'"{path.name}"' in said and "sound." not in said
    if (outcome == "refused") != refused:
        return "validate disagrees", f"open {outcome}, validate exit {status}: {said[:200]!r}"
    return outcome, ""


if __name__ == "__main__":
    sys.exit(main())
