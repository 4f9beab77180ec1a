"""The bad-input corpus: every file gives a clear error (with its row where there is one)
and the database stays exactly as it was, compared table by table."""

from __future__ import annotations

from pathlib import Path

import pytest

from korre_desktop.services import importing as imp
from korre_desktop.services.importing import reading
from tests.services.importing import bad_files
from tests.services.importing.conftest import (
    STUDENT_HEADERS,
    STUDENT_ROWS,
    TODAY,
    YEAR,
    dump,
    write_csv,
)


def attempt(store, path: Path, kind: str = "students") -> None:
    """Read, plan and apply as the CLI and the wizard do."""
    table = imp.read_table(path, kind)
    plan = imp.plan_import(store, kind, table, school="OBS De Linde", year=YEAR, today=TODAY)
    imp.apply_import(store, plan)


FILE_ERRORS = [
    # maker, code, row
    (bad_files.undecodable, "encoding", 3),
    (bad_files.mixed_delimiters, "row_width", 3),
    (bad_files.empty_file, "empty", None),
    (bad_files.empty_xlsx, "empty", None),
    (bad_files.header_only, "header_only", 1),
    (bad_files.value_in_last_row, "far_value", 1_048_576),
    (bad_files.formula_without_result, "formula", 3),
    (bad_files.error_value, "error_value", 3),
    (bad_files.zip_bomb_declared, "zip_bomb", None),
    (bad_files.zip_bomb_ratio, "zip_bomb", None),
]


@pytest.mark.parametrize(
    ("maker", "code", "row"), FILE_ERRORS, ids=lambda v: getattr(v, "__name__", None)
)
def test_a_bad_file_is_refused_and_changes_nothing(store, school, tmp_path, maker, code, row):
    path = maker(tmp_path)
    before = dump(store)
    with pytest.raises(imp.ImportFileError) as caught:
        attempt(store, path)
    assert caught.value.code == code
    assert caught.value.row == row
    if row is not None:
        assert str(caught.value).startswith(f"row {row}: ")
    assert dump(store) == before


def test_a_file_locked_by_another_program(store, school, students_csv, monkeypatch):
    real_open = reading.open_regular_file

    def locked(path):
        if Path(path) == students_csv:
            raise PermissionError(13, "The process cannot access the file", str(path))
        return real_open(path)

    monkeypatch.setattr(reading, "open_regular_file", locked)
    before = dump(store)
    with pytest.raises(imp.ImportFileError) as caught:
        attempt(store, students_csv)
    assert caught.value.code == "locked"
    assert "open in another program" in str(caught.value)
    assert dump(store) == before


def _rows_with(change) -> list[list[str]]:
    rows = [list(row) for row in STUDENT_ROWS]
    change(rows)
    return [STUDENT_HEADERS, *rows]


@pytest.mark.parametrize(
    ("change", "code", "rows"),
    [
        (lambda rows: rows[2].__setitem__(0, "004512"), "duplicate_number", {2, 4}),
        (lambda rows: rows[1].__setitem__(4, "31-02-2018"), "date_invalid", {3}),
        (lambda rows: rows[1].__setitem__(4, "gisteren"), "date_format", {3}),
        (lambda rows: rows[1].__setitem__(4, "01-01-2030"), "date_in_future", {3}),
        (lambda rows: rows[0].__setitem__(1, "") or rows[0].__setitem__(3, ""), "required", {2}),
    ],
    ids=["same-number-twice", "impossible-date", "not-a-date", "future-birth", "no-name"],
)
def test_rows_with_errors_block_the_import(store, school, tmp_path, change, code, rows):
    path = write_csv(tmp_path / "errors.csv", _rows_with(change))
    table = imp.read_table(path)
    plan = imp.plan_import(store, "students", table, school=school, year=YEAR, today=TODAY)
    assert {p.row for p in plan.errors} == rows
    assert {p.code for p in plan.errors} == {code}
    before = dump(store)
    with pytest.raises(imp.ImportBlockedError) as caught:
        imp.apply_import(store, plan)
    assert "nothing was imported" in str(caught.value)
    assert dump(store) == before


def test_skip_errors_imports_the_other_rows(store, school, tmp_path):
    path = write_csv(
        tmp_path / "errors.csv", _rows_with(lambda r: r[1].__setitem__(4, "31-02-2018"))
    )
    plan = imp.plan_import(
        store, "students", imp.read_table(path), school=school, year=YEAR, today=TODAY
    )
    imp.apply_import(store, plan, skip_errors=True)
    numbers = {row["student_number"] for row in store.rows("SELECT student_number FROM students")}
    assert numbers == {"004512", "004514"}
