"""What an import did with every row: the reconciliation and the problems, line by line."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ProblemKind(enum.Enum):
    DUPLICATE_REFERENCE = "duplicate reference"
    MISSING_MANAGER = "missing manager"
    AMBIGUOUS_MANAGER = "manager chosen among duplicates"
    CYCLE = "reporting cycle"
    UNREADABLE_NUMBER = "unreadable number"
    DOUBTFUL_NUMBER = "number read one of two ways"
    FORMULA = "formula"
    MISSING_VALUE = "missing value"
    SKIPPED = "row skipped"
    DOTTED_LINE = "dotted line"
    CUT_TEXT = "text cut to fit"
    PERSON_LEFT_OUT = "postholder left out"

    @property
    def label(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Problem:
    """One row the import changed or could not place; `line` is the file's own line (or sheet row)."""

    source: str
    line: int
    kind: ProblemKind
    message: str

    def __str__(self) -> str:
        return f"{self.source} line {self.line}: {self.kind.label}: {self.message}"


@dataclass
class SourceCount:
    """The rows of one input file.

    rows_read counts every non-blank data row (the header and blank lines are not rows);
    rows_read == rows_placed + rows_skipped always holds. A placed row may still carry problems
    (a renamed duplicate, a post left in "Unplaced"): it is in the posts, and it is listed.
    """

    source: str
    rows_read: int = 0
    rows_placed: int = 0
    rows_skipped: int = 0
    blank_lines: int = 0
    encoding: str = ""

    @property
    def reconciles(self) -> bool:
        return self.rows_read == self.rows_placed + self.rows_skipped


@dataclass
class ImportReport:
    sources: list[SourceCount] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # About the whole file (no manager column, say): shown above the reconciliation.
    warnings: list[str] = field(default_factory=list)
    # Boxes made: one per placed establishment row; organogram junior rows share boxes.
    posts_created: int = 0
    units_created: int = 0
    format_name: str = ""
    # Post references of rows skipped on purpose (Eliminated...), so reports to them say why.
    skipped_refs: dict[str, str] = field(default_factory=dict)
    # Whether the file being read writes decimals with a comma ("0,6"); set by its reader.
    decimal_comma: bool = False
    # The releases of a file holding several, oldest first, and the one imported ("" for all).
    releases: list[str] = field(default_factory=list)
    release: str = ""

    @property
    def rows_read(self) -> int:
        return sum(s.rows_read for s in self.sources)

    @property
    def rows_placed(self) -> int:
        return sum(s.rows_placed for s in self.sources)

    @property
    def rows_skipped(self) -> int:
        return sum(s.rows_skipped for s in self.sources)

    @property
    def reconciles(self) -> bool:
        return all(s.reconciles for s in self.sources)

    def add(self, source: str, line: int, kind: ProblemKind, message: str) -> None:
        self.problems.append(Problem(source, line, kind, message))

    def reconciliation_lines(self) -> list[str]:
        lines = []
        for s in self.sources:
            plural = "line" if s.blank_lines == 1 else "lines"
            blank = f" ({s.blank_lines} blank {plural} ignored)" if s.blank_lines else ""
            lines.append(
                f"{s.source} ({s.encoding}): {_counted(s.rows_read, 'row')} read = "
                f"{s.rows_placed} placed + "
                f"{s.rows_skipped} skipped{blank}"
            )
        lines.append(
            f"{_counted(self.posts_created, 'post')} and "
            f"{_counted(self.units_created, 'unit')} created; "
            f"{_counted(len(self.problems), 'problem')} listed."
        )
        return lines

    def release_lines(self) -> list[str]:
        if not self.releases:
            return []
        lines = ["Releases in the file: " + ", ".join(self.releases)]
        if self.release:
            lines.append(
                f"Imported release {self.release} (another with --release DATE; "
                "each as its own scenario with --releases scenarios)."
            )
        else:
            lines.append("Imported each release as its own scenario, named by its date.")
        return lines

    def skipped_lines(self) -> list[Problem]:
        return [p for p in self.problems if p.kind is ProblemKind.SKIPPED]


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
