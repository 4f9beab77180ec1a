"""Scoring a scanned batch against a corpus's truth: the figures the targets are about.

- ``wrong_person``: pages filed under a form other than the one printed on them;
- ``wrong_answers_unseen``: pages saved without review whose answers differ from what the
  person meant (or a page saved without review that was not signed);
- ``identified``: pages (not blank backs) matched to their own form;
- ``review_rate_clean``: clean pages (every box clear, signed) sent to review;
- ``info_pages_skipped``: information pages of two-page forms skipped (any other outcome
  counts as a wrong answer unseen).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import PageTruth


def score_batch(store: Store, batch_id: int, truth: list[PageTruth]) -> dict[str, Any]:
    by_place = {(page.source, page.index): page for page in truth}
    rows = store.scans.outcomes_of_batch(batch_id)
    forms = [page for page in truth if page.kind != "blank"]
    clean = [page for page in forms if page.clean and page.kind != "info"]
    wrong_person: list[str] = []
    wrong_answers: list[str] = []
    identified = 0
    reviewed_clean = 0
    blank_skipped = 0
    info_skipped = 0
    statuses: Counter[str] = Counter()
    reasons_clean: Counter[str] = Counter()
    seen = set()
    for row in rows:
        place = (row["source_name"], row["source_index"])
        page = by_place.get(place)
        if page is None:
            continue
        seen.add(place)
        statuses[row["status"]] += 1
        where = f"{place[0]}#{place[1] + 1}"
        if page.kind == "blank":
            blank_skipped += row["status"] == "skipped"
            if row["status"] == "saved":
                wrong_person.append(f"{where}: blank back saved")
            continue
        if row["code"] is not None:
            if row["code"] == page.code:
                identified += 1
            else:
                wrong_person.append(f"{where}: read as {row['code']}, is {page.code}")
        if page.kind == "info":
            info_skipped += row["status"] == "skipped"
            if row["status"] != "skipped":
                wrong_answers.append(f"{where}: information page {row['status']}")
            continue
        unseen = row["status"] == "saved" and row["reviewed_at"] is None
        if unseen:
            if page.kind == "consent":
                saved = json.loads(row["saved_answers"] or "{}")
                if saved != page.answers:
                    differing = sorted(c for c in page.answers if saved.get(c) != page.answers[c])
                    wrong_answers.append(f"{where}: {', '.join(differing)}")
            if not page.signed:
                wrong_answers.append(f"{where}: saved unsigned")
        if page.clean and row["status"] == "review":
            reviewed_clean += 1
            reasons_clean.update(json.loads(row["reasons"]))
    missing = [f"{source}#{index + 1}" for source, index in by_place if (source, index) not in seen]
    return {
        "pages": len(truth),
        "form_pages": len(forms),
        "clean_pages": len(clean),
        "statuses": dict(statuses),
        "identified": identified,
        "identified_rate": round(identified / len(forms), 4) if forms else None,
        "wrong_person": len(wrong_person),
        "wrong_answers_unseen": len(wrong_answers),
        "review_rate_clean": round(reviewed_clean / len(clean), 4) if clean else None,
        "review_rate_all": round(statuses["review"] / len(forms), 4) if forms else None,
        "clean_review_reasons": dict(reasons_clean),
        "blank_backs_skipped": blank_skipped,
        "info_pages_skipped": info_skipped,
        "not_filed": missing,
        "examples": {"wrong_person": wrong_person[:5], "wrong_answers": wrong_answers[:5]},
    }
