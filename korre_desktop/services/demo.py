"""Synthetic but realistic demo data: a foundation with schools, people, forms and history.

Everything comes from one seeded random generator and the reference date, so the same
seed on the same day gives the same database.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from korre_desktop.domain.consent_items import ALL_ITEM_CODES, CHANNELS, MEDIA, item_code
from korre_desktop.domain.people import age_on
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.errors import InputError
from korre_desktop.services import demo_names as names
from korre_desktop.services.demo_document import placeholder_pdf
from korre_desktop.services.demo_protocol import add_protocol_demo
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.store import Store

DEFAULT_STUDENTS = 600
DEFAULT_EMPLOYEES = 60
MAX_PEOPLE = 500_000
CLASS_SIZE = 27
LEGACY_ITEMS = tuple(item_code(m, c) for m in ("foto", "film") for c in CHANNELS)
SOCIAL_ITEMS = tuple(
    item_code(m, c) for m in MEDIA for c in ("socialmedia_school", "socialmedia_persoonlijk")
)

Row = dict[str, Any]


@dataclass
class DemoSummary:
    schools: int = 0
    classes: int = 0
    students: int = 0
    guardians: int = 0
    employees: int = 0
    statements: int = 0
    signatures: int = 0
    accounts: int = 0
    authorisations: int = 0


_LINK_TABLES = frozenset({"student_guardians", "employee_schools"})


@dataclass
class _Tables:
    rows: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, row: Row) -> int:
        rows = self.rows.setdefault(table, [])
        if "id" not in row and table not in _LINK_TABLES:
            row = {"id": len(rows) + 1, **row}
        rows.append(row)
        return row.get("id", 0)


@dataclass(frozen=True)
class _School:
    id: int
    name: str
    secondary: bool
    places: int


class _DemoBuilder:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.current = SchoolYear.containing(today)
        self.previous = self.current.previous()
        self.created_at = f"{today.isoformat()}T08:00:00"
        self.t = _Tables()
        self.form_current = 0
        self.form_legacy = 0
        self.versions: dict[tuple[str, str], int] = {}

        self.students_made = 0

    # -- small helpers --------------------------------------------------------------------

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def entered_at(self, signed: date) -> str:
        entered = min(self.today, signed + timedelta(days=self.rng.randint(0, 6)))
        return (
            f"{entered.isoformat()}T{self.rng.randint(8, 16):02d}:{self.rng.randint(0, 59):02d}:00"
        )

    def person_name(self, first_names: list[str] | tuple[str, ...]) -> tuple[str, str, str]:
        first = self.rng.choice(first_names)
        if self.rng.random() < 0.3:
            infix, surname = self.rng.choice(names.INFIXED)
        else:
            infix, surname = "", self.rng.choice(names.SURNAMES)
        return first, infix, surname

    def this_year_window(self) -> tuple[date, date]:
        """When this school year's forms came back: September and October, up to today."""
        first = self.current.start + timedelta(days=21)
        last = min(self.today, self.current.start + timedelta(days=90))
        if last < first:
            first = self.current.start
        return first, max(first, last)

    # -- structure ------------------------------------------------------------------------

    def school_years(self) -> None:
        for year in (self.previous, self.current):
            self.t.add(
                "school_years",
                {
                    "label": year.label,
                    "start_date": year.start.isoformat(),
                    "end_date": year.end.isoformat(),
                },
            )

    def schools(self, students: int) -> list[_School]:
        count = max(3, round(students / 300))
        secondary = max(1, count // 4)
        result = []
        used: set[str] = set()
        for index in range(count):
            is_secondary = index < secondary
            place = names.PLACES[index % len(names.PLACES)]
            if is_secondary:
                name = "Het Korre College" if index == 0 else f"Korre Lyceum {place}"
            else:
                base = names.SCHOOL_NAMES[index % len(names.SCHOOL_NAMES)]
                name = f"{self.rng.choice(('CBS', 'OBS', 'PCBS'))} {base}"
                if name in used or index >= len(names.SCHOOL_NAMES):
                    name = f"{name} {place}"
            while name in used:
                name = f"{name} {index}"
            used.add(name)
            brin = f"{self.rng.randint(10, 99)}{chr(65 + index % 26)}{chr(65 + index // 26 % 26)}"
            school_id = self.t.add(
                "schools", {"name": name, "brin": brin, "created_at": self.created_at}
            )
            result.append(_School(school_id, name, is_secondary, 0))
        # A third of the students go to secondary schools, so some are 16 or older.
        share = [0.35 / secondary if s.secondary else 0.65 / (count - secondary) for s in result]
        sizes = [int(students * f) for f in share]
        sizes[-1] += students - sum(sizes)
        return [_School(s.id, s.name, s.secondary, n) for s, n in zip(result, sizes, strict=True)]

    def class_names(self, school: _School) -> dict[int, list[str]]:
        levels = range(1, 7) if school.secondary else range(1, 9)
        per_level = max(1, math.ceil(school.places / len(levels) / CLASS_SIZE))
        result = {}
        for level in levels:
            if school.secondary:
                result[level] = [f"{level}{chr(65 + i)}" for i in range(per_level)]
            elif per_level == 1:
                result[level] = [f"Groep {level}"]
            else:
                result[level] = [f"Groep {level}{chr(97 + i)}" for i in range(per_level)]
        return result

    def classes(
        self, school: _School, year_id: int, names_by_level: dict[int, list[str]]
    ) -> dict[str, int]:
        return {
            name: self.t.add(
                "classes", {"school_id": school.id, "school_year_id": year_id, "name": name}
            )
            for level_names in names_by_level.values()
            for name in level_names
        }

    # -- people ---------------------------------------------------------------------------

    def students(self, schools: list[_School], progress: Progress, total: int) -> None:
        done = 0
        for school in schools:
            by_level = self.class_names(school)
            previous_ids = self.classes(school, 1, by_level)
            current_ids = self.classes(school, 2, by_level)
            numbers = self.rng.sample(range(1000, 1000 + school.places * 20 + 100), school.places)
            for number in numbers:
                level = self.rng.choice(list(by_level))
                parallel = self.rng.randrange(len(by_level[level]))
                self.student(school, level, by_level, parallel, previous_ids, current_ids, number)
                done += 1
                if done % 2000 == 0:
                    progress.step(done, total, "students")

    def student(
        self,
        school: _School,
        level: int,
        by_level: dict[int, list[str]],
        parallel: int,
        previous_ids: dict[str, int],
        current_ids: dict[str, int],
        number: int,
    ) -> None:
        rng = self.rng
        age = level + (11 if school.secondary else 3)
        born_after = date(self.current.start_year - age - 1, 10, 1)
        birth = self.day_between(born_after, born_after + timedelta(days=364))
        first, infix, surname = self.person_name(names.GIRLS if rng.random() < 0.5 else names.BOYS)
        fate = rng.random()
        left = None
        enrolled = None
        start = None
        if fate < 0.02 and self.today > self.current.start:
            left = self.day_between(self.current.start, self.today - timedelta(days=1))
        elif fate < 0.04 and self.today > self.current.start + timedelta(days=30):
            start = self.day_between(self.current.start + timedelta(days=30), self.today)
            enrolled = start
        # A newcomer whose birth date the administration has not registered yet.
        self.students_made += 1
        birth_known = self.students_made % 100 != 50  # one in a hundred
        student_id = self.t.add(
            "students",
            {
                "school_id": school.id,
                "student_number": f"{number:06d}" if rng.random() < 0.3 else str(number),
                "roepnaam": first,
                "tussenvoegsel": infix,
                "achternaam": surname,
                "birth_date": birth.isoformat() if birth_known else None,
                "enrolled_date": enrolled.isoformat() if enrolled else None,
                "left_date": left.isoformat() if left else None,
                "created_at": self.created_at,
            },
        )
        names_now = by_level[level]
        self.t.add(
            "enrolments",
            {
                "student_id": student_id,
                "class_id": current_ids[names_now[parallel % len(names_now)]],
                "start_date": start.isoformat() if start else None,
                "end_date": None,
            },
        )
        if level > 1 and start is None:
            names_before = by_level[level - 1]
            self.t.add(
                "enrolments",
                {
                    "student_id": student_id,
                    "class_id": previous_ids[names_before[parallel % len(names_before)]],
                    "start_date": None,
                    "end_date": None,
                },
            )
        guardians = self.guardians(student_id, infix, surname)
        self.student_consent(student_id, birth, guardians, school.secondary)
        self.student_signature(student_id, level, school.secondary)

    def guardians(self, student_id: int, infix: str, surname: str) -> list[tuple[int, str]]:
        rng = self.rng
        result = []
        count = 2 if rng.random() < 0.85 else 1
        for index in range(count):
            first = rng.choice(names.ADULT_FIRST)
            g_infix, g_surname = (infix, surname)
            if index == 1 and rng.random() < 0.35:
                _, g_infix, g_surname = self.person_name(names.ADULT_FIRST)
            guardian_id = self.t.add(
                "guardians",
                {
                    "roepnaam": first,
                    "tussenvoegsel": g_infix,
                    "achternaam": g_surname,
                    "email": email_address(first, g_surname, student_id * 2 + index, "example.nl"),
                    "phone": f"06-{rng.randint(10000000, 99999999)}",
                    "created_at": self.created_at,
                },
            )
            authority = 0 if index == 1 and rng.random() < 0.03 else 1
            self.t.add(
                "student_guardians",
                {
                    "student_id": student_id,
                    "guardian_id": guardian_id,
                    "relation": rng.choice(("moeder", "vader", "verzorger")),
                    "parental_authority": authority,
                },
            )
            full = " ".join(p for p in (first, g_infix, g_surname) if p)
            result.append((guardian_id, full))
        return result

    # -- consent ----------------------------------------------------------------------------

    def answers(self, codes: tuple[str, ...], value: bool | None) -> dict[str, bool | None]:
        return dict.fromkeys(codes, value)

    def partial_answers(self) -> dict[str, bool | None]:
        answers = self.answers(ALL_ITEM_CODES, True)
        for code in SOCIAL_ITEMS:
            answers[code] = self.rng.random() < 0.3
        for channel in CHANNELS:
            if self.rng.random() < 0.3:
                answers[item_code("geluid", channel)] = False
        return answers

    def statement(
        self,
        subject: tuple[str, int],
        signer: tuple[str, int | None, str],
        signed: date,
        answers: dict[str, bool | None],
        *,
        legacy: bool = False,
        source: str = "demo",
        note: str = "",
    ) -> None:
        kind, subject_id = subject
        role, guardian_id, signer_name = signer
        self.t.add(
            "consent_statements",
            {
                "subject_kind": kind,
                "employee_id": subject_id if kind == "employee" else None,
                "student_id": subject_id if kind == "student" else None,
                "signer_role": role,
                "guardian_id": guardian_id,
                "signer_name": signer_name,
                "signed_date": signed.isoformat(),
                "form_version_id": self.form_legacy if legacy else self.form_current,
                "answers": json.dumps(answers),
                "source": source,
                "evidence_sha256": None,
                "note": note,
                "entered_by": "demo",
                "entered_at": self.entered_at(signed),
            },
        )

    def withdrawal(
        self, subject: tuple[str, int], signer: tuple[str, int | None, str], after: date
    ) -> None:
        if after >= self.today:
            return
        when = self.day_between(after + timedelta(days=1), self.today)
        codes = ALL_ITEM_CODES if self.rng.random() < 0.7 else SOCIAL_ITEMS
        self.statement(
            subject,
            signer,
            when,
            self.answers(codes, False),
            source="withdrawal",
            note=f"Ingetrokken per e-mail op {when.strftime('%d-%m-%Y')}",
        )

    def student_consent(
        self, student_id: int, birth: date, guardians: list[tuple[int, str]], secondary: bool
    ) -> None:
        rng = self.rng
        subject = ("student", student_id)
        first, last = self.this_year_window()
        g1 = ("guardian", guardians[0][0], guardians[0][1])
        g2 = ("guardian", guardians[1][0], guardians[1][1]) if len(guardians) > 1 else None
        signed = self.day_between(first, last)
        pick = rng.random()
        if pick < 0.09:
            pass  # no form returned: missing
        elif pick < 0.16:
            expired_on = self.day_between(
                self.previous.start + timedelta(days=21), self.previous.start + timedelta(days=80)
            )
            self.statement(subject, g1, expired_on, self.answers(LEGACY_ITEMS, True), legacy=True)
        elif pick < 0.19:
            self.statement(subject, g1, signed, self.answers(LEGACY_ITEMS, True), legacy=True)
        elif pick < 0.24:
            self.statement(subject, g1, signed, self.answers(ALL_ITEM_CODES, False))
        elif pick < 0.28 and g2:
            self.statement(subject, g1, signed, self.answers(ALL_ITEM_CODES, True))
            no = ALL_ITEM_CODES if rng.random() < 0.5 else SOCIAL_ITEMS
            self.statement(subject, g2, self.day_between(signed, last), self.answers(no, False))
        elif pick < 0.32:
            self.statement(subject, g1, signed, self.answers(ALL_ITEM_CODES, True))
            self.withdrawal(subject, g2 or g1, signed)
        elif pick < 0.34:
            answers = self.answers(ALL_ITEM_CODES, True)
            for code in rng.sample(ALL_ITEM_CODES, 4):
                answers[code] = None  # left blank on the paper form
            self.statement(subject, g1, signed, answers)
        elif pick < 0.48:
            self.statement(subject, g1, signed, self.partial_answers())
        else:
            self.statement(subject, g1, signed, self.answers(ALL_ITEM_CODES, True))
            if g2 and rng.random() < 0.3:
                self.statement(
                    subject, g2, self.day_between(signed, last), self.answers(ALL_ITEM_CODES, True)
                )
        if not secondary:
            return
        own = ("student", None, "")
        if age_on(birth, self.today) >= 16 and rng.random() < 0.5:
            answers = (
                self.answers(ALL_ITEM_CODES, True) if rng.random() < 0.8 else self.partial_answers()
            )
            self.statement(subject, own, self.day_between(first, last), answers)
        elif rng.random() < 0.03:
            # A younger student's own refusal counts at any age.
            self.statement(
                subject, own, self.day_between(first, last), self.answers(SOCIAL_ITEMS, False)
            )

    def student_signature(self, student_id: int, level: int, secondary: bool) -> None:
        rng = self.rng
        if not secondary and level < 7:
            return
        pick = rng.random()
        first, last = self.this_year_window()
        if pick < 0.55:
            self.signature(
                ("student", student_id), ("students", "current"), self.day_between(first, last)
            )
        elif pick < 0.7:
            signed = self.day_between(
                self.previous.start + timedelta(days=21), self.previous.start + timedelta(days=80)
            )
            self.signature(("student", student_id), ("students", "previous"), signed)

    def signature(self, person: tuple[str, int], version: tuple[str, str], signed: date) -> None:
        kind, person_id = person
        self.t.add(
            "protocol_signatures",
            {
                "person_kind": kind,
                "employee_id": person_id if kind == "employee" else None,
                "student_id": person_id if kind == "student" else None,
                "version_id": self.versions[version],
                "signed_date": signed.isoformat(),
                "place": self.rng.choice(names.PLACES),
                "evidence_sha256": None,
                "note": "",
                "source": "demo",
                "entered_by": "demo",
                "entered_at": self.entered_at(signed),
            },
        )

    def employees(self, count: int, schools: list[_School]) -> None:
        rng = self.rng
        numbers = rng.sample(range(100000, 100000 + count * 10 + 10), count)
        functions = [f for f, _ in names.FUNCTIONS]
        weights = [w for _, w in names.FUNCTIONS]
        for number in numbers:
            kind_pick = rng.random()
            end = None
            if kind_pick < 0.06:
                employment, function = "intern", "Stagiair PABO"
                start = self.day_between(self.current.start + timedelta(days=30), self.today)
                end = self.current.end
            elif kind_pick < 0.12:
                employment, function = "substitute", "Invalkracht"
                start = self.day_between(self.previous.start, self.today)
            elif kind_pick < 0.15:
                employment, function = "volunteer", "Vrijwilliger overblijf"
                start = self.day_between(date(2015, 8, 1), self.today)
            else:
                employment = "temporary" if kind_pick < 0.3 else "permanent"
                function = rng.choices(functions, weights)[0]
                recent = rng.random() < 0.08
                start = (
                    self.day_between(self.today - timedelta(days=45), self.today)
                    if recent
                    else self.day_between(date(1995, 8, 1), self.current.start - timedelta(days=1))
                )
            if end is None and rng.random() < 0.05 and start < self.today - timedelta(days=2):
                end = self.day_between(start + timedelta(days=1), self.today - timedelta(days=1))
            first, infix, surname = self.person_name(names.ADULT_FIRST)
            # Name use and the odd teacher whose start date and contract HR has not
            # passed on: drawn from their own generator, so the rest stays as it was.
            own = random.Random(number)
            partner_infix, partner, name_use = "", "", "eigen"
            if own.random() < 0.2:
                partner_infix, partner = (
                    own.choice(names.INFIXED) if own.random() < 0.3
                    else ("", own.choice(names.SURNAMES))
                )  # fmt: skip
                name_use = own.choice(
                    ("partner-eigen", "partner-eigen", "eigen-partner", "partner")
                )
            start_known = own.random() >= 0.02 or start > self.today
            if not start_known:
                employment = "unknown"
            employee_id = self.t.add(
                "employees",
                {
                    "staff_number": str(number),
                    "roepnaam": first,
                    "tussenvoegsel": infix,
                    "achternaam": surname,
                    "partner_tussenvoegsel": partner_infix,
                    "partner_achternaam": partner,
                    "naamgebruik": name_use,
                    "function": function,
                    "employment_type": employment,
                    "start_date": start.isoformat() if start_known else None,
                    "end_date": end.isoformat() if end else None,
                    "email": email_address(first, surname, number, "korre.example"),
                    "created_at": self.created_at,
                },
            )
            for school in rng.sample(schools, 2 if rng.random() < 0.15 and len(schools) > 1 else 1):
                self.t.add("employee_schools", {"employee_id": employee_id, "school_id": school.id})
            self.employee_records(
                employee_id, start, " ".join(p for p in (first, infix, surname) if p)
            )

    def employee_records(self, employee_id: int, start: date, full_name: str) -> None:
        if start > self.today:
            return  # starts after the reference date: nothing signed yet
        rng = self.rng
        person = ("employee", employee_id)
        own = ("employee", None, full_name)
        first, last = self.this_year_window()
        if start >= self.current.start:
            first = start
            last = max(start, min(self.today, start + timedelta(days=20)))
        signed = self.day_between(first, last)
        if start >= self.current.start:
            if rng.random() < 0.55:
                self.signature(person, ("employees", "current"), signed)
        else:
            pick = rng.random()
            if pick < 0.65:
                self.signature(person, ("employees", "current"), signed)
            elif pick < 0.85:
                self.signature(
                    person,
                    ("employees", "previous"),
                    self.day_between(max(start, date(2019, 8, 1)), self.previous.end),
                )
        pick = rng.random()
        if pick < 0.1 or (start >= self.current.start and pick < 0.4):
            return  # no consent form yet: missing
        if pick < 0.17 and start < self.previous.start:
            expired_on = self.day_between(
                self.previous.start + timedelta(days=21), self.previous.start + timedelta(days=80)
            )
            self.statement(person, own, expired_on, self.answers(ALL_ITEM_CODES, True))
        elif pick < 0.25:
            self.statement(person, own, signed, self.answers(ALL_ITEM_CODES, False))
        elif pick < 0.28:
            self.statement(person, own, signed, self.answers(ALL_ITEM_CODES, True))
            self.withdrawal(person, own, signed)
        elif pick < 0.4:
            self.statement(person, own, signed, self.partial_answers())
        else:
            self.statement(person, own, signed, self.answers(ALL_ITEM_CODES, True))

    def signed_students(self) -> list[Row]:
        """Students still there who signed the current protocol version, in record order
        (``student_id``, ``school_id``): for the demo's authorisations."""
        current = self.versions.get(("students", "current"))
        signed = {
            row["student_id"]
            for row in self.t.rows.get("protocol_signatures", [])
            if row["student_id"] is not None and row["version_id"] == current
        }
        return [
            {"student_id": row["id"], "school_id": row["school_id"]}
            for row in self.t.rows.get("students", [])
            if row["id"] in signed and row["left_date"] is None
        ]

    # -- forms and protocol versions ---------------------------------------------------------

    def forms_and_versions(self, store: Store) -> None:
        self.form_current = store.consent.form_versions()[0]["id"]
        self.form_legacy = self.form_current + 1
        self.t.add(
            "consent_form_versions",
            {
                "id": self.form_legacy,
                "label": "2019 (foto en film)",
                "effective_date": "2019-08-01",
                "validity": '"school_year"',
                "created_at": self.created_at,
            },
        )
        for position, channel in enumerate(store.consent.form_channels()):
            self.t.add(
                "consent_form_channels",
                {
                    "id": 1000 + position,  # after the channels the migration wrote
                    "form_version_id": self.form_legacy,
                    "code": channel["code"],
                    "label": channel["label"],
                    "explanation": channel["explanation"],
                    "position": position,
                },
            )
        first_item = 1000
        for position, code in enumerate(LEGACY_ITEMS):
            self.t.add(
                "consent_form_items",
                {
                    "id": first_item + position,
                    "form_version_id": self.form_legacy,
                    "code": code,
                    "position": position,
                },
            )
        for audience, label in (("employees", "medewerkers"), ("students", "leerlingen")):
            for key, effective in (("previous", date(2019, 8, 1)), ("current", self.current.start)):
                version = str(effective.year)
                document = placeholder_pdf(
                    [
                        "Protocol sociale media - Stichting de Korre",
                        f"Versie {version} voor {label} (demo)",
                        "Dit is een voorbeelddocument zonder de echte tekst.",
                    ]
                )
                sha = store.put_blob(document, "application/pdf")
                self.versions[(audience, key)] = self.t.add(
                    "protocol_versions",
                    {
                        "audience": audience,
                        "label": version,
                        "title": f"Protocol sociale media {label}",
                        "effective_date": effective.isoformat(),
                        "document_sha256": sha,
                        "created_at": self.created_at,
                    },
                )


def email_address(first: str, surname: str, number: int, domain: str) -> str:
    return f"{first.lower()}.{surname.lower().replace(' ', '')}{number}@{domain}"


TABLE_ORDER = (
    "school_years",
    "schools",
    "classes",
    "students",
    "enrolments",
    "guardians",
    "student_guardians",
    "employees",
    "employee_schools",
    "consent_form_versions",
    "consent_form_channels",
    "consent_form_items",
    "protocol_versions",
    "protocol_signatures",
    "consent_statements",
)


def generate_demo(
    store: Store,
    *,
    students: int = DEFAULT_STUDENTS,
    employees: int = DEFAULT_EMPLOYEES,
    seed: int = 1,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> DemoSummary:
    """Fill an empty database with a demo foundation; refuse a database that has data."""
    if not 0 <= students <= MAX_PEOPLE or not 0 <= employees <= MAX_PEOPLE:
        raise InputError(f"the number of students and employees must be between 0 and {MAX_PEOPLE}")
    if not store.is_empty():
        raise InputError("the database already holds data; demo data goes into an empty database")
    today = today or date.today()
    builder = _DemoBuilder(random.Random(seed), today)
    total = students + employees
    progress.step(0, total, "structure")
    with store.transaction():
        builder.school_years()
        # The demo's forms are valid for the school year they were signed in.
        store.consent.set_form_validity(store.consent.form_versions()[0]["id"], "school_year")
        store.set_setting("default_validity", "school_year")
        builder.forms_and_versions(store)
        schools = builder.schools(students)
        builder.students(schools, progress, total)
        progress.step(students, total, "employees")
        builder.employees(employees, schools)
        progress.step(total, total, "saving")
        store.bulk_insert((table, builder.t.rows.get(table, [])) for table in TABLE_ORDER)
        protocol = add_protocol_demo(
            store, today, [(s.id, s.name) for s in schools], builder.signed_students()
        )
    rows = builder.t.rows
    return DemoSummary(
        schools=len(rows.get("schools", [])),
        classes=len(rows.get("classes", [])),
        students=len(rows.get("students", [])),
        guardians=len(rows.get("guardians", [])),
        employees=len(rows.get("employees", [])),
        statements=len(rows.get("consent_statements", [])),
        signatures=len(rows.get("protocol_signatures", [])),
        accounts=protocol.accounts,
        authorisations=protocol.authorisations,
    )
