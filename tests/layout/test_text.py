"""Text measurement and wrapping, against DejaVu Sans widths."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from orgchart_app.layout.text import fit, text_width, wrap


def test_widths_are_dejavu_sans() -> None:
    assert text_width("i", 10) < text_width("m", 10)
    assert text_width("Head of Finance", 8, bold=True) > text_width("Head of Finance", 8)
    assert round(text_width("0123456789", 10), 2) == 63.6  # DejaVu digits are 0.636 em


@given(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2000), max_size=80),
    st.floats(20, 200),
)
def test_wrapped_lines_fit_and_keep_every_word(text: str, width: float) -> None:
    lines = wrap(text, 8, width, bold=True)
    assert all(text_width(line, 8, bold=True) <= width or len(line) == 1 for line in lines)
    assert "".join(lines).replace(" ", "") == "".join(text.split())


def test_fit_shortens_with_an_ellipsis() -> None:
    assert fit("Grade 8", 7, 100) == "Grade 8"
    short = fit("A very long statutory role description indeed", 7, 60)
    assert short.endswith("\u2026") and text_width(short, 7) <= 60
