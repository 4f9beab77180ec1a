"""The overview's sheets Accounts and Bevoegdheden (issue 14), read back with openpyxl; and
nothing of the personnel file or the press reports in any part of the workbook."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from korre_desktop.domain.authorisation import Platform, Scope, WorklistKind
from korre_desktop.services.accounts import AccountInput, add_account, end_account
from korre_desktop.services.authorisations import (
    AuthorisationInput,
    PersonRef,
    add_authorisation,
    authorisation_worklist,
    withdraw_authorisation,
)
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.dossier import DossierEntryInput, add_dossier_entry
from korre_desktop.services.excel.overview import SHEET_NAMES, export_overview
from korre_desktop.services.excel.print_setup import fits_one_page_wide
from korre_desktop.services.excel.styles import AUTHORISATION_FILLS, HEADER_FILL
from korre_desktop.services.excel.words import PLATFORM_WORDS, PROTOCOL_FOLLOW_UP_WORDS
from korre_desktop.services.press_reports import PressReportInput, add_press_report
from korre_desktop.store import Store
from tests.services.protocol_people import TODAY, Foundation, eml_document

FORMULA_ACCOUNT = '=HYPERLINK("http://evil.example","klik")'
ACCOUNT_HEADERS = [
    "Platform",
    "Naam / handle",
    "Link",
    "School",
    "Aangemaakt op",
    "Toestemming van",
    "Beëindigd op",
    "Bevoegden op\npeildatum",
    "Aandachtspunt",
]
AUTHORISATION_HEADERS = [
    "Persoon",
    "Soort",
    "Nummer",
    "School",
    "Voor",
    "Van",
    "Tot en met",
    "Verleend door",
    "Status op\npeildatum",
    "Aandachtspunt",
]


@dataclass(frozen=True)
class Accounts:
    instagram: int  # De Linde's, created with the director's permission
    foundation: int  # the foundation's Facebook page, named like a formula
    whatsapp: int  # Het Kompas's, nobody authorised
    ended: int  # De Linde's X account, ended on 1 October


def _grant(store: Store, f: Foundation, person: PersonRef, **changes) -> int:
    values = {
        "person": person,
        "scope": Scope.SCHOOL,
        "school_id": f.school,
        "valid_from": "01-09-2026",
        "granted_by_employee_id": f.director,
    }
    return add_authorisation(store, AuthorisationInput(**{**values, **changes}))


@pytest.fixture
def accounts(store: Store, foundation: Foundation) -> Accounts:
    """Four accounts and an authorisation for each case of the sheets:

    - Tom Visser: Instagram of De Linde, ends 10-12-2026 (within 30 days); also one for
      Het Kompas withdrawn on 01-11-2026 and one for the foundation expired on 31-10-2026;
    - Uma Smit (never signed the protocol): De Linde in general, ends 20-12-2026;
    - Lex Mol (left on 01-10-2026): De Linde in general, still active;
    - Sara Kok (student): Instagram of De Linde from 01-12-2026 (not yet valid);
    - Bea Bos (board): the foundation in general.
    """
    f = foundation

    def account(platform: Platform, name: str, school: int | None, **extra) -> int:
        data = AccountInput(platform=platform, name=name, school_id=school, **extra)
        return add_account(store, data, today=TODAY)

    made = Accounts(
        instagram=account(
            Platform.INSTAGRAM,
            "@obsdelinde",
            f.school,
            link="https://www.instagram.com/obsdelinde",
            created_on="01-09-2026",
            permission_by_employee_id=f.director,
        ),
        foundation=account(Platform.FACEBOOK, FORMULA_ACCOUNT, None, link="-facebook"),
        whatsapp=account(Platform.WHATSAPP_GROUP, "Ouders groep 5", f.other_school),
        ended=account(Platform.X, "@delinde_oud", f.school, created_on="01-01-2025"),
    )
    end_account(store, made.ended, "01-10-2026", today=TODAY)
    tom, uma = PersonRef("employee", f.teacher), PersonRef("employee", f.unsigned_teacher)
    account_scope = {"scope": Scope.ACCOUNT, "school_id": None, "account_id": made.instagram}
    _grant(store, f, tom, **account_scope, valid_until="10-12-2026")
    withdrawn = _grant(store, f, tom, school_id=f.other_school)
    withdraw_authorisation(store, withdrawn, "01-11-2026", today=TODAY)
    _grant(store, f, tom, scope=Scope.FOUNDATION, school_id=None, valid_until="31-10-2026")
    _grant(store, f, uma, valid_until="20-12-2026")
    _grant(store, f, PersonRef("employee", f.teacher_left))
    _grant(store, f, PersonRef("student", f.student), **account_scope, valid_from="01-12-2026")
    board = PersonRef("employee", f.board)
    _grant(store, f, board, scope=Scope.FOUNDATION, school_id=None)
    return made


def _export(store: Store, path: Path, on: date = TODAY):
    return export_overview(store, path, on)


@pytest.fixture
def workbook_path(store: Store, accounts: Accounts, tmp_path: Path) -> Path:
    path = tmp_path / "overzicht.xlsx"
    result = _export(store, path)
    assert (result.accounts, result.authorisations) == (4, 5)
    return path


def _rows(ws) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(min_row=2, values_only=True)]


def _by_first_two(ws) -> dict[tuple[object, object], list[object]]:
    return {(row[0], row[1]): row for row in _rows(ws)}


# -- layout ---------------------------------------------------------------------------------------


def test_sheets_headers_panes_filters_and_print(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    assert wb.sheetnames == list(SHEET_NAMES)
    assert wb.sheetnames[-2:] == ["Accounts", "Bevoegdheden"]
    expected = {
        "Accounts": (ACCOUNT_HEADERS, "C2", "A1:I5"),
        "Bevoegdheden": (AUTHORISATION_HEADERS, "B2", "A1:J6"),
    }
    for title, (headers, freeze, filter_ref) in expected.items():
        ws = wb[title]
        assert [c.value for c in ws[1]] == headers
        assert ws.freeze_panes == freeze
        assert ws.auto_filter.ref == filter_ref
        for cell in ws[1]:
            assert cell.font.b and cell.alignment.wrap_text, cell.coordinate
            assert cell.fill.fgColor.rgb == f"00{HEADER_FILL}", cell.coordinate
        assert ws.row_dimensions[1].height >= 30  # two-line headers fit
        assert ws.page_setup.orientation == "landscape"
        assert ws.print_title_rows == "$1:$1"
        assert ws.oddFooter.center.text == "&A · pagina &P van &N"
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        fitted = bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
        assert fitted == fits_one_page_wide(widths), title  # fitted only where narrow
        assert max(widths) <= 45


# -- Accounts -------------------------------------------------------------------------------------


def test_accounts_sheet(workbook_path: Path) -> None:
    rows = _rows(load_workbook(workbook_path)["Accounts"])
    # The foundation's first, then per school by name, platform and name (as the list).
    assert rows == [
        [
            "Facebook",
            FORMULA_ACCOUNT,
            "-facebook",
            "Stichting",
            None,
            None,
            None,
            1,  # Bea Bos, for the foundation in general (Tom's one expired)
            None,
        ],
        [
            "WhatsApp-groep",
            "Ouders groep 5",
            None,
            "CBS Het Kompas",
            None,
            None,
            None,
            0,  # Tom's authorisation for Het Kompas was withdrawn
            "niemand bevoegd",
        ],
        [
            "Instagram",
            "@obsdelinde",
            "https://www.instagram.com/obsdelinde",
            "OBS De Linde",
            datetime(2026, 9, 1),
            "Dirk de Wit",
            None,
            2,  # Tom for the account, Uma for the school; not Lex (left), not Sara (later)
            None,
        ],
        [
            "X",
            "@delinde_oud",
            None,
            "OBS De Linde",
            datetime(2025, 1, 1),
            None,
            datetime(2026, 10, 1),
            None,  # not in use on the date: no count
            None,
        ],
    ]


def test_dates_are_real_dates(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    accounts = wb["Accounts"]
    for cell in (accounts["E4"], accounts["E5"], accounts["G5"]):
        assert cell.is_date and cell.number_format == "dd-mm-yyyy", cell.coordinate
    authorisations = wb["Bevoegdheden"]
    for row in authorisations.iter_rows(min_row=2):
        for cell in (row[5], row[6]):  # Van, Tot en met
            if cell.value is not None:
                assert cell.is_date and cell.number_format == "dd-mm-yyyy", cell.coordinate


def test_every_platform_has_a_dutch_word() -> None:
    assert set(PLATFORM_WORDS) == set(Platform)
    assert PLATFORM_WORDS["whatsapp_group"] == "WhatsApp-groep"  # the stored code finds it


def test_account_made_after_the_date_is_not_on_it(
    store: Store, accounts: Accounts, tmp_path: Path
) -> None:
    path = tmp_path / "oktober.xlsx"
    _export(store, path, date(2026, 8, 15))
    rows = _rows(load_workbook(path)["Accounts"])
    names = [row[1] for row in rows]
    assert "@obsdelinde" not in names  # created on 1 September
    assert "@delinde_oud" in names  # still in use in August
    ended = next(row for row in rows if row[1] == "@delinde_oud")
    assert ended[6] == datetime(2026, 10, 1)  # the end date as recorded
    assert ended[8] == "niemand bevoegd"  # nobody authorised before 1 September


# -- Bevoegdheden ---------------------------------------------------------------------------------


def test_authorisations_sheet(workbook_path: Path) -> None:
    rows = _by_first_two(load_workbook(workbook_path)["Bevoegdheden"])
    assert rows == {
        ("Bea Bos", "Medewerker"): [
            "Bea Bos",
            "Medewerker",
            "1002",
            "Stichting",
            "Stichting, algemeen",
            datetime(2026, 9, 1),
            None,
            "Dirk de Wit",
            "geldig",
            None,
        ],
        ("Lex Mol", "Medewerker"): [
            "Lex Mol",
            "Medewerker",
            "1005",
            "OBS De Linde",
            "OBS De Linde, algemeen",
            datetime(2026, 9, 1),
            None,
            "Dirk de Wit",
            "geldig",
            "vertrokken op 01-10-2026: toegang intrekken",
        ],
        ("Sara Kok", "Leerling"): [
            "Sara Kok",
            "Leerling",
            "004512",
            "OBS De Linde",
            "Instagram · @obsdelinde",
            datetime(2026, 12, 1),
            None,
            "Dirk de Wit",
            "nog niet geldig",
            None,
        ],
        ("Tom Visser", "Medewerker"): [
            "Tom Visser",
            "Medewerker",
            "1003",
            "OBS De Linde",
            "Instagram · @obsdelinde",
            datetime(2026, 9, 1),
            datetime(2026, 12, 10),
            "Dirk de Wit",
            "geldig",
            "loopt af op 10-12-2026",
        ],
        ("Uma Smit", "Medewerker"): [
            "Uma Smit",
            "Medewerker",
            "1004",
            "OBS De Linde",
            "OBS De Linde, algemeen",
            datetime(2026, 9, 1),
            datetime(2026, 12, 20),
            "Dirk de Wit",
            "geldig",
            # she started long ago: the term to sign has passed
            "loopt af op 20-12-2026; protocol niet getekend, termijn verstreken",
        ],
    }
    # Tom's withdrawn (Het Kompas) and expired (foundation) ones: the worklist does not
    # name them, so they are not there.
    assert len(rows) == 5


def test_status_words_on_their_fills(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Bevoegdheden"]
    fills = {row[8].value: row[8].fill.fgColor.rgb for row in ws.iter_rows(min_row=2)}
    assert fills == {
        "geldig": f"00{AUTHORISATION_FILLS['active']}",
        "nog niet geldig": f"00{AUTHORISATION_FILLS['not_yet']}",
    }


def test_an_earlier_date_shows_the_statuses_then(
    store: Store, accounts: Accounts, tmp_path: Path
) -> None:
    """On 15 October Tom's withdrawal (1 November) and expiry (31 October) lie ahead: all
    three of his are valid, the foundation's one ending within 30 days; Lex left on
    1 October, so the worklist names him."""
    path = tmp_path / "x.xlsx"
    _export(store, path, date(2026, 10, 15))
    rows = _rows(load_workbook(path)["Bevoegdheden"])
    tom = sorted((row[4], row[8], row[9]) for row in rows if row[0] == "Tom Visser")
    assert tom == [
        ("CBS Het Kompas, algemeen", "geldig", None),
        ("Instagram · @obsdelinde", "geldig", None),
        ("Stichting, algemeen", "geldig", "loopt af op 31-10-2026"),
    ]
    (lex,) = (row for row in rows if row[0] == "Lex Mol")
    assert lex[9] == "vertrokken op 01-10-2026: toegang intrekken"


def test_demo_shows_every_worklist_item(store: Store, tmp_path: Path) -> None:
    """On the demo every item of the authorisation worklist is on a sheet: accounts nobody
    may post for on Accounts, the others as the follow-up of their authorisation."""
    day = date(2026, 11, 16)
    generate_demo(store, students=60, employees=10, seed=3, today=day)
    items = authorisation_worklist(store, day)
    assert {item.kind for item in items} == set(WorklistKind)
    path = tmp_path / "demo.xlsx"
    _export(store, path, day)
    wb = load_workbook(path)
    nobody = {row[1] for row in _rows(wb["Accounts"]) if row[8] == "niemand bevoegd"}
    assert nobody == {
        item.account.name for item in items if item.kind is WorklistKind.ACCOUNT_WITHOUT_AUTHORISED
    }
    asks = [ask for row in _rows(wb["Bevoegdheden"]) if row[9] for ask in row[9].split("; ")]
    expected = [item for item in items if item.authorisation is not None]
    assert len(asks) == len(expected)
    day_text = r"\d\d-\d\d-\d{4}"
    left = re.compile(f"vertrokken op {day_text}: toegang intrekken")
    ending = re.compile(f"loopt af op {day_text}")
    protocol = set(PROTOCOL_FOLLOW_UP_WORDS.values())
    assert all(left.fullmatch(a) or ending.fullmatch(a) or a in protocol for a in asks), asks
    assert any(left.fullmatch(ask) for ask in asks)
    assert any(ending.fullmatch(ask) for ask in asks)
    assert any(ask in protocol for ask in asks)


# -- text stays text ------------------------------------------------------------------------------


def test_formula_like_names_stay_text(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    (row,) = (r for r in wb["Accounts"].iter_rows(min_row=2) if r[0].value == "Facebook")
    for cell in (row[1], row[2]):  # "=HYPERLINK(...)" and "-facebook"
        assert cell.data_type == "s", cell.coordinate
        assert cell.quotePrefix, cell.coordinate
    assert row[1].value == FORMULA_ACCOUNT
    with zipfile.ZipFile(workbook_path) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in package.read(name), name


# -- without accounts -----------------------------------------------------------------------------


def test_without_accounts_both_sheets_say_so(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "leeg.xlsx"
    result = _export(store, path)
    assert (result.accounts, result.authorisations) == (0, 0)
    wb = load_workbook(path)
    accounts, authorisations = wb["Accounts"], wb["Bevoegdheden"]
    assert [c.value for c in accounts[1]] == ACCOUNT_HEADERS
    assert [c.value for c in authorisations[1]] == AUTHORISATION_HEADERS
    assert _rows(accounts) == [["Er zijn geen accounts vastgelegd.", *[None] * 8]]
    assert _rows(authorisations) == [["Er zijn geen bevoegdheden op de peildatum.", *[None] * 9]]
    assert accounts.auto_filter.ref == "A1:I1"
    assert authorisations.auto_filter.ref == "A1:J1"
    assert accounts.print_area == "'Accounts'!$A$1:$I$2"


def test_an_account_without_authorisations(
    store: Store, foundation: Foundation, tmp_path: Path
) -> None:
    data = AccountInput(platform="tiktok", name="@korre", school_id=None)
    add_account(store, data, today=TODAY)
    path = tmp_path / "x.xlsx"
    _export(store, path)
    wb = load_workbook(path)
    assert _rows(wb["Accounts"]) == [
        ["TikTok", "@korre", None, "Stichting", None, None, None, 0, "niemand bevoegd"]
    ]
    assert _rows(wb["Bevoegdheden"])[0][0] == "Er zijn geen bevoegdheden op de peildatum."


# -- confidential ---------------------------------------------------------------------------------

SECRETS = ("Dossier-Z9QX", "Persbericht-K4WV", "Krant-J2RM", "Notitie-P8TL")


def test_personnel_file_and_press_reports_are_in_no_part(
    store: Store, foundation: Foundation, accounts: Accounts, tmp_path: Path
) -> None:
    """A dossier entry and a press report with distinctive text: no part of the workbook
    (sheets, shared strings, properties, anything) holds any of it."""
    dossier, press, medium, note = SECRETS
    add_dossier_entry(
        store,
        DossierEntryInput(
            employee_id=foundation.teacher,
            entry_date="12-11-2026",
            subject=f"{dossier} over een bericht",
            direction="out",
            document=eml_document(dossier),
            note=note,
        ),
        today=TODAY,
    )
    add_press_report(
        store,
        PressReportInput(
            report_date="20-11-2026",
            employee_id=foundation.teacher,
            medium=medium,
            subject=f"{press} over een foto",
            reported_to_employee_id=foundation.director,
            note=note,
            attachment=eml_document(press),
        ),
        today=TODAY,
    )
    path = tmp_path / "overzicht.xlsx"
    _export(store, path)
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    assert "xl/worksheets/sheet6.xml" in parts  # the sheets with Tom Visser are there
    assert any(b"Tom Visser" in data for data in parts.values())
    for name, data in parts.items():
        for secret in SECRETS:
            assert secret.encode() not in data, (name, secret)
