"""E-mails of our own for tests: .eml built with the standard library's email package, .msg
with tests/outlook_msg.py, and files that only look like them. Invented people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from tests.compound_file import compound_file
from tests.outlook_msg import Attachment, OutlookMessage, outlook_msg

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 3, 9, 14, 45, tzinfo=CET)  # 13:45 UTC
SUBJECT = "Ruzië over de café-foto's op Instagram"
BODY = (
    "Beste Joëlle,\n\nDe foto's van het schoolreisje naar België zijn verwijderd.\n"
    "Één idee: ïs dat genoeg?\n\nGroet,\nZoë\n"
)
LETTER = b"%PDF-1.4\n% brief van de directie\n" + b"0" * 3000


def dutch_eml(**changes: str) -> bytes:
    """A plain-text e-mail with Dutch letters everywhere and a PDF attached."""
    message = EmailMessage()
    message["From"] = changes.get("sender", "Zoë Ëlsinga <zoe.elsinga@dekorre.example>")
    message["To"] = "Joëlle de Wit <joelle.dewit@dekorre.example>, directie@dekorre.example"
    message["Cc"] = "Anaïs Brouwer <anais.brouwer@dekorre.example>"
    message["Subject"] = changes.get("subject", SUBJECT)
    message["Date"] = format_datetime(SENT)
    message.set_content(changes.get("body", BODY))
    message.add_attachment(
        LETTER, maintype="application", subtype="pdf", filename="brief van Zoë.pdf"
    )
    return bytes(message)


def html_eml() -> bytes:
    """An e-mail with only HTML: a script, a tracking picture and a link."""
    message = EmailMessage()
    message["From"] = "nieuwsbrief@dekorre.example"
    message["Subject"] = "Nieuwsbrief"
    message["Date"] = format_datetime(SENT)
    message.set_content(
        "<html><head><title>Nieuws</title><style>p { color: red }</style></head><body>"
        "<script>document.location='https://kwaad.example/'</script>"
        "<p>Beste ouders,</p><p>Lees het <a href='https://dekorre.example/protocol'>protocol"
        "</a> na.<br>Met vriendelijke groet,<br>Zoë</p>"
        "<img src='https://tracker.example/pixel.gif' width='1' height='1'>"
        "<ul><li>één</li><li>twee &amp; drie</li></ul></body></html>",
        subtype="html",
    )
    return bytes(message)


def raw_eml(headers: list[str], body: bytes, encoding: str = "cp1252") -> bytes:
    """An e-mail as an old Windows program writes it: 8-bit text in ``encoding``."""
    head = "\r\n".join(headers).encode(encoding)
    return head + b"\r\n\r\n" + body


def dutch_msg(**changes: object) -> bytes:
    message = OutlookMessage(
        subject=SUBJECT,
        body=BODY.replace("\n", "\r\n"),
        sent=SENT.astimezone(UTC),
        attachments=[Attachment("brief van Zoë.pdf", LETTER, "application/pdf")],
    )
    for name, value in changes.items():
        setattr(message, name, value)
    return outlook_msg(message)


def word_document() -> bytes:
    """A compound file that is no e-mail: the streams of an old Word .doc."""
    return compound_file(
        {
            "WordDocument": b"\xec\xa5\xc1\x00" + b"\0" * 4000,
            "1Table": b"\0" * 600,
            "\x01CompObj": b"\x01\x00\xfe\xff" + b"\0" * 100,
            "\x05SummaryInformation": b"\xfe\xff" + b"\0" * 200,
        }
    )
