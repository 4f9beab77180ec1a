"""Entering paper forms: consent, withdrawal and protocol signatures, through the service."""

import json
from datetime import date

import pytest

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services import entry
from korre_desktop.services.entry import ConsentEntry, EntryError
from korre_desktop.services.status import employee_statuses_on, student_statuses_on

TODAY = date(2026, 11, 24)


@pytest.fixture
def people(store, records):
    school = records.school("OBS De Linde")
    klass = records.klass(school, 2026, "Groep 6")
    student = records.student(
        school, number="004512", roepnaam="Zoë", tussenvoegsel="van der", achternaam="Meer"
    )
    records.enrol(student, klass)
    mother = records.guardian(student, name="Ilse")
    stepfather = records.guardian(student, name="Bart", authority=False)
    records.employee(roepnaam="Anne", achternaam="Bakker", school_ids=(school,))
    records.protocol_version("employees", "2026", date(2026, 8, 1))
    records.protocol_version("students", "2026", date(2026, 8, 1))
    choices = entry.people_to_choose(store, TODAY)
    return {
        "student": next(c for c in choices if c.kind == "student"),
        "employee": next(c for c in choices if c.kind == "employee"),
        "mother": mother,
        "stepfather": stepfather,
    }


def test_search_people_by_name_number_and_accents(store, people):
    choices = entry.people_to_choose(store, TODAY)
    assert entry.search_people(choices, "zoe meer") == [people["student"]]
    assert entry.search_people(choices, "0045") == [people["student"]]
    assert entry.search_people(choices, "bakker") == [people["employee"]]
    assert entry.search_people(choices, "  ") == []


def test_finding_by_number_gives_the_persons_choice(store, people, records):
    student, employee = people["student"], people["employee"]
    assert entry.find_by_number(store, "student", "004512", TODAY) == student
    assert entry.find_by_number(store, "employee", employee.number, TODAY) == employee
    other = records.school("CBS Het Baken")
    records.enrol(records.student(other, number="004512"), records.klass(other, 2026))
    with pytest.raises(EntryError) as error:
        entry.find_by_number(store, "student", "004512", TODAY)
    assert error.value.code == "ambiguous"
    assert entry.find_by_number(store, "student", "004512", TODAY, "obs de linde") == student
    with pytest.raises(EntryError) as error:
        entry.find_by_number(store, "employee", "004512", TODAY)
    assert error.value.code == "not_found"


def test_finding_an_employee_by_number_does_not_read_every_student(store, people, monkeypatch):
    # A form entered on the command line: at 50,000 students, making everyone's choice
    # to find one number cost almost a second per form (benchmarks/bench_writers.py).
    from korre_desktop.store.people_queries import PeopleQueries

    def every_student(*_args, **_kwargs):
        raise AssertionError("all students read to find one employee")

    monkeypatch.setattr(PeopleQueries, "students_on", every_student)
    employee = people["employee"]
    assert entry.find_by_number(store, "employee", employee.number, TODAY) == employee


def test_signers_of_a_student_are_guardians_and_the_student(store, people):
    signers = entry.signers_for(store, people["student"])
    assert [(s.role, s.name) for s in signers] == [
        ("guardian", "Ilse Jansen"),
        ("guardian", "Bart Jansen"),
        ("student", "Zoë van der Meer"),
    ]
    assert [s.parental_authority for s in signers] == [True, False, True]
    assert [s.role for s in entry.signers_for(store, people["employee"])] == ["employee"]


def test_saving_a_consent_form_changes_the_status_and_is_audited(store, people):
    student = people["student"]
    mother = entry.signers_for(store, student)[0]
    form = entry.form_versions(store)[0]
    answers = dict.fromkeys(form.item_codes, True)
    answers["foto_socialmedia_persoonlijk"] = False
    answers["geluid_website"] = None  # left blank on paper
    statement_id = entry.save_consent(
        store,
        ConsentEntry(student, mother, date(2026, 9, 14), form, answers, note="  via mentor "),
        today=TODAY,
    )
    row = store.rows("SELECT * FROM consent_statements WHERE id = ?", [statement_id])[0]
    assert row["signer_role"] == "guardian" and row["guardian_id"] == people["mother"]
    assert row["entered_by"] == "test" and row["source"] == "paper" and row["note"] == "via mentor"
    assert json.loads(row["answers"])["geluid_website"] is None
    audit = store.people.audit_for("consent_statements", statement_id)
    assert audit and audit[0]["action"] == "insert"
    status = student_statuses_on(store, TODAY)[0].consent
    assert status["foto_website"] is ConsentStatus.GRANTED
    assert status["foto_socialmedia_persoonlijk"] is ConsentStatus.REFUSED
    assert status["geluid_website"] is ConsentStatus.MISSING


