"""From proof file to stored blobs: prepare, encode, save; and the GUI's preview."""

import hashlib
import io
import json
import math

import numpy as np
import pytest
from PIL import Image

from korre_desktop.services.evidence import (
    EvidenceError,
    PreparedEvidence,
    prepare_evidence,
    preview_png,
    save_evidence,
    source_from_bytes,
)
from korre_desktop.services.evidence.encode import STORED_LONG_SIDE
from korre_desktop.store import Store
from tests.services.evidence import samples
from tests.services.evidence.photos import DISTORTIONS, SIMILAR, make_photo, similarity


@pytest.fixture(scope="module")
def photo_jpeg(form_page: Image.Image) -> bytes:
    """A phone photo of the form, stored sideways and tagged EXIF 6 as phones do."""
    photo, _ = make_photo(form_page, DISTORTIONS[0])
    return samples.jpeg_with_orientation(photo.transpose(Image.Transpose.ROTATE_90), 6)


def blob_count(store: Store) -> int:
    return store.rows("SELECT count(*) AS n FROM blobs")[0]["n"]


def test_a_tagged_phone_photo_is_turned_and_straightened(
    photo_jpeg: bytes, form_page: Image.Image
) -> None:
    prepared = prepare_evidence(source_from_bytes(photo_jpeg, "IMG_2041.jpg"))
    assert prepared.operation["straightened"] is True
    assert len(prepared.operation["corners"]) == 4
    assert similarity(prepared.image, form_page) > SIMILAR
    json.dumps(prepared.operation)  # must be storable as JSON


def test_turns_and_crop_follow_straightening(photo_jpeg: bytes) -> None:
    source = source_from_bytes(photo_jpeg, "IMG_2041.jpg")
    plain = prepare_evidence(source)
    turned = prepare_evidence(source, quarter_turns=1, crop=(0.0, 0.0, 0.5, 1.0))
    half = math.ceil(plain.image.height / 2)  # crop boxes round outwards
    assert turned.image.size == (half, plain.image.width)
    assert turned.operation == {
        **plain.operation,
        "quarter_turns": 1,
        "crop": [0.0, 0.0, 0.5, 1.0],
    }
    # The crop is of the turned page: its left half is the top half of the page.
    expected = plain.image.transpose(Image.Transpose.ROTATE_270)
    expected = expected.crop((0, 0, half, expected.height))
    difference = np.abs(np.asarray(turned.image, np.int16) - np.asarray(expected, np.int16))
    assert difference.mean() < 1


def test_without_straightening_the_page_is_stored_as_loaded() -> None:
    scan = samples.marked_image((300, 200))
    source = source_from_bytes(samples.encode(scan, "PNG"), "scan.png")
    prepared = prepare_evidence(source, straighten_page=False, quarter_turns=-1)
    assert prepared.operation == {
        "straightened": False,
        "corners": None,
        "lighting_evened": False,
        "quarter_turns": 3,
        "crop": None,
    }
    assert prepared.image.tobytes() == scan.transpose(Image.Transpose.ROTATE_90).tobytes()


def test_a_bad_crop_is_refused_before_the_file_is_read() -> None:
    source = source_from_bytes(samples.png_claiming(20000, 10000), "bom.png")
    with pytest.raises(ValueError):
        prepare_evidence(source, crop=(0.5, 0.5, 0.2, 0.9))
    with pytest.raises(EvidenceError):
        prepare_evidence(source, crop=(0.1, 0.1, 0.9, 0.9))


def test_prepare_picks_the_page() -> None:
    source = source_from_bytes(samples.multi_frame_tiff(3), "scan.tif")
    prepared = prepare_evidence(source, 2)
    assert (prepared.page, prepared.image.size) == (2, (140, 160))
    with pytest.raises(EvidenceError) as caught:
        prepare_evidence(source, 3)
    assert caught.value.reason == "page_out_of_range"


def encoded_image(prepared: PreparedEvidence) -> Image.Image:
    data, mime = prepared.encoded()
    assert mime == "image/jpeg"
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    return image


def prepared_from(image: Image.Image) -> PreparedEvidence:
    source = source_from_bytes(samples.encode(image, "PNG"), "x.png")
    return PreparedEvidence(source=source, page=0, image=image, operation={})


