"""Import a 50,000-row establishment CSV; print its time as a ratio to csv merely reading the file.

    PYTHONPATH=. python benchmarks/importers.py [ROWS]

Both are timed in the same run on the same file (best of three), so the ratio is comparable
between machines; the absolute times are printed for information only.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from orgchart_app.importers import import_files

HEADER = [
    "Post Number",
    "Job Title",
    "Grade",
    "FTE",
    "Reports To",
    "Directorate",
    "Team",
    "Employer",
    "Vacant",
    "Cost Centre",
    "Employee Name",
    "Employee No",
    "Salary",
]


def write_establishment(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            manager = "" if n == 0 else f"P{(n - 1) // 8:06d}"
            writer.writerow(
                [
                    f"P{n:06d}",
                    f"Officer {n % 300}",
                    f"G{5 + n % 8}",
                    "0.6" if n % 5 == 0 else "1",
                    manager,
                    f"Directorate {n % 6}",
                    f"Team {n % 400}",
                    "Bury Council" if n % 9 else "NHS Bury CCG",
                    "Yes" if n % 13 == 0 else "No",
                    f"CC{n % 50:03d}",
                    f"Person {n}",
                    f"E{n:06d}",
                    f"£{20000 + n % 40000:,}",
                ]
            )


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def read_with_csv(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def main(rows: int = 50_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "establishment.csv"
        write_establishment(path, rows)
        baseline = best_of(3, lambda: read_with_csv(path))
        result = import_files([path])
        assert result.report.posts_created == rows and result.report.reconciles
        imported = best_of(3, lambda: import_files([path]))
        size = path.stat().st_size
    print(f"{rows:,} rows, {size / 1e6:.1f} MB")
    print(f"csv.reader alone:      {baseline * 1000:8.1f} ms")
    print(f"import to a proposal:  {imported * 1000:8.1f} ms")
    print(f"ratio import / csv:    {imported / baseline:8.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
