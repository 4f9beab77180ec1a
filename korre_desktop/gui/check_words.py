"""The database check's findings (``korre_desktop.store.damage``) in the user's words,
naming the record as the office knows it ("toestemmingsverklaring 123 van leerling
004512")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from korre_desktop.store import damage
from korre_desktop.store.damage import Finding, Record

translate = QCoreApplication.translate


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


_KINDS: dict[str, Callable[[], str]] = {
    "consent_statement": lambda: translate("CheckWords", "consent statement %1"),
    "protocol_signature": lambda: translate("CheckWords", "protocol signature %1"),
    "student": lambda: translate("CheckWords", "student %1"),
    "employee": lambda: translate("CheckWords", "employee %1"),
    "guardian": lambda: translate("CheckWords", "guardian %1"),
    "school": lambda: translate("CheckWords", "school %1"),
    "class": lambda: translate("CheckWords", "class %1"),
    "enrolment": lambda: translate("CheckWords", "enrolment %1"),
    "protocol_version": lambda: translate("CheckWords", "protocol version %1"),
    "consent_form_version": lambda: translate("CheckWords", "consent form version %1"),
    "printed_form": lambda: translate("CheckWords", "printed form %1"),
    "scanned_page": lambda: translate("CheckWords", "scanned page %1"),
    "scan_batch": lambda: translate("CheckWords", "scan batch %1"),
    "import_run": lambda: translate("CheckWords", "import %1"),
    "audit_entry": lambda: translate("CheckWords", "history entry %1"),
    "setting": lambda: translate("CheckWords", "setting %1"),
    "stored_file": lambda: translate("CheckWords", "stored file %1"),
}

_BLOBS: dict[str, Callable[[], str]] = {
    "evidence_sha256": lambda: translate("CheckWords", "the evidence"),
    "document_sha256": lambda: translate("CheckWords", "the document"),
    "image_sha256": lambda: translate("CheckWords", "the page image"),
    "signature_sha256": lambda: translate("CheckWords", "the signature image"),
    damage.ORIGINAL: lambda: translate("CheckWords", "the original of the evidence"),
}


def record_text(record: Record) -> str:
    """``consent statement 123 of student 004512``, in the user's language."""
    kind = _KINDS.get(record.kind)
    if kind is None:
        return _fill(translate("CheckWords", "row %1 of table %2"), record.key, record.table)
    text = _fill(kind(), record.key)
    if record.owner_kind == "student":
        text += " " + _fill(translate("CheckWords", "of student %1"), record.owner_key)
    elif record.owner_kind == "employee":
        text += " " + _fill(translate("CheckWords", "of employee %1"), record.owner_key)
    return text


def finding_text(finding: Finding) -> str:
    """One finding as one line."""
    if finding.code == damage.STRUCTURE:
        return _fill(translate("CheckWords", "The database file is damaged: %1"), finding.detail)
    where = record_text(finding.record) if finding.record else ""
    if finding.code == damage.MISSING_REFERENCE:
        return _fill(
            translate("CheckWords", "%1 refers to something that is missing (table %2)"),
            where,
            finding.detail,
        )
    if finding.code == damage.BLOB_DAMAGED:
        if finding.record is None or finding.record.kind == "stored_file":
            return _fill(translate("CheckWords", "%1 is damaged (not used by any record)"), where)
        what = _BLOBS.get(finding.column)
        return _fill(
            translate("CheckWords", "%1: %2 is damaged"),
            where,
            what() if what else finding.column,
        )
    if finding.code == damage.JSON_DAMAGED:
        return _fill(translate("CheckWords", "%1: damaged data (field %2)"), where, finding.column)
    if finding.code == damage.DATE_DAMAGED:
        return _fill(translate("CheckWords", "%1: damaged date (field %2)"), where, finding.column)
    return _fill(translate("CheckWords", "%1: damaged text (field %2)"), where, finding.column)


def progress_text(label: str) -> str:
    """What the full check is doing, for its progress dialog."""
    if label == damage.RECORDS_STEP:
        return translate("CheckWords", "Checking every record…")
    if label == damage.FILES_STEP:
        return translate("CheckWords", "Checking every stored scan and document…")
    return translate("CheckWords", "Checking the database file…")
