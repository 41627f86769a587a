"""What each post's box says (title, grade, FTE, vacancy, badges) and how big that makes it."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import OrganisationId, PostId, UnitId
from orgchart_app.domain.model import Post
from orgchart_app.domain.wording import fte_text
from orgchart_app.layout.assumed import COUNT_FIELDS, GRADE_FIELDS, assumed_fields, marked
from orgchart_app.layout.model import PostBox, make_post_box, make_rect
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.text import (
    BOX_PADDING,
    LINE_SIZE,
    TITLE_SIZE,
    badges_width,
    fit,
    marker_lines,
    rows_height,
    text_width,
    wrap,
)


def quantity_text(post: Post) -> str:
    if post.quantity > 1:
        return f"x {post.quantity} ({fte_text(post.total_fte)} FTE)"
    if post.fte != 1:
        return f"{fte_text(post.fte)} FTE"
    return ""


class BoxDraft:
    """A box's text and size before it has a place; the engines change only w (stacked leaves
    share their column's width), and placed() makes the PostBox."""

    __slots__ = (
        "post_id",
        "post_ref",
        "unit_id",
        "status",
        "text",
        "w",
        "h",
        "collapsed_posts",
        "collapsed_fte",
    )

    def __init__(
        self,
        post_id: PostId,
        post_ref: str,
        unit_id: UnitId,
        status: PostStatus,
        text: _Text,
        collapsed_posts: int = 0,
        collapsed_fte: float = 0.0,
    ) -> None:
        self.post_id, self.post_ref, self.unit_id, self.status = post_id, post_ref, unit_id, status
        self.text = text
        self.w, self.h = text.w, text.h
        self.collapsed_posts, self.collapsed_fte = collapsed_posts, collapsed_fte

    def placed(self, x: float, y: float) -> PostBox:
        t = self.text
        return make_post_box(
            self.post_id,
            self.post_ref,
            make_rect(x, y, self.w, self.h),
            t.title,
            t.lines,
            self.status,
            self.unit_id,
            t.employer,
            t.deployment,
            t.role,
            t.holder,
            t.marker,
            self.collapsed_posts,
            self.collapsed_fte,
            t.title_lines,
        )


@functools.lru_cache(maxsize=32768)
def _measured(
    title: str,
    lines: tuple[str, ...],
    employer: str,
    deployment: str,
    role: str,
    holder: str,
    marker: str,
    min_width: float,
    max_width: float,
) -> _Text:
    """Measured once per distinct text and box width limits, across layouts: a chart is laid out
    again after every edit, and most of its boxes say what they said before."""
    return _Text(title, lines, employer, deployment, role, holder, marker, min_width, max_width)


class _Text:
    """The text of a box, fitted to its width, and the size that gives; shared by every post
    whose box says the same."""

    __slots__ = (
        "title",
        "title_lines",
        "lines",
        "employer",
        "deployment",
        "role",
        "holder",
        "marker",
        "w",
        "h",
    )

    def __init__(
        self,
        title: str,
        lines: tuple[str, ...],
        employer: str,
        deployment: str,
        role: str,
        holder: str,
        marker: str,
        min_width: float,
        max_width: float,
    ) -> None:
        others = [text_width(line, LINE_SIZE) for line in (*lines, role, holder)]
        others.append(text_width(marker, LINE_SIZE, bold=True))
        others.append(badges_width((employer, deployment)))
        natural = max(text_width(title, TITLE_SIZE, bold=True), *others)
        inner = min(max(natural, min_width - 2 * BOX_PADDING), max_width - 2 * BOX_PADDING)
        self.title = title
        self.title_lines = wrap(title, TITLE_SIZE, inner, bold=True)
        inner = max(inner, *(text_width(line, TITLE_SIZE, bold=True) for line in self.title_lines))
        self.lines = tuple(fit(line, LINE_SIZE, inner) for line in lines)
        self.employer, self.deployment, self.marker = employer, deployment, marker
        self.role = fit(role, LINE_SIZE, inner) if role else ""
        self.holder = fit(holder, LINE_SIZE, inner) if holder else ""
        self.w = round(inner + 2 * BOX_PADDING, 2)
        marker_rows = len(marker_lines(marker, self.w)) if marker else 0
        self.h = round(
            rows_height(
                len(self.title_lines),
                len(lines),
                bool(employer or deployment),
                bool(role),
                bool(holder),
                marker_rows,
            ),
            2,
        )


