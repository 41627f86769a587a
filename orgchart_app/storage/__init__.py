"""The .sqlite proposal file: open (checked, migrated, read-only) and save (atomic)."""

from orgchart_app.storage.reader import OpenedFile, open_proposal
from orgchart_app.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from orgchart_app.storage.writer import save_proposal

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "OpenedFile", "open_proposal", "save_proposal"]
