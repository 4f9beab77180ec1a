"""Pre-filled forms: decode the QR codes of the printed pages, find the corner markers and
boxes where the stored layout says, read the printed text, and store nothing on failure."""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
import zxingcpp

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.domain.form_codes import decode_payload, display_code
from korre_desktop.services import forms
from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.forms import FormsError, Selection, print_forms
from korre_desktop.services.pdf import forms as forms_pdf
from korre_desktop.services.pdf.form_layout import protocol_layout
from korre_desktop.services.pdf.forms import MEDIA_WORDS
from korre_desktop.services.progress import Cancelled, Progress
from tests.services.form_versions import press_version, ten_channel_version

PRINT_DAY = date(2026, 11, 24)
DPI = 200
PX_PER_MM = DPI / 25.4


@dataclass
class Page:
    image: np.ndarray  # grey, 0 = black
    text: str
    payload: str
    qr_corners: list[tuple[float, float]]  # mm: top-left, top-right, bottom-right, bottom-left


def read_pdf(path: Path) -> list[Page]:
    """Render every page at 200 dpi, decode its QR code and extract its text."""
    pdf = pdfium.PdfDocument(path)
    pages = []
    try:
        for page in pdf:
            image = page.render(scale=DPI / 72).to_pil()
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            assert len(found) == 1, "exactly one QR code per page"
            text = " ".join(page.get_textpage().get_text_range().split())
            where = found[0].position
            corners = [
                (point.x / PX_PER_MM, point.y / PX_PER_MM)
                for point in (
                    where.top_left,
                    where.top_right,
                    where.bottom_right,
                    where.bottom_left,
                )
            ]
            pages.append(Page(np.asarray(image.convert("L")), text, found[0].text, corners))
    finally:
        pdf.close()
    return pages


def pixel(page: Page, x_mm: float, y_mm: float) -> int:
    return int(page.image[round(y_mm * PX_PER_MM), round(x_mm * PX_PER_MM)])


def dark_squares(page: Page) -> list[tuple[float, float, float, float]]:
    """(centre x, centre y, width, height) in mm of solid dark squares on the page."""
    binary = (page.image < 128).astype(np.uint8)
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(binary, connectivity=8)
    squares = []
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if w > 4 * PX_PER_MM and h > 4 * PX_PER_MM and area > 0.9 * w * h:
            squares.append(
                ((x + w / 2) / PX_PER_MM, (y + h / 2) / PX_PER_MM, w / PX_PER_MM, h / PX_PER_MM)
            )
    return squares


@pytest.fixture
def school(store, records):
    """A class with a young student (two guardians with authority, one without), a student
    who is 16, one without guardians on record; staff at two schools; protocol versions."""
    linde = records.school("OBS De Linde")
    baken = records.school("CBS Het Baken")
    groep5 = records.klass(linde, 2026, "Groep 5")
    records.klass(baken, 2026, "Groep 5")
    groep6 = records.klass(linde, 2026, "Groep 6")
    ids = {}
    ids["zoe"] = records.student(
        linde,
        number="004512",
        roepnaam="Zoë",
        tussenvoegsel="van der",
        achternaam="Meer",
        birth_date=date(2016, 3, 1),
    )
    ids["ilse"] = records.guardian(ids["zoe"], name="Ilse")
    ids["peter"] = records.guardian(ids["zoe"], name="Peter")
    ids["step"] = records.guardian(ids["zoe"], name="Stiefouder", authority=False)
    ids["daan"] = records.student(
        linde, number="004513", roepnaam="Daan", achternaam="Visser", birth_date=date(2010, 5, 1)
    )
    records.guardian(ids["daan"], name="Marieke")
    ids["sem"] = records.student(
        linde, number="004514", roepnaam="Sem", achternaam="Kok", birth_date=date(2015, 1, 1)
    )
    ids["other"] = records.student(linde, number="004600", roepnaam="Noor", achternaam="Smit")
    for key in ("zoe", "daan", "sem"):
        records.enrol(ids[key], groep5)
    records.enrol(ids["other"], groep6)
    ids["anne"] = records.employee(
        number="100200", roepnaam="Anne", achternaam="Bakker", school_ids=(linde,)
    )
    ids["kees"] = records.employee(
        number="100300",
        roepnaam="Kees",
        tussenvoegsel="de",
        achternaam="Vries",
        school_ids=(baken,),
    )
    for audience, label, effective, title in (
        ("students", "2026", "2026-08-01", "Protocol sociale media leerlingen"),
        ("employees", "2025", "2025-08-01", "Protocol sociale media medewerkers"),
        ("employees", "2027", "2027-08-01", "Protocol sociale media medewerkers"),
    ):
        ids[f"protocol_{audience}_{label}"] = store.insert(
            "protocol_versions",
            {
                "audience": audience,
                "label": label,
                "title": title,
                "effective_date": effective,
                "created_at": "2026-01-01",
            },
        )
    return ids


