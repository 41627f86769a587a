"""The conflict check's read of a file's revision gives up after five seconds (issue 24).

Before a save, and when tidying beside a file, the revision is read from the file on the share
(`storage/meta.read_meta`). A crafted file can make that read endless: its `proposal_meta` a view
over a cross join of a few thousand rows. The check must then give up within its five seconds
(reading nothing) rather than hang the save for a minute, the budget of other reads.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from orgchart_app.storage.meta import read_meta
from tests.storage.helpers import crafted


def _endless_meta(path: Path) -> Path:
    crafted(path)
    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE proposal_meta RENAME TO meta_as_saved")
        connection.execute("CREATE TABLE numbers (n INTEGER)")
        connection.executemany("INSERT INTO numbers VALUES (?)", ((n,) for n in range(2000)))
        connection.execute(
            "CREATE VIEW proposal_meta (key, value) AS "
            "SELECT 'revision', count(*) FROM numbers a, numbers b, numbers c"
        )
    connection.close()
    return path


def test_an_endless_revision_read_gives_up_within_five_seconds(tmp_path: Path) -> None:
    # On Python 3.12+ the hardened connection refuses views outright (sooner still); on 3.11
    # only the time budget stops the count of 8 billion rows.
    path = _endless_meta(tmp_path / "crafted.sqlite")
    started = time.monotonic()
    meta = read_meta(path)
    waited = time.monotonic() - started
    assert meta == {}
    assert waited < 5.9
