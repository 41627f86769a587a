"""The shipped pay scales and on-cost rates against published anchor figures.

Anchors: NJC for Local Government Services pay agreements (LGA, "NJC pay scales"): 2023/24 SCP 2
£22,366 and SCP 43 £51,515; 2024/25 = 2023/24 + £1,290, SCP 2 £23,656; 2025/26 = 2024/25 + 3.2%.
NHS Employers "Pay scales for 2023/24" Band 2 £22,383, Band 5 £28,407-£34,581; 2024/25 Band 2
£23,615, Band 5 £29,970-£36,483; 2025/26 Band 2 £24,465, Band 5 from £31,049. HMRC "Rates and
thresholds for employers": 13.8% above £9,100 (2023/24, 2024/25); 15% above £5,000 (2025/26).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from orgchart_app.domain.shipped_pay import ShippedKind, shipped_on_costs, shipped_scale
from orgchart_app.resources import resource_path


@pytest.fixture(autouse=True)
def read_afresh() -> Iterator[None]:
    """Each test reads the data files itself, not what an earlier test or import cached."""
    shipped_scale.cache_clear()
    shipped_on_costs.cache_clear()
    yield


def _points(kind: ShippedKind) -> dict[tuple[str, int], Decimal]:
    return {(p.pay_year, p.point): p.salary for p in shipped_scale(kind).points}


def test_njc_spine_matches_the_published_anchors() -> None:
    njc = _points(ShippedKind.NJC)
    assert njc["2023/24", 2] == 22366 and njc["2023/24", 43] == 51515
    assert njc["2024/25", 2] == 23656
    assert all(njc["2024/25", p] - njc["2023/24", p] == 1290 for p in range(2, 44))
    assert all(
        abs(njc["2025/26", p] - njc["2024/25", p] * Decimal("1.032")) <= 1 for p in range(2, 44)
    )
    assert ("2023/24", 1) not in njc  # SCP 1 was deleted from 1 April 2023


def test_afc_bands_match_the_published_anchors() -> None:
    afc = _points(ShippedKind.AFC)
    assert (afc["2023/24", 201], afc["2023/24", 501], afc["2023/24", 502]) == (22383, 28407, 34581)
    assert (afc["2024/25", 201], afc["2024/25", 501], afc["2024/25", 502]) == (23615, 29970, 36483)
    assert (afc["2025/26", 201], afc["2025/26", 501]) == (24465, 31049)
    bands = [g.code for g in shipped_scale(ShippedKind.AFC).grades]
    assert bands[:2] == ["Band 2", "Band 3"] and "Band 8a" in bands and bands[-1] == "Band 9"


def test_employer_ni_matches_hmrc() -> None:
    rates = shipped_on_costs()
    assert [(r.ni_rate, r.ni_threshold) for r in rates.values()] == [
        (Decimal("0.138"), 9100),
        (Decimal("0.138"), 9100),
        (Decimal("0.15"), 5000),
    ]
    assert all(r.levy_rate == Decimal("0.005") for r in rates.values())


def test_every_data_file_cites_its_source_and_marks_unchecked_figures() -> None:
    for name in ("njc_spine.csv", "afc_bands.csv", "employer_ni.csv", "nhs_pension.csv"):
        text = resource_path(f"pay_data/{name}").read_text(encoding="utf-8")
        assert "Source" in text, name
        rows = [line for line in text.splitlines() if line and not line.startswith("#")][1:]
        assert all(line.rsplit(",", 1)[1] in ("published", "derived") for line in rows), name
    njc = shipped_scale(ShippedKind.NJC)
    assert "not checked against the published table: 42 figures of 2025/26" in njc.description(
        ("2025/26",)
    )
    assert "not checked" not in njc.description(("2023/24",)).split("status:")[0]


def test_afc_bands_run_on_points_by_their_number_and_letter() -> None:
    grades = {g.code: (g.bottom_point, g.top_point) for g in shipped_scale(ShippedKind.AFC).grades}
    assert [
        grades[band] for band in ("Band 2", "Band 5", "Band 8a", "Band 8b", "Band 8d", "Band 9")
    ] == [
        (201, 202),
        (501, 502),
        (811, 812),
        (821, 822),
        (841, 842),
        (901, 902),
    ]


def test_only_the_figures_marked_derived_are_derived() -> None:
    for kind, rows in ((ShippedKind.AFC, 7), (ShippedKind.NJC, 42)):
        scale = shipped_scale(kind)
        derived = [p for p in scale.points if p.derived]
        figures = 2 * rows if kind is ShippedKind.AFC else rows  # a band's bottom and top
        assert len(derived) == figures and {p.pay_year for p in derived} == {"2025/26"}
        assert f"table: {figures} figures of 2025/26." in scale.description(("2024/25", "2025/26"))
        # The years chosen without a derived figure carry the source alone.
        assert scale.description(("2023/24", "2024/25")) == scale.source


def test_the_source_is_the_header_comment_as_one_text() -> None:
    source = shipped_scale(ShippedKind.NJC).source
    assert source.startswith(
        "NJC pay spine for local government services (England and Wales): spinal column points "
        "2-43, annual full-time salary in pounds. SCP 1 was deleted from 1 April 2023. Sources:"
    )
    assert "#" not in source and source.endswith(": unverified.")
