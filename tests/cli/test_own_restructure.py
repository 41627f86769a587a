"""Issue 23's walk on the command line: the example establishment imported, redrawn, costed,
its recommendations worded and the pack exported (PDF, Word, HTML), and the pack read back.

Every step is an `orgchart` command, as docs/GUIDE.md gives it.
"""

from __future__ import annotations

import io
import re
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from docx import Document

from orgchart_app.cli import main
from tests.conftest import SAMPLE_DATA
from tests.exporters.helpers import pdf_text

FILE = "wyvern.sqlite"
COUNCIL = "Wyvern Borough Council (fictional)"
TRUST = "Wyvern Community Health NHS Trust (fictional)"
DELETION = "the deletion of one vacant Grounds Operative post (NS-4116)"
DELEGATION = "authority to the Director of Neighbourhood Services to implement the new structure"
COMPARED = ("--from", "As is", "--to", "To be")
REDRAW = (("apply", FILE, "sample_data/example_changes.csv"),)
COSTS = (
    ("paytable", "add", FILE, "njc", "--year", "2025/26"),
    ("paytable", "import", FILE, "sample_data/example_grades.csv", "--scale", "NJC pay spine"),
    ("paytable", "add", FILE, "senior"),
    ("paytable", "import", FILE, "sample_data/example_senior_grades.csv", "--scale",
     "Senior salaries"),
    ("paytable", "add", FILE, "afc", "--year", "2025/26"),
    ("oncosts", "set", FILE, "--organisation", COUNCIL, "--year", "2025/26", "--pension-rate",
     "19.5"),
    ("oncosts", "set", FILE, "--organisation", TRUST, "--year", "2025/26", "--nhs-pension"),
    ("paytable", "use", FILE, "--scenario", "As is", "--year", "2025/26", "--point", "mid"),
    ("paytable", "use", FILE, "--scenario", "To be", "--year", "2025/26", "--point", "mid"),
    ("budget", "import", FILE, "sample_data/example_budget.csv"),
)  # fmt: skip
WORDING = (
    ("recommendations", FILE, *COMPARED, "edit", "2", "--verb", "agree", "--text", DELETION),
    ("recommendations", FILE, *COMPARED, "add", "--verb", "delegate", "--text", DELEGATION),
)
EXPORTS = (
    ("export", FILE, "--scenario", "As is", "--compare", "To be", "--changes", "--budget",
     "--post-list", "--pdf", "pack.pdf"),
    ("export", FILE, "--scenario", "To be", "--compare", "As is", "--budget", "--docx",
     "pack.docx"),
    ("export", FILE, "--scenario", "To be", "--compare", "As is", "--pdf", "web.pdf", "--html",
     "pack.html"),
    ("export", FILE, "--scenario", "To be", "--consultation", "--pdf", "consultation.pdf"),
)  # fmt: skip


def step(*args: str) -> str:
    """`orgchart ARGS` in this process (a child would take seconds each): its output."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    assert (code, err.getvalue()) == (0, ""), f"orgchart {' '.join(args)}"
    return out.getvalue()


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The walk, once: each output's text (and the cost and people reports) by name."""
    folder = tmp_path_factory.mktemp("own-restructure")
    shutil.copytree(SAMPLE_DATA, folder / "sample_data")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        step("import", "sample_data/example_establishment.xlsx", "-o", FILE)
        step("scenario", "copy", FILE, "As is", "To be")
        for args in (*REDRAW, *COSTS, *WORDING, *EXPORTS):
            step(*args)
        texts = {
            "cost": step("cost", FILE, "--against-budget"),
            "people": step("people", FILE, *COMPARED),
            "pack": pdf_text(folder / "pack.pdf"),
            "consultation": pdf_text(folder / "consultation.pdf"),
            "docx": _docx_text(folder / "pack.docx"),
            "html": _words(re.sub(r"<[^>]+>", " ", (folder / "pack.html").read_text("utf-8"))),
        }
    return texts


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return _words(" ".join([p.text for p in document.paragraphs] + cells))


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("output", ["pack", "docx", "html"])
def test_the_recommendations_are_as_worded(walked: dict[str, str], output: str) -> None:
    text = walked[output]
    assert f"The Committee is asked to agree {DELETION}" in text
    # An item with no listed entries ends with a full stop, not a colon, in every output.
    assert f"The Committee is asked to delegate {DELEGATION}. " in text
    # The drafted items the user left alone are there too, in the draft's words.
    assert "to approve the regrading of the following posts:" in text


@pytest.mark.parametrize("output", ["pack", "docx", "html"])
def test_the_costs_are_set_against_the_budget(walked: dict[str, str], output: str) -> None:
    sentence = "the proposed posts cost £5,162,170 against £5,350,000 available, leaving £187,830"
    assert sentence in walked[output]
    assert "Available £5,350,000; cost £5,162,170; headroom £187,830" in walked["cost"]


def test_the_pack_shows_the_moved_posts(walked: dict[str, str]) -> None:
    assert "Posts moved to another unit: 2 posts, 2 FTE" in walked["pack"]
    assert "Housing Advice Senior Prevention Officer G8 MOVED, MANAGER CHANGED" in walked["pack"]
    assert "2 moved" in walked["docx"]
    assert "Senior Prevention Officer [Moved, manager changed] (post NS-1101)" in walked["html"]


def test_the_partner_organisations_deployment_is_shown(walked: dict[str, str]) -> None:
    # On the chart the trust's short name marks the box; in words, employer and deployment.
    assert "Mental Health Link Worker Band 6 WCHNT" in walked["pack"]
    deployed = (
        "Mental Health Link Worker (post NS-1199) : Band 6; 1 FTE; filled; employed by Wyvern "
        "Community Health NHS Trust (fictional), deployed to Wyvern Borough Council (fictional)"
    )
    assert deployed in walked["html"]


def test_the_dotted_lines_are_drawn_with_their_shares(walked: dict[str, str]) -> None:
    for output in ("pack", "html"):
        assert "30% WBC" in walked[output] and "20% WBC" in walked[output]
    # The web version's structure list says them in words too, not in the chart alone.
    for head, share in (("Environmental Health", "30%"), ("Community Safety", "20%")):
        said = f"reports to the Head of {head} in {head} ; dotted line ({share} of time) to the "
        assert f"{said}Head of Housing Options in Housing Options" in walked["html"]


def test_the_people_affected_are_counted_without_names(walked: dict[str, str]) -> None:
    # No outcome can be given on the command line yet: the pack says each is still to come.
    assert "Staff in posts affected: 5." in walked["consultation"]
    assert "Outcome still to be proposed: 5" in walked["consultation"]
    assert "Without an outcome: 5" in walked["people"]
    everyone = "".join(walked.values())
    assert "Alex Ashdown" not in everyone and "Pat Garside" not in everyone
