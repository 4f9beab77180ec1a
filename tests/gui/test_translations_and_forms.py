"""Dutch is complete and compiled; Designer forms are compiled from the current .ui files."""

import shutil
import sys
from pathlib import Path
from xml.etree import ElementTree

import defusedxml.ElementTree as SafeET
import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import compile_forms  # noqa: E402
import translations  # noqa: E402


def untranslated(ts: Path) -> list[str]:
    tree = SafeET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            if translation is None or kind == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def test_every_source_string_has_a_dutch_translation(tmp_path):
    """lupdate over the current sources: a new tr() string shows up as unfinished here."""
    ts = tmp_path / "korre_nl.ts"
    shutil.copy(translations.TS, ts)
    translations.update_ts(ts)
    assert untranslated(ts) == []
    # The committed file already holds every current string.
    assert sorted(_sources(ts)) == sorted(_sources(translations.TS))


def _sources(ts: Path) -> list[tuple[str, str]]:
    tree = ElementTree.parse(ts)
    return [
        (c.findtext("name"), m.findtext("source"))
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
        if (m.find("translation").get("type") or "") not in ("obsolete", "vanished")
    ]


def test_untranslated_checker_catches_a_missing_translation(tmp_path):
    ts = tmp_path / "broken.ts"
    text = translations.TS.read_text(encoding="utf-8")
    text = text.replace(
        "<translation>Personeel</translation>", '<translation type="unfinished"></translation>', 1
    )
    ts.write_text(text, encoding="utf-8")
    assert untranslated(ts) == ["EmployeesTab: Staff"]


def test_compiled_translation_is_up_to_date(tmp_path):
    qm = tmp_path / "korre_nl.qm"
    translations.release(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), "run `make translations`"


def test_translation_is_loaded_by_default(dutch):
    assert QCoreApplication.translate("Status", "granted") == "toegestaan"
    assert QCoreApplication.translate("EmployeesTab", "Staff") == "Personeel"


@pytest.mark.parametrize("ui", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_forms_are_up_to_date(ui, tmp_path):
    fresh = tmp_path / compile_forms.compiled_name(ui)
    compile_forms.compile_form(ui, fresh)
    committed = compile_forms.FORMS / compile_forms.compiled_name(ui)
    assert _without_version(committed) == _without_version(fresh), "run `make forms`"


def _without_version(path: Path) -> list[str]:
    # uic stamps its own version into a comment; a patch release of Qt changes only that.
    return [line for line in path.read_text().splitlines() if "Compiler version" not in line]
