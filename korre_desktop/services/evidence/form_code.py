"""The form codes on a proof file: the QR codes our printed forms carry, if it shows any.

A scan or photo of one of our forms names its form instance; a letter or an e-mail shows
none. Every page of the file is read (it is all stored as the original), and the page
chosen as evidence is read as straightened, so a phone photo counts as well as a scan.
The same reader as for scanned forms (``scanning.reading.qr``): a few tens of
milliseconds a page, so this runs where the evidence is prepared, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PIL import Image

from korre_desktop.domain.form_codes import FormCodeError, QrPayload, decode_payload
from korre_desktop.services.evidence.errors import EvidenceError
from korre_desktop.services.evidence.pages import load_page, page_count
from korre_desktop.services.evidence.source import SourceFile
from korre_desktop.services.scanning.reading.qr import find_form_qr


def page_form_codes(image: Image.Image) -> tuple[QrPayload, ...]:
    """The valid form QR codes on one page image, in the order found (usually none or one)."""
    grey = np.ascontiguousarray(np.asarray(image.convert("L"), dtype=np.uint8))
    # The whole page too after a corner found one: a photo may show a second form.
    search = find_form_qr(grey, whole_page=True)
    if search.found is None:
        return ()
    payloads = [search.found.payload]
    for text in search.others:
        try:
            payloads.append(decode_payload(text))
        except FormCodeError:  # cannot happen: ``others`` were decoded once already
            continue
    return tuple(payloads)


def evidence_form_codes(
    source: SourceFile, page: int, page_images: Sequence[Image.Image]
) -> tuple[QrPayload, ...]:
    """Every form code in ``source``: on the chosen ``page`` as ``page_images`` show it
    (the straightened picture first, then the page as loaded when that found none),
    and on each of the file's other pages as loaded. Each payload once."""
    found: dict[str, QrPayload] = {}
    for image in page_images:
        codes = page_form_codes(image)
        found.update((payload.encode(), payload) for payload in codes)
        if codes:
            break
    for other in range(page_count(source)):
        if other == page:
            continue
        try:
            image = load_page(source, other)
        except EvidenceError:  # a damaged page that is not the one kept: nothing to read
            continue
        codes = page_form_codes(image)
        found.update((payload.encode(), payload) for payload in codes)
    return tuple(found.values())
