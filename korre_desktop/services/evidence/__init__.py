"""Proof files (scans, phone photos, PDFs) for signed forms: read, check, straighten, store.

No Qt here: the GUI gets PNG/JPEG bytes. Every refusal is an EvidenceError with a reason.
"""

from korre_desktop.services.evidence.edits import crop_fraction, rotate_quarter_turns
from korre_desktop.services.evidence.encode import preview_png
from korre_desktop.services.evidence.errors import REASONS, EvidenceError, EvidenceReason
from korre_desktop.services.evidence.pages import load_page, page_count
from korre_desktop.services.evidence.prepare import PreparedEvidence, prepare_evidence
from korre_desktop.services.evidence.save import save_evidence
from korre_desktop.services.evidence.source import SourceFile, read_source, source_from_bytes
from korre_desktop.services.evidence.straighten import Straightened, straighten

__all__ = [
    "REASONS",
    "EvidenceError",
    "EvidenceReason",
    "PreparedEvidence",
    "SourceFile",
    "Straightened",
    "crop_fraction",
    "load_page",
    "page_count",
    "prepare_evidence",
    "preview_png",
    "read_source",
    "rotate_quarter_turns",
    "save_evidence",
    "source_from_bytes",
    "straighten",
]
