"""Reading e-mails (.eml and Outlook .msg) for the viewer: who, when, what, attachments,
and Dutch letters that survive every character set."""

from __future__ import annotations

import email
import email.policy
import io
from datetime import UTC, datetime
from email.message import EmailMessage

import olefile
import pytest

from korre_desktop.errors import InputError
from korre_desktop.services.mail import (
    EML_MIME,
    MSG_MIME,
    MessageAttachment,
    MessageError,
    read_message,
    sniff_message,
)
from korre_desktop.services.mail.html_text import html_to_text
from korre_desktop.services.mail.text import decode_bytes
from tests.compound_file import compound_file
from tests.mail_samples import (
    BODY,
    LETTER,
    SENT,
    SUBJECT,
    dutch_eml,
    dutch_msg,
    html_eml,
    raw_eml,
    word_document,
)
from tests.outlook_msg import CC, Attachment, OutlookMessage, Recipient, outlook_msg

DUTCH_BODY = BODY.rstrip("\n")


def test_an_eml_shows_who_when_what_and_its_attachment():
    message = read_message(dutch_eml(), "klacht.eml")
    assert message.kind == "eml" and message.mime == EML_MIME
    assert message.subject == SUBJECT
    assert message.sender == "Zoë Ëlsinga <zoe.elsinga@dekorre.example>"
    assert message.recipients == [
        "Joëlle de Wit <joelle.dewit@dekorre.example>",
        "directie@dekorre.example",
    ]
    assert message.cc == ["Anaïs Brouwer <anais.brouwer@dekorre.example>"]
    assert message.sent_on == SENT
    assert message.body_text == DUTCH_BODY
    assert message.attachments == [
        MessageAttachment("brief van Zoë.pdf", "application/pdf", len(LETTER))
    ]
    assert not message.body_truncated


def test_an_outlook_msg_shows_who_when_what_and_its_attachment():
    message = read_message(dutch_msg(), "klacht.msg")
    assert message.kind == "msg" and message.mime == MSG_MIME
    assert message.subject == SUBJECT
    assert message.sender == "Zoë Ëlsinga <zoe.elsinga@dekorre.example>"
    assert message.recipients == ["Joëlle de Wit <joelle.dewit@dekorre.example>"]
    assert message.cc == ["Anaïs Brouwer <anais.brouwer@dekorre.example>"]
    assert message.sent_on == SENT  # the same moment (stored in UTC)
    assert message.sent_on.tzinfo is not None
    assert message.body_text == DUTCH_BODY  # Outlook's CRLF as plain line breaks
    assert message.attachments == [
        MessageAttachment("brief van Zoë.pdf", "application/pdf", len(LETTER))
    ]


def test_an_old_outlook_msg_in_windows_1252_keeps_its_dutch_letters():
    message = read_message(dutch_msg(unicode=False, codepage=1252))
    assert message.subject == SUBJECT
    assert message.sender.startswith("Zoë Ëlsinga")
    assert message.body_text == DUTCH_BODY
    assert message.attachments[0].name == "brief van Zoë.pdf"


def test_a_msg_without_recipient_storages_lists_the_display_names():
    recipients = [Recipient("Joëlle de Wit", "j@x.example"), Recipient("Bram; Eva", "b@x", CC)]
    message = read_message(
        outlook_msg(OutlookMessage(recipients=recipients, recipient_storages=False))
    )
    assert message.recipients == ["Joëlle de Wit"]
    assert message.cc == ["Bram", "Eva"]


def test_a_msg_with_only_html_shows_its_text():
    html = "<p>Beste Zoë,</p><p>Tot <b>morgen</b> in &eacute;&eacute;n lokaal.</p>"
    data = dutch_msg(body="", html=html.encode("utf-8"))  # code page 65001
    assert read_message(data).body_text == "Beste Zoë,\n\nTot morgen in één lokaal."


