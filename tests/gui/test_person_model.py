"""The table model: Qt's model contract, search as you type, sorting."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.gui.person_model import PERSON_ROLE, Column, PersonTableModel, fold
from korre_desktop.services.status import PersonStatus


def person(
    pid: int, roepnaam: str, tussenvoegsel: str, achternaam: str, number: str
) -> PersonStatus:
    return PersonStatus(
        kind="student",
        id=pid,
        number=number,
        roepnaam=roepnaam,
        tussenvoegsel=tussenvoegsel,
        achternaam=achternaam,
        school="OBS De Linde",
        class_name="Groep 5",
        birth_date=date(2016, 1, pid % 28 + 1),
        start_date=None,
        end_date=None,
        function="",
        employment_type="",
        protocol=ProtocolStatus.SIGNED if pid % 2 else ProtocolStatus.UNSIGNED,
        protocol_version="2026",
        consent={"foto_website": ConsentStatus.GRANTED},
        ask_student=False,
        active=True,
    )


PEOPLE = [
    person(1, "Zoë", "van der", "Meer", "004512"),
    person(2, "Sem", "", "Jansen", "4513"),
    person(3, "Anna", "de", "Vries", "1001"),
    person(4, "Jan", "van den", "Berg", "1002"),
    person(5, "Öykü", "", "Öztürk", "1003"),
]
COLUMNS = [
    Column("Number", lambda p: p.number),
    Column("Name", lambda p: p.name, sort_key=lambda p: p.sort_key),
    Column("Protocol", lambda p: p.protocol.value, colour=lambda p: None),
]


def names(model: PersonTableModel) -> list[str]:
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester):
    model = PersonTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    qtmodeltester.check(model, force_py=True)
    model.set_search_text("van")
    qtmodeltester.check(model, force_py=True)


def test_rows_start_sorted_by_surname():
    model = PersonTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    assert names(model) == [
        "Jan van den Berg",
        "Sem Jansen",
        "Zoë van der Meer",
        "Öykü Öztürk",
        "Anna de Vries",
    ]


def test_search_ignores_case_and_accents_and_matches_every_word():
    model = PersonTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    model.set_search_text("zoe")
    assert names(model) == ["Zoë van der Meer"]
    model.set_search_text("ozturk")
    assert names(model) == ["Öykü Öztürk"]
    model.set_search_text("jan berg")
    assert names(model) == ["Jan van den Berg"]
    model.set_search_text("0045")  # a number with its leading zeros
    assert names(model) == ["Zoë van der Meer"]
    model.set_search_text("")
    assert model.rowCount() == len(PEOPLE)


def test_sorting_by_a_column_and_back():
    model = PersonTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    numbers = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
    assert model.data(model.index(0, 0), PERSON_ROLE).number == numbers[0]


def test_predicate_and_text_combine():
    model = PersonTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    model.set_filter("a", lambda p: p.protocol is ProtocolStatus.SIGNED)
    assert all(model.data(model.index(r, 2)) == "signed" for r in range(model.rowCount()))
    assert "Sem Jansen" not in names(model)  # id 2: unsigned


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from("aeijnrs ö"), min_size=0, max_size=6))
def test_typing_letter_by_letter_gives_the_same_rows_as_typing_at_once(letters):
    text = "".join(letters)
    typed = PersonTableModel(COLUMNS)
    typed.set_rows(PEOPLE)
    for end in range(len(text) + 1):
        typed.set_search_text(text[:end])
    direct = PersonTableModel(COLUMNS)
    direct.set_rows(PEOPLE)
    direct.set_filter(text)
    assert names(typed) == names(direct)
    expected = [
        p for p in PEOPLE if all(w in fold(f"{p.number} {p.name}") for w in fold(text).split())
    ]
    assert sorted(names(typed)) == sorted(p.name for p in expected)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from("aeijnrs ö"), st.just("\b")), max_size=12))
def test_typing_and_deleting_gives_the_same_rows_as_typing_at_once(keys):
    """Backspace goes back to rows found before (remembered): the same as searching anew."""
    typed = PersonTableModel(COLUMNS)
    typed.set_rows(PEOPLE)
    text = ""
    for key in keys:
        text = text[:-1] if key == "\b" else text + key
        typed.set_search_text(text)
        direct = PersonTableModel(COLUMNS)
        direct.set_rows(PEOPLE)
        direct.set_filter(text)
        assert names(typed) == names(direct), repr(text)


def test_rows_remembered_for_a_search_are_forgotten_when_the_rows_or_filters_change():
    model = PersonTableModel(COLUMNS)
    model.set_rows(PEOPLE[:2])
    model.set_search_text("j")
    model.set_search_text("ja")
    model.set_rows(PEOPLE)  # read again: Jan van den Berg is new
    model.set_search_text("j")
    assert sorted(names(model)) == ["Jan van den Berg", "Sem Jansen"]
    model.set_filter("j", lambda p: p.protocol is ProtocolStatus.SIGNED)
    model.set_search_text("ja")
    model.set_search_text("j")
    assert names(model) == []  # ids 2 and 4: unsigned
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search_text("")
    numbers = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert numbers == ["1003", "1001", "004512"]  # the signed ones, by number downwards