def _layout(store, kind: str, version: int) -> dict:
    return json.loads(store.forms.template(kind, version)["layout"])


def test_consent_forms_for_a_class_decode_to_the_right_person_and_signer(store, school, tmp_path):
    target = tmp_path / "groep5.pdf"
    result = print_forms(
        store, "consent", Selection.of_class("groep 5", "OBS De Linde"), PRINT_DAY, target
    )
    # Zoë: one per guardian with authority (2); Daan (16): himself; Sem: a blank guardian form
    assert (result.forms, result.people, result.pages) == (4, 3, 4)
    assert result.without_guardian == ("Sem Kok",)
    assert not list(tmp_path.glob(".*partial"))
    pages = read_pdf(target)
    seen = []
    for page in pages:
        payload = decode_payload(page.payload)  # the format parses and both checks fit
        assert payload.kind == "consent" and payload.page == 1
        assert payload.template_version == result.template_version
        instance = store.forms.instance(payload.code)
        assert instance is not None and instance["kind"] == "consent"
        assert instance["template_version"] == payload.template_version
        assert instance["consent_form_version_id"] is not None
        student = store.people.student(instance["student_id"])
        name_parts = [student["roepnaam"], student["achternaam"], student["student_number"]]
        assert not any(part.upper() in page.payload.upper() for part in name_parts)
        assert display_code(payload.code) in page.text  # the human-readable code
        assert student["roepnaam"] in page.text and student["achternaam"] in page.text
        assert "Groep 5" in page.text and "OBS De Linde" in page.text
        seen.append((student["id"], instance["signer_role"], instance["guardian_id"]))
        labels = [channel.label for channel in load_forms(store)[0].channels]
        assert len(labels) == 6
        for word in [*MEDIA_WORDS.values(), *labels, "ja", "nee"]:
            assert word in page.text
        assert "Zet bij elke soort opname per regel een kruisje in ja of nee" in page.text
        if instance["guardian_id"] is not None:
            guardian = store.rows(
                "SELECT roepnaam FROM guardians WHERE id = ?", [instance["guardian_id"]]
            )[0]
            assert f"{guardian['roepnaam']} Jansen" in page.text
            assert "ouderlijk gezag" in page.text
    # In list order (surname: Kok, Meer, Visser); guardians in the order they were added.
    assert seen == [
        (school["sem"], "guardian", None),
        (school["zoe"], "guardian", school["ilse"]),
        (school["zoe"], "guardian", school["peter"]),
        (school["daan"], "student", None),
    ]
    assert "naam ouder/verzorger met ouderlijk gezag" in pages[0].text  # Sem: written by hand
    assert all("naam ouder/verzorger" not in page.text for page in pages[1:])
    # The version's texts: to parents "u", to Daan (16, signs himself) "je" throughout.
    assert "beeld en geluid van uw kind" in pages[1].text
    assert "Deze toestemming geldt tot u haar intrekt." in pages[1].text
    assert "Je bent 16 jaar of ouder" in pages[3].text
    assert "Deze toestemming geldt tot je haar intrekt." in pages[3].text
    assert "Daan Visser (leerling)" in pages[3].text
    for word in ("U ", " u ", " uw ", "Uw "):
        assert word not in pages[3].text, word
    assert set(result.codes) == {decode_payload(p.payload).code for p in pages}