def test_a_msg_with_a_big_attachment_gives_its_size():
    big = bytes(range(256)) * 200  # above the 4096 bytes of the mini stream
    data = dutch_msg(attachments=[Attachment("scan.png", big, "image/png")])
    assert read_message(data).attachments == [MessageAttachment("scan.png", "image/png", len(big))]


def test_an_eml_in_windows_1252_keeps_its_dutch_letters():
    data = raw_eml(
        [
            "From: Zoë Ëlsinga <zoe@dekorre.example>",  # 8-bit in a header: not allowed, common
            "Date: Mon, 9 Mar 2026 14:45:00 +0100",
            "Subject: Ruzië over café",
            "Content-Type: text/plain; charset=windows-1252",
        ],
        "Beste Joëlle, één ïdee over de café-foto's.".encode("cp1252"),
    )
    message = read_message(data)
    assert message.sender == "Zoë Ëlsinga <zoe@dekorre.example>"
    assert message.subject == "Ruzië over café"
    assert message.body_text == "Beste Joëlle, één ïdee over de café-foto's."


@pytest.mark.parametrize(
    ("charset", "body", "expected"),
    [
        (None, "Zoë één ïdee".encode("cp1252"), "Zoë één ïdee"),  # no label, not UTF-8
        (None, "Zoë één ïdee".encode(), "Zoë één ïdee"),  # no label, UTF-8
        ("us-ascii", "Zoë".encode(), "Zoë"),  # labelled ASCII, really UTF-8
        ("iso-8859-1", "€ Zoë".encode("cp1252"), "€ Zoë"),  # "Latin-1" from Windows
        ("utf-8", "Zoë".encode("cp1252"), "Zoë"),  # labelled UTF-8, really 1252
        ("x-unknown", "Zoë".encode(), "Zoë"),
        ("zlib", "Zoë".encode(), "Zoë"),  # a codec that is no character set
        ("iso-8859-2", "Łódź".encode("iso-8859-2"), "Łódź"),
    ],
)
def test_text_is_decoded_as_mail_programs_do(charset, body, expected):
    assert decode_bytes(body, charset) == expected
    headers = ["From: a@dekorre.example", "Date: Mon, 9 Mar 2026 14:45:00 +0100"]
    if charset:
        headers.append(f"Content-Type: text/plain; charset={charset}")
    assert read_message(raw_eml(headers, body)).body_text == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("=?utf-8?q?Ruzi=C3=AB_over_caf=C3=A9?=", "Ruzië over café"),
        ("=?UTF-8?B?UnV6acOrIG92ZXIgY2Fmw6k=?=", "Ruzië over café"),
        ("=?windows-1252?q?Ruzi=EB?= =?iso-8859-1?q?_over_caf=E9?=", "Ruzië over café"),
        ("Re: =?utf-8?q?=C3=89=C3=A9n_idee?= en meer", "Re: Één idee en meer"),
        ("=?utf-8?q?onaf", "=?utf-8?q?onaf"),  # broken: shown as written
    ],
)
def test_encoded_word_subjects_are_decoded(subject, expected):
    data = raw_eml(
        ["From: a@dekorre.example", "Date: Mon, 9 Mar 2026 14:45:00 +0100", f"Subject: {subject}"],
        b"x",
    )
    assert read_message(data).subject == expected


