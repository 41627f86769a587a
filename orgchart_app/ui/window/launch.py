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
    pass too, the full ones made while editing included.

    Once imported, PySide reads the source of every module imported after it, looking for its
    own name (for its `__feature__` switches): about 15 ms of a Bury picture. The packages that
    do not use Qt (the layout; storage, and the domain it reads into), and the standard modules
    only they use, are loaded first, before PySide, so it reads none of them (a third to a half
    of those reads)."""
    with collector_paused():
        import orgchart_app.layout  # noqa: PLC0415, F401 - see above
        import orgchart_app.storage  # noqa: PLC0415, F401
        from orgchart_app.ui.window.app import main as start  # noqa: PLC0415 - see above

        gc.freeze()  # before the collector runs again, or its first pass walks them all
    return start()


if __name__ == "__main__":
    sys.exit(main())
