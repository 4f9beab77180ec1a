"""Demo data for the protocol's section 2 and closing paragraph: accounts, authorisations,
a press report and an entry in the personnel file, chosen so every authorisation worklist
has a case on the reference date.

Written through the services (checked and audited like a user's entries) after the
people are in, all at the reference date. Nothing here draws from the demo's random
generator: the people are picked by their order in the records, so the same seed on the
same day gives the same choices, and the rest of the demo stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from korre_desktop.domain.authorisation import Scope, is_management
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.services.accounts import AccountInput, add_account, end_account
from korre_desktop.services.authorisations import (
    AuthorisationInput,
    PersonRef,
    add_authorisation,
    get_authorisation,
    withdraw_authorisation,
)
from korre_desktop.services.demo_document import placeholder_email
from korre_desktop.services.documents import document_from_bytes
from korre_desktop.services.dossier import DossierEntryInput, add_dossier_entry
from korre_desktop.services.press_reports import PressReportInput, add_press_report
from korre_desktop.services.records import set_employee_left
from korre_desktop.services.status import PersonStatus, employee_statuses_on
from korre_desktop.store import Store

Row = dict[str, Any]


@dataclass(frozen=True)
class ProtocolDemoSummary:
    accounts: int = 0
    authorisations: int = 0


@contextmanager
def _clock_at(store: Store, moment: datetime) -> Iterator[None]:
    """Entries made "now" are made on the reference date, as the rest of the demo."""
    before = store.clock
    store.clock = lambda: moment
    try:
        yield
    finally:
        store.clock = before


class _People:
    """The demo's employees to choose from (with their protocol status on the reference
    date: one pass of ``services.status``), each used for one case at most."""

    def __init__(self, store: Store, today: date, signed_students: list[int]) -> None:
        self.store = store
        employees = employee_statuses_on(store, today, with_consent=False, include_inactive=True)
        self.by_id: dict[int, PersonStatus] = {person.id: person for person in employees}
        here = [person for person in employees if person.active]
        self.managers = [person.id for person in here if is_management(person.function)]
        staff = [person for person in here if person.id not in self.managers]
        signed = ProtocolStatus.SIGNED
        self.signed = [person.id for person in staff if person.protocol is signed]
        self.unsigned = [person.id for person in staff if person.protocol is not signed]
        self.left = [
            person.id for person in employees if person.end_date and person.end_date <= today
        ]
        self.students = signed_students
        self._used: set[int] = set()

    def take(self, ids: list[int]) -> int | None:
        for person_id in ids:
            if person_id not in self._used:
                self._used.add(person_id)
                return person_id
        return None

    def started(self, employee_id: int) -> date | None:
        return self.by_id[employee_id].start_date

    def first_name(self, employee_id: int) -> str:
        return self.by_id[employee_id].roepnaam

    def name(self, employee_id: int) -> str:
        return self.by_id[employee_id].name

    def mail(self, employee_id: int) -> str:
        row = self.store.records.employee_row(employee_id)
        address = (row or {}).get("email") or "medewerker@korre.example"
        return f"{self.name(employee_id)} <{address}>"


def add_protocol_demo(
    store: Store, today: date, schools: list[tuple[int, str]], signed_students: list[Row]
) -> ProtocolDemoSummary:
    """Accounts, authorisations (of employees and a student; one withdrawn, one ending
    within 30 days, one of an employee who left, one of someone without the current
    protocol), a press report and a personnel-file entry with an e-mail. ``schools``:
    (id, name), secondary schools first; ``signed_students``: students on the lists who
    signed the current protocol (``student_id`` and ``school_id``), in record order."""
    with _clock_at(store, datetime.combine(today, time(8, 0))):
        return _Builder(store, today, schools, signed_students).build()


class _Builder:
    def __init__(
        self, store: Store, today: date, schools: list[tuple[int, str]], students: list[Row]
    ) -> None:
        self.store = store
        self.today = today
        self.schools = schools
        self.students = students
        self.people = _People(store, today, [row["student_id"] for row in students])
        self.accounts = 0
        self.authorisations = 0

    def days(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def build(self) -> ProtocolDemoSummary:
        if not self.schools or not self.people.by_id:
            return ProtocolDemoSummary()
        people = self.people
        manager = people.take(people.managers) or self._appoint_manager()
        if manager is None:
            return ProtocolDemoSummary()
        first, second = self.schools[0], self.schools[1 % len(self.schools)]
        third = self.schools[2 % len(self.schools)]
        instagram = self.account("instagram", "@stichtingdekorre", None, -700, manager)
        facebook = self.account("facebook", first[1], first[0], -900, manager)
        whatsapp = self.account("whatsapp_group", f"Team {second[1]}", second[0], -400, manager)
        old_x = self.account("x", "@dekorre", None, -1500, manager)
        # An account nobody may post for yet: on the worklist.
        self.account("tiktok", f"@{third[1].lower().replace(' ', '')}", third[0], -10, manager)

        keeper = people.take(people.signed)
        if keeper is not None:
            mail = self.permission_mail(manager, keeper, -301)
            self.grant(keeper, Scope.ACCOUNT, instagram, -300, None, manager, evidence=mail)
            self.grant(keeper, Scope.ACCOUNT, old_x, -1400, -201, manager)  # ended with it
        end_account(self.store, old_x, self.days(-200), today=self.today)
        ending = people.take(people.signed)
        if ending is not None:  # the school in general, until 20 days from now
            self.grant(ending, Scope.SCHOOL, first[0], -60, 20, manager)
            withdrawn = self.grant(ending, Scope.ACCOUNT, whatsapp, -200, None, manager)
            row = None if withdrawn is None else get_authorisation(self.store, withdrawn)
            if row is not None:
                on = max(self.days(-30), row.valid_from)
                note = "Ingetrokken na overleg"
                withdraw_authorisation(self.store, row.id, on, note, today=self.today)
        left = people.take(people.left) or self._someone_leaves()
        if left is not None:  # still authorised after leaving: revoke their access
            end = people.by_id[left].end_date
            assert end is not None
            since = (end - timedelta(days=300) - self.today).days
            self.grant(left, Scope.ACCOUNT, facebook, since, None, manager, last=end)
        unsigned = people.take(people.unsigned)
        if unsigned is not None:  # authorised, but not signed the current protocol
            self.grant(unsigned, Scope.ACCOUNT, whatsapp, -20, None, manager)
        self.student_council(manager)
        if keeper is not None:
            self.press_report(keeper, manager)
        if unsigned is not None:
            self.dossier(unsigned, manager)
        return ProtocolDemoSummary(self.accounts, self.authorisations)

    def _appoint_manager(self) -> int | None:
        """A small demo may have no management: its first employee still there becomes
        director."""
        candidates = self.people.signed or self.people.unsigned
        chosen = self.people.take(candidates)
        if chosen is not None:
            self.store.records.update_employee(chosen, {"function": "Directeur"})
        return chosen

    def _someone_leaves(self) -> int | None:
        """No employee has left yet (a small or young demo): one leaves a week before the
        reference date, so the worklist of people who left has a case."""
        month_ago = self.days(-30)
        people = self.people
        candidates = [
            person
            for person in [*people.unsigned[1:], *people.signed]
            if (people.started(person) or date.min) <= month_ago
        ]
        chosen = people.take(candidates)
        if chosen is not None:
            set_employee_left(self.store, chosen, self.days(-7))
            people.by_id[chosen].end_date = self.days(-7)
        return chosen

    def account(
        self, platform: str, name: str, school_id: int | None, created: int, manager: int
    ) -> int:
        self.accounts += 1
        data = AccountInput(
            platform=platform,
            name=name,
            school_id=school_id,
            created_on=self.days(created),
            permission_by_employee_id=manager,
            link=""
            if platform == "whatsapp_group"
            else f"https://{platform}.example/{self.accounts}",
        )
        return add_account(self.store, data, today=self.today)

    def grant(
        self,
        person: int,
        scope: Scope,
        target: int,
        start: int,
        until: int | None,
        manager: int,
        *,
        kind: str = "employee",
        evidence: bytes | None = None,
        last: date | None = None,
    ) -> int | None:
        """An authorisation from ``start`` days from today (not before an employee started;
        before ``last`` when given) to ``until``; None when that leaves no time."""
        begin = self.days(start)
        started = self.people.started(person) if kind == "employee" else None
        if started:
            begin = max(begin, started)
        end = None if until is None else self.days(until)
        if (end is not None and end < begin) or (last is not None and begin >= last):
            return None
        self.authorisations += 1
        data = AuthorisationInput(
            person=PersonRef(kind, person),
            scope=scope,
            account_id=target if scope is Scope.ACCOUNT else None,
            school_id=target if scope is Scope.SCHOOL else None,
            valid_from=begin,
            valid_until=end,
            granted_by_employee_id=manager,
            evidence=None if evidence is None else document_from_bytes(evidence, "toestemming.eml"),
        )
        return add_authorisation(self.store, data)

    def student_council(self, manager: int) -> None:
        """The student council of a school posts on its own account."""
        if not self.students:
            return
        student = self.students[0]
        name = dict(self.schools).get(student["school_id"], "")
        account = self.account(
            "instagram", f"Leerlingenraad {name}", student["school_id"], -120, manager
        )
        self.grant(
            student["student_id"], Scope.ACCOUNT, account, -90, None, manager, kind="student"
        )

    def permission_mail(self, manager: int, employee: int, offset: int) -> bytes:
        people = self.people
        return placeholder_email(
            people.mail(manager),
            people.mail(employee),
            "Toestemming: beheer Instagram van de stichting",
            datetime.combine(self.days(offset), time(9, 30)),
            f"Beste {people.first_name(employee)},\n\nHierbij geef ik je toestemming om"
            " namens de stichting berichten te plaatsen op ons Instagram-account.\n\n"
            f"Met vriendelijke groet,\n{people.name(manager)}\n",
            f"toestemming-{employee}",
        )

    def press_report(self, employee: int, manager: int) -> None:
        schools = self.store.records.employee_school_ids(employee)
        add_press_report(
            self.store,
            PressReportInput(
                report_date=self.days(-12),
                employee_id=employee,
                school_id=schools[0] if schools else None,
                medium="Dagblad van het Noorden",
                subject="Vragen over een bericht op Instagram over de schoolreis",
                reported_to_employee_id=manager,
                note="Telefonisch gemeld; de directie heeft de journalist teruggebeld.",
            ),
            today=self.today,
        )

    def dossier(self, employee: int, manager: int) -> None:
        people = self.people
        letter = placeholder_email(
            people.mail(manager),
            people.mail(employee),
            "Gesprek over een bericht op sociale media",
            datetime.combine(self.days(-8), time(14, 0)),
            f"Beste {people.first_name(employee)},\n\nIn het protocol sociale media staat"
            " dat foto's van leerlingen niet op persoonlijke accounts worden geplaatst. Graag"
            " spreek ik je hierover deze week.\n\n"
            f"Met vriendelijke groet,\n{people.name(manager)}\n",
            f"dossier-{employee}",
        )
        add_dossier_entry(
            self.store,
            DossierEntryInput(
                employee_id=employee,
                entry_date=self.days(-8),
                subject="Uitnodiging gesprek over een bericht op sociale media",
                direction="out",
                document=document_from_bytes(letter, "uitnodiging-gesprek.eml"),
            ),
            today=self.today,
        )
