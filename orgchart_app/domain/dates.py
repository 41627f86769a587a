"""Whole years and months between dates, as service and ages are counted by the statutes."""

from __future__ import annotations

import datetime as dt


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day `years` earlier (29 February falls back to the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def complete_years(start: dt.date, end: dt.date) -> int:
    """Whole years from `start` to `end`: service counted as the statute counts it."""
    years = end.year - start.year
    return years - 1 if years_before(end, years) < start else years


def complete_months(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months
