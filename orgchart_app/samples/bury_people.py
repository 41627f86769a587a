"""Bury's fictional staff and the outcomes the report gives them (seed 002)."""

from __future__ import annotations

from orgchart_app.domain.proposal import Proposal
from orgchart_app.samples.people import add_fictional_staff, pool_of, propose_the_rest

# The 18 filled posts the report deletes (002, s.7: 21 FTE; s.4.1: three of them vacant) and the teams
# it moves with their staff (002, 5.1: Personalisation & Support to Finance; Brokerage to the
# Intermediate Tier), each held by a fictional person.
DELETED_FILLED = (
    "BC-1010",
    "BC-1011",
    "BC-1012",
    "BC-1013",
    "BC-1020",
    "BC-1021",
    "BC-1022",
    "BC-1030",
    "BC-1040",
)
MOVING_TEAMS = ("BC-1060", "BC-1061", "BC-1062", "BC-1070", "BC-1071")
SICM_POOL = (
    'The report fills these posts "from within the current social care management roles" '
    "(002, 5.3). Which roles those are is this sample's assumption: the managers and leads of "
    "the Provider Relationship and Strategic Planning & Development teams."
)


def add_staff(p: Proposal, as_is: str) -> None:
    add_fictional_staff(p, as_is, DELETED_FILLED + MOVING_TEAMS)


def add_outcomes(p: Proposal, to_be: str) -> None:
    """The four new Senior Integrated Commissioning Manager posts ring-fenced to the social
    care managers (002, 5.3), left proposed as the report does not name them; the designer's
    proposals for everyone else affected, also left for the user to confirm."""
    pool_of(
        p,
        to_be,
        "Pool A",
        ("NEW-75", "NEW-76", "NEW-77", "NEW-78"),
        ("BC-1010", "BC-1020", "BC-1011", "BC-1012", "BC-1021"),
        "Fair selection in line with Council policy and procedures (002, Equality Analysis)",
        SICM_POOL,
        "Assumed to be in the pool: 5.3 of the report names no roles (see the pool's notes).",
    )
    propose_the_rest(p, to_be)
