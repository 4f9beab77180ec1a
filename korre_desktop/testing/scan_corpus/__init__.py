"""Realistic returned paper forms with ground truth, for testing and benchmarking a reader.

``build_corpus`` prints real consent forms and protocol sheets into a database (so their
instances exist there), fills them in like people do (ticks, crosses, hard cases,
signatures), passes them through a copier, a flatbed scanner or a phone camera, and
writes the files with ``truth.json``. Modules, one job each:

- ``printing``: print through ``print_forms`` and render the pages;
- ``marks``: draw pen marks; ``fill``: decide what the person writes (the truth);
- ``degrade``: what the copier or the phone does;
- ``pdf_out`` and ``image_out``: the copier PDF, the photos, the TIFF;
- ``truth``: the truth's types and JSON; ``corpus``: all of it together.

Run ``python -m korre_desktop.testing.scan_corpus --help`` for the command line.
"""

from korre_desktop.testing.scan_corpus.corpus import PDF_NAME, TIFF_NAME, VARIANTS, build_corpus
from korre_desktop.testing.scan_corpus.fill import PROFILES
from korre_desktop.testing.scan_corpus.image_out import write_tiff
from korre_desktop.testing.scan_corpus.pdf_out import (
    copier_pdf_filters,
    embedded_jpegs,
    write_copier_pdf,
)
from korre_desktop.testing.scan_corpus.truth import (
    TRUTH_FILE,
    Corpus,
    ItemTruth,
    PageTruth,
    load_truth,
)

__all__ = [
    "PDF_NAME",
    "PROFILES",
    "TIFF_NAME",
    "TRUTH_FILE",
    "VARIANTS",
    "Corpus",
    "ItemTruth",
    "PageTruth",
    "build_corpus",
    "copier_pdf_filters",
    "embedded_jpegs",
    "load_truth",
    "write_copier_pdf",
    "write_tiff",
]
