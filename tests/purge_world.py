"""A foundation with people who left long ago and people who stay, for the purge's tests:
each person has their own rows (statements with evidence, signatures, dossier entries...)
so a test can tell what went and what stayed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from korre_desktop.store import Store

DAY = date(2026, 12, 1)  # the purge's day: leaving before 2024-12-01 is past two years
LONG_AGO = date(2023, 7, 1)
RECENTLY = date(2025, 7, 1)

# Names found nowhere else, to look for in the database's bytes.
GONE_NAMES = ("Zwaantje", "Quirijntje", "Olivarius", "Bartholomeia", "Ravensberg")
STAYING_NAMES = ("Femke", "Tijmen", "Hendrikus")


@dataclass
class World:
    ids: dict[str, int] = field(default_factory=dict)
    blobs: dict[str, str] = field(default_factory=dict)


def _student(store: Store, school: int, klass: int, number: str, first: str, last: str) -> int:
    records = store.records
    student = records.add_student(
        school_id=school,
        student_number=number,
        roepnaam=first,
        tussenvoegsel="",
        achternaam=last,
        birth_date="2014-05-01",
        enrolled_date=None,
    )
    records.enrol(student, klass)
    return student


def _employee(store: Store, number: str, first: str, last: str) -> int:
    return store.records.add_employee(
        staff_number=number,
        roepnaam=first,
        tussenvoegsel="",
        achternaam=last,
        partner_tussenvoegsel="",
        partner_achternaam="",
        naamgebruik="eigen",
        function="leerkracht",
        employment_type="permanent",
        start_date="2015-08-01",
        end_date=None,
        email=f"{first.lower()}@school.example",
    )


def _statement(store: Store, student: int, guardian: int, signer: str, evidence: str) -> int:
    return store.consent.add_statement(
        subject_kind="student",
        subject_id=student,
        signer_role="guardian",
        guardian_id=guardian,
        signer_name=signer,
        signed_date=date(2021, 9, 1),
        form_version_id=store.consent.form_versions()[0]["id"],
        answers={"foto_website": True},
        source="paper",
        evidence_sha256=evidence,
        note="",
    )


def build(store: Store) -> World:
    world = World()
    ids = world.ids
    with store.transaction():
        records = store.records
        school = records.add_school(name="De Linde", brin="12AB")
        year = records.add_school_year(
            label="2022-2023", start=date(2022, 8, 1), end=date(2023, 7, 31)
        )
        klass = records.add_class(school_id=school, school_year_id=year, name="8a")
        ids["school"] = school
        # A student who left long ago, with a guardian of their own and one shared with
        # a brother who stays.
        gone = _student(store, school, klass, "1001", "Zwaantje", "Ravensberg")
        stays = _student(store, school, klass, "1002", "Tijmen", "Hendrikus")
        recent = _student(store, school, klass, "1003", "Femke", "Hendrikus")
        own = records.add_guardian(
            roepnaam="Quirijntje",
            tussenvoegsel="",
            achternaam="Olivarius",
            email="q@example.org",
            phone="",
        )
        shared = records.add_guardian(
            roepnaam="Anna", tussenvoegsel="", achternaam="Hendrikus", email="", phone=""
        )
        records.link_guardian(gone, own, relation="moeder", parental_authority=True)
        records.link_guardian(gone, shared, relation="tante", parental_authority=False)
        records.link_guardian(stays, shared, relation="moeder", parental_authority=True)
        records.link_guardian(recent, shared, relation="moeder", parental_authority=True)
        world.blobs["gone_scan"] = store.put_blob(b"scan of Zwaantje Ravensberg", "image/png")
        world.blobs["shared_scan"] = store.put_blob(b"a class photo list", "image/png")
        world.blobs["stays_scan"] = store.put_blob(b"scan of Tijmen", "image/png")
        ids["gone_statement"] = _statement(
            store, gone, own, "Quirijntje Olivarius", world.blobs["gone_scan"]
        )
        _statement(store, gone, shared, "Anna Hendrikus", world.blobs["shared_scan"])
        _statement(store, stays, shared, "Anna Hendrikus", world.blobs["shared_scan"])
        _statement(store, stays, shared, "Anna Hendrikus", world.blobs["stays_scan"])
        group = store.groups.add_group(
            name="Schoolreis", trip_date=date(2023, 6, 1), school_id=school
        )
        store.groups.add_member(group, gone)
        store.groups.add_member(group, stays)
        records.set_student_left(gone, LONG_AGO)
        records.set_student_left(recent, RECENTLY)
        ids.update(gone=gone, stays=stays, recent=recent, own=own, shared=shared, group=group)
        # An employee who left long ago with a dossier entry, one who granted an
        # authorisation to a colleague who stays, and the colleague.
        bart = _employee(store, "E1", "Bartholomeia", "Ravensberg")
        granter = _employee(store, "E2", "Olivarius", "Zwaantjes")
        colleague = _employee(store, "E3", "Hendrikus", "Femke")
        records.add_employee_school(bart, school)
        records.add_class_teacher(klass, bart)
        world.blobs["dossier"] = store.put_blob(b"letter to Bartholomeia", "application/pdf")
        store.correspondence.add_dossier_entry(
            employee_id=bart,
            entry_date=date(2022, 3, 1),
            subject="Bericht op Facebook",
            direction="out",
            document_sha256=world.blobs["dossier"],
            document_name="brief Ravensberg.pdf",
            note="",
            corrects_entry_id=None,
        )
        store.authorisations.add_authorisation(
            person_kind="employee",
            person_id=colleague,
            account_id=None,
            school_id=school,
            valid_from=date(2022, 1, 1),
            valid_until=None,
            granted_by_employee_id=granter,
            note="",
            evidence_sha256=None,
            evidence_name="",
        )
        records.set_employee_end(bart, LONG_AGO)
        records.set_employee_end(granter, LONG_AGO)
        ids.update(bart=bart, granter=granter, colleague=colleague)
    return world


def table_count(store: Store, table: str) -> int:
    return int(store.rows(f"SELECT count(*) AS n FROM {table}")[0]["n"])
