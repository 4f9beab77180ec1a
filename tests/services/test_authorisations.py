"""Authorisations: granted by management, for an account, a school or the foundation;
withdrawn as one action; the four worklists."""

from __future__ import annotations

from datetime import date

import pytest

from korre_desktop.domain import validation as v
from korre_desktop.domain.authorisation import (
    ACCOUNT_ENDED,
    ALREADY_WITHDRAWN,
    GRANTED_BY_SELF,
    NOT_MANAGEMENT,
    PERSON_LEFT,
    AuthorisationStatus,
    Scope,
    WorklistKind,
)
from korre_desktop.services.accounts import AccountInput, add_account, end_account
from korre_desktop.services.authorisations import (
    AuthorisationInput,
    PersonRef,
    add_authorisation,
    authorisation_worklist,
    authorisations_of_person,
    authorised_counts,
    get_authorisation,
    list_authorisations,
    management_choices,
    withdraw_authorisation,
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


def _count(store: Store, table: str) -> int:
    return store.rows(f"SELECT count(*) AS n FROM {table}")[0]["n"]


def _account(store: Store, f: Foundation, name: str = "@obsdelinde", school: int | None = None):
    return add_account(
        store,
        AccountInput(platform="instagram", name=name, school_id=school or f.school),
        today=TODAY,
    )


def _grant(store: Store, f: Foundation, *person: PersonRef, **changes) -> int:
    values = {
        "person": person[0] if person else PersonRef("employee", f.teacher),
        "scope": Scope.SCHOOL,
        "school_id": f.school,
        "valid_from": "01-09-2026",
        "granted_by_employee_id": f.director,
    }
    return add_authorisation(store, AuthorisationInput(**{**values, **changes}))


# -- adding ------------------------------------------------------------------------------


def test_an_authorisation_with_its_evidence(store: Store, foundation: Foundation) -> None:
    account = _account(store, foundation)
    authorisation_id = _grant(
        store,
        foundation,
        scope=Scope.ACCOUNT,
        school_id=None,
        account_id=account,
        valid_until="31-7-27",
        note=" Voor de schoolreis ",
        evidence=eml_document(),
    )
    row = get_authorisation(store, authorisation_id)
    assert row is not None
    assert (row.person_name, row.person_number, row.scope) == ("Tom Visser", "1003", Scope.ACCOUNT)
    assert (row.account_name, row.account_platform) == ("@obsdelinde", "instagram")
    assert (row.school_id, row.school_name) == (foundation.school, "OBS De Linde")
    assert (row.valid_from, row.valid_until) == (date(2026, 9, 1), date(2027, 7, 31))
    assert (row.granted_by_name, row.granted_by_function) == ("Dirk de Wit", "Directeur")
    assert row.note == "Voor de schoolreis" and row.evidence_name == "toestemming.eml"
    assert store.blob(row.evidence_sha256) == eml_bytes()
    assert row.status_on(TODAY) is AuthorisationStatus.ACTIVE
    assert [e["action"] for e in store.people.audit_for("authorisations", authorisation_id)] == [
        "insert"
    ]


def test_a_student_for_the_school_and_someone_for_the_foundation(
    store: Store, foundation: Foundation
) -> None:
    student = _grant(store, foundation, PersonRef("student", foundation.student))
    general = _grant(
        store,
        foundation,
        scope=Scope.FOUNDATION,
        school_id=None,
        granted_by_employee_id=foundation.board,
    )
    row = get_authorisation(store, student)
    assert row is not None and (row.person_name, row.person_number) == ("Sara Kok", "004512")
    assert row.scope is Scope.SCHOOL and row.school_name == "OBS De Linde"
    row = get_authorisation(store, general)
    assert row is not None and row.scope is Scope.FOUNDATION and row.school_id is None


def test_every_problem_at_once_and_nothing_stored(store: Store, foundation: Foundation) -> None:
    data = AuthorisationInput(
        person=PersonRef("employee", foundation.teacher_left),
        scope=Scope.SCHOOL,
        school_id=999,
        valid_from="01-11-2026",
        valid_until="31-10-2026",
        granted_by_employee_id=foundation.teacher,
        evidence=eml_document(),
    )
    blobs = _count(store, "blobs")
    with pytest.raises(RecordValidationError) as refused:
        add_authorisation(store, data)
    assert codes(refused.value) == {
        ("person", PERSON_LEFT),
        ("school_id", v.NOT_FOUND),
        ("valid_until", v.DATE_ORDER),
        ("granted_by_employee_id", NOT_MANAGEMENT),
    }
    left = next(p for p in refused.value.problems if p.code == PERSON_LEFT)
    assert left.params == {"name": "Lex Mol", "left_on": "2026-10-01", "before": "2026-11-01"}
    assert _count(store, "authorisations") == 0 and _count(store, "blobs") == blobs


def test_the_authorised_person_cannot_grant_it_themself(
    store: Store, foundation: Foundation
) -> None:
    with pytest.raises(RecordValidationError) as refused:
        _grant(store, foundation, PersonRef("employee", foundation.director))
    assert codes(refused.value) == {("granted_by_employee_id", GRANTED_BY_SELF)}


def test_management_who_left_grants_nothing(store: Store, foundation: Foundation) -> None:
    store.update("employees", foundation.board, {"end_date": "2026-10-01"})
    with pytest.raises(RecordValidationError) as refused:
        _grant(store, foundation, granted_by_employee_id=foundation.board, valid_from="1-10-2026")
    assert codes(refused.value) == {("granted_by_employee_id", PERSON_LEFT)}
    # Granted before they left: fine (an authorisation from the past, entered now).
    _grant(store, foundation, granted_by_employee_id=foundation.board, valid_from="30-09-2026")


def test_a_person_who_left_only_before_their_authorisation(
    store: Store, foundation: Foundation
) -> None:
    with pytest.raises(RecordValidationError) as refused:
        _grant(store, foundation, PersonRef("student", foundation.student_left), valid_from=TODAY)
    assert codes(refused.value) == {("person", PERSON_LEFT)}
    # Recorded afterwards for the time they were there.
    _grant(store, foundation, PersonRef("student", foundation.student_left))


def test_an_ended_account_takes_no_new_authorisation(store: Store, foundation: Foundation) -> None:
    account = _account(store, foundation)
    end_account(store, account, "01-10-2026", today=TODAY)
    # From 1 September: before it ended (recorded afterwards).
    _grant(store, foundation, scope=Scope.ACCOUNT, school_id=None, account_id=account)
    with pytest.raises(RecordValidationError) as refused:
        _grant(
            store,
            foundation,
            scope=Scope.ACCOUNT,
            school_id=None,
            account_id=account,
            valid_from="01-10-2026",
        )
    assert codes(refused.value) == {("account_id", ACCOUNT_ENDED)}


def test_dates_ahead_are_allowed_for_the_period(store: Store, foundation: Foundation) -> None:
    authorisation_id = _grant(store, foundation, valid_from="01-01-2027", valid_until="1-8-2027")
    row = get_authorisation(store, authorisation_id)
    assert row is not None and row.status_on(TODAY) is AuthorisationStatus.NOT_YET


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"person": None}, {("person", v.REQUIRED)}),
        ({"person": PersonRef("guardian", 1)}, {("person", v.UNKNOWN_CHOICE)}),
        ({"person": PersonRef("student", 999)}, {("person", v.NOT_FOUND)}),
        ({"scope": "class"}, {("scope", v.UNKNOWN_CHOICE)}),
        ({"scope": Scope.ACCOUNT, "school_id": None}, {("account_id", v.REQUIRED)}),
        (
            {"scope": Scope.ACCOUNT, "school_id": None, "account_id": 999},
            {("account_id", v.NOT_FOUND)},
        ),
        ({"school_id": None}, {("school_id", v.REQUIRED)}),
        ({"valid_from": ""}, {("valid_from", v.REQUIRED)}),
        ({"valid_from": "31-02-2026"}, {("valid_from", v.DATE_INVALID)}),
        ({"valid_until": "morgen"}, {("valid_until", v.DATE_FORMAT)}),
        ({"granted_by_employee_id": None}, {("granted_by_employee_id", v.REQUIRED)}),
        ({"granted_by_employee_id": 999}, {("granted_by_employee_id", v.NOT_FOUND)}),
    ],
)
def test_refused(store: Store, foundation: Foundation, changes, expected) -> None:
    with pytest.raises(RecordValidationError) as refused:
        _grant(store, foundation, **changes)
    assert codes(refused.value) == expected
    assert _count(store, "authorisations") == 0


