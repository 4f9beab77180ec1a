"""Finding students on record again when numbers are temporary.

EDEXML keys that begin with "#" are temporary (handbook: a dummy key for a school that
cannot keep its keys stable): they may change from one export to the next. A student in
the file with a temporary number, or one on record with a temporary number, is found by
name and date of birth among the students on record at the school, so a changed temporary
number never makes a second student: the record's number becomes the file's. When neither
side knows the date of birth (or one side does not), the name alone decides, and only when
exactly one student on record and exactly one in the file have that full name (a warning
says so). A record is never matched to two rows of the file. A permanent number on record
that is in the file is always that student.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from korre_desktop.services.importing.report import ERROR, WARNING
from korre_desktop.services.importing.values import fast_fold, join_name

TEMPORARY_PREFIX = "#"


def is_temporary(number: str) -> bool:
    return number.startswith(TEMPORARY_PREFIX)


@dataclass(frozen=True, slots=True)
class FileStudent:
    index: int  # the row's index in the table
    number: str
    name: str  # as shown: "Anna de Vries"
    birth: str | None  # iso date


@dataclass(frozen=True, slots=True)
class MatchNote:
    code: str
    message: str
    severity: str = WARNING
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Matching:
    records: dict[int, dict] = field(default_factory=dict)  # row index -> record
    notes: dict[int, list[MatchNote]] = field(default_factory=dict)

    def note(self, index: int, note: MatchNote) -> None:
        self.notes.setdefault(index, []).append(note)


def _name_key(name: str) -> str:
    return fast_fold(" ".join(name.split()))


def record_name(record: dict) -> str:
    return join_name(record["roepnaam"], record["tussenvoegsel"] or "", record["achternaam"])


def needs_matching(file_numbers: set[str], known: dict[str, dict]) -> bool:
    return any(map(is_temporary, file_numbers)) or any(map(is_temporary, known))


def match_students(rows: list[FileStudent], known: dict[str, dict]) -> Matching:
    """Which record each row of the file is (rows without one are new students)."""
    result = Matching()
    claimed: set[int] = set()
    open_rows: list[FileStudent] = []
    for row in rows:
        record = known.get(row.number)
        if record is not None and not is_temporary(row.number):
            result.records[row.index] = record
            claimed.add(record["id"])
        else:
            open_rows.append(row)
    if not open_rows:
        return result
    by_name: dict[str, list[dict]] = {}
    for record in known.values():
        by_name.setdefault(_name_key(record_name(record)), []).append(record)
    in_file = Counter(_name_key(row.name) for row in rows)
    wanted: dict[int, list[tuple[FileStudent, dict, bool]]] = {}  # record id -> rows
    for row in open_rows:
        found = _candidate(row, by_name, in_file, claimed, result)
        if found is not None:
            record, by_name_only = found
            wanted.setdefault(record["id"], []).append((row, record, by_name_only))
    for wanting in wanted.values():
        if len(wanting) > 1:
            for row, record, _ in wanting:
                result.note(row.index, _ambiguous(record, len(wanting)))
            continue
        row, record, by_name_only = wanting[0]
        result.records[row.index] = record
        claimed.add(record["id"])
        if by_name_only:
            result.note(
                row.index,
                MatchNote(
                    "matched_by_name",
                    f"found on record as {record['student_number']} {record_name(record)} by"
                    " name only (no date of birth on both sides to compare)",
                    params={"number": record["student_number"], "name": record_name(record)},
                ),
            )
    for row in open_rows:
        if row.index in result.records:
            continue
        record = known.get(row.number)
        if record is None or record["id"] in claimed:
            continue  # a new student (a record renumbered away frees the number first)
        if row.birth is not None and record["birth_date"] == row.birth:
            result.records[row.index] = record  # the same student, their name corrected
            claimed.add(record["id"])
        else:
            result.note(
                row.index,
                MatchNote(
                    "temporary_number_taken",
                    f"the temporary number {row.number} is on record for another student"
                    f" ({record_name(record)}, not in this file by name and date of birth);"
                    " give one of them another number in the app",
                    ERROR,
                    {"number": row.number, "other": record_name(record)},
                ),
            )
    numbers = {row.index: row.number for row in rows}
    for index, record in result.records.items():
        number = numbers[index]
        holder = known.get(number)
        moved = number != record["student_number"]
        if moved and holder is not None and holder["id"] not in claimed:
            result.note(
                index,
                MatchNote(
                    "number_taken",
                    f"this is {record['student_number']} {record_name(record)} on record, whose"
                    f" number would become {number}; but {number} is on record for"
                    f" {record_name(holder)}, who is not in this file",
                    ERROR,
                    {
                        "number": number,
                        "record_number": record["student_number"],
                        "name": record_name(record),
                        "holder": record_name(holder),
                    },
                ),
            )
    return result


def _candidate(
    row: FileStudent,
    by_name: dict[str, list[dict]],
    in_file: Counter[str],
    claimed: set[int],
    result: Matching,
) -> tuple[dict, bool] | None:
    """The record this row would be (and whether by name only), or None."""
    key = _name_key(row.name)
    everyone = by_name.get(key, [])
    same = [
        record
        for record in everyone
        if record["id"] not in claimed
        and (is_temporary(row.number) or is_temporary(record["student_number"]))
    ]
    if not same:
        return None
    if row.birth is not None:
        dated = [record for record in same if record["birth_date"] == row.birth]
        if len(dated) > 1:
            own = [record for record in dated if record["student_number"] == row.number]
            if len(own) == 1:
                return own[0], False
            result.note(row.index, _ambiguous(dated[0], len(dated)))
            return None
        if dated:
            return dated[0], False
    undated = [r for r in same if r["birth_date"] is None or row.birth is None]
    if len(everyone) == 1 and in_file[key] == 1 and undated:
        return undated[0], True
    return None


def _ambiguous(record: dict, count: int) -> MatchNote:
    return MatchNote(
        "temporary_number_ambiguous",
        f"{count} students match {record_name(record)} by name and date of birth: not matched"
        " to a student on record; check the numbers in the app",
        params={"count": count, "name": record_name(record)},
    )
