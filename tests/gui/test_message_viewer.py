"""The e-mail viewer: who, when, what and the attachments, in Dutch, read-only; saving the
original; a damaged e-mail told in Dutch; stored documents opened in the viewer that fits."""

from __future__ import annotations

import re
from datetime import UTC, date

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPlainTextEdit, QTextBrowser

from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
from korre_desktop.gui.dialogs.message_viewer import MessageViewer, shown_time
from korre_desktop.gui.stored_document import show_stored_document
from korre_desktop.services.mail import EML_MIME, MSG_MIME
from korre_desktop.store import Store
from tests.gui.conftest import make_context
from tests.gui.test_window_sizes import within_screen
from tests.mail_samples import (
    BODY,
    CET,
    SENT,
    SUBJECT,
    dutch_eml,
    dutch_msg,
    html_eml,
    word_document,
)
from tests.services.evidence import samples

TODAY = date(2026, 3, 10)


@pytest.fixture
def context(store, settings, qapp):
    made = make_context(store, settings, TODAY)
    yield made
    made.jobs.wait()


def open_viewer(qtbot, context, data: bytes, name: str) -> MessageViewer:
    viewer = MessageViewer(context, data, name)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def test_the_time_reads_as_dd_mm_yyyy_hh_mm_on_the_local_clock():
    assert shown_time(SENT, CET) == "09-03-2026 14:45"
    assert shown_time(SENT, UTC) == "09-03-2026 13:45"
    assert shown_time(None) == ""
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", shown_time(SENT))


@pytest.mark.parametrize(("data", "name"), [(dutch_eml(), "klacht.eml"), (dutch_msg(), "k.msg")])
def test_an_e_mail_shows_with_its_dutch_letters(qtbot, context, dutch, data, name):
    viewer = open_viewer(qtbot, context, data, name)
    ui = viewer.ui
    assert ui.subject.text() == SUBJECT
    assert viewer.windowTitle() == f"E-mail: {SUBJECT}"
    assert ui.sender.text() == "Zoë Ëlsinga <zoe.elsinga@dekorre.example>"
    assert ui.recipients.text().startswith("Joëlle de Wit <joelle.dewit@dekorre.example>")
    assert ui.cc.text() == "Anaïs Brouwer <anais.brouwer@dekorre.example>"
    assert ui.sentOn.text() == shown_time(SENT)
    assert ui.body.toPlainText() == BODY.rstrip("\n")
    assert ui.body.isReadOnly() and ui.sender.isReadOnly()
    [attachment] = [ui.attachments.item(row).text() for row in range(ui.attachments.count())]
    assert attachment.startswith("brief van Zoë.pdf") and "kB" in attachment
    labels = [ui.senderLabel, ui.recipientsLabel, ui.ccLabel, ui.sentOnLabel, ui.subjectLabel]
    assert [label.text() for label in labels] == [
        "&Van:",
        "&Aan:",
        "&CC:",
        "&Datum:",
        "&Onderwerp:",
    ]
    assert ui.saveAs.text() == "Op&slaan als…"
    assert not ui.problem.isVisible() and not ui.truncatedNote.isVisible()


def test_the_english_window_speaks_english(qtbot, context, english):
    viewer = open_viewer(qtbot, context, dutch_eml(), "klacht.eml")
    assert viewer.ui.senderLabel.text() == "&From:"
    assert viewer.ui.saveAs.text() == "Sa&ve as…"


def test_links_are_text_and_nothing_is_loaded(qtbot, context, dutch):
    viewer = open_viewer(qtbot, context, html_eml(), "nieuwsbrief.eml")
    text = viewer.ui.body.toPlainText()
    assert "protocol <https://dekorre.example/protocol>" in text
    assert "tracker" not in text and "kwaad" not in text
    assert isinstance(viewer.ui.body, QPlainTextEdit)  # no anchors, no images, no scripts
    assert viewer.findChildren(QTextBrowser) == []
    assert viewer.ui.sender.text() == "nieuwsbrief@dekorre.example"
    assert viewer.ui.attachments.item(0).text() == "(geen)"


@pytest.mark.parametrize(("data", "name"), [(dutch_eml(), "klacht.eml"), (dutch_msg(), "k.msg")])
def test_saving_writes_the_exact_original(qtbot, context, dutch, tmp_path, data, name):
    viewer = open_viewer(qtbot, context, data, name)
    target = viewer.save_to(tmp_path / name)
    assert target.read_bytes() == data
    assert viewer.ui.saved.text() == f"Opgeslagen als {target}"


def test_save_as_asks_where_adds_the_extension_and_remembers_the_folder(
    qtbot, context, dutch, tmp_path, monkeypatch
):
    folder = tmp_path / "bewijs"
    folder.mkdir()
    asked = {}

    def choose(parent, title, proposal, filters):
        asked.update(title=title, proposal=proposal, filters=filters)
        return str(folder / "klacht van Zoë"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    data = dutch_msg()
    viewer = open_viewer(qtbot, context, data, "")
    saved = viewer.save_as()
    assert saved == folder / "klacht van Zoë.msg"
    assert saved.read_bytes() == data
    assert asked["title"] == "E-mail opslaan als"
    assert asked["proposal"].endswith("e-mail.msg")
    assert "*.msg" in asked["filters"]
    assert context.settings.value("folders/evidence") == str(folder)


def test_a_failed_save_is_told_in_dutch(qtbot, context, dutch, tmp_path):
    viewer = open_viewer(qtbot, context, dutch_eml(), "klacht.eml")
    assert viewer.save_to(tmp_path / "bestaat-niet" / "klacht.eml") is None
    assert viewer.ui.saved.text().startswith("Niet opgeslagen:")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (dutch_msg()[:3000], "beschadigd of onvolledig"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 700, "beschadigd of onvolledig"),
        (word_document(), "geen e-mail"),
        (b"Gewoon een tekstbestand.\n", "geen e-mail"),
    ],
    ids=["cut-short", "ole-zeros", "word-document", "text"],
)
def test_a_damaged_e_mail_is_told_in_dutch_and_can_still_be_saved(
    qtbot, context, dutch, tmp_path, data, words
):
    viewer = open_viewer(qtbot, context, data, "kapot.msg")
    assert viewer.ui.problem.isVisible()
    assert words in viewer.ui.problem.text()
    assert viewer.ui.subject.text() == "" and viewer.ui.body.toPlainText() == ""
    assert viewer.windowTitle() == "E-mail: kapot.msg"
    assert viewer.save_to(tmp_path / "kapot.msg").read_bytes() == data