def test_unanswered_items_are_stored_as_blank(store, people):
    employee = people["employee"]
    signer = entry.signers_for(store, employee)[0]
    form = entry.form_versions(store)[0]
    statement_id = entry.save_consent(
        store, ConsentEntry(employee, signer, TODAY, form, {"foto_website": True}), today=TODAY
    )
    answers = json.loads(
        store.rows("SELECT answers FROM consent_statements WHERE id = ?", [statement_id])[0][
            "answers"
        ]
    )
    assert set(answers) == set(ALL_ITEM_CODES)
    assert answers["foto_website"] is True and answers["film_website"] is None


@pytest.mark.parametrize(
    ("signed", "code"),
    [(date(2026, 11, 25), "date_in_future"), (date(2010, 1, 1), "date_before_birth")],
)
def test_impossible_dates_are_refused(store, people, signed, code):
    student = people["student"]
    signer = entry.signers_for(store, student)[0]
    form = entry.form_versions(store)[0]
    with pytest.raises(EntryError) as error:
        entry.save_consent(store, ConsentEntry(student, signer, signed, form, {}), today=TODAY)
    assert error.value.code == code
    assert store.rows("SELECT count(*) AS n FROM consent_statements")[0]["n"] == 0


def test_someone_elses_guardian_cannot_sign(store, people, records):
    other_school = records.school("CBS Het Baken")
    other_student = records.student(other_school)
    stranger = records.guardian(other_student, name="Piet")
    signer = entry.SignerChoice("guardian", stranger, "Piet Jansen")
    form = entry.form_versions(store)[0]
    with pytest.raises(EntryError) as error:
        entry.save_consent(
            store, ConsentEntry(people["student"], signer, TODAY, form, {}), today=TODAY
        )
    assert error.value.code == "wrong_signer"


def test_withdrawing_some_items_keeps_the_others(store, people):
    employee = people["employee"]
    signer = entry.signers_for(store, employee)[0]
    form = entry.form_versions(store)[0]
    entry.save_consent(
        store,
        ConsentEntry(
            employee, signer, date(2026, 9, 1), form, dict.fromkeys(form.item_codes, True)
        ),
        today=TODAY,
    )
    social = ["foto_socialmedia_school", "film_socialmedia_school"]
    withdrawal = entry.withdraw_consent(
        store,
        employee,
        signer,
        date(2026, 11, 20),
        social,
        note="Ingetrokken per e-mail",
        today=TODAY,
    )
    row = store.rows("SELECT source, answers FROM consent_statements WHERE id = ?", [withdrawal])[0]
    assert row["source"] == "withdrawal"
    assert json.loads(row["answers"]) == dict.fromkeys(social, False)
    status = employee_statuses_on(store, TODAY)[0].consent
    assert status["foto_socialmedia_school"] is ConsentStatus.REFUSED
    assert status["foto_website"] is ConsentStatus.GRANTED
    # On a day before the withdrawal the consent still stood.
    assert (
        employee_statuses_on(store, date(2026, 11, 19))[0].consent["foto_socialmedia_school"]
        is ConsentStatus.GRANTED
    )
    with pytest.raises(EntryError):
        entry.withdraw_consent(store, employee, signer, TODAY, [], today=TODAY)


def test_protocol_signature_defaults_to_the_current_version_for_the_audience(
    store, people, records
):
    records.protocol_version("employees", "2019", date(2019, 8, 1))
    employee = people["employee"]
    version = entry.default_protocol_version(store, employee, TODAY)
    assert version.label == "2026" and version.audience == "employees"
    signature = entry.save_protocol_signature(
        store, employee, version.id, date(2026, 9, 2), " Goes ", today=TODAY
    )
    row = store.rows("SELECT * FROM protocol_signatures WHERE id = ?", [signature])[0]
    assert row["place"] == "Goes" and row["person_kind"] == "employee"
    assert employee_statuses_on(store, TODAY)[0].protocol == "signed"
    students_version = entry.default_protocol_version(store, people["student"], TODAY)
    with pytest.raises(EntryError) as error:
        entry.save_protocol_signature(store, employee, students_version.id, TODAY, "", today=TODAY)
    assert error.value.code == "wrong_version"
