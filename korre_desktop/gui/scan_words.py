"""How the reasons and reports of scanned pages read in the app (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def reason_text(code: str) -> str:
    words = {
        "blank_page": translate("Scan", "blank page (back of a double-sided scan)"),
        "info_page": translate("Scan", "information page of a two-page form (nothing to read)"),
        "unreadable_page": translate("Scan", "the page could not be read"),
        "no_code": translate("Scan", "no QR code found"),
        "several_codes": translate("Scan", "more than one form on the page"),
        "unknown_template": translate("Scan", "form layout unknown in this database"),
        "not_aligned": translate("Scan", "corner markers not found"),
        "unknown_form": translate("Scan", "form code not printed from this database"),
        "cancelled_form": translate("Scan", "the form was cancelled"),
        "template_mismatch": translate("Scan", "code and form layout do not match"),
        "person_missing": translate("Scan", "person not in the database"),
        "signer_unknown": translate("Scan", "choose who signed (the name was left open)"),
        "signer_changed": translate("Scan", "the signer no longer has parental authority"),
        "same_image": translate("Scan", "the same scan was read before"),
        "already_read": translate("Scan", "form read before, same answers"),
        "duplicate_differs": translate("Scan", "form read before with other answers"),
        "duplicate_pending": translate("Scan", "another scan of this form awaits review"),
        "save_refused": translate("Scan", "could not be saved as read"),
        "unsure_box": translate("Scan", "a box is not clearly empty or ticked"),
        "both_marked": translate("Scan", "both yes and no ticked"),
        "no_answer": translate("Scan", "an item has no answer"),
        "crossed_out": translate("Scan", "a box is filled in (crossed out)"),
        "unsigned": translate("Scan", "not signed"),
        "unsure_signature": translate("Scan", "signature unclear"),
        "poor_alignment": translate("Scan", "the page does not line up with the form"),
        "box_not_found": translate("Scan", "a box was not found where expected"),
        "assigned_by_hand": translate("Scan", "assigned to its form by hand"),
        "read_failed": translate("Scan", "the page could not be read"),
    }
    return words.get(code, code)


def file_problem_text(reason: str) -> str:
    words = {
        "missing": translate("Scan", "the file was not found"),
        "unreadable": translate("Scan", "the file could not be opened (in use or no access?)"),
        "not_supported": translate("Scan", "not a PDF, TIFF or photo"),
        "corrupt": translate("Scan", "the file is damaged"),
        "encrypted": translate("Scan", "the PDF is protected with a password"),
        "too_large": translate("Scan", "the file or image is too large"),
        "empty": translate("Scan", "the file is empty"),
    }
    return words.get(reason, reason)


def report_text(report) -> str:  # BatchReport
    """A batch report for a message box: totals, reasons, files that could not be read."""
    lines = [
        translate("Scan", "%1 pages read: %2 saved, %3 to check, %4 skipped.")
        .replace("%1", str(report.pages))
        .replace("%2", str(report.saved))
        .replace("%3", str(report.review))
        .replace("%4", str(report.skipped))
    ]
    if report.cancelled:
        lines.append(translate("Scan", "Stopped early: the pages read so far are kept."))
    for code, count in sorted(report.reasons.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"• {count} × {reason_text(code)}")
    for problem in report.file_problems:
        lines.append(
            translate("Scan", "Not read: %1 (%2)")
            .replace("%1", problem.source)
            .replace("%2", file_problem_text(problem.reason))
        )
    return "\n".join(lines)