def test_a_too_large_e_mail_is_told_in_dutch_with_the_sizes(qtbot, context, dutch, monkeypatch):
    from korre_desktop.services.mail import limits

    monkeypatch.setattr(limits, "MAX_MESSAGE_BYTES", 1000)
    viewer = open_viewer(qtbot, context, dutch_eml(), "groot.eml")
    text = viewer.ui.problem.text()
    assert text.startswith("De e-mail is te groot om hier te tonen (")
    assert "hooguit 1,0 kB" in text


def test_a_long_text_says_that_only_its_start_is_shown(qtbot, context, dutch, monkeypatch):
    from korre_desktop.services.mail import limits

    monkeypatch.setattr(limits, "MAX_BODY_CHARS", 30)
    viewer = open_viewer(qtbot, context, dutch_eml(), "lang.eml")
    assert viewer.ui.truncatedNote.isVisible()
    assert viewer.ui.truncatedNote.text().startswith("Alleen het eerste deel")


def test_the_viewer_fits_its_screen_and_keeps_the_size_it_was_left_at(qtbot, context, dutch):
    viewer = open_viewer(qtbot, context, dutch_eml(), "klacht.eml")
    assert within_screen(viewer.size())
    smaller = QSize(600, 450)
    viewer.resize(smaller)
    viewer.accept()
    again = open_viewer(qtbot, context, dutch_msg(), "klacht.msg")
    assert again.size() == smaller


@pytest.mark.parametrize(
    ("data", "mime", "viewer_type"),
    [
        (dutch_msg(), MSG_MIME, MessageViewer),
        (dutch_eml(), EML_MIME, MessageViewer),
        (dutch_eml(), "application/octet-stream", MessageViewer),  # told by its content
        (samples.reportlab_pdf(1), "application/pdf", DocumentViewer),
        (samples.encode(samples.marked_image(), "PNG"), "image/png", DocumentViewer),
    ],
    ids=["msg", "eml", "eml-unknown-type", "pdf", "png"],
)
def test_a_stored_document_opens_in_the_viewer_that_fits(
    qtbot, context, dutch, data, mime, viewer_type
):
    viewer = show_stored_document(context, None, data, mime, "bewijs")  # deleted on close
    assert type(viewer) is viewer_type
    if isinstance(viewer, DocumentViewer):
        qtbot.waitUntil(lambda: not viewer._pixmap.isNull(), timeout=20_000)
    else:
        assert viewer.ui.subject.text() == SUBJECT
    viewer.close()


def test_a_stored_file_no_viewer_shows_is_told_in_dutch(qtbot, context, dutch):
    box = show_stored_document(context, None, b"Gewoon tekst.\n", "text/plain", "x.txt")
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Korre Desktop kan dit soort bestand niet tonen")
    box.close()


def test_the_demo_personnel_file_e_mail_shows_in_the_viewer(qtbot, demo_db, settings, dutch):
    with Store.open(demo_db, actor="test") as store:
        [row] = store.rows(
            "SELECT d.document_sha256 AS sha256, d.document_name AS name, d.subject"
            " FROM dossier_entries d JOIN blobs b ON b.sha256 = d.document_sha256"
            " WHERE b.mime_type = ? LIMIT 1",
            [EML_MIME],
        )
        context = make_context(store, settings, TODAY)
        data = store.blob(row["sha256"])
        viewer = show_stored_document(context, None, data, EML_MIME, row["name"])
        assert isinstance(viewer, MessageViewer)
        assert not viewer.ui.problem.isVisibleTo(viewer)
        assert viewer.ui.subject.text() and viewer.ui.sender.text()
        assert viewer.ui.body.toPlainText()
        viewer.close()


@pytest.mark.parametrize(
    ("data", "name", "outlook", "dutch_words"),
    [
        (b"gewone tekst", "brief.txt", True, "Dit soort bestand kan niet worden bewaard"),
        (b"gewone tekst", "mail.eml", True, "heet .eml, maar is geen e-mail"),
        (b"gewone tekst", "mail.msg", True, "heet .msg, maar is geen Outlook-e-mail"),
        (dutch_msg(), "mail.msg", False, "kan hier niet worden bewaard"),
        (b"gewone tekst", "scan.pdf", True, "is niet wat de naam zegt"),
    ],
)
def test_a_file_refused_as_a_document_is_told_in_dutch(dutch, data, name, outlook, dutch_words):
    from korre_desktop.gui.document_words import document_error_text
    from korre_desktop.services.documents import DocumentError, document_from_bytes

    with pytest.raises(DocumentError) as refused:
        document_from_bytes(data, name, outlook=outlook)
    assert dutch_words in document_error_text(refused.value)
