"""HR export files for the tests, in the shapes AFAS Profit and Visma|Raet HR Core Education
write them (the column sets of those systems), with invented people."""

from __future__ import annotations

from pathlib import Path

from tests.services.importing.conftest import write_csv, write_xlsx

AFAS_HEADERS = [
    "Medewerker", "Roepnaam", "Voornaam", "Voorletters", "Voorvoegsel", "Geboortenaam",
    "Voorvoegsel_partner", "Geboortenaam_partner", "Naamgebruik_code", "Naam", "Email_werk",
    "Email_prive", "Telefoonnr_werk", "Geboortedatum", "Geslacht", "Begindatum_functie",
    "Einddatum_functie", "Functie_code", "Functie_omschrijving", "Type_contract",
    "Organisatorische_eenheid", "BSN",
]  # fmt: skip
BSN = "123456782"  # never stored
BIRTH = "12-03-1980"  # an employee's birth date: never stored
AFAS_ROWS = [
    ["000123", "Karin", "Karina", "K.", "", "Smit", "van", "Dam", "3", "Smit-van Dam, K.",
     "k.smit@example.org", "karin@example.net", "0301234567", BIRTH, "V", "01-08-2015", "",
     "LK", "Leerkracht", "Onbepaalde tijd", "OBS De Linde", BSN],
    ["1234", "", "", "P.", "de", "Boer", "", "Jansen", "1", "Jansen-de Boer, P.",
     "p.jansen@example.org", "", "", "03-04-1975", "V", "01-01-2026", "31-12-2026", "OA",
     "Onderwijsassistent", "Bepaalde tijd", "OBS De Linde", "111222333"],
    ["000125", "Youssef", "Youssef", "Y.", "", "Amrani", "", "", "0", "Amrani, Y.", "", "", "",
     "05-06-1990", "M", "01-09-2026", "", "INV", "Invalleerkracht", "Oproepkracht", "", ""],
    ["000126", "Fleur", "Floor", "F.", "van der", "Laan", "", "", "0", "Laan, F. van der", "", "",
     "", "07-08-2003", "V", "02-09-2026", "30-06-2027", "STG", "Stagiaire", "Stage", "", ""],
]  # fmt: skip


def write_afas(path: Path, rows=None, headers=None, delimiter: str = ";") -> Path:
    table = [headers or AFAS_HEADERS, *(rows or AFAS_ROWS)]
    if path.suffix == ".xlsx":
        return write_xlsx(path, table)
    return write_csv(path, table, delimiter=delimiter)


RAET_PERSON_HEADERS = [
    "[Dossiernummer_2]", "[Personeelsnummer]", "[Volledige Naam]", "[Roepnaam]", "[Voornaam]",
    "[Initialen]", "[Eigen naam]", "[Tussenvoegsel]", "[Naam samenstelling]",
    "[Achternaam partner]", "[Voorvoegsels partner]", "[Geslacht]", "[Geslacht omschrijving]",
    "[Geboortedatum]", "[Huidige Medewerker Status]", "[Externe Medewerker]",
    "[Blokkeren opname functiemix]", "[Roostercode]", "[E-mail werk]",
]  # fmt: skip
RAET_PERSONS = [
    ["5001", "000777", "Jansen-de Boer, P.", "Petra", "Petronella", "P.", "Boer", "de", "3",
     "Jansen", "", "V", "Vrouw", "19800312", "Actief", "N", "N", "R1", "p.jansen@example.org"],
    ["5002", "000778", "'t Hooft, K.", "Kees", "Cornelis", "C.", "Hooft", "'t", "1", "", "",
     "M", "Man", "19700101", "Actief", "N", "N", "R1", ""],
    ["5003", "000779", "Visser, S.", "Sanne", "Susanna", "S.", "Visser", "", "1", "", "", "V",
     "Vrouw", "19920202", "Actief", "N", "N", "R2", ""],
    ["5013", "000779", "Visser, S.", "Sanne", "Susanna", "S.", "Visser", "", "1", "", "", "V",
     "Vrouw", "19920202", "Actief", "N", "J", "R2", ""],
    ["5004", "000780", "Dijk, D. van", "Dirk", "Dirk", "D.", "Dijk", "van", "1", "", "", "M",
     "Man", "19881111", "Actief", "J", "N", "", ""],
    ["5005", "000781", "Bakker-Öztürk, E.", "Elif", "Elif", "E.", "Öztürk", "", "4", "Bakker",
     "", "V", "Vrouw", "19950505", "Actief", "N", "N", "", ""],
]  # fmt: skip
RAET_APPOINTMENT_HEADERS = [
    "[Dossiernummer]", "[Volgnummer]", "[Begindatum]", "[Einddatum]", "[Functiecode]",
    "[Functieomschrijving]", "[Afdelingscode]", "[Code type aanstelling]",
    "[Code type aanstelling omschrijving]", "[Soort contract]", "[Soort contract omschrijving]",
    "[Indicatie hoofdaanstelling]", "[Uren per week]", "[Kostenplaats]",
]  # fmt: skip
RAET_APPOINTMENTS = [
    # Petra: a main appointment without end, and a second one that ends.
    ["5001", "1", "20150801", "00000000", "LK", "Leerkracht", "A1", "01", "Regulier", "01",
     "Onbepaalde tijd", "J", "32,00", "KP1"],
    ["5001", "2", "20190801", "20270731", "IB", "Intern begeleider", "A1", "01", "Regulier",
     "02", "Bepaalde tijd", "N", "8,00", "KP1"],
    # Kees: open-ended written as 99991231.
    ["5002", "1", "20100101", "99991231", "DIR", "Directeur", "A2", "01", "Regulier", "01",
     "Onbepaalde tijd", "J", "40,00", "KP2"],
    # Sanne: an old dossier that ended, and the current one.
    ["5003", "1", "20180801", "20200731", "OA", "Onderwijsassistent", "A1", "01", "Regulier",
     "02", "Bepaalde tijd", "J", "20,00", "KP1"],
    ["5013", "1", "20200801", "", "LK", "Leerkracht", "A1", "01", "Regulier", "01",
     "Onbepaalde tijd", "J", "36,00", "KP1"],
    # Elif: on call for this calendar year.
    ["5005", "1", "20260101", "20261231", "INV", "Invalleerkracht", "A3", "05", "Oproep", "04",
     "Oproepkracht", "J", "0,00", "KP3"],
    # Nobody has dossier 5999.
    ["5999", "1", "20200101", "", "CON", "Conciërge", "A1", "01", "Regulier", "01",
     "Onbepaalde tijd", "J", "20,00", "KP1"],
]  # fmt: skip


def write_raet(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    """As Raet writes it: '|' between the values, no quoting (a '"t' stays as it is),
    Windows line ends, cp1252."""
    lines = ["|".join(row) for row in [headers, *rows]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def write_raet_pair(
    folder: Path, persons: list[list[str]] | None = None, appointments=None
) -> tuple[Path, Path]:
    return (
        write_raet(
            folder / "Medewerker.csv",
            RAET_PERSON_HEADERS,
            RAET_PERSONS if persons is None else persons,
        ),
        write_raet(
            folder / "Aanstellingen.csv",
            RAET_APPOINTMENT_HEADERS,
            RAET_APPOINTMENTS if appointments is None else appointments,
        ),
    )
