"""What the record commands (unit, line, holder, pool, outcome, consultation, source) share:
argument types where "" clears a field, and finding a post, unit or person by what a user types."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from orgchart_app.analysis.people_costs import person_label
from orgchart_app.cli.common import (
    CommandFailed,
    add_file_argument,
    add_force_argument,
    add_format_argument,
    add_scenario_argument,
    open_source,
)
from orgchart_app.domain import Post, Proposal, Scenario
from orgchart_app.domain.errors import AmbiguousName, NotFound, OrgChartError
from orgchart_app.domain.file_kinds import shown
from orgchart_app.domain.model import Postholder, Unit

YES_NO = {"yes": True, "no": False}


def yes_no(text: str) -> bool:
    """An argparse type: yes or no."""
    try:
        return YES_NO[text.strip().casefold()]
    except KeyError:
        raise argparse.ArgumentTypeError(f'"{shown(text)}" is not yes or no') from None


def optional(convert: Callable[[str], object]) -> Callable[[str], object]:
    """An argparse type where "" clears the field (None)."""
    return lambda text: None if not text.strip() else convert(text)


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'"{shown(text)}" is not a date such as 2028-03-31'
        ) from None


def optional_date() -> Callable[[str], object]:
    return optional(date)


_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def colour(text: str) -> str:
    """An argparse type: a colour as the charts draw it, #RRGGBB, or "" for none."""
    if text.strip() and not _COLOUR.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(f'"{shown(text)}" is not a colour such as #336699')
    return text.strip()


# (option, record field, argparse type, help): a command's settable fields, each option left
# out keeping its field as it is.
Field = tuple[str, str, Callable[[str], object], str]


def action_parser(actions: Any, name: str, help: str, scenario: str | None = None) -> Any:
    """A record command's change (add, set, remove, ...): FILE (or a library's URL with
    --proposal), --scenario S saying `scenario` when the record sits in one, and --force."""
    parser = actions.add_parser(name, help=help)
    add_file_argument(parser)
    if scenario is not None:
        add_scenario_argument(parser, scenario)
    add_force_argument(parser)
    return parser


def listing_parser(
    actions: Any, help: str, run: Callable[[argparse.Namespace], int], scenario: str | None = None
) -> Any:
    """A record command's `list`: FILE, --scenario S when given `scenario`, --format text|json."""
    parser = actions.add_parser("list", help=help)
    add_file_argument(parser)
    if scenario is not None:
        add_scenario_argument(parser, scenario)
    add_format_argument(parser, ("text", "json"))
    parser.set_defaults(run=run)
    return parser


def add_names_argument(parser: Any) -> None:
    parser.add_argument(
        "--names", action="store_true", help="name the people (personal data; left out by default)"
    )


def add_field_options(parser: Any, fields: Sequence[Field]) -> None:
    for option, field, kind, text in fields:
        parser.add_argument(option, dest=field, type=kind, default=argparse.SUPPRESS, help=text)


def given_fields(args: argparse.Namespace, fields: Sequence[Field]) -> dict[str, Any]:
    """The fields the user gave (by record field name); refused in one sentence when none."""
    given = {f: getattr(args, f) for _, f, _, _ in fields if hasattr(args, f)}
    if not given:
        raise CommandFailed(f"Say what to change: {', '.join(o for o, _, _, _ in fields)}.")
    return given


def post_in(proposal: Proposal, scenario: Scenario, ref: str) -> Post:
    for post in proposal.posts_in(scenario.id):
        if post.post_ref.casefold() == ref.strip().casefold():
            return post
    raise CommandFailed(f'There is no post "{shown(ref)}" in "{scenario.name}".')


def unit_in(proposal: Proposal, scenario: Scenario, text: str) -> Unit:
    """A unit by its reference (U-12) or its name; a name two units share is refused."""
    try:
        return proposal.unit_called(scenario.id, text)
    except AmbiguousName as shared:
        raise CommandFailed(str(shared)) from None
    except NotFound:
        raise CommandFailed(
            f'There is no unit "{shown(text)}" in "{scenario.name}" '
            "(`orgchart unit list FILE` lists them)."
        ) from None


def person_in(proposal: Proposal, scenario: Scenario, text: str) -> Postholder:
    """A postholder of `scenario` by "POST-REF #N" (as `holder list` and `people` show them,
    without a name) or by employee number."""
    wanted = text.strip().casefold()
    people = proposal.postholders_in(scenario.id)
    for person in people:
        label = person_label(proposal, person, names=False)
        if wanted in (label.casefold(), person.employee_number.strip().casefold()):
            return person
    raise CommandFailed(
        f'There is no postholder "{shown(text)}" in "{scenario.name}": name one as '
        '"POST-REF #N" or by employee number (`orgchart holder list FILE` lists them).'
    )


def money(value: object) -> Decimal | None:
    """A Decimal as the file keeps money (argparse's decimal type already gave one)."""
    return None if value is None else Decimal(str(value))


@contextlib.contextmanager
def names_hidden(args: argparse.Namespace) -> Iterator[None]:
    """A refusal of a people edit names the person (as the designer, which shows names, says
    it); on the command line each name is replaced by the person's "POST-REF #N"."""
    try:
        yield
    except OrgChartError as refused:
        message = str(refused)
        proposal = open_source(args).proposal
        for person in proposal.postholders.values():
            if person.name.strip():
                # Whole words only: a short name must not change the words around it.
                named = re.compile(rf"(?<!\w){re.escape(person.name.strip())}(?!\w)")
                message = named.sub(person_label(proposal, person, False), message)
        raise CommandFailed(message) from None
