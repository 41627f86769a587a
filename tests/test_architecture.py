"""The layers stay honest and the checkers stay clean: import-linter, mypy, ruff."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# At most 10 (issue 21), each saying why on its own line; today there are none.
MOST_TYPE_IGNORES = 10


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), cwd=REPO, capture_output=True, text=True, timeout=300)


def test_import_contracts_hold() -> None:
    result = run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_type_errors() -> None:
    # The settings (strict, and what is not yet) live in pyproject.toml's [tool.mypy].
    result = run(sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_lint_is_clean() -> None:
    result = run(str(BIN / "ruff"), "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied() -> None:
    result = run(str(BIN / "ruff"), "format", "--check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_type_ignores_are_few() -> None:
    ignores = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "orgchart_app").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"#\s*type:\s*ignore", line)
    ]
    assert len(ignores) <= MOST_TYPE_IGNORES, "\n".join(ignores)


# Past this a module usually hides a second purpose (STYLE.md: modules mostly 100-300 lines).
MOST_LINES = 400


def test_no_module_is_over_400_lines() -> None:
    long = [
        f"{path.relative_to(REPO)}: {count} lines"
        for path in sorted((REPO / "orgchart_app").rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES
    ]
    assert long == [], "\n".join(long)
