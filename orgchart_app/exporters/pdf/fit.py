"""Charts laid out to the page's shape: a chart much wider than the page is laid out again with
its rows of units and reports wrapped narrower, one much taller with its stacks of reports in two
columns, and the one that prints largest is kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from orgchart_app.exporters.pdf.pages import Body
from orgchart_app.exporters.pdf.tile_grid import MAX_SCALE
from orgchart_app.exporters.pdf.tiling import fit_scale
from orgchart_app.layout import Layout, LayoutOptions

LayoutFor = Callable[[LayoutOptions], Layout]
# Wrap widths tried, as shares of the unwrapped chart's width: each is one more layout.
WRAP_SHARES = (0.75, 0.55, 0.4, 0.3, 0.22)
WIDER_THAN_PAGE = 1.2  # charts within this of the page's shape are left as they are
BETTER_BY = 1.05  # a wrapped layout must print this much larger to be preferred
NARROWEST_WRAP = 300.0


def fitted_layout(
    layout_for: LayoutFor, options: LayoutOptions, area: Body, natural: Layout | None = None
) -> Layout:
    """The chart laid out to print as large as it can in `area`: as it comes when its shape
    suits the page, else wrapped into rows so that it approaches the page's aspect ratio."""
    best = natural if natural is not None else layout_for(options)
    if _taller_than(best, area) and options.stack_columns == 1:
        # A long stack of reports: in two columns it is half as tall.
        candidate = layout_for(replace(options, stack_columns=2))
        if fit_scale(candidate, area.w, area.h) > fit_scale(best, area.w, area.h) * BETTER_BY:
            best = candidate
    if not _wider_than(best, area) or options.wrap_width == 0:
        return best
    best_scale, natural_w = fit_scale(best, area.w, area.h), best.width
    tried: set[float] = set()
    for share in WRAP_SHARES:
        wrap = max(round(min(natural_w * share, options.wrap_width)), NARROWEST_WRAP)
        if wrap in tried:
            continue
        tried.add(wrap)
        candidate = layout_for(replace(options, wrap_width=wrap))
        scale = fit_scale(candidate, area.w, area.h)
        if scale > best_scale * BETTER_BY:
            best, best_scale = candidate, scale
        if best_scale >= MAX_SCALE or not _wider_than(candidate, area):
            break  # narrower wraps would only make it taller
    return best


def _wider_than(layout: Layout, area: Body) -> bool:
    """Whether the layout is limited by the page's width, well past the page's shape."""
    if layout.height <= 0 or fit_scale(layout, area.w, area.h) >= MAX_SCALE:
        return False
    return layout.width / layout.height > WIDER_THAN_PAGE * area.w / area.h


def _taller_than(layout: Layout, area: Body) -> bool:
    """Whether the layout is limited by the page's height, well past the page's shape."""
    if layout.width <= 0 or fit_scale(layout, area.w, area.h) >= MAX_SCALE:
        return False
    return layout.height / layout.width > WIDER_THAN_PAGE * area.h / area.w
