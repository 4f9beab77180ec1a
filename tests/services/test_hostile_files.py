"""Files that are not what a reader expects: refused before reading, with a clear error,
never a hang or an internal error."""

import zipfile
from pathlib import Path

import pytest

from korre_desktop.services import importing as imp
from korre_desktop.services.files import NotARegularFileError, regular_file_or_error
from korre_desktop.services.importing.reading import read_file_bytes
from korre_desktop.services.scanning.reading.sources import (
    ScanSourceError,
    iter_pages,
    page_count,
)
from tests.fifo import make_fifo, needs_fifo, outcome
from tests.services.importing.bad_files import good_xlsx


def test_a_regular_file_passes_and_a_link_to_one_too(tmp_path: Path) -> None:
    file = tmp_path / "leerlingen.csv"
    file.write_text("a;b\n1;2\n")
    link = tmp_path / "link.csv"
    link.symlink_to(file)
    assert regular_file_or_error(file).st_size == 8
    assert regular_file_or_error(link).st_size == 8


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda folder: folder / "nowhere.csv", "missing"),
        (lambda folder: folder, "folder"),
        (lambda folder: Path("/dev/null"), "special"),
        pytest.param(lambda folder: make_fifo(folder / "pipe.csv"), "special", marks=needs_fifo),
    ],
    ids=["missing", "folder", "device", "fifo"],
)
def test_anything_but_a_regular_file_is_refused(tmp_path: Path, make, reason: str) -> None:
    with pytest.raises(NotARegularFileError) as caught:
        regular_file_or_error(make(tmp_path))
    assert caught.value.reason == reason


@needs_fifo
def test_an_import_of_a_fifo_is_refused_not_waited_for(tmp_path: Path) -> None:
    fifo = make_fifo(tmp_path / "leerlingen.csv")
    refused = outcome(lambda: read_file_bytes(fifo), fifo)
    assert isinstance(refused, imp.ImportFileError)
    assert refused.code == "unreadable"
    assert "not a file but a device, pipe or socket" in str(refused)


def test_an_import_of_a_device_or_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(imp.ImportFileError) as caught:
        read_file_bytes(Path("/dev/zero"))  # would never end
    assert caught.value.code == "unreadable"
    with pytest.raises(imp.ImportFileError) as caught:
        read_file_bytes(tmp_path)
    assert caught.value.code == "not_a_file"


def _damaged_deflate(source: Path, target: Path, part: str) -> Path:
    """The workbook with the packed bytes of ``part`` made undecodable for zlib (an
    invalid block type), its sizes and checksum untouched."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(part)
    header = info.header_offset
    name_length = int.from_bytes(data[header + 26 : header + 28], "little")
    extra_length = int.from_bytes(data[header + 28 : header + 30], "little")
    data[header + 30 + name_length + extra_length] = 0xFF
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize(
    "part",
    ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"],
)
def test_a_damaged_part_inside_an_xlsx_is_damaged_not_an_internal_error(
    tmp_path: Path, part: str
) -> None:
    source = good_xlsx(tmp_path)
    with zipfile.ZipFile(source) as archive:
        assert part in archive.namelist()
    path = _damaged_deflate(source, tmp_path / "kapot.xlsx", part)
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(path)
    assert caught.value.code == "damaged"
    assert "the workbook is damaged" in str(caught.value) or "cannot be read" in str(caught.value)


@needs_fifo
@pytest.mark.parametrize("reader", [page_count, lambda path: list(iter_pages(path))])
def test_a_scan_of_a_fifo_is_refused_not_waited_for(tmp_path: Path, reader) -> None:
    fifo = make_fifo(tmp_path / "scan.pdf")
    refused = outcome(lambda: reader(fifo), fifo)
    assert isinstance(refused, ScanSourceError)
    assert refused.reason == "not_supported"


def test_a_scan_of_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ScanSourceError) as caught:
        page_count(tmp_path)
    assert caught.value.reason == "not_supported"
    assert "is a folder, not a file" in str(caught.value)
