"""Accounts: added with management's permission, edited and ended (audited), never deleted."""

from __future__ import annotations

import json
from datetime import date

import pytest

from korre_desktop.domain import validation as v
from korre_desktop.domain.authorisation import (
    ACCOUNT_EXISTS,
    ALREADY_ENDED,
    NOT_MANAGEMENT,
    Scope,
)
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.services.accounts import (
    AccountInput,
    add_account,
    end_account,
    get_account,
    list_accounts,
    update_account,
)
from korre_desktop.services.records import RecordValidationError
from korre_desktop.store import Store
from tests.engines import REFUSED_BY_DATABASE
from tests.services.protocol_people import TODAY, Foundation, codes


def _count(store: Store) -> int:
    return store.rows("SELECT count(*) AS n FROM accounts")[0]["n"]


def _instagram(f: Foundation, **changes) -> AccountInput:
    values = {
        "platform": "instagram",
        "name": "  @obs  delinde ",
        "link": " https://instagram.com/obsdelinde ",
        "school_id": f.school,
        "created_on": "01-09-2026",
        "permission_by_employee_id": f.director,
        "note": "Beheer: Tom",
    }
    return AccountInput(**{**values, **changes})


def test_an_account_is_added_and_listed(store: Store, foundation: Foundation) -> None:
    account_id = add_account(store, _instagram(foundation), today=TODAY)
    account = get_account(store, account_id)
    assert account is not None
    assert (account.platform, account.name, account.link) == (
        "instagram",
        "@obs delinde",
        "https://instagram.com/obsdelinde",
    )
    assert account.school_name == "OBS De Linde" and account.scope is Scope.SCHOOL
    assert account.created_on == date(2026, 9, 1)
    assert account.permission_by_name == "Dirk de Wit"
    audit = store.people.audit_for("accounts", account_id)
    assert [entry["action"] for entry in audit] == ["insert"]


def test_a_foundation_account_without_known_details(store: Store, foundation: Foundation) -> None:
    account_id = add_account(store, AccountInput(platform="whatsapp_group", name="Team Korre"))
    account = get_account(store, account_id)
    assert account is not None and account.scope is Scope.FOUNDATION
    assert account.school_name == "" and account.created_on is None
    assert account.permission_by_name == ""


def test_every_problem_at_once_and_nothing_stored(store: Store, foundation: Foundation) -> None:
    data = AccountInput(
        platform="myspace",
        name=" ",
        school_id=999,
        created_on="25-11-2026",
        permission_by_employee_id=foundation.teacher,
    )
    with pytest.raises(RecordValidationError) as refused:
        add_account(store, data, today=TODAY)
    assert codes(refused.value) == {
        ("platform", v.UNKNOWN_CHOICE),
        ("name", v.REQUIRED),
        ("school_id", v.NOT_FOUND),
        ("created_on", v.DATE_IN_FUTURE),
        ("permission_by_employee_id", NOT_MANAGEMENT),
    }
    permission = next(p for p in refused.value.problems if p.code == NOT_MANAGEMENT)
    assert permission.params == {"name": "Tom Visser", "function": "Leerkracht"}
    assert _count(store) == 0


def test_the_same_account_twice_is_refused(store: Store, foundation: Foundation) -> None:
    add_account(store, _instagram(foundation), today=TODAY)
    with pytest.raises(RecordValidationError) as refused:
        add_account(store, _instagram(foundation, name="@OBS DELINDE"), today=TODAY)
    assert refused.value.problems[0].code == ACCOUNT_EXISTS
    # Another school, another platform: other accounts.
    add_account(store, _instagram(foundation, school_id=foundation.other_school), today=TODAY)
    add_account(store, _instagram(foundation, platform="tiktok"), today=TODAY)
    assert _count(store) == 3


def test_editing_name_link_and_note_is_audited(store: Store, foundation: Foundation) -> None:
    account_id = add_account(store, _instagram(foundation), today=TODAY)
    assert update_account(store, account_id, name="@obsdelinde_officieel", link="", note="x")
    assert not update_account(store, account_id, name="@obsdelinde_officieel", link="", note="x")
    update = store.people.audit_for("accounts", account_id)[-1]
    assert update["action"] == "update"
    assert json.loads(update["before"])["name"] == "@obs delinde"
    assert json.loads(update["after"]) == {
        "name": "@obsdelinde_officieel",
        "link": "",
        "note": "x",
    }
    with pytest.raises(RecordValidationError) as refused:
        update_account(store, account_id, name="", link="", note="")
    assert refused.value.problems == [FieldProblem("name", v.REQUIRED)]


def test_ending_an_account(store: Store, foundation: Foundation) -> None:
    account_id = add_account(store, _instagram(foundation), today=TODAY)
    for day, code in (("25-11-2026", v.DATE_IN_FUTURE), ("31-08-2026", v.DATE_ORDER)):
        with pytest.raises(RecordValidationError) as refused:
            end_account(store, account_id, day, today=TODAY)
        assert refused.value.problems[0].code == code
    assert end_account(store, account_id, "1-11-26", today=TODAY)
    with pytest.raises(RecordValidationError) as refused:
        end_account(store, account_id, date(2026, 11, 2), today=TODAY)
    assert refused.value.problems == [
        FieldProblem("ended_on", ALREADY_ENDED, {"ended_on": "2026-11-01"})
    ]
    assert list_accounts(store, on=TODAY) == []
    assert [a.id for a in list_accounts(store, include_ended=True, on=TODAY)] == [account_id]
    assert [a.id for a in list_accounts(store, on=date(2026, 10, 31))] == [account_id]
    # Once ended, the same name may be used for a new account.
    add_account(store, _instagram(foundation), today=TODAY)


def test_accounts_are_never_deleted(store: Store, foundation: Foundation) -> None:
    add_account(store, _instagram(foundation), today=TODAY)
    with pytest.raises(REFUSED_BY_DATABASE, match="never deleted"):
        store.db.execute("DELETE FROM accounts")
    assert _count(store) == 1


def test_listing_per_school_and_for_the_foundation(store: Store, foundation: Foundation) -> None:
    school = add_account(store, _instagram(foundation), today=TODAY)
    other = add_account(store, _instagram(foundation, school_id=foundation.other_school))
    own = add_account(store, AccountInput(platform="linkedin", name="Stichting de Korre"))
    assert [a.id for a in list_accounts(store, on=TODAY)] == [own, other, school]
    assert [a.id for a in list_accounts(store, foundation.school, on=TODAY)] == [school]
    assert [a.id for a in list_accounts(store, foundation=True, on=TODAY)] == [own]
