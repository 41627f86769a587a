"""Every value of the layouts of the samples and three synthetic charts, to check a refactoring
of layout/ changed nothing a user could see.

Run from the repository root, before and after the change:

    .venv/bin/python scripts/layout_fingerprint.py before.json        # on the old code
    .venv/bin/python scripts/layout_fingerprint.py after.json         # on the new code
    .venv/bin/python scripts/layout_fingerprint.py --compare before.json after.json

Each layout is kept as its repr: every box, container, connector and label, with every float
exactly (repr round-trips floats), in order. --compare names each layout that differs and exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgchart_app.domain import PostId, Proposal  # noqa: E402
from orgchart_app.layout import LayoutOptions, layout_scenario  # noqa: E402
from orgchart_app.layout.compare import layout_comparison  # noqa: E402
from orgchart_app.samples import build_bury, build_manchester  # noqa: E402
from orgchart_app.samples.synthetic import build_synthetic  # noqa: E402


def _managers(proposal: Proposal, count: int) -> frozenset[PostId]:
    """Some managers with teams, spread through the chart, to collapse."""
    managers = sorted({p.reports_to_id for p in proposal.posts.values() if p.reports_to_id})
    return frozenset(managers[:: max(1, len(managers) // count)][:count])


def _variants(proposal: Proposal) -> Iterator[tuple[str, LayoutOptions]]:
    base = LayoutOptions()
    yield "default", base
    yield "two-columns", replace(base, stack_columns=2, stack_from=2)
    yield "collapsed", replace(base, collapsed=_managers(proposal, 5))
    yield (
        "collapsed-kept-heads",
        replace(
            base,
            collapsed=_managers(proposal, 9),
            keep_collapsed_heads=True,
            units_below_leads=False,
        ),
    )
    yield "narrow-wrap", replace(base, wrap_width=600.0, show_names=True)
    yield "graphviz", replace(base, engine="graphviz")


def _charts() -> Iterator[tuple[str, Proposal]]:
    yield "bury", build_bury()
    yield "manchester", build_manchester()
    yield "synthetic-300", build_synthetic(300, seed=1)
    yield (
        "synthetic-1500",
        build_synthetic(1_500, seed=2, organisations=2, pillars=8, dotted_share=0.02),
    )
    yield "synthetic-4000", build_synthetic(4_000, seed=3, cross_pillar_share=0.05)


def fingerprints() -> dict[str, str]:
    found: dict[str, str] = {}
    for chart, proposal in _charts():
        for scenario in proposal.scenarios.values():
            for variant, options in _variants(proposal):
                layout = layout_scenario(proposal, scenario.id, options)
                found[f"{chart}/{scenario.name}/{variant}"] = repr(layout)
            units = [u for u in proposal.units_in(scenario.id) if u.parent_id is not None][:3]
            for unit in units:
                layout = layout_scenario(proposal, scenario.id, LayoutOptions(unit_id=unit.id))
                found[f"{chart}/{scenario.name}/unit-{unit.unit_ref}"] = repr(layout)
        if len(proposal.scenarios) == 2:
            first, second = proposal.scenarios
            before, after = layout_comparison(proposal, first, second, LayoutOptions())
            found[f"{chart}/compare"] = repr((before, after))
    return found


def compare(before: Path, after: Path) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    differ = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(old.keys() & new.keys()) - len(differ)} of {len(old)} layouts identical")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="+", type=Path, help="OUT.json, or BEFORE AFTER with --compare"
    )
    parser.add_argument("--compare", action="store_true", help="compare two fingerprint files")
    args = parser.parse_args()
    if args.compare:
        return compare(*args.files[:2])
    args.files[0].write_text(json.dumps(fingerprints(), indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
