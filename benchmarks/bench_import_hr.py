"""Importing HR exports through the command line, without a mapping file: an AFAS
Profit-like CSV of 5,000 employees (dry run, import, the same file again), and a Visma|Raet
HR Core Education-like pair of a persons file and an appointments file (two appointments
a person) for the same number of people.

    python benchmarks/bench_import_hr.py [EMPLOYEES] [--keep FOLDER]

Prints JSON: employees, afas_seconds (dry run + import), afas_dry_run_seconds,
afas_apply_seconds, afas_reimport_seconds, raet_seconds (dry run + import, join included),
imported_employees, peak_memory_mb.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from _measure import emit, peak_memory_mb, timed_cli

from korre_desktop.services import records
from korre_desktop.store import Store

AFAS_HEADERS = [
    "Medewerker", "Roepnaam", "Voornaam", "Voorletters", "Voorvoegsel", "Geboortenaam",
    "Voorvoegsel_partner", "Geboortenaam_partner", "Naamgebruik_code", "Naam", "Email_werk",
    "Email_prive", "Telefoonnr_werk", "Geboortedatum", "Geslacht", "Begindatum_functie",
    "Einddatum_functie", "Functie_code", "Functie_omschrijving", "Type_contract",
    "Organisatorische_eenheid", "BSN",
]  # fmt: skip
RAET_PERSONS = [
    "[Dossiernummer_2]", "[Personeelsnummer]", "[Volledige Naam]", "[Roepnaam]", "[Voornaam]",
    "[Initialen]", "[Eigen naam]", "[Tussenvoegsel]", "[Naam samenstelling]",
    "[Achternaam partner]", "[Voorvoegsels partner]", "[Geslacht]", "[Geboortedatum]",
    "[Huidige Medewerker Status]", "[Blokkeren opname functiemix]", "[Roostercode]",
    "[E-mail werk]",
]  # fmt: skip
RAET_APPOINTMENTS = [
    "[Dossiernummer]", "[Volgnummer]", "[Begindatum]", "[Einddatum]", "[Functiecode]",
    "[Functieomschrijving]", "[Soort contract]", "[Soort contract omschrijving]",
    "[Indicatie hoofdaanstelling]", "[Uren per week]",
]  # fmt: skip
FIRST = ["Anne", "Bas", "Carla", "Dirk", "Eva", "Frank", "Greet", "Hans", "Ilse", "Joost",
         "Karin", "Luuk", "Marieke", "Niels", "Olga", "Pieter"]  # fmt: skip
LAST = [("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("van", "Dijk"),
        ("", "Visser"), ("", "Smit"), ("de", "Boer"), ("", "Mulder"), ("", "Öztürk")]  # fmt: skip
FUNCTIONS = ["Leerkracht", "Onderwijsassistent", "Intern begeleider", "Directeur",
             "Conciërge", "Administratief medewerker", "Invalleerkracht"]  # fmt: skip
CONTRACTS = ["Onbepaalde tijd", "Bepaalde tijd", "Oproepkracht", "Stage", "Vrijwilliger"]


def _person(rng: random.Random) -> tuple[str, str, str, str, str, str]:
    """(roepnaam, infix, surname, partner infix, partner surname, AFAS name use code)."""
    first = rng.choice(FIRST)
    infix, surname = rng.choice(LAST)
    if rng.random() < 0.3:
        partner_infix, partner = rng.choice(LAST)
        return first, infix, surname, partner_infix, partner, rng.choice("123")
    return first, infix, surname, "", "", "0"


def write_afas(path: Path, count: int) -> None:
    rng = random.Random(11)
    with open(path, "w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(AFAS_HEADERS)
        for index in range(count):
            first, infix, surname, p_infix, partner, code = _person(rng)
            start = date(2000, 8, 1) + timedelta(days=rng.randrange(0, 26 * 365))
            contract = rng.choice(CONTRACTS)
            end = ""
            if contract != "Onbepaalde tijd" and rng.random() < 0.7:
                end = (start + timedelta(days=rng.randrange(180, 800))).strftime("%d-%m-%Y")
            writer.writerow(
                [f"{index + 1:06d}", first, first, f"{first[0]}.", infix, surname, p_infix,
                 partner, code, f"{surname}, {first[0]}. {infix}".strip(),
                 f"{first.lower()}.{index}@example.org", f"prive{index}@example.net",
                 "0301234567", "12-03-1980", rng.choice("MV"), start.strftime("%d-%m-%Y"), end,
                 "F1", rng.choice(FUNCTIONS), contract, "School", "123456782"]
            )  # fmt: skip


def write_raet(folder: Path, count: int) -> tuple[Path, Path]:
    rng = random.Random(13)
    persons, appointments = folder / "Medewerker.csv", folder / "Aanstellingen.csv"
    person_lines = ["|".join(RAET_PERSONS)]
    appointment_lines = ["|".join(RAET_APPOINTMENTS)]
    for index in range(count):
        first, infix, surname, p_infix, partner, _ = _person(rng)
        dossier = str(50_000 + index)
        use = rng.choice("234") if partner else "1"
        person_lines.append(
            "|".join([dossier, f"{index + 1:06d}", f"{surname}, {first[0]}.", first, first,
                      f"{first[0]}.", surname, infix, use, partner, p_infix, rng.choice("MV"),
                      "19800312", "Actief", "N", "R1", f"{first.lower()}.{index}@example.org"])
        )  # fmt: skip
        start = date(2005, 8, 1) + timedelta(days=rng.randrange(0, 20 * 365))
        appointment_lines.append(
            "|".join([dossier, "1", start.strftime("%Y%m%d"), "00000000", "LK",
                      rng.choice(FUNCTIONS), "01", "Onbepaalde tijd", "J", "32,00"])
        )  # fmt: skip
        extra = start + timedelta(days=rng.randrange(0, 2000))
        appointment_lines.append(
            "|".join([dossier, "2", extra.strftime("%Y%m%d"),
                      (extra + timedelta(days=365)).strftime("%Y%m%d"), "IB",
                      "Intern begeleider", "02", "Bepaalde tijd", "N", "8,00"])
        )  # fmt: skip
    persons.write_bytes(("\r\n".join(person_lines) + "\r\n").encode("cp1252"))
    appointments.write_bytes(("\r\n".join(appointment_lines) + "\r\n").encode("cp1252"))
    return persons, appointments


def fresh_db(path: Path) -> Path:
    path.unlink(missing_ok=True)
    with Store.open(path, actor="bench", create=True) as store:
        records.add_school(store, records.SchoolInput(name="OBS De Linde", brin="00AA"))
    return path


def run(folder: Path, count: int) -> None:
    afas = folder / "afas.csv"
    write_afas(afas, count)
    persons, appointments = write_raet(folder, count)
    afas_db = fresh_db(folder / "bench-afas.sqlite")
    raet_db = fresh_db(folder / "bench-raet.sqlite")
    args = ["--db", str(afas_db), "import", "employees", str(afas)]
    raet_args = ["--db", str(raet_db), "import", "employees", str(persons), str(appointments)]
    dry, apply, again, raet_dry, raet_apply = timed_cli(
        folder / "report.txt",
        [*args, "--dry-run"],
        args,
        args,
        [*raet_args, "--dry-run"],
        raet_args,
    )
    with Store.open(afas_db) as store:
        imported = store.people.counts()["employees"]
    emit(
        employees=count,
        imported_employees=imported,
        afas_seconds=round(dry + apply, 2),
        afas_dry_run_seconds=round(dry, 2),
        afas_apply_seconds=round(apply, 2),
        afas_reimport_seconds=round(again, 2),
        raet_seconds=round(raet_dry + raet_apply, 2),
        peak_memory_mb=peak_memory_mb(),
    )


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 5_000
    if "--keep" in sys.argv:
        target = Path(sys.argv[sys.argv.index("--keep") + 1])
        target.mkdir(parents=True, exist_ok=True)
        run(target, count)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run(Path(folder), count)
