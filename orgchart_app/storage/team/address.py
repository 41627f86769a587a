"""A team server's address: a postgresql:// URL, checked, and shown without its password."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError

from orgchart_app.domain.errors import ServerRefused
from orgchart_app.domain.file_kinds import shown

_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
_PASSWORD = re.compile(r"(//[^:/@]*):[^@/]*@")


def is_server_url(text: str) -> bool:
    """Does a command's FILE argument name a team server rather than a file?"""
    return text.strip().lower().startswith(_SCHEMES)


@dataclass(frozen=True, slots=True)
class ServerAddress:
    url: URL

    @classmethod
    def parse(cls, text: str, password: str | None = None) -> ServerAddress:
        """The address in `text` (postgresql://USER:PASSWORD@HOST:PORT/DATABASE); `password`
        (from the keyring) fills in one the URL leaves out. ServerRefused for a bad URL."""
        if not is_server_url(text):
            raise ServerRefused(
                f'"{masked(text)}" is not a team server address: give one such as '
                "postgresql://USER@HOST/DATABASE."
            )
        try:
            url = sa.make_url(text.strip())
        except (ArgumentError, ValueError):
            raise ServerRefused(
                f'"{masked(text)}" is not a valid server address: give one such as '
                "postgresql://USER@HOST/DATABASE."
            ) from None
        if not url.database:
            raise ServerRefused(
                f'"{shown(cls(url).shown)}" names no database: end it with /DATABASE, '
                "the database IT made for the team."
            )
        url = url.set(drivername="postgresql+psycopg")
        if password is not None and url.password is None:
            url = url.set(password=password)
        return cls(url)

    @property
    def shown(self) -> str:
        """The address as messages name it: never the password."""
        host = self.url.host or self.url.query.get("host") or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        user = f"{self.url.username}@" if self.url.username else ""
        # An address refused for naming no database is shown without one, not as "/None".
        database = f"/{self.url.database}" if self.url.database else ""
        return f"{user}{host}{port}{database}"

    @property
    def database(self) -> str:
        return str(self.url.database)


def masked(text: str) -> str:
    """A URL as a message may quote it: the password left out."""
    return shown(_PASSWORD.sub(r"\1:***@", text))
