"""The one error type of the evidence pipeline, with a machine-readable reason."""

from __future__ import annotations

from typing import Literal, get_args

from korre_desktop.errors import InputError

EvidenceReason = Literal[
    "too_big_file",
    "unreadable_image",
    "too_many_pixels",
    "wrong_type",
    "unsupported_type",
    "corrupt_pdf",
    "encrypted_pdf",
    "empty_pdf",
    "page_out_of_range",
]
REASONS: frozenset[str] = frozenset(get_args(EvidenceReason))


class EvidenceError(InputError):
    """A proof file that cannot be used; ``reason`` picks the GUI's (Dutch) text."""

    def __init__(self, reason: EvidenceReason, message: str, **details: object) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown evidence error reason: {reason!r}")
        super().__init__(message, **details)
        self.reason: EvidenceReason = reason
