"""The published rules for redundancy and notice, read from resources/rules/redundancy.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from orgchart_app.domain.errors import OrgChartError
from orgchart_app.domain.wording import date_text
from orgchart_app.resources import resource_path


class RuleRefused(OrgChartError):
    """A figure cannot be worked out from what was entered; the message names who and why."""


@dataclass(frozen=True, slots=True)
class WeeklyCap:
    start: dt.date
    amount: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class Band:
    from_age: int
    weeks: Decimal


@dataclass(frozen=True, slots=True)
class Rules:
    qualifying_years: int
    max_years: int
    # Highest age first, so the first band an age reaches is its band.
    bands: tuple[Band, ...]
    notice_max_weeks: int
    caps: tuple[WeeklyCap, ...]
    local_max_weeks: int
    statutory_source: str
    local_source: str

    def cap_on(self, day: dt.date) -> WeeklyCap:
        """The limit on a week's pay for a dismissal on `day`; refused outside the years shipped."""
        earlier = [cap for cap in self.caps if cap.start <= day]
        if not earlier:
            raise RuleRefused(
                f"No statutory limit on a week's pay is known for {date_text(day)}: "
                f"the figures shipped start on {date_text(self.caps[0].start)}."
            )
        latest = max(earlier, key=lambda cap: cap.start)
        if latest is self.caps[-1] and day >= _next_april(latest.start):
            raise RuleRefused(
                f"No statutory limit on a week's pay is known for {date_text(day)}: "
                f"the latest shipped (£{latest.amount}) applies only up to "
                f"{date_text(_next_april(latest.start) - dt.timedelta(days=1))}."
            )
        return latest

    def band_weeks(self, age: int) -> Decimal:
        return next(band.weeks for band in self.bands if age >= band.from_age)


def _next_april(start: dt.date) -> dt.date:
    # The limit changes every 6 April: a cap is known to hold only until the next one.
    return start.replace(year=start.year + 1)


@cache
def rules() -> Rules:
    with resource_path("rules/redundancy.toml").open("rb") as file:
        data = tomllib.load(file)
    statutory, local = data["statutory"], data["local_government"]
    bands = sorted(
        (Band(b["from_age"], Decimal(b["weeks"])) for b in statutory["bands"]),
        key=lambda band: -band.from_age,
    )
    caps = sorted(
        (WeeklyCap(c["from"], Decimal(c["amount"]), c["source"]) for c in data["weekly_cap"]),
        key=lambda cap: cap.start,
    )
    return Rules(
        statutory["qualifying_years"],
        statutory["max_years"],
        tuple(bands),
        statutory["notice_max_weeks"],
        tuple(caps),
        local["max_weeks"],
        statutory["source"],
        local["source"],
    )
