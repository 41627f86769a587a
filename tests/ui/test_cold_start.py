"""Cold start: the designer opening a file and painting it loads none of the machinery the first
paint does not need (PDF, spreadsheets, Word, the team server's driver, keyring)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Loaded only when a command needs them: an export, an import, team mode.
NOT_AT_START = ("reportlab", "openpyxl", "psycopg", "docx", "pypdfium2", "keyring", "lxml")

_SCRIPT = """
import json, sys
from orgchart_app.ui.window.app import main
code = main([sys.argv[1], "--screenshot", sys.argv[2]])
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
sys.exit(code)
"""


def test_opening_a_file_to_its_first_picture_loads_no_export_import_or_team_machinery(
    bury_file: Path, tmp_path: Path
) -> None:
    picture = tmp_path / "bury.png"
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(bury_file), str(picture)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert picture.stat().st_size > 0
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert not loaded & set(NOT_AT_START)
