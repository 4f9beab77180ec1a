"""The no-photo list, read back from the PDF: who is marked, where, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_form import Channel, ConsentForm
from korre_desktop.domain.consent_items import ALL_ITEM_CODES, CHANNELS, MEDIA
from korre_desktop.errors import InputError
from korre_desktop.services import groups
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.pdf import no_photo
from korre_desktop.services.pdf.channel_names import channel_names
from korre_desktop.services.pdf.layout import MARGIN_LEFT, DocumentInfo, TableReport
from korre_desktop.services.pdf.no_photo import (
    CLASS_WIDTH,
    MEDIUM_WIDTH,
    NAME_WIDTH,
    medium_verdicts,
    no_photo_pdf,
    no_photo_pdf_bytes,
)
from korre_desktop.services.pdf.selection import (
    ClassesSelection,
    GroupSelection,
    SchoolSelection,
    SelectionError,
    StudentsSelection,
)
from korre_desktop.services.progress import Cancelled, Progress
from korre_desktop.services.status import student_statuses_on
from korre_desktop.store import Store
from korre_desktop.store.schema import _DEFAULT_CHANNELS

DAY = date(2026, 11, 24)  # a Tuesday in school year 2026-2027
NOW = datetime(2026, 11, 24, 9, 5)
LAST_YEAR = date(2026, 3, 2)
SIGNED = date(2026, 9, 14)
SCHOOL = "Basisschool De Klimop"


def answers(value: bool | None, **overrides: bool | None) -> dict[str, bool | None]:
    result = dict.fromkeys(ALL_ITEM_CODES, value)
    result.update(overrides)
    return result


def medium(name: str, value: bool) -> dict[str, bool]:
    return {f"{name}_{channel}": value for channel in CHANNELS}


@dataclass
class Built:
    school: int
    other_school: int
    ids: dict[str, int]


@pytest.fixture
def built(store: Store, records) -> Built:
    """One school, three classes, every kind of verdict; a second school with a Groep 5 too."""
    store.update("consent_form_versions", 1, {"validity": '"school_year"'})
    school = records.school(SCHOOL)
    other = records.school("OBS Het Anker")
    groep5 = records.klass(school, 2026, "Groep 5")
    groep6 = records.klass(school, 2026, "Groep 6")
    bovenbouw = records.klass(school, 2026, "4H")
    records.klass(other, 2026, "Groep 5")
    ids: dict[str, int] = {}

    def student(key, klass, roepnaam, achternaam, tussenvoegsel="", **kwargs) -> int:
        number = kwargs.pop("number", None)
        ids[key] = records.student(
            school,
            roepnaam=roepnaam,
            tussenvoegsel=tussenvoegsel,
            achternaam=achternaam,
            number=number,
            **kwargs,
        )
        records.enrol(ids[key], klass)
        return ids[key]

    def guardian_says(key, signed, given, name="Ouder") -> int:
        guardian = records.guardian(ids[key], name=name)
        records.statement("student", ids[key], signed, given, guardian_id=guardian)
        return guardian

    student("all", groep5, "Tim", "Aalst", "van", number="0101")
    guardian_says("all", SIGNED, answers(True))
    student("some", groep5, "Lotte", "Bakker", number="0102")
    guardian_says(
        "some",
        SIGNED,
        answers(True)
        | medium("foto", False)
        | {"foto_schoolgids": True, "foto_ouderportaal": True}
        | medium("film", False),
    )
    student("refused", groep5, "Zeynep", "Çelik", number="0103")
    guardian_says("refused", SIGNED, answers(False))
    student("conflict", groep5, "Daan", "Dekker", "de", number="0104")
    guardian_says("conflict", SIGNED, answers(True), name="Moeder")
    guardian_says("conflict", SIGNED, answers(False), name="Vader")
    student("missing", groep5, "Noor", "Émond", number="0105")
    student("expired", groep5, "Finn", "Fransen", number="0106")
    guardian_says("expired", LAST_YEAR, answers(True))
    student("infix", groep5, "Jan", "Hoeve", "ten", number="0107")
    guardian_says("infix", SIGNED, answers(True, **medium("geluid", False)))
    student("own", bovenbouw, "Sven", "Groot", birth_date=date(2010, 1, 5), number="0201")
    guardian_says("own", SIGNED, answers(True))
    records.statement("student", ids["own"], SIGNED, medium("foto", False))
    student("sahin", groep6, "Kübra", "Şahin", number="0301")
    guardian_says("sahin", SIGNED, answers(True))
    student("lukasz", groep6, "Łukasz", "Łukaszewski", number="0302")
    guardian_says("lukasz", SIGNED, answers(False))
    return Built(school, other, ids)


# -- reading the PDF back ------------------------------------------------------------------------


def pages_text(data: bytes | Path) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _table_limits() -> tuple[float, float]:
    """Where the table lies on a page whose legend names the default channels."""
    default = ConsentForm(
        1,
        "Standaard",
        date(2020, 8, 1),
        tuple(Channel(code, label, note) for code, label, _position, note in _DEFAULT_CHANNELS),
        ALL_ITEM_CODES,
    )
    names = channel_names([default], ALL_ITEM_CODES, DAY)
    report = TableReport(DocumentInfo("x", NOW), [], no_photo.legend(MEDIA, names))
    return report.table_top, report.table_bottom


COLUMNS = {
    "foto": MARGIN_LEFT + NAME_WIDTH + CLASS_WIDTH,
    "film": MARGIN_LEFT + NAME_WIDTH + CLASS_WIDTH + MEDIUM_WIDTH,
    "geluid": MARGIN_LEFT + NAME_WIDTH + CLASS_WIDTH + 2 * MEDIUM_WIDTH,
}


@dataclass
class PrintedRow:
    page: int
    name: str
    cells: dict[str, str]  # "foto", "film", "geluid", "bar" -> text in that cell


def printed_rows(data: bytes | Path) -> list[PrintedRow]:
    """Every student row: the name line, and the text in each medium's cell of that row."""
    top, bottom = _table_limits()
    document = pdfium.PdfDocument(data)
    rows: list[PrintedRow] = []
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            lines: dict[float, list[tuple[float, str]]] = {}  # line top -> its characters
            for index in range(textpage.count_chars()):
                left, low, _right, high = textpage.get_charbox(index, loose=True)
                if not (MARGIN_LEFT <= left < MARGIN_LEFT + NAME_WIDTH and bottom < low < top):
                    continue
                char = textpage.get_text_range(index, 1)
                if char in "\r\n":  # PDFium's generated line breaks
                    continue
                # Accented capitals reach higher: characters within 3 pt share a line.
                key = next((k for k in lines if abs(k - high) < 3), high)
                lines.setdefault(key, []).append((left, char))
            tops = sorted(
                (key for key, chars in lines.items() if "".join(c for _, c in chars).strip()),
                reverse=True,
            )
            for position, line_top in enumerate(tops):
                name = "".join(c for _, c in sorted(lines[line_top])).strip()
                lower = tops[position + 1] if position + 1 < len(tops) else bottom
                cells = {  # wrapped lines joined with one space
                    key: " ".join(
                        textpage.get_text_bounded(
                            left=left,
                            bottom=lower + 0.5,
                            right=left + MEDIUM_WIDTH,
                            top=line_top + 2,
                        ).split()
                    )
                    for key, left in COLUMNS.items()
                }
                rows.append(PrintedRow(number, name, cells))
    finally:
        document.close()
    return rows