RING_FENCED = "ring-fenced"


class BoxMaker:
    """Makes each post's box draft. Many posts share a title and grade, so each distinct text is
    measured once."""

    def __init__(
        self,
        proposal: Proposal,
        options: LayoutOptions,
        holders: Mapping[PostId, str],
        markers: Mapping[PostId, str],
    ) -> None:
        self.proposal = proposal
        self.options = options
        self.holders = holders if options.show_names else {}
        self.markers = markers
        self._texts: dict[tuple[object, ...], _Text] = {}
        self._unit_organisation = {u.id: u.organisation_id for u in proposal.units.values()}
        self._short = {o.id: o.short_name for o in proposal.organisations.values()}
        # A proposed post ring-fenced to a group of people says so (issue 14's "ring-fenced:
        # pool A") on any chart of its scenario; a compared chart already says it in the post's
        # change marker (layout/compare.py), so the line is left out there.
        self._fences = {
            post_id: f"{RING_FENCED}: {pool.name}"
            for pool in proposal.pools.values()
            for post_id in pool.post_ids
        }
        # A light mark on each line that rests on an assumption (greyscale safe: a character).
        self._assumed = assumed_fields(proposal) if options.mark_assumed else {}

    def post_box(self, post: Post) -> BoxDraft:
        holder = self.holders.get(post.id, "")
        marker = self.markers.get(post.id, "")
        fence = "" if RING_FENCED in marker else self._fences.get(post.id, "")
        # id(status): the members are singletons, and an Enum's __hash__ is Python code run per post.
        key = (
            post.title,
            post.grade,
            post.quantity,
            post.fte,
            id(post.status),
            post.statutory_role,
            self._unit_organisation.get(post.unit_id),
            post.employer_id,
            post.deployed_to_id,
            holder,
            marker,
            fence,
            self._assumed.get(post.id),
        )
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._text(post, holder, marker, fence)
        return BoxDraft(post.id, post.post_ref, post.unit_id, post.status, text)

    def summary_box(self, manager: Post, posts: int, fte: float) -> BoxDraft:
        """The box standing for a collapsed manager's whole team."""
        noun = "post" if posts == 1 else "posts"
        title = f"+ {posts} {noun} ({fte_text(round(fte, 2))} FTE)"
        return BoxDraft(
            manager.id,
            manager.post_ref,
            manager.unit_id,
            PostStatus.FILLED,
            self._measure(title, (), "", "", "", "", ""),
            posts,
            round(fte, 4),
        )

    def _text(self, post: Post, holder: str, marker: str, fence: str = "") -> _Text:
        unit_organisation = self._unit_organisation.get(post.unit_id)
        employer = self._badge(post.employer_id) if post.employer_id != unit_organisation else ""
        deployment = ""
        if post.deployed_to_id is not None and post.deployed_to_id not in (
            unit_organisation,
            post.employer_id,
        ):
            deployment = self._badge(post.deployed_to_id)
        assumed = self._assumed.get(post.id, frozenset())
        lines = tuple(
            text
            for text in (
                marked(post.grade, bool(assumed & GRADE_FIELDS)),
                marked(quantity_text(post), bool(assumed & COUNT_FIELDS)),
                post.status.label if post.status is not PostStatus.FILLED else "",
                fence,
            )
            if text
        )
        role = (
            post.statutory_role
            if post.statutory_role and post.statutory_role not in post.title
            else ""
        )
        title = marked(post.title, bool(assumed - GRADE_FIELDS - COUNT_FIELDS))
        return self._measure(title, lines, employer, deployment, role, holder, marker)

    def _measure(
        self,
        title: str,
        lines: tuple[str, ...],
        employer: str,
        deployment: str,
        role: str,
        holder: str,
        marker: str,
    ) -> _Text:
        return _measured(
            title,
            lines,
            employer,
            deployment,
            role,
            holder,
            marker,
            self.options.box_min_width,
            self.options.box_max_width,
        )

    def _badge(self, organisation_id: OrganisationId) -> str:
        return self._short.get(organisation_id, "")
