"""How refused documents read in the app (translated): an e-mail the viewer cannot show
(``services.mail.MessageError``) and a file that cannot be kept as a document
(``services.documents.DocumentError``); and sizes of files in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:  # services.documents loads the image libraries: only for the type
    from korre_desktop.services.documents import DocumentError
    from korre_desktop.services.mail import MessageError

translate = QCoreApplication.translate


def size_text(size: int) -> str:
    """``12,3 kB`` in Dutch, ``12.3 kB`` in English."""
    return QLocale().formattedDataSize(max(0, size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


_REASONS: dict[str, Callable[[], str]] = {
    # services.mail: showing a stored e-mail
    "not_a_message": lambda: translate(
        "DocumentWords",
        "This file is not an e-mail that Korre Desktop can show (an .eml file or an Outlook "
        ".msg file).",
    ),
    "damaged_message": lambda: translate(
        "DocumentWords",
        "The e-mail is damaged or incomplete and cannot be shown. Save it and try to open "
        "it in an e-mail program.",
    ),
    # services.documents: keeping a file as a document
    "unsupported_document": lambda: translate(
        "DocumentWords",
        "This kind of file cannot be kept: use a PDF, an image (a scan or a photo) or a "
        "saved e-mail.",
    ),
    "not_an_email": lambda: translate(
        "DocumentWords", "The file is named .eml, but it is not an e-mail."
    ),
    "not_outlook": lambda: translate(
        "DocumentWords", "The file is named .msg, but it is not an Outlook e-mail."
    ),
    "outlook_not_accepted": lambda: translate(
        "DocumentWords",
        "An Outlook e-mail (.msg) cannot be kept here: save it as .eml or as a PDF first.",
    ),
    "wrong_type": lambda: translate(
        "DocumentWords",
        "The file is not what its name says (for example a text file named .pdf).",
    ),
}


def document_error_text(error: MessageError | DocumentError) -> str:
    if error.reason == "too_large":
        return (
            translate(
                "DocumentWords",
                "The e-mail is too large to show here (%1; at most %2). Save it and open it in "
                "an e-mail program.",
            )
            .replace("%1", size_text(int(error.details.get("size", 0))))
            .replace("%2", size_text(int(error.details.get("limit", 0))))
        )
    words = _REASONS.get(error.reason)
    if words is None:
        from korre_desktop.gui.errors import user_message

        return user_message(error)
    return words()


def cannot_show_text() -> str:
    """A stored file of a kind no viewer of the app shows."""
    return translate(
        "DocumentWords",
        "Korre Desktop cannot show this kind of file: only PDFs, images and e-mails.",
    )
