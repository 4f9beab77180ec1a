"""A small foundation for the protocol-record tests: two schools, management, teachers
(one who left), students (one who left) and a current protocol version per audience."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage

from korre_desktop.services.documents import document_from_bytes
from korre_desktop.services.records import RecordValidationError
from korre_desktop.store import Store
from tests.conftest import Records
from tests.outlook_msg import outlook_msg

TODAY = date(2026, 11, 24)
CLOCK = datetime(2026, 11, 24, 10, 0, 0)


@dataclass(frozen=True)
class Foundation:
    school: int  # OBS De Linde
    other_school: int  # CBS Het Kompas
    director: int  # Directeur of De Linde, signed the protocol
    board: int  # Bestuurder, at no school
    teacher: int  # Leerkracht at De Linde, signed the protocol
    unsigned_teacher: int  # Leerkracht at De Linde, never signed
    teacher_left: int  # left on 2026-10-01
    student: int  # at De Linde, signed the students' protocol
    student_left: int  # left on 2026-10-15
    employee_version: int
    student_version: int


def _employee(records: Records, function: str, **extra) -> int:
    employee_id = records.employee(**extra)
    records.store.update("employees", employee_id, {"function": function})
    return employee_id


def build_foundation(store: Store) -> Foundation:
    store.clock = lambda: CLOCK
    records = Records(store)
    school = records.school("OBS De Linde")
    other = records.school("CBS Het Kompas")
    employee_version = records.protocol_version("employees", "2026", date(2026, 8, 1))
    student_version = records.protocol_version("students", "2026", date(2026, 8, 1))
    director = _employee(
        records, "Directeur", number="1001", roepnaam="Dirk", achternaam="de Wit",
        school_ids=(school,),
    )  # fmt: skip
    board = _employee(records, "Bestuurder", number="1002", roepnaam="Bea", achternaam="Bos")
    teacher = _employee(
        records, "Leerkracht", number="1003", roepnaam="Tom", achternaam="Visser",
        school_ids=(school,),
    )  # fmt: skip
    unsigned = _employee(
        records, "Leerkracht", number="1004", roepnaam="Uma", achternaam="Smit",
        school_ids=(school,),
    )  # fmt: skip
    left = _employee(
        records, "Leerkracht", number="1005", roepnaam="Lex", achternaam="Mol",
        end_date=date(2026, 10, 1), school_ids=(school,),
    )  # fmt: skip
    for signer in (director, board, teacher, left):
        records.sign("employee", signer, employee_version, date(2026, 9, 1))
    klass = records.klass(school, 2026, "Klas 4a")
    student = records.student(school, number="004512", roepnaam="Sara", achternaam="Kok")
    records.enrol(student, klass)
    records.sign("student", student, student_version, date(2026, 9, 2))
    student_left = records.student(
        school, number="004513", roepnaam="Luuk", achternaam="Veen", left_date=date(2026, 10, 15)
    )
    records.enrol(student_left, klass)
    return Foundation(
        school=school,
        other_school=other,
        director=director,
        board=board,
        teacher=teacher,
        unsigned_teacher=unsigned,
        teacher_left=left,
        student=student,
        student_left=student_left,
        employee_version=employee_version,
        student_version=student_version,
    )


def eml_bytes(subject: str = "Toestemming Instagram", body: str = "Akkoord. Groet, Dirk") -> bytes:
    message = EmailMessage()
    message["From"] = "Dirk de Wit <directie@obsdelinde.example>"
    message["To"] = "Tom Visser <t.visser@obsdelinde.example>"
    message["Subject"] = subject
    message["Date"] = "Mon, 02 Nov 2026 09:15:00 +0100"
    message.set_content(body)
    return message.as_bytes()


def eml_document(subject: str = "Toestemming Instagram"):
    return document_from_bytes(eml_bytes(subject), "toestemming.eml")


def msg_bytes() -> bytes:
    """A real Outlook message (our own generator; the viewer reads it)."""
    return outlook_msg()


def damaged_msg_bytes() -> bytes:
    """What the sniffing looks for (the OLE2 signature and the property stream's name) and
    nothing an e-mail reader can open: a cut-off or broken .msg."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    entry = "__properties_version1.0".encode("utf-16-le")
    return header + entry + bytes(600)


def codes(error: RecordValidationError) -> set[tuple[str, str]]:
    """(field, code) of every problem reported."""
    return {(problem.field, problem.code) for problem in error.problems}
