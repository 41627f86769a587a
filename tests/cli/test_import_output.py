"""`orgchart import` writes its file before it prints: a closed pipe never costs the file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from orgchart_app.storage import open_proposal
from tests.cli.helpers import REPO
from tests.importers.files import large_establishment, write_csv


def test_a_broken_pipe_still_leaves_the_whole_file(tmp_path: Path) -> None:
    rows = large_establishment(100)
    rows += [[f"Q{n}", "Orphan", "G5", "lots", "NOWHERE"] for n in range(1000)]  # many problems
    source = write_csv(tmp_path / "big.csv", rows)
    output = tmp_path / "out.sqlite"
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(
        [sys.executable, "-m", "orgchart_app.cli", "import", str(source), "-o", str(output)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()  # as `| head -1` does
        process.stdout.close()
        stderr = process.stderr.read().decode()
        status = process.wait(timeout=120)
    assert "Traceback" not in stderr
    assert status == 0
    proposal = open_proposal(output).proposal
    assert len(proposal.posts) == 1100


def test_a_full_disk_under_the_report_still_leaves_the_whole_file(tmp_path: Path) -> None:
    """The report going to a full disk (here /dev/full) is one sentence; the file is whole."""
    for posts in (5, 2000):  # a report under the output buffer's size, and one far over it
        source = write_csv(tmp_path / f"list{posts}.csv", large_establishment(posts))
        output = tmp_path / f"out{posts}.sqlite"
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "orgchart_app.cli",
                    "import",
                    str(source),
                    "-o",
                    str(output),
                ],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                cwd=REPO,
                timeout=120,
            )
        assert result.returncode != 0
        assert "Traceback" not in result.stderr and "Exception" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "no space left" in result.stderr.casefold() and output.name in result.stderr
        assert len(open_proposal(output).proposal.posts) == posts
