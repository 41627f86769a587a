"""Where a reader starts a chart too large to read whole: the head of the largest tree drawn.

One organisation has one head at the top. Several side by side (a council, its NHS partners, a
one-post provider) each have their own; the topmost card may be a small partner's, at the far
edge of the chart, which is not where a reader of the restructure starts.
"""

from __future__ import annotations

from orgchart_app.domain import PostId
from orgchart_app.layout.model import ConnectorKind, Layout, PostBox

_LINES_OF_MANAGEMENT = frozenset({ConnectorKind.REPORTS_TO, ConnectorKind.TEMPORARY})


def reading_start(layout: Layout) -> PostBox | None:
    """The head with the most posts beneath it (a folded branch's posts counted); among equals
    the topmost, then the most central, as a single organisation's head is."""
    cards = {box.post_id: box for box in layout.boxes if not box.is_summary}
    if not cards:
        return None
    reports: dict[PostId, list[PostId]] = {}
    managed: set[PostId] = set()
    for line in layout.connectors:
        if line.kind in _LINES_OF_MANAGEMENT and line.from_post_id != line.to_post_id:
            reports.setdefault(line.from_post_id, []).append(line.to_post_id)
            managed.add(line.to_post_id)
    folded = {box.post_id: box.collapsed_posts for box in layout.boxes if box.is_summary}
    middle = layout.width / 2

    def posts_beneath(head: PostId) -> int:
        # A walk, not recursion: a 10,000-post chart's branches run deep.
        count, waiting, seen = 0, [head], {head}
        while waiting:
            post_id = waiting.pop()
            count += 1 + folded.get(post_id, 0)
            for report in reports.get(post_id, ()):
                if report not in seen:
                    seen.add(report)
                    waiting.append(report)
        return count

    heads = [box for post_id, box in cards.items() if post_id not in managed]
    return min(
        heads or cards.values(),
        key=lambda b: (-posts_beneath(b.post_id), round(b.rect.y), abs(b.rect.centre[0] - middle)),
    )
