"""The records the editing dialogs show, read as typed values (dates as ``date``)."""

from datetime import date

from korre_desktop.domain.people import NameUse
from korre_desktop.services import record_reads
from korre_desktop.services import records as record_edits
from korre_desktop.services.records import EmployeeInput
from korre_desktop.services.selection import School


def test_a_school_with_its_brin_and_none_for_an_unknown_id(store, records):
    linde = records.school("De Linde")
    assert record_reads.school(store, linde) == School(linde, "De Linde", "00AA")
    assert record_reads.school(store, linde + 1) is None


def test_school_years_oldest_first_and_the_one_containing_a_day(store, records):
    later, earlier = records.school_year(2026), records.school_year(2025)
    years = record_reads.school_years(store)
    assert [(y.id, y.label) for y in years] == [(earlier, "2025-2026"), (later, "2026-2027")]
    assert years[1].start == date(2026, 8, 1) and years[1].end == date(2027, 7, 31)
    assert record_reads.school_year_on(store, date(2026, 9, 1)).id == later
    assert record_reads.school_year_on(store, date(2030, 9, 1)) is None


def test_a_student_with_dates_and_their_current_class(store, records):
    school = records.school()
    old, new = records.klass(school, 2025, "Groep 4"), records.klass(school, 2026, "Groep 5")
    student = records.student(
        school,
        number="0042",
        roepnaam="Sem",
        tussenvoegsel="de",
        achternaam="Vries",
        birth_date=date(2016, 3, 1),
        enrolled_date=date(2020, 8, 17),
    )
    records.enrol(student, old, end_date=date(2026, 7, 31))
    records.enrol(student, new)
    found = record_reads.student(store, student)
    assert found is not None
    assert found.student_number == "0042" and found.name == "Sem de Vries"
    assert found.birth_date == date(2016, 3, 1) and found.enrolled_date == date(2020, 8, 17)
    assert found.left_date is None
    current = record_reads.current_class(store, student)
    assert current == record_reads.ClassRecord(
        id=new, name="Groep 5", school_id=school, school_year_id=current.school_year_id,
        school_year="2026-2027",
    )  # fmt: skip
    assert current == record_reads.school_class(store, new)
    assert record_reads.student(store, student + 1) is None
    assert record_reads.current_class(store, records.student(school)) is None


def test_classes_of_a_school_that_have_not_ended(store, records):
    school = records.school()
    records.klass(school, 2025, "Groep 4")
    new = records.klass(school, 2026, "Groep 5")
    shown = record_reads.classes_of_school(store, school, not_ended_on=date(2026, 9, 1))
    assert [(c.id, c.name, c.school_id, c.school_year) for c in shown] == [
        (new, "Groep 5", school, "2026-2027")
    ]
    assert len(record_reads.classes_of_school(store, school)) == 2


def test_a_guardian_their_link_and_a_search(store, records):
    school = records.school()
    zoe = records.student(school, roepnaam="Zoë")
    ilse = records.guardian(zoe, name="Ilse", authority=False)
    guardian = record_reads.guardian(store, ilse)
    assert guardian is not None and guardian.name == "Ilse Jansen" and guardian.email == ""
    link = record_reads.guardian_link(store, zoe, ilse)
    assert link == record_reads.GuardianLink(zoe, ilse, "moeder", parental_authority=False)
    [match] = record_reads.find_guardians(store, "ilse")
    assert match.guardian == guardian and match.children == "Zoë Jansen"
    assert record_reads.find_guardians(store, "ilse", exclude_student_id=zoe) == ()
    assert record_reads.guardian_link(store, zoe, ilse + 1) is None


def test_an_employee_with_the_name_in_use_dates_and_schools(store, records):
    linde, eik = records.school("De Linde"), records.school("De Eik")
    employee_id = record_edits.add_employee(
        store,
        EmployeeInput(
            staff_number="123456",
            roepnaam="Petra",
            achternaam="Jansen",
            partner_tussenvoegsel="de",
            partner_achternaam="Boer",
            naamgebruik=NameUse.PARTNER_OWN,
            employment_type="permanent",
            school_ids=[eik, linde],
            start_date=date(2024, 8, 1),
        ),
    )
    found = record_reads.employee(store, employee_id)
    assert found is not None
    assert found.name == "Petra de Boer-Jansen" and found.naamgebruik is NameUse.PARTNER_OWN
    assert found.start_date == date(2024, 8, 1) and found.end_date is None
    assert found.school_ids == tuple(sorted([eik, linde]))
    assert record_reads.employee(store, employee_id + 1) is None
