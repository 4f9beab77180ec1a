"""Printing a PDF the app made (a list, pre-filled forms) on a printer chosen in the system's
print dialog: each page rendered at the printer's resolution and painted on an A4 sheet.

The PDF libraries are imported when something is printed, not when the window starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from korre_desktop.errors import KorreError
from korre_desktop.services.progress import Cancelled, Progress

translate = QCoreApplication.translate


class PrinterError(KorreError):
    """The printer could not be used."""


def a4_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(title)
    return printer


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system's print dialog; True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintDialog", "Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def paint_pdf(printer: QPrinter, data: bytes, progress: Progress) -> int:
    """Print the PDF's pages: each rendered at the printer's resolution (at most 300 dpi)
    and painted over the whole A4 sheet. May run in a worker thread (Qt allows painting
    on a QPrinter there). Returns the number of pages."""
    from korre_desktop.services.pdf.raster import render_pages

    printer.setFullPage(True)
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(translate("PrintDialog", "The printer could not be started."))
    pages = 0
    try:
        target = QRectF(printer.pageLayout().fullRectPixels(dpi))
        for index, image in enumerate(render_pages(data, dpi, progress)):
            if index and not printer.newPage():
                raise PrinterError(translate("PrintDialog", "The printer stopped."))
            raw = image.tobytes()  # kept alive while QImage borrows it
            qimage = QImage(raw, image.width, image.height, image.width, QImage.Format_Grayscale8)
            painter.drawImage(target, qimage)
            pages += 1
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
    return pages
