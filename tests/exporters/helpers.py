"""Reading exported PDFs back as a reader would: text, font sizes drawn, rendered pixels."""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from orgchart_app.domain import OrganisationKind, Proposal, UnitKind
from orgchart_app.samples.builder import ProposalBuilder


def pdf_text(path: Path, pages: range | None = None) -> str:
    """All the text, whitespace collapsed, so a title wrapped over two lines reads as one."""
    reader = PdfReader(path)
    chosen = [reader.pages[i] for i in pages] if pages is not None else reader.pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in chosen))


def printed_sizes(path: Path) -> list[tuple[float, str]]:
    """(size as printed, text) of every piece of text: the font size times the scale of the
    text and graphics matrices in force, as the PDF content streams say."""
    sizes: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = math.sqrt(abs(cm[0] * cm[3] - cm[1] * cm[2])) * math.sqrt(
                abs(tm[0] * tm[3] - tm[1] * tm[2])
            )
            sizes.append((size * scale, text))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def ink_per_page(path: Path, tmp: Path) -> list[float]:
    """The share of non-white pixels on each page rendered by poppler at 20 dpi."""
    result = subprocess.run(
        ["pdftoppm", "-r", "20", "-gray", str(path), str(tmp / "page")],
        check=True,
        timeout=120,
        capture_output=True,
        text=True,
    )
    # Poppler complains on stderr about anything malformed (a missing resource, a bad stream).
    assert result.stderr == "", result.stderr
    shares = []
    for image in sorted(tmp.glob("page-*.pgm")):
        data = image.read_bytes()
        # A binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
        header_end = data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1) + 1
        pixels = data[header_end:]
        shares.append(sum(1 for value in pixels if value < 200) / len(pixels))
    return shares


def one_big_team(leads: int, officers_each: int) -> Proposal:
    """One unit, no sub-units: a manager, `leads` team leaders and their officers."""
    b = ProposalBuilder("One big team")
    council = b.organisation("Synthetic Borough Council", "SBC", OrganisationKind.LOCAL_AUTHORITY)
    s = b.scenario("As is")
    team = b.unit(s, "Contact Centre", UnitKind.TEAM, council)
    head = b.post(s, "Head of Contact Centre", team, council, grade="G13")
    for n in range(1, leads + 1):
        lead = b.post(s, f"Team Leader {n}", team, council, head, grade="G9")
        for k in range(1, officers_each + 1):
            b.post(s, f"Adviser {n}.{k}", team, council, lead, grade="G5")
    return b.proposal
