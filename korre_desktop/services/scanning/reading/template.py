"""One printed page's geometry, as the reader needs it, from a stored layout JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from korre_desktop.services.pdf.form_layout import Rect

CORNERS = ("top_left", "top_right", "bottom_right", "bottom_left")


@dataclass(frozen=True)
class ReadingTemplate:
    """Everything in mm from the top-left of the page (see ``form_layout``)."""

    kind: str  # "consent" or "protocol"
    page: int  # 1-based
    page_w: float
    page_h: float
    markers: dict[str, Rect]  # corner name -> the solid square
    qr: Rect  # the symbol itself, without its quiet zone
    items: dict[str, dict[str, Rect]] = field(default_factory=dict)  # code -> yes/no box
    signature: Rect | None = None
    box_stroke: float = 0.4
    # Printed fields (names, text): what is printed inside them is not new ink.
    printed: tuple[Rect, ...] = ()

    @property
    def qr_corners(self) -> list[tuple[float, float]]:
        """The symbol's corners: top-left, top-right, bottom-right, bottom-left."""
        q = self.qr
        return [(q.x, q.y), (q.right, q.y), (q.right, q.bottom), (q.x, q.bottom)]

    @classmethod
    def from_layout_json(cls, text: str, page: int = 1) -> ReadingTemplate:
        """Parse ``form_templates.layout``; ValueError/KeyError when it is not a layout or
        has no such page."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("schema") != 1 or data.get("unit") != "mm":
            raise ValueError("not a form layout of schema 1 in mm")
        pages = [spec for spec in data["pages"] if spec.get("page") == page]
        if not pages:
            raise KeyError(f"the layout has no page {page}")
        spec = pages[0]
        markers = {name: _rect(spec["markers"][name]) for name in CORNERS}
        items = {
            code: {answer: _rect(box) for answer, box in boxes.items()}
            for code, boxes in spec.get("items", {}).items()
        }
        fields = spec.get("fields", {})
        signature = fields.get("signature")
        printed = tuple(
            _rect(value) for value in fields.values() if value.get("content") == "printed"
        )
        size = data.get("page_size", {"w": 210.0, "h": 297.0})
        return cls(
            kind=str(data["kind"]),
            page=page,
            page_w=float(size["w"]),
            page_h=float(size["h"]),
            markers=markers,
            qr=_rect(spec["qr"]),
            items=items,
            signature=_rect(signature) if signature is not None else None,
            box_stroke=float(data.get("box_stroke", 0.4)),
            printed=printed,
        )


def _rect(value: dict[str, Any]) -> Rect:
    return Rect(float(value["x"]), float(value["y"]), float(value["w"]), float(value["h"]))
