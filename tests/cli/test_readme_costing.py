"""Every command of the README's "Costing your own proposal" runs as written, in order, from a
folder holding the repository's sample_data (as a user copying the lines would run them)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.cli.helpers import REPO, run_in_process


def _commands() -> list[list[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Costing your own proposal", 1)[1].split("\n## ", 1)[0]
    block = section.split("```bash\n", 1)[1].split("```", 1)[0]
    return [
        shlex.split(line, comments=True)[1:]
        for line in block.splitlines()
        if line.startswith("orgchart ")
    ]


def test_the_readme_costing_commands_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sample_data").symlink_to(REPO / "sample_data")
    monkeypatch.chdir(tmp_path)
    commands = _commands()
    assert len(commands) >= 20 and ["budget", "list", "scf.sqlite"] in commands
    outputs = {}
    for args in commands:
        code, out, err = run_in_process(capsys, *args)
        assert code == 0, f"orgchart {shlex.join(args)}: {err}"
        outputs[shlex.join(args[:2])] = out
    assert "Gap" in outputs["cost scf.sqlite"]  # the last `cost scf.sqlite` is the plan by year
    assert (tmp_path / "scf_budget.xlsx").is_file() and (tmp_path / "scf.pdf").is_file()
