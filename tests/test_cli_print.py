"""``print no-photo`` and ``print worklists``: PDFs from the command line; user errors exit 2
with one line and write nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from korre_desktop.cli import main
from korre_desktop.cli_commands import command_modules
from korre_desktop.cli_commands.print import print_modules
from korre_desktop.services import groups
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.status import student_statuses_on
from korre_desktop.store import Store
from tests.engines import copy_database

DAY = date(2026, 11, 16)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _texts(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    # Made once through the service (not main(), which would log outside tmp_path here).
    path = tmp_path_factory.mktemp("print") / "korre.sqlite"
    with Store.create(path, actor="test") as store:
        generate_demo(store, students=120, employees=12, seed=3, today=DAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A copy per test, so trip groups made in one test stay there."""
    return copy_database(demo_file, tmp_path / "korre.sqlite", request)


@pytest.fixture
def facts(demo: Path) -> dict:
    with Store.open(demo, actor="test") as store:
        students = student_statuses_on(store, DAY)
    school = sorted({p.school for p in students})[0]
    at_school = [p for p in students if p.school == school]
    return {
        "school": school,
        "classes": sorted({p.class_name for p in at_school}),
        "student": at_school[0],
        "students": students,
    }


def test_print_modules_plug_in_under_print_only() -> None:
    names = {module.__name__.rsplit(".", 1)[1] for module in print_modules()}
    assert {"print_no_photo", "print_worklists"} <= names
    top_level = {module.__name__.rsplit(".", 1)[1] for module in command_modules()}
    assert "print" in top_level and not any(n.startswith("print_") for n in top_level)


def test_no_photo_for_a_class(capsys, demo: Path, facts, tmp_path: Path) -> None:
    out_file = tmp_path / "groep.pdf"
    klass = facts["classes"][0]
    code, out, err = _run(
        capsys,
        "--db", str(demo), "print", "no-photo", "--class", klass.upper(),
        "--school", facts["school"], "--date", DAY.isoformat(), "-o", str(out_file),
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"no-photo list for {DAY.isoformat()} written to {out_file}")
    texts = _texts(out_file)
    assert klass in texts[0] and "Geldig op maandag 16 november 2026" in texts[0]
    assert f"pagina 1 van {len(texts)}" in texts[0]


def test_no_photo_for_a_school_has_a_page_per_class(capsys, demo, facts, tmp_path) -> None:
    out_file = tmp_path / "school.pdf"
    code, _, err = _run(
        capsys, "--db", str(demo), "print", "no-photo", "--school", facts["school"],
        "--date", DAY.isoformat(), "-o", str(out_file),
    )  # fmt: skip
    assert code == 0, err
    texts = _texts(out_file)
    assert len(texts) >= len(facts["classes"])
    for klass in facts["classes"]:
        assert any(klass in text.splitlines()[2] for text in texts), klass


