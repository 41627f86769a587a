"""Team mode: proposal libraries on a PostgreSQL server (docs/TEAM.md)."""

from orgchart_app.storage.team.address import ServerAddress, is_server_url
from orgchart_app.storage.team.client import TeamLibrary
from orgchart_app.storage.team.library import LIBRARY_VERSION
from orgchart_app.storage.team.members import Role
from orgchart_app.storage.team.shared import SharedProposal, TakenIn
from orgchart_app.storage.team.sync import RemoteEdit
from orgchart_app.storage.team.transfer import ListedProposal, TeamProposal

__all__ = [
    "LIBRARY_VERSION",
    "ListedProposal",
    "RemoteEdit",
    "Role",
    "ServerAddress",
    "SharedProposal",
    "TakenIn",
    "TeamLibrary",
    "TeamProposal",
    "is_server_url",
]
