"""A batch of scanned forms read end to end into the database, scored against the truth
the corpus generator drew: confident pages saved with their evidence, everything in doubt
in review, blank backs and rescans skipped, bad files reported, nothing half-written."""

import json

import pytest

from korre_desktop.services.progress import Progress
from korre_desktop.services.scanning import review
from korre_desktop.services.scanning.batch import scan_files
from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import load_truth
from korre_desktop.testing.scan_scoring import score_batch
from tests.conftest import SCAN_DAY
from tests.services.evidence import samples


@pytest.fixture
def scans(scan_db):
    with Store.open(scan_db, actor="test") as store:
        yield store


def _count(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_copier_batch_is_filed_without_a_wrong_person_or_an_unseen_wrong_answer(
    scans, scan_corpora
):
    truth = load_truth(scan_corpora.copier)
    report = scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY)
    score = score_batch(scans, report.batch_id, truth)
    assert score["wrong_person"] == 0
    assert score["wrong_answers_unseen"] == 0
    assert score["identified"] == score["form_pages"]  # every form page matched to its form
    assert score["review_rate_clean"] == 0.0
    assert score["not_filed"] == []
    assert report.pages == len(truth)
    # The unclear pages wait for a person: unsigned, light ticks, items left open.
    unclear = {page.index for page in truth if page.kind != "blank" and not page.clean}
    in_review = {page.index for page in report.filed if page.status == "review"}
    assert in_review == unclear
    assert report.skipped == 1 and report.reasons["blank_page"] == 1
    assert report.saved == len(truth) - len(unclear) - 1
    saved_consent = sum(1 for p in truth if p.kind == "consent" and p.clean)
    saved_protocol = sum(1 for p in truth if p.kind == "protocol" and p.clean)
    assert _count(scans, "consent_statements WHERE source = 'scan'") == saved_consent
    assert _count(scans, "protocol_signatures WHERE note LIKE 'Ingelezen%'") == saved_protocol


def test_a_saved_page_keeps_its_page_as_evidence_and_its_raw_scores(scans, scan_corpora):
    report = scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY)
    saved = [page for page in report.filed if page.status == "saved"]
    row = scans.scans.page(saved[0].page_id)
    statement_id = row["statement_id"] or row["protocol_signature_id"]
    assert statement_id
    table = "consent_statements" if row["statement_id"] else "protocol_signatures"
    evidence = scans.rows(f"SELECT evidence_sha256, note FROM {table} WHERE id = ?", [statement_id])
    assert evidence[0]["evidence_sha256"] == row["image_sha256"]
    assert scans.blob_mime(row["image_sha256"]) == "image/jpeg"
    assert "Ingelezen van formulier KF-" in evidence[0]["note"]
    assert scans.blob(row["signature_sha256"])[:2] == b"\xff\xd8"  # the signature crop
    scores = json.loads(row["scores"])
    assert scores["alignment"]["error_mm"] < 0.5
    assert scores["signature"]["ink"] > 0.003
    batch = scans.scans.batch(report.batch_id)
    assert json.loads(batch["report"])["saved"] == report.saved
    assert json.loads(batch["thresholds"])["marked_above"] > 0


def test_the_same_scan_read_again_saves_nothing_new(scans, scan_corpora):
    scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY)
    statements = _count(scans, "consent_statements")
    again = scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY)
    assert again.saved == 0 and again.review == 0
    assert again.reasons["same_image"] == again.pages - 1  # all but the blank back
    assert _count(scans, "consent_statements") == statements


def test_phone_photos_are_read_and_straightened(scans, scan_corpora):
    report = scan_files(scans, scan_corpora.photo_files, SCAN_DAY)
    score = score_batch(scans, report.batch_id, load_truth(scan_corpora.photos))
    assert score["identified"] == 3 and score["wrong_person"] == 0
    assert report.saved == 3
    row = scans.scans.page(report.filed[0].page_id)
    # The stored proof is the straightened page; the photo itself is kept beside it.
    assert scans.original_of(row["image_sha256"]) is not None


def test_forms_from_another_database_or_cancelled_ones_go_to_review(scans, scan_corpora, tmp_path):
    truth = load_truth(scan_corpora.copier)
    first = next(page for page in truth if page.kind == "consent" and page.clean)
    instance = scans.scans.instance(first.code)
    scans.update("form_instances", instance["id"], {"cancelled_at": "2026-11-20T10:00:00"})
    report = scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY)
    filed = {page.index: page for page in report.filed}
    assert filed[first.index].status == "review"
    assert "cancelled_form" in filed[first.index].reasons

    with Store.create(tmp_path / "other.sqlite", actor="test") as other:
        foreign = scan_files(other, [scan_corpora.copier_pdf], SCAN_DAY)
        assert foreign.saved == 0
        assert foreign.reasons["unknown_form"] == foreign.pages - 1


