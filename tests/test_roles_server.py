"""The server enforces the roles (issue 16): real logins on the throwaway cluster (trust
authentication: a test signs in by putting the login in the URL), each a member of its
role's group role, limited by row-level security. The same for the app, the command
line and a plain connection (psql)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest

from korre_desktop.domain.roles import Role
from korre_desktop.errors import NotAllowedError, NotAUserError
from korre_desktop.server_location import with_login
from korre_desktop.services import change_log, users
from korre_desktop.store import Store
from tests.test_cli import _assert_one_line_error, _run

pytestmark = pytest.mark.server_only

ON = "2026-11-16"
PASSWORD = "geheim-Wachtwoord-1"


class Foundation:
    """A server database with two schools and a user of each role."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.ids: dict[str, int] = {}

    def as_(self, login: str) -> str:
        return with_login(self.url, login)


def _person(store: Store, school: int, number: str, name: str, klass: int, form: int) -> int:
    records = store.records
    student = records.add_student(
        school_id=school,
        student_number=number,
        roepnaam=name,
        tussenvoegsel="",
        achternaam="Jansen",
        birth_date="2017-05-01",
        enrolled_date=None,
    )
    records.enrol(student, klass)
    guardian = records.add_guardian(
        roepnaam="Ouder", tussenvoegsel="", achternaam=f"van {name}", email="", phone=""
    )
    records.link_guardian(student, guardian, relation="moeder", parental_authority=True)
    store.consent.add_statement(
        subject_kind="student",
        subject_id=student,
        signer_role="guardian",
        guardian_id=guardian,
        signer_name=f"Ouder van {name}",
        signed_date=date(2026, 9, 1),
        form_version_id=form,
        answers={"foto_website": False},
        source="paper",
        evidence_sha256=None,
        note="",
    )
    return student


def _employee(store: Store, number: str, school: int) -> int:
    employee = store.records.add_employee(
        staff_number=number,
        roepnaam="Juf",
        tussenvoegsel="",
        achternaam=number,
        partner_tussenvoegsel="",
        partner_achternaam="",
        naamgebruik="eigen",
        function="leerkracht",
        employment_type="permanent",
        start_date="2020-08-01",
        end_date=None,
        email="",
    )
    store.records.add_employee_school(employee, school)
    return employee


@pytest.fixture(scope="module")
def foundation(server_databases) -> Iterator[Foundation]:
    made = Foundation(server_databases.new_database())
    with Store.open(made.url, actor="it") as store, store.transaction():
        records = store.records
        linde = records.add_school(name="De Linde", brin="12AB")
        anker = records.add_school(name="Het Anker", brin="34CD")
        year = records.add_school_year(
            label="2026-2027", start=date(2026, 8, 1), end=date(2027, 7, 31)
        )
        five = records.add_class(school_id=linde, school_year_id=year, name="5a")
        six = records.add_class(school_id=anker, school_year_id=year, name="6b")
        form = store.consent.form_versions()[0]["id"]
        ids = made.ids
        ids["linde"], ids["anker"] = linde, anker
        ids["a1"] = _person(store, linde, "A1", "Anna", five, form)
        ids["a2"] = _person(store, linde, "A2", "Bram", five, form)
        ids["b1"] = _person(store, anker, "B1", "Cees", six, form)
        teacher = _employee(store, "T1", linde)
        _employee(store, "T2", anker)
        records.add_class_teacher(five, teacher)
        for login, role, schools, staff in (
            ("rol_juf", Role.LEERKRACHT, (), "T1"),
            ("rol_kantoor_linde", Role.ADMINISTRATIE, ("De Linde",), None),
            ("rol_directeur", Role.DIRECTIE, (), None),
            ("rol_fg", Role.PRIVACY, (), None),
        ):
            users.add_user(store, login, role, PASSWORD, schools, staff)
        store.db.execute("DROP ROLE IF EXISTS rol_vreemde")
        store.db.execute("CREATE ROLE rol_vreemde LOGIN")  # a login of the server, no user
    yield made


