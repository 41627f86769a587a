"""The numbers a proposal can mean: the ranges the file format allows (docs/FILE_FORMAT.md)."""

from __future__ import annotations

# Inclusive ranges, by field name. The ends are generous (a post of 100 FTE, a £10m salary)
# and exist so that no sum over a whole scenario can overflow, lose its pennies or make a
# costing step meaningless. Storage refuses a file with a number outside them and never
# writes one; importers read such a number as unreadable.
MONEY = (0.0, 10_000_000.0)
_BUDGET = (-1_000_000_000.0, 1_000_000_000.0)
_RATE = (0.0, 1.0)
_POINT = (0.0, 100_000.0)
QUANTITY = (0.0, 1_000_000.0)
RANGES: dict[str, tuple[float, float]] = {
    "fte": (0.0, 100.0),
    "quantity": QUANTITY,
    "salary": MONEY,
    "min_salary": MONEY,
    "max_salary": MONEY,
    "ni_threshold": MONEY,
    "ni_rate": _RATE,
    "pension_rate": _RATE,
    "pension_full_rate": _RATE,
    "apprenticeship_levy_rate": _RATE,
    "point": _POINT,
    "bottom_point": _POINT,
    "top_point": _POINT,
    "basic_pay": _BUDGET,
    "national_insurance": _BUDGET,
    "superannuation": _BUDGET,
    "other": _BUDGET,
    "share_percent": (0.0, 100.0),
    "age": (0.0, 120.0),
    "spinal_point": _POINT,
    "pension_strain": MONEY,
    "job_match": (0.0, 100.0),
    "slot_threshold": (0.0, 100.0),
    "other_redundancies": QUANTITY,
    "multiplier": (1.0, 104.0),
    "contractual_notice_weeks": (0.0, 104.0),
}
# The smallest amount other than 0 that a field may hold: a penny of salary, a few seconds a
# week of FTE. Anything smaller is a crafted value, and costing it (1% of it divided into a
# budget's headroom) overflows a decimal.
SMALLEST: dict[str, float] = {
    "fte": 0.0001,
    "salary": 0.01,
    "min_salary": 0.01,
    "max_salary": 0.01,
}
