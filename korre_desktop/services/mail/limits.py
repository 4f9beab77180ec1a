"""Limits on the e-mails the app reads; read at call time so tests can lower them."""

from __future__ import annotations

# An e-mail with a scan or two attached stays well below this (mail servers refuse most
# messages above 20-25 MB); the evidence pipeline's own limit is higher, for big PDFs.
MAX_MESSAGE_BYTES = 25 * 1024 * 1024

# What is shown of the text: about 250 pages; the rest is in the saved original.
MAX_BODY_CHARS = 500_000

# HTML is turned into text up to this size (inline pictures live in parts of their own).
MAX_HTML_CHARS = 2_000_000

# Header values given to the standard library's header parsers, which take quadratic time
# on some crafted values: a subject, a MIME header (a file name fits easily), any other.
MAX_SUBJECT_CHARS = 16 * 1024
MAX_MIME_HEADER_CHARS = 1024
MAX_HEADER_CHARS = 4 * 1024
# Address lists are split by a linear parser: a mail to a few thousand parents fits.
MAX_ADDRESS_CHARS = 256 * 1024

# Parts of an e-mail looked at, and attachments and recipients listed.
MAX_PARTS = 200
MAX_LISTED = 500