def _count(conn: psycopg.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_teacher_prints_their_own_class_and_nothing_of_another(
    foundation: Foundation, tmp_path: Path, capsys
) -> None:
    as_teacher = ("--db", foundation.url, "--user", "rol_juf", "print", "no-photo")
    code, out, err = _run(
        capsys, *as_teacher, "--class", "5a", "--date", ON, "-o", str(tmp_path / "5a.pdf")
    )
    assert code == 0, err
    assert "2 student(s)" in out
    code, _, err = _run(
        capsys, *as_teacher, "--class", "6b", "--date", ON, "-o", str(tmp_path / "6b.pdf")
    )
    assert code == 2
    _assert_one_line_error(err, "no class '6b'")
    with Store.open(foundation.as_("rol_juf")) as store:
        assert store.signed_in().role is Role.LEERKRACHT
        assert store.signed_in().login == "rol_juf"
    # The print left its entry, under the teacher's login; the privacy officer reads it,
    # the teacher cannot.
    with psycopg.connect(foundation.as_("rol_fg"), autocommit=True) as privacy:
        printed = privacy.execute(
            "SELECT what, people_count FROM access_log WHERE actor = 'rol_juf'"
        ).fetchall()
    assert printed == [("no_photo_list", 2)]
    with (
        psycopg.connect(foundation.as_("rol_juf"), autocommit=True) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT actor FROM access_log")


def test_a_teacher_with_psql_sees_only_their_class(foundation: Foundation) -> None:
    with psycopg.connect(foundation.as_("rol_juf"), autocommit=True) as conn:
        numbers = {row[0] for row in conn.execute("SELECT student_number FROM students")}
        assert numbers == {"A1", "A2"}
        statements = conn.execute("SELECT student_id FROM consent_statements").fetchall()
        assert {row[0] for row in statements} == {foundation.ids["a1"], foundation.ids["a2"]}
        assert _count(conn, "guardians") == 2
        assert _count(conn, "student_guardians") == 2
        assert [row[0] for row in conn.execute("SELECT name FROM classes")] == ["5a"]
        assert _count(conn, "schools") == 2  # not personal
        for table in ("employees", "blobs", "audit_log", "users", "dossier_entries"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE students SET roepnaam = 'X'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO guardians (achternaam, created_at) VALUES ('X', '2026-01-01')"
            )


def test_a_teacher_cannot_write_and_is_told_in_one_line(foundation: Foundation, capsys) -> None:
    code, _, err = _run(
        capsys, "--db", foundation.url, "--user", "rol_juf", "school", "add", "De Wilg"
    )
    assert code == 2
    _assert_one_line_error(err, "not allowed as leerkracht")
    with Store.open(foundation.as_("rol_juf")) as store, pytest.raises(NotAllowedError) as refused:
        store.records.update_student(foundation.ids["a1"], {"roepnaam": "Anne"})
    assert refused.value.details["role"] == "leerkracht"


def test_management_reads_everything_and_edits_nothing(foundation: Foundation) -> None:
    with Store.open(foundation.as_("rol_directeur")) as store:
        assert store.signed_in().role is Role.DIRECTIE
        assert store.signed_in().school_ids is None
        assert len(store.people.students_all()) == 3
        assert len(store.people.employees_all()) == 2
        with pytest.raises(NotAllowedError, match="not allowed as directie"):
            store.records.update_student(foundation.ids["b1"], {"roepnaam": "Kees"})
        with pytest.raises(NotAllowedError):
            store.records.add_school(name="De Wilg", brin="")


def test_an_office_of_one_school_neither_sees_nor_edits_another(foundation: Foundation) -> None:
    linde, anker = foundation.ids["linde"], foundation.ids["anker"]
    with Store.open(foundation.as_("rol_kantoor_linde"), actor="pc-account") as store:
        signed = store.signed_in()
        assert (signed.role, signed.school_ids) == (Role.ADMINISTRATIE, frozenset({linde}))
        assert {row["student_number"] for row in store.people.students_all()} == {"A1", "A2"}
        assert [row["staff_number"] for row in store.people.employees_all()] == ["T1"]
        assert store.people.student(foundation.ids["b1"]) is None
        with pytest.raises(NotAllowedError):  # a new row in the other school
            store.records.add_student(
                school_id=anker,
                student_number="B9",
                roepnaam="Xander",
                tussenvoegsel="",
                achternaam="Smit",
                birth_date=None,
                enrolled_date=None,
            )
        with store.transaction():  # its own school: yes, audited under its login
            added = store.records.add_student(
                school_id=linde,
                student_number="A9",
                roepnaam="Yara",
                tussenvoegsel="",
                achternaam="Smit",
                birth_date=None,
                enrolled_date=None,
            )
            store.records.update_student(added, {"roepnaam": "Yara Z."})
        history = store.people.audit_for("students", added)
        assert {entry["actor"] for entry in history} == {"rol_kantoor_linde"}
    with psycopg.connect(foundation.as_("rol_kantoor_linde"), autocommit=True) as conn:
        changed = conn.execute("UPDATE students SET roepnaam = 'X' WHERE school_id = %s", [anker])
        assert changed.rowcount == 0
        assert _count(conn, "consent_statements") == 2


def _statement_with_evidence(store: Store, student: int, evidence: str) -> None:
    store.consent.add_statement(
        subject_kind="student",
        subject_id=student,
        signer_role="student",
        guardian_id=None,
        signer_name="Leerling",
        signed_date=date(2026, 9, 2),
        form_version_id=store.consent.form_versions()[0]["id"],
        answers={"foto_website": True},
        source="paper",
        evidence_sha256=evidence,
        note="",
    )


def test_an_office_of_one_school_sees_only_its_schools_stored_files(
    foundation: Foundation,
) -> None:
    with Store.open(foundation.url, actor="it") as store, store.transaction():
        scans = {
            key: store.put_blob(f"scan of {key}".encode(), "image/png") for key in ("a1", "b1")
        }
        for key, sha in scans.items():
            _statement_with_evidence(store, foundation.ids[key], sha)
    with Store.open(foundation.as_("rol_kantoor_linde")) as store:
        assert store.blob(scans["a1"]) == b"scan of a1"
        assert store.blob(scans["b1"]) is None
        # The same content as another school's file: stored once, no error.
        with store.transaction():
            assert store.put_blob(b"scan of b1", "image/png") == scans["b1"]
    with psycopg.connect(foundation.as_("rol_kantoor_linde"), autocommit=True) as conn:
        visible = {row[0] for row in conn.execute("SELECT sha256 FROM blobs")}
        assert scans["a1"] in visible and scans["b1"] not in visible


def test_the_privacy_officer_reads_the_change_log_and_nothing_else(
    foundation: Foundation,
) -> None:
    with psycopg.connect(foundation.as_("rol_fg"), autocommit=True) as conn:
        assert _count(conn, "audit_log") > 10
        actors = {row[0] for row in conn.execute("SELECT DISTINCT actor FROM audit_log")}
        assert "it" in actors  # the owner's entries keep the actor the app gave
        for table in ("students", "guardians", "employees", "consent_statements", "blobs"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO audit_log (at, actor, action, table_name) VALUES"
                         " ('x', 'x', 'x', 'x')")  # fmt: skip
    with Store.open(foundation.as_("rol_fg")) as store:
        assert store.signed_in().role is Role.PRIVACY
        assert not store.is_empty()  # what the window asks at the start, every role
        from korre_desktop.services import change_log

        assert change_log.may_read(store) and len(change_log.entries(store)) > 10


def test_a_login_that_is_no_user_is_refused_at_open(foundation: Foundation, capsys) -> None:
    with pytest.raises(NotAUserError, match="not a user"):
        Store.open(foundation.as_("rol_vreemde"))
    code, _, err = _run(capsys, "--db", foundation.url, "--user", "rol_vreemde", "check")
    assert code == 2
    _assert_one_line_error(err, "'rol_vreemde' is not a user")


def test_users_add_reads_the_password_from_standard_input(
    foundation: Foundation, capsys, monkeypatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    base = ("--db", foundation.url, "users")
    code, out, err = _run(capsys, *base, "add", "rol_nieuw", "--role", "leerkracht")
    assert code == 0, err
    assert PASSWORD not in out + err
    with psycopg.connect(foundation.url, autocommit=True) as admin:
        stored = admin.execute(
            "SELECT rolpassword, rolcanlogin FROM pg_authid WHERE rolname = 'rol_nieuw'"
        ).fetchone()
        assert stored[0].startswith("SCRAM-SHA-256$") and PASSWORD not in stored[0]
        assert stored[1] is True
    code, out, err = _run(capsys, *base, "link-class", "rol_nieuw", "--class", "6b")
    assert code == 0, err
    with psycopg.connect(foundation.as_("rol_nieuw"), autocommit=True) as conn:
        numbers = [row[0] for row in conn.execute("SELECT student_number FROM students")]
        assert numbers == ["B1"]
    code, out, err = _run(capsys, *base, "set-role", "rol_nieuw", "directie")
    assert code == 0, err
    code, out, err = _run(capsys, *base, "set-schools", "rol_nieuw", "Het Anker")
    assert code == 0, err
    with Store.open(foundation.as_("rol_nieuw")) as store:
        signed = store.signed_in()
        assert (signed.role, signed.school_ids) == (Role.DIRECTIE, {foundation.ids["anker"]})
    code, out, err = _run(capsys, *base, "list")
    assert code == 0, err
    assert "rol_nieuw\tdirectie\tHet Anker" in out
    assert "rol_juf\tleerkracht\tevery school\tT1" in out
    code, out, err = _run(capsys, *base, "disable", "rol_nieuw")
    assert code == 0, err
    with psycopg.connect(foundation.url, autocommit=True) as admin:
        assert not admin.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'rol_nieuw'"
        ).fetchone()[0]
    code, _, err = _run(capsys, *base, "set-role", "rol_nieuw", "koning")
    assert code == 2
    assert "invalid choice" in err


def test_only_a_beheerder_adds_users(foundation: Foundation, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, _, err = _run(
        capsys,
        *("--db", foundation.url, "--user", "rol_kantoor_linde"),
        *("users", "add", "rol_stiekem", "--role", "beheerder"),
    )
    assert code == 2
    _assert_one_line_error(err, "not allowed as administratie")


def test_an_office_of_one_school_imports_its_students(
    foundation: Foundation, tmp_path: Path, capsys
) -> None:
    """The bulk import gives new rows ids from the server's sequences, not from the
    highest id this login sees (an office of one school does not see the others' rows,
    whose ids may be higher)."""
    from tests.services.importing.conftest import STUDENT_HEADERS, write_csv

    rows = [
        [f"L{n}", "Noor", "", f"Linde{n}", "14-03-2019", "5a", f"Ouder {n}",
         f"ouder.linde{n}@example.org", "", "", ""]
        for n in range(3)
    ]  # fmt: skip
    csv = write_csv(tmp_path / "linde.csv", [STUDENT_HEADERS, *rows])
    code, out, err = _run(
        capsys, "--db", foundation.url, "--user", "rol_kantoor_linde", "import", "students",
        str(csv), "--school", "De Linde", "--year", "2026-2027",
    )  # fmt: skip
    assert code == 0, err
    assert "3 new" in out
    with psycopg.connect(foundation.url, autocommit=True) as admin:
        found = admin.execute(
            "SELECT count(*) FROM students WHERE student_number LIKE 'L%'"
        ).fetchone()[0]
    assert found == 3


def test_a_beheerder_enables_resets_and_unlinks_again(
    foundation: Foundation, capsys, monkeypatch
) -> None:
    base = ("--db", foundation.url, "users")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert _run(capsys, *base, "add", "rol_terug", "--role", "leerkracht")[0] == 0

    def stored() -> tuple[str, bool]:
        with psycopg.connect(foundation.url, autocommit=True) as admin:
            return admin.execute(
                "SELECT rolpassword, rolcanlogin FROM pg_authid WHERE rolname = 'rol_terug'"
            ).fetchone()

    first_hash = stored()[0]
    assert _run(capsys, *base, "disable", "rol_terug")[0] == 0
    assert stored()[1] is False
    code, out, err = _run(capsys, *base, "enable", "rol_terug")
    assert code == 0, err
    assert stored()[1] is True and "can sign in again" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("nieuw-Wachtwoord-2\n"))
    code, out, err = _run(capsys, *base, "set-password", "rol_terug")
    assert code == 0, err
    assert "nieuw-Wachtwoord-2" not in out + err
    assert stored()[0] != first_hash and stored()[0].startswith("SCRAM-SHA-256$")
    with Store.open(foundation.url) as store:
        changes = [c.after for c in change_log.entries(store) if c.row_id == "rol_terug"]
        assert {"password": "reset"} in changes and not any(
            "nieuw-Wachtwoord-2" in str(change) for change in changes
        )

    assert _run(capsys, *base, "link-class", "rol_terug", "--class", "6b")[0] == 0
    with psycopg.connect(foundation.as_("rol_terug"), autocommit=True) as conn:
        assert _count(conn, "students") == 1
    code, out, err = _run(capsys, *base, "unlink-class", "rol_terug", "--class", "6b")
    assert code == 0, err
    with psycopg.connect(foundation.as_("rol_terug"), autocommit=True) as conn:
        assert _count(conn, "students") == 0
    code, _, err = _run(capsys, *base, "unlink-class", "rol_terug", "--class", "6b")
    assert code == 2
    _assert_one_line_error(err, "is not linked to rol_terug by hand")
    code, _, err = _run(capsys, *base, "enable", "rol_onbekend")
    assert code == 2
    _assert_one_line_error(err, "no such user")
