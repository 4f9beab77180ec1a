"""The purge on the server (issue 17): only the beheerder may purge, for the app and for a
plain connection (psql) alike; real logins on the throwaway cluster."""

from __future__ import annotations

import psycopg
import pytest

from korre_desktop.domain.roles import Role
from korre_desktop.errors import NotAllowedError
from korre_desktop.server_location import with_login
from korre_desktop.services import retention, users
from korre_desktop.store import Store
from tests.purge_world import DAY, build
from tests.test_cli import _assert_one_line_error, _run

pytestmark = pytest.mark.server_only

OFFICE = "purge_kantoor"
PASSWORD = "geheim-Wachtwoord-1"


@pytest.fixture(scope="module")
def url(server_databases) -> str:
    made = server_databases.new_database()
    with Store.open(made, actor="it") as store:
        build(store)
        users.add_user(store, OFFICE, Role.ADMINISTRATIE, PASSWORD, (), None)
    return made


def test_the_office_may_not_purge(url: str, capsys) -> None:
    code, _, err = _run(capsys, "--db", url, "--user", OFFICE, "purge", "--dry-run")
    assert code == 2
    _assert_one_line_error(err, "not allowed as administratie")
    with Store.open(with_login(url, OFFICE)) as store, pytest.raises(NotAllowedError):
        retention.plan_erasure(store, "student", "1001", "verzoek", DAY)


def test_the_office_cannot_open_a_purge_run_with_psql(url: str) -> None:
    with psycopg.connect(with_login(url, OFFICE)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO purge_runs (rule, actor, started_at) VALUES ('x', 'y', 'z')")
        conn.rollback()
        with pytest.raises(psycopg.errors.IntegrityError):
            conn.execute("DELETE FROM consent_statements")


def test_the_owner_purges_only_through_a_purge_run(url: str) -> None:
    with psycopg.connect(url) as conn:
        with pytest.raises(psycopg.errors.IntegrityError):
            conn.execute("DELETE FROM audit_log")
        conn.rollback()
    with Store.open(url, actor="it") as store:
        result = retention.apply(store, retention.plan(store, DAY))
        assert result.wiped  # the owner rewrites the tables
        assert store.records.student_row(1) is None
        assert store.rows("SELECT count(*) AS n FROM purge_runs")[0]["n"] == 0
