"""A scenario's structure as headings and nested lists: who reports to whom, in words.

Each unit is a heading (organisations outermost); under it, its posts as a list nested by line
management. A post whose manager sits in another unit says so with a link to that manager, so
the whole reporting line can be followed from the keyboard or a screen reader.
"""

from __future__ import annotations

import re
from html import escape

from orgchart_app.domain.enums import DottedLineKind
from orgchart_app.domain.ids import PostId, ScenarioId, UnitId
from orgchart_app.domain.model import DottedLine, Post, Unit
from orgchart_app.domain.proposal import Proposal
from orgchart_app.domain.wording import fte_text, percent_text
from orgchart_app.exporters.report_parts import post_words

TOP_LEVEL = 3  # units start at <h3>, under the section's <h2>


def anchor(prefix: str, post_ref: str) -> str:
    return f"{prefix}-post-{re.sub(r'[^A-Za-z0-9_-]', '_', post_ref)}"


class StructureList:
    """Writes one scenario's units and posts; `markers` are compare words per post."""

    def __init__(
        self,
        proposal: Proposal,
        scenario_id: ScenarioId,
        prefix: str,
        markers: dict[PostId, str] | None = None,
        names: bool = False,
    ) -> None:
        self.proposal = proposal
        self.prefix = prefix
        self.markers = markers or {}
        self.names = names
        self.units = {u.id: u for u in proposal.units_in(scenario_id)}
        self.children: dict[UnitId | None, list[Unit]] = {}
        for unit in self.units.values():
            parent = unit.parent_id if unit.parent_id in self.units else None
            self.children.setdefault(parent, []).append(unit)
        self.posts = {p.id: p for p in proposal.posts_in(scenario_id)}
        self.by_unit: dict[UnitId, list[Post]] = {}
        self.reports: dict[PostId, list[Post]] = {}
        for post in self.posts.values():
            self.by_unit.setdefault(post.unit_id, []).append(post)
            if post.reports_to_id is not None:
                self.reports.setdefault(post.reports_to_id, []).append(post)
        self.dotted: dict[PostId, list[DottedLine]] = {}
        for line in proposal.dotted_lines_in(scenario_id):
            if line.to_post_id in self.posts:
                self.dotted.setdefault(line.from_post_id, []).append(line)

    def html(self) -> str:
        lines: list[str] = []
        for unit in self.children.get(None, []):
            self._unit(unit, TOP_LEVEL, lines)
        return "\n".join(lines)

    def _unit(self, unit: Unit, level: int, lines: list[str]) -> None:
        tag = f"h{min(level, 6)}"
        lines.append(f'<section class="unit" aria-labelledby="{self._unit_id(unit)}">')
        lines.append(
            f'<{tag} id="{self._unit_id(unit)}">{escape(unit.name)} '
            f'<span class="unit-facts">({escape(self._unit_facts(unit))})</span></{tag}>'
        )
        posts = self.by_unit.get(unit.id, [])
        if posts:
            ids = {p.id for p in posts}
            tops = [p for p in posts if p.reports_to_id not in ids]
            lines.append('<ul class="posts">')
            for post in tops:
                self._post(post, ids, lines)
            lines.append("</ul>")
        for child in self.children.get(unit.id, []):
            self._unit(child, level + 1, lines)
        lines.append("</section>")

    def _unit_id(self, unit: Unit) -> str:
        return f"{self.prefix}-unit-{unit.id}"

    def _unit_facts(self, unit: Unit) -> str:
        organisation = self.proposal.organisations.get(unit.organisation_id)
        facts = [unit.kind.label] + ([organisation.name] if organisation else [])
        if unit.status.value != "in_place":
            facts.append(unit.status.label)
        inside = [p for u in self._subtree(unit.id) for p in self.by_unit.get(u, [])]
        count = sum(p.quantity for p in inside)
        facts.append(
            f"{count} post{'' if count == 1 else 's'}, "
            f"{fte_text(sum(p.total_fte for p in inside))} FTE"
        )
        return ", ".join(facts)

    def _subtree(self, unit_id: UnitId) -> list[UnitId]:
        found = [unit_id]
        for current in found:
            found.extend(u.id for u in self.children.get(current, []))
        return found

    def _post(self, post: Post, same_unit: set[PostId], lines: list[str]) -> None:
        parts = [
            f'<li id="{anchor(self.prefix, post.post_ref)}" data-ref="{escape(post.post_ref)}">',
            f'<span class="title">{escape(post.title)}</span>',
        ]
        marker = self.markers.get(post.id, "")
        if marker:
            parts.append(f' <strong class="marker">[{escape(marker.capitalize())}]</strong>')
        parts.append(
            f' <span class="ref">(post {escape(post.post_ref)})</span>: '
            f'<span class="details">{escape(post_words(self.proposal, post))}</span>'
        )
        if self.names:
            holders = ", ".join(h.name for h in self.proposal.postholders_of(post.id))
            parts.append(
                f'; <span class="holder">postholder: {escape(holders or "none recorded")}</span>'
            )
        manager = self.posts.get(post.reports_to_id) if post.reports_to_id is not None else None
        if manager is not None and manager.id not in same_unit:
            where = self.units.get(manager.unit_id)
            parts.append(
                f'; <span class="manager">reports to the <a href="#'
                f'{anchor(self.prefix, manager.post_ref)}">{escape(manager.title)}</a>'
                f"{' in ' + escape(where.name) if where else ''}</span>"
            )
        parts += [self._dotted_words(line) for line in self.dotted.get(post.id, [])]
        reports = [p for p in self.reports.get(post.id, []) if p.id in same_unit]
        lines.append("".join(parts))
        if reports:
            lines.append(f'<ul aria-label="Reporting to the {escape(post.title)}">')
            for report in reports:
                self._post(report, same_unit, lines)
            lines.append("</ul>")
        lines.append("</li>")

    def _dotted_words(self, line: DottedLine) -> str:
        # In words as well as on the chart: a reader of the list alone must learn of it too.
        target = self.posts[line.to_post_id]
        where = self.units.get(target.unit_id)
        kind = "matrix line" if line.kind is DottedLineKind.MATRIX else "dotted line"
        share = f" ({percent_text(line.share_percent)} of time)" if line.share_percent else ""
        return (
            f'; <span class="dotted">{kind}{share} to the <a href="#'
            f'{anchor(self.prefix, target.post_ref)}">{escape(target.title)}</a>'
            f"{' in ' + escape(where.name) if where else ''}</span>"
        )
