"""Team server passwords in the platform's keyring (Windows Credential Manager, macOS Keychain,
the Secret Service on Linux): never in settings, files or command lines.

The command line and the designer share them: each is kept under the server's address as
messages show it (user@host:port/database), so one typed into either serves both.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from orgchart_app.storage.team.address import ServerAddress

KEYRING_SERVICE = "orgchart-designer team server"


def remembered_password(address: ServerAddress) -> str | None:
    """The password kept for `address`, or None (none kept, or no keyring on this computer)."""
    try:
        return keyring.get_password(KEYRING_SERVICE, address.shown)
    except KeyringError:
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep `password` for `address`; False when this computer has no keyring to keep it in."""
    try:
        keyring.set_password(KEYRING_SERVICE, address.shown, password)
    except KeyringError:
        return False
    return True


def forget_password(address: ServerAddress) -> bool:
    """Remove the password kept for `address`; False when none was kept."""
    try:
        keyring.delete_password(KEYRING_SERVICE, address.shown)
    except (PasswordDeleteError, KeyringError):
        return False
    return True


def with_remembered_password(address: ServerAddress) -> ServerAddress:
    """`address` with the kept password filled in when it names none itself."""
    if address.url.password is not None:
        return address
    password = remembered_password(address)
    return address if password is None else ServerAddress(address.url.set(password=password))
