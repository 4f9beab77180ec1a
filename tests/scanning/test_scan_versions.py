"""Forms of every consent form version are read back by the layout they were printed with:
each version its own stored template, the answers filed as a statement on the version
printed on the form, and the information page of a two-page form skipped."""

from __future__ import annotations

import json
from datetime import date

import pytest

from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.scanning import review
from korre_desktop.services.scanning.batch import scan_files
from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import PDF_NAME, build_corpus
from korre_desktop.testing.scan_scoring import score_batch
from tests.services.form_versions import press_version, ten_channel_version

DAY = date(2026, 11, 24)


@pytest.fixture
def demo(store: Store) -> Store:
    generate_demo(store, students=60, employees=4, seed=3, today=DAY)
    return store


def _statements(store: Store, batch_id: int) -> dict[str, dict]:
    """Form code -> the statement saved from its page in the batch."""
    rows = store.rows(
        """SELECT i.code, s.form_version_id, s.answers, i.consent_form_version_id
           FROM scan_pages p JOIN form_instances i ON i.id = p.form_instance_id
           JOIN consent_statements s ON s.id = p.statement_id WHERE p.batch_id = ?""",
        [batch_id],
    )
    return {row["code"]: row for row in rows}


def _template_items(store: Store, version: int) -> list[set[str]]:
    layout = json.loads(store.forms.template("consent", version)["layout"])
    return [set(page.get("items", {})) for page in layout["pages"]]


def test_forms_of_two_versions_are_read_in_one_batch_and_filed_on_their_own_version(demo, tmp_path):
    standard = load_forms(demo)[0]
    before = build_corpus(demo, tmp_path / "standard", consent=3, dpi=200, seed=4, on=DAY)
    press_id = press_version(demo, effective=date(2026, 11, 1))
    after = build_corpus(demo, tmp_path / "press", consent=4, dpi=200, seed=5, on=DAY)
    # Each version its own stored layout, holding exactly its items.
    versions = {page.template_version for page in before.pages} | {
        page.template_version for page in after.pages
    }
    assert len(versions) == 2
    (old,) = {page.template_version for page in before.pages}
    (new,) = {page.template_version for page in after.pages}
    assert _template_items(demo, old) == [set(standard.items)]
    assert _template_items(demo, new) == [{"foto_klassenfoto", "foto_pers", "film_pers"}]

    files = [tmp_path / "standard" / PDF_NAME, tmp_path / "press" / PDF_NAME]
    report = scan_files(demo, files, DAY)
    truth = before.pages + after.pages
    assert report.saved == len(truth) and report.review == 0
    saved = _statements(demo, report.batch_id)
    assert len(saved) == len(truth)
    for page in truth:
        statement = saved[page.code]
        expected = standard.id if page in before.pages else press_id
        assert statement["form_version_id"] == statement["consent_form_version_id"] == expected
        assert json.loads(statement["answers"]) == page.answers
    assert set(after.pages[0].answers) == {"foto_klassenfoto", "foto_pers", "film_pers"}


def test_a_two_page_form_is_read_from_its_answer_page(demo, tmp_path):
    version_id = ten_channel_version(demo)
    # (A seed whose pages all stay on the copier's glass: a page fed 5 degrees skewed that
    # loses three corners cannot be aligned on any form, and goes to review.)
    corpus = build_corpus(
        demo, tmp_path / "ten", consent=10, profile="mixed", dpi=200, seed=22, on=DAY
    )
    kinds = [page.kind for page in corpus.pages]
    assert kinds.count("info") == 5 and kinds.count("consent") == 5  # five forms, two pages
    answer_pages = [page for page in corpus.pages if page.kind == "consent"]
    assert {page.page for page in answer_pages} == {2}
    assert all(len(page.items) == 30 for page in answer_pages)  # 10 channels x 3 media

    report = scan_files(demo, corpus.files, DAY)
    score = score_batch(demo, report.batch_id, corpus.pages)
    assert score["wrong_person"] == 0 and score["wrong_answers_unseen"] == 0
    assert score["identified"] == len(corpus.pages)  # the information pages too
    assert score["info_pages_skipped"] == 5
    assert report.reasons["info_page"] == 5
    filed = {(page.source, page.index): page for page in report.filed}
    for page in corpus.pages:
        status = filed[(page.source, page.index)].status
        if page.kind == "info":
            assert status == "skipped"
        else:
            assert status == ("saved" if page.clean else "review")
    saved = _statements(demo, report.batch_id)
    clean = [page for page in answer_pages if page.clean]
    assert 0 < len(clean) < len(answer_pages)  # some in doubt: waiting for a person
    assert len(saved) == len(clean)
    for page in clean:
        assert saved[page.code]["form_version_id"] == version_id
        assert json.loads(saved[page.code]["answers"]) == page.answers

    # A copy of a doubtful answer page whose QR code was torn off: typing the printed code
    # links it to the form's answer page (2), read against that page's boxes.
    doubtful = next(page for page in answer_pages if not page.clean)
    page_id = demo.insert(
        "scan_pages",
        {
            "batch_id": report.batch_id,
            "source_name": "torn.jpg",
            "source_index": 0,
            "outcome": "no_code",
            "status": "review",
            "reasons": json.dumps(["no_code"]),
            "read_at": "2026-11-24T10:00:00",
        },
    )
    assigned = review.assign_code(demo, page_id, doubtful.code)
    assert demo.scans.page(page_id)["form_page"] == 2
    assert assigned.form is not None and assigned.form.id == version_id
    answers = {code: True for code in assigned.form.item_codes}
    statement_id = review.confirm(demo, page_id, answers, DAY, today=DAY)
    row = demo.rows(
        "SELECT form_version_id, answers FROM consent_statements WHERE id = ?", [statement_id]
    )
    assert row[0]["form_version_id"] == version_id
    assert json.loads(row[0]["answers"]) == answers
