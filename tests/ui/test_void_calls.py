"""Regression: PySide6-Essentials 6.12.0 on Python 3.11 aborts after many void calls (none_dealloc).

Run in a child interpreter, so an abort is this test failing rather than pytest dying.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 100_000

SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsRectItem
app = QApplication([])
item = QGraphicsRectItem(0, 0, 10, 10)
for i in range({CALLS} // 2):
    item.setPos(i % 100, i % 50)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, bool(i % 2))
print("survived", {CALLS})
"""


def test_a_hundred_thousand_void_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, (
        f"the interpreter died ({result.returncode}): {result.stderr[-500:]}"
    )
    assert f"survived {CALLS}" in result.stdout
