"""Prints the score of each mutated module and every surviving mutant (run by scripts/mutation.sh).

Reads mutmut's own results in-process (mutmut is pinned in pyproject.toml): one `mutmut show`
per survivor would start Python a hundred times.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code
from mutmut.utils.file_utils import walk_mutatable_files

# A timeout is a caught change too: the mutant made the tests run forever.
CAUGHT = {"killed", "timeout", "caught by type check", "segfault"}
NOT_COUNTED = {"skipped", "not checked"}


def _results() -> dict[str, dict[str, tuple[str, Path]]]:
    """Module -> mutant name -> (status, source path)."""
    by_module: dict[str, dict[str, tuple[str, Path]]] = defaultdict(dict)
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        data.load()
        for name, exit_code in data.exit_code_by_key.items():
            by_module[name.rsplit(".", 1)[0]][name] = (status_by_exit_code[exit_code], path)
    return by_module


def main(seconds: str) -> None:
    print(
        f"{'module':<40} {'mutants':>7} {'caught':>6} {'timeout':>7} {'survived':>8} {'score':>6}"
    )
    survivors: list[tuple[str, str, Path]] = []
    for module, mutants in sorted(_results().items()):
        counted = {n: v for n, v in mutants.items() if v[0] not in NOT_COUNTED}
        caught = sum(status in CAUGHT for status, _ in counted.values())
        timeouts = sum(status == "timeout" for status, _ in counted.values())
        score = 100.0 * caught / len(counted) if counted else 100.0
        print(
            f"{module:<40} {len(counted):>7} {caught:>6} {timeouts:>7} "
            f"{len(counted) - caught:>8} {score:>5.1f}%"
        )
        survivors += sorted((n, s, p) for n, (s, p) in counted.items() if s not in CAUGHT)
    print(f"({seconds} s)")
    for name, status, path in survivors:
        print(f"# {name}: {status}")
        print(get_diff_for_mutant(name, path=path).rstrip())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "?")
