"""Marks land where the truth says, look like what they are, and the profiles hold."""

import random
from collections import Counter
from datetime import date

import numpy as np
import pytest

from korre_desktop.services.demo import generate_demo
from korre_desktop.testing.scan_corpus import marks
from korre_desktop.testing.scan_corpus.fill import fill_page
from korre_desktop.testing.scan_corpus.printing import PrintedPage, plan_pages, render_pages
from korre_desktop.testing.scan_corpus.truth import (
    CROSS,
    DOT,
    LIGHT_TICK,
    MARK_KINDS,
    NONE,
    SCRIBBLE,
    TICK,
    item_truth,
)

DAY = date(2026, 11, 24)
DPI = 300


@pytest.fixture
def demo(store):
    generate_demo(store, students=150, employees=15, seed=1, today=DAY)
    return store


def printed(store, tmp_path, consent: int, protocol: int = 0, dpi: float = DPI):
    planned = plan_pages(
        store, consent=consent, protocol=protocol, on=DAY, rng=random.Random(2), work=tmp_path
    )
    return render_pages(store, planned, dpi)


def inside(image: np.ndarray, page: PrintedPage, rect: dict, inset: float) -> np.ndarray:
    """The pixels of ``rect`` (mm) shrunk by ``inset`` mm on every side."""
    scale = page.dpi / 25.4
    return image[
        round((rect["y"] + inset) * scale) : round((rect["y"] + rect["h"] - inset) * scale),
        round((rect["x"] + inset) * scale) : round((rect["x"] + rect["w"] - inset) * scale),
    ]


def box_interior(image: np.ndarray, page: PrintedPage, rect: dict) -> np.ndarray:
    """Inside a tick box, clear of its printed line."""
    return inside(image, page, rect, page.layout["box_stroke"] + 0.3)


def ink(pixels: np.ndarray) -> float:
    return float(255 - pixels.mean())


def test_filled_marks_are_in_the_boxes_the_truth_names(demo, tmp_path):
    seen: Counter[str] = Counter()
    for number, page in enumerate(printed(demo, tmp_path, consent=10, protocol=1)):
        before = page.image.copy()
        filled = fill_page(page, "mixed", random.Random(number))
        signature = inside(page.image, page, page.spec["fields"]["signature"], 1.0)
        assert (ink(signature) > 2) == filled.signed
        if page.kind == "protocol":
            assert filled.items == {}
            continue
        assert set(filled.items) == set(page.spec["items"])
        for code, truth in filled.items.items():
            for side, mark in (("yes", truth.yes_mark), ("no", truth.no_mark)):
                seen[mark] += 1
                box = page.spec["items"][code][side]
                now = box_interior(page.image, page, box)
                if mark == NONE:  # untouched: no stroke reaches into a box it is not for
                    assert np.array_equal(now, box_interior(before, page, box)), (code, side)
                elif mark in (TICK, CROSS, SCRIBBLE):
                    assert ink(now) > 10, (code, side, mark)
                elif mark == LIGHT_TICK:
                    assert 1 < ink(now) < 12 and now.min() >= 145
                elif mark == DOT:
                    assert 0 < ink(now) < 3
    assert seen[TICK] + seen[CROSS] > 100 and seen[NONE] > 100


def test_each_mark_kind_has_its_own_look(demo, tmp_path):
    page = next(iter(printed(demo, tmp_path, consent=1)))
    boxes = [box for item in page.spec["items"].values() for box in item.values()]
    kinds = [kind for kind in MARK_KINDS for _ in range(6)]  # 36 boxes, 6 of each
    rng = random.Random(4)
    measured: dict[str, list[tuple[float, int]]] = {kind: [] for kind in MARK_KINDS}
    for kind, box in zip(kinds, boxes, strict=True):
        marks.draw_mark(page.image, kind, box, page.dpi, marks.ballpoint(rng), rng)
        pixels = box_interior(page.image, page, box)
        measured[kind].append((ink(pixels), int(pixels.min())))
    ticks = [value for kind in (TICK, CROSS) for value, _darkest in measured[kind]]
    assert all(value == 0 for value, _darkest in measured[NONE])
    assert all(value < 3 for value, _darkest in measured[DOT])
    assert min(ticks) > 10
    assert all(darkest < 145 for kind in (TICK, CROSS) for _ink, darkest in measured[kind])
    # A light tick: visible, but lighter than any tick or cross and never dark.
    assert all(1 < value < min(ticks) for value, _darkest in measured[LIGHT_TICK])
    assert all(darkest >= 145 for _ink, darkest in measured[LIGHT_TICK])
    # A scribble blacks out the box nearly solid.
    for kind, box in zip(kinds, boxes, strict=True):
        if kind == SCRIBBLE:
            assert (box_interior(page.image, page, box) < 160).mean() > 0.6


@pytest.mark.parametrize(
    ("yes", "no", "clear"),
    [
        (TICK, NONE, True),
        (NONE, CROSS, True),
        (CROSS, DOT, True),
        (LIGHT_TICK, NONE, False),
        (TICK, CROSS, False),
        (NONE, NONE, False),
        (SCRIBBLE, TICK, False),
        (DOT, NONE, False),
    ],
)
def test_an_item_is_clear_with_exactly_one_firm_mark(yes, no, clear):
    assert item_truth(yes, no, None).clear is clear


def test_the_clean_profile_is_clean_and_the_mixed_one_has_some_hard_pages(demo, tmp_path):
    unclean = 0
    for number, page in enumerate(printed(demo, tmp_path, consent=40, protocol=8, dpi=50)):
        filled = fill_page(page, "clean", random.Random(number))
        assert filled.clean and filled.signed and not filled.hard_cases
        assert all(item.expected is not None and item.clear for item in filled.items.values())
        assert all(
            {item.yes_mark, item.no_mark} <= {TICK, CROSS, NONE} for item in filled.items.values()
        )
    for number, page in enumerate(printed(demo, tmp_path, consent=40, protocol=8, dpi=50)):
        filled = fill_page(page, "mixed", random.Random(1000 + number))
        unclean += not filled.clean
        assert filled.clean == (not filled.hard_cases)  # every hard case needs a person
        assert filled.signed == ("unsigned" not in filled.hard_cases)
    assert 2 <= unclean <= 14  # about one page in eight
