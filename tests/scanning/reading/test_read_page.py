"""Whole pages: a copier batch, a phone photo, and every outcome that is not "read"."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np

from korre_desktop.services.scanning.reading.read_page import OUTCOMES, PageReading, read_page
from korre_desktop.services.scanning.reading.sources import ScanPage, iter_pages
from tests.scanning.reading.drawing import (
    check,
    cross,
    jpeg,
    jpeg_pdf,
    noisy,
    photo,
    px,
    scribble,
    turn,
)

# Per page of the batch: which answer is ticked for every item (a cross or a check).
ANSWERS = [
    lambda index: "yes" if index % 3 else "no",
    lambda index: "no" if index % 2 else "yes",
    lambda index: "yes",
]


def _fill_in(printed, index: int, signed: bool = True) -> tuple[np.ndarray, dict[str, str]]:
    sheet = printed.page(index)
    answers = {}
    for position, (code, boxes) in enumerate(printed.template.items.items()):
        answer = ANSWERS[index](position)
        answers[code] = answer
        (cross if position % 2 else check)(sheet, boxes[answer])
    if signed:
        scribble(sheet, printed.template.signature, seed=index)
    return sheet, answers


def _assert_answers(reading: PageReading, answers: dict[str, str]) -> None:
    assert set(reading.boxes) == set(answers)
    for code, answer in answers.items():
        other = "no" if answer == "yes" else "yes"
        assert reading.boxes[code][answer].ink > 0.1, (code, reading.boxes[code])
        assert reading.boxes[code][other].ink < 0.02, (code, reading.boxes[code])


def test_a_copier_batch_is_read_page_by_page(consent, tmp_path):
    first, answers0 = _fill_in(consent, 0)
    first, _ = turn(first, 3.0, 0.97, (30, -20))
    second, answers1 = _fill_in(consent, 1, signed=False)
    second = cv2.rotate(second, cv2.ROTATE_180)  # fed in upside down
    third, answers2 = _fill_in(consent, 2)
    third = noisy(third, 8)
    back = np.full_like(third, 248)  # a duplex back with a little show-through
    back[cv2.flip(consent.page(0), 1) < 100] = 232
    qualities = [75, 75, 45, 75]
    streams = [
        jpeg(page, q) for page, q in zip((first, second, third, back), qualities, strict=True)
    ]
    path = jpeg_pdf(tmp_path / "batch.pdf", streams)

    readings = [read_page(page, consent.template_for) for page in iter_pages(path)]
    assert [r.outcome for r in readings] == ["read", "read", "read", "blank"]
    assert [r.payload.code for r in readings[:3]] == list(consent.codes)
    for reading, answers in zip(readings, (answers0, answers1, answers2), strict=False):
        assert reading.alignment.markers_found == 4 and reading.alignment.error_mm < 0.5
        _assert_answers(reading, answers)
        assert reading.page_mm is not None and reading.page_mm.dtype == np.uint8
    assert readings[0].signature_ink > 0.01 and readings[2].signature_ink > 0.01
    assert readings[1].signature_ink < 0.001  # not signed
    assert readings[3].qr.attempts == 4 and readings[3].ink < 0.002  # corners only
    for reading in readings:
        scores = json.loads(json.dumps(reading.scores_json()))  # plain JSON all the way
        assert scores["outcome"] == reading.outcome and "total" in scores["seconds"]
    scores = readings[0].scores_json()
    assert scores["qr"]["text"] == readings[0].qr.found.text
    assert scores["alignment"]["markers_found"] == 4
    assert set(scores["boxes"]) == set(answers0) and scores["signature"]["ink"] > 0.01
    assert set(readings[0].seconds) >= {"ink", "qr", "align", "warp", "boxes", "signature", "total"}


def test_a_phone_photo_is_read(consent, tmp_path):
    sheet, answers = _fill_in(consent, 1)
    shot, _ = photo(sheet, [(600, 500), (2500, 620), (2700, 3500), (380, 3400)])
    path = tmp_path / "IMG_2041.jpg"
    path.write_bytes(jpeg(shot, 85))
    (page,) = iter_pages(path)
    assert page.kind == "photo"
    reading = read_page(page, consent.template_for)
    assert reading.outcome == "read" and reading.payload.code == consent.codes[1]
    assert reading.alignment.error_mm < 0.5
    _assert_answers(reading, answers)
    assert reading.signature_ink > 0.01


def test_a_protocol_sheet_has_a_signature_and_no_boxes(protocol):
    sheet = protocol.page()
    scribble(sheet, protocol.template.signature)
    reading = read_page(cv2.resize(sheet, None, fx=0.5, fy=0.5), protocol.template_for)
    assert reading.outcome == "read" and reading.payload.kind == "protocol"
    assert reading.boxes == {} and reading.signature_ink > 0.01
    assert reading.signature_crop is not None


def _half(image: np.ndarray) -> np.ndarray:
    return cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)


def _whiten(image: np.ndarray, rect, margin_mm: float = 1.0) -> None:
    top_left = (px(rect.x - margin_mm), px(rect.y - margin_mm))
    bottom_right = (px(rect.right + margin_mm), px(rect.bottom + margin_mm))
    cv2.rectangle(image, top_left, bottom_right, 255, -1)


def test_pages_that_cannot_be_read_say_why(consent):
    template = consent.template
    no_code = consent.page()
    _whiten(no_code, template.qr, 2.0)
    torn = consent.page()
    for name in ("top_left", "bottom_left", "bottom_right"):
        _whiten(torn, template.markers[name])
    stacked = consent.page(0)
    block = consent.page(1)[px(14) : px(42), px(158) : px(186)]
    stacked[px(250) : px(250) + block.shape[0], px(14) : px(14) + block.shape[1]] = block
    cases = {
        "no_code": (no_code, consent.template_for),
        "not_aligned": (torn, consent.template_for),
        "several_codes": (stacked, consent.template_for),
        "unknown_template": (consent.page(), lambda kind, version, page: None),
    }
    for outcome, (image, template_for) in cases.items():
        reading = read_page(_half(image), template_for)
        assert reading.outcome == outcome and outcome in OUTCOMES
        assert reading.boxes == {} and reading.page_mm is None
        assert reading.ink > 0.005
        json.dumps(reading.scores_json())
    reading = read_page(_half(no_code), consent.template_for)
    assert reading.payload is None and reading.qr.attempts > 5


def test_two_threads_read_the_same_as_one(consent):
    pages = []
    for index in range(3):
        sheet, _ = _fill_in(consent, index)
        sheet, _ = turn(sheet, 1.5 * index, 1.0)
        page = ScanPage(consent.pdf, index, 3, _half(sheet), "scan", 150.0)
        pages.append(page)
    pages.append(pages[0])  # the same page twice at once

    def scores(reading: PageReading) -> dict:
        found = reading.scores_json()
        del found["seconds"]
        return found

    template = consent.template  # read here: the store belongs to this thread

    def template_for(kind: str, version: int, page: int):
        return template

    alone = [scores(read_page(page, template_for)) for page in pages]
    with ThreadPoolExecutor(2) as pool:
        together = [scores(r) for r in pool.map(lambda p: read_page(p, template_for), pages)]
    assert together == alone