def test_the_scope_decides_which_id_counts(store: Store, foundation: Foundation) -> None:
    account = _account(store, foundation)
    general = get_authorisation(store, _grant(store, foundation, scope=Scope.FOUNDATION,
                                              account_id=account))  # fmt: skip
    assert general is not None and (general.account_id, general.school_id) == (None, None)
    one = get_authorisation(store, _grant(store, foundation, scope=Scope.ACCOUNT,
                                          account_id=account))  # fmt: skip
    assert one is not None and one.scope is Scope.ACCOUNT and one.account_id == account
    row = store.rows("SELECT school_id FROM authorisations WHERE id = ?", [one.id])
    assert row == [{"school_id": None}]  # the account's school comes with the account


def test_authorisations_are_append_only(store: Store, foundation: Foundation) -> None:
    authorisation_id = _grant(store, foundation)
    withdraw_authorisation(store, authorisation_id, "01-11-2026", today=TODAY)
    for table in ("authorisations", "authorisation_withdrawals"):
        with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
            store.db.execute(f"UPDATE {table} SET note = 'x'")
        with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
            store.db.execute(f"DELETE FROM {table}")


# -- withdrawing -------------------------------------------------------------------------


def test_withdrawing_is_one_action(store: Store, foundation: Foundation) -> None:
    authorisation_id = _grant(store, foundation)
    withdrawal = withdraw_authorisation(
        store, authorisation_id, "10-11-2026", " Per e-mail ", today=TODAY
    )
    row = get_authorisation(store, authorisation_id)
    assert row is not None
    assert (row.withdrawn_on, row.withdrawal_note) == (date(2026, 11, 10), "Per e-mail")
    assert row.status_on(date(2026, 11, 9)) is AuthorisationStatus.ACTIVE
    assert row.status_on(TODAY) is AuthorisationStatus.WITHDRAWN
    assert store.people.audit_for("authorisation_withdrawals", withdrawal)[0]["action"] == "insert"
    with pytest.raises(RecordValidationError) as refused:
        withdraw_authorisation(store, authorisation_id, TODAY, today=TODAY)
    assert refused.value.problems[0].code == ALREADY_WITHDRAWN
    assert refused.value.problems[0].params == {"withdrawn_on": "2026-11-10"}
    assert _count(store, "authorisation_withdrawals") == 1