def test_no_photo_for_student_numbers_and_a_group(capsys, demo, facts, tmp_path) -> None:
    person = facts["student"]
    out_file = tmp_path / "leerling.pdf"
    code, _, err = _run(
        capsys, "--db", str(demo), "print", "no-photo", "--students", f" {person.number} ",
        "--school", person.school, "--date", DAY.isoformat(), "-o", str(out_file),
    )  # fmt: skip
    assert code == 0, err
    assert person.name in _texts(out_file)[0]

    with Store.open(demo, actor="test") as store:
        groups.create_group(store, "Kamp", date(2027, 6, 10), [person.id])
        groups.create_group(store, "Kamp", date(2026, 12, 1), [person.id])
    group_file = tmp_path / "kamp.pdf"
    code, _, err = _run(
        capsys, "--db", str(demo), "print", "no-photo", "--group", "kamp",
        "--group-date", "2026-12-01", "-o", str(group_file),
    )  # fmt: skip
    assert code == 0, err
    text = _texts(group_file)[0]
    # Valid on the trip date unless --date says otherwise.
    assert "Reisgroep Kamp (01-12-2026)" in text and "Geldig op dinsdag 1 december 2026" in text
    assert person.name in text


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--class", "Groep 99", "--school", "{school}"], "no class 'Groep 99'"),
        (["--class", "Groep 1"], "is at several schools"),
        (["--school", "Nergensschool"], "unknown school: 'Nergensschool'"),
        (["--group", "Bestaat niet"], "no trip group named 'Bestaat niet'"),
        (["--students", "99999999"], "no student number 99999999"),
        ([], "choose --class, --school, --students or --group"),
        (["--group", "x", "--school", "{school}"], "--school cannot be combined with --group"),
        (["--class", "a", "--students", "1"], "choose only one of"),
        (["--school", "{school}", "--group-date", "2027-01-01"], "--group-date belongs to"),
        (["--school", "{school}", "--date", "16-11-2026"], "not a date"),
    ],
)
def test_bad_no_photo_input_exits_2_with_one_line(
    capsys, demo, facts, tmp_path, args, fragment
) -> None:
    out_file = tmp_path / "lijst.pdf"
    args = [a.replace("{school}", facts["school"]) for a in args]
    code, out, err = _run(
        capsys, "--db", str(demo), "print", "no-photo", *args, "-o", str(out_file)
    )
    assert code == 2 and out == ""
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1 and err.startswith("korre-desktop: error: ")
    assert fragment in err
    assert not out_file.exists() and list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize(
    ("output", "fragment"),
    [("lijst.txt", "must end in .pdf"), ("geen/map/lijst.pdf", "folder does not exist")],
)
def test_bad_output_paths(capsys, demo, facts, tmp_path, output, fragment) -> None:
    code, _, err = _run(
        capsys, "--db", str(demo), "print", "no-photo", "--school", facts["school"],
        "-o", str(tmp_path / output),
    )  # fmt: skip
    assert code == 2 and fragment in err and len(err.splitlines()) == 1
    code, _, err = _run(capsys, "--db", str(demo), "print", "worklists", "-o", str(demo))
    assert code == 2 and "must not be the database" in err
    code, _, err = _run(capsys, "--db", str(demo), "print")
    assert code == 2 and len(err.splitlines()) == 1


def test_worklists(capsys, demo, facts, tmp_path) -> None:
    everyone = tmp_path / "werklijsten.pdf"
    code, out, err = _run(
        capsys, "--db", str(demo), "print", "worklists", "--date", DAY.isoformat(),
        "-o", str(everyone),
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("worklists for 2026-11-16")
    texts = _texts(everyone)
    joined = "\n".join(texts)
    for title in (
        "Personeel: protocol niet of te laat getekend",
        "16 geworden: de leerling zelf om toestemming vragen",
        "Ouders/verzorgers zijn het oneens (conflict)",
        "Geen enkel toestemmingsformulier",
    ):
        assert title in joined
    assert "Stand op maandag 16 november 2026" in texts[0] and "Alle scholen" in texts[0]
    assert "personeel" in joined  # staff rows say so in the class column

    klass = tmp_path / "klas.pdf"
    code, _, err = _run(
        capsys, "--db", str(demo), "print", "worklists", "--school", facts["school"],
        "--class", facts["classes"][0], "--date", DAY.isoformat(), "-o", str(klass),
    )  # fmt: skip
    assert code == 0, err
    text = "\n".join(_texts(klass))
    assert facts["school"] in text and f"klas {facts['classes'][0]}" in text
    assert "personeel" not in text  # staff have no class: not on a class's worklists

    missing = tmp_path / "niets.pdf"
    code, _, err = _run(
        capsys, "--db", str(demo), "print", "worklists", "--class", "Groep 99", "-o", str(missing)
    )
    assert code == 2 and "no class 'Groep 99'" in err and not missing.exists()
