"""orgchart server init | push | pull | list: proposal libraries on a team's PostgreSQL server."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
from pathlib import Path
from typing import Any

from orgchart_app.cli import arguments, past_copy
from orgchart_app.cli.common import (
    CommandFailed,
    add_scenario_argument,
    library_at,
    load,
    table,
    writable,
)
from orgchart_app.domain.file_kinds import shown
from orgchart_app.storage import save_proposal
from orgchart_app.storage.team import Role, ServerAddress, TeamLibrary
from orgchart_app.storage.team.passwords import forget_password, remember_password


def register(subparsers: Any) -> None:
    server = subparsers.add_parser("server", help="set up a team library on a PostgreSQL server")
    actions = server.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="make (or upgrade) the library in a database")
    _add_url(init)
    init.set_defaults(run=run_init)
    grant = actions.add_parser("grant", help="give a user a role in a proposal (its owner only)")
    _add_member(grant)
    grant.add_argument("--as", dest="role", required=True, choices=[r.value for r in Role])
    grant.add_argument(
        "--personal-data", action="store_true", help="let them see postholders (personal data)"
    )
    grant.set_defaults(run=run_grant)
    revoke = actions.add_parser("revoke", help="take a user's role in a proposal away")
    _add_member(revoke)
    revoke.set_defaults(run=run_revoke)
    login = actions.add_parser(
        "login", help="keep your password for a server in the keyring (asked for, never typed in)"
    )
    _add_url(login)
    login.set_defaults(run=run_login)
    logout = actions.add_parser("logout", help="remove your password for a server from the keyring")
    _add_url(logout)
    logout.set_defaults(run=run_logout)

    push = subparsers.add_parser("push", help="upload a proposal file to a team library")
    push.add_argument("file", metavar="FILE", type=arguments.path, help="a proposal file (.sqlite)")
    _add_url(push)
    push.add_argument(
        "--proposal", type=arguments.name, help="its name in the library (default: the file's name)"
    )
    push.set_defaults(run=run_push)

    pull = subparsers.add_parser("pull", help="download a proposal from a team library as a file")
    _add_url(pull)
    pull.add_argument(
        "--proposal", required=True, type=arguments.name, help="its name in the library"
    )
    pull.add_argument(
        "-o", "--output", type=arguments.path, help="the file to write (or --as-scenario)"
    )
    pull.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    pull.add_argument(
        "--as-of",
        type=moment,
        metavar="TIME",
        help="the proposal as it was then (ISO 8601, e.g. 2026-03-01T14:30; UTC unless it says)",
    )
    add_scenario_argument(pull, "with --as-scenario: the scenario to copy")
    pull.add_argument(
        "--as-scenario",
        type=arguments.name,
        metavar="NAME",
        help="copy --scenario as it was --as-of TIME into the proposal on the server, as NAME",
    )
    pull.set_defaults(run=run_pull)

    past = subparsers.add_parser("history", help="list a team proposal's edits: who, when, what")
    _add_url(past)
    past.add_argument(
        "--proposal", required=True, type=arguments.name, help="its name in the library"
    )
    past.set_defaults(run=run_history)

    listing = subparsers.add_parser("list", help="list the proposals of a team library you may see")
    _add_url(listing)
    listing.set_defaults(run=run_list)


def _add_member(parser: Any) -> None:
    _add_url(parser)
    parser.add_argument(
        "--proposal", required=True, type=arguments.name, help="its name in the library"
    )
    parser.add_argument("user", metavar="USER", type=arguments.name, help="the server user (role)")


def _add_url(parser: Any) -> None:
    parser.add_argument(
        "url", metavar="URL", type=arguments.path, help="postgresql://USER@HOST[:PORT]/DATABASE"
    )


def run_init(args: argparse.Namespace) -> int:
    with library_at(args.url) as library:
        print(library.init())
    return 0


def run_login(args: argparse.Namespace) -> int:
    address = ServerAddress.parse(args.url)
    if address.url.password is not None:
        raise CommandFailed(
            "Leave the password out of the URL: `server login` asks for it, so that it stays "
            "out of the shell's history."
        )
    try:
        password = getpass.getpass(f"Password for {address.shown}: ")
    except (EOFError, KeyboardInterrupt):
        raise CommandFailed("No password was given, so none was kept.") from None
    with TeamLibrary(ServerAddress(address.url.set(password=password))) as library:
        library.check_login()  # a refused password is said, and not kept
    if not remember_password(address, password):
        raise CommandFailed(
            "This computer has no keyring to keep the password in: set PGPASSWORD or use "
            "~/.pgpass (libpq's usual places) instead."
        )
    print(
        f"The password for {address.shown} is kept in the keyring: commands given its URL use it."
    )
    return 0


def run_logout(args: argparse.Namespace) -> int:
    address = ServerAddress.parse(args.url)
    if not forget_password(address):
        raise CommandFailed(f"The keyring keeps no password for {address.shown}.")
    print(f"The password for {address.shown} is no longer kept in the keyring.")
    return 0


def run_grant(args: argparse.Namespace) -> int:
    role = Role(args.role)
    with library_at(args.url) as library:
        library.grant(args.proposal, args.user, role, args.personal_data)
    people = ", with postholders" if args.personal_data else ""
    print(f'"{shown(args.user)}" is now {role.value} of "{shown(args.proposal)}"{people}.')
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    with library_at(args.url) as library:
        if not library.revoke(args.proposal, args.user):
            raise CommandFailed(
                f'"{shown(args.user)}" is not a member of "{shown(args.proposal)}" whom you may remove.'
            )
    print(f'"{shown(args.user)}" is no longer a member of "{shown(args.proposal)}".')
    return 0


def run_push(args: argparse.Namespace) -> int:
    opened = load(args.file)
    name = args.proposal or Path(args.file).stem
    with library_at(args.url) as library:
        library.push(opened.proposal, name, Path(args.file).name)
    posts = len(opened.proposal.posts)
    print(f'Pushed "{shown(name)}" ({posts} posts) to {library.address.shown}.')
    return 0


def run_pull(args: argparse.Namespace) -> int:
    if args.as_scenario is not None:
        return past_copy.run(args)
    if args.scenario is not None:
        raise CommandFailed(
            "--scenario names the scenario that --as-scenario NAME copies: pull writes every "
            "scenario to the file."
        )
    if args.output is None:
        raise CommandFailed(
            "Give -o FILE to write the proposal to, or --as-scenario NAME to copy one of its "
            "scenarios into it."
        )
    target = writable(args.output, force=args.force)
    with library_at(args.url) as library:
        if args.as_of is None:
            found = library.read(args.proposal)
        else:
            found = library.read_as_of(args.proposal, args.as_of)
    save_proposal(found.proposal, target)
    print(f'Pulled "{shown(args.proposal)}" (revision {found.revision}) into {shown(target)}.')
    return 0


def run_list(args: argparse.Namespace) -> int:
    with library_at(args.url) as library:
        listed = library.proposals()
    if not listed:
        raise CommandFailed(f"The library at {library.address.shown} has no proposals you may see.")
    rows = [("Proposal", "Revision", "Last changed", "Your role")]
    for entry in listed:
        when = f"{entry.changed_at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC by {entry.changed_by}"
        rows.append((entry.name, str(entry.revision), when, entry.role or "library owner"))
    print(table(rows, indent=""))
    return 0


def run_history(args: argparse.Namespace) -> int:
    with library_at(args.url) as library:
        found = library.read(args.proposal)
        entries = library.history(found.proposal_id)
    rows = [("Revision", "When (UTC)", "Who", "Edit")]
    for entry in entries:
        when = f"{entry.changed_at.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}"
        rows.append((str(entry.revision), when, entry.changed_by, entry.name))
    print(table(rows, indent=""))
    return 0


def moment(text: str) -> dt.datetime:
    """An argparse type: a date and time in ISO 8601 (UTC when it names no zone)."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'"{shown(text)}" is not a date and time: give one such as 2026-03-01T14:30'
        ) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
