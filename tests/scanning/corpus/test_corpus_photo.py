"""Phone photos (and the flatbed's TIFF): the right size, the page inside, QR readable."""

from datetime import date

import cv2
import numpy as np
import pytest
import zxingcpp
from PIL import Image

from korre_desktop.domain.form_codes import decode_payload
from korre_desktop.services.demo import generate_demo
from korre_desktop.testing.scan_corpus import TIFF_NAME, build_corpus, load_truth

DAY = date(2026, 11, 24)


@pytest.fixture
def demo(store):
    generate_demo(store, students=150, employees=15, seed=1, today=DAY)
    return store


def test_photos_show_the_page_on_a_table(demo, tmp_path):
    corpus = build_corpus(
        demo,
        tmp_path / "photos",
        consent=4,
        protocol=1,
        variant="photo",
        blank_backs=1,
        seed=3,
        on=DAY,
    )
    assert [path.name for path in corpus.files] == [f"photo_00{n}.jpg" for n in range(1, 7)]
    assert load_truth(tmp_path / "photos") == corpus.pages
    assert [(p.source, p.index) for p in corpus.pages] == [(f.name, 0) for f in corpus.files]
    assert sum(p.upside_down for p in corpus.pages) == 1
    for truth, path in zip(corpus.pages, corpus.files, strict=True):
        image = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
        assert image.ndim == 3 and image.shape[2] == 3
        assert image.shape[:2] in ((4000, 3000), (3000, 4000))
        height, width = image.shape[:2]
        quad = np.array(truth.corners)
        assert quad.shape == (4, 2)
        assert (quad >= 0).all() and (quad[:, 0] <= width).all() and (quad[:, 1] <= height).all()
        mask = np.zeros((height, width), np.uint8)
        cv2.fillConvexPoly(mask, quad.round().astype(np.int32), 255)
        share = (mask > 0).mean()
        # The page fills 60-85 % of the frame's height (portrait: 34-68 % of the frame) or,
        # in a landscape photo, of its height too (19-38 %).
        assert 0.17 < share < 0.7
        paper = image[cv2.erode(mask, np.ones((41, 41), np.uint8)) > 0]
        table = image[cv2.dilate(mask, np.ones((41, 41), np.uint8)) == 0]
        assert paper.mean() > table.mean() + 30  # paper on a darker table
        blue, _green, red = paper.mean(axis=0)
        assert red > blue + 5  # warm light
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        if truth.kind == "blank":
            assert not found
            continue
        assert [decode_payload(f.text).code for f in found] == [truth.code]
        assert demo.forms.instance(truth.code) is not None


def test_a_flatbed_scan_is_one_lossless_multipage_tiff(demo, tmp_path):
    corpus = build_corpus(
        demo, tmp_path / "flatbed", consent=2, variant="flatbed", dpi=150, seed=2, on=DAY
    )
    assert corpus.files == [tmp_path / "flatbed" / TIFF_NAME]
    with Image.open(corpus.files[0]) as tiff:
        assert tiff.n_frames == 2 and tiff.mode == "L"
        assert tiff.size == (1240, 1754) and tuple(tiff.info["dpi"]) == (150, 150)
        for index, truth in enumerate(corpus.pages):
            tiff.seek(index)
            found = zxingcpp.read_barcodes(np.asarray(tiff))
            assert [decode_payload(f.text).code for f in found] == [truth.code]
