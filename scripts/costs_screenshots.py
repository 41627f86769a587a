"""Retake the Costs menu's reference screenshots in docs/ (run under Xvfb from the repository root):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/costs_screenshots.py

The seed 001 establishment is imported, the NJC spine and MCC's grades are added through the
editors (the ">G12" posts still unmatched), then the on-costs are set and the dock fills; an
example budget over two years (the report publishes none) is imported into the budget editor.
Then the Bury sample, on the grades the tests assume for it (the report gives none; every grade
marked assumed), has its to-be costed at another year and point and a 2020/21 point is edited,
and the changes dock shows what those and the post changes cost.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from designer_screenshots import REPO, save, settle  # noqa: E402

from orgchart_app.analysis.cost_gaps import Fix  # noqa: E402
from orgchart_app.domain.shipped_pay import ShippedKind  # noqa: E402
from orgchart_app.ui.dialogs import tables  # noqa: E402
from orgchart_app.ui.window.app import SCREENSHOT_SIZE, open_and_wait  # noqa: E402
from orgchart_app.ui.window.main_window import MainWindow  # noqa: E402
from orgchart_app.ui.window.settings import Settings, name_application  # noqa: E402

DATA = REPO / "sample_data"


def main() -> None:
    app = QApplication([])  # noqa: F841 - the application must outlive the windows
    name_application()
    file = Path(tempfile.mkdtemp(prefix="costs-shots-")) / "scf.sqlite"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "orgchart_app.cli",
            "import",
            str(DATA / "manchester_scf_establishment.csv"),
            "-o",
            str(file),
        ],
        check=True,
        cwd=REPO,
        capture_output=True,
    )
    window = MainWindow(settings=Settings())
    window.files.show_errors = False
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    open_and_wait(window, file)
    window.costs_dock.raise_()
    settle(window, 1500)
    pay = window.costs_menu.open(Fix.PAY_SCALES)
    pay.add_buttons[ShippedKind.NJC].click()
    tables.ChooseTable.ask = classmethod(lambda cls, parent, title: DATA / "manchester_grades.csv")  # type: ignore[method-assign]
    pay.scale_box.setCurrentText("NJC pay spine")
    pay.import_button.click()
    pay.scales.expandAll()
    settle(window)
    save(pay, "costs-pay-scales.png")
    pay.add_buttons[ShippedKind.SENIOR].click()
    tables.ChooseTable.ask = classmethod(  # type: ignore[method-assign]
        lambda cls, parent, title: DATA / "manchester_senior_grades.csv"
    )
    pay.scale_box.setCurrentText("Senior salaries")
    pay.import_button.click()
    pay.map_buttons[">G12"][0].setCurrentText("SS1")
    pay.map_buttons[">G12"][1].click()
    pay.close()
    basis = window.costs_menu.open(Fix.BASIS)
    basis.year.setCurrentText("2025/26")
    basis.apply_button.click()
    basis.close()
    on_costs = window.costs_menu.open(Fix.ON_COSTS)
    on_costs.year.setCurrentText("2025/26")
    on_costs.pension.setValue(20.5)
    on_costs.scheme.setText("LGPS (GMPF)")
    on_costs.set_button.click()
    on_costs.move(window.geometry().right() - on_costs.width() - 40, window.geometry().top() + 80)
    settle(window, 1500)
    grab = QApplication.primaryScreen().grabWindow(0, 0, 0, *SCREENSHOT_SIZE)
    target = REPO / "docs" / "costs-on-costs.png"
    grab.save(str(target))
    save_quantized(target)
    on_costs.close()
    budget_shot(window)
    window.document.undo_stack.setClean()
    changes_shot(window)
    window.document.undo_stack.setClean()
    window.close()


def budget_shot(window: MainWindow) -> None:
    csv = DATA / "example_scf_budget.csv"
    tables.ChooseTable.ask = classmethod(lambda cls, parent, title: csv)  # type: ignore[method-assign]
    budget = window.costs_menu.open(Fix.BUDGET)
    budget.import_button.click()
    budget.table.setCurrentCell(0, 2)
    settle(window)
    save(budget, "costs-budget.png")
    budget.close()


def changes_shot(window: MainWindow) -> None:
    # The report grades no post, so the sample alone gives no cost to show; the tests' assumed
    # grades (each marked assumed in the file) give the picture figures to compare.
    sys.path.insert(0, str(REPO))
    from tests.assumed_grades import save_bury_with_assumed_grades

    open_and_wait(window, save_bury_with_assumed_grades(Path(tempfile.mkdtemp(prefix="changes-"))))
    to_be = window.document.proposal.scenario_named("To be").id
    window.document.set_scenario(to_be)
    basis = window.costs_menu.open(Fix.BASIS)
    basis.year.setCurrentText("2021/22")
    basis.point.setCurrentText("mid")
    basis.apply_button.click()
    basis.close()
    window.menu_actions.compare.trigger()
    # A point edited in the pay year the as-is uses: a step of its own, with its effect.
    pay = window.costs_menu.open(Fix.PAY_SCALES)
    pay.scale_box.setCurrentText("NJC pay spine")
    pay.entry.from_year.setCurrentText("2020/21")
    pay.entry.point.setText("32")
    pay.entry.point_salary.setText("40,000")
    pay.entry.point_button.click()
    pay.close()
    dock = window.changes_dock
    dock.setFloating(True)  # the docked strip is short: floated, both lists show whole
    dock.resize(1400, 520)
    dock.show()
    dock.raise_()
    settle(window, 1500)
    save(window.changes_dock, "changes-costs.png")


def save_quantized(target: Path) -> None:
    from PIL import Image

    image = Image.open(target).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        target, optimize=True
    )
    print(f"{target.relative_to(REPO)}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
