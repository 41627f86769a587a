"""Prints the score of each mutated module and every surviving mutant (run by scripts/mutation.sh)."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict

# What mutmut reports per mutant; a timeout is a caught change too (the mutant ran forever).
CAUGHT = {"killed", "timeout", "caught by type check", "segfault"}
NOT_COUNTED = {"skipped", "not checked"}


def _statuses() -> dict[str, str]:
    out = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        check=True, capture_output=True, text=True,
    ).stdout
    statuses: dict[str, str] = {}
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep:
            statuses[name] = status
    return statuses


def _module(mutant: str) -> str:
    return mutant.rsplit(".", 1)[0]


def main(seconds: str) -> None:
    by_module: dict[str, dict[str, str]] = defaultdict(dict)
    for name, status in _statuses().items():
        by_module[_module(name)][name] = status
    print(f"{'module':<40} {'mutants':>7} {'caught':>6} {'timeout':>7} {'survived':>8} {'score':>6}")
    survivors: list[str] = []
    for module, mutants in sorted(by_module.items()):
        counted = {n: s for n, s in mutants.items() if s not in NOT_COUNTED}
        caught = sum(s in CAUGHT for s in counted.values())
        timeouts = sum(s == "timeout" for s in counted.values())
        score = 100.0 * caught / len(counted) if counted else 100.0
        print(f"{module:<40} {len(counted):>7} {caught:>6} {timeouts:>7} "
              f"{len(counted) - caught:>8} {score:>5.1f}%")
        survivors += sorted(n for n, s in counted.items() if s not in CAUGHT)
    print(f"({seconds} s)")
    for name in survivors:
        shown = subprocess.run(
            [sys.executable, "-m", "mutmut", "show", name], check=True, capture_output=True, text=True,
        ).stdout
        print(shown.rstrip())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "?")
