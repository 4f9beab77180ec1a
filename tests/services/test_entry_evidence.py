"""Evidence that shows another form than the one entered is refused, and nothing is saved.

The forms are printed for real and read back from a scan, a phone photo or a PDF, as the
office attaches them (issue 13, item 1).
"""

from __future__ import annotations

import zlib
from datetime import date

import cv2
import numpy as np
import pytest

from korre_desktop.services import entry
from korre_desktop.services.entry import ConsentEntry, EntryError, PersonChoice
from korre_desktop.services.entry_evidence import (
    CANCELLED_FORM,
    OTHER_KIND,
    OTHER_PERSON,
    OTHER_SIGNER,
    UNKNOWN_FORM,
    attach_evidence,
)
from korre_desktop.services.evidence import EvidenceError, prepare_evidence, source_from_bytes
from korre_desktop.services.forms import Selection
from korre_desktop.store import Store
from tests.conftest import Records
from tests.printed_evidence import make_school, page_of, print_pages
from tests.services.evidence.photos import render_form_page
from tests.services.evidence.samples import build_pdf, encode
from tests.services.importing.conftest import dump

DAY = date(2026, 11, 24)


@pytest.fixture
def school(records):
    return make_school(records, 2026)


@pytest.fixture
def consent_pages(store, school, tmp_path):
    """Three consent forms: Sem for Ilse, Sem for Peter, Lotte for Marieke."""
    return print_pages(
        store, "consent", Selection.of_class_id(school.groep5), DAY, tmp_path / "c.pdf"
    )


@pytest.fixture
def protocol_pages(store, school, tmp_path):
    """Anne's protocol sheet."""
    return print_pages(store, "protocol", Selection.staff(), DAY, tmp_path / "p.pdf")


def choice(store: Store, person_id: int, kind: str = "student") -> PersonChoice:
    found = entry.person_by_id(store, kind, person_id)
    assert found is not None
    return found


def signer(store: Store, person: PersonChoice, guardian_id: int | None):
    """The guardian with this id, or (None) the person themself."""
    signers = entry.signers_for(store, person)
    if guardian_id is None:
        return signers[-1]
    (found,) = [s for s in signers if s.guardian_id == guardian_id]
    return found


def enter_consent(store, data: bytes, name: str, person, who, **prepare) -> int:
    """Attach ``data`` as evidence and save an all-yes consent form, as the dialog and the
    command line do: one transaction."""
    prepared = prepare_evidence(source_from_bytes(data, name), **prepare)
    form = entry.form_versions(store)[0]
    with store.transaction():
        sha = attach_evidence(store, prepared, person, "consent", who)
        return entry.save_consent(
            store,
            ConsentEntry(person, who, DAY, form, dict.fromkeys(form.item_codes, True), "", sha),
            today=DAY,
        )


def refused(store, code: str, enter) -> EntryError:
    before = dump(store)
    with pytest.raises(EntryError) as caught:
        enter()
    assert caught.value.code == code, caught.value
    assert dump(store) == before  # no statement, no blob, no audit row
    return caught.value


def test_another_childs_form_is_refused_naming_both(store, school, consent_pages):
    sem_ilse = page_of(consent_pages, school.sem, school.ilse)
    lotte = choice(store, school.lotte)
    error = refused(
        store,
        OTHER_PERSON,
        lambda: enter_consent(
            store, sem_ilse.scan(), "scan.png", lotte, signer(store, lotte, school.marieke)
        ),
    )
    assert error.params["form_person"] == "Sem de Vries"
    assert error.params["person"] == "Lotte Bakker"
    assert "Sem de Vries" in str(error) and "Lotte Bakker" in str(error)


def test_the_right_form_and_signer_is_saved_with_its_evidence(store, school, consent_pages):
    sem_ilse = page_of(consent_pages, school.sem, school.ilse)
    sem = choice(store, school.sem)
    statement = enter_consent(
        store, sem_ilse.scan(), "scan.png", sem, signer(store, sem, school.ilse)
    )
    row = store.rows("SELECT * FROM consent_statements WHERE id = ?", [statement])[0]
    assert row["guardian_id"] == school.ilse and row["evidence_sha256"]
    assert store.blob_mime(row["evidence_sha256"]) == "image/jpeg"


@pytest.mark.parametrize("other", ["peter", "student"])
def test_the_form_printed_for_the_other_signer_is_refused(store, school, consent_pages, other):
    sem_ilse = page_of(consent_pages, school.sem, school.ilse)
    sem = choice(store, school.sem)
    who = signer(store, sem, school.peter if other == "peter" else None)
    error = refused(
        store, OTHER_SIGNER, lambda: enter_consent(store, sem_ilse.scan(), "s.png", sem, who)
    )
    assert error.params["form_signer"] == "Ilse Jansen"
    assert error.params["signer"] == who.name


