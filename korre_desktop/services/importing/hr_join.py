"""Joining an HR persons file with its appointments file into one table of employees.

Visma|Raet HR Core Education exports persons (``Medewerker``: one row per dossier,
``[Dossiernummer_2]`` or ``[Dossiernummer]``, ``[Personeelsnummer]``, the name parts) and
their appointments (``Aanstellingen``: ``[Dossiernummer]``, ``[Begindatum]``,
``[Einddatum]``, ``[Functieomschrijving]`` or ``[Functienaam]``, ``[Soort contract
omschrijving]``, ``[Indicatie hoofdaanstelling]``, ...) as two files. ``join_appointments``
gives one row per person row, with four columns in front that the employee import
recognises: ``Functie`` and ``Dienstverband`` of the main appointment, ``Datum in dienst``
(the earliest begin of the current appointments) and ``Datum uit dienst`` (their latest
end, empty when one of them is open-ended). Current appointments are those not ended
before today; a person with none has left, and all their appointments count. The other
appointment columns (hours, cost centre, department, ...) are not needed and not read.

Persons without appointments and appointments without a person are reported as notices
of the table; several dossiers of one staff number are left to the employee planner
(the current one wins). A file without the column to join on, or the two files swapped,
is refused with one clear line.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from korre_desktop.services.importing.dates import NO_DATES, is_open_end, parse_import_date
from korre_desktop.services.importing.errors import ImportFileError, ImportSetupError
from korre_desktop.services.importing.report import Notice
from korre_desktop.services.importing.table import SourceInfo, Table, normalize_header
from korre_desktop.services.importing.values import parse_employment, parse_yes_no

PERSON_KEYS = ("dossiernummer2", "dossiernummer")
APPOINTMENT_KEY = "dossiernummer"
BEGIN = ("begindatum", "begindatumaanstelling", "ingangsdatum", "datumbegin")
END = ("einddatum", "einddatumaanstelling", "datumeinde")
FUNCTION = ("functieomschrijving", "functienaam", "omschrijvingfunctie", "functie")
# The first of these that names a known employment type is used (descriptions first).
EMPLOYMENT = (
    "soortcontractomschrijving",
    "codetypeaanstellingomschrijving",
    "soortcontract",
    "codetypeaanstelling",
)
MAIN = ("indicatiehoofdaanstelling", "hoofdaanstelling")
SEQUENCE = ("volgnummer",)
# Headers the joined columns get: exact aliases of the employee fields.
FUNCTION_HEADER, EMPLOYMENT_HEADER = "Functie", "Dienstverband"
START_HEADER, END_HEADER = "Datum in dienst", "Datum uit dienst"
# What tells the two files apart when they are given the wrong way round.
_PERSON_SIGNS = frozenset(
    {"personeelsnummer", "roepnaam", "eigennaam", "volledigenaam", "achternaam", "geboortenaam"}
)
_APPOINTMENT_SIGNS = frozenset(
    {"volgnummer", "codetypeaanstelling", "indicatiehoofdaanstelling", "soortcontract",
     "functiecode", "urenperweek"}
)  # fmt: skip
SHOWN_KEYS = 10  # dossier numbers listed in a notice


@dataclass(frozen=True)
class _Date:
    """A date cell of an appointment: ``value`` (iso) when it reads, ``bad`` when not."""

    value: str | None = None
    bad: str = ""


@dataclass(frozen=True)
class _Appointment:
    begin: _Date
    end: _Date
    function: str
    employments: tuple[str, ...]
    main: bool
    sequence: int

    def current(self, today: str) -> bool:
        return bool(self.end.bad) or self.end.value is None or self.end.value >= today


def _index(normalized: Sequence[str], names: Sequence[str]) -> int | None:
    for name in names:
        if name in normalized:
            return normalized.index(name)
    return None


def _key(text: str) -> str:
    """Dossier numbers match with or without leading zeros."""
    return text.strip().lstrip("0") or text.strip()


def _read_date(text: str, today: date, *, end: bool) -> _Date:
    text = text.strip()
    if not text or text in NO_DATES or (end and is_open_end(text)):
        return _Date()
    try:
        return _Date(parse_import_date(text, today).isoformat())
    except ValueError:
        return _Date(bad=text)


def _is_main(text: str) -> bool:
    try:
        return bool(parse_yes_no(text))
    except ValueError:
        return False


def _check_files(persons: Table, appointments: Table) -> tuple[int, int]:
    """The join columns of both files; refuses swapped files and missing columns."""
    person_headers = [normalize_header(h) for h in persons.headers]
    appointment_headers = [normalize_header(h) for h in appointments.headers]
    persons_look_right = bool(_PERSON_SIGNS & set(person_headers))
    if not persons_look_right and _APPOINTMENT_SIGNS & set(person_headers):
        if _PERSON_SIGNS & set(appointment_headers):
            raise ImportSetupError(
                "hr_files_swapped",
                f"{persons.source.name} holds the appointments and {appointments.source.name}"
                " the persons: give the persons file first, then the appointments",
                persons=persons.source.name,
                appointments=appointments.source.name,
            )
        raise ImportSetupError(
            "hr_not_persons",
            f"{persons.source.name} holds appointments, not persons: give the persons file"
            " first, then the appointments",
            file=persons.source.name,
        )
    person_key = _index(person_headers, PERSON_KEYS)
    if person_key is None:
        raise ImportFileError(
            "join_column_missing",
            f"{persons.source.name} has no [Dossiernummer] or [Dossiernummer_2] column to join"
            " the appointments on",
            file=persons.source.name,
            of="persons",
        )
    appointment_key = _index(appointment_headers, (APPOINTMENT_KEY,))
    if appointment_key is None or not _APPOINTMENT_SIGNS & set(appointment_headers):
        if _PERSON_SIGNS & set(appointment_headers):
            raise ImportSetupError(
                "hr_not_appointments",
                f"{appointments.source.name} holds persons, not appointments: the second file"
                " is the appointments file (Aanstellingen)",
                file=appointments.source.name,
            )
        if appointment_key is None:
            raise ImportFileError(
                "join_column_missing",
                f"{appointments.source.name} has no [Dossiernummer] column to join the persons on",
                file=appointments.source.name,
                of="appointments",
            )
    assert appointment_key is not None
    return person_key, appointment_key


def _read_appointments(
    appointments: Table, key_column: int, today: date
) -> dict[str, list[_Appointment]]:
    headers = [normalize_header(h) for h in appointments.headers]
    begin, end = _index(headers, BEGIN), _index(headers, END)
    function = _index(headers, FUNCTION)
    employments = [i for name in EMPLOYMENT if (i := _index(headers, (name,))) is not None]
    main, sequence = _index(headers, MAIN), _index(headers, SEQUENCE)
    found: dict[str, list[_Appointment]] = {}
    for row in appointments.rows:
        key = _key(row[key_column])
        if not key:
            continue
        number = row[sequence].strip() if sequence is not None else ""
        found.setdefault(key, []).append(
            _Appointment(
                begin=_read_date(row[begin], today, end=False) if begin is not None else _Date(),
                end=_read_date(row[end], today, end=True) if end is not None else _Date(),
                function=row[function].strip() if function is not None else "",
                employments=tuple(row[i].strip() for i in employments if row[i].strip()),
                main=_is_main(row[main]) if main is not None else False,
                sequence=int(number) if number.isdigit() else 0,
            )
        )
    return found


def _employment(appointment: _Appointment) -> str:
    """The first description that names a known employment type, else the first one
    (the planner then reports it as unknown)."""
    for text in appointment.employments:
        try:
            parse_employment(text)
        except ValueError:
            continue
        return text
    return appointment.employments[0] if appointment.employments else ""


def _joined_values(found: list[_Appointment], today: str) -> tuple[str, str, str, str]:
    """(function, employment, start, end) of one person's appointments."""
    current = [a for a in found if a.current(today)] or found
    main = max(current, key=lambda a: (a.main, a.begin.value or "", a.sequence))
    begins = [a.begin for a in current]
    bad_begin = next((d.bad for d in begins if d.bad), "")
    start = bad_begin or min((d.value for d in begins if d.value), default="")
    ends = [a.end for a in current]
    bad_end = next((d.bad for d in ends if d.bad), "")
    if bad_end:
        end = bad_end
    elif any(d.value is None for d in ends):
        end = ""  # one of them is open-ended
    else:
        end = max(d.value for d in ends if d.value)
    return main.function, _employment(main), start, end


