"""The review queue for scanned forms: correcting, choosing the signer, linking by code,
rejecting, second copies, protocol sheets, and the empty queue; all from the keyboard."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.domain.form_codes import display_code, new_code
from korre_desktop.gui import status_text
from korre_desktop.gui.dialogs.scan_review import ScanReviewDialog
from korre_desktop.gui.scan_words import reason_text
from korre_desktop.gui.widgets.answer_grid import CODE_ROLE
from korre_desktop.gui.widgets.scan_page_view import DOUBT, EMPTY, TICKED
from korre_desktop.services.forms import Selection, print_forms
from korre_desktop.services.scanning.reading.template import ReadingTemplate
from korre_desktop.store import Store
from tests.example_form import add_example_form
from tests.gui.conftest import make_context

TODAY = date(2026, 11, 24)
PRINTED = date(2026, 11, 2)
READ_AT = "2026-11-20T09:30:00"
WIDTH, HEIGHT = 1680, 2376  # A4 at 8 pixels per mm
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def tr(text: str) -> str:
    """The dialog's wording as the app shows it (Dutch when the translation is loaded)."""
    return QCoreApplication.translate("ScanReviewDialog", text)


# -- a returned stack of forms, as the reader would have left it ------------------------------


@dataclass
class Stack:
    store: Store
    ids: dict[str, int] = field(default_factory=dict)  # people
    codes: dict[str, str] = field(default_factory=dict)  # whose form -> code
    pages: dict[str, int] = field(default_factory=dict)  # which page -> scan_pages id
    instances: dict[str, dict] = field(default_factory=dict)


def _render(pdf: Path, index: int) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[index]
        image = page.render(scale=WIDTH / page.get_width()).to_pil().convert("L")
    finally:
        document.close()
    return image.resize((WIDTH, HEIGHT))


def _px(rect, scale: float = WIDTH / 210.0) -> tuple[float, float, float, float]:
    return rect.x * scale, rect.y * scale, rect.w * scale, rect.h * scale


def _tick(draw: ImageDraw.ImageDraw, rect, shade: int = 20, width: int = 4) -> None:
    x, y, w, h = _px(rect)
    draw.line(
        [(x + 0.15 * w, y + 0.5 * h), (x + 0.42 * w, y + 0.85 * h), (x + 1.1 * w, y - 0.15 * h)],
        fill=shade,
        width=width,
    )


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _page_image(
    pdf: Path,
    index: int,
    template: ReadingTemplate,
    answers: dict[str, bool | None],
    light: tuple[str, ...] = (),
    signed: bool = True,
) -> Image.Image:
    image = _render(pdf, index)
    draw = ImageDraw.Draw(image)
    for code, answer in answers.items():
        boxes = template.items.get(code)
        if boxes is None:
            continue
        if code in light:  # a faint, short stroke: the reader could not decide
            _tick(draw, boxes["yes"], shade=170, width=2)
        elif answer is not None:
            _tick(draw, boxes["yes" if answer else "no"])
    if signed and template.signature is not None:
        x, y, w, h = _px(template.signature)
        points = [(x + w * (0.1 + 0.07 * i), y + h * (0.65 - 0.25 * (i % 2))) for i in range(10)]
        draw.line(points, fill=30, width=4)
        font = ImageFont.load_default(size=40)
        left = x + w * (0.85 if template.kind == "consent" else 0.05)
        draw.text((left, y - 11.5 * WIDTH / 210), "18-11-2026", fill=40, font=font)
    return image


def _template(store: Store, code: str) -> ReadingTemplate:
    instance = store.scans.instance(code)
    layout = store.scans.template_layout_by_id(instance["template_id"])
    return ReadingTemplate.from_layout_json(layout, 1)


def _scores(answers: dict[str, bool | None], doubtful: tuple[str, ...]) -> dict:
    boxes = {}
    for code, answer in answers.items():
        yes = 0.21 if answer is True else 0.01
        no = 0.19 if answer is False else 0.01
        if code in doubtful:
            yes, no = 0.06, 0.02
        boxes[code] = {"yes": {"ink": yes, "outline": 0.9}, "no": {"ink": no, "outline": 0.9}}
    return {"boxes": boxes, "doubtful_items": list(doubtful), "signature": {"ink": 0.05}}