def test_a_phone_photo_of_another_childs_form_is_refused(store, school, consent_pages):
    lotte_page = page_of(consent_pages, school.lotte)
    sem = choice(store, school.sem)
    photo = lotte_page.photo()
    prepared = prepare_evidence(source_from_bytes(photo, "IMG_0412.jpg"))
    assert prepared.operation["straightened"] is True
    assert [payload.code for payload in prepared.form_codes] == [lotte_page.code]
    error = refused(
        store,
        OTHER_PERSON,
        lambda: enter_consent(store, photo, "IMG_0412.jpg", sem, signer(store, sem, school.ilse)),
    )
    assert error.params["form_person"] == "Lotte Bakker"


def test_a_crop_does_not_hide_whose_form_it_is(store, school, consent_pages):
    lotte_page = page_of(consent_pages, school.lotte)
    sem = choice(store, school.sem)
    refused(
        store,
        OTHER_PERSON,
        lambda: enter_consent(
            store,
            lotte_page.scan(),
            "scan.png",
            sem,
            signer(store, sem, school.ilse),
            crop=(0.0, 0.5, 1.0, 1.0),  # the lower half: the QR code is at the top
        ),
    )


def test_every_page_of_a_pdf_counts(store, school, consent_pages, tmp_path):
    """The whole print (three forms) attached for Lotte, her own page chosen: the original
    stored would hold Sem's forms too."""
    data = (tmp_path / "c.pdf").read_bytes()
    lotte = choice(store, school.lotte)
    who = signer(store, lotte, school.marieke)
    page = [p.person_id for p in consent_pages].index(school.lotte)
    error = refused(
        store,
        OTHER_PERSON,
        lambda: enter_consent(store, data, "stapel.pdf", lotte, who, page=page),
    )
    assert error.params["form_person"] == "Sem de Vries"


def test_a_protocol_sheet_is_no_consent_form_and_the_reverse(
    store, school, consent_pages, protocol_pages
):
    anne = choice(store, school.anne, "employee")
    sheet = protocol_pages[0]
    error = refused(
        store,
        OTHER_KIND,
        lambda: enter_consent(store, sheet.scan(), "p.png", anne, signer(store, anne, None)),
    )
    assert (error.params["form_kind"], error.params["kind"]) == ("protocol", "consent")
    # A consent form attached to a protocol signature.
    sem = choice(store, school.sem)
    consent_scan = page_of(consent_pages, school.sem, school.ilse).scan()
    records = Records(store)
    version = records.protocol_version("students", "2026", date(2026, 8, 1))

    def sign() -> None:
        prepared = prepare_evidence(source_from_bytes(consent_scan, "c.png"))
        with store.transaction():
            sha = attach_evidence(store, prepared, sem, "protocol")
            entry.save_protocol_signature(store, sem, version, DAY, "Goes", sha, today=DAY)

    error = refused(store, OTHER_KIND, sign)
    assert (error.params["form_kind"], error.params["kind"]) == ("consent", "protocol")


def test_a_cancelled_form_is_refused(store, school, consent_pages):
    sem_ilse = page_of(consent_pages, school.sem, school.ilse)
    instance = store.forms.instance(sem_ilse.code)
    store.update("form_instances", instance["id"], {"cancelled_at": "2026-11-20T10:00:00"})
    sem = choice(store, school.sem)
    error = refused(
        store,
        CANCELLED_FORM,
        lambda: enter_consent(
            store, sem_ilse.scan(), "s.png", sem, signer(store, sem, school.ilse)
        ),
    )
    assert error.params["form_code"].startswith("KF-")


def test_a_form_from_another_database_is_refused(store, school, tmp_path):
    with Store.open(tmp_path / "elsewhere.sqlite", actor="test", create=True) as other:
        elsewhere = make_school(Records(other), 2026)
        pages = print_pages(
            other, "consent", Selection.of_class_id(elsewhere.groep5), DAY, tmp_path / "o.pdf"
        )
    foreign = page_of(pages, elsewhere.sem, elsewhere.ilse)
    sem = choice(store, school.sem)
    error = refused(
        store,
        UNKNOWN_FORM,
        lambda: enter_consent(store, foreign.scan(), "s.png", sem, signer(store, sem, school.ilse)),
    )
    assert error.params["form_code"].replace("-", "").endswith(foreign.code)


def test_evidence_without_a_code_is_accepted(store, school):
    letter = encode(render_form_page(150), "PNG")
    prepared = prepare_evidence(source_from_bytes(letter, "brief.png"))
    assert prepared.form_codes == ()
    lotte = choice(store, school.lotte)
    statement = enter_consent(store, letter, "brief.png", lotte, signer(store, lotte, None))
    assert store.rows("SELECT evidence_sha256 FROM consent_statements WHERE id = ?", [statement])[
        0
    ]["evidence_sha256"]


