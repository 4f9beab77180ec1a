"""The ground truth of a generated corpus: what was drawn on every page, as ``truth.json``.

``expected`` is what the person *meant*: True (yes), False (no) or None (cannot be told:
nothing ticked, both ticked, or only crossed out). ``clear`` says whether a reader can
be sure without a person looking: exactly one box holds a tick or cross and the other
holds nothing or a tiny dot. A light tick, for example, has ``expected`` True but is not
clear. A page is ``clean`` when a reader should save it without review: every item clear
and signed (consent), signed (protocol); a blank back and the information page of a
two-page consent form (kind ``info``) are ``clean`` too, meaning they should be skipped
without review.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

TRUTH_FILE = "truth.json"
INFO = "info"  # the information page of a two-page consent form: to be skipped

# Mark kinds drawn in a tick box.
TICK, CROSS, LIGHT_TICK, SCRIBBLE, DOT, NONE = (
    "tick",
    "cross",
    "light_tick",
    "scribble",
    "dot",
    "none",
)
MARK_KINDS = (TICK, CROSS, LIGHT_TICK, SCRIBBLE, DOT, NONE)
FIRM_MARKS = frozenset({TICK, CROSS})  # what a reader may take as an answer on its own
EMPTY_MARKS = frozenset({NONE, DOT})  # what a reader must take as no mark


@dataclass(frozen=True)
class ItemTruth:
    yes_mark: str
    no_mark: str
    expected: bool | None
    clear: bool


def item_truth(yes_mark: str, no_mark: str, expected: bool | None) -> ItemTruth:
    """The truth of one item; ``clear`` follows from the marks alone."""
    clear = (yes_mark in FIRM_MARKS and no_mark in EMPTY_MARKS) or (
        no_mark in FIRM_MARKS and yes_mark in EMPTY_MARKS
    )
    return ItemTruth(yes_mark, no_mark, expected, clear)


@dataclass(frozen=True)
class PageTruth:
    source: str  # file name (no folder)
    index: int  # 0-based page index within that file
    kind: str  # "consent" | "protocol" | "blank" | "info"
    code: str | None  # form instance code (8 chars), None for blank
    page: int | None
    signed: bool
    items: dict[str, ItemTruth]  # empty for protocol/blank
    upside_down: bool
    clean: bool
    # Extra geometry for debugging a reader (not needed to score one):
    template_version: int | None = None
    dpi: float | None = None  # pixels per inch of the paper in the output image
    rotation: float = 0.0  # degrees, counter-clockwise as seen, excluding upside_down
    # Where the paper's corners ended up in the output image, in pixels:
    # top-left, top-right, bottom-right, bottom-left of the printed page.
    corners: tuple[tuple[float, float], ...] = field(default=())

    @property
    def answers(self) -> dict[str, bool | None]:
        """Item code -> the meant answer (consent pages)."""
        return {code: item.expected for code, item in self.items.items()}

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["corners"] = [list(point) for point in self.corners]
        if self.kind == "consent":
            data["answers"] = self.answers
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PageTruth:
        return cls(
            source=data["source"],
            index=int(data["index"]),
            kind=data["kind"],
            code=data["code"],
            page=data["page"],
            signed=bool(data["signed"]),
            items={code: ItemTruth(**item) for code, item in data["items"].items()},
            upside_down=bool(data["upside_down"]),
            clean=bool(data["clean"]),
            template_version=data.get("template_version"),
            dpi=data.get("dpi"),
            rotation=float(data.get("rotation", 0.0)),
            corners=tuple(tuple(point) for point in data.get("corners", ())),
        )


@dataclass(frozen=True)
class Corpus:
    folder: Path
    files: list[Path]
    pages: list[PageTruth]


def write_truth(folder: Path, pages: list[PageTruth]) -> Path:
    path = Path(folder) / TRUTH_FILE
    text = json.dumps([page.to_json() for page in pages], indent=1, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def load_truth(folder: Path | str) -> list[PageTruth]:
    """The page truths of a corpus folder, in file and page order."""
    data = json.loads((Path(folder) / TRUTH_FILE).read_text(encoding="utf-8"))
    return [PageTruth.from_json(entry) for entry in data]