def _insert_page(
    stack: Stack,
    name: str,
    *,
    index: int,
    image: Image.Image,
    code: str | None,
    reasons: list[str],
    answers: dict[str, bool | None] | None,
    confidence: float,
    doubtful: tuple[str, ...] = (),
    straightened: bool = True,
    status: str = "review",
) -> int:
    store = stack.store
    jpeg = _jpeg(image)
    if straightened:
        original = _jpeg(image.rotate(0.7, fillcolor=255))
        sha = store.put_derived_blob(original, "image/jpeg", jpeg, "image/jpeg")
    else:
        sha = store.put_blob(jpeg, "image/jpeg")
    instance = store.scans.instance(code) if code else None
    page_id = store.insert(
        "scan_pages",
        {
            "batch_id": stack.ids["batch"],
            "source_name": "stapel-groep6.pdf",
            "source_index": index,
            "image_sha256": sha,
            "form_instance_id": instance["id"] if instance else None,
            "form_page": 1 if instance else None,
            "outcome": "read" if instance else "no_code",
            "status": status,
            "reasons": json.dumps(sorted(reasons)),
            "answers": json.dumps(answers) if answers is not None else None,
            "signed": 1 if instance else None,
            "confidence": confidence,
            "scores": json.dumps(_scores(answers or {}, doubtful)),
            "read_at": READ_AT,
        },
    )
    stack.pages[name] = page_id
    return page_id


ZOE_READ = dict.fromkeys(ALL_ITEM_CODES, True) | {
    "foto_socialmedia_persoonlijk": False,
    "film_socialmedia_persoonlijk": False,
    "geluid_socialmedia_persoonlijk": False,
    "foto_website": None,  # a faint stroke in "ja"
    "film_nieuwsbrief": True,  # read as yes, but in doubt
}
ZOE_DOUBTFUL = ("film_nieuwsbrief", "foto_website")


KEYS = {"student": ("zoe", "sem", "daan"), "employee": ("anne",)}


def build_stack(store: Store, records, tmp_path: Path) -> Stack:
    """Four pages in review: no QR code, Zoë (boxes in doubt), Sem (who signed?), Anne's
    protocol sheet; and Daan's printed form that did not come back (yet)."""
    stack = Stack(store)
    school = records.school("OBS De Linde")
    klass = records.klass(school, 2026, "Groep 6")
    for key, number, first, infix, last, born in (
        ("zoe", "004512", "Zoë", "van der", "Meer", date(2016, 5, 1)),
        ("sem", "004514", "Sem", "", "Kok", date(2015, 1, 1)),
        ("daan", "004513", "Daan", "", "Visser", date(2010, 5, 1)),
    ):
        stack.ids[key] = records.student(
            school,
            number=number,
            roepnaam=first,
            tussenvoegsel=infix,
            achternaam=last,
            birth_date=born,
        )
        records.enrol(stack.ids[key], klass)
    stack.ids["ilse"] = records.guardian(stack.ids["zoe"], name="Ilse")
    stack.ids["anne"] = records.employee(
        roepnaam="Anne", achternaam="Bakker", number="100200", school_ids=(school,)
    )
    records.protocol_version("employees", "2026", date(2026, 8, 1))
    consent_pdf, protocol_pdf = tmp_path / "consent.pdf", tmp_path / "protocol.pdf"
    consent = print_forms(
        store, "consent", Selection.students(["004512", "004514", "004513"]), PRINTED, consent_pdf
    )
    protocol = print_forms(store, "protocol", Selection.staff(), PRINTED, protocol_pdf)
    for code in consent.codes + protocol.codes:
        instance = store.scans.instance(code)
        kind = instance["person_kind"]
        person = instance["student_id"] if kind == "student" else instance["employee_id"]
        key = next(k for k in KEYS[kind] if stack.ids[k] == person)
        stack.codes[key] = code
        stack.instances[key] = instance
    # Sem's form was printed without a guardian; his mother is known by now.
    stack.ids["marieke"] = records.guardian(stack.ids["sem"], name="Marieke")
    stack.ids["batch"] = store.insert(
        "scan_batches",
        {
            "origin": "files",
            "sources": json.dumps(["stapel-groep6.pdf"]),
            "thresholds": "{}",
            "started_at": READ_AT,
            "finished_at": READ_AT,
            "created_by": "test",
        },
    )
    order = {code: i for i, code in enumerate(consent.codes)}
    zoe_t = _template(store, stack.codes["zoe"])
    zoe_image = _page_image(
        consent_pdf, order[stack.codes["zoe"]], zoe_t, ZOE_READ, light=("foto_website",)
    )
    _insert_page(
        stack,
        "zoe",
        index=1,
        image=zoe_image,
        code=stack.codes["zoe"],
        reasons=["unsure_box"],
        answers=ZOE_READ,
        confidence=0.4,
        doubtful=ZOE_DOUBTFUL,
    )
    sem_t = _template(store, stack.codes["sem"])
    sem_read = dict.fromkeys(ALL_ITEM_CODES, True)
    _insert_page(
        stack,
        "sem",
        index=2,
        image=_page_image(consent_pdf, order[stack.codes["sem"]], sem_t, sem_read),
        code=stack.codes["sem"],
        reasons=["signer_unknown"],
        answers=sem_read,
        confidence=0.45,
    )
    anne_t = _template(store, stack.codes["anne"])
    _insert_page(
        stack,
        "anne",
        index=3,
        image=_page_image(protocol_pdf, 0, anne_t, {}),
        code=stack.codes["anne"],
        reasons=["unsure_signature"],
        answers=None,
        confidence=0.5,
    )
    daan_image = _page_image(
        consent_pdf, order[stack.codes["daan"]], _template(store, stack.codes["daan"]), {}
    )
    _insert_page(
        stack,
        "nocode",
        index=0,
        image=daan_image.rotate(2.5, fillcolor=255),
        code=None,
        reasons=["no_code"],
        answers=None,
        confidence=0.0,
        straightened=False,
    )
    return stack