def _listed(keys: Sequence[str]) -> str:
    shown = ", ".join(keys[:SHOWN_KEYS])
    return shown + (f" and {len(keys) - SHOWN_KEYS} more" if len(keys) > SHOWN_KEYS else "")


def join_appointments(persons: Table, appointments: Table, *, today: date | None = None) -> Table:
    """One table of employees: every row of ``persons`` with its appointments' function,
    employment, start and end date in front (see the module docstring). ``today``
    decides which appointments are current (default: today)."""
    today = today or date.today()
    person_key, appointment_key = _check_files(persons, appointments)
    by_dossier = _read_appointments(appointments, appointment_key, today)
    headers = [normalize_header(h) for h in appointments.headers]
    has = {
        FUNCTION_HEADER: _index(headers, FUNCTION) is not None,
        EMPLOYMENT_HEADER: any(name in headers for name in EMPLOYMENT),
        START_HEADER: _index(headers, BEGIN) is not None,
        END_HEADER: _index(headers, END) is not None,
    }
    added = [header for header, present in has.items() if present]
    positions = [list(has).index(header) for header in added]
    iso_today = today.isoformat()
    rows: list[tuple[str, ...]] = []
    without: list[str] = []
    seen: set[str] = set()
    for row in persons.rows:
        key = _key(row[person_key])
        seen.add(key)
        found = by_dossier.get(key)
        if found:
            values = _joined_values(found, iso_today)
        else:
            values = ("", "", "", "")
            without.append(row[person_key].strip() or "(empty)")
        rows.append(tuple(values[i] for i in positions) + row)
    name = appointments.source.name
    notices = list(persons.notices)
    notices += [
        Notice(f"{name}: {notice}", notice.code, **{**notice.params, "file": name})
        for notice in appointments.notices
    ]
    if without:
        notices.append(
            Notice(
                f"{len(without)} person(s) without appointments in {name}"
                f" (dossiers {_listed(without)}): no function, employment or dates from there",
                "persons_without_appointments",
                count=len(without),
                appointments=name,
                dossiers=without[:SHOWN_KEYS],
                more=max(0, len(without) - SHOWN_KEYS),
            )
        )
    orphans = sorted(key for key in by_dossier if key not in seen)
    if orphans:
        notices.append(
            Notice(
                f"{sum(len(by_dossier[k]) for k in orphans)} appointment(s) in"
                f" {name} have no person in {persons.source.name}"
                f" (dossiers {_listed(orphans)}): not imported",
                "appointments_without_person",
                count=sum(len(by_dossier[k]) for k in orphans),
                appointments=name,
                persons=persons.source.name,
                dossiers=orphans[:SHOWN_KEYS],
                more=max(0, len(orphans) - SHOWN_KEYS),
            )
        )
    source = persons.source
    digest = hashlib.sha256(f"{source.sha256}+{appointments.source.sha256}".encode()).hexdigest()
    return Table(
        headers=(*added, *persons.headers),
        rows=rows,
        row_numbers=list(persons.row_numbers),
        source=SourceInfo(
            f"{source.name} + {appointments.source.name}",
            digest,
            source.format,
            source.encoding,
            source.delimiter,
            source.sheet,
        ),
        header_row=persons.header_row,
        row_noun=persons.row_noun,
        notices=notices,
        numeric_columns=frozenset(index + len(added) for index in persons.numeric_columns),
        meta=dict(persons.meta),
        warnings=[
            *persons.warnings,
            *(
                dataclasses.replace(
                    warning,
                    message=f"{appointments.source.name}: {warning.message}",
                    params={**warning.params, "file": appointments.source.name},
                )
                for warning in appointments.warnings
            ),
        ],
    )