def test_markers_and_boxes_are_where_the_stored_layout_says(store, school, tmp_path):
    target = tmp_path / "forms.pdf"
    result = print_forms(store, "consent", Selection.students(["004512"]), PRINT_DAY, target)
    layout = _layout(store, "consent", result.template_version)
    assert layout["schema"] == 1 and layout["unit"] == "mm" and layout["origin"] == "top-left"
    spec = layout["pages"][0]
    assert set(spec["items"]) == set(ALL_ITEM_CODES)
    assert set(spec["fields"]) == {"person_name", "signer_name", "place", "date", "signature"}
    assert spec["qr"]["error_correction"] == "H"
    page = read_pdf(target)[0]
    squares = dark_squares(page)
    for name, marker in spec["markers"].items():
        centre = (marker["x"] + marker["w"] / 2, marker["y"] + marker["h"] / 2)
        near = [s for s in squares if abs(s[0] - centre[0]) <= 1 and abs(s[1] - centre[1]) <= 1]
        assert len(near) == 1, f"marker {name} not found at {centre}"
        assert abs(near[0][2] - marker["w"]) <= 1 and abs(near[0][3] - marker["h"]) <= 1
    stroke = layout["box_stroke"]
    boxes = [box for item in spec["items"].values() for box in item.values()]
    for box in [*boxes, spec["fields"]["signature"]]:
        x, y, w, h = box["x"], box["y"], box["w"], box["h"]
        middle_x, middle_y = x + w / 2, y + h / 2
        on_line = [
            (middle_x, y + stroke / 2),
            (middle_x, y + h - stroke / 2),
            (x + stroke / 2, middle_y),
            (x + w - stroke / 2, middle_y),
        ]
        inside = [
            (middle_x, middle_y),
            (x + 1, middle_y),
            (x + w - 1, middle_y),
            (middle_x, y + 1),
            (middle_x, y + h - 1),
        ]
        outside = [
            (x - 0.7, middle_y),
            (x + w + 0.7, middle_y),
            (middle_x, y - 0.7),
            (middle_x, y + h + 0.7),
        ]
        assert all(pixel(page, *point) < 110 for point in on_line), box
        assert all(pixel(page, *point) > 200 for point in inside), box
        assert all(pixel(page, *point) > 200 for point in outside), box
    # The QR code sits in its rectangle with a blank quiet zone around it.
    qr = spec["qr"]
    quiet = qr["quiet_zone"] - 0.5
    for x_mm in np.arange(qr["x"] - quiet, qr["x"] + qr["w"] + quiet, 0.5):
        assert pixel(page, x_mm, qr["y"] - quiet) > 200
        assert pixel(page, x_mm, qr["y"] + qr["h"] + quiet) > 200
    expected = [
        (qr["x"], qr["y"]),
        (qr["x"] + qr["w"], qr["y"]),
        (qr["x"] + qr["w"], qr["y"] + qr["h"]),
        (qr["x"], qr["y"] + qr["h"]),
    ]
    for (x_mm, y_mm), (want_x, want_y) in zip(page.qr_corners, expected, strict=True):
        assert abs(x_mm - want_x) <= 1 and abs(y_mm - want_y) <= 1
    assert pixel(page, qr["x"] + 0.4, qr["y"] + 0.4) < 110  # a finder pattern's corner


def test_protocol_sheets_show_the_current_version_for_the_audience(store, school, tmp_path):
    target = tmp_path / "staff.pdf"
    result = print_forms(store, "protocol", Selection.staff("OBS De Linde"), PRINT_DAY, target)
    assert (result.forms, result.people) == (1, 1)
    (page,) = read_pdf(target)
    payload = decode_payload(page.payload)
    assert payload.kind == "protocol"
    instance = store.forms.instance(payload.code)
    assert instance["employee_id"] == school["anne"] and instance["signer_role"] == "employee"
    # 2027 is not in effect yet on the print date: the 2025 version is current
    assert instance["protocol_version_id"] == school["protocol_employees_2025"]
    for text in (
        "Protocol sociale media medewerkers",
        "2025, geldig vanaf 01-08-2025",
        "Anne Bakker",
        "Naam:",
        "Plaats:",
        "Datum:",
        "Handtekening:",
        display_code(payload.code),
    ):
        assert text in page.text
    assert "Anne" not in page.payload and "100200" not in page.payload
    layout = _layout(store, "protocol", payload.template_version)
    assert set(layout["pages"][0]["fields"]) == {"signer_name", "place", "date", "signature"}
    assert "items" not in layout["pages"][0]

    students = print_forms(
        store, "protocol", Selection.of_class("Groep 6"), PRINT_DAY, tmp_path / "groep6.pdf"
    )
    (page,) = read_pdf(tmp_path / "groep6.pdf")
    instance = store.forms.instance(decode_payload(page.payload).code)
    assert instance["student_id"] == school["other"]
    assert instance["protocol_version_id"] == school["protocol_students_2026"]
    assert "Protocol sociale media leerlingen" in page.text and "Noor Smit" in page.text
    assert students.template_version == result.template_version  # the same protocol layout


