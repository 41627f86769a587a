"""The pay scales and on-cost rates that ship with the program, read from resources/pay_data.

Each data file says where its figures come from in its header comment, and marks every figure
"published" or "derived" (worked out by an award rule, not checked against the published table).
The source and the derived figures travel into the proposal's pay scale description, so a cost
never presents a derived figure as a published one.
"""

from __future__ import annotations

import csv
import enum
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from orgchart_app.resources import resource_path


class ShippedKind(enum.Enum):
    NJC = "njc"
    AFC = "afc"
    SENIOR = "senior"


@dataclass(frozen=True, slots=True)
class ShippedPoint:
    pay_year: str
    point: int
    salary: Decimal
    derived: bool


@dataclass(frozen=True, slots=True)
class ShippedGrade:
    code: str
    bottom_point: int
    top_point: int


@dataclass(frozen=True, slots=True)
class ShippedScale:
    kind: ShippedKind
    name: str
    framework: str
    source: str
    points: tuple[ShippedPoint, ...]
    grades: tuple[ShippedGrade, ...]

    @property
    def years(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.pay_year for p in self.points))

    def description(self, years: tuple[str, ...]) -> str:
        """The source, and which of the chosen years' figures are derived rather than published."""
        derived = [p for p in self.points if p.derived and p.pay_year in years]
        if not derived:
            return self.source
        by_year = {p.pay_year for p in derived}
        return (
            f"{self.source} Derived by the award rule, not checked against the published "
            f"table: {len(derived)} figures of {', '.join(sorted(by_year))}."
        )


@dataclass(frozen=True, slots=True)
class ShippedOnCosts:
    """HMRC's employer NI and the apprenticeship levy for one tax year, and the NHS Pension rates."""

    pay_year: str
    ni_rate: Decimal
    ni_threshold: Decimal
    levy_rate: Decimal
    nhs_paid_rate: Decimal
    nhs_full_rate: Decimal
    ni_source: str
    nhs_source: str


SENIOR_SOURCE = (
    "Senior salaries: local grades paid as a salary range (chief officer, SS, VSM), "
    "entered by the user; no national scale."
)


def _read(name: str) -> tuple[str, list[dict[str, str]]]:
    """The header comment as one sentence-like text, and the rows."""
    text = resource_path(f"pay_data/{name}").read_text(encoding="utf-8").splitlines()
    comment = " ".join(line.lstrip("# ").strip() for line in text if line.startswith("#"))
    rows = list(csv.DictReader(line for line in text if not line.startswith("#")))
    return comment, rows


def _band_points(band: str) -> tuple[int, int]:
    # A band's bottom and top as points: Band 5 is 501/502, Band 8a 811/812, Band 8d 841/842.
    number = band.removeprefix("Band ").strip()
    base = int(number[0]) * 10 + ("abcd".index(number[1]) + 1 if len(number) > 1 else 0)
    return base * 10 + 1, base * 10 + 2


def _afc_points(rows: list[dict[str, str]]) -> Iterator[ShippedPoint]:
    for row in rows:
        bottom, top = _band_points(row["band"])
        derived = row["status"] == "derived"
        yield ShippedPoint(row["pay_year"], bottom, Decimal(row["bottom"]), derived)
        yield ShippedPoint(row["pay_year"], top, Decimal(row["top"]), derived)


@cache
def shipped_scale(kind: ShippedKind) -> ShippedScale:
    if kind is ShippedKind.SENIOR:
        return ShippedScale(kind, "Senior salaries", "local", SENIOR_SOURCE, (), ())
    if kind is ShippedKind.NJC:
        source, rows = _read("njc_spine.csv")
        points = tuple(
            ShippedPoint(
                r["pay_year"], int(r["point"]), Decimal(r["salary"]), r["status"] == "derived"
            )
            for r in rows
        )
        return ShippedScale(kind, "NJC pay spine", "NJC", source, points, ())
    source, rows = _read("afc_bands.csv")
    bands = dict.fromkeys(r["band"] for r in rows)
    grades = tuple(ShippedGrade(band, *_band_points(band)) for band in bands)
    return ShippedScale(
        kind, "NHS Agenda for Change", "AfC", source, tuple(_afc_points(rows)), grades
    )


@cache
def shipped_on_costs() -> dict[str, ShippedOnCosts]:
    """The shipped rates by pay year (2023/24 onwards)."""
    ni_source, ni_rows = _read("employer_ni.csv")
    nhs_source, nhs_rows = _read("nhs_pension.csv")
    nhs = {r["pay_year"]: r for r in nhs_rows}
    return {
        r["pay_year"]: ShippedOnCosts(
            r["pay_year"],
            Decimal(r["ni_rate"]),
            Decimal(r["secondary_threshold"]),
            Decimal(r["apprenticeship_levy_rate"]),
            Decimal(nhs[r["pay_year"]]["paid_rate"]),
            Decimal(nhs[r["pay_year"]]["full_rate"]),
            ni_source,
            nhs_source
            + (
                " (this year's rates: unverified)"
                if nhs[r["pay_year"]]["status"] == "derived"
                else ""
            ),
        )
        for r in ni_rows
    }