@pytest.mark.parametrize(
    ("on", "code"),
    [
        ("25-11-2026", v.DATE_IN_FUTURE),
        ("31-08-2026", v.DATE_ORDER),
        ("", v.REQUIRED),
        ("1 november", v.DATE_FORMAT),
    ],
)
def test_withdrawal_dates(store: Store, foundation: Foundation, on: str, code: str) -> None:
    authorisation_id = _grant(store, foundation)
    with pytest.raises(RecordValidationError) as refused:
        withdraw_authorisation(store, authorisation_id, on, today=TODAY)
    assert codes(refused.value) == {("withdrawn_on", code)}
    assert _count(store, "authorisation_withdrawals") == 0


def test_withdrawing_an_unknown_authorisation(store: Store, foundation: Foundation) -> None:
    with pytest.raises(RecordValidationError) as refused:
        withdraw_authorisation(store, 42, TODAY, today=TODAY)
    assert codes(refused.value) == {("authorisation_id", v.NOT_FOUND)}


# -- lists -------------------------------------------------------------------------------


def test_lists_on_a_date(store: Store, foundation: Foundation) -> None:
    f = foundation
    account = _account(store, f, school=f.other_school)
    teacher = _grant(store, f)
    student = _grant(store, f, PersonRef("student", f.student), valid_until="30-11-2026")
    on_account = _grant(
        store,
        f,
        PersonRef("employee", f.unsigned_teacher),
        scope=Scope.ACCOUNT,
        school_id=None,
        account_id=account,
        granted_by_employee_id=f.board,
    )
    foundation_wide = _grant(
        store, f, scope=Scope.FOUNDATION, school_id=None, granted_by_employee_id=f.board
    )
    later = _grant(store, f, PersonRef("employee", f.director), valid_from="01-01-2027",
                   granted_by_employee_id=f.board)  # fmt: skip
    withdrawn = _grant(store, f, PersonRef("employee", f.board), granted_by_employee_id=f.director)
    withdraw_authorisation(store, withdrawn, "01-10-2026", today=TODAY)

    def ids(**filters) -> list[int]:
        return [row.id for row in list_authorisations(store, TODAY, **filters)]

    # By surname, as every list: Sara Kok, Uma Smit, Tom Visser (twice: by start, by id).
    assert ids() == [student, on_account, teacher, foundation_wide]
    assert ids(school_id=f.school) == [student, teacher]
    assert ids(school_id=f.other_school) == [on_account]
    assert ids(foundation=True) == [foundation_wide]
    assert ids(account_id=account) == [on_account]
    assert ids(person=PersonRef("student", f.student)) == [student]
    everything = list_authorisations(store, TODAY, include_inactive=True)
    assert {row.id: row.status_on(TODAY) for row in everything if row.id in (later, withdrawn)} == {
        later: AuthorisationStatus.NOT_YET,
        withdrawn: AuthorisationStatus.WITHDRAWN,
    }
    assert ids(person=PersonRef("student", f.student)) == [student]
    assert [r.id for r in list_authorisations(store, date(2026, 12, 1), school_id=f.school)] == [
        teacher
    ]  # Sara's ended on 30 November


