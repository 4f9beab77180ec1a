"""The geometry of the printed forms, in millimetres from the page's top-left corner.

One place decides where every box is: the drawing code (``forms.py``) draws from a
``FormLayout``, and the same layout is stored as JSON in ``form_templates.layout`` so a
returned page can be read against exactly the geometry it was printed with.

Layout JSON (``FormLayout.to_json()``), schema 1::

    {
      "schema": 1,
      "kind": "consent" | "protocol",
      "unit": "mm",
      "origin": "top-left",             # x to the right, y downwards
      "page_size": {"w": 210, "h": 297},  # A4 portrait
      "box_stroke": 0.4,                # line width of every printed box, mm
      "pages": [{
        "page": 1,
        "markers": {                      # solid black squares, for aligning a scan
          "top_left": RECT, "top_right": RECT, "bottom_left": RECT, "bottom_right": RECT},
        "qr": RECT + {"error_correction": "H", "quiet_zone": mm},  # the symbol itself,
                                          # without its quiet zone (kept blank around it)
        "code_text": RECT,                # the human-readable code, e.g. KF-7Q3M-4X2B
        "fields": {NAME: RECT + {"content": "printed" | "handwritten",
                                 "style": "text" | "line" | "box"}},
        "items": {ITEM_CODE: {"yes": RECT, "no": RECT}},    # consent: the answer page
        "grid": RECT + {"media": [...], "channels": [...],  # the answer page: the item grid
                        "label_w", "group_w", "head_h",     # (rows = channels, each
                        "row_heights": [...]}               #  as high as its text needs)
      }]
    }

``RECT`` is ``{"x": left, "y": top, "w": width, "h": height}``. For a box (tick boxes,
the signature box) it is the outer edge of the printed line; the line (``box_stroke``)
lies inside it. For a handwritten "line" field it is the writing area, whose bottom
edge is the printed line. Fields: ``person_name`` (consent: whom the form is about),
``signer_name`` (printed; handwritten on its line when the form instance names no signer,
i.e. ``signer_role`` guardian without ``guardian_id``), ``place``, ``date`` and
``signature``. Values are rounded to 0.01 mm. ``items`` holds only the items of the
consent form version the page was printed for; the grid shows a dash on a grey cell
where a medium is not asked about on a channel.

A consent form is one page when its texts fit; otherwise page 1 explains (texts only:
no boxes, no signature, nothing to read back) and page 2 is the answer page with every
tick box and the signature. Every page carries its own QR code with its page number.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

SCHEMA = 1
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_LEFT, MARGIN_RIGHT = 20.0, 190.0
CONTENT_W = MARGIN_RIGHT - MARGIN_LEFT
CONTENT_BOTTOM = 268.0  # nothing but the footer below this (bottom markers at 279)

MARKER_SIZE = 8.0
MARKER_INSET = 10.0  # from the paper's edge: outside most printers' unprintable margin
BOX_STROKE = 0.4
TICK_BOX = 6.0

QR_SIZE = 24.0
QR_LEFT, QR_TOP = 160.0, 16.0
QR_QUIET_ZONE = 4.0  # at least four modules: ~3.3 mm at version 3
TEXT_RIGHT_LIMIT = QR_LEFT - QR_QUIET_ZONE - 4.0  # header text stays left of this

# Consent form
PERSON_NAME_TOP = 50.0
INFO_TOP = 68.0  # the texts start under the person block
GRID_HEAD_MEDIA = 7.0
GRID_HEAD_ANSWER = 6.0
GRID_ROW = 11.0  # a channel's row, unless its label and explanation need more
MIN_GRID_ROW = 9.0  # a tick box with 1.5 mm above and below
GROUP_W = 34.0
ANSWER_OFFSETS = {"yes": 8.5, "no": 25.5}  # box centres from a group's left edge

# Signing blocks
PROTOCOL_FIELDS_TOP = 100.0
FIELD_LABEL_W = 33.0
SIGNATURE_W, SIGNATURE_H = 100.0, 32.0
LINE_FIELD_H = 8.0
# The consent form's signing block, from the top of the name line: name over the whole
# width; place and date under it on the left, the signature box beside them.
CONSENT_PLACE_W = 52.0
CONSENT_SIGNATURE_LEFT = 118.0
CONSENT_SIGNATURE_TOP, CONSENT_SIGNATURE_H = 17.0, 24.0
CONSENT_SIGNING_H = CONSENT_SIGNATURE_TOP + CONSENT_SIGNATURE_H


@dataclass(frozen=True)
class Rect:
    """A rectangle in mm: ``x``, ``y`` of its top-left corner, width and height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def to_json(self) -> dict[str, float]:
        return {
            "x": round(self.x, 2),
            "y": round(self.y, 2),
            "w": round(self.w, 2),
            "h": round(self.h, 2),
        }