def row_of(rows: list[PrintedRow], name: str) -> PrintedRow:
    (found,) = [row for row in rows if row.name == name]
    return found


# -- the hand-built school -----------------------------------------------------------------------


def test_every_verdict_is_printed_in_its_row_and_column(store: Store, built: Built) -> None:
    data, summary = no_photo_pdf_bytes(store, SchoolSelection(SCHOOL), DAY, now=NOW)
    rows = printed_rows(data)
    everywhere = "✓ alle kanalen"

    tim = row_of(rows, "Tim van Aalst")
    assert all(everywhere in tim.cells[m] for m in ("foto", "film", "geluid"))
    assert "GEEN" not in "".join(tim.cells.values())

    lotte = row_of(rows, "Lotte Bakker")
    # The channels as the version names them; long labels in short: "Schoolgids en
    # brochures" as "Schoolgids", "Ouderportaal of schoolapp" as "Ouderportaal".
    assert "alleen: Schoolgids, Ouderportaal" in lotte.cells["foto"]
    assert "GEEN FILM" in lotte.cells["film"] and "geweigerd" in lotte.cells["film"]
    assert everywhere in lotte.cells["geluid"]

    for name, reason in (
        ("Zeynep Çelik", "geweigerd"),
        ("Daan de Dekker", "ouders oneens"),
        ("Noor Émond", "geen formulier"),
        ("Finn Fransen", "verlopen"),
        ("Łukasz Łukaszewski", "geweigerd"),
    ):
        row = row_of(rows, name)
        for medium_name, label in (("foto", "FOTO"), ("film", "FILM"), ("geluid", "GELUID")):
            assert f"GEEN {label}" in row.cells[medium_name], (name, row.cells)
            assert reason in row.cells[medium_name], (name, row.cells)

    # A 16-year-old's own refusal counts; the guardians' yes keeps the rest allowed.
    sven = row_of(rows, "Sven Groot")
    assert "GEEN FOTO" in sven.cells["foto"] and "geweigerd" in sven.cells["foto"]
    assert everywhere in sven.cells["film"] and everywhere in sven.cells["geluid"]

    jan = row_of(rows, "Jan ten Hoeve")
    assert "GEEN GELUID" in jan.cells["geluid"]
    assert "GEEN FOTO" not in jan.cells["foto"]

    kubra = row_of(rows, "Kübra Şahin")
    assert everywhere in kubra.cells["foto"]
    assert summary.students == 10
    assert (summary.no_photo, summary.no_film, summary.no_audio) == (6, 6, 6)


