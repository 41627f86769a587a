"""Retake docs/GUIDE.md's pictures (run under Xvfb from the repository root):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/guide_screenshots.py

It walks the guide on a scratch copy of sample_data/: the example establishment imported and
costed on the command line, then in the designer the "To be" copied, the example changes sheet
applied (its preview pictured), the structures compared, the costs and the recommendations
docks, the people's outcomes proposed; then the recommendations worded and the pack exported
on the command line, and two of its pages (the recommendations, a move) rendered by pdftoppm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from designer_screenshots import REPO, save, settle  # noqa: E402

from orgchart_app.ui.dialogs import prompts, tables  # noqa: E402
from orgchart_app.ui.window.app import SCREENSHOT_SIZE, open_and_wait  # noqa: E402
from orgchart_app.ui.window.main_window import MainWindow  # noqa: E402
from orgchart_app.ui.window.settings import Settings, name_application  # noqa: E402

FILE = "wyvern.sqlite"
COUNCIL = "Wyvern Borough Council (fictional)"
TRUST = "Wyvern Community Health NHS Trust (fictional)"
SET_UP = (
    ("import", "sample_data/example_establishment.xlsx", "-o", FILE),
    ("paytable", "add", FILE, "njc", "--year", "2025/26"),
    ("paytable", "import", FILE, "sample_data/example_grades.csv", "--scale", "NJC pay spine"),
    ("paytable", "add", FILE, "senior"),
    (
        "paytable",
        "import",
        FILE,
        "sample_data/example_senior_grades.csv",
        "--scale",
        "Senior salaries",
    ),
    ("paytable", "add", FILE, "afc", "--year", "2025/26"),
    (
        "oncosts",
        "set",
        FILE,
        "--organisation",
        COUNCIL,
        "--year",
        "2025/26",
        "--pension-rate",
        "19.5",
    ),
    ("oncosts", "set", FILE, "--organisation", TRUST, "--year", "2025/26", "--nhs-pension"),
    ("paytable", "use", FILE, "--scenario", "As is", "--year", "2025/26", "--point", "mid"),
    ("budget", "import", FILE, "sample_data/example_budget.csv"),
)


def orgchart(folder: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "orgchart_app.cli", *args], check=True, cwd=folder, text=True
    )


def designer(folder: Path) -> None:
    window = MainWindow(settings=Settings())
    window.files.show_errors = False
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    open_and_wait(window, folder / FILE)
    settle(window)
    save(window, "guide-imported.png")
    prompts.AskText.ask = classmethod(lambda cls, *args: "To be")  # type: ignore[method-assign]
    window.scenarios.new_from_copy()
    sheet = folder / "sample_data" / "example_changes.csv"
    tables.ChooseTable.ask = classmethod(lambda cls, parent, title: sheet)  # type: ignore[method-assign]
    window.changes.apply_from_sheet()
    preview = window.changes.preview
    assert preview is not None
    settle(window)
    save(preview, "guide-apply-preview.png")
    preview.accept()
    window.views.compare()
    window.menu_actions.zoom_fit.trigger()
    window.costs_dock.raise_()
    settle(window, 1500)
    save(window, "guide-compare.png")
    window.central.compare_tabs.setCurrentWidget(window.central.people)
    window.central.people.propose_button.click()
    settle(window, 1500)
    save(window, "guide-people.png")
    window.central.compare_tabs.setCurrentIndex(0)
    window.recommendations_dock.raise_()
    window.resizeDocks([window.recommendations_dock], [330], Qt.Orientation.Vertical)
    settle(window)
    save(window, "guide-recommendations.png")
    assert window.files.save()
    window.close()


def pack(folder: Path) -> None:
    for step in WORDING:
        orgchart(folder, "recommendations", FILE, "--from", "As is", "--to", "To be", *step)
    orgchart(folder, *PACK)
    pages = [page.extract_text() for page in PdfReader(folder / "pack.pdf").pages]
    # The page the recommendations start on, and the first compared page with a post moved.
    for name, text in (("recommendations", "Recommendations: As is to To be"), ("moved", "MOVED")):
        number = next(n for n, page in enumerate(pages, start=1) if text in page)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", str(number), "-l", str(number), "-singlefile"]
            + [str(folder / "pack.pdf"), str(REPO / "docs" / f"guide-pack-{name}")],
            check=True,
        )


# The guide's wording and pack (docs/GUIDE.md, steps 6 and 7).
WORDING = (
    ("edit", "2", "--verb", "agree", "--text",
     "the deletion of one vacant Grounds Operative post (NS-4116)"),
    ("add", "--verb", "delegate", "--text",
     "authority to the Director of Neighbourhood Services to implement the new structure"),
)  # fmt: skip
PACK = (
    "export", FILE, "--scenario", "As is", "--compare", "To be", "--changes", "--budget",
    "--post-list", "--pdf", "pack.pdf", "--committee", "Cabinet (fictional)",
)  # fmt: skip


def main() -> None:
    app = QApplication([])  # noqa: F841 - the application must outlive the windows
    name_application()
    folder = Path(tempfile.mkdtemp(prefix="guide-shots-"))
    shutil.copytree(REPO / "sample_data", folder / "sample_data")
    for step in SET_UP:
        orgchart(folder, *step)
    designer(folder)
    pack(folder)


if __name__ == "__main__":
    main()
