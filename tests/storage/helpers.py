"""Shared by the storage tests: crafted files, a large proposal, and child processes that save."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from orgchart_app.domain import PostId, Proposal
from orgchart_app.domain.model import Post, ProposalInfo
from orgchart_app.samples import build_bury
from orgchart_app.storage import save_proposal

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("save_child.py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crafted(path: Path, *statements: str) -> Path:
    """The Bury sample saved at `path`, then changed behind the designer's back with raw SQL."""
    save_proposal(build_bury(), path)
    db = sqlite3.connect(path)
    try:
        for statement in statements:
            db.execute(statement)
        db.commit()
    finally:
        db.close()
    return path


def large_proposal(title: str, extra_posts: int) -> Proposal:
    """The Bury sample with `extra_posts` more posts, so a save takes long enough to interrupt."""
    proposal = build_bury()
    proposal.info = ProposalInfo(title=title)
    template = next(iter(proposal.posts.values()))
    first = proposal.next_id("posts")
    for offset in range(extra_posts):
        post_id = PostId(first + offset)
        proposal.posts[post_id] = dataclasses.replace(
            template, id=post_id, post_ref=f"X-{post_id}", title=f"{title} officer {offset}",
            reports_to_id=template.id, notes="n" * 200)
    return proposal


def same_content(a: Proposal, b: Proposal) -> bool:
    """Equal records and title (the revision and save time differ between saves)."""
    return a.snapshot()[1:] == b.snapshot()[1:] and a.info.title == b.info.title


def child(*args: str | Path, **kwargs: object) -> subprocess.Popen[str]:
    """Start tests/storage/save_child.py with the worktree's orgchart_app on the path."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, str(CHILD), *map(str, args)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]


def posts_of(proposal: Proposal) -> list[Post]:
    return list(proposal.posts.values())