@dataclass(frozen=True)
class Field:
    rect: Rect
    content: str  # "printed" or "handwritten"
    style: str  # "text", "line" or "box"

    def to_json(self) -> dict[str, Any]:
        return self.rect.to_json() | {"content": self.content, "style": self.style}


@dataclass(frozen=True)
class Grid:
    """The consent item grid: channel rows under media column groups."""

    media: tuple[str, ...]
    channels: tuple[str, ...]
    left: float
    top: float
    label_w: float
    row_heights: tuple[float, ...] = ()  # per channel; empty: every row GRID_ROW

    def __post_init__(self) -> None:
        if not self.row_heights:
            object.__setattr__(self, "row_heights", (GRID_ROW,) * len(self.channels))
        if len(self.row_heights) != len(self.channels):
            raise ValueError("one row height per channel")

    @property
    def rows_top(self) -> float:
        return self.top + GRID_HEAD_MEDIA + GRID_HEAD_ANSWER

    @property
    def bottom(self) -> float:
        return self.rows_top + sum(self.row_heights)

    @property
    def width(self) -> float:
        return self.label_w + GROUP_W * len(self.media)

    def group_left(self, medium: str) -> float:
        return self.left + self.label_w + GROUP_W * self.media.index(medium)

    def row_top(self, channel: str) -> float:
        return self.rows_top + sum(self.row_heights[: self.channels.index(channel)])

    def row_height(self, channel: str) -> float:
        return self.row_heights[self.channels.index(channel)]

    def box(self, medium: str, channel: str, answer: str) -> Rect:
        centre_x = self.group_left(medium) + ANSWER_OFFSETS[answer]
        centre_y = self.row_top(channel) + self.row_height(channel) / 2
        return Rect(centre_x - TICK_BOX / 2, centre_y - TICK_BOX / 2, TICK_BOX, TICK_BOX)

    def to_json(self) -> dict[str, Any]:
        return {
            "x": round(self.left, 2),
            "y": round(self.top, 2),
            "w": round(self.width, 2),
            "h": round(self.bottom - self.top, 2),
            "media": list(self.media),
            "channels": list(self.channels),
            "label_w": round(self.label_w, 2),
            "group_w": GROUP_W,
            "head_h": GRID_HEAD_MEDIA + GRID_HEAD_ANSWER,
            "row_heights": [round(h, 2) for h in self.row_heights],
        }


@dataclass(frozen=True)
class PageLayout:
    number: int
    markers: dict[str, Rect]
    qr: Rect
    code_text: Rect
    fields: dict[str, Field]
    items: dict[str, dict[str, Rect]] = field(default_factory=dict)
    grid: Grid | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "page": self.number,
            "markers": {name: rect.to_json() for name, rect in self.markers.items()},
            "qr": self.qr.to_json() | {"error_correction": "H", "quiet_zone": QR_QUIET_ZONE},
            "code_text": self.code_text.to_json(),
            "fields": {name: spec.to_json() for name, spec in self.fields.items()},
        }
        if self.grid is not None:
            data["items"] = {
                code: {answer: rect.to_json() for answer, rect in boxes.items()}
                for code, boxes in self.items.items()
            }
            data["grid"] = self.grid.to_json()
        return data


@dataclass(frozen=True)
class FormLayout:
    kind: str  # "consent" or "protocol"
    pages: tuple[PageLayout, ...]

    @property
    def item_codes(self) -> tuple[str, ...]:
        return tuple(code for page in self.pages for code in page.items)

    @property
    def answer_page(self) -> PageLayout:
        """The page with the boxes and the signature."""
        return self.pages[answer_page_number(self.to_json()["pages"]) - 1]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "kind": self.kind,
            "unit": "mm",
            "origin": "top-left",
            "page_size": {"w": PAGE_W, "h": PAGE_H},
            "box_stroke": BOX_STROKE,
            "pages": [page.to_json() for page in self.pages],
        }

    def canonical_json(self) -> str:
        """The JSON text stored in the database: the same layout always gives the same text."""
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))


def answer_page_number(pages: list[dict[str, Any]]) -> int:
    """Of a layout's pages (as stored), the number of the one that holds the tick boxes
    and the signature: 1 on a one-page form, 2 after a consent form's information page."""
    answering = [
        spec.get("page", 1)
        for spec in pages
        if spec.get("items") or "signature" in spec.get("fields", {})
    ]
    return answering[-1] if answering else 1


