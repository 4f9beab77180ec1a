"""Each person's consent statuses on a list, worked out once per pattern of statements.

A foundation has 50,000 students but only a few thousand different histories: most were
signed "all yes" by one or two guardians. The rules (``domain.consent``) read a person's
statements in order (signed date, entry time, id), only those signed on or before the
day, each signer apart, and per statement only its answers and whether they had expired.
Two people whose statements agree in exactly that get the same statuses, so the rules run
once per such *pattern* and the stored rows are never turned into ``Statement`` objects
for the people whose pattern was seen before.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from korre_desktop.domain.consent import (
    ConsentPolicy,
    ConsentStatus,
    SignerRole,
    Statement,
    answers_expired,
    employee_statuses,
    is_adult,
    student_statuses,
)
from korre_desktop.domain.consent_form import ConsentForm

Row = dict[str, Any]
Outcome = tuple[dict[str, ConsentStatus], bool]  # the statuses per item; ask the student


def rows_by_subject(
    rows: Iterable[Row], excluded_guardians: set[tuple[int, int]] | None = None
) -> dict[int, list[Row]]:
    """Stored statements per person; a guardian without parental authority cannot give or
    refuse consent, so that guardian's statements are left out."""
    grouped: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        subject = row["subject_id"]
        if excluded_guardians and (subject, row["guardian_id"]) in excluded_guardians:
            continue
        grouped[subject].append(row)
    return grouped


def _order(row: Row) -> tuple[str, datetime, int]:
    # The rules' order (signed date, entry time, id); ISO dates sort as text.
    return row["signed_date"], datetime.fromisoformat(row["entered_at"]), row["id"]


class ConsentOutcomes:
    """The statuses of the people on one list: one day, one set of items, one policy."""

    def __init__(
        self,
        kind: str,
        forms: Iterable[ConsentForm],
        items: Sequence[str],
        on: date,
        policy: ConsentPolicy,
    ) -> None:
        self._student = kind == "student"
        self._validity = {form.id: form.validity for form in forms}
        self._items = tuple(items)
        self._on = on
        self._on_text = on.isoformat()
        self._policy = policy
        self._expired: dict[tuple[int, str], bool] = {}
        self._outcomes: dict[tuple[object, ...], Outcome] = {}
        # One dict per distinct set of statuses (read them, never change them).
        self._shared: dict[tuple[tuple[str, ConsentStatus], ...], dict[str, ConsentStatus]] = {}
        self._parsed: dict[str, dict[str, Any]] = {}

    def of(self, rows: Sequence[Row], birth_date: date | None = None) -> Outcome:
        """The statuses of one person with these stored statements (``rows_by_subject``)."""
        adult = self._student and is_adult(birth_date, self._on)
        key = (adult, self._pattern(rows))
        found = self._outcomes.get(key)
        if found is None:
            found = self._outcomes[key] = self._work_out(rows, birth_date)
        return found

    def _pattern(self, rows: Sequence[Row]) -> tuple[tuple[object, ...], ...]:
        if len(rows) == 1:  # most people: one form
            row = rows[0]
            if row["signed_date"] > self._on_text:
                return ()
            return ((row["signer_role"], 0, row["answers"], self._is_expired(row)),)
        rows = sorted(rows, key=_order)
        signers: dict[object, int] = {}
        return tuple(
            (
                row["signer_role"],
                signers.setdefault(row["guardian_id"], len(signers)),
                row["answers"],
                self._is_expired(row),
            )
            for row in rows
            if row["signed_date"] <= self._on_text
        )

    def _is_expired(self, row: Row) -> bool:
        key = (row["form_version_id"], row["signed_date"])
        found = self._expired.get(key)
        if found is None:
            validity = self._validity[row["form_version_id"]]
            signed = date.fromisoformat(row["signed_date"])
            found = self._expired[key] = answers_expired(validity, signed, self._on, self._policy)
        return found

    def _work_out(self, rows: Sequence[Row], birth_date: date | None) -> Outcome:
        statements = [self._statement(row) for row in rows]
        if self._student:
            item_status = student_statuses(
                birth_date, statements, self._items, self._on, self._policy
            )
            consent = {code: status.status for code, status in item_status.items()}
            ask = any(status.ask_student for status in item_status.values())
        else:
            consent = employee_statuses(statements, self._items, self._on, self._policy)
            ask = False
        return self._shared.setdefault(tuple(consent.items()), consent), ask

    def _statement(self, row: Row) -> Statement:
        role = SignerRole(row["signer_role"])
        answers = self._parsed.get(row["answers"])
        if answers is None:
            answers = self._parsed[row["answers"]] = json.loads(row["answers"])
        return Statement(
            id=row["id"],
            signer_role=role,
            # A student's and an employee's own statements are theirs, whoever entered them.
            signer_id=row["guardian_id"] if role is SignerRole.GUARDIAN else row["subject_id"],
            signed_date=date.fromisoformat(row["signed_date"]),
            entered_at=datetime.fromisoformat(row["entered_at"]),
            answers=answers,
            validity=self._validity[row["form_version_id"]],
        )