def test_bad_files_are_reported_and_the_good_ones_still_read(scans, scan_corpora, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(scan_corpora.copier_pdf.read_bytes()[:5000])  # a cut-off transfer
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    huge = tmp_path / "huge.png"  # a tiny file claiming 9000 x 8000 pixels
    huge.write_bytes(samples.png_claiming(9000, 8000))
    report = scan_files(scans, [broken, text, huge, *scan_corpora.photo_files], SCAN_DAY)
    problems = {problem.source: problem.reason for problem in report.file_problems}
    assert set(problems) == {"broken.pdf", "notes.jpg", "huge.png"}
    assert problems["huge.png"] == "too_large"
    assert report.saved == 3  # the photos


def test_a_cancelled_batch_keeps_what_was_filed_and_closes_its_record(scans, scan_corpora):
    steps = []
    progress = Progress(
        report=lambda done, total, label: steps.append(done), is_cancelled=lambda: len(steps) > 5
    )
    report = scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY, progress)
    assert report.cancelled
    assert 0 < report.pages < len(load_truth(scan_corpora.copier))
    assert _count(scans, "scan_pages") == report.pages
    batch = scans.scans.batch(report.batch_id)
    assert batch["cancelled"] == 1 and batch["finished_at"]


def test_review_confirms_corrects_assigns_and_rejects(scans, scan_corpora):
    truth = {page.index: page for page in load_truth(scan_corpora.copier)}
    scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY)
    queue = review.pages_to_review(scans)
    assert len(queue) == review.count_to_review(scans) >= 3
    pages = [review.review_page(scans, page_id) for page_id in queue]
    unsigned = next(p for p in pages if "unsigned" in p.reasons)
    assert unsigned.template is not None  # the straightened page: boxes can be outlined
    assert unsigned.person is not None and unsigned.form is not None
    answers = dict(truth[unsigned.index].answers)
    statement_id = review.confirm(scans, unsigned.id, answers, SCAN_DAY, today=SCAN_DAY)
    saved = scans.rows("SELECT answers, note FROM consent_statements WHERE id = ?", [statement_id])
    assert json.loads(saved[0]["answers"]) == answers
    assert "gecontroleerd" in saved[0]["note"]
    assert scans.scans.page(unsigned.id)["status"] == "saved"
    with pytest.raises(review.EntryError) as refused:
        review.confirm(scans, unsigned.id, answers, SCAN_DAY, today=SCAN_DAY)
    assert refused.value.code == "already_decided"

    open_items = next(p for p in pages if "no_answer" in p.reasons)
    corrected = {code: True for code in open_items.form.item_codes}
    review.confirm(scans, open_items.id, corrected, SCAN_DAY, today=SCAN_DAY)
    note = scans.rows(
        "SELECT note FROM consent_statements WHERE id = ?",
        [scans.scans.page(open_items.id)["statement_id"]],
    )[0]["note"]
    assert "gecorrigeerd: " in note

    other = next(p for p in pages if p.id not in (unsigned.id, open_items.id))
    review.reject(scans, other.id, "kopie")
    assert scans.scans.page(other.id)["status"] == "rejected"
    assert review.count_to_review(scans) == len(queue) - 3


def test_a_page_without_a_readable_code_is_assigned_by_its_printed_code(scans, scan_corpora):
    truth = load_truth(scan_corpora.copier)
    page = next(p for p in truth if p.kind == "consent" and p.clean)
    report = scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY)
    batch_id = report.batch_id
    # A page whose QR code was torn off: stored for review without a form.
    page_id = scans.insert(
        "scan_pages",
        {
            "batch_id": batch_id,
            "source_name": "torn.jpg",
            "source_index": 0,
            "outcome": "no_code",
            "status": "review",
            "reasons": json.dumps(["no_code"]),
            "read_at": "2026-11-24T10:00:00",
        },
    )
    with pytest.raises(review.EntryError) as bad:
        review.assign_code(scans, page_id, "KF-0000-0001")
    assert bad.value.code == "bad_code"
    typed = f"kf {page.code[:4].lower()} {page.code[4:]}"
    assigned = review.assign_code(scans, page_id, typed)
    assert assigned.form_code == page.code and assigned.person is not None
    with pytest.raises(review.EntryError) as twice:
        review.confirm(scans, page_id, dict(page.answers), SCAN_DAY, today=SCAN_DAY)
    assert twice.value.code == "already_saved"  # the copier batch saved this form already
    review.confirm(scans, page_id, dict(page.answers), SCAN_DAY, today=SCAN_DAY, allow_second=True)
    assert scans.scans.page(page_id)["status"] == "saved"


def test_a_batch_that_cannot_write_leaves_no_half_page(scans, scan_corpora, monkeypatch):
    from korre_desktop.services.scanning import filing

    calls = []

    def failing_insert(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return original(*args, **kwargs)

    original = filing.save_statement
    monkeypatch.setattr(filing, "save_statement", failing_insert)
    with pytest.raises(RuntimeError):
        scan_files(scans, [scan_corpora.copier_pdf], SCAN_DAY)
    # Pages filed before the failure are complete; the failing page left nothing behind.
    rows = scans.rows("SELECT status, statement_id, protocol_signature_id FROM scan_pages")
    saved = [row for row in rows if row["status"] == "saved"]
    assert len(saved) == 2
    assert all(row["statement_id"] or row["protocol_signature_id"] for row in saved)
    statements = _count(scans, "consent_statements WHERE source = 'scan'")
    signatures = _count(scans, "protocol_signatures WHERE note LIKE 'Ingelezen%'")
    assert statements + signatures == 2
    batch = scans.scans.batch(scans.scans.batches()[0]["id"])
    assert batch["finished_at"]


def test_the_corpus_database_is_not_touched_by_a_test(scan_corpora):
    # Guard for the fixtures above: tests read into copies.
    with Store.open(scan_corpora.base, actor="test") as base:
        assert _count(base, "scan_pages") == 0
