"""The people side of a proposal: outcomes, pools and consultations found by the change they are
for, a copy without people, provenance ids, and whole years and months as the statutes count."""

from __future__ import annotations

import datetime as dt

from orgchart_app.domain import OrganisationKind, Proposal, UnitKind
from orgchart_app.domain.dates import complete_months, complete_years, years_before
from orgchart_app.domain.ids import (
    ConsultationId,
    OutcomeId,
    PoolId,
    PostholderId,
    ProvenanceId,
    ScenarioId,
)
from orgchart_app.domain.outcomes import (
    Consultation,
    Outcome,
    OutcomeKind,
    Pool,
    default_consultation,
)
from orgchart_app.domain.people import without_people
from orgchart_app.domain.provenance import ENTERED_IDS_FROM, Provenance, entered_id
from orgchart_app.domain.tables import Table
from orgchart_app.samples.builder import ProposalBuilder


def two_changes() -> tuple[Proposal, dict[str, int]]:
    """As is (Ann and Bob hold A, Cy holds B) and two proposed structures, each with a pool,
    an outcome for Ann, and (only Option 2) a consultation."""
    b = ProposalBuilder("People")
    council = b.organisation("Bury Council", "BC", OrganisationKind.LOCAL_AUTHORITY)
    now, one, two = b.scenario("As is"), b.scenario("Option 1"), b.scenario("Option 2")
    unit = b.unit(now, "Team", UnitKind.TEAM, council)
    a = b.post(now, "A", unit, council, post_ref="A", holder="Ann")
    b.post(now, "B", unit, council, post_ref="B", holder="Cy")
    p = b.proposal
    ann = next(h.id for h in p.postholders.values() if h.name == "Ann")
    bob = PostholderId(p.next_id(Table.POSTHOLDERS))
    p.postholders[bob] = p.postholders[ann].__class__(bob, a, "Bob")
    for number, scenario in ((1, one), (2, two)):
        pool = PoolId(number)
        p.pools[pool] = Pool(pool, ScenarioId(scenario), f"Pool {number}")
        outcome = OutcomeId(number)
        p.outcomes[outcome] = Outcome(
            outcome, ann, ScenarioId(scenario), OutcomeKind.POOL, pool_id=pool
        )
    p.outcomes[OutcomeId(3)] = Outcome(OutcomeId(3), bob, ScenarioId(one), OutcomeKind.AT_RISK)
    p.consultations[ConsultationId(5)] = Consultation(
        ConsultationId(5), ScenarioId(two), slot_threshold=60.0
    )
    return p, {"now": now, "one": one, "two": two, "ann": ann, "bob": bob}


def test_outcomes_pools_and_consultations_are_found_by_their_change() -> None:
    p, ids = two_changes()
    one, two = ScenarioId(ids["one"]), ScenarioId(ids["two"])
    ann, bob = PostholderId(ids["ann"]), PostholderId(ids["bob"])
    assert p.outcome_of(ann, two) == p.outcomes[OutcomeId(2)]
    assert p.outcome_of(bob, one) == p.outcomes[OutcomeId(3)]
    assert p.outcome_of(bob, two) is None
    assert [o.id for o in p.outcomes_for(one)] == [1, 3]
    assert [pool.name for pool in p.pools_for(two)] == ["Pool 2"]
    assert [o.id for o in p.pool_members(PoolId(1))] == [1]
    assert p.consultation_for(two).slot_threshold == 60.0
    # A change without a consultation of its own is read with the defaults, for that change.
    assert p.consultation_for(one) == Consultation(ConsultationId(0), one)
    assert default_consultation(one) == Consultation(ConsultationId(0), one)
    assert default_consultation(one).slot_threshold == 70.0


def test_the_people_in_a_structure_are_the_holders_of_its_posts() -> None:
    p, ids = two_changes()
    assert sorted(h.name for h in p.postholders_in(ScenarioId(ids["now"]))) == ["Ann", "Bob", "Cy"]
    assert p.postholders_in(ScenarioId(ids["one"])) == []


def test_a_copy_without_people_keeps_everything_else_and_leaves_the_original() -> None:
    p, _ = two_changes()
    before = p.snapshot()
    stripped = without_people(p)
    assert stripped.postholders == {} and stripped.outcomes == {}
    assert (stripped.posts, stripped.pools, stripped.consultations) == (
        p.posts,
        p.pools,
        p.consultations,
    )
    assert p.snapshot() == before and len(p.postholders) == 3


def test_entered_provenance_ids_are_fixed_by_what_they_are_about_and_out_of_the_sequence() -> None:
    # zlib.crc32(b"posts/7/grade") is 0x9A1A2293: modulo 2**30, 0x1A1A2293, then above 2**30.
    assert entered_id("posts", 7, "grade") == 0x40000000 + 0x1A1A2293
    assert entered_id("posts", 7, "grade") != entered_id("posts", 7, "fte")
    assert ENTERED_IDS_FROM <= entered_id("units", 2, "") < 2 * ENTERED_IDS_FROM
    p = Proposal()
    assert p.next_id(Table.PROVENANCE) == 1
    for pid in (ProvenanceId(4), entered_id("posts", 7, "grade"), ProvenanceId(ENTERED_IDS_FROM)):
        p.provenance[pid] = Provenance(pid, "posts", 7, "grade")
    assert p.next_id(Table.PROVENANCE) == 5
    # Other tables count from their largest id, whatever it is.
    p.outcomes[OutcomeId(ENTERED_IDS_FROM)] = Outcome(
        OutcomeId(ENTERED_IDS_FROM), PostholderId(1), ScenarioId(1), OutcomeKind.NO_CHANGE
    )
    assert p.next_id(Table.OUTCOMES) == ENTERED_IDS_FROM + 1


def test_years_before_falls_back_from_29_february() -> None:
    assert years_before(dt.date(2024, 2, 29), 1) == dt.date(2023, 2, 28)
    assert years_before(dt.date(2024, 2, 29), 4) == dt.date(2020, 2, 29)
    assert years_before(dt.date(2021, 6, 30), 5) == dt.date(2016, 6, 30)


def test_complete_years_count_only_whole_ones() -> None:
    born = dt.date(2000, 6, 15)
    assert complete_years(born, dt.date(2020, 6, 15)) == 20  # the birthday itself counts
    assert complete_years(born, dt.date(2020, 6, 14)) == 19
    # Born on 29 February: a year older on 1 March when the year has no 29th (as UK law counts).
    leapling = dt.date(2000, 2, 29)
    assert (
        complete_years(leapling, dt.date(2021, 2, 28)),
        complete_years(leapling, dt.date(2021, 3, 1)),
    ) == (20, 21)


def test_complete_months_count_only_whole_ones() -> None:
    assert complete_months(dt.date(2019, 11, 20), dt.date(2021, 2, 20)) == 15
    assert complete_months(dt.date(2019, 11, 20), dt.date(2021, 2, 19)) == 14
    assert complete_months(dt.date(2020, 1, 31), dt.date(2020, 3, 30)) == 1
