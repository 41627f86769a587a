"""Where an export may write, and how: checked first, written beside, renamed into place."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from orgchart_app.domain import Proposal
from orgchart_app.domain.errors import FileRefused, OrgChartError
from orgchart_app.exporters.destination import OutputExists, check_destination, written_beside
from orgchart_app.exporters.pdf import PdfOptions, export_pdf
from orgchart_app.exporters.post_list import post_table, write_csv


def test_a_new_file_in_an_existing_folder_may_be_written(tmp_path: Path) -> None:
    assert check_destination(tmp_path / "new.csv") == tmp_path / "new.csv"


def test_an_existing_file_needs_leave_to_be_replaced(tmp_path: Path) -> None:
    (tmp_path / "old.csv").write_text("x", encoding="utf-8")
    with pytest.raises(OutputExists, match='old.csv" already exists'):
        check_destination(tmp_path / "old.csv")
    assert check_destination(tmp_path / "old.csv", replace=True) == tmp_path / "old.csv"


@pytest.mark.parametrize("how", ["same path", "symlink", "hard link", "relative spelling"])
def test_an_input_is_never_a_destination(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "p.sqlite"
    source.write_bytes(b"the proposal")
    target = {
        "same path": source,
        "symlink": tmp_path / "link",
        "hard link": tmp_path / "hard",
        "relative spelling": Path("sub/../p.sqlite"),
    }[how]
    (tmp_path / "link").symlink_to(source)
    os.link(source, tmp_path / "hard")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileRefused, match="is the file being read"):
        check_destination(target, inputs=[source], replace=True)


def test_special_files_and_folders_are_named_for_what_they_are(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(FileRefused, match='pipe" is a named pipe, not a file'):
        check_destination(tmp_path / "pipe", replace=True)
    with pytest.raises(FileRefused, match="is a folder: give the name of a file to write in it"):
        check_destination(tmp_path, replace=True)
    with pytest.raises(FileRefused, match='the folder "[^"]*missing" does not exist'):
        check_destination(tmp_path / "missing" / "x.csv")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("the old list", encoding="utf-8")
    with pytest.raises(RuntimeError), written_beside(target) as temporary:
        temporary.write_text("half a li", encoding="utf-8")
        raise RuntimeError("the disk filled up")
    assert target.read_text(encoding="utf-8") == "the old list"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_a_finished_write_has_ordinary_permissions(tmp_path: Path, bury: Proposal) -> None:
    target = tmp_path / "list.csv"
    write_csv(post_table(bury, bury.scenario_named("As is").id), target)
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


@pytest.mark.parametrize("size", [math.nan, math.inf, -1.0, 0.0, 0.5, 25.0, 1e308])
def test_the_smallest_text_size_must_be_a_sane_number_of_points(size: float) -> None:
    with pytest.raises(
        OrgChartError, match="smallest text size must be a number of points from 1 to 24"
    ):
        PdfOptions(min_text_pt=size)


@pytest.mark.parametrize(
    "field",
    ["title", "appendix_number", "organisation", "committee", "date", "version", "classification"],
)
def test_title_block_texts_are_of_sane_length(field: str, bury: Proposal, tmp_path: Path) -> None:
    with pytest.raises(
        OrgChartError, match="is 100,000 characters long; the title block has room for 200"
    ):
        PdfOptions(**{field: "x" * 100_000})  # type: ignore[arg-type]
    export_pdf(bury, PdfOptions(**{field: "x" * 200}), tmp_path / "long.pdf")  # type: ignore[arg-type]


def test_a_link_into_a_missing_folder_names_that_folder(tmp_path: Path) -> None:
    (tmp_path / "shortcut.csv").symlink_to(tmp_path / "gone" / "list.csv")
    with pytest.raises(
        FileRefused,
        match=r'"shortcut.csv" cannot be written: the folder "[^"]*gone" '
        "does not exist",
    ):
        check_destination(tmp_path / "shortcut.csv")