def test_an_html_only_eml_is_shown_as_safe_text():
    message = read_message(html_eml())
    text = message.body_text
    assert text.startswith("Beste ouders,\n\nLees het protocol <https://dekorre.example/protocol>")
    assert "Met vriendelijke groet,\nZoë" in text
    assert "• één\n• twee & drie" in text
    for hidden in ("kwaad", "document.location", "color: red", "tracker", "Nieuws\n"):
        assert hidden not in text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Eén</p><p>Twee</p>", "Eén\n\nTwee"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a  b\nc"),
        ("<pre>  ingesprongen\n  regel</pre>", "ingesprongen\nregel"),
        ("x &lt;b&gt; &amp;&nbsp;&euml;", "x <b> & ë"),
        ("<a href='javascript:alert(1)'>klik</a>", "klik"),
        ("<a href='https://x.example'>https://x.example</a>", "https://x.example"),
        ("<a href='mailto:zoe@x.example'>Zoë</a>", "Zoë <zoe@x.example>"),
        ("<img src='cid:logo' alt='De Korre'>", "[De Korre]"),
        ("<svg/><p>na</p>", "na"),
        ("<head><title>t</title>zonder body", ""),
        ("<head><title>t</title><body>met body", "met body"),
        ("1 < 2 en 3 > 2", "1 < 2 en 3 > 2"),
        ("<p title='a > b'>waar</p>", "waar"),
        ("<!-- <p>niet</p> -->wel", "wel"),
        ("<a href='https://x.example'>afgebroken", "afgebroken"),
        ("<p>onaf <b", "onaf"),
        ("<script>nooit", ""),
    ],
)
def test_html_becomes_plain_text(markup, text):
    assert html_to_text(markup) == text


def test_what_is_stored_as_an_e_mail_is_read_as_one():
    """services.documents_sniff decides what is kept as an e-mail; the reader agrees."""
    from korre_desktop.services.documents_sniff import EMAIL, OUTLOOK, sniff_document

    assert (EML_MIME, MSG_MIME) == (EMAIL, OUTLOOK)
    only_a_subject = b"Subject: alleen een onderwerp\r\n\r\ntekst"
    for data in (dutch_eml(), dutch_msg(), html_eml(), only_a_subject):
        stored_as = sniff_document(data).mime_type
        assert read_message(data).mime == stored_as
    message = read_message(only_a_subject)
    assert (message.subject, message.sender, message.sent_on) == ("alleen een onderwerp", "", None)


def test_sniffing_says_which_e_mail_it_is():
    assert sniff_message(dutch_eml(), "a.eml") == EML_MIME
    assert sniff_message(dutch_msg(), "a.msg") == MSG_MIME
    assert sniff_message(dutch_msg(), "named-wrongly.eml") == MSG_MIME  # the content decides
    for other in (LETTER, b"", b"Hallo,\nFrom: iemand\n", word_document(), dutch_msg()[:2000]):
        assert sniff_message(other, "x.eml") is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not_a_message"),
        (b"Boodschappenlijst: melk, brood\n", "not_a_message"),
        (b"X-Kenmerk: 12\r\nTaal: nl\r\n\r\ntekst", "not_a_message"),  # no From/Subject/Date
        (bytes(range(256)) * 40, "not_a_message"),
        (LETTER, "not_a_message"),
        (word_document(), "not_a_message"),  # a compound file, but a Word document
        (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600, "damaged_message"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(range(256)) * 8, "damaged_message"),
    ],
    ids=["empty", "text", "other-headers", "binary", "pdf", "word", "ole-zeros", "ole-garbage"],
)
def test_what_is_no_e_mail_or_a_damaged_one_is_refused_with_a_reason(data, reason):
    with pytest.raises(MessageError) as refused:
        read_message(data, "bewijs.eml")
    assert refused.value.reason == reason
    assert refused.value.params["name"] == "bewijs.eml"
    assert isinstance(refused.value, InputError)


def test_a_msg_cut_short_anywhere_is_damaged_never_half_shown():
    data = dutch_msg(attachments=[Attachment("scan.png", bytes(range(256)) * 40, "image/png")])
    for length in range(8, len(data), 256):
        with pytest.raises(MessageError) as refused:
            read_message(data[:length], "klacht.msg")
        assert refused.value.reason == "damaged_message", length