def test_codes_are_read_at_saving_when_preparing_did_not(store, school, consent_pages):
    sem_page = page_of(consent_pages, school.sem, school.ilse)
    prepared = prepare_evidence(source_from_bytes(sem_page.scan(), "s.png"), read_codes=False)
    assert prepared.form_codes is None
    lotte = choice(store, school.lotte)
    before = dump(store)
    with pytest.raises(EntryError) as caught:
        attach_evidence(store, prepared, lotte, "consent", signer(store, lotte, None))
    assert caught.value.code == OTHER_PERSON and dump(store) == before


def test_a_withdrawal_with_another_childs_form_is_refused(store, school, consent_pages):
    sem_page = page_of(consent_pages, school.sem, school.ilse)
    lotte = choice(store, school.lotte)
    who = signer(store, lotte, school.marieke)

    def withdraw() -> None:
        prepared = prepare_evidence(source_from_bytes(sem_page.scan(), "mail.png"))
        with store.transaction():
            sha = attach_evidence(store, prepared, lotte, "consent", who)
            entry.withdraw_consent(store, lotte, who, DAY, ["foto_website"], "", sha, today=DAY)

    refused(store, OTHER_PERSON, withdraw)


# -- no protocol version yet (issue 13, item 16) ------------------------------------------------


def test_no_protocol_version_for_students_is_said_plainly(store, school):
    sem = choice(store, school.sem)
    before = dump(store)
    with pytest.raises(EntryError) as caught:
        entry.protocol_version_to_sign(store, sem, DAY)
    assert caught.value.code == "no_protocol_version"
    assert caught.value.params == {"audience": "students"}
    assert "no protocol version for students yet" in str(caught.value)
    with pytest.raises(EntryError) as caught:
        entry.save_protocol_signature(store, sem, 1, DAY, "Goes", today=DAY)
    assert caught.value.code == "no_protocol_version"
    assert dump(store) == before
    # Staff have one: it is the default, and a label picks it by name.
    anne = choice(store, school.anne, "employee")
    assert entry.protocol_version_to_sign(store, anne, DAY).label == "2026"
    assert entry.protocol_version_to_sign(store, anne, DAY, "2026").label == "2026"
    with pytest.raises(EntryError) as caught:
        entry.protocol_version_to_sign(store, anne, DAY, "2019")
    assert caught.value.code == "unknown_protocol_version" and "2026" in str(caught.value)


def test_a_picture_of_two_forms_side_by_side_shows_both(store, school, consent_pages):
    sem_page = page_of(consent_pages, school.sem, school.ilse)
    lotte_page = page_of(consent_pages, school.lotte)
    both = np.hstack([sem_page.grey, lotte_page.grey])
    ok, data = cv2.imencode(".png", both)
    assert ok
    prepared = prepare_evidence(source_from_bytes(data.tobytes(), "twee.png"))
    assert {payload.code for payload in prepared.form_codes} == {sem_page.code, lotte_page.code}
    sem = choice(store, school.sem)
    error = refused(
        store,
        OTHER_PERSON,
        lambda: enter_consent(
            store, data.tobytes(), "twee.png", sem, signer(store, sem, school.ilse)
        ),
    )
    assert error.params["form_person"] == "Lotte Bakker"


def scan_and_bomb_pdf(grey: np.ndarray) -> bytes:
    """Page 1: ``grey`` as a JPEG scan; page 2: an image claiming far too many pixels."""
    ok, jpeg = cv2.imencode(".jpg", grey)
    assert ok
    height, width = grey.shape
    bomb = zlib.compress(b"\x00" * 256)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
    image = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
            page + b" /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
            image % (width, height)
            + b" /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % jpeg.size
            + jpeg.tobytes()
            + b"\nendstream",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            page + b" /Resources << /XObject << /Im0 7 0 R >> >> /Contents 5 0 R >>",
            image % (20_000, 12_000)
            + b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(bomb)
            + bomb
            + b"\nendstream",
        ]
    )


def test_a_damaged_other_page_does_not_stop_the_chosen_one(store, school, consent_pages):
    """A PDF whose second page is refused (too many pixels): the first, kept page is read."""
    sem_page = page_of(consent_pages, school.sem, school.ilse)
    source = source_from_bytes(scan_and_bomb_pdf(sem_page.grey), "stapel.pdf")
    with pytest.raises(EvidenceError):
        prepare_evidence(source, 1)
    prepared = prepare_evidence(source)
    assert [payload.code for payload in prepared.form_codes] == [sem_page.code]