def test_a_persons_authorisations_newest_first(store: Store, foundation: Foundation) -> None:
    first = _grant(store, foundation, valid_until="31-10-2026")
    second = _grant(store, foundation, valid_from="01-11-2026")
    _grant(store, foundation, PersonRef("student", foundation.student))
    rows = authorisations_of_person(store, "employee", foundation.teacher)
    assert [row.id for row in rows] == [second, first]
    assert rows[1].status_on(TODAY) is AuthorisationStatus.EXPIRED


def test_management_to_choose_from(store: Store, foundation: Foundation) -> None:
    choices = management_choices(store, TODAY)
    assert [(c.name, c.function) for c in choices] == [
        ("Bea Bos", "Bestuurder"),
        ("Dirk de Wit", "Directeur"),
    ]
    assert choices[1].number == "1001"


# -- worklists ---------------------------------------------------------------------------


def _kinds(store: Store, on: date = TODAY) -> list[tuple[str, str]]:
    found = []
    for item in authorisation_worklist(store, on):
        name = item.account.name if item.account else item.authorisation.person_name
        found.append((item.kind.value, name))
    return found


def test_the_four_worklists(store: Store, foundation: Foundation) -> None:
    f = foundation
    nobody = _account(store, f, "@kompas", school=f.other_school)
    covered = _account(store, f, "@obsdelinde")
    _grant(store, f, scope=Scope.ACCOUNT, school_id=None, account_id=covered)
    _grant(store, f, PersonRef("employee", f.teacher_left), school_id=f.other_school)
    soon = _grant(store, f, PersonRef("student", f.student), valid_until="24-12-2026")
    _grant(store, f, PersonRef("employee", f.unsigned_teacher), granted_by_employee_id=f.board)
    items = authorisation_worklist(store, TODAY)
    assert _kinds(store) == [
        ("account_without_authorised", "@kompas"),
        ("authorised_left", "Lex Mol"),
        ("ending_soon", "Sara Kok"),
        ("authorised_without_protocol", "Uma Smit"),
    ]
    assert items[0].account.id == nobody
    assert items[1].day == date(2026, 10, 1)
    assert items[2].day == date(2026, 12, 24) and items[2].authorisation.id == soon
    assert items[3].protocol_status == "overdue"
    assert {item.kind for item in items} == set(WorklistKind)