@pytest.fixture
def context(store, settings, qapp):
    made = make_context(store, settings, TODAY)
    yield made
    made.jobs.cancel_all()
    made.jobs.wait()


@pytest.fixture
def stack(store, records, tmp_path) -> Stack:
    return build_stack(store, records, tmp_path)


def open_dialog(qtbot, context) -> ScanReviewDialog:
    dialog = ScanReviewDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1400, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the dialog's shortcuts work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def go_to(dialog: ScanReviewDialog, page_id: int) -> None:
    dialog.ui.queue.setCurrentRow(dialog.queue_ids().index(page_id))
    assert dialog.current_page_id() == page_id


def page_row(store: Store, page_id: int) -> dict:
    return store.rows("SELECT * FROM scan_pages WHERE id = ?", [page_id])[0]


def statements(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM consent_statements ORDER BY id")


# -- the tests ----------------------------------------------------------------------------------


def test_queue_lists_the_pages_least_confident_first(qtbot, context, stack):
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    assert dialog.queue_ids() == [stack.pages[k] for k in ("nocode", "zoe", "sem", "anne")]
    texts = [ui.queue.item(i).text() for i in range(ui.queue.count())]
    assert "stapel-groep6.pdf" in texts[0] and tr("unknown form") in texts[0]
    assert reason_text("no_code") in texts[0]
    assert "Zoë van der Meer" in texts[1] and reason_text("unsure_box") in texts[1]
    assert "Sem Kok" in texts[2] and reason_text("signer_unknown") in texts[2]
    assert "Anne Bakker" in texts[3]
    assert ui.counter.text() == tr("%1 of %2").replace("%1", "1").replace("%2", "4")
    # The page without a code: type the code; no boxes can be outlined on the raw scan.
    assert dialog.focusWidget() is ui.codeEdit
    assert ui.pageView.has_image() and ui.pageView.marks() == []
    assert not ui.grid.isEnabled()


def test_grid_shows_the_answers_read_and_the_page_its_boxes(qtbot, context, stack):
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)  # skip: Zoë
    assert dialog.current_page_id() == stack.pages["zoe"]
    assert ui.counter.text() == tr("%1 of %2").replace("%1", "2").replace("%2", "4")
    assert "Zoë van der Meer" in ui.personTitle.text()
    assert stack.codes["zoe"][:4] in ui.formText.text().replace("-", "")
    assert "Groep 6" in ui.classText.text() and "OBS De Linde" in ui.classText.text()
    assert "Ilse Jansen" in ui.signerText.text() and not ui.signer.isVisible()
    assert reason_text("unsure_box") in ui.reasons.text()
    assert ui.grid.answers() == ZOE_READ
    # The first box in doubt is the grid's current cell, and framed on the page.
    assert ui.grid.currentItem().data(CODE_ROLE) == "film_nieuwsbrief"
    assert ui.pageView.current_code() == "film_nieuwsbrief"
    assert dialog.focusWidget() is ui.grid
    states = {(m.code, m.side): m.state for m in ui.pageView.marks()}
    assert len(states) == 2 * len(ALL_ITEM_CODES)
    assert states[("foto_website", "yes")] == DOUBT and states[("film_nieuwsbrief", "no")] == DOUBT
    assert states[("foto_schoolgids", "yes")] == TICKED
    assert states[("foto_schoolgids", "no")] == EMPTY
    assert states[("foto_socialmedia_persoonlijk", "no")] == TICKED
    # Box positions: the template's mm times image width / page width.
    template = dialog.current_page().template
    box = template.items["foto_website"]["yes"]
    mark = next(m for m in ui.pageView.marks() if (m.code, m.side) == ("foto_website", "yes"))
    assert mark.rect.x() == pytest.approx(box.x * WIDTH / 210.0)
    assert mark.rect.width() == pytest.approx(box.w * WIDTH / 210.0)
    # Two enlarged crops with the item names and the ink; the signature crop.
    assert ui.cropsLayout.count() == 2
    captions = [
        label.text().split("\n")[0]
        for index in range(ui.cropsLayout.count())
        for label in ui.cropsLayout.itemAt(index).widget().findChildren(QLabel)
        if label.text()
    ]
    film, photo = status_text.medium_label("film"), status_text.medium_label("foto")
    assert sorted(captions) == [f"{film} · Nieuwsbrief", f"{photo} · Website van de school"]
    assert not ui.signature.pixmap().isNull()
    assert ui.signedDate.text() == "20-11-2026"  # the day it was read
    # Clicking a box on the page picks its item in the grid.
    centre = mark.rect.center()
    qtbot.mouseClick(
        ui.pageView.viewport(),
        Qt.MouseButton.LeftButton,
        pos=ui.pageView.mapFromScene(centre),
    )
    assert ui.grid.currentItem().data(CODE_ROLE) == "foto_website"
    assert dialog.focusWidget() is ui.grid


