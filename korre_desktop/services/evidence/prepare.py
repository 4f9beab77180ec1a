"""One page of a proof file, made ready to store: straightened, turned, cropped."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from korre_desktop.domain.form_codes import QrPayload
from korre_desktop.services.evidence.edits import (
    check_crop_box,
    crop_fraction,
    rotate_quarter_turns,
)
from korre_desktop.services.evidence.encode import encode_jpeg
from korre_desktop.services.evidence.form_code import evidence_form_codes
from korre_desktop.services.evidence.pages import load_page
from korre_desktop.services.evidence.source import SourceFile
from korre_desktop.services.evidence.straighten import straighten

JPEG_MIME = "image/jpeg"


@dataclass(frozen=True)
class PreparedEvidence:
    source: SourceFile
    page: int
    image: Image.Image  # what will be stored
    # JSON-able record of what was done, stored beside the derived image.
    operation: dict[str, Any] = field(default_factory=dict)
    # The form codes (QR codes of our forms) in the file; None: not read (see form_code).
    form_codes: tuple[QrPayload, ...] | None = None

    def encoded(self) -> tuple[bytes, str]:
        """(compact JPEG bytes, MIME type) of ``image``."""
        return encode_jpeg(self.image), JPEG_MIME


def prepare_evidence(
    source: SourceFile,
    page: int = 0,
    *,
    straighten_page: bool = True,
    quarter_turns: int = 0,
    crop: tuple[float, float, float, float] | None = None,
    read_codes: bool = True,
) -> PreparedEvidence:
    """Load a page, then straighten, turn and crop it, in that order.

    The crop box is in fractions of the straightened and turned page: the picture the
    user draws it on. ``read_codes`` reads the form codes in the file (before turning
    and cropping: a crop must not hide whose form it is; the original is stored whole).
    """
    if crop is not None:
        crop = check_crop_box(crop)  # fail before the slow part
    image = loaded = load_page(source, page)
    corners = None
    lighting = False
    if straighten_page:
        result = straighten(image)
        image, corners, lighting = result.image, result.corners, result.lighting_evened
    views = [image] if image is loaded else [image, loaded]
    codes = evidence_form_codes(source, page, views) if read_codes else None
    image = rotate_quarter_turns(image, quarter_turns)
    if crop is not None:
        image = crop_fraction(image, crop)
    operation: dict[str, Any] = {
        "straightened": corners is not None,
        "corners": None if corners is None else [[round(x, 1), round(y, 1)] for x, y in corners],
        "lighting_evened": lighting,
        "quarter_turns": quarter_turns % 4,
        "crop": None if crop is None else [round(value, 4) for value in crop],
    }
    return PreparedEvidence(
        source=source, page=page, image=image, operation=operation, form_codes=codes
    )
