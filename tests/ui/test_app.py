"""`orgchart-designer` as a program: the screenshot it takes, and bad input in one sentence."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from orgchart_app.storage import LockOwner, lock_path

REPO = Path(__file__).resolve().parents[2]


def designer(*args: str, home: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.run(
        [sys.executable, "-m", "orgchart_app.ui.window.app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )


def distinct_colours(image: QImage) -> int:
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_the_screenshot_of_the_bury_comparison_is_a_real_picture(
    bury_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shot.png"
    copy = tmp_path / "bury.sqlite"
    shutil.copy(bury_file, copy)
    result = designer(str(copy), "--compare", "To be", "--screenshot", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    assert distinct_colours(image) > 20
    # A picture for the docs leaves no trace: no lock marker, no recent files or window layout.
    assert not lock_path(copy).exists() and not (tmp_path / "config").exists()


def test_a_damaged_file_is_one_sentence_and_a_failure(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_text("this is not a database")
    result = designer(str(damaged), "--screenshot", str(tmp_path / "x.png"), home=tmp_path)
    assert result.returncode == 1
    lines = [
        line
        for line in result.stderr.splitlines()
        if "propagateSizeHints" not in line and line.strip()
    ]
    assert len(lines) == 1 and "damaged.sqlite" in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_an_unknown_scenario_is_named(bury_file: Path, tmp_path: Path) -> None:
    result = designer(
        str(bury_file),
        "--scenario",
        "Option Z",
        "--screenshot",
        str(tmp_path / "x.png"),
        home=tmp_path,
    )
    assert result.returncode == 1 and 'no scenario called "Option Z"' in result.stderr


def test_an_empty_scenario_name_is_refused_not_ignored(bury_file: Path, tmp_path: Path) -> None:
    result = designer(
        str(bury_file), "--compare", "", "--screenshot", str(tmp_path / "x.png"), home=tmp_path
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "argument --compare: an empty value means nothing here" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_the_screenshot_never_replaces_the_file_it_shows(bury_file: Path, tmp_path: Path) -> None:
    # A proposal saved under a picture's name: the screenshot would be written over it.
    copy = tmp_path / "board.png"
    shutil.copy(bury_file, copy)
    before = copy.read_bytes()
    result = designer(str(copy), "--screenshot", str(tmp_path / "." / "board.png"), home=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert 'board.png" is the file being read' in result.stderr
    assert copy.read_bytes() == before


def test_a_file_in_use_elsewhere_answers_no_without_waiting_for_anyone(
    bury_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "bury.sqlite"
    shutil.copy(bury_file, copy)
    theirs = LockOwner(
        "Alex Smith", "LAPTOP-12", 4242, dt.datetime.now(dt.UTC).replace(microsecond=0)
    )
    lock_path(copy).write_text(theirs.to_json(), encoding="utf-8")
    result = designer(str(copy), "--screenshot", str(tmp_path / "x.png"), home=tmp_path, timeout=30)
    assert result.returncode == 1
    lines = [
        line
        for line in result.stderr.splitlines()
        if "propagateSizeHints" not in line and line.strip()
    ]
    assert len(lines) == 1 and "bury.sqlite" in lines[0] and "Alex Smith" in lines[0], lines
    assert not (tmp_path / "x.png").exists()
    assert lock_path(copy).read_text(encoding="utf-8") == theirs.to_json()  # their marker stays