def test_corrections_typed_in_the_grid_are_saved_with_ctrl_enter(qtbot, context, stack):
    store = context.store
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    go_to(dialog, stack.pages["zoe"])
    dialog.select_item("film_nieuwsbrief")
    qtbot.keyClick(ui.grid, Qt.Key.Key_N)  # film in the newsletter: no (moves on)
    dialog.select_item("foto_website")
    qtbot.keyClick(ui.grid, Qt.Key.Key_J)
    ui.signedDate.setText("18-11-2026")  # as written on the form
    ui.note.setText("vinkje flauw")
    ui.grid.setFocus()
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    rows = statements(store)
    assert len(rows) == 1, ui.message.text()
    row = rows[0]
    assert saved.args == [stack.pages["zoe"]]
    answers = json.loads(row["answers"])
    assert answers == ZOE_READ | {"film_nieuwsbrief": False, "foto_website": True}
    assert row["signed_date"] == "2026-11-18" and row["guardian_id"] == stack.ids["ilse"]
    assert row["source"] == "scan"
    assert row["evidence_sha256"] == page_row(store, stack.pages["zoe"])["image_sha256"]
    assert "gecontroleerd" in row["note"] and "film_nieuwsbrief, foto_website" in row["note"]
    assert "gecorrigeerd" in row["note"] and "vinkje flauw" in row["note"]
    page = page_row(store, stack.pages["zoe"])
    assert page["status"] == "saved" and page["statement_id"] == row["id"]
    # On to the next page (Sem), with the cursor in its grid.
    assert stack.pages["zoe"] not in dialog.queue_ids()
    assert dialog.current_page_id() == stack.pages["sem"]
    assert ui.counter.text() == tr("%1 of %2").replace("%1", "2").replace("%2", "3")
    assert dialog.focusWidget() is ui.grid
    assert "Zoë van der Meer" in ui.message.text()


def test_an_open_item_needs_a_second_ctrl_enter(qtbot, context, stack):
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    go_to(dialog, stack.pages["zoe"])
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)  # foto_website is still open
    assert statements(context.store) == []
    assert "1" in ui.message.text()
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    assert json.loads(statements(context.store)[0]["answers"])["foto_website"] is None


