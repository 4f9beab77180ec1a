"""Choosing the school and the school year of an import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.services.importing.errors import ImportSetupError
from korre_desktop.store import Store


@dataclass(frozen=True)
class SchoolChoice:
    id: int
    name: str
    brin: str


def _listed(schools: list[dict]) -> str:
    return ", ".join(_names(schools)) or "none yet"


def _names(schools: list[dict]) -> list[str]:
    return [school["name"] for school in schools]


def find_school(schools: list[dict], text: str) -> list[dict]:
    """Schools whose name (ignoring case) or BRIN code is ``text``."""
    wanted = " ".join(text.split()).casefold()
    by_name = [s for s in schools if " ".join(s["name"].split()).casefold() == wanted]
    return by_name or [s for s in schools if s["brin"] and s["brin"].casefold() == wanted]


def resolve_school(
    store: Store, school: int | str | None, brin: str = "", *, required: bool = True
) -> SchoolChoice | None:
    """The school of the import: given by id, name or BRIN; else the one with the file's
    BRIN code (EDEXML); else the only school there is. Schools are never created by an
    import: a misspelt name would make a second school."""
    schools = store.people.schools()
    found: list[dict]
    if isinstance(school, int) and not isinstance(school, bool):
        found = [s for s in schools if s["id"] == school]
        if not found:
            raise ImportSetupError(
                "school_unknown",
                f"no school with id {school}",
                school=str(school),
                schools=_names(schools),
            )
    elif isinstance(school, str) and school.strip():
        found = find_school(schools, school)
        if not found:
            raise ImportSetupError(
                "school_unknown",
                f"unknown school {school.strip()!r} (schools: {_listed(schools)});"
                " add it in the app first",
                school=school.strip(),
                schools=_names(schools),
            )
    elif brin:
        found = [s for s in schools if s["brin"].casefold() == brin.casefold()]
        if not found:
            raise ImportSetupError(
                "school_brin_unknown",
                f"no school with BRIN {brin} (schools: {_listed(schools)}); choose one with"
                " --school or add the BRIN code to the school in the app",
                brin=brin,
                schools=_names(schools),
            )
    elif not required:
        return None
    elif len(schools) == 1:
        found = schools
    elif not schools:
        raise ImportSetupError(
            "no_schools", "there are no schools yet: add the school in the app first"
        )
    else:
        raise ImportSetupError(
            "school_needed",
            f"choose the school with --school (schools: {_listed(schools)})",
            schools=_names(schools),
        )
    if len(found) > 1:
        raise ImportSetupError(
            "school_ambiguous",
            f"several schools match ({_listed(found)}): choose one with --school NAME",
            schools=_names(found),
        )
    row = found[0]
    return SchoolChoice(row["id"], row["name"], row["brin"])


def resolve_year(year: str | SchoolYear | None, file_year: str, today: date) -> SchoolYear:
    """The given school year, else the file's (EDEXML), else the one containing today."""

    def parse(label: str, in_file: bool) -> SchoolYear:
        try:
            return SchoolYear.parse(label)
        except ValueError:
            what = "the file's school year" if in_file else "the school year"
            raise ImportSetupError(
                "school_year_format",
                f"{what} {label!r} is not a school year like 2026-2027",
                value=label,
                in_file=in_file,
            ) from None

    chosen = year if isinstance(year, SchoolYear) else parse(year, False) if year else None
    in_file = parse(file_year, True) if file_year else None
    if chosen and in_file and chosen != in_file:
        raise ImportSetupError(
            "school_year_conflict",
            f"the file is for school year {in_file.label}, not {chosen.label}",
            file_year=in_file.label,
            year=chosen.label,
        )
    return chosen or in_file or SchoolYear.containing(today)