def test_reprinting_makes_new_instances_and_reuses_the_template(store, school, tmp_path):
    selection = Selection.of_class("Groep 5", "OBS De Linde")
    first = print_forms(store, "consent", selection, PRINT_DAY, tmp_path / "a.pdf")
    second = print_forms(store, "consent", selection, PRINT_DAY, tmp_path / "a.pdf")
    assert first.template_version == second.template_version == 1
    assert not set(first.codes) & set(second.codes)
    assert store.forms.count_instances() == 8
    assert all(store.forms.instance(code) for code in first.codes)  # old ones stay
    assert len(store.forms.instances_of("student", school["zoe"])) == 4
    # A consent form version asking less has another layout: a new template version.
    version = store.insert(
        "consent_form_versions",
        {"label": "Alleen foto", "effective_date": "2026-09-01", "created_at": "2026-09-01"},
    )
    for position, code in enumerate(["foto_website", "foto_schoolgids"]):
        store.insert(
            "consent_form_items", {"form_version_id": version, "code": code, "position": position}
        )
    third = print_forms(store, "consent", selection, PRINT_DAY, tmp_path / "b.pdf")
    assert third.template_version == 2
    layout = _layout(store, "consent", 2)
    assert set(layout["pages"][0]["items"]) == {"foto_website", "foto_schoolgids"}
    assert layout["pages"][0]["grid"]["media"] == ["foto"]
    page = read_pdf(tmp_path / "b.pdf")[0]
    assert "Alleen foto" in page.text and "Toestemming voor foto" in page.text
    assert store.forms.instance(third.codes[0])["consent_form_version_id"] == version
    # Before that version is in effect the standard form is still the one printed.
    assert forms.consent_form_for(store, date(2026, 8, 15)).label == "Standaard"


@pytest.mark.parametrize(
    ("kind", "selection", "code"),
    [
        ("consent", Selection.of_class("Groep 9"), "unknown_class"),
        ("consent", Selection.of_class("Groep 5"), "ambiguous_class"),
        ("consent", Selection.of_class("Groep 5", "Elders"), "unknown_school"),
        ("consent", Selection.students(["999999"]), "unknown_student"),
        ("consent", Selection.students([]), "nobody"),
        ("consent", Selection.of_class("Groep 5", "CBS Het Baken"), "nobody"),
        ("protocol", Selection.staff("CBS Het Baken"), None),
        ("brochure", Selection.of_class("Groep 6"), "unknown_kind"),
    ],
)
def test_selections_that_cannot_be_printed_are_refused(
    store, school, tmp_path, kind, selection, code
):
    target = tmp_path / "out.pdf"
    if code is None:  # a valid selection, for contrast
        assert print_forms(store, kind, selection, PRINT_DAY, target).forms == 1
        return
    with pytest.raises(FormsError) as caught:
        print_forms(store, kind, selection, PRINT_DAY, target)
    assert caught.value.code == code
    assert not target.exists() and store.forms.count_instances() == 0


def test_no_protocol_version_for_the_audience_is_refused(store, records, tmp_path):
    linde = records.school("OBS De Linde")
    student = records.student(linde)
    records.enrol(student, records.klass(linde, 2026, "Groep 3"))
    with pytest.raises(FormsError) as caught:
        print_forms(store, "protocol", Selection.of_class("Groep 3"), PRINT_DAY, tmp_path / "x.pdf")
    assert caught.value.code == "no_protocol_version"
    assert "students" in str(caught.value)


