"""E-mails made to break a reader: each gives a clean result or a MessageError with a
reason, never a library's exception and never a hang (the header parsers of the standard
library take quadratic time on some values; those cases run here at full size)."""

from __future__ import annotations

import random

import pytest

from korre_desktop.services.mail import MessageDocument, MessageError, read_message
from tests.compound_file import compound_file
from tests.mail_samples import dutch_eml, dutch_msg, html_eml
from tests.outlook_msg import Attachment

HEAD = b"From: Zo\xeb <zoe@dekorre.example>\r\nDate: Mon, 9 Mar 2026 14:45:00 +0100\r\n"
MEGABYTE = 1024 * 1024


def outcome(data: bytes) -> MessageDocument | str:
    try:
        return read_message(data, "vreemd.eml")
    except MessageError as refused:
        return refused.reason


def test_ten_thousand_headers():
    data = HEAD + b"".join(b"X-Kop-%d: waarde\r\n" % n for n in range(10_000))
    message = outcome(data + b"Subject: Veel koppen\r\n\r\ntekst")
    assert message.subject == "Veel koppen" and message.body_text == "tekst"


def test_a_20_mb_line_in_the_body_is_cut_for_the_viewer():
    message = outcome(HEAD + b"Subject: lang\r\n\r\n" + b"y" * (20 * MEGABYTE))
    assert message.body_truncated and set(message.body_text) == {"y"}


@pytest.mark.parametrize(
    "subject",
    [b"x" * (20 * MEGABYTE), b"ab " * (6 * MEGABYTE), b"=?utf-8?q?a?= " * MEGABYTE],
    ids=["one-word", "words", "encoded-words"],
)
def test_a_20_mb_subject_is_cut(subject):
    message = outcome(HEAD + b"Subject: " + subject + b"\r\n\r\ntekst")
    assert 0 < len(message.subject) <= 16 * 1024
    assert message.sender == "Zoë <zoe@dekorre.example>"


@pytest.mark.parametrize(
    "recipients",
    [b'"' * (8 * MEGABYTE), b"\\" * (8 * MEGABYTE), b"a@b.example, " * MEGABYTE, b"(" * 100_000],
    ids=["quotes", "backslashes", "a-million-addresses", "nested-comments"],
)
def test_an_absurd_recipient_list_still_reads(recipients):
    message = outcome(HEAD + b"To: " + recipients + b"\r\nSubject: s\r\n\r\nb")
    assert isinstance(message, MessageDocument)
    assert 0 < len(message.recipients) <= 500


@pytest.mark.parametrize(
    ("header", "value"),
    [
        (b"Content-Type", b'text/plain; name="' + b'"' * 60_000),
        (b"Content-Type", b"multipart/mixed; boundary=" + b"(" * 5_000),
        (b"Content-Disposition", b"attachment; filename=" + b'\\"' * 50_000),
        (b"Content-Type", b"\x7f\x01;;;==;charset=" + b"'" * 10_000),
        (b"Content-Transfer-Encoding", b"base64" + b" " * 100_000),
    ],
)
def test_crafted_mime_headers_still_read(header, value):
    assert isinstance(outcome(HEAD + header + b": " + value + b"\r\n\r\nx"), MessageDocument)


def test_thousands_of_crafted_parts_are_listed_up_to_a_limit():
    part = (
        b'--grens\r\nContent-Type: application/pdf; name="' + b'"' * 900 + b'"\r\n'
        b'Content-Disposition: attachment; filename="brief.pdf"\r\n\r\nx\r\n'
    )
    data = HEAD + b"Content-Type: multipart/mixed; boundary=grens\r\n\r\n" + part * 20_000
    message = outcome(data + b"--grens--\r\n")
    assert 0 < len(message.attachments) <= 200


def test_thousands_of_nested_parts_are_a_damaged_message():
    data = HEAD + b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n"
    data += b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (n, n + 1)
        for n in range(5_000)
    )
    assert outcome(data) == "damaged_message"


@pytest.mark.parametrize(
    "body",
    [b"<a" * MEGABYTE, b"<!--" * MEGABYTE, b"</" * MEGABYTE, b"<a href='x>" * 200_000],
    ids=["open-tags", "open-comments", "end-tags", "open-quotes"],
)
def test_crafted_html_is_read_in_linear_time(body):
    message = outcome(HEAD + b"Content-Type: text/html\r\n\r\n" + body)
    assert isinstance(message, MessageDocument)


@pytest.mark.parametrize(
    "data",
    [
        HEAD + b"Content-Transfer-Encoding: base64\r\n\r\n!!!! geen base64 ====",
        HEAD + b"Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 x\r\n!!!\r\nend\r\n",
        HEAD + b"Content-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ=\r\n=",
        HEAD + b"Content-Type: text/plain; charset=utf-16\r\n\r\n\xff",
        HEAD.replace(b"2026 14:45:00 +0100", b"99999 99:99:99 +9999") + b"\r\nb",
        b"From zoe@dekorre.example Mon Mar  9 14:45:00 2026\n" + HEAD + b"\r\nmbox",
        HEAD + b"Content-Type: message/rfc822\r\n\r\n" + b"\xff" * 1000,
    ],
    ids=["bad-base64", "bad-uuencode", "bad-qp", "odd-utf16", "bad-date", "mbox", "bad-inner"],
)
def test_broken_encodings_read_as_far_as_they_go(data):
    assert isinstance(outcome(data), MessageDocument)


def _compound_with(directory_patch: bytes, at: int) -> bytes:
    """A valid .msg with bytes of its first directory entry (the root) overwritten."""
    data = bytearray(dutch_msg())
    directory = (int.from_bytes(data[48:52], "little") + 1) * 512
    data[directory + at : directory + at + len(directory_patch)] = directory_patch
    return bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        _compound_with(b"\x01\x00\x00\x00", 76),  # the root's child is the root: a loop
        _compound_with(b"\xff\xff\xff\x7f", 76),  # a child far outside the directory
        _compound_with(b"\x00\x00\x00\x7f", 116),  # the mini stream starts nowhere
        _compound_with(b"\xff" * 8, 120),  # the mini stream claims 2**64 bytes
        compound_file({"__properties_version1.0": b"\0" * 32}),  # no message class
    ],
    ids=["loop", "child-out-of-range", "start-out-of-range", "huge-size", "empty-message"],
)
def test_crafted_compound_files_are_refused_cleanly(data):
    assert outcome(data) in ("damaged_message", "not_a_message")


@pytest.mark.parametrize("seed", range(4))
def test_random_damage_never_escapes_as_an_exception(seed):
    """Bytes flipped at random in an .eml, an HTML e-mail and a .msg (a fixed seed)."""
    rng = random.Random(seed)
    big = Attachment("scan.png", bytes(range(256)) * 40, "image/png")
    for original in (dutch_eml(), html_eml(), dutch_msg(attachments=[big])):
        for _ in range(60):
            damaged = bytearray(original)
            for _ in range(rng.choice((1, 3, 10, 40))):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            result = outcome(bytes(damaged))
            assert isinstance(result, MessageDocument) or result in (
                "damaged_message",
                "not_a_message",
            )
