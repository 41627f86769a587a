"""The `orgchart-designer` command: the designer's modules loaded with the collector paused."""

from __future__ import annotations

import gc
import sys

from orgchart_app.collector import collector_paused


def main() -> int:
    """Load the window's modules, then start it (`orgchart_app.ui.window.app.main`).

    Loading them makes some 50,000 objects (modules, classes, functions, Qt's types) that live as
    long as the program: the collector's passes over them while they are made free nothing and
    cost a Bury picture's start about 20 ms. Frozen once made, they are left out of every later
    pass too, the full ones made while editing included."""
    with collector_paused():
        from orgchart_app.ui.window.app import main as start  # noqa: PLC0415 - see above

        gc.freeze()  # before the collector runs again, or its first pass walks them all
    return start()


if __name__ == "__main__":
    sys.exit(main())
