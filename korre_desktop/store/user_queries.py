"""The users of a server database: who is signed in, and the logins a beheerder manages
(``CREATE ROLE ... IN ROLE korre_<role>`` with a row in ``users``). The group roles,
grants and row-level security are ``postgres_roles``; the use cases ``services/users.py``.

The embedded file keeps the ``users`` tables empty: it is one local user.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from korre_desktop.domain.roles import Role, SignedIn
from korre_desktop.errors import InputError, NotAUserError
from korre_desktop.store.postgres_roles import group_role

if TYPE_CHECKING:
    from korre_desktop.store.postgres import PostgresDatabase
    from korre_desktop.store.store import Store

Row = dict[str, Any]

# Server logins are PostgreSQL role names: at most 63 bytes; ours and the server's own
# prefixes are not for people.
MAX_LOGIN_BYTES = 63
RESERVED_PREFIXES = ("pg_", "korre_")


def signed_in_on_server(db: PostgresDatabase) -> SignedIn:
    """The server's truth about the login of ``db``: the owner of the tables (or a
    superuser) is beheerder; a login with an active ``users`` row has its role (and its
    schools, for an office or management limited to some); any other is refused."""
    login, role, owner = db.execute(
        "SELECT session_user, korre_my_role(), korre_is_owner()"
    ).fetchone()
    # COPY does not pass row-level security: only the tables' owner loads many rows by it.
    db.bulk_copy = bool(owner)
    if role is None:
        raise NotAUserError(
            f"the login {login!r} is not a user of this Korre Desktop database"
            f" ({db.path_text}): ask a beheerder (korre-desktop users add)",
            path=db.path_text,
            reason="not_a_user",
            login=login,
        )
    schools = [row[0] for row in db.execute("SELECT korre_my_school_ids()").fetchall()]
    limited = Role(role) in (Role.ADMINISTRATIE, Role.DIRECTIE) and schools
    return SignedIn(login, Role(role), frozenset(schools) if limited else None)


def check_login(login: str) -> str:
    name = login.strip()
    if not name:
        raise InputError("a login name is needed", reason="login_required")
    if len(name.encode()) > MAX_LOGIN_BYTES:
        raise InputError(
            f"a login name has at most {MAX_LOGIN_BYTES} bytes: {name!r}", reason="login_too_long"
        )
    if any(ord(char) < 32 for char in name) or name.lower().startswith(RESERVED_PREFIXES):
        raise InputError(f"not a usable login name: {name!r}", reason="login_unusable")
    return name


class UserQueries:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _server(self) -> PostgresDatabase:
        if not self.store.is_server:
            raise InputError(
                "the embedded file has one local user (this computer's account): users"
                " and roles are kept on a server database"
            )
        return self.store.db  # type: ignore[return-value]

    def users(self) -> list[Row]:
        """Every user with their role, employee, schools, and classes and trip groups linked
        by hand."""
        self._server()
        return self.store.rows(
            "SELECT u.login, u.role, u.active, u.created_at, e.staff_number,"
            " (SELECT string_agg(s.name, ', ' ORDER BY s.name) FROM user_schools us"
            "  JOIN schools s ON s.id = us.school_id WHERE us.login = u.login) AS schools,"
            " (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM user_classes uc"
            "  JOIN classes c ON c.id = uc.class_id WHERE uc.login = u.login) AS classes,"
            " (SELECT string_agg(g.name, ', ' ORDER BY g.name) FROM user_trip_groups ug"
            "  JOIN trip_groups g ON g.id = ug.group_id WHERE ug.login = u.login) AS trip_groups"
            " FROM users u LEFT JOIN employees e ON e.id = u.employee_id ORDER BY u.login"
        )

    def user(self, login: str) -> Row | None:
        self._server()
        found = self.store.rows("SELECT * FROM users WHERE login = ?", [login])
        return found[0] if found else None

    def login_exists(self, login: str) -> bool:
        """The server has this login already (perhaps for another database)."""
        db = self._server()
        return (
            db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [login]).fetchone() is not None
        )

    def add(
        self,
        login: str,
        role: Role,
        password: str | None,
        school_ids: Collection[int] = (),
        employee_id: int | None = None,
    ) -> None:
        """A new user: the login (made with ``password`` when the server has none of that
        name, else the existing one is used), a member of the role's group role."""
        from psycopg import sql

        db = self._server()
        with self.store.transaction():
            if self.user(login) is not None:
                raise InputError(f"{login!r} is a user already", reason="user_exists")
            if self.login_exists(login):
                db.execute(sql.SQL("ALTER ROLE {} LOGIN").format(sql.Identifier(login)))
            else:
                if not password:
                    raise InputError("a new login needs a password", reason="password_required")
                db.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                        sql.Identifier(login), sql.Literal(_encrypted(db, login, password))
                    )
                )
            self._join(login, role)
            row = {
                "login": login,
                "role": role.value,
                "employee_id": employee_id,
                "active": 1,
                "created_at": self.store.now(),
            }
            db.execute(
                "INSERT INTO users (login, role, employee_id, active, created_at)"
                " VALUES (:login, :role, :employee_id, :active, :created_at)",
                row,
            )
            self.store.audit("insert", "users", login, None, row)
            self._set_schools(login, school_ids)

    def _join(self, login: str, role: Role, leave: Role | None = None) -> None:
        from psycopg import sql

        db = self._server()
        who = sql.Identifier(login)
        if leave is not None:
            db.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group_role(leave)), who))
        db.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group_role(role)), who))
        # a beheerder makes logins and group memberships (users add)
        attribute = "CREATEROLE" if role is Role.BEHEERDER else "NOCREATEROLE"
        db.execute(sql.SQL(f"ALTER ROLE {{}} {attribute}").format(who))

    def disable(self, login: str) -> None:
        """The login cannot sign in any more; the user and their history stay."""
        from psycopg import sql

        db = self._server()
        with self.store.transaction():
            self._existing(login)
            db.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)))
            db.execute("UPDATE users SET active = 0 WHERE login = ?", [login])
            self.store.audit("update", "users", login, {"active": 1}, {"active": 0})

    def enable(self, login: str) -> None:
        """A disabled user can sign in again, with the password they had."""
        from psycopg import sql

        db = self._server()
        with self.store.transaction():
            if self._existing(login)["active"]:
                return
            db.execute(sql.SQL("ALTER ROLE {} LOGIN").format(sql.Identifier(login)))
            db.execute("UPDATE users SET active = 1 WHERE login = ?", [login])
            self.store.audit("update", "users", login, {"active": 0}, {"active": 1})

    def set_password(self, login: str, password: str) -> None:
        """A new password for a user (one who forgot theirs): sent hashed, never logged; the
        change log says that it changed, not what it is."""
        from psycopg import sql

        db = self._server()
        with self.store.transaction():
            self._existing(login)
            db.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(login), sql.Literal(_encrypted(db, login, password))
                )
            )
            self.store.audit("update", "users", login, None, {"password": "reset"})

    def set_role(self, login: str, role: Role) -> None:
        with self.store.transaction():
            before = Role(self._existing(login)["role"])
            if before is role:
                return
            self._join(login, role, leave=before)
            self.store.db.execute("UPDATE users SET role = ? WHERE login = ?", [role.value, login])
            self.store.audit("update", "users", login, {"role": before.value}, {"role": role.value})

    def set_schools(self, login: str, school_ids: Collection[int]) -> None:
        with self.store.transaction():
            self._existing(login)
            self._set_schools(login, school_ids)

    def _set_schools(self, login: str, school_ids: Collection[int]) -> None:
        before = [
            row["school_id"]
            for row in self.store.rows(
                "SELECT school_id FROM user_schools WHERE login = ? ORDER BY school_id", [login]
            )
        ]
        wanted = sorted(set(school_ids))
        if before == wanted:
            return
        self.store.db.execute("DELETE FROM user_schools WHERE login = ?", [login])
        for school_id in wanted:
            self.store.db.execute(
                "INSERT INTO user_schools (login, school_id) VALUES (?, ?)", [login, school_id]
            )
        self.store.audit("update", "user_schools", login, {"schools": before}, {"schools": wanted})

    def link_class(self, login: str, class_id: int) -> bool:
        """A class linked by hand to a user (a teacher); False when it was already."""
        with self.store.transaction():
            self._existing(login)
            known = self.store.rows(
                "SELECT 1 FROM user_classes WHERE login = ? AND class_id = ?", [login, class_id]
            )
            if known:
                return False
            self.store.insert("user_classes", {"login": login, "class_id": class_id})
        return True

    def link_trip_group(self, login: str, group_id: int) -> bool:
        with self.store.transaction():
            self._existing(login)
            known = self.store.rows(
                "SELECT 1 FROM user_trip_groups WHERE login = ? AND group_id = ?",
                [login, group_id],
            )
            if known:
                return False
            self.store.insert("user_trip_groups", {"login": login, "group_id": group_id})
        return True

    def unlink_class(self, login: str, class_id: int) -> bool:
        """A class linked by hand no longer linked; False when it was not."""
        return self._unlink("user_classes", "class_id", login, class_id)

    def unlink_trip_group(self, login: str, group_id: int) -> bool:
        return self._unlink("user_trip_groups", "group_id", login, group_id)

    def _unlink(self, table: str, column: str, login: str, linked_id: int) -> bool:
        with self.store.transaction():
            self._existing(login)
            gone = self.store.db.execute(
                f"DELETE FROM {table} WHERE login = ? AND {column} = ?", [login, linked_id]
            ).rowcount
            if not gone:
                return False
            self.store.audit("delete", table, login, {column: linked_id}, None)
        return True

    def _existing(self, login: str) -> Row:
        found = self.user(login)
        if found is None:
            raise InputError(
                f"no such user: {login!r} (see 'korre-desktop users list')", reason="no_such_user"
            )
        return found


def _encrypted(db: PostgresDatabase, login: str, password: str) -> str:
    """The password as the server stores it (SCRAM, as ``psql``'s \\password sends it):
    the clear password never travels, nor lands in the server's statement log."""
    encrypted = db.conn.pgconn.encrypt_password(password.encode(), login.encode(), None)
    return encrypted.decode()
