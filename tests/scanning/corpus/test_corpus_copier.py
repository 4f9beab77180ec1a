"""The copier corpus: a PDF of one DCT image per page whose QR codes decode to the truth,
forms that exist in the database, blank backs, geometry truth and determinism."""

import json
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from korre_desktop.domain.form_codes import decode_payload
from korre_desktop.services.demo import generate_demo
from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import (
    PDF_NAME,
    build_corpus,
    copier_pdf_filters,
    embedded_jpegs,
    load_truth,
    write_copier_pdf,
)
from korre_desktop.testing.scan_corpus.pdf_out import encode_jpeg, jpeg_size

DAY = date(2026, 11, 24)


@pytest.fixture
def demo(store):
    generate_demo(store, students=150, employees=15, seed=1, today=DAY)
    return store


def decode(jpeg: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_UNCHANGED)


def paper_point(corners, x_mm: float, y_mm: float) -> np.ndarray:
    """Where a point of the paper (mm) lies in the image, from the truth's paper corners."""
    source = np.float32([(0, 0), (210, 0), (210, 297), (0, 297)])
    matrix = cv2.getPerspectiveTransform(source, np.float32(corners))
    return cv2.perspectiveTransform(np.float32([[(x_mm, y_mm)]]), matrix)[0, 0]


def test_copier_pdf_pages_decode_to_the_truth(demo, tmp_path):
    corpus = build_corpus(
        demo,
        tmp_path / "out",
        consent=9,
        protocol=3,
        profile="mixed",
        blank_backs=2,
        seed=5,
        on=DAY,
    )
    assert corpus.files == [tmp_path / "out" / PDF_NAME]
    assert load_truth(tmp_path / "out") == corpus.pages
    pages = corpus.pages
    assert [p.index for p in pages] == list(range(14))
    assert {p.source for p in pages} == {PDF_NAME}
    assert [p.kind for p in pages].count("blank") == 2
    assert sorted(p.kind for p in pages if p.kind != "blank") == ["consent"] * 9 + ["protocol"] * 3
    # A copier PDF: each page exactly one image, a JPEG embedded as it is.
    assert copier_pdf_filters(corpus.files[0]) == [[["DCTDecode"]]] * len(pages)
    flipped = 0
    for truth, jpeg in zip(pages, embedded_jpegs(corpus.files[0]), strict=True):
        image = decode(jpeg)
        assert image.ndim == 2 and image.shape == (3508, 2480)  # greyscale A4 at 300 dpi
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        if truth.kind == "blank":
            assert not found
            assert truth.code is None and not truth.signed and truth.items == {}
            assert image.mean() > 215 and np.percentile(image, 1) > 190  # near-white
            continue
        assert len(found) == 1, (truth.index, truth.rotation, truth.upside_down)
        payload = decode_payload(found[0].text)
        assert (payload.code, payload.page, payload.kind) == (truth.code, truth.page, truth.kind)
        assert payload.template_version == truth.template_version
        instance = demo.forms.instance(truth.code)
        assert instance is not None and instance["kind"] == truth.kind
        assert bool(truth.items) == (truth.kind == "consent")
        # The truth's paper corners put the QR symbol where zxing finds it (within 1.5 mm).
        layout = json.loads(demo.forms.template(truth.kind, truth.template_version)["layout"])
        qr = layout["pages"][truth.page - 1]["qr"]
        where = found[0].position
        found_centre = np.mean([(p.x, p.y) for p in (where.top_left, where.bottom_right)], axis=0)
        want = paper_point(truth.corners, qr["x"] + qr["w"] / 2, qr["y"] + qr["h"] / 2)
        assert np.linalg.norm(found_centre - want) < 1.5 * 300 / 25.4
        # zxing's orientation says how the page lies: upside-down pages turned 180 degrees.
        expected = truth.rotation + (180 if truth.upside_down else 0)
        turned = (found[0].orientation + expected + 180) % 360 - 180  # zxing turns clockwise
        assert abs(turned) < 3, (found[0].orientation, truth.rotation, truth.upside_down)
        flipped += truth.upside_down
    assert flipped >= 1
    consent = [p for p in pages if p.kind == "consent"]
    assert all(set(p.answers) == set(p.items) for p in consent)


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another(demo, tmp_path):
    options = {"consent": 3, "protocol": 1, "dpi": 150, "on": DAY, "profile": "mixed"}
    first = build_corpus(demo, tmp_path / "a", seed=7, **options)
    other_store = Store.create(tmp_path / "other.sqlite", actor="test")
    try:
        generate_demo(other_store, students=150, employees=15, seed=1, today=DAY)
        again = build_corpus(other_store, tmp_path / "b", seed=7, **options)
    finally:
        other_store.close()
    assert again.pages == first.pages  # also the form codes
    assert (tmp_path / "a" / PDF_NAME).read_bytes() == (tmp_path / "b" / PDF_NAME).read_bytes()
    assert (tmp_path / "a" / "truth.json").read_bytes() == (
        tmp_path / "b" / "truth.json"
    ).read_bytes()
    different = build_corpus(demo, tmp_path / "c", seed=8, **options)
    assert [p.code for p in different.pages] != [p.code for p in first.pages]
    assert [p.items for p in different.pages] != [p.items for p in first.pages]
    assert embedded_jpegs(tmp_path / "c" / PDF_NAME) != embedded_jpegs(tmp_path / "a" / PDF_NAME)


def test_the_copier_pdf_keeps_the_jpeg_bytes_and_the_page_size(tmp_path: Path):
    rng = np.random.default_rng(3)
    grey = (rng.random((1754, 1240)) * 255).astype(np.uint8)  # A4 at 150 dpi
    jpeg = encode_jpeg(grey, 70)
    assert jpeg_size(jpeg) == (1240, 1754)
    path = write_copier_pdf([jpeg, grey], tmp_path / "scan.pdf", 150)
    assert copier_pdf_filters(path) == [[["DCTDecode"]], [["DCTDecode"]]]
    stored = embedded_jpegs(path)
    assert stored[0] == jpeg  # passed through, not decoded and encoded again
    assert decode(stored[1]).shape == (1754, 1240)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        width, height = pdf[0].get_size()
    finally:
        pdf.close()
    assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1
