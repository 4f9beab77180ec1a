"""What the person filling in a page does, decided with a seeded generator, and drawn.

Profiles:
- ``clean``: every item answered with one tick or cross, signed; now and then a stray
  mark outside the boxes (it changes nothing).
- ``mixed``: as clean, but about one page in eight has a hard case (a light tick, both
  boxes marked, items left open, a box scribbled out, no signature), and now and then a
  tiny dot in the box that was not chosen (which still counts as no mark).

The information page of a two-page consent form gets no answers (at most a stray mark).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from korre_desktop.testing.scan_corpus import marks
from korre_desktop.testing.scan_corpus.printing import PrintedPage
from korre_desktop.testing.scan_corpus.truth import (
    CROSS,
    DOT,
    LIGHT_TICK,
    NONE,
    SCRIBBLE,
    TICK,
    ItemTruth,
    item_truth,
)

PROFILES = ("clean", "mixed")
HARD_SHARE = 0.125  # mixed: pages with a hard case
SECOND_HARD = 0.25  # of those, pages with a second one
DOT_SHARE = 0.03  # mixed: items with a stray dot in the unchosen box
STRAY_SHARE = {"clean": 0.08, "mixed": 0.2}  # pages with a stray mark outside the boxes
OVERFLOW_SHARE = 0.15  # signatures running over the box edge
HARD_CASES = ("light", "both", "open", "changed_mind", "crossed_out", "unsigned")
_HARD_WEIGHTS = (3, 2, 2, 2, 1, 2)


@dataclass(frozen=True)
class Filled:
    items: dict[str, ItemTruth]
    signed: bool
    clean: bool
    hard_cases: tuple[str, ...] = ()


def fill_page(page: PrintedPage, profile: str, rng: random.Random) -> Filled:
    """Decide and draw the marks on ``page.image`` (in place); return the truth."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile: {profile} (clean or mixed)")
    pen = marks.ballpoint(rng)
    if page.information:  # read, perhaps scribbled on, never filled in
        if rng.random() < STRAY_SHARE[profile]:
            _stray(page, pen, rng)
        return Filled({}, signed=False, clean=True)
    hard: list[str] = []
    if profile == "mixed" and rng.random() < HARD_SHARE:
        if page.kind == "consent" and page.spec.get("items"):
            hard.append(rng.choices(HARD_CASES, _HARD_WEIGHTS)[0])
            if rng.random() < SECOND_HARD:
                hard.append(rng.choices(HARD_CASES, _HARD_WEIGHTS)[0])
        else:
            hard.append("unsigned")
    items = _answer_items(page, profile, hard, pen, rng) if page.kind == "consent" else {}
    signed = "unsigned" not in hard
    _write_signing_block(page, signed, pen, rng)
    if rng.random() < STRAY_SHARE[profile]:
        _stray(page, pen, rng)
    clean = signed and all(item.clear for item in items.values())
    return Filled(items, signed, clean, tuple(hard))


def _answer_items(
    page: PrintedPage, profile: str, hard: list[str], pen: marks.Pen, rng: random.Random
) -> dict[str, ItemTruth]:
    boxes = page.spec["items"]
    codes = list(boxes)
    # Many parents say yes to everything, a few no to everything, most mix.
    roll = rng.random()
    p_yes = 1.0 if roll < 0.3 else 0.0 if roll < 0.4 else rng.uniform(0.3, 0.9)
    style = TICK if rng.random() < 0.6 else CROSS
    plan: dict[str, tuple[str, str, bool | None]] = {}
    for code in codes:
        answer = rng.random() < p_yes
        mark = style if rng.random() < 0.9 else (CROSS if style == TICK else TICK)
        other = DOT if profile == "mixed" and rng.random() < DOT_SHARE else NONE
        plan[code] = (mark, other, True) if answer else (other, mark, False)
    for case in hard:
        _apply_hard(case, plan, codes, style, rng)
    items: dict[str, ItemTruth] = {}
    for code in codes:
        yes_mark, no_mark, expected = plan[code]
        marks.draw_mark(page.image, yes_mark, boxes[code]["yes"], page.dpi, pen, rng)
        marks.draw_mark(page.image, no_mark, boxes[code]["no"], page.dpi, pen, rng)
        items[code] = item_truth(yes_mark, no_mark, expected)
    return items