def test_sections_pages_legend_date_and_sorting(store: Store, built: Built) -> None:
    data, summary = no_photo_pdf_bytes(store, SchoolSelection(SCHOOL), DAY, now=NOW)
    texts = pages_text(data)
    assert summary.pages == len(texts) == summary.sections == 3
    # Each class starts on a new page, in natural order; "4H" prints as "Klas 4H".
    for text, title in zip(texts, ("Klas 4H", "Groep 5", "Groep 6"), strict=True):
        assert title in text
    assert "Łukasz" not in texts[1] and "Łukasz" in texts[2]
    for number, text in enumerate(texts, start=1):
        assert f"pagina {number} van 3" in text
        assert "Geldig op dinsdag 24 november 2026" in text
        assert "Gemaakt op 24-11-2026 om 09:05" in text
        assert SCHOOL in text
        assert "Alleen een geldig ‘ja’ telt als toestemming" in text
        assert "GEEN FOTO GEEN FILM GEEN GELUID" in text  # the legend's labels
        assert "ouders oneens = ouders/verzorgers zijn het niet eens" in text
    assert "Lijst ‘geen foto’" in texts[0]
    assert "7 leerlingen · 4 × GEEN FOTO · 5 × GEEN FILM · 5 × GEEN GELUID" in texts[1]
    # Sorted by surname; the infix (van, de, ten) and accents (Ç, É) do not count.
    names = [row.name for row in printed_rows(data) if row.page == 1]
    assert names == [
        "Tim van Aalst",
        "Lotte Bakker",
        "Zeynep Çelik",
        "Daan de Dekker",
        "Noor Émond",
        "Finn Fransen",
        "Jan ten Hoeve",
    ]
    # Names with ş and ł are real text, in the DejaVu font.
    assert "Kübra Şahin" in texts[2] and "Łukasz Łukaszewski" in texts[2]
    document = pdfium.PdfDocument(data)
    fonts = {
        obj.get_font().get_base_name()
        for obj in document[2].get_objects()
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_TEXT
    }
    document.close()
    assert fonts and all("DejaVu" in font for font in fonts), fonts


def test_only_granted_counts_and_unknown_medium_is_not_allowed(store: Store, built) -> None:
    person = next(p for p in student_statuses_on(store, DAY) if p.id == built.ids["some"])
    verdicts = medium_verdicts(person)
    assert verdicts["foto"].allowed == ("schoolgids", "ouderportaal")
    assert not verdicts["foto"].everywhere and not verdicts["foto"].nowhere
    assert verdicts["film"].nowhere and verdicts["film"].reasons == ("refused",)
    assert verdicts["geluid"].everywhere
    # A medium the forms never asked about is not allowed.
    person.consent = {
        code: ConsentStatus.GRANTED for code in ALL_ITEM_CODES if "geluid" not in code
    }
    assert medium_verdicts(person)["geluid"].nowhere


