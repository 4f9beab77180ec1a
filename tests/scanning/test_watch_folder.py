"""The watched folder: a file is read once it stopped growing, then moved out of the way."""

import os

from korre_desktop.services.scanning.watch import DONE_FOLDER, FAILED_FOLDER, FolderWatch


def test_a_file_is_ready_only_when_it_is_unchanged_between_two_looks(tmp_path):
    watch = FolderWatch(tmp_path)
    scan = tmp_path / "scan001.pdf"
    scan.write_bytes(b"%PDF-1.7 part")
    assert watch.ready_files() == []  # first sight
    with scan.open("ab") as handle:  # the copier is still writing
        handle.write(b" more")
    assert watch.ready_files() == []
    assert watch.ready_files() == [scan]
    assert watch.ready_files() == []  # handed out once


def test_temporary_hidden_and_empty_files_and_folders_are_ignored(tmp_path):
    for name in (".scan.pdf", "~$lock.pdf", "scan.pdf.part", "scan.tmp"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    watch = FolderWatch(tmp_path)
    watch.ready_files()
    assert watch.ready_files() == []
    assert watch.all_files() == []


def test_read_files_move_aside_without_overwriting_earlier_ones(tmp_path):
    tmp_path = tmp_path / "scans"
    tmp_path.mkdir()
    watch = FolderWatch(tmp_path)
    first = tmp_path / "scan.pdf"
    first.write_bytes(b"one")
    moved = watch.put_away(first, read=True)
    assert moved == tmp_path / DONE_FOLDER / "scan.pdf" and moved.read_bytes() == b"one"
    second = tmp_path / "scan.pdf"
    second.write_bytes(b"two")
    moved_again = watch.put_away(second, read=True)
    assert moved_again == tmp_path / DONE_FOLDER / "scan-1.pdf"
    assert (tmp_path / DONE_FOLDER / "scan.pdf").read_bytes() == b"one"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"junk")
    assert watch.put_away(broken, read=False).parent.name == FAILED_FOLDER
    assert sorted(os.listdir(tmp_path)) == [DONE_FOLDER, FAILED_FOLDER]
