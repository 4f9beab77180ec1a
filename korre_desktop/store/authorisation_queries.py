"""Queries over social-media accounts and the authorisations to post for them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from korre_desktop.store.columns import only, person_columns

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

# A person's name columns under a prefix, for ``domain.people.person_name`` after
# ``unprefixed``: the authorised person (p_), who granted it (g_), who gave permission (g_).
EMPLOYEE_NAME_COLUMNS = """{a}.roepnaam AS {p}roepnaam, {a}.tussenvoegsel AS {p}tussenvoegsel,
    {a}.achternaam AS {p}achternaam, {a}.naamgebruik AS {p}naamgebruik,
    {a}.partner_tussenvoegsel AS {p}partner_tussenvoegsel,
    {a}.partner_achternaam AS {p}partner_achternaam"""

_ACCOUNT_SELECT = f"""SELECT a.id, a.platform, a.name, a.link, a.school_id,
        coalesce(s.name, '') AS school_name, a.created_on, a.permission_by_employee_id,
        {EMPLOYEE_NAME_COLUMNS.format(a="g", p="g_")}, a.ended_on, a.note, a.created_at
    FROM accounts a
    LEFT JOIN schools s ON s.id = a.school_id
    LEFT JOIN employees g ON g.id = a.permission_by_employee_id"""

_AUTHORISATION_SELECT = f"""SELECT x.id, x.person_kind, x.employee_id, x.student_id,
        coalesce(e.staff_number, st.student_number) AS person_number,
        coalesce(e.roepnaam, st.roepnaam) AS p_roepnaam,
        coalesce(e.tussenvoegsel, st.tussenvoegsel) AS p_tussenvoegsel,
        coalesce(e.achternaam, st.achternaam) AS p_achternaam,
        e.naamgebruik AS p_naamgebruik, e.partner_tussenvoegsel AS p_partner_tussenvoegsel,
        e.partner_achternaam AS p_partner_achternaam,
        coalesce(e.end_date, st.left_date) AS person_left_on,
        x.account_id, coalesce(ac.platform, '') AS account_platform,
        coalesce(ac.name, '') AS account_name, ac.ended_on AS account_ended_on,
        coalesce(ac.school_id, x.school_id) AS school_id, coalesce(sc.name, '') AS school_name,
        x.valid_from, x.valid_until, x.granted_by_employee_id,
        {EMPLOYEE_NAME_COLUMNS.format(a="g", p="g_")}, g.function AS granted_by_function,
        x.note, x.evidence_sha256, x.evidence_name, x.entered_by, x.entered_at,
        w.withdrawn_on, coalesce(w.note, '') AS withdrawal_note
    FROM authorisations x
    LEFT JOIN employees e ON e.id = x.employee_id
    LEFT JOIN students st ON st.id = x.student_id
    LEFT JOIN accounts ac ON ac.id = x.account_id
    LEFT JOIN schools sc ON sc.id = coalesce(ac.school_id, x.school_id)
    JOIN employees g ON g.id = x.granted_by_employee_id
    LEFT JOIN authorisation_withdrawals w ON w.authorisation_id = x.id"""

_PERSON_COLUMN = {"employee": "employee_id", "student": "student_id"}


def unprefixed(row: Row, prefix: str) -> Row:
    """The columns of ``row`` starting with ``prefix``, without it (a person's name)."""
    return {key[len(prefix) :]: value for key, value in row.items() if key.startswith(prefix)}


def _first(rows: list[Row]) -> Row | None:
    return rows[0] if rows else None


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


class AuthorisationQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- accounts ----------------------------------------------------------------------------

    def accounts(self) -> list[Row]:
        """Every account (ended ones too): the foundation's first, then by school, platform
        and name. ``g_*`` are the name columns of who gave permission (NULL: not known)."""
        return self._store.rows(
            _ACCOUNT_SELECT + " ORDER BY a.school_id IS NOT NULL, s.name, a.platform,"
            " lower(a.name), a.id"
        )

    def account(self, account_id: int) -> Row | None:
        return _first(self._store.rows(_ACCOUNT_SELECT + " WHERE a.id = ?", [account_id]))

    def account_named(
        self, platform: str, name: str, school_id: int | None, except_id: int | None = None
    ) -> Row | None:
        """An account not ended of this platform, name (case and spaces aside) and school."""
        return _first(
            self._store.rows(
                """SELECT id, name, ended_on FROM accounts
                   WHERE platform = ? AND lower(trim(name)) = lower(trim(?))
                     AND school_id IS NOT DISTINCT FROM ? AND ended_on IS NULL
                     AND id IS DISTINCT FROM ? LIMIT 1""",
                [platform, name, school_id, except_id],
            )
        )

    def add_account(
        self,
        *,
        platform: str,
        name: str,
        link: str,
        school_id: int | None,
        created_on: date | None,
        permission_by_employee_id: int | None,
        note: str,
    ) -> int:
        """A new account in use (``school_id`` None: the foundation's own); its id."""
        store = self._store
        return store.insert(
            "accounts",
            {
                "platform": platform,
                "name": name,
                "link": link,
                "school_id": school_id,
                "created_on": _iso(created_on),
                "permission_by_employee_id": permission_by_employee_id,
                "note": note,
                "ended_on": None,
                "created_at": store.now(),
            },
        )

    def update_account(self, account_id: int, changes: Mapping[str, Any]) -> bool:
        """Change an account's name, link or note; False when nothing changed."""
        checked = only(changes, {"name", "link", "note"}, "an account")
        return self._store.update("accounts", account_id, checked)

    def end_account(self, account_id: int, on: date) -> bool:
        """The account ends on ``on``; False when it did already."""
        return self._store.update("accounts", account_id, {"ended_on": on.isoformat()})

    # -- authorisations ----------------------------------------------------------------------

    def authorisations(self, person: tuple[str, int] | None = None) -> list[Row]:
        """Every authorisation (of one person: ``(kind, id)``), oldest first; names under
        ``p_`` (the authorised person) and ``g_`` (who granted it)."""
        if person is None:
            return self._store.rows(_AUTHORISATION_SELECT + " ORDER BY x.valid_from, x.id")
        kind, person_id = person
        column = _PERSON_COLUMN[kind]
        return self._store.rows(
            _AUTHORISATION_SELECT + f" WHERE x.{column} = ? ORDER BY x.valid_from, x.id",
            [person_id],
        )

    def authorisation(self, authorisation_id: int) -> Row | None:
        return _first(
            self._store.rows(_AUTHORISATION_SELECT + " WHERE x.id = ?", [authorisation_id])
        )

    def add_authorisation(
        self,
        *,
        person_kind: str,
        person_id: int,
        account_id: int | None,
        school_id: int | None,
        valid_from: date,
        valid_until: date | None,
        granted_by_employee_id: int | None,
        note: str,
        evidence_sha256: str | None,
        evidence_name: str,
    ) -> int:
        """An authorisation of an employee or student (``person_kind``) to post for an
        account, a school or (neither: ``account_id`` and ``school_id`` None) the
        foundation; entered by the store's actor now. Its id."""
        store = self._store
        return store.insert(
            "authorisations",
            {
                **person_columns(person_kind, person_id),
                "account_id": account_id,
                "school_id": school_id,
                "valid_from": valid_from.isoformat(),
                "valid_until": _iso(valid_until),
                "granted_by_employee_id": granted_by_employee_id,
                "note": note,
                "evidence_sha256": evidence_sha256,
                "evidence_name": evidence_name,
                "entered_by": store.actor,
                "entered_at": store.now(),
            },
        )

    def withdraw_authorisation(self, authorisation_id: int, *, on: date, note: str) -> int:
        """The authorisation withdrawn from ``on`` (a row of its own: authorisations are
        never changed); the withdrawal's id."""
        store = self._store
        return store.insert(
            "authorisation_withdrawals",
            {
                "authorisation_id": authorisation_id,
                "withdrawn_on": on.isoformat(),
                "note": note,
                "entered_by": store.actor,
                "entered_at": store.now(),
            },
        )
