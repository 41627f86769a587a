"""What each post's box says (title, grade, FTE, vacancy, badges) and how big that makes it."""

from __future__ import annotations

from collections.abc import Mapping

from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import PostId
from orgchart_app.domain.model import Post
from orgchart_app.layout.model import PostBox, Rect
from orgchart_app.layout.options import LayoutOptions
from orgchart_app.layout.text import (
    BOX_PADDING,
    LINE_SIZE,
    TITLE_SIZE,
    badges_width,
    box_height,
    fit,
    text_width,
    wrap,
)


def fte_text(fte: float) -> str:
    """FTE as the reports print it: whole numbers bare, others to 2 decimal places at most."""
    return f"{fte:.0f}" if float(fte).is_integer() else f"{fte:.2f}".rstrip("0")


def quantity_text(post: Post) -> str:
    if post.quantity > 1:
        return f"x {post.quantity} ({fte_text(post.total_fte)} FTE)"
    if post.fte != 1:
        return f"{fte_text(post.fte)} FTE"
    return ""


def _short_name(proposal: Proposal, organisation_id: object) -> str:
    organisation = proposal.organisations.get(organisation_id)  # type: ignore[call-overload]
    return organisation.short_name if organisation is not None else ""


def post_box(proposal: Proposal, post: Post, options: LayoutOptions, holders: Mapping[PostId, str],
             marker: str = "") -> PostBox:
    """The box of one post, sized to its text, placed at the origin."""
    unit = proposal.units.get(post.unit_id)
    unit_organisation = unit.organisation_id if unit is not None else None
    employer = _short_name(proposal, post.employer_id) if post.employer_id != unit_organisation else ""
    deployment = ""
    if post.deployed_to_id is not None and post.deployed_to_id not in (unit_organisation, post.employer_id):
        deployment = _short_name(proposal, post.deployed_to_id)
    lines = tuple(text for text in (
        post.grade, quantity_text(post),
        post.status.label if post.status is not PostStatus.FILLED else "",
    ) if text)
    role = post.statutory_role if post.statutory_role and post.statutory_role not in post.title else ""
    holder = holders.get(post.id, "") if options.show_names else ""
    box = PostBox(post_id=post.id, post_ref=post.post_ref, rect=Rect(0, 0, 0, 0), title=post.title,
                  lines=lines, status=post.status, unit_id=post.unit_id, employer_badge=employer,
                  deployment_badge=deployment, statutory_role=role, holder=holder, change_marker=marker)
    return sized(box, options)


def summary_box(manager: Post, posts: int, fte: float, options: LayoutOptions) -> PostBox:
    """The box standing for a collapsed manager's whole team."""
    box = PostBox(post_id=manager.id, post_ref=manager.post_ref, rect=Rect(0, 0, 0, 0),
                  title=f"+ {posts} posts ({fte_text(round(fte, 2))} FTE)", lines=(),
                  status=PostStatus.FILLED, unit_id=manager.unit_id, collapsed_posts=posts,
                  collapsed_fte=round(fte, 4))
    return sized(box, options)


def sized(box: PostBox, options: LayoutOptions) -> PostBox:
    """The box made wide enough for its text (up to the maximum, wrapping the title) and tall
    enough for every row."""
    inner_max = options.box_max_width - 2 * BOX_PADDING
    others = [text_width(line, LINE_SIZE) for line in (*box.lines, box.statutory_role, box.holder,
                                                        box.change_marker)]
    others.append(badges_width((box.employer_badge, box.deployment_badge)))
    natural = max(text_width(box.title, TITLE_SIZE, bold=True), *others)
    inner = min(max(natural, options.box_min_width - 2 * BOX_PADDING), inner_max)
    title_lines = wrap(box.title, TITLE_SIZE, inner, bold=True)
    inner = max(inner, *(text_width(line, TITLE_SIZE, bold=True) for line in title_lines))
    box = _replace(box, title_lines=title_lines,
                   lines=tuple(fit(line, LINE_SIZE, inner) for line in box.lines),
                   statutory_role=fit(box.statutory_role, LINE_SIZE, inner) if box.statutory_role else "",
                   holder=fit(box.holder, LINE_SIZE, inner) if box.holder else "")
    return _replace(box, rect=Rect(0, 0, round(inner + 2 * BOX_PADDING, 2), round(box_height(box), 2)))


def _replace(box: PostBox, **changes: object) -> PostBox:
    from dataclasses import replace
    return replace(box, **changes)  # type: ignore[arg-type]
