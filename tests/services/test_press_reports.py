"""Press reports: reported to management, per school, newest first, never changed."""

from __future__ import annotations

from datetime import date

import pytest

from korre_desktop.domain import validation as v
from korre_desktop.domain.authorisation import NOT_MANAGEMENT
from korre_desktop.domain.correspondence import REPORTED_TO_SELF, SCHOOL_AMBIGUOUS
from korre_desktop.services.press_reports import (
    EMPLOYEES_SCHOOL,
    PressReportInput,
    add_press_report,
    list_press_reports,
)
from korre_desktop.services.records import RecordValidationError
from korre_desktop.store import Store
from tests.engines import REFUSED_BY_DATABASE
from tests.services.protocol_people import (
    TODAY,
    Foundation,
    codes,
    eml_bytes,
    eml_document,
)


def _report(store: Store, f: Foundation, **changes) -> int:
    values = {
        "report_date": "20-11-2026",
        "employee_id": f.teacher,
        "medium": " Dagblad van het  Noorden ",
        "subject": "Vragen over een foto op Instagram",
        "reported_to_employee_id": f.director,
    }
    return add_press_report(store, PressReportInput(**{**values, **changes}), today=TODAY)


def test_a_report_with_its_attachment(store: Store, foundation: Foundation) -> None:
    report_id = _report(store, foundation, note="Gebeld", attachment=eml_document("Pers"))
    (report,) = list_press_reports(store)
    assert report.id == report_id
    assert (report.report_date, report.employee_name, report.employee_number) == (
        date(2026, 11, 20),
        "Tom Visser",
        "1003",
    )
    # The default school: the employee's one school.
    assert (report.school_id, report.school_name) == (foundation.school, "OBS De Linde")
    assert (report.medium, report.note) == ("Dagblad van het Noorden", "Gebeld")
    assert (report.reported_to_name, report.reported_to_function) == ("Dirk de Wit", "Directeur")
    assert store.blob(report.attachment_sha256) == eml_bytes("Pers")
    assert report.attachment_name == "toestemming.eml"
    assert store.people.audit_for("press_reports", report_id)[0]["action"] == "insert"


def test_school_default_foundation_and_choice(store: Store, foundation: Foundation) -> None:
    f = foundation
    board = _report(store, f, employee_id=f.board, reported_to_employee_id=f.director)
    chosen = _report(store, f, school_id=f.other_school, report_date="21-11-2026")
    own = _report(store, f, school_id=None, report_date="19-11-2026")
    assert [r.school_id for r in list_press_reports(store)] == [f.other_school, None, None]
    store.insert("employee_schools", {"employee_id": f.teacher, "school_id": f.other_school})
    with pytest.raises(RecordValidationError) as refused:
        _report(store, f, school_id=EMPLOYEES_SCHOOL)
    assert codes(refused.value) == {("school_id", SCHOOL_AMBIGUOUS)}
    assert refused.value.problems[0].params == {"schools": ["CBS Het Kompas", "OBS De Linde"]}
    assert [r.id for r in list_press_reports(store, f.other_school)] == [chosen]
    assert [r.id for r in list_press_reports(store, foundation=True)] == [board, own]


def test_newest_first(store: Store, foundation: Foundation) -> None:
    older = _report(store, foundation, report_date="1-10-2026")
    newer = _report(store, foundation, report_date="2-10-2026")
    same_day = _report(store, foundation, report_date="2-10-2026")
    assert [r.id for r in list_press_reports(store)] == [same_day, newer, older]


def test_every_problem_at_once_and_nothing_stored(store: Store, foundation: Foundation) -> None:
    with pytest.raises(RecordValidationError) as refused:
        _report(
            store,
            foundation,
            report_date="25-11-2026",
            employee_id=None,
            school_id=999,
            medium="",
            subject=" ",
            reported_to_employee_id=foundation.unsigned_teacher,
            attachment=eml_document("Pers"),
        )
    assert codes(refused.value) == {
        ("report_date", v.DATE_IN_FUTURE),
        ("employee_id", v.REQUIRED),
        ("school_id", v.NOT_FOUND),
        ("medium", v.REQUIRED),
        ("subject", v.REQUIRED),
        ("reported_to_employee_id", NOT_MANAGEMENT),
    }
    assert store.rows("SELECT count(*) AS n FROM press_reports")[0]["n"] == 0
    assert store.rows("SELECT count(*) AS n FROM blobs WHERE mime_type = 'message/rfc822'") == [
        {"n": 0}
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"employee_id": 999}, {("employee_id", v.NOT_FOUND)}),
        ({"reported_to_employee_id": None}, {("reported_to_employee_id", v.REQUIRED)}),
        ({"report_date": "31-02-2026"}, {("report_date", v.DATE_INVALID)}),
        ({"report_date": None}, {("report_date", v.REQUIRED)}),
    ],
)
def test_refused(store: Store, foundation: Foundation, changes, expected) -> None:
    with pytest.raises(RecordValidationError) as refused:
        _report(store, foundation, **changes)
    assert codes(refused.value) == expected


def test_reported_to_someone_else(store: Store, foundation: Foundation) -> None:
    with pytest.raises(RecordValidationError) as refused:
        _report(store, foundation, employee_id=foundation.director)
    assert codes(refused.value) == {("reported_to_employee_id", REPORTED_TO_SELF)}


def test_reports_are_append_only(store: Store, foundation: Foundation) -> None:
    _report(store, foundation)
    with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
        store.db.execute("UPDATE press_reports SET subject = 'x'")
    with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
        store.db.execute("DELETE FROM press_reports")