def test_nothing_is_stored_when_writing_fails_or_is_cancelled(store, school, tmp_path, monkeypatch):
    selection = Selection.of_class("Groep 5", "OBS De Linde")
    target = tmp_path / "forms.pdf"
    target.write_bytes(b"the previous file")
    audit_before = store.rows("SELECT count(*) AS n FROM audit_log")[0]["n"]

    def cancel_after_start() -> bool:
        cancel_after_start.calls += 1
        return cancel_after_start.calls > 2

    cancel_after_start.calls = 0
    with pytest.raises(Cancelled):
        print_forms(
            store,
            "consent",
            selection,
            PRINT_DAY,
            target,
            Progress(is_cancelled=cancel_after_start),
        )

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    def database_busy(*_args, **_kwargs):
        raise FormsError("busy", "simulated")

    monkeypatch.setattr(forms, "_record", database_busy)
    with pytest.raises(FormsError):
        print_forms(store, "consent", selection, PRINT_DAY, target)
    monkeypatch.undo()

    monkeypatch.setattr(forms_pdf, "write_forms_pdf", disk_full)
    with pytest.raises(FormsError, match="No space left"):
        print_forms(store, "consent", selection, PRINT_DAY, target)
    monkeypatch.undo()

    with pytest.raises(FormsError) as caught:
        print_forms(store, "consent", selection, PRINT_DAY, tmp_path / "missing" / "x.pdf")
    assert caught.value.code == "bad_target"

    assert target.read_bytes() == b"the previous file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")) == []
    assert store.forms.count_instances() == 0
    assert store.rows("SELECT count(*) AS n FROM form_templates")[0]["n"] == 0
    assert store.rows("SELECT count(*) AS n FROM audit_log")[0]["n"] == audit_before


def test_a_failing_insert_rolls_back_every_instance_and_the_template(
    store, school, tmp_path, monkeypatch
):
    """The last instance fails to insert: the template and the others are rolled back."""
    real_insert = store.insert
    calls = {"instances": 0}

    def failing_insert(table, row):
        if table == "form_instances":
            calls["instances"] += 1
            if calls["instances"] == 4:
                raise FormsError("busy", "simulated failure on the fourth form")
        return real_insert(table, row)

    monkeypatch.setattr(store, "insert", failing_insert)
    target = tmp_path / "forms.pdf"
    with pytest.raises(FormsError):
        print_forms(
            store, "consent", Selection.of_class("Groep 5", "OBS De Linde"), PRINT_DAY, target
        )
    assert calls["instances"] == 4
    assert not target.exists()
    assert store.forms.count_instances() == 0
    assert store.rows("SELECT count(*) AS n FROM form_templates")[0]["n"] == 0


def test_instances_are_audited_and_record_who_printed(store, school, tmp_path):
    result = print_forms(
        store, "consent", Selection.students(["004513", "004512"]), PRINT_DAY, tmp_path / "x.pdf"
    )
    assert result.people == 2 and result.forms == 3
    instance = store.forms.instance(result.codes[0])
    assert instance["created_by"] == "test" and instance["pages"] == 1
    audit = store.rows(
        "SELECT table_name FROM audit_log WHERE table_name IN ('form_instances', 'form_templates')"
    )
    assert [row["table_name"] for row in audit].count("form_instances") == 3
    assert [row["table_name"] for row in audit].count("form_templates") == 1


def test_staff_of_all_schools_and_class_choices(store, school):
    description, people = forms.select_people(store, Selection.staff(), PRINT_DAY)
    assert description == "all staff" and [p.name for p in people] == [
        "Anne Bakker",
        "Kees de Vries",
    ]
    choices = forms.class_choices(store, PRINT_DAY)
    assert [(c.school, c.name) for c in choices] == [
        ("CBS Het Baken", "Groep 5"),
        ("OBS De Linde", "Groep 5"),
        ("OBS De Linde", "Groep 6"),
    ]
    plan = forms.plan_forms(store, "consent", Selection.of_class_id(choices[1].id), PRINT_DAY)
    assert (len(plan.forms), plan.people) == (4, 3)