def test_classes_students_and_errors(store: Store, built: Built) -> None:
    data, summary = no_photo_pdf_bytes(
        store, ClassesSelection(("groep 6", "GROEP 5"), SCHOOL), DAY, now=NOW
    )
    texts = pages_text(data)
    assert summary.sections == 2 and "Groep 5" in texts[0] and "Groep 6" in texts[-1]

    data, summary = no_photo_pdf_bytes(store, StudentsSelection(("0302", "0101")), DAY)
    rows = printed_rows(data)
    assert [row.name for row in rows] == ["Tim van Aalst", "Łukasz Łukaszewski"]
    assert "Leerlingen (selectie)" in pages_text(data)[0]

    cases = [
        (ClassesSelection(("Groep 5",)), "ambiguous_class"),  # at two schools
        (ClassesSelection(("Groep 9",), SCHOOL), "unknown_class"),
        (ClassesSelection(("Groep 5",), "Nergens"), "unknown_school"),
        (SchoolSelection("Nergens"), "unknown_school"),
        (SchoolSelection("OBS Het Anker"), "no_classes"),  # a class, but nobody in it
        (StudentsSelection(("9999",)), "unknown_student"),
        (StudentsSelection(()), "empty"),
    ]
    for selection, code in cases:
        with pytest.raises(SelectionError) as caught:
            no_photo_pdf_bytes(store, selection, DAY)
        assert caught.value.code == code, selection
    with pytest.raises(InputError):
        no_photo_pdf_bytes(store, GroupSelection(12345), DAY)


def test_trip_group_lists_members_and_notes_who_left(store: Store, records, built) -> None:
    ids = built.ids
    group = groups.create_group(
        store, "Kamp Ameland", date(2027, 6, 10), [ids["all"], ids["sahin"], ids["own"]]
    )
    store.update("students", ids["own"], {"left_date": "2027-01-31"})
    data, summary = no_photo_pdf_bytes(store, GroupSelection(group.id), date(2027, 6, 10))
    text = pages_text(data)[0]
    assert "Reisgroep Kamp Ameland (10-06-2027)" in text
    assert "Geldig op donderdag 10 juni 2027" in text
    names = [row.name for row in printed_rows(data)]
    assert names[:2] == ["Tim van Aalst", "Kübra Şahin"]
    assert len(names) == 3 and names[2].startswith("Niet op de lijst")  # the note
    assert "Sven Groot" in text and "Niet op de lijst op 10-06-2027" in text
    assert summary.not_on_list == 1 and summary.students == 2


def test_written_atomically_and_cancel_leaves_nothing(store: Store, built, tmp_path) -> None:
    target = tmp_path / "lijst.pdf"
    summary = no_photo_pdf(store, SchoolSelection(SCHOOL), DAY, target)
    assert summary.target == target and target.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*partial"))

    other = tmp_path / "afgebroken.pdf"
    with pytest.raises(Cancelled):
        no_photo_pdf(
            store, SchoolSelection(SCHOOL), DAY, other, Progress(is_cancelled=lambda: True)
        )
    assert not other.exists()
    with pytest.raises(InputError):
        no_photo_pdf(store, SchoolSelection(SCHOOL), DAY, tmp_path / "nope" / "x.pdf")


def test_demo_school_marks_exactly_those_without_any_granted_photo_item(tmp_path) -> None:
    with Store.create(tmp_path / "demo.sqlite", actor="test") as store:
        generate_demo(store, students=160, employees=4, seed=5, today=DAY)
        students = student_statuses_on(store, DAY)
        school = max(
            {p.school for p in students}, key=lambda s: sum(p.school == s for p in students)
        )
        data, summary = no_photo_pdf_bytes(store, SchoolSelection(school), DAY)
    at_school = [p for p in students if p.school == school]
    rows = printed_rows(data)
    assert len(rows) == len(at_school) == summary.students

    def no_photo_at_all(person) -> bool:
        return not any(
            status is ConsentStatus.GRANTED
            for code, status in person.consent.items()
            if code.startswith("foto_")
        )

    want = Counter((p.name, no_photo_at_all(p)) for p in at_school)
    got = Counter((row.name, "GEEN FOTO" in row.cells["foto"]) for row in rows)
    assert want == got
    assert 0 < summary.no_photo < len(at_school)
    assert summary.no_photo == sum(no_photo_at_all(p) for p in at_school)
