"""File > Export Picture and Edit > Copy Chart as Picture, through the menus, keys and mouse."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from orgchart_app.ui.dialogs.prompts import ErrorMessage, SaveExport
from orgchart_app.ui.window.main_window import MainWindow

SVG = "{http://www.w3.org/2000/svg}"

# A placeholder post (the report does not describe the Finance Department): marked assumed.
HEAD_OF_FINANCE = "Head of Finance \N{DAGGER}"


def texts_of(svg: bytes | str) -> list[str]:
    root = ET.fromstring(svg)
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def menu_action(window: MainWindow, menu: str, text: str):  # type: ignore[no-untyped-def]
    chosen = getattr(window.menus, menu)
    return next(a for a in chosen.actions() if a.text().replace("&", "") == text)


def laid_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: not window.central.busy and window.central.chart.chart.layout is not None
    )


def clipboard_svg() -> bytes:
    data = QApplication.clipboard().mimeData()
    assert data.hasFormat("image/svg+xml") and data.hasImage()
    return bytes(data.data("image/svg+xml"))


def test_copy_a_clicked_post_as_picture_puts_png_and_svg_of_it_on_the_clipboard(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    laid_out(qtbot, window)
    view = window.central.chart
    layout = view.chart.layout
    box = next(b for b in layout.boxes if b.title == HEAD_OF_FINANCE)
    view.centerOn(box.rect.centre[0], box.rect.centre[1])
    at = view.mapFromScene(box.rect.centre[0], box.rect.centre[1])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert len(window.document.selection) == 1

    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    texts = texts_of(clipboard_svg())
    assert HEAD_OF_FINANCE in texts
    assert not any("Executive Director" in t for t in texts)  # far off: not part of the selection
    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() > 100
    assert window.statusBar().currentMessage().startswith("Copied the chart as a picture")


def test_copy_with_nothing_selected_takes_the_view(qtbot, bury_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    laid_out(qtbot, window)
    view = window.central.chart
    window.document.select([])
    view.resetTransform()
    view.scale(2.0, 2.0)
    # The title may carry the dagger of an assumed value (the sample's Brokerage lines are).
    box = next(
        b for b in view.chart.layout.boxes if b.title.startswith("Brokerage Relationship Officer")
    )
    view.centerOn(box.rect.centre[0], box.rect.centre[1])
    menu_action(window, "edit", "Copy Chart as Picture").trigger()
    texts = texts_of(clipboard_svg())
    assert any(t.startswith("Brokerage Relationship Officer") for t in texts)
    assert not any("Executive Director" in t for t in texts)

    window.menu_actions.zoom_fit.trigger()
    menu_action(window, "edit", "Copy Chart as Picture").trigger()
    assert any("Executive Director" in t for t in texts_of(clipboard_svg()))


def test_copy_while_comparing_takes_both_sides_with_their_names(
    qtbot, bury_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    window.menu_actions.compare.trigger()
    compare = window.central.compare
    qtbot.waitUntil(lambda: not compare.busy and compare.after.scene.layout is not None)
    compare.zoom_to_fit()
    menu_action(window, "edit", "Copy Chart as Picture").trigger()
    svg = clipboard_svg()
    texts = texts_of(svg)
    assert texts[0] == "As is" and "To be" in texts
    assert "NEW" in texts and "DELETED" in texts
    assert "Changes from As is to To be" in (ET.fromstring(svg).findtext(f"{SVG}desc") or "")


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_export_picture_writes_the_whole_chart(
    qtbot, bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    laid_out(qtbot, window)
    window.central.chart.scale(4.0, 4.0)  # zoomed in: the export is still the whole chart
    target = tmp_path / f"chart{suffix}"
    asked: list[Path] = []

    def ask(cls: type, parent: object, title: str, suggested: Path, kinds: object) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(SaveExport, "ask", classmethod(ask))
    menu_action(window, "file", "Export Picture...").trigger()
    assert asked and asked[0].name == "As is.png"
    assert window.statusBar().currentMessage() == f'Exported "chart{suffix}".'
    if suffix == ".svg":
        texts = texts_of(target.read_bytes())
        titles = {b.title for b in window.central.chart.chart.layout.boxes}
        assert any("Executive Director" in t for t in texts) and HEAD_OF_FINANCE in titles
        assert HEAD_OF_FINANCE in texts
    else:
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_picture_to_a_missing_folder_says_so_and_writes_nothing(
    qtbot, bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    laid_out(qtbot, window)
    monkeypatch.setattr(
        SaveExport,
        "ask",
        classmethod(lambda cls, parent, title, suggested, kinds: tmp_path / "gone" / "c.png"),
    )
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorMessage, "ask", classmethod(lambda cls, parent, title, text: shown.append(text))
    )
    window.menu_actions.export_picture.trigger()
    assert len(shown) == 1 and "does not exist" in shown[0]
    assert not (tmp_path / "gone").exists()


def test_export_word_while_comparing_writes_the_pack(
    qtbot, bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    window = bury_window
    window.menu_actions.compare.trigger()
    target = tmp_path / "pack.docx"
    monkeypatch.setattr(
        SaveExport, "ask", classmethod(lambda cls, parent, title, suggested, kinds: target)
    )
    menu_action(window, "file", "Export Word...").trigger()
    assert window.statusBar().currentMessage() == 'Exported "pack.docx".'
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Recommendations: As is to To be" in headings
    titles = [s._inline.docPr.get("title") for s in document.inline_shapes]
    assert [t for t in titles if t.startswith("Structure chart")] == [
        "Structure chart: As is",
        "Structure chart: To be",
    ]


def test_export_web_page_of_the_scenario_shown(
    qtbot, bury_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = bury_window
    target = tmp_path / "page.html"
    monkeypatch.setattr(
        SaveExport, "ask", classmethod(lambda cls, parent, title, suggested, kinds: target)
    )
    menu_action(window, "file", "Export Web Page...").trigger()
    page = target.read_text(encoding="utf-8")
    assert "Structure as a list: As is" in page and 'role="img"' in page


@pytest.mark.real_dialogs
def test_a_picture_name_typed_without_suffix_gets_the_chosen_kinds(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QWidget

    from orgchart_app.ui.menus.picture_actions import PICTURE_KINDS

    parent = QWidget()
    qtbot.addWidget(parent)
    answers = iter(
        [
            (str(tmp_path / "chart"), "SVG picture, text kept as text (*.svg)"),
            (str(tmp_path / "chart.PNG"), "SVG picture, text kept as text (*.svg)"),
            ("", ""),
        ]
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: next(answers))
    assert (
        SaveExport.ask(parent, "Export picture", tmp_path / "x.png", PICTURE_KINDS)
        == tmp_path / "chart.svg"
    )
    assert (
        SaveExport.ask(parent, "Export picture", tmp_path / "x.png", PICTURE_KINDS)
        == tmp_path / "chart.PNG"
    )
    assert SaveExport.ask(parent, "Export picture", tmp_path / "x.png", PICTURE_KINDS) is None