def test_a_page_needing_a_signer_is_saved_only_once_one_is_chosen(qtbot, context, stack):
    store = context.store
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    go_to(dialog, stack.pages["sem"])
    assert ui.signer.isVisible() and ui.signer.currentIndex() == -1
    assert [ui.signer.itemData(i).name for i in range(ui.signer.count())] == [
        "Marieke Jansen",
        "Sem Kok",
    ]
    assert reason_text("signer_unknown") in ui.reasons.text()
    ui.grid.setFocus()
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    assert statements(store) == []
    assert ui.message.text() == tr("Choose who signed the form first.")
    assert dialog.focusWidget() is ui.signer
    qtbot.keyClick(ui.signer, Qt.Key.Key_Down)  # the first: Marieke
    assert ui.signer.currentData().name == "Marieke Jansen"
    qtbot.keyClick(ui.signer, Qt.Key.Key_Return, CTRL)
    rows = statements(store)
    assert len(rows) == 1, ui.message.text()
    assert rows[0]["guardian_id"] == stack.ids["marieke"] and rows[0]["signer_role"] == "guardian"
    assert page_row(store, stack.pages["sem"])["status"] == "saved"


def test_a_page_without_code_is_linked_by_typing_the_code(qtbot, context, stack):
    store = context.store
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    assert dialog.current_page_id() == stack.pages["nocode"]
    # A typo: refused in words, the page stays as it was.
    qtbot.keyClicks(ui.codeEdit, "KF-12")
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    assert ui.message.text() == tr(
        "This is not a valid form code. Type it as printed under the QR code, for "
        "example KF-7Q3M-4X2B."
    )
    assert page_row(store, stack.pages["nocode"])["form_instance_id"] is None
    assert dialog.focusWidget() is ui.codeEdit
    # Saving before linking says what to do, and saves nothing.
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return, CTRL)
    assert statements(store) == []
    assert "QR" in ui.message.text()
    # The code as printed under the QR code, in lower case and without dashes.
    ui.codeEdit.setText(stack.codes["daan"].lower())
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    assert (
        page_row(store, stack.pages["nocode"])["form_instance_id"] == stack.instances["daan"]["id"]
    )
    assert "Daan Visser" in ui.personTitle.text()
    assert "Daan Visser" in ui.queue.item(0).text()
    assert reason_text("assigned_by_hand") in ui.reasons.text()
    assert ui.grid.isEnabled() and not ui.codeEdit.isVisible()
    assert dialog.focusWidget() is ui.grid
    # Daan (16) signed himself; every answer typed: all yes.
    qtbot.keyClick(ui.grid, Qt.Key.Key_J, CTRL_SHIFT)
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    rows = statements(store)
    assert len(rows) == 1 and rows[0]["student_id"] == stack.ids["daan"], ui.message.text()
    assert rows[0]["signer_role"] == "student"


def test_a_code_that_was_never_printed_is_refused(qtbot, context, stack):
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    ui.codeEdit.setText(display_code(new_code()))  # valid, but not from this database
    ui.linkButton.click()
    assert page_row(context.store, stack.pages["nocode"])["form_instance_id"] is None
    assert ui.message.text() == tr("No form with this code was printed from this database.")
    assert dialog.current_page_id() == stack.pages["nocode"]


def test_reject_saves_nothing_and_marks_the_page(qtbot, context, stack, monkeypatch):
    store = context.store
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return "geen formulier: een boodschappenlijstje", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Delete, CTRL)  # even from the code field
    assert len(asked) == 1
    row = page_row(store, stack.pages["nocode"])
    assert row["status"] == "rejected" and row["review_note"].startswith("geen formulier")
    assert statements(store) == []
    assert dialog.queue_ids() == [stack.pages[k] for k in ("zoe", "sem", "anne")]
    assert dialog.current_page_id() == stack.pages["zoe"]
    # Cancelling the question rejects nothing.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    qtbot.keyClick(ui.grid, Qt.Key.Key_Delete, CTRL)
    assert page_row(store, stack.pages["zoe"])["status"] == "review"


