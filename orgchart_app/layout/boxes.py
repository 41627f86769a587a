"""What each post's box says (title, grade, FTE, vacancy, badges) and how big that makes it."""

from __future__ import annotations

from collections.abc import Mapping

from orgchart_app.domain import Proposal
from orgchart_app.domain.enums import PostStatus
from orgchart_app.domain.ids import PostId, UnitId
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


class BoxMaker:
    """Makes each post's box, sized to its text. Many posts share a title and grade, so sizes are
    worked out once per distinct text."""

    def __init__(self, proposal: Proposal, options: LayoutOptions, holders: Mapping[PostId, str],
                 markers: Mapping[PostId, str]) -> None:
        self.proposal = proposal
        self.options = options
        self.holders = holders
        self.markers = markers
        self._sizes: dict[tuple[object, ...], tuple[tuple[str, ...], tuple[str, ...], str, str, float, float]] = {}

    def post_box(self, post: Post) -> PostBox:
        unit = self.proposal.units.get(post.unit_id)
        unit_organisation = unit.organisation_id if unit is not None else None
        employer = _short_name(self.proposal, post.employer_id) if post.employer_id != unit_organisation else ""
        deployment = ""
        if post.deployed_to_id is not None and post.deployed_to_id not in (unit_organisation, post.employer_id):
            deployment = _short_name(self.proposal, post.deployed_to_id)
        lines = tuple(text for text in (
            post.grade, quantity_text(post),
            post.status.label if post.status is not PostStatus.FILLED else "",
        ) if text)
        role = post.statutory_role if post.statutory_role and post.statutory_role not in post.title else ""
        holder = self.holders.get(post.id, "") if self.options.show_names else ""
        marker = self.markers.get(post.id, "")
        title_lines, lines, role, holder, width, height = self._size(post.title, lines, employer, deployment,
                                                                     role, holder, marker)
        return PostBox(post_id=post.id, post_ref=post.post_ref, rect=Rect(0, 0, width, height), title=post.title,
                       lines=lines, status=post.status, unit_id=post.unit_id, employer_badge=employer,
                       deployment_badge=deployment, statutory_role=role, holder=holder, change_marker=marker,
                       title_lines=title_lines)

    def summary_box(self, manager: Post, posts: int, fte: float) -> PostBox:
        """The box standing for a collapsed manager's whole team."""
        title = f"+ {posts} posts ({fte_text(round(fte, 2))} FTE)"
        title_lines, _lines, _role, _holder, width, height = self._size(title, (), "", "", "", "", "")
        return PostBox(post_id=manager.id, post_ref=manager.post_ref, rect=Rect(0, 0, width, height),
                       title=title, lines=(), status=PostStatus.FILLED, unit_id=manager.unit_id,
                       collapsed_posts=posts, collapsed_fte=round(fte, 4), title_lines=title_lines)

    def _size(self, title: str, lines: tuple[str, ...], employer: str, deployment: str, role: str,
              holder: str, marker: str) -> tuple[tuple[str, ...], tuple[str, ...], str, str, float, float]:
        """The wrapped title, the lines fitted to the width, and the box's width and height: wide
        enough for the text (up to the maximum, wrapping the title), tall enough for every row."""
        key = (title, lines, employer, deployment, role, holder, marker)
        found = self._sizes.get(key)
        if found is not None:
            return found
        options = self.options
        others = [text_width(line, LINE_SIZE) for line in (*lines, role, holder, marker)]
        others.append(badges_width((employer, deployment)))
        natural = max(text_width(title, TITLE_SIZE, bold=True), *others)
        inner = min(max(natural, options.box_min_width - 2 * BOX_PADDING), options.box_max_width - 2 * BOX_PADDING)
        title_lines = wrap(title, TITLE_SIZE, inner, bold=True)
        inner = max(inner, *(text_width(line, TITLE_SIZE, bold=True) for line in title_lines))
        lines = tuple(fit(line, LINE_SIZE, inner) for line in lines)
        role = fit(role, LINE_SIZE, inner) if role else ""
        holder = fit(holder, LINE_SIZE, inner) if holder else ""
        probe = PostBox(post_id=PostId(0), post_ref="", rect=Rect(0, 0, 0, 0), title=title, lines=lines,
                        status=PostStatus.FILLED, unit_id=UnitId(0), employer_badge=employer,
                        deployment_badge=deployment, statutory_role=role, holder=holder, change_marker=marker,
                        title_lines=title_lines)
        found = (title_lines, lines, role, holder, round(inner + 2 * BOX_PADDING, 2), round(box_height(probe), 2))
        self._sizes[key] = found
        return found
