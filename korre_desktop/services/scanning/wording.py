"""Plain-English words for batch reports and reasons, for the command line.

The app words the same codes in Dutch (gui/scan_words.py).
"""

from __future__ import annotations

REASON_WORDS = {
    "blank_page": "blank page (back of a duplex scan)",
    "info_page": "information page of a two-page form (nothing to read)",
    "unreadable_page": "page could not be read",
    "no_code": "no QR code found",
    "several_codes": "more than one form on the page",
    "unknown_template": "form layout not known in this database",
    "not_aligned": "corner markers not found",
    "unknown_form": "form code not printed from this database",
    "cancelled_form": "form was cancelled",
    "template_mismatch": "code and form layout do not match",
    "person_missing": "person not in the database",
    "signer_unknown": "signer to be chosen (name was left blank on the form)",
    "signer_changed": "signer no longer has parental authority",
    "same_image": "same scan read before",
    "already_read": "form read before (same answers)",
    "duplicate_differs": "form read before with other answers",
    "duplicate_pending": "another scan of this form is waiting for review",
    "save_refused": "could not be saved as read",
    "unsure_box": "a box is neither clearly empty nor clearly ticked",
    "both_marked": "both yes and no ticked",
    "no_answer": "an item has no answer",
    "crossed_out": "a box is filled in solid (crossed out)",
    "unsigned": "not signed",
    "unsure_signature": "signature unclear",
    "poor_alignment": "page did not line up with its template",
    "box_not_found": "a printed box was not found where expected",
    "assigned_by_hand": "assigned to its form by hand",
}


def reason_words(code: str) -> str:
    return REASON_WORDS.get(code, code.replace("_", " "))


def report_lines(report) -> list[str]:  # BatchReport
    """A batch report as a few lines: totals, then counts per reason, then file problems."""
    lines = [
        f"{report.pages} page(s) read from {report.files} file(s) in {report.seconds:.1f} s: "
        f"{report.saved} saved, {report.review} to review, {report.skipped} skipped"
        + (" (cancelled)" if report.cancelled else "")
    ]
    for code, count in sorted(report.reasons.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {count:4d} {reason_words(code)}")
    for problem in report.file_problems:
        lines.append(f"  not read: {problem.source}: {problem.message}")
    return lines
