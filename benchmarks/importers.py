"""Import a 50,000-row establishment CSV into a proposal file; print its time as a ratio to its floor.

    PYTHONPATH=. .venv/bin/python benchmarks/importers.py [ROWS]

The floor is the least any import must do: Python's csv module reading the file, and sqlite3
writing the same rows into a table in one transaction. The import is what `orgchart import`
does: read, build the proposal, save it. Both are timed in the same run on the same file (best
of three), so the ratio is comparable between machines; the absolute times are for information.
The last line is the ratio, against the target of 5x.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from orgchart_app.importers import import_files
from orgchart_app.storage import save_proposal

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


def floor(path: Path, database: Path) -> int:
    """csv reading the file, and sqlite3 writing its rows into one table in one transaction."""
    database.unlink(missing_ok=True)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = ", ".join(f"c{i} TEXT" for i in range(len(header)))
        marks = ", ".join("?" * len(header))
        db = sqlite3.connect(database)
        try:
            with db:
                db.execute(f"CREATE TABLE rows ({columns})")
                db.executemany(f"INSERT INTO rows VALUES ({marks})", reader)
            return int(db.execute("SELECT count(*) FROM rows").fetchone()[0])
        finally:
            db.close()


def import_and_save(path: Path, database: Path) -> int:
    """What `orgchart import FILE -o OUT.sqlite` does: read, build, save."""
    database.unlink(missing_ok=True)
    result = import_files([path])
    save_proposal(result.proposal, database)
    return result.report.posts_created


def main(rows: int = 50_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "establishment.csv"
        database = Path(folder) / "out.sqlite"
        write_establishment(path, rows)
        assert floor(path, database) == rows
        baseline = best_of(3, lambda: floor(path, database))
        assert import_and_save(path, database) == rows
        imported = best_of(3, lambda: import_and_save(path, database))
        size = path.stat().st_size
    print(f"{rows:,} rows, {size / 1e6:.1f} MB")
    print(f"floor (csv + sqlite3):  {baseline * 1000:8.1f} ms")
    print(f"import and save:        {imported * 1000:8.1f} ms")
    print(f"import/floor at {rows:,} rows: {imported / baseline:.1f}x (target <= 5x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
