"""How the overview looks: header, status fills and number formats, as openpyxl styles.

The fills are the colours of the app's tables (``gui/status_text.py``), so a status
looks the same on screen and in Excel; the word always carries the meaning too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from korre_desktop.domain.authorisation import AuthorisationStatus
from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.protocol import ProtocolStatus

FONT, FONT_SIZE = "Calibri", 11  # openpyxl's default font, named for bold variants too
DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
PERCENT_FORMAT = "0%"

HEADER_FILL = "1F4E78"  # dark blue, white bold text
HEADER_TEXT = "FFFFFF"
TOTAL_FILL = "DDEBF7"  # light blue behind total rows

CONSENT_FILLS: dict[ConsentStatus, str] = {
    ConsentStatus.GRANTED: "C8E6C9",
    ConsentStatus.REFUSED: "FFCDD2",
    ConsentStatus.CONFLICT: "FFE0B2",
    ConsentStatus.MISSING: "E0E0E0",
    ConsentStatus.EXPIRED: "E1BEE7",
}
PROTOCOL_FILLS: dict[ProtocolStatus, str] = {
    ProtocolStatus.SIGNED: "C8E6C9",
    ProtocolStatus.RESIGN: "FFF59D",
    ProtocolStatus.UNSIGNED: "E0E0E0",
    ProtocolStatus.OVERDUE: "FFCDD2",
}
AUTHORISATION_FILLS: dict[AuthorisationStatus, str] = {
    AuthorisationStatus.ACTIVE: "C8E6C9",
    AuthorisationStatus.NOT_YET: "FFF59D",
    AuthorisationStatus.EXPIRED: "E0E0E0",
    AuthorisationStatus.WITHDRAWN: "FFCDD2",
}


@dataclass(frozen=True)
class Look:
    """A cell's style, as a hashable value: one workbook style per distinct look."""

    bold: bool = False
    size: float | None = None
    colour: str | None = None  # text colour, RGB hex
    fill: str | None = None  # solid background, RGB hex
    number_format: str = "General"
    wrap: bool = False
    centre: bool = False
    border_below: bool = False
    quote_prefix: bool = False

    def emphasised(self) -> Look:
        """The same look in a total row: bold, on the total fill unless it has its own."""
        return replace(self, bold=True, fill=self.fill or TOTAL_FILL)

    def text_safe(self) -> Look:
        return replace(self, quote_prefix=True)


PLAIN = Look()
HEADER = Look(bold=True, colour=HEADER_TEXT, fill=HEADER_FILL, wrap=True, border_below=True)
TITLE = Look(bold=True, size=14)
BOLD = Look(bold=True)
NOTE = Look(colour="595959")
DATE = Look(number_format=DATE_FORMAT)
DATETIME = Look(number_format=DATETIME_FORMAT)
PERCENT = Look(number_format=PERCENT_FORMAT)


def consent_look(status: ConsentStatus) -> Look:
    return Look(fill=CONSENT_FILLS[status])


def protocol_look(status: ProtocolStatus) -> Look:
    return Look(fill=PROTOCOL_FILLS[status])


def authorisation_look(status: AuthorisationStatus) -> Look:
    return Look(fill=AUTHORISATION_FILLS[status])


class StyleBook:
    """Turns looks into openpyxl styles and workbook style ids (cached per look)."""

    def __init__(self, workbook: Workbook) -> None:
        if not workbook.worksheets:
            raise ValueError("the workbook needs a sheet before styles can be made")
        self._sheet: WriteOnlyWorksheet = workbook.worksheets[0]
        self._ids: dict[Look, int] = {}

    @staticmethod
    def apply(cell: WriteOnlyCell, look: Look) -> WriteOnlyCell:
        if look.bold or look.size or look.colour:
            cell.font = Font(
                name=FONT, size=look.size or FONT_SIZE, bold=look.bold, color=look.colour
            )
        if look.fill:
            cell.fill = PatternFill("solid", fgColor=look.fill)
        if look.number_format != "General":
            cell.number_format = look.number_format
        if look.wrap or look.centre:
            cell.alignment = Alignment(
                wrap_text=look.wrap or None,
                vertical="center" if look.wrap else None,
                horizontal="center" if look.centre else None,
            )
        if look.border_below:
            cell.border = Border(bottom=Side(style="thin", color="000000"))
        if look.quote_prefix:
            cell.quotePrefix = True
        return cell

    def style_id(self, look: Look) -> int:
        """The index of ``look`` in the workbook's cell styles (registered on first use)."""
        found = self._ids.get(look)
        if found is None:
            cell = self.apply(WriteOnlyCell(self._sheet), look)
            found = self._ids[look] = cell.style_id if cell.has_style else 0
        return found
