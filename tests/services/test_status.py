"""End to end: rows written with Store.insert, statuses read through services.status."""

from datetime import date

import pytest

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.services.progress import Cancelled, Progress
from korre_desktop.services.status import (
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.store import Store
from tests.engines import REFUSED_BY_DATABASE

ON = date(2026, 11, 2)
SIGNED = date(2026, 9, 10)
ITEM = "foto_website"


@pytest.fixture
def school(records) -> int:
    return records.school("OBS De Korre")


@pytest.fixture
def klass(records, school) -> int:
    return records.klass(school, 2026, "Groep 6")


def _student(records, school, klass, **kwargs) -> int:
    student = records.student(school, **kwargs)
    records.enrol(student, klass)
    return student


def _status_of(store: Store, student: int, on: date = ON):
    (person,) = [p for p in student_statuses_on(store, on) if p.id == student]
    return person


def test_no_statement_is_missing(store: Store, records, school, klass) -> None:
    student = _student(records, school, klass)
    person = _status_of(store, student)
    assert set(person.consent) == set(ALL_ITEM_CODES)
    assert set(person.consent.values()) == {ConsentStatus.MISSING}


def test_guardian_consent_is_granted(store: Store, records, school, klass, answers_all) -> None:
    student = _student(records, school, klass)
    guardian = records.guardian(student)
    records.statement("student", student, SIGNED, answers_all(True), guardian_id=guardian)
    person = _status_of(store, student)
    assert set(person.consent.values()) == {ConsentStatus.GRANTED}
    assert person.ask_student is False
    # Before the form was signed the status was still missing.
    assert _status_of(store, student, date(2026, 9, 9)).consent[ITEM] is ConsentStatus.MISSING


def test_blank_answer_is_not_a_yes(store: Store, records, school, klass, answers_all) -> None:
    student = _student(records, school, klass)
    guardian = records.guardian(student)
    answers = answers_all(True) | {ITEM: None}
    records.statement("student", student, SIGNED, answers, guardian_id=guardian)
    person = _status_of(store, student)
    assert person.consent[ITEM] is ConsentStatus.MISSING
    assert person.consent["foto_schoolgids"] is ConsentStatus.GRANTED


def test_guardians_who_disagree_give_conflict(
    store: Store, records, school, klass, answers_all
) -> None:
    student = _student(records, school, klass)
    mother = records.guardian(student, name="Moeder")
    father = records.guardian(student, name="Vader")
    records.statement("student", student, SIGNED, answers_all(True), guardian_id=mother)
    records.statement("student", student, date(2026, 9, 12), {ITEM: False}, guardian_id=father)
    person = _status_of(store, student)
    assert person.consent[ITEM] is ConsentStatus.CONFLICT
    assert person.consent["film_website"] is ConsentStatus.GRANTED


def test_guardian_without_parental_authority_does_not_count(
    store: Store, records, school, klass, answers_all
) -> None:
    student = _student(records, school, klass)
    mother = records.guardian(student, name="Moeder")
    stepfather = records.guardian(student, name="Stiefvader", authority=False)
    records.statement("student", student, SIGNED, answers_all(True), guardian_id=mother)
    records.statement("student", student, SIGNED, answers_all(False), guardian_id=stepfather)
    assert set(_status_of(store, student).consent.values()) == {ConsentStatus.GRANTED}


def test_only_a_guardian_without_authority_leaves_missing(
    store: Store, records, school, klass, answers_all
) -> None:
    student = _student(records, school, klass)
    guardian = records.guardian(student, authority=False)
    records.statement("student", student, SIGNED, answers_all(True), guardian_id=guardian)
    assert set(_status_of(store, student).consent.values()) == {ConsentStatus.MISSING}


def test_authority_is_per_student(store: Store, records, school, klass, answers_all) -> None:
    """One guardian may have authority over one child and not over another."""
    own_child = _student(records, school, klass, roepnaam="Eva")
    step_child = _student(records, school, klass, roepnaam="Tim")
    guardian = records.guardian(own_child)
    store.insert(
        "student_guardians",
        {"student_id": step_child, "guardian_id": guardian, "parental_authority": 0},
    )
    for child in (own_child, step_child):
        records.statement("student", child, SIGNED, answers_all(True), guardian_id=guardian)
    assert _status_of(store, own_child).consent[ITEM] is ConsentStatus.GRANTED
    assert _status_of(store, step_child).consent[ITEM] is ConsentStatus.MISSING


def test_own_refusal_of_a_student_of_16_wins(
    store: Store, records, school, klass, answers_all
) -> None:
    student = _student(records, school, klass, birth_date=date(2010, 5, 1))  # 16 on ON
    guardian = records.guardian(student)
    records.statement("student", student, SIGNED, answers_all(True), guardian_id=guardian)
    records.statement("student", student, date(2026, 10, 1), {ITEM: False})
    person = _status_of(store, student)
    assert person.consent[ITEM] is ConsentStatus.REFUSED
    assert person.consent["foto_schoolgids"] is ConsentStatus.GRANTED


def test_student_of_16_without_own_statement_is_asked(
    store: Store, records, school, klass, answers_all
) -> None:
    student = _student(records, school, klass, birth_date=date(2010, 5, 1))
    guardian = records.guardian(student)
    records.statement("student", student, SIGNED, answers_all(True), guardian_id=guardian)
    person = _status_of(store, student)
    assert person.consent[ITEM] is ConsentStatus.GRANTED
    assert person.ask_student is True
    store.set_setting("sixteen_plus_policy", "strict")
    assert _status_of(store, student).consent[ITEM] is ConsentStatus.MISSING


def test_own_consent_of_a_student_of_16_overrides_guardian_refusal(
    store: Store, records, school, klass, answers_all
) -> None:
    student = _student(records, school, klass, birth_date=date(2010, 5, 1))
    guardian = records.guardian(student)
    records.statement("student", student, SIGNED, answers_all(False), guardian_id=guardian)
    records.statement("student", student, SIGNED, {ITEM: True})
    person = _status_of(store, student)
    assert person.consent[ITEM] is ConsentStatus.GRANTED
    assert person.consent["film_website"] is ConsentStatus.REFUSED


def test_own_consent_of_a_younger_student_does_not_count(
    store: Store, records, school, klass, answers_all
) -> None:
    student = _student(records, school, klass, birth_date=date(2011, 5, 1))  # 15 on ON
    records.statement("student", student, SIGNED, answers_all(True))
    assert _status_of(store, student).consent[ITEM] is ConsentStatus.MISSING
    # Their own refusal counts at any age.
    guardian = records.guardian(student)
    records.statement("student", student, SIGNED, answers_all(True), guardian_id=guardian)
    records.statement("student", student, date(2026, 10, 1), {ITEM: False})
    assert _status_of(store, student).consent[ITEM] is ConsentStatus.REFUSED


def test_withdrawal_is_a_new_statement(store: Store, records, school, klass, answers_all) -> None:
    student = _student(records, school, klass)
    guardian = records.guardian(student)
    records.statement("student", student, SIGNED, answers_all(True), guardian_id=guardian)
    records.statement(
        "student",
        student,
        date(2026, 10, 20),
        {ITEM: False},
        guardian_id=guardian,
        source="withdrawal",
    )
    assert _status_of(store, student, date(2026, 10, 19)).consent[ITEM] is ConsentStatus.GRANTED
    assert _status_of(store, student).consent[ITEM] is ConsentStatus.REFUSED
    assert len(store.consent.statements_of("student", student)) == 2


def test_a_version_valid_for_one_school_year_gives_expired_after_it(
    store: Store, records, school, klass, answers_all
) -> None:
    store.update("consent_form_versions", 1, {"validity": '"school_year"'})
    student = _student(records, school, klass)
    guardian = records.guardian(student)
    records.statement("student", student, date(2026, 3, 1), answers_all(True), guardian_id=guardian)
    assert set(_status_of(store, student).consent.values()) == {ConsentStatus.EXPIRED}
    records.statement("student", student, date(2026, 9, 1), answers_all(True), guardian_id=guardian)
    assert set(_status_of(store, student).consent.values()) == {ConsentStatus.GRANTED}
    # The version is in use now: its validity is fixed (a new version follows it).
    with pytest.raises(REFUSED_BY_DATABASE, match="in use"):
        store.update("consent_form_versions", 1, {"validity": '"until_withdrawn"'})


def test_employee_consent(store: Store, records, answers_all) -> None:
    employee = records.employee()
    colleague = records.employee()
    records.statement("employee", employee, SIGNED, answers_all(True) | {ITEM: False})
    by_id = {p.id: p for p in employee_statuses_on(store, ON)}
    assert by_id[employee].consent[ITEM] is ConsentStatus.REFUSED
    assert by_id[employee].consent["foto_schoolgids"] is ConsentStatus.GRANTED
    assert set(by_id[colleague].consent.values()) == {ConsentStatus.MISSING}
    # Until withdrawn (the default version's validity): still counts years later.
    by_id = {p.id: p for p in employee_statuses_on(store, date(2029, 9, 1))}
    assert by_id[employee].consent[ITEM] is ConsentStatus.REFUSED


def _employee_protocol(store: Store, employee: int, on: date) -> ProtocolStatus:
    (person,) = [p for p in employee_statuses_on(store, on) if p.id == employee]
    return person.protocol


def test_employee_protocol_overdue_after_deadline(store: Store, records) -> None:
    records.protocol_version("employees", "2026", date(2026, 8, 1))
    start = date(2026, 9, 1)
    employee = records.employee(start_date=start)
    assert _employee_protocol(store, employee, date(2026, 9, 15)) is ProtocolStatus.UNSIGNED
    assert _employee_protocol(store, employee, date(2026, 9, 16)) is ProtocolStatus.OVERDUE
    store.set_setting("signing_deadline_days", 30)
    assert _employee_protocol(store, employee, date(2026, 9, 16)) is ProtocolStatus.UNSIGNED
    assert _employee_protocol(store, employee, date(2026, 10, 2)) is ProtocolStatus.OVERDUE


def test_protocol_signed_and_resign(store: Store, records) -> None:
    old = records.protocol_version("employees", "2019", date(2019, 8, 1))
    records.protocol_version("employees", "2026", date(2026, 8, 1))
    employee = records.employee(start_date=date(2018, 8, 1))
    records.sign("employee", employee, old, date(2019, 9, 1))
    assert _employee_protocol(store, employee, date(2026, 7, 31)) is ProtocolStatus.SIGNED
    assert _employee_protocol(store, employee, ON) is ProtocolStatus.RESIGN
    (person,) = employee_statuses_on(store, ON)
    assert person.protocol_version == "2026"


def test_student_protocol_uses_the_student_version(store: Store, records, school, klass) -> None:
    employees_version = records.protocol_version("employees", "2026", date(2026, 8, 1))
    students_version = records.protocol_version("students", "2026-L", date(2026, 8, 1))
    signed = _student(records, school, klass, roepnaam="Lotte")
    wrong = _student(records, school, klass, roepnaam="Bram")
    unsigned = _student(records, school, klass, roepnaam="Noor")
    records.sign("student", signed, students_version, SIGNED)
    records.sign("student", wrong, employees_version, SIGNED)
    by_id = {p.id: p for p in student_statuses_on(store, ON)}
    assert by_id[signed].protocol is ProtocolStatus.SIGNED
    assert by_id[wrong].protocol is ProtocolStatus.UNSIGNED
    # Students are never overdue: the signing deadline is for employees.
    assert by_id[unsigned].protocol is ProtocolStatus.UNSIGNED
    assert by_id[signed].protocol_version == "2026-L"


def test_lists_follow_the_list_rules(store: Store, records, school, klass) -> None:
    here = _student(records, school, klass, roepnaam="Here")
    gone = _student(records, school, klass, roepnaam="Gone", left_date=ON)
    future_employee = records.employee(start_date=date(2026, 12, 1))
    employee = records.employee(start_date=date(2026, 8, 1))
    assert {p.id for p in student_statuses_on(store, ON)} == {here}
    assert {p.id for p in employee_statuses_on(store, ON)} == {employee}
    everyone = student_statuses_on(store, ON, include_inactive=True)
    assert {(p.id, p.active) for p in everyone} == {(here, True), (gone, False)}
    staff = employee_statuses_on(store, ON, include_inactive=True)
    assert {(p.id, p.active) for p in staff} == {(employee, True), (future_employee, False)}


def test_person_fields(store: Store, records, school, klass) -> None:
    student = _student(
        records,
        school,
        klass,
        number="000123",
        roepnaam="Jan",
        tussenvoegsel="van der",
        achternaam="Meer",
        birth_date=date(2016, 11, 2),
    )
    person = _status_of(store, student)
    assert person.kind == "student"
    assert person.number == "000123"
    assert person.name == "Jan van der Meer"
    assert person.school == "OBS De Korre"
    assert person.class_name == "Groep 6"
    assert person.age_on(ON) == 10
    assert person.active


def test_without_consent(store: Store, records, school, klass) -> None:
    _student(records, school, klass)
    records.employee()
    assert student_statuses_on(store, ON, with_consent=False)[0].consent == {}
    assert employee_statuses_on(store, ON, with_consent=False)[0].consent == {}


def test_settings_item_codes_in_canonical_order(store: Store) -> None:
    assert load_settings(store).item_codes == ALL_ITEM_CODES


def test_progress_is_reported_and_can_cancel(store: Store, records, school, klass) -> None:
    for _ in range(3):
        _student(records, school, klass)
    reports: list[tuple[int, int]] = []
    student_statuses_on(store, ON, progress=Progress(lambda d, t, _: reports.append((d, t))))
    assert reports[0] == (0, 3) and reports[-1] == (3, 3)
    with pytest.raises(Cancelled):
        student_statuses_on(store, ON, progress=Progress(is_cancelled=lambda: True))


def test_only_limits_the_work_to_some_students_with_the_same_statuses(store) -> None:
    from datetime import date as _date

    from korre_desktop.services.demo import generate_demo
    from korre_desktop.services.status import student_statuses_on as statuses

    generate_demo(store, students=120, employees=5, seed=3, today=_date(2026, 11, 24))
    everyone = {p.id: p for p in statuses(store, _date(2026, 11, 24))}
    some = sorted(everyone)[::7]
    limited = statuses(store, _date(2026, 11, 24), only=some)
    assert sorted(p.id for p in limited) == some
    for person in limited:
        assert person.consent == everyone[person.id].consent
        assert person.has_statements == everyone[person.id].has_statements
