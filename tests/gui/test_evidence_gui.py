"""Evidence in the dialogs: a phone photo straightened and stored, bad files refused in Dutch,
drag and drop, paste, and viewing the scan from the detail pane."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage, QTextDocument
from reportlab.lib.pdfencrypt import StandardEncryption

from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
from tests.engines import file_of
from tests.gui.conftest import open_window
from tests.services.evidence.photos import Distortion, make_photo, render_form_page
from tests.services.evidence.samples import png_claiming, reportlab_pdf


@pytest.fixture
def office(qtbot, settings, dutch, records, store):
    school = records.school("OBS De Linde")
    student = records.student(school, roepnaam="Sem", achternaam="Visser")
    records.enrol(student, records.klass(school, 2026, "Groep 4"))
    records.guardian(student, name="Ilse")
    store.close()
    window = open_window(qtbot, file_of(store), settings)
    yield window
    window.close()
    window.context.jobs.wait()


@pytest.fixture
def phone_photo(tmp_path) -> Path:
    photo, _corners = make_photo(render_form_page(), Distortion("desk", rotation=6, tilt=0.08))
    path = tmp_path / "IMG_2041.jpg"
    photo.convert("RGB").save(path, "JPEG", quality=88)
    return path


def wait_evidence(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.prepared() is not None, timeout=20_000)


def fill_form(qtbot, dialog):
    ui = dialog.ui
    qtbot.keyClicks(ui.person.search, "visser")
    qtbot.keyClick(ui.person.search, Qt.Key.Key_Return)
    ui.grid.setFocus()
    qtbot.keyClick(
        ui.grid,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_photo_is_straightened_and_stored_with_its_original(qtbot, office, phone_photo):
    dialog = office.enter_consent()
    fill_form(qtbot, dialog)
    dialog.ui.evidence.load_file(phone_photo)
    wait_evidence(qtbot, dialog.ui.evidence)
    assert dialog.ui.evidence.prepared().operation["straightened"] is True
    assert "rechtgezet" in dialog.ui.evidence.info.text()
    dialog.save()
    store = office.context.store
    row = store.rows("SELECT evidence_sha256 FROM consent_statements")[0]
    derived = row["evidence_sha256"]
    assert derived and store.blob_mime(derived) == "image/jpeg"
    original = store.original_of(derived)
    assert store.blob(original) == phone_photo.read_bytes()
    assert dialog.ui.evidence.prepared() is None  # cleared for the next form
    # The detail pane links to the scan, and the viewer opens it.
    tab = office.students_tab
    office.ui.tabs.setCurrentIndex(1)
    office.reload_all()
    qtbot.waitUntil(lambda: tab._loaded and not tab.is_loading(), timeout=20_000)
    tab.ui.table.selectRow(0)
    assert f"evidence:{derived}" in tab.ui.detail.toHtml()
    thumbnail = tab.ui.detail.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"thumb:{derived}")
    )
    assert thumbnail is not None and thumbnail.width() == 300
    viewer = tab.show_evidence(derived)
    assert isinstance(viewer, DocumentViewer)
    # Opening the scan is in the access log, with the person and which file.
    from korre_desktop.services import access_log

    person = tab.selected_person()
    opened = [e for e in access_log.entries(store) if e.what == access_log.EVIDENCE]
    assert [(e.person_refs, e.scope) for e in opened] == [
        ((f"{person.kind}:{person.id}",), derived)
    ]
    qtbot.waitUntil(lambda: not viewer._pixmap.isNull(), timeout=20_000)
    before = viewer.image.pixmap().width()
    viewer.zoom_in.click()
    assert viewer.image.pixmap().width() > before


@pytest.mark.parametrize(
    ("name", "content", "dutch"),
    [
        ("scan.png", b"this is just text, not an image", "niet wat de naam zegt"),
        ("bom.png", png_claiming(20_000, 12_000), "te veel pixels"),
        ("half.jpg", None, "beschadigd of onvolledig"),
    ],
)
def test_bad_files_are_refused_in_dutch_and_keep_what_was_typed(
    qtbot, office, phone_photo, tmp_path, name, content, dutch
):
    dialog = office.enter_consent()
    fill_form(qtbot, dialog)
    dialog.ui.note.setText("nagestuurd")
    panel = dialog.ui.evidence
    panel.load_file(phone_photo)
    wait_evidence(qtbot, panel)
    good = panel.prepared()
    bad = tmp_path / name
    bad.write_bytes(content if content is not None else phone_photo.read_bytes()[:4000])
    panel.load_file(bad)
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=20_000)
    assert dutch in panel.info.text()
    if content is not None:
        assert panel.prepared() is good  # refused before anything changed
    assert dialog.ui.note.text() == "nagestuurd" and dialog.ui.person.person() is not None
    assert office.context.store.rows("SELECT count(*) AS n FROM blobs")[0]["n"] == 0


def test_drop_and_paste(qtbot, office, phone_photo):
    dialog = office.enter_consent()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(phone_photo))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(drop)
    wait_evidence(qtbot, dialog.ui.evidence)
    assert dialog.ui.evidence.prepared().source.name == "IMG_2041.jpg"
    dialog.ui.evidence.clear()
    QGuiApplication.clipboard().setImage(QImage(str(phone_photo)))
    dialog.ui.grid.setFocus()
    qtbot.keyClick(dialog.ui.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_evidence(qtbot, dialog.ui.evidence)
    assert dialog.ui.evidence.prepared().source.mime_type == "image/png"


def test_rotate_and_crop_before_saving(qtbot, office, phone_photo):
    dialog = office.enter_consent()
    panel = dialog.ui.evidence
    panel.load_file(phone_photo)
    wait_evidence(qtbot, panel)
    width, height = panel.prepared().image.size
    panel.rotate.click()
    qtbot.waitUntil(lambda: panel.prepared().operation.get("quarter_turns") == 1, timeout=20_000)
    assert panel.prepared().image.size == (height, width)
    panel._crop_chosen((0.0, 0.0, 0.5, 0.5))
    qtbot.waitUntil(lambda: panel.prepared().operation.get("crop") is not None, timeout=20_000)
    assert panel.prepared().image.size[0] == pytest.approx(height / 2, abs=2)


def test_protocol_version_loaded_and_viewed(qtbot, office, tmp_path):
    dialog = office.protocol_versions()
    ui = dialog.ui
    encrypted = tmp_path / "beveiligd.pdf"
    encrypted.write_bytes(reportlab_pdf(1, StandardEncryption("geheim", canPrint=0)))
    assert not dialog.use_file(encrypted)
    assert "wachtwoord" in ui.message.text()
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(reportlab_pdf(1)[:300])
    assert not dialog.use_file(broken)
    assert "beschadigd" in ui.message.text()
    good = tmp_path / "protocol.pdf"
    good.write_bytes(reportlab_pdf(2))
    assert dialog.use_file(good)
    ui.label.setText("2027")
    ui.effectiveDate.setText("01-08-2027")
    ui.audience.setCurrentIndex(ui.audience.findData("students"))
    version_id = dialog.add_version()
    store = office.context.store
    row = store.rows("SELECT * FROM protocol_versions WHERE id = ?", [version_id])[0]
    assert row["audience"] == "students" and row["effective_date"] == "2027-08-01"
    assert store.blob(row["document_sha256"]) == good.read_bytes()
    assert ui.versions.count() == 1
    ui.versions.setCurrentRow(0)
    viewer = dialog.view_selected()
    qtbot.waitUntil(lambda: not viewer._pixmap.isNull(), timeout=20_000)
    assert viewer.page.maximum() == 2
    # The same label again for the same group is refused.
    assert dialog.use_file(good)
    ui.label.setText("2027")
    ui.effectiveDate.setText("01-08-2027")
    ui.audience.setCurrentIndex(ui.audience.findData("students"))
    assert dialog.add_version() is None
    assert "bestaat al" in ui.message.text()


def test_a_missing_file_is_reported_not_raised(qtbot, office, tmp_path):
    dialog = office.enter_consent()
    dialog.ui.evidence.load_file(tmp_path / "weg.jpg")
    assert dialog.ui.evidence.info.text()  # a message, no exception
    assert dialog.ui.evidence.prepared() is None