@pytest.mark.parametrize(
    ("image", "mode"),
    [
        (samples.marked_image((300, 200), "L"), "L"),
        (samples.marked_image((300, 200), "L").convert("RGB"), "L"),  # grey saved as RGB
        (Image.new("RGB", (300, 200), (200, 30, 30)), "RGB"),
    ],
    ids=["grey", "grey-as-rgb", "colour"],
)
def test_encoded_is_jpeg_grey_when_the_page_is(image: Image.Image, mode: str) -> None:
    stored = encoded_image(prepared_from(image))
    assert (stored.mode, stored.size) == (mode, (300, 200))


def test_encoded_is_at_most_the_stored_size_and_compact() -> None:
    page = Image.new("L", (3000, 4243), 255)
    page.paste(0, (300, 300, 2700, 400))
    stored = encoded_image(prepared_from(page))
    assert max(stored.size) == STORED_LONG_SIDE
    assert stored.size[0] == round(3000 * STORED_LONG_SIDE / 4243)
    assert len(prepared_from(page).encoded()[0]) < 200_000


def test_save_stores_the_original_beside_the_derived_page(store: Store, photo_jpeg: bytes) -> None:
    source = source_from_bytes(photo_jpeg, "IMG_2041.jpg")
    prepared = prepare_evidence(source)
    before = blob_count(store)

    derived_sha = save_evidence(store, prepared)

    original_sha = hashlib.sha256(photo_jpeg).hexdigest()
    assert blob_count(store) == before + 2
    assert store.original_of(derived_sha) == original_sha
    assert store.blob(original_sha) == photo_jpeg
    assert store.blob_mime(original_sha) == "image/jpeg"
    assert store.blob_mime(derived_sha) == "image/jpeg"
    derived = store.blob(derived_sha)
    assert derived is not None and hashlib.sha256(derived).hexdigest() == derived_sha
    Image.open(io.BytesIO(derived)).verify()
    row = store.rows(
        "SELECT page, operation FROM blob_derivations WHERE derived_sha256 = ?", [derived_sha]
    )[0]
    assert row["page"] == 0
    assert json.loads(row["operation"]) == prepared.operation


def test_saving_the_same_file_twice_adds_nothing(store: Store, photo_jpeg: bytes) -> None:
    first = save_evidence(store, prepare_evidence(source_from_bytes(photo_jpeg, "a.jpg")))
    count = blob_count(store)
    derivations = store.rows("SELECT count(*) AS n FROM blob_derivations")[0]["n"]
    # Prepared again from scratch (as after reopening the app): same bytes, same hash.
    second = save_evidence(store, prepare_evidence(source_from_bytes(photo_jpeg, "b.jpg")))
    assert second == first
    assert blob_count(store) == count
    assert store.rows("SELECT count(*) AS n FROM blob_derivations")[0]["n"] == derivations


def test_each_pdf_page_is_its_own_derived_blob(store: Store) -> None:
    source = source_from_bytes(samples.reportlab_pdf(2), "formulier.pdf")
    shas = [save_evidence(store, prepare_evidence(source, page)) for page in range(2)]
    assert shas[0] != shas[1]
    assert blob_count(store) == 3  # one PDF, two pages
    original = hashlib.sha256(source.data).hexdigest()
    assert [store.original_of(sha) for sha in shas] == [original, original]


@pytest.mark.parametrize(
    ("size", "max_side", "expected"),
    [
        ((3000, 2000), 1600, (1600, 1067)),
        ((300, 200), 1600, (300, 200)),  # never enlarged
        ((300, 200), 100, (100, 67)),
    ],
)
def test_preview_is_a_png_that_fits(
    size: tuple[int, int], max_side: int, expected: tuple[int, int]
) -> None:
    data = preview_png(samples.marked_image(size), max_side)
    shown = Image.open(io.BytesIO(data))
    assert (shown.format, shown.size) == ("PNG", expected)
    assert np.asarray(shown.convert("L"))[round(0.2 * expected[1]), round(0.2 * expected[0])] < 60


def test_preview_wants_a_positive_size() -> None:
    with pytest.raises(ValueError):
        preview_png(samples.marked_image(), 0)
