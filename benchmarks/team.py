"""Benchmark of team mode against a PostgreSQL server of its own (run it, it is not a test).

    PYTHONPATH=. .venv/bin/python benchmarks/team.py [--clients 20] [--edits 500] [--posts 2000]

All in one run, on a server started in a temporary folder (tests/team/server.py):
- load: CLIENTS clients (processes, each with its own connection and working copy) make EDITS
  edits each to one POSTS-post proposal, half of them to a hot set of 50 posts that every
  client edits (so edits overlap and conflict). Each edit is applied or refused as a conflict;
  the history is then replayed from the pushed proposal and must give the server's state,
  with one history entry per applied edit: 0 lost. Median edit round trip, and the time for
  an edit to reach another client (LISTEN/NOTIFY, then taken in), are printed.
- open: a 10,000-post proposal opened from the server (the designer's read) against the same
  proposal opened from a file (open_proposal), best of 3 each.
- edit: one committed team edit against one local edit saved to its file.
Ratios are printed as `name: N.Nx (target <= Mx)`.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import select
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from orgchart_app.domain import Proposal  # noqa: E402
from orgchart_app.domain.errors import EditConflict  # noqa: E402
from orgchart_app.edits import ChangeFte, apply_edit  # noqa: E402
from orgchart_app.edits.patch import apply_patch  # noqa: E402
from orgchart_app.samples.synthetic import build_synthetic  # noqa: E402
from orgchart_app.storage import open_proposal, save_proposal  # noqa: E402
from orgchart_app.storage.team import ServerAddress, SharedProposal, TeamLibrary  # noqa: E402
from orgchart_app.storage.team.live import EditListener  # noqa: E402
from tests.team.server import running_server  # noqa: E402

HOT_POSTS = 50


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def client(url: str, seed: int, edits: int) -> tuple[list[float], int]:
    """One colleague, in a process of their own: the round trip of each edit applied, and
    how many were refused as conflicts."""
    rng = random.Random(seed)
    library = TeamLibrary(ServerAddress.parse(url))
    shared = SharedProposal(library, "Load")
    posts = sorted(shared.proposal.posts)
    hot = posts[:HOT_POSTS]
    applied: list[float] = []
    conflicts = 0
    for _ in range(edits):
        post = rng.choice(hot) if rng.random() < 0.5 else rng.choice(posts)
        fte = rng.choice((0.5, 0.6, 0.8)) if shared.proposal.posts[post].fte == 1.0 else 1.0
        start = time.perf_counter()
        try:
            shared.apply(ChangeFte(post, fte))
            applied.append(time.perf_counter() - start)
        except EditConflict:
            conflicts += 1
            shared.refresh()
    library.close()
    return applied, conflicts


def load(url: str, clients: int, edits: int) -> tuple[SharedProposal, int]:
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        results = pool.starmap(client, [(url, seed, edits) for seed in range(clients)])
    took = time.perf_counter() - start
    times = [t for applied, _ in results for t in applied]
    applied, conflicts = len(times), sum(c for _, c in results)
    print(
        f"load: {clients} clients x {edits} edits in {took:.1f} s: {applied} applied, "
        f"{conflicts} refused as conflicts, {clients * edits - applied - conflicts} unaccounted"
    )
    print(f"median edit round trip under load: {statistics.median(times) * 1000:.1f} ms")
    return SharedProposal(TeamLibrary(ServerAddress.parse(url)), "Load"), applied


def replayed(pushed: Proposal, library: TeamLibrary, proposal_id: int) -> tuple[Proposal, int]:
    history = library.history(proposal_id)
    for entry in history:
        if entry.patch is not None:
            apply_patch(pushed, entry.patch)
    return pushed, len(history) - 1


def other_fte(proposal: Proposal, post: int) -> float:
    return 0.25 if proposal.posts[post].fte != 0.25 else 0.3  # type: ignore[index]


def appear_time(address: ServerAddress, probes: int = 30) -> float:
    """Median seconds from starting an edit in one client to its being in another's copy."""
    sender = SharedProposal(TeamLibrary(address), "Load")
    receiver = SharedProposal(TeamLibrary(address), "Load")
    listener = EditListener(address)
    post = sorted(sender.proposal.posts)[-1]
    times = []
    for _ in range(probes):
        start = time.perf_counter()
        sender.apply(ChangeFte(post, other_fte(sender.proposal, post)))
        while not listener.pending():
            select.select([listener.fileno()], [], [], 1.0)
        receiver.refresh()
        times.append(time.perf_counter() - start)
        sender.refresh()
    listener.close()
    sender.library.close()
    receiver.library.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--posts", type=int, default=2000)
    args = parser.parse_args()
    with running_server() as server, tempfile.TemporaryDirectory() as folder:
        server.sql("CREATE DATABASE bench")
        address = ServerAddress.parse(server.url("bench"))
        owner = TeamLibrary(address)
        owner.init()
        pushed = build_synthetic(args.posts, seed=1)
        owner.push(pushed, "Load", "synthetic")

        final, applied = load(server.url("bench"), args.clients, args.edits)
        replay, entries = replayed(pushed.copy(), owner, final.proposal_id)
        # Lost: an applied edit with no history entry, or a post the replay does not give.
        lost = abs(applied - entries) + sum(
            1 for key, post in final.proposal.posts.items() if replay.posts.get(key) != post
        )
        print(
            f"history replayed: {entries} edits, state matches the server's: "
            f"{'yes' if lost == 0 else 'NO'}; lost: {lost}"
        )
        appear = appear_time(address)
        print(
            f"edit appears in another client (median of 30): {appear * 1000:.1f} ms (target <= 1000 ms)"
        )
        final.library.close()

        big = build_synthetic(10_000, seed=2)
        file = Path(folder) / "big.sqlite"
        save_proposal(big, file)
        owner.push(big, "Big", "big.sqlite")
        from_file = best_of(3, lambda: open_proposal(file))
        from_server = best_of(3, lambda: owner.read("Big"))
        print(f"open 10,000 posts: file {from_file:.2f} s, server {from_server:.2f} s")
        print(f"open from server / open from file: {from_server / from_file:.1f}x (target <= 2x)")

        shared = SharedProposal(owner, "Big")
        posts = sorted(shared.proposal.posts)[:20]
        local = open_proposal(file).proposal
        team_edit = statistics.median(
            best_of(1, lambda p=p: shared.apply(ChangeFte(p, other_fte(shared.proposal, p))))
            for p in posts
        )

        def local_edit(post: int) -> None:
            apply_edit(local, ChangeFte(post, other_fte(local, post)))
            save_proposal(local, file)

        file_edit = statistics.median(best_of(1, lambda p=p: local_edit(p)) for p in posts)
        print(
            f"one edit: team {team_edit * 1000:.1f} ms, local file saved {file_edit * 1000:.1f} ms"
        )
        print(f"team edit / local edit saved: {team_edit / file_edit:.2f}x (target <= 1x)")
        owner.close()


if __name__ == "__main__":
    main()
