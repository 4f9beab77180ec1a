"""Damaging a database file on purpose, as a failing disk or a bad copy does: one byte
of a stored value flipped, found by a marker only that value holds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from korre_desktop.store import Store


def flip(path: Path, marker: bytes, at: int = 0, xor: int = 0x80) -> int:
    """Flip bits of the byte ``at`` into every place ``marker`` is stored; return how many.
    The file must be closed (no connection holds pages of it in memory)."""
    data = bytearray(path.read_bytes())
    places = []
    start = data.find(marker)
    while start >= 0:
        places.append(start)
        start = data.find(marker, start + 1)
    assert places, f"{marker!r} is not in {path}"
    for place in places:
        data[place + at] ^= xor
    path.write_bytes(bytes(data))
    return len(places)


@dataclass(frozen=True)
class Marked:
    """Three statements of one student: one with evidence, one with a note, one with answers
    written so that only that statement holds them as they are."""

    number: str
    with_evidence: int
    with_note: int
    with_answers: int
    evidence: bytes
    note: str = "Notitie-UNIEK-7Q3M"
    answers: str = '{"foto_website":true ,"film_website":false}'


def mark_statements(store: Store) -> Marked:
    """Statements to damage, on the first student of the database with a guardian."""
    found = store.rows(
        "SELECT s.id, s.student_number, g.guardian_id FROM students s"
        " JOIN student_guardians g ON g.student_id = s.id"
        " WHERE g.parental_authority = 1 ORDER BY s.id LIMIT 1"
    )[0]
    form = store.consent.form_versions()[0]["id"]
    evidence = bytes(range(256)) * 40  # a scan nobody else has
    digest = store.put_blob(evidence, "image/png")

    def statement(**extra: object) -> int:
        row = {
            "subject_kind": "student",
            "student_id": found["id"],
            "signer_role": "guardian",
            "guardian_id": found["guardian_id"],
            "signed_date": "2026-10-01",
            "form_version_id": form,
            "answers": json.dumps({"foto_website": True}),
            "source": "paper",
            "entered_by": "test",
            "entered_at": "2026-10-01T10:00:00",
        }
        row.update(extra)
        return store.insert("consent_statements", row)

    marked = Marked(found["student_number"], 0, 0, 0, evidence)
    return Marked(
        found["student_number"],
        with_evidence=statement(evidence_sha256=digest),
        with_note=statement(note=marked.note),
        with_answers=statement(answers=marked.answers),
        evidence=evidence,
    )


def damage_marked(path: Path, marked: Marked) -> None:
    """A byte of the evidence, of the note (no longer UTF-8) and of the answers (no longer
    JSON, still UTF-8) flipped."""
    flip(path, marked.evidence[1000:1040], at=7, xor=0x01)
    flip(path, marked.note.encode(), at=8, xor=0x80)
    flip(path, marked.answers.encode(), at=16, xor=0x20)  # "true" becomes "True"
