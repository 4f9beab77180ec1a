"""Build a corpus: print real forms, fill them in, put them through a device, write files
and the ground truth.

Everything random comes from ``seed`` (each page has its own generator, so the pages
do not shift when one page draws more). With the same seed, the same demo data and the
same ``on``, the corpus is the same byte for byte: the form codes too, and the copier PDF.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import cv2
import numpy as np

from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import degrade
from korre_desktop.testing.scan_corpus.fill import PROFILES, fill_page
from korre_desktop.testing.scan_corpus.image_out import photo_name, write_jpeg, write_tiff
from korre_desktop.testing.scan_corpus.pdf_out import encode_jpeg, write_copier_pdf
from korre_desktop.testing.scan_corpus.printing import plan_pages, print_day, render_pages
from korre_desktop.testing.scan_corpus.truth import (
    INFO,
    TRUTH_FILE,
    Corpus,
    PageTruth,
    write_truth,
)

VARIANTS = ("copier", "photo", "flatbed")
PDF_NAME = "scan.pdf"
TIFF_NAME = "scan.tif"
UPSIDE_DOWN_SHARE = 0.05  # pages fed or photographed the wrong way round
SHOW_THROUGH_SHARE = 0.5  # blank backs where the front shows through the paper


def upside_down_count(pages: int) -> int:
    """A few: one in twenty, and at least one in any corpus of four pages or more."""
    return max(1, round(pages * UPSIDE_DOWN_SHARE)) if pages >= 4 else 0


def back_side(front: np.ndarray, rng: random.Random) -> np.ndarray:
    """The blank back of ``front`` as a page image: white, sometimes with the front showing
    through (mirrored, at 2-6 % contrast, blurred by the paper)."""
    if rng.random() >= SHOW_THROUGH_SHARE:
        return np.full_like(front, 255)
    contrast = rng.uniform(0.02, 0.06)
    table = np.clip(255 - (255 - np.arange(256)) * contrast + 0.5, 0, 255).astype(np.uint8)
    through = cv2.GaussianBlur(cv2.flip(front, 1), (0, 0), 2.5 * front.shape[1] / 2480)
    return cv2.LUT(through, table)


def _clear_folder(folder: Path) -> None:
    """Remove the files an earlier corpus left here (ours only), so none is stale."""
    for name in (PDF_NAME, TIFF_NAME, TRUTH_FILE):
        (folder / name).unlink(missing_ok=True)
    for old in folder.glob("photo_[0-9][0-9][0-9]*.jpg"):
        old.unlink()


def build_corpus(
    store: Store,
    folder: Path | str,
    *,
    consent: int,
    protocol: int = 0,
    variant: str = "copier",
    profile: str = "clean",
    dpi: int = 300,
    blank_backs: int = 0,
    seed: int = 1,
    on: date | None = None,
    progress: Progress | None = None,
) -> Corpus:
    """Print ``consent`` consent forms and ``protocol`` protocol sheets into ``store``
    (which must hold people, e.g. demo data), fill them in, scan them and write the files.

    ``variant``: ``copier`` (one PDF of greyscale JPEG pages, ``dpi`` 150-300), ``photo``
    (``photo_001.jpg`` ..., phone photos of pages drawn at ``dpi``) or ``flatbed`` (one
    lossless multi-page TIFF). ``blank_backs``: that many pages get their empty back
    scanned after them (duplex). Returns the files and the truth (also in ``truth.json``).
    """
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant: {variant} ({', '.join(VARIANTS)})")
    if profile not in PROFILES:
        raise ValueError(f"unknown profile: {profile} ({', '.join(PROFILES)})")
    if consent < 0 or protocol < 0 or consent + protocol == 0:
        raise ValueError("ask for at least one consent form or protocol sheet")
    if not 0 <= blank_backs <= consent + protocol:
        raise ValueError("blank backs: between 0 and the number of pages")
    if not 72 <= dpi <= 600:
        raise ValueError("dpi: between 72 and 600")
    progress = progress or NO_PROGRESS
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    _clear_folder(folder)
    day = print_day(store, on)
    order_rng = random.Random(f"korre-scan-corpus/{seed}/order")

    with tempfile.TemporaryDirectory(prefix="korre-scan-corpus-") as work:
        progress.step(0, 1, "printing")
        planned = plan_pages(
            store,
            consent=consent,
            protocol=protocol,
            on=day,
            rng=random.Random(f"korre-scan-corpus/{seed}/codes"),
            work=Path(work),
        )
        order_rng.shuffle(planned)  # returned forms come back in any order, kinds mixed
        total = len(planned)
        flipped = set(order_rng.sample(range(total), upside_down_count(total)))
        backs = set(order_rng.sample(range(total), blank_backs))
        writer = _Writer(folder, variant, dpi)
        for number, page in enumerate(render_pages(store, planned, dpi)):
            progress.step(number, total, "pages")
            rng = random.Random(f"korre-scan-corpus/{seed}/page/{number}")
            filled = fill_page(page, profile, rng)
            capture = _capture(variant, page.image, page.dpi, rng, dpi, number in flipped)
            source, index = writer.add(capture)
            writer.truths.append(
                PageTruth(
                    source=source,
                    index=index,
                    kind=INFO if page.information else page.kind,
                    code=page.code,
                    page=page.page,
                    signed=filled.signed,
                    items=filled.items,
                    upside_down=capture.upside_down,
                    clean=filled.clean,
                    template_version=page.template_version,
                    dpi=round(capture.dpi, 2),
                    rotation=capture.rotation,
                    corners=capture.corners,
                )
            )
            if number in backs:
                back = back_side(page.image, rng)
                capture = _capture(variant, back, page.dpi, rng, dpi, False)
                source, index = writer.add(capture)
                writer.truths.append(
                    PageTruth(
                        source=source,
                        index=index,
                        kind="blank",
                        code=None,
                        page=None,
                        signed=False,
                        items={},
                        upside_down=False,
                        clean=True,
                        dpi=round(capture.dpi, 2),
                        rotation=capture.rotation,
                        corners=capture.corners,
                    )
                )
        progress.step(total, total, "writing")
        files = writer.finish(datetime.combine(day, time(9, 30)))
    write_truth(folder, writer.truths)
    return Corpus(folder, files, writer.truths)


def _capture(
    variant: str, image: np.ndarray, page_dpi: float, rng: random.Random, dpi: int, flip: bool
) -> degrade.Capture:
    if variant == "photo":
        return degrade.photo(image, page_dpi, rng, upside_down=flip)
    return degrade.copier(
        image, page_dpi, rng, dpi=dpi, upside_down=flip, gentle=variant == "flatbed"
    )


class _Writer:
    """Collects the captures in file order and writes the variant's files."""

    def __init__(self, folder: Path, variant: str, dpi: int) -> None:
        self.folder = folder
        self.variant = variant
        self.dpi = dpi
        self.truths: list[PageTruth] = []
        self._pages: list[bytes] = []  # JPEG (copier) or PNG (flatbed) bytes
        self._photos: list[Path] = []

    def add(self, capture: degrade.Capture) -> tuple[str, int]:
        """Keep or write one capture; return its file name and page index in that file."""
        if self.variant == "photo":
            path = self.folder / photo_name(len(self._photos) + 1)
            write_jpeg(encode_jpeg(capture.image, capture.jpeg_quality or 88), path)
            self._photos.append(path)
            return path.name, 0
        if self.variant == "copier":
            self._pages.append(encode_jpeg(capture.image, capture.jpeg_quality or 85))
            return PDF_NAME, len(self._pages) - 1
        # Flatbed pages wait as fast PNG (lossless) rather than as 8.7 MB arrays.
        ok, data = cv2.imencode(".png", capture.image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
        assert ok
        self._pages.append(data.tobytes())
        return TIFF_NAME, len(self._pages) - 1

    def finish(self, created: datetime) -> list[Path]:
        if self.variant == "photo":
            return list(self._photos)
        if self.variant == "copier":
            return [
                write_copier_pdf(self._pages, self.folder / PDF_NAME, self.dpi, created=created)
            ]
        return [write_tiff(self._decoded(), self.folder / TIFF_NAME, self.dpi)]

    def _decoded(self) -> Iterator[np.ndarray]:
        for data in self._pages:
            yield cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
