"""File > Export Picture and Edit > Copy Chart as Picture: the chart for slides and email."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QRectF, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMainWindow

from orgchart_app.domain.errors import OrgChartError
from orgchart_app.exporters.output_file import write_bytes, write_text
from orgchart_app.layout import Layout, Rect
from orgchart_app.ui.canvas.pane import ChartPane
from orgchart_app.ui.canvas.scene import LayoutScene
from orgchart_app.ui.dialogs.prompts import ErrorMessage, SaveExport
from orgchart_app.ui.menus.actions import Actions
from orgchart_app.ui.window.central import CentralArea
from orgchart_app.ui.window.document import DocumentController

if TYPE_CHECKING:  # the pictures are drawn by the PDF machinery, loaded when first asked for
    from orgchart_app.exporters.picture import Picture

SVG_MIME = "image/svg+xml"
PICTURE_KINDS = (("PNG picture", ".png"), ("SVG picture, text kept as text", ".svg"))
EXPORT_DPI = 200.0
MARGIN = 12.0  # round a selection, so its boxes' borders are not cut


class PictureActions(QObject):
    status = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        document: DocumentController,
        central: CentralArea,
        actions: Actions,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._central = central
        actions.copy_picture.triggered.connect(self.copy_picture)
        actions.export_picture.triggered.connect(self.export_picture)

    def copy_picture(self) -> None:
        """The selected posts (or, with none selected, what is in view) as PNG and SVG."""
        from orgchart_app.exporters.picture import comfortable_dpi, png_bytes, svg_text

        picture = self._picture(visible=True)
        if picture is None:
            self.status.emit("There is no chart to copy yet.")
            return
        mime = QMimeData()
        mime.setData(SVG_MIME, svg_text(picture).encode("utf-8"))
        mime.setImageData(QImage.fromData(png_bytes(picture, comfortable_dpi(picture))))
        QGuiApplication.clipboard().setMimeData(mime)
        self.status.emit(
            "Copied the chart as a picture (PNG and SVG): paste it into a slide or an email."
        )

    def export_picture(self) -> None:
        """The whole chart shown (or both sides when comparing) to a PNG or SVG file."""
        from orgchart_app.exporters.picture import comfortable_dpi, png_bytes, svg_text

        picture = self._picture(visible=False)
        if picture is None:
            self.status.emit("There is no chart to export yet.")
            return
        path = SaveExport.ask(
            self._window, "Export picture", self._suggested(picture), PICTURE_KINDS
        )
        if path is None:
            return
        try:
            if path.suffix.lower() == ".svg":
                write_text(path, svg_text(picture))
            else:
                write_bytes(
                    path, png_bytes(picture, min(EXPORT_DPI, comfortable_dpi(picture, 600)))
                )
        except OrgChartError as error:
            ErrorMessage.ask(self._window, "Export picture", str(error))
            return
        self.status.emit(f'Exported "{path.name}".')

    def _suggested(self, picture: Picture) -> Path:
        folder = self._document.path.parent if self._document.path else Path.home()
        name = picture.title.split(": ", 1)[-1].replace(" and ", " vs ")
        return folder / f"{name}.png"

    def _picture(self, visible: bool) -> Picture | None:
        from orgchart_app.exporters.picture import shown_picture

        sides = [
            (scene.layout, self._window_of(scene, pane) if visible else _whole(scene.layout))
            for scene, pane in self._shown()
            if scene.layout is not None and scene.layout.boxes
        ]
        if not sides:
            return None
        return shown_picture(self._document.proposal, sides)

    def _shown(self) -> list[tuple[LayoutScene, ChartPane]]:
        central = self._central
        if central.showing() is central.compare:
            return [
                (side.scene, side.pane) for side in (central.compare.before, central.compare.after)
            ]
        if central.showing() is central.chart:
            return [(central.chart.chart, central.chart)]
        return []

    def _window_of(self, scene: LayoutScene, pane: ChartPane) -> Rect:
        selected = scene.selected_post_ids()
        if selected:
            area = scene.rect_of(selected).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        else:
            area = pane.mapToScene(pane.viewport().rect()).boundingRect()
        assert scene.layout is not None
        bounds = QRectF(0, 0, scene.layout.width, scene.layout.height)
        area = area.intersected(bounds) if area.intersects(bounds) else bounds
        return Rect(area.x(), area.y(), area.width(), area.height())


def _whole(layout: Layout) -> Rect:
    return Rect(0.0, 0.0, layout.width, layout.height)
