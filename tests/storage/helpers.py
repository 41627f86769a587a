"""Shared by the storage tests: crafted files, a large proposal, and child processes that save."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from orgchart_app.domain import PostId, Proposal, Table
from orgchart_app.domain.model import ProposalInfo
from orgchart_app.samples import build_bury
from orgchart_app.storage import save_proposal

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("save_child.py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crafted(path: Path, *statements: str) -> Path:
    """The Bury sample saved at `path`, then changed behind the designer's back with raw SQL."""
    save_proposal(build_bury(), path)
    run_sql(path, *statements)
    return path


def run_sql(path: Path, *statements: str) -> None:
    """Raw SQL on a saved file, as another program (or a damaged disk) would change it."""
    db = sqlite3.connect(path)
    try:
        for statement in statements:
            db.execute(statement)
        db.commit()
    finally:
        db.close()


def large_proposal(title: str, extra_posts: int) -> Proposal:
    """The Bury sample with `extra_posts` more posts, so a save takes long enough to interrupt."""
    proposal = build_bury()
    proposal.info = ProposalInfo(title=title)
    template = next(iter(proposal.posts.values()))
    first = proposal.next_id(Table.POSTS)
    for offset in range(extra_posts):
        post_id = PostId(first + offset)
        proposal.posts[post_id] = dataclasses.replace(
            template,
            id=post_id,
            post_ref=f"X-{post_id}",
            title=f"{title} officer {offset}",
            reports_to_id=template.id,
            notes="n" * 200,
        )
    return proposal


def same_content(a: Proposal, b: Proposal) -> bool:
    """Equal records and title (the revision and save time differ between saves)."""
    return a.snapshot()[1:] == b.snapshot()[1:] and a.info.title == b.info.title


def child(*args: str | Path, **kwargs: object) -> subprocess.Popen[str]:
    """Start tests/storage/save_child.py with the worktree's orgchart_app on the path."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args)],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )  # type: ignore[call-overload]


def ended(process: subprocess.Popen[str], timeout: float = 300) -> int:
    """Wait for a child to end (reading its pipes to the end); its stderr is shown on failure."""
    _, err = process.communicate(timeout=timeout)
    if process.returncode not in (0, 3, -9):
        print(err)
    return process.returncode


# --- file systems that fail on purpose ---------------------------------------------------


@contextlib.contextmanager
def mounted(folder: Path, *options: str) -> Iterator[bool]:
    """Mount a tmpfs (or a bind) at `folder`; yields False where mounting is not permitted."""
    folder.mkdir(exist_ok=True)
    done = (
        shutil.which("mount") is not None
        and subprocess.run(["mount", *options, str(folder)], capture_output=True).returncode == 0
    )
    try:
        yield done
    finally:
        if done:
            subprocess.run(["umount", "-l", str(folder)], check=True)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[str]:
    """Make `folder` read-only the strongest way this machine allows; yields the way used.

    As root, chmod does not stop writes, so root uses a read-only bind mount (EROFS), or else
    the immutable attribute (EPERM); anyone else uses chmod (EACCES)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield "chmod"
        finally:
            folder.chmod(0o755)
        return
    with mounted(folder, "--bind", str(folder)) as bound:
        if (
            bound
            and subprocess.run(
                ["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True
            ).returncode
            == 0
        ):
            yield "mount"
            return
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        yield "chattr"
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