def _rects(spec: dict) -> dict[str, dict]:
    found = {f"marker {name}": rect for name, rect in spec["markers"].items()}
    quiet = spec["qr"]["quiet_zone"]
    found["qr with quiet zone"] = {
        "x": spec["qr"]["x"] - quiet,
        "y": spec["qr"]["y"] - quiet,
        "w": spec["qr"]["w"] + 2 * quiet,
        "h": spec["qr"]["h"] + 2 * quiet,
    }
    found |= {f"field {name}": rect for name, rect in spec["fields"].items()}
    for code, boxes in spec.get("items", {}).items():
        found |= {f"{code} {answer}": rect for answer, rect in boxes.items()}
    return found


def _overlap(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    )


def _designed(store, make) -> list[dict]:
    """Every page of the layout of a version made by ``make`` (None: the default)."""
    form_id = make(store) if make else load_forms(store)[-1].id
    form = next(f for f in load_forms(store) if f.id == form_id)
    layout = forms.consent_design(store, form).layout
    data = json.loads(layout.canonical_json())
    assert data == layout.to_json()  # the stored text is the layout, nothing else
    return data["pages"]


@pytest.mark.parametrize(
    "make",
    [None, press_version, ten_channel_version, "small", "protocol"],
    ids=["consent", "consent-press", "consent-ten-channels", "consent-small", "protocol"],
)
def test_layouts_keep_every_box_on_the_page_and_apart(store, make):
    if make == "protocol":
        pages = json.loads(protocol_layout().canonical_json())["pages"]
    elif make == "small":
        pages = _designed(store, _two_items_version)
    else:
        pages = _designed(store, make)
    for spec in pages:
        rects = _rects(spec)
        for name, rect in rects.items():
            assert rect["x"] >= 5 and rect["y"] >= 5, name  # inside every printer's margin
            assert rect["x"] + rect["w"] <= 205 and rect["y"] + rect["h"] <= 292, name
        names = sorted(rects)
        for index, first in enumerate(names):
            for second in names[index + 1 :]:
                assert not _overlap(rects[first], rects[second]), (first, second)
        for boxes in spec.get("items", {}).values():
            for box in boxes.values():
                assert box["w"] == box["h"] == 6.0
        if "grid" in spec:  # every box lies in its channel's row and its medium's group
            grid = spec["grid"]
            top = grid["y"] + grid["head_h"]
            for channel, height in zip(grid["channels"], grid["row_heights"], strict=True):
                for medium in grid["media"]:
                    for box in spec["items"].get(f"{medium}_{channel}", {}).values():
                        assert top < box["y"] and box["y"] + box["h"] < top + height
                top += height
            assert abs(top - (grid["y"] + grid["h"])) < 0.05


def _two_items_version(store) -> int:
    from korre_desktop.services.consent_forms import FormDefinition, add_form

    default = load_forms(store)[-1]
    return add_form(
        store,
        FormDefinition(
            "klein",
            date(2026, 8, 1),
            default.channels,
            ("foto", "film"),
            items=("foto_website", "film_ouderportaal"),
        ),
    )


def test_students_in_class_agrees_with_the_lists(store, records):
    """The quick per-class query follows the same rule as ``students_on``, moves included."""
    generate_demo(store, students=200, employees=3, seed=11, today=PRINT_DAY)
    school = store.people.schools()[0]["id"]
    first = records.klass(school, 2026, "Groep 1a")
    second = records.klass(school, 2026, "Groep 1b")
    moved = records.student(school, roepnaam="Verhuisd")
    records.enrol(moved, first, end_date=date(2026, 10, 1))
    records.enrol(moved, second, start_date=date(2026, 10, 1))
    both = records.student(school, roepnaam="Dubbel")
    records.enrol(both, first)
    records.enrol(both, second, start_date=date(2026, 9, 1))
    for day in (date(2026, 8, 20), date(2026, 9, 15), PRINT_DAY, date(2027, 3, 1)):
        everyone = store.people.students_on(day)
        for klass in forms.class_choices(store, day):
            expected = sorted(row["id"] for row in everyone if row["class_id"] == klass.id)
            found = sorted(row["id"] for row in store.people.students_on(day, in_class=klass.id))
            assert found == expected, (day, klass)
    ids = {row["id"] for row in store.people.students_on(PRINT_DAY, in_class=second)}
    assert {moved, both} <= ids
