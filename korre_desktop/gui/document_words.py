"""How the documents layer's refusals (``services.documents``) read in the app (translated),
and sizes of files in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from korre_desktop.services.mail import MessageError

translate = QCoreApplication.translate


def size_text(size: int) -> str:
    """``12,3 kB`` in Dutch, ``12.3 kB`` in English."""
    return QLocale().formattedDataSize(max(0, size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def document_error_text(error: MessageError) -> str:
    if error.reason == "too_large":
        return (
            translate(
                "DocumentWords",
                "The e-mail is too large to show here (%1; at most %2). Save it and open it in "
                "an e-mail program.",
            )
            .replace("%1", size_text(int(error.params.get("size", 0))))
            .replace("%2", size_text(int(error.params.get("limit", 0))))
        )
    if error.reason == "damaged_message":
        return translate(
            "DocumentWords",
            "The e-mail is damaged or incomplete and cannot be shown. Save it and try to open "
            "it in an e-mail program.",
        )
    return translate(
        "DocumentWords",
        "This file is not an e-mail that Korre Desktop can show (an .eml file or an Outlook "
        ".msg file).",
    )


def cannot_show_text() -> str:
    """A stored file of a kind no viewer of the app shows."""
    return translate(
        "DocumentWords",
        "Korre Desktop cannot show this kind of file: only PDFs, images and e-mails.",
    )
