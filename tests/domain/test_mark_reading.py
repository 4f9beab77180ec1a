"""The rules that turn box ink into answers, and send anything in doubt to review."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from korre_desktop.domain.mark_reading import (
    BOTH_MARKED,
    BOX_NOT_FOUND,
    CROSSED_OUT,
    DEFAULT_THRESHOLDS,
    NO_ANSWER,
    POOR_ALIGNMENT,
    UNSIGNED,
    UNSURE_BOX,
    UNSURE_SIGNATURE,
    BoxScores,
    BoxState,
    Thresholds,
    box_state,
    decide_item,
    decide_page,
)

T = DEFAULT_THRESHOLDS
TICK, EMPTY = 0.25, 0.005


def boxes(**items: tuple[float, float]) -> dict[str, dict[str, BoxScores]]:
    return {code: {"yes": BoxScores(yes), "no": BoxScores(no)} for code, (yes, no) in items.items()}


def test_a_clear_page_is_read_without_review():
    decision = decide_page(boxes(foto_website=(TICK, EMPTY), film_website=(EMPTY, TICK)), 0.08, 0.2)
    assert decision.reasons == ()
    assert decision.answers == {"foto_website": True, "film_website": False}
    assert decision.signed is True
    assert decision.confidence > 0.5


@pytest.mark.parametrize(
    ("yes", "no", "reason"),
    [
        (TICK, TICK, BOTH_MARKED),
        (EMPTY, EMPTY, NO_ANSWER),
        (0.9, TICK, CROSSED_OUT),
        (0.9, EMPTY, CROSSED_OUT),
        (0.035, EMPTY, UNSURE_BOX),
        (EMPTY, 0.04, UNSURE_BOX),
    ],
)
def test_anything_a_person_could_read_two_ways_goes_to_review(yes, no, reason):
    item = decide_item("foto_website", BoxScores(yes), BoxScores(no))
    assert item.reason == reason
    assert item.answer is None
    page = decide_page(boxes(foto_website=(yes, no)), 0.08, 0.2)
    assert reason in page.reasons
    assert page.needs_review


def test_an_unsigned_or_unclear_signature_goes_to_review():
    assert UNSIGNED in decide_page(boxes(foto_website=(TICK, EMPTY)), 0.0005, 0.2).reasons
    assert UNSURE_SIGNATURE in decide_page({}, 0.002, 0.2).reasons
    assert decide_page({}, 0.2, 0.2).reasons == ()  # a protocol sheet: only the signature


def test_a_page_that_did_not_line_up_goes_to_review():
    assert POOR_ALIGNMENT in decide_page(boxes(foto_website=(TICK, EMPTY)), 0.1, 2.5).reasons
    assert POOR_ALIGNMENT in decide_page(boxes(foto_website=(TICK, EMPTY)), 0.1, None).reasons


def test_a_pale_mark_is_never_taken_for_an_empty_box():
    pale = BoxScores(ink=0.0, faint=0.12)  # a light pencil tick: no dark ink at all
    assert box_state(pale) is BoxState.UNSURE
    item = decide_item("foto_website", BoxScores(TICK, faint=0.3), pale)
    assert item.reason == UNSURE_BOX and item.answer is None
    coloured_in = BoxScores(ink=0.0, faint=0.99)  # filled with a pale pen
    assert box_state(coloured_in) is BoxState.SOLID


def test_a_box_whose_outline_was_not_found_is_not_trusted():
    item = decide_item("foto_website", BoxScores(TICK, outline=0.1), BoxScores(EMPTY))
    assert item.reason == BOX_NOT_FOUND and item.answer is None


def test_thresholds_round_trip_and_ignore_unknown_keys():
    tuned = Thresholds(marked_above=0.12)
    assert Thresholds.from_json(tuned.as_json() | {"old_key": 1}) == tuned


ink = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
box = st.builds(BoxScores, ink=ink, outline=st.floats(0, 1), faint=ink)


@given(yes=box, no=box)
def test_an_answer_is_given_only_when_one_box_is_clearly_marked_and_the_other_clearly_empty(
    yes, no
):
    item = decide_item("foto_website", yes, no)
    if item.answer is not None:
        marked, empty = (yes, no) if item.answer else (no, yes)
        assert box_state(marked) is BoxState.MARKED and box_state(empty) is BoxState.EMPTY
        assert empty.ink < T.empty_below and empty.any_ink < T.faint_empty_below
        assert min(yes.outline, no.outline) >= T.min_outline
    else:
        assert item.reason is not None
    assert (item.reason is None) == (item.answer is not None)
    assert 0.0 <= item.confidence <= 1.0


@given(yes=ink, no=ink, signature=ink, error=st.floats(0, 5))
def test_a_page_without_reasons_has_an_answer_for_every_item_and_a_signature(
    yes, no, signature, error
):
    page = decide_page(boxes(foto_website=(yes, no)), signature, error)
    if not page.needs_review:
        assert None not in page.answers.values()
        assert page.signed is True
        assert error <= T.max_alignment_mm
    assert 0.0 <= page.confidence <= 1.0