def _apply_hard(
    case: str,
    plan: dict[str, tuple[str, str, bool | None]],
    codes: list[str],
    style: str,
    rng: random.Random,
) -> None:
    """Change the plan of one to three items to a case a reader should not decide alone."""
    if case == "unsigned":
        return
    count = rng.randint(1, 3) if case in ("light", "open") else 1
    for code in rng.sample(codes, min(count, len(codes))):
        if case == "light":  # meant, but hard to see
            answer = rng.random() < 0.6
            plan[code] = (LIGHT_TICK, NONE, True) if answer else (NONE, LIGHT_TICK, False)
        elif case == "both":
            plan[code] = (style, rng.choice((TICK, CROSS)), None)
        elif case == "open":
            plan[code] = (NONE, NONE, None)
        elif case == "changed_mind":  # one box blacked out, the other ticked: meant is the tick
            answer = rng.random() < 0.5
            plan[code] = (style, SCRIBBLE, True) if answer else (SCRIBBLE, style, False)
        elif case == "crossed_out":  # blacked out and nothing else
            plan[code] = (SCRIBBLE, NONE, None) if rng.random() < 0.5 else (NONE, SCRIBBLE, None)
        else:
            raise ValueError(f"unknown hard case: {case}")


def _write_signing_block(
    page: PrintedPage, signed: bool, pen: marks.Pen, rng: random.Random
) -> None:
    fields = page.spec["fields"]
    # Place and date are nearly always written on a signed page, often not on an unsigned one.
    if rng.random() < (0.95 if signed else 0.4):
        if "place" in fields:
            marks.draw_line_text(page.image, fields["place"], page.dpi, pen, rng)
        if "date" in fields:
            marks.draw_line_text(page.image, fields["date"], page.dpi, pen, rng, groups=3)
    if page.writes_name and "signer_name" in fields and rng.random() < 0.9:
        marks.draw_line_text(page.image, fields["signer_name"], page.dpi, pen, rng, groups=2)
    if signed and "signature" in fields:
        overflow = rng.random() < OVERFLOW_SHARE
        marks.draw_signature(page.image, fields["signature"], page.dpi, pen, rng, overflow=overflow)


def _protected(page: PrintedPage) -> list[tuple[float, float, float, float]]:
    """Rectangles (left, top, right, bottom) a stray mark keeps 2 mm away from."""
    spec = page.spec
    rects = [*spec["markers"].values(), spec["code_text"], *spec["fields"].values()]
    rects += [box for item in spec.get("items", {}).values() for box in item.values()]
    out = [(r["x"] - 2, r["y"] - 2, r["x"] + r["w"] + 2, r["y"] + r["h"] + 2) for r in rects]
    qr, quiet = spec["qr"], spec["qr"].get("quiet_zone", 4.0) + 2
    out.append(
        (qr["x"] - quiet, qr["y"] - quiet, qr["x"] + qr["w"] + quiet, qr["y"] + qr["h"] + quiet)
    )
    return out


def _stray(page: PrintedPage, pen: marks.Pen, rng: random.Random) -> None:
    """A stray mark somewhere on the page, clear of every box, marker and the QR code."""
    size = page.layout.get("page_size", {"w": 210.0, "h": 297.0})
    protected = _protected(page)
    for _attempt in range(40):
        x, y = rng.uniform(12.0, size["w"] - 20.0), rng.uniform(12.0, size["h"] - 20.0)
        strokes = marks.stray_strokes(x, y, rng)
        left, top, right, bottom = marks.extent(strokes)
        if left < 6 or top < 6 or right > size["w"] - 6 or bottom > size["h"] - 6:
            continue
        if any(left < r and right > ll and top < b and bottom > t for ll, t, r, b in protected):
            continue
        marks.ink(page.image, strokes, pen, page.dpi, rng)
        return