def markers() -> dict[str, Rect]:
    far_x = PAGE_W - MARKER_INSET - MARKER_SIZE
    far_y = PAGE_H - MARKER_INSET - MARKER_SIZE
    return {
        "top_left": Rect(MARKER_INSET, MARKER_INSET, MARKER_SIZE, MARKER_SIZE),
        "top_right": Rect(far_x, MARKER_INSET, MARKER_SIZE, MARKER_SIZE),
        "bottom_left": Rect(MARKER_INSET, far_y, MARKER_SIZE, MARKER_SIZE),
        "bottom_right": Rect(far_x, far_y, MARKER_SIZE, MARKER_SIZE),
    }


QR_RECT = Rect(QR_LEFT, QR_TOP, QR_SIZE, QR_SIZE)
CODE_TEXT_RECT = Rect(QR_LEFT - 6.0, QR_TOP + QR_SIZE + QR_QUIET_ZONE - 0.5, QR_SIZE + 12.0, 5.0)
VALUE_LEFT = MARGIN_LEFT + FIELD_LABEL_W


def _line_field(left: float, baseline: float, width: float) -> Field:
    return Field(Rect(left, baseline - LINE_FIELD_H, width, LINE_FIELD_H), "handwritten", "line")


def _person_field() -> Field:
    return Field(
        Rect(VALUE_LEFT, PERSON_NAME_TOP, MARGIN_RIGHT - VALUE_LEFT, 7.0), "printed", "text"
    )


def consent_signing_fields(top: float) -> dict[str, Field]:
    """The consent form's signing block whose name line starts at ``top``."""
    signature_top = top + CONSENT_SIGNATURE_TOP
    return {
        "signer_name": Field(
            Rect(VALUE_LEFT, top, MARGIN_RIGHT - VALUE_LEFT, 8.0), "printed", "line"
        ),
        "place": _line_field(VALUE_LEFT, top + 22.0, CONSENT_PLACE_W),
        "date": _line_field(VALUE_LEFT, top + 34.0, CONSENT_PLACE_W),
        "signature": Field(
            Rect(
                CONSENT_SIGNATURE_LEFT,
                signature_top,
                MARGIN_RIGHT - CONSENT_SIGNATURE_LEFT,
                CONSENT_SIGNATURE_H,
            ),
            "handwritten",
            "box",
        ),
    }


def consent_layout(
    media: Sequence[str],
    channels: Sequence[str],
    item_codes: Sequence[str],
    *,
    grid_top: float,
    row_heights: Sequence[float],
    signing_top: float,
    info_pages: int = 0,
) -> FormLayout:
    """A consent form: ``info_pages`` pages of explanation (0 or more), then the answer
    page with the item grid (a row per channel, a column group per medium; a box pair for
    each of ``item_codes``) and the signing block.

    Raises ValueError when the form asks nothing or the answer page runs off the paper.
    """
    codes = list(dict.fromkeys(item_codes))
    if not codes:
        raise ValueError("a consent form needs at least one item")
    grid = Grid(
        tuple(media),
        tuple(channels),
        MARGIN_LEFT,
        grid_top,
        CONTENT_W - GROUP_W * len(media),
        tuple(row_heights),
    )
    if signing_top + CONSENT_SIGNING_H > CONTENT_BOTTOM or signing_top < grid.bottom:
        raise ValueError("the answer page does not fit on the paper")
    items = {}
    for code in codes:
        medium, _, channel = code.partition("_")
        items[code] = {answer: grid.box(medium, channel, answer) for answer in ("yes", "no")}
    pages = [
        PageLayout(number, markers(), QR_RECT, CODE_TEXT_RECT, {"person_name": _person_field()})
        for number in range(1, info_pages + 1)
    ]
    fields = {"person_name": _person_field(), **consent_signing_fields(signing_top)}
    pages.append(
        PageLayout(info_pages + 1, markers(), QR_RECT, CODE_TEXT_RECT, fields, items, grid)
    )
    return FormLayout("consent", tuple(pages))


def protocol_layout() -> FormLayout:
    """The one-page protocol signature sheet: naam, plaats, datum, handtekening."""
    value_left = VALUE_LEFT
    top = PROTOCOL_FIELDS_TOP
    fields = {
        "signer_name": Field(
            Rect(value_left, top, MARGIN_RIGHT - value_left, 8.0), "printed", "line"
        ),
        "place": _line_field(value_left, top + 27.0, 90.0),
        "date": _line_field(value_left, top + 41.0, 90.0),
        "signature": Field(
            Rect(value_left, top + 48.0, SIGNATURE_W, SIGNATURE_H), "handwritten", "box"
        ),
    }
    page = PageLayout(1, markers(), QR_RECT, CODE_TEXT_RECT, fields)
    return FormLayout("protocol", (page,))
