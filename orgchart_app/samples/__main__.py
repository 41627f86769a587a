"""Rebuild the sample proposal files: .venv/bin/python -m orgchart_app.samples [FOLDER]."""

from __future__ import annotations

import sys
from pathlib import Path

from orgchart_app.samples import SAMPLES, sample_data_folder
from orgchart_app.storage import save_proposal


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else sample_data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in SAMPLES.items():
        save_proposal(build(), folder / name)
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