def test_a_form_saved_before_from_another_scan_is_saved_again_only_when_confirmed(
    qtbot, context, stack, monkeypatch
):
    store = context.store
    # An earlier scan of Zoë's form was saved already.
    earlier = store.insert(
        "scan_pages",
        {
            "batch_id": stack.ids["batch"],
            "source_name": "stapel-oud.pdf",
            "source_index": 0,
            "form_instance_id": stack.instances["zoe"]["id"],
            "form_page": 1,
            "outcome": "read",
            "status": "saved",
            "read_at": "2026-11-10T09:00:00",
        },
    )
    questions = []
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args):
        questions.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    go_to(dialog, stack.pages["zoe"])
    qtbot.keyClick(ui.grid, Qt.Key.Key_J, CTRL_SHIFT)
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    assert questions == [
        tr("This form has already been saved from another scan. Save it once more anyway?")
    ]
    assert statements(store) == [] and page_row(store, stack.pages["zoe"])["status"] == "review"
    assert dialog.current_page_id() == stack.pages["zoe"]  # nothing lost: still here
    assert ui.grid.answers() == dict.fromkeys(ALL_ITEM_CODES, True)
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    assert len(questions) == 2 and len(statements(store)) == 1
    assert page_row(store, stack.pages["zoe"])["status"] == "saved"
    assert page_row(store, earlier)["status"] == "saved"


def test_refusals_show_in_the_dialog_and_keep_what_was_typed(qtbot, context, stack):
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    go_to(dialog, stack.pages["zoe"])
    qtbot.keyClick(ui.grid, Qt.Key.Key_J, CTRL_SHIFT)
    ui.signedDate.setText("01-12-2026")  # after today
    ui.note.setText("bellen")
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    assert statements(context.store) == []
    assert ui.message.text() == QCoreApplication.translate(
        "EntryErrors", "The signed date lies in the future."
    )
    assert dialog.current_page_id() == stack.pages["zoe"]
    assert ui.note.text() == "bellen" and ui.signedDate.text() == "01-12-2026"
    ui.signedDate.setText("31-02-2026")
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    assert statements(context.store) == [] and ui.signedDate.text() == "31-02-2026"
    assert ui.signedDateError.text() == QCoreApplication.translate(
        "DateField", "%1 does not exist."
    ).replace("%1", "31-02-2026")


def test_protocol_sheet_saves_the_signature(qtbot, context, stack):
    store = context.store
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    go_to(dialog, stack.pages["anne"])
    assert not ui.grid.isVisible() and not ui.signer.isVisible()
    assert "Anne Bakker" in ui.signerText.text()
    assert reason_text("unsure_signature") in ui.reasons.text()
    assert not ui.signature.pixmap().isNull()
    assert dialog.focusWidget() is ui.signedDate
    qtbot.keyClicks(ui.signedDate, "19-11-2026")
    qtbot.keyClick(ui.signedDate, Qt.Key.Key_Return, CTRL)
    # The signature was in doubt: the first Ctrl+Enter asks to look again.
    assert store.rows("SELECT * FROM protocol_signatures") == []
    assert "signature" in ui.message.text() or "handtekening" in ui.message.text()
    qtbot.keyClick(ui.signedDate, Qt.Key.Key_Return, CTRL)
    rows = store.rows("SELECT * FROM protocol_signatures")
    assert len(rows) == 1, ui.message.text()
    assert rows[0]["employee_id"] == stack.ids["anne"] and rows[0]["signed_date"] == "2026-11-19"
    assert "gecontroleerd" in rows[0]["note"]
    assert page_row(store, stack.pages["anne"])["protocol_signature_id"] == rows[0]["id"]
    assert statements(store) == []


def test_skip_and_previous_go_round_the_queue(qtbot, context, stack):
    dialog = open_dialog(qtbot, context)
    order = [stack.pages[k] for k in ("nocode", "zoe", "sem", "anne")]
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    assert dialog.current_page_id() == order[-1]
    qtbot.keyClick(dialog.ui.signedDate, Qt.Key.Key_PageDown)
    assert dialog.current_page_id() == order[0]
    dialog.ui.grid.setFocus()
    qtbot.keyClick(dialog.ui.grid, Qt.Key.Key_Right, CTRL)
    assert dialog.current_page_id() == order[1]
    qtbot.keyClick(dialog.ui.grid, Qt.Key.Key_Left, CTRL)
    assert dialog.current_page_id() == order[0]
    assert page_row(context.store, order[0])["status"] == "review"


