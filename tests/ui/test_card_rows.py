"""Cards and unit titles keep what they measured while they only move, and still draw exactly
what their values say."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from orgchart_app.domain import PostId, UnitId
from orgchart_app.domain.enums import PostStatus, UnitKind, UnitStatus
from orgchart_app.layout.model import PostBox, Rect, UnitContainer
from orgchart_app.ui.canvas.items import PostItem
from orgchart_app.ui.canvas.unit_items import UnitTitleItem

BOX = PostBox(
    post_id=PostId(1),
    post_ref="P1",
    rect=Rect(10.0, 20.0, 160.0, 60.0),
    title="Head of Housing",
    lines=("Grade 9", "1.0 FTE"),
    status=PostStatus.FILLED,
    unit_id=UnitId(1),
    title_lines=("Head of Housing",),
)


def _picture(box: PostBox, item: PostItem | None = None) -> QImage:
    """The card drawn alone at 2x, from its own corner: the same picture wherever it stands."""
    scene = QGraphicsScene()
    item = item or PostItem(box)
    scene.addItem(item)
    image = QImage(340, 140, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    source = QRectF(box.rect.x - 5, box.rect.y - 5, 170.0, 70.0)
    scene.render(painter, QRectF(0, 0, 340, 140), source)
    painter.end()
    scene.removeItem(item)
    return image


def test_a_moved_card_paints_as_a_card_made_in_its_new_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    item = PostItem(BOX)
    _picture(BOX, item)  # its rows laid out
    moved = replace(BOX, rect=Rect(400.0, 300.0, 160.0, 60.0))
    item.set_box(moved)
    assert _picture(moved, item) == _picture(moved)


def test_a_moved_and_retitled_card_paints_its_new_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    item = PostItem(BOX)
    before = _picture(BOX, item)
    retitled = replace(
        BOX,
        rect=Rect(400.0, 300.0, 160.0, 60.0),
        title="Head of Planning",
        title_lines=("Head of Planning",),
        lines=("Grade 10", "0.5 FTE"),
    )
    item.set_box(retitled)
    after = _picture(retitled, item)
    assert after != before
    assert after == _picture(retitled)


UNIT = UnitContainer(
    unit_id=UnitId(1),
    unit_ref="U1",
    parent_id=None,
    rect=Rect(0.0, 0.0, 400.0, 200.0),
    title="Housing",
    kind=UnitKind.PILLAR,
    status=UnitStatus.IN_PLACE,
    title_lines=("Housing",),
)


def test_a_renamed_unit_s_title_is_measured_as_a_new_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    title = UnitTitleItem(UNIT)
    renamed = replace(
        UNIT,
        rect=Rect(50.0, 80.0, 400.0, 200.0),
        title="Housing and Neighbourhood Services",
        title_lines=("Housing and Neighbourhood", "Services"),
    )
    title.set_container(renamed)
    fresh = UnitTitleItem(renamed)
    assert title.boundingRect() == fresh.boundingRect()
    assert title.boundingRect().height() > UnitTitleItem(UNIT).boundingRect().height()
    assert title.pos() == fresh.pos()