def test_what_counts_for_an_account(store: Store, foundation: Foundation) -> None:
    """An account is covered by an authorisation for it or for its owner in general (its
    school; the foundation for the foundation's own); a foundation authorisation does not
    cover a school's accounts, and someone who left covers nothing."""
    f = foundation
    school_account = _account(store, f, "@obsdelinde")
    own = add_account(store, AccountInput(platform="facebook", name="Stichting de Korre"))
    assert {item.account.id for item in authorisation_worklist(store, TODAY)} == {
        school_account,
        own,
    }
    _grant(store, f, scope=Scope.FOUNDATION, school_id=None, granted_by_employee_id=f.board)
    assert _kinds(store) == [("account_without_authorised", "@obsdelinde")]
    _grant(store, f, PersonRef("employee", f.teacher_left))  # the school, but left
    assert ("account_without_authorised", "@obsdelinde") in _kinds(store)
    _grant(store, f, PersonRef("student", f.student))  # the school in general
    assert _kinds(store) == [("authorised_left", "Lex Mol")]


def test_ended_withdrawn_and_future_things_are_not_on_the_lists(
    store: Store, foundation: Foundation
) -> None:
    f = foundation
    ended = _account(store, f, "@oud")
    end_account(store, ended, "01-11-2026", today=TODAY)
    add_account(
        store,
        AccountInput(platform="x", name="@later", school_id=f.school, created_on="24-11-2026"),
        today=TODAY,
    )
    gone = _grant(store, f, PersonRef("employee", f.teacher_left), school_id=f.other_school)
    withdraw_authorisation(store, gone, "02-10-2026", today=TODAY)
    _grant(store, f, valid_until="23-11-2026")  # expired yesterday
    _grant(store, f, PersonRef("employee", f.unsigned_teacher), valid_from="01-12-2026")
    assert _kinds(store) == [("account_without_authorised", "@later")]
    assert _kinds(store, date(2026, 11, 23)) == [("ending_soon", "Tom Visser")]


def test_a_student_without_the_current_protocol(store: Store, foundation: Foundation) -> None:
    f = foundation
    newer = store.insert(
        "protocol_versions",
        {
            "audience": "students",
            "label": "2026-b",
            "effective_date": "2026-11-01",
            "created_at": "2026-11-01",
        },
    )
    assert newer
    _grant(store, f, PersonRef("student", f.student))
    items = authorisation_worklist(store, TODAY)
    assert [(i.kind, i.protocol_status) for i in items] == [
        (WorklistKind.AUTHORISED_WITHOUT_PROTOCOL, "re-sign")
    ]
    assert authorisation_worklist(store, date(2026, 10, 31)) == []


def test_how_many_may_post_for_each_account(store: Store, foundation: Foundation) -> None:
    """The accounts list counts people as the "nobody may post" worklist does: an
    authorisation for the account, or for its owner in general; active, person present."""
    f = foundation
    linde = _account(store, f)
    kompas = _account(store, f, "@hetkompas", school=f.other_school)
    own = add_account(store, AccountInput(platform="x", name="@dekorre"), today=TODAY)
    _grant(store, f, scope=Scope.ACCOUNT, school_id=None, account_id=linde)
    _grant(store, f)  # the same person for the school in general: still one person
    _grant(store, f, PersonRef("student", f.student))  # De Linde in general
    _grant(
        store, f, PersonRef("employee", f.unsigned_teacher), scope=Scope.FOUNDATION, school_id=None
    )
    _grant(store, f, PersonRef("employee", f.teacher_left), school_id=f.other_school)  # left
    gone = _grant(store, f, PersonRef("employee", f.board), school_id=f.other_school)
    withdraw_authorisation(store, gone, "01-11-2026", today=TODAY)
    assert authorised_counts(store, TODAY) == {linde: 2, kompas: 0, own: 1}
    uncovered = [i.account.id for i in authorisation_worklist(store, TODAY) if i.account]
    assert uncovered == [kompas]
    # Before the withdrawal and the leaving, Kompas had two.
    assert authorised_counts(store, date(2026, 9, 15))[kompas] == 2