def test_zoom_keys_and_fit_width(qtbot, context, stack):
    dialog = open_dialog(qtbot, context)
    view = dialog.ui.pageView
    fitted = view.zoom()
    assert fitted == pytest.approx((view.viewport().width() - 4) / WIDTH)
    qtbot.keyClick(dialog.ui.grid, Qt.Key.Key_Plus, CTRL)
    assert view.zoom() > fitted
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() < fitted
    qtbot.keyClick(dialog.ui.grid, Qt.Key.Key_0, CTRL)
    assert view.zoom() == pytest.approx(fitted)


def test_an_empty_queue_says_so(qtbot, context):
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    assert dialog.queue_ids() == []
    assert ui.message.text() == tr("There are no forms to check.")
    assert not ui.detailPane.isEnabled() and not ui.saveButton.isEnabled()
    assert ui.closeButton.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # nothing to save: nothing happens


def test_the_last_page_decided_empties_the_queue(qtbot, context, stack, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("kopie", True)))
    dialog = open_dialog(qtbot, context)
    for _ in range(4):
        dialog.reject_page()
    assert dialog.queue_ids() == [] and not dialog.ui.saveButton.isEnabled()
    assert tr("There are no forms to check.") in dialog.ui.message.text()


def test_the_dialog_looks_right(qtbot, context, stack, tmp_path):
    dialog = open_dialog(qtbot, context)
    go_to(dialog, stack.pages["zoe"])
    target = tmp_path / "review_dialog.png"
    assert dialog.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_a_printed_signer_without_parental_authority_must_be_chosen_again(qtbot, context, stack):
    store = context.store
    store.db.execute(
        "UPDATE student_guardians SET parental_authority = 0 WHERE guardian_id = ?",
        [stack.ids["ilse"]],
    )
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    ui.codeEdit.setText(stack.codes["zoe"])  # linked by hand: no reason says the signer changed
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    assert ui.signer.isVisible() and ui.signer.currentIndex() == -1
    qtbot.keyClick(ui.grid, Qt.Key.Key_J, CTRL_SHIFT)
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    assert statements(store) == [] and dialog.focusWidget() is ui.signer
    ui.signer.setCurrentIndex(1)  # Zoë herself
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return, CTRL)
    rows = statements(store)
    assert len(rows) == 1 and rows[0]["signer_role"] == "student", ui.message.text()


def test_a_page_of_the_schools_own_version_gets_that_versions_grid(qtbot, context, stack):
    """The grid takes the shape of the version the form was printed on: its media down,
    its channels across by their labels, a dash where it asks nothing; typing skips it."""
    store = context.store
    new_form = add_example_form(store, date(2026, 9, 1))
    code = new_code()
    # A form printed on the new version (its printing is the forms' part; the page's
    # boxes are not needed to review it by hand).
    store.insert(
        "form_instances",
        {
            "code": code,
            "template_id": stack.instances["zoe"]["template_id"],
            "person_kind": "student",
            "student_id": stack.ids["zoe"],
            "signer_role": "guardian",
            "guardian_id": stack.ids["ilse"],
            "consent_form_version_id": new_form.id,
            "pages": 1,
            "created_at": READ_AT,
            "created_by": "test",
        },
    )
    read = {"foto_klassenfoto": True, "foto_pers": None, "film_pers": False}
    page = _insert_page(
        stack,
        "new",
        index=5,
        image=Image.new("L", (WIDTH, HEIGHT), 255),
        code=code,
        reasons=["unsure_box"],
        answers=read,
        confidence=0.1,
        doubtful=("foto_pers",),
    )
    dialog = open_dialog(qtbot, context)
    ui = dialog.ui
    go_to(dialog, page)
    grid = ui.grid
    assert (grid.rowCount(), grid.columnCount()) == (2, 2)
    assert [grid.horizontalHeaderItem(c).text() for c in range(2)] == [
        "Klassenfoto en\nschoolfotograaf",
        "Krant en\nlokale\nmedia",
    ]
    assert grid.item(1, 0).text() == "–"
    assert grid.answers() == read
    assert grid.currentItem().data(CODE_ROLE) == "foto_pers"  # the box in doubt
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_J)  # on past the dash, to film on the press channel
    assert grid.currentItem().data(CODE_ROLE) == "film_pers"
    qtbot.keyClick(grid, Qt.Key.Key_Return, CTRL)
    (saved,) = statements(store)
    assert saved["form_version_id"] == new_form.id
    assert json.loads(saved["answers"]) == read | {"foto_pers": True}
