"""Draws the application icon (an org chart on a rounded tile) into resources/icons/."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "orgchart-designer"
# Linux hicolor sizes; Windows .ico takes up to 256; macOS .icns up to 512 (and 1024 for @2x).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)

TILE = QColor("#005eb8")  # a calm NHS-like blue
TOP_BOX = QColor("#ffb81c")  # the manager stands out
BOX = QColor("#ffffff")
LINE = QColor("#ffffff")


def draw_icon(size: int) -> QImage:
    """Draws at the target size (not a downscale) so the 16 px icon stays crisp."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16.0
    _draw_tile(painter, size, unit)
    _draw_chart(painter, unit)
    painter.end()
    return image


def _draw_tile(painter: QPainter, size: int, unit: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TILE)
    painter.drawRoundedRect(QRectF(0, 0, size, size), 3 * unit, 3 * unit)


def _draw_chart(painter: QPainter, unit: float) -> None:
    # On a 16-unit grid: one manager box on top, three report boxes below, joined by a bus.
    # Lines at least 2 px wide, centred on whole pixels, stay sharp at 16 and 32 px.
    pen = QPen(LINE, max(2.0, 1.0 * unit))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    mid_y = 8.0 * unit
    painter.drawLine(QPointF(8 * unit, 6 * unit), QPointF(8 * unit, mid_y))
    painter.drawLine(QPointF(3 * unit, mid_y), QPointF(13 * unit, mid_y))
    for x in (3.0, 8.0, 13.0):
        painter.drawLine(QPointF(x * unit, mid_y), QPointF(x * unit, 10 * unit))
    painter.setPen(Qt.PenStyle.NoPen)
    radius = 0.6 * unit
    painter.setBrush(TOP_BOX)
    painter.drawRoundedRect(QRectF(5 * unit, 2 * unit, 6 * unit, 4 * unit), radius, radius)
    painter.setBrush(BOX)
    for left in (1.0, 6.0, 11.0):
        painter.drawRoundedRect(QRectF(left * unit, 10 * unit, 4 * unit, 4 * unit), radius, radius)


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    drawn = {size: draw_icon(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        drawn[size].save(str(ICON_DIR / f"{NAME}-{size}.png"), "PNG")
    largest = max(ICNS_SIZES)
    # Pillow writes each size it is given, so every entry is the hand-drawn one, not a resample.
    to_pillow(drawn[256]).save(
        ICON_DIR / f"{NAME}.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[to_pillow(drawn[s]) for s in ICO_SIZES],
    )
    to_pillow(drawn[largest]).save(
        ICON_DIR / f"{NAME}.icns", append_images=[to_pillow(drawn[s]) for s in ICNS_SIZES]
    )
    print(f"Wrote icons to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