def test_a_too_large_e_mail_is_refused_before_reading(monkeypatch):
    from korre_desktop.services.mail import limits

    data = dutch_eml()
    monkeypatch.setattr(limits, "MAX_MESSAGE_BYTES", len(data) - 1)
    with pytest.raises(MessageError) as refused:
        read_message(data, "groot.eml")
    assert refused.value.reason == "too_large"
    assert refused.value.params == {"name": "groot.eml", "size": len(data), "limit": len(data) - 1}
    assert sniff_message(data) is None


def test_an_unknown_reason_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown e-mail error reason"):
        MessageError("corrupt", "x")  # type: ignore[arg-type]


def test_a_long_body_is_cut_and_says_so(monkeypatch):
    from korre_desktop.services.mail import limits

    monkeypatch.setattr(limits, "MAX_BODY_CHARS", 20)
    message = read_message(dutch_eml())
    assert message.body_text == DUTCH_BODY[:20] and message.body_truncated


def test_the_test_compound_files_read_back_with_olefile():
    """tests/compound_file.py writes what an independent reader reads (mini stream, big
    streams, storages); tests/outlook_msg.py was also checked once against extract-msg."""
    tree = {
        "klein": b"hallo",
        "groot": bytes(range(256)) * 40,
        "map": {"leeg": b"", "ook": b"x" * 100},
    }
    ole = olefile.OleFileIO(io.BytesIO(compound_file(tree)))
    assert ole.openstream("klein").read() == b"hallo"
    assert ole.openstream("groot").read() == tree["groot"]
    assert ole.openstream("map/ook").read() == b"x" * 100
    assert ole.openstream("map/leeg").read() == b""
    assert not ole.parsing_issues
    message = olefile.OleFileIO(io.BytesIO(dutch_msg()))
    subject = message.openstream("__substg1.0_0037001F").read().decode("utf-16-le")
    assert subject == SUBJECT
    assert message.exists("__nameid_version1.0/__substg1.0_00020102")


def test_a_sent_time_is_read_as_a_windows_filetime():
    data = dutch_msg(sent=datetime(2001, 1, 1, 0, 0, tzinfo=UTC))
    assert read_message(data).sent_on == datetime(2001, 1, 1, tzinfo=UTC)
    assert read_message(dutch_msg(sent=None)).sent_on is None


def test_attachment_names_are_decoded_and_made_harmless():
    part = (
        "--grens\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;"
        ' filename="=?utf-8?q?verslag_Zo=C3=AB.pdf?="\r\n\r\nx\r\n'
        '--grens\r\nContent-Type: image/png; name="C:\\\\Users\\\\zoe\\\\foto\u202egnp.exe"\r\n'
        "\r\nx\r\n"
        "--grens\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment;"
        " filename*=utf-8''%C3%A9%C3%A9n%20idee.txt\r\n\r\nx\r\n--grens--\r\n"
    )
    data = raw_eml(
        [
            "From: a@dekorre.example",
            "Date: Mon, 9 Mar 2026 14:45:00 +0100",
            "Content-Type: multipart/mixed; boundary=grens",
        ],
        part.encode("utf-8"),
        "ascii",
    )
    names = [attachment.name for attachment in read_message(data).attachments]
    assert names == ["verslag Zoë.pdf", "fotognp.exe", "één idee.txt"]


def test_an_attached_e_mail_is_one_attachment_named_after_its_subject():
    outer = EmailMessage()
    outer["From"] = "a@dekorre.example"
    outer["Date"] = "Mon, 9 Mar 2026 14:45:00 +0100"
    outer.set_content("Zie het doorgestuurde bericht.")
    inner = email.message_from_bytes(dutch_eml(), policy=email.policy.default)
    outer.add_attachment(inner)
    message = read_message(bytes(outer))
    assert message.body_text == "Zie het doorgestuurde bericht."
    [attached] = message.attachments
    assert attached.name == f"{SUBJECT}.eml" and attached.mime == "message/rfc822"
    assert attached.size > len(LETTER)
