"""Who may do what, enforced by the server: row-level security per proposal (docs/TEAM.md).

A member of a proposal is owner, editor or viewer; postholders (personal data) are seen only
by members granted them. The library's owner (who ran `orgchart server init`, usually IT)
owns the tables and so is not bound by the policies; every other role is.
"""

from __future__ import annotations

import sqlalchemy as sa

from orgchart_app.domain.tables import PERSONAL_TABLES
from orgchart_app.storage.team.tables import (
    RECORD_TABLES,
    history,
    library_info,
    member,
    people_history,
    proposal,
)

# The member's role in a proposal, or NULL: SECURITY DEFINER so policies can ask it without
# the member table's own policy applying (which would recurse). session_user is who logged in.
_FUNCTIONS = """
CREATE OR REPLACE FUNCTION orgchart_role(p integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT role FROM proposal_member WHERE proposal_id = p AND role_name = session_user $$;
CREATE OR REPLACE FUNCTION orgchart_sees_people(p integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT coalesce((SELECT personal_data FROM proposal_member
                           WHERE proposal_id = p AND role_name = session_user), false) $$;
CREATE OR REPLACE FUNCTION orgchart_hidden_holders(p integer, post integer) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT count(*) FROM postholder WHERE proposal_id = p AND post_id = post
          AND NOT orgchart_sees_people(p) $$;
CREATE OR REPLACE FUNCTION orgchart_make_owner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ BEGIN
        INSERT INTO proposal_member (proposal_id, role_name, role, personal_data)
        VALUES (NEW.id, session_user, 'owner', true);
        RETURN NULL;
    END $$;
CREATE OR REPLACE FUNCTION orgchart_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN
        RAISE EXCEPTION 'the edit history is append-only: its entries cannot be changed or removed';
    END $$;
DROP TRIGGER IF EXISTS proposal_owner ON proposal;
CREATE TRIGGER proposal_owner AFTER INSERT ON proposal
    FOR EACH ROW EXECUTE FUNCTION orgchart_make_owner();
DROP TRIGGER IF EXISTS history_append_only ON edit_history;
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON edit_history
    FOR EACH ROW EXECUTE FUNCTION orgchart_append_only();
DROP TRIGGER IF EXISTS history_append_only ON edit_history_people;
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON edit_history_people
    FOR EACH ROW EXECUTE FUNCTION orgchart_append_only();
"""

_READ = "orgchart_role(proposal_id) IS NOT NULL"
_WRITE = "orgchart_role(proposal_id) IN ('owner', 'editor')"
_PEOPLE = "orgchart_sees_people(proposal_id)"


def _policies(table: str, read: str, write: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS member_reads ON {table}",
        f"DROP POLICY IF EXISTS member_writes ON {table}",
        f"CREATE POLICY member_reads ON {table} FOR SELECT USING ({read})",
        f"CREATE POLICY member_writes ON {table} FOR ALL USING ({write}) WITH CHECK ({write})",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO PUBLIC",
    ]


def access_statements() -> list[str]:
    """Everything that sets up the policies; run again by every `server init` (idempotent)."""
    statements = [_FUNCTIONS, f"GRANT SELECT ON {library_info.name} TO PUBLIC"]
    for table, server_table in RECORD_TABLES.items():
        people = table in PERSONAL_TABLES
        read = _PEOPLE if people else _READ
        write = f"{_WRITE} AND {_PEOPLE}" if people else _WRITE
        statements += _policies(server_table.name, read, write)
    statements += _proposal_policies()
    statements += _policies(
        member.name,
        "role_name = session_user OR orgchart_role(proposal_id) = 'owner'",
        "orgchart_role(proposal_id) = 'owner'",
    )
    statements += _policies(history.name, _READ, f"{_WRITE} AND changed_by = session_user") + [
        f"REVOKE UPDATE, DELETE ON {history.name} FROM PUBLIC"
    ]
    statements += _policies(people_history.name, _PEOPLE, f"{_WRITE} AND {_PEOPLE}") + [
        f"REVOKE UPDATE, DELETE ON {people_history.name} FROM PUBLIC"
    ]
    return statements


def _proposal_policies() -> list[str]:
    # Anyone who may connect may start a proposal (and owns it); only its owner removes it.
    name = proposal.name
    return [
        f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
        *(f"DROP POLICY IF EXISTS {p} ON {name}" for p in ("reads", "starts", "writes", "removes")),
        f"CREATE POLICY reads ON {name} FOR SELECT USING (orgchart_role(id) IS NOT NULL)",
        f"CREATE POLICY starts ON {name} FOR INSERT WITH CHECK (true)",
        f"CREATE POLICY writes ON {name} FOR UPDATE USING (orgchart_role(id) IN ('owner', 'editor'))",
        f"CREATE POLICY removes ON {name} FOR DELETE USING (orgchart_role(id) = 'owner')",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO PUBLIC",
        f"GRANT USAGE ON SEQUENCE {name}_id_seq TO PUBLIC",
    ]


def set_up_access(connection: sa.Connection) -> None:
    for statement in access_statements():
        connection.exec_driver_sql(statement)
