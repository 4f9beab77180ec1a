"""An HTML e-mail as plain text: the words, paragraphs, list items and where links go;
never scripts, styles or pictures, and nothing is loaded from anywhere.

Written as a small scanner rather than on ``html.parser``: that one takes quadratic time on
crafted input (CVE-2025-6069) in the Python versions the app runs on, and an e-mail is
input from anyone. Each step here moves forward through the text, so the time is linear.
"""

from __future__ import annotations

import html
import re

# Their contents are not text a reader sees.
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object"})
_RAW = frozenset({"script", "style", "textarea", "title"})  # no tags inside, up to </name
_BLOCKS = frozenset(
    """address article aside blockquote caption center dd div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table tbody
    thead tfoot tr ul""".split()  # noqa: SIM905 (a word list reads best as words)
)
_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol"}
)
_LINK_SCHEMES = ("http:", "https:", "mailto:", "ftp:")

_TAG_START = re.compile(r"<(?:/?[A-Za-z]|!|\?)")  # any other "<" is text
_NAME = re.compile(r"/?([A-Za-z][A-Za-z0-9:-]*)")
_TAG_REST = re.compile(r"""(?:[^>"']|"[^"]*"|'[^']*')*>""")
_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_MANY_BREAKS = re.compile(r"\n{3,}")
_BREAK = "\x00"  # a line break to be, kept apart from spaces until the end


def html_to_text(source: str) -> str:
    return _Scanner(source).text()


class _Scanner:
    def __init__(self, source: str) -> None:
        self.source = source
        self.pieces: list[str] = []
        self.hidden = 0  # inside how many hidden elements
        self.pre = 0
        self.links: list[str | None] = []  # the hrefs of the open <a> elements
        self.trailing_breaks = 0

    def text(self) -> str:
        self._scan()
        joined = "".join(self.pieces)
        lines = [line.strip(" ") for line in joined.replace(_BREAK, "\n").split("\n")]
        return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip("\n")

    def _scan(self) -> None:
        source, position, end = self.source, 0, len(self.source)
        while position < end:
            found = _TAG_START.search(source, position)
            if found is None:
                self._data(source[position:])
                return
            if found.start() > position:
                self._data(source[position : found.start()])
            position = self._markup(found.start())

    def _markup(self, start: int) -> int:
        """Handle the markup at ``start`` (a "<"); return where the text goes on."""
        source = self.source
        if source.startswith("<!--", start):
            close = source.find("-->", start + 4)
            return len(source) if close < 0 else close + 3
        if source.startswith(("<!", "<?"), start):
            close = source.find(">", start + 2)
            return len(source) if close < 0 else close + 1
        name = _NAME.match(source, start + 1)
        if name is None:  # not reached: _TAG_START saw a letter, or "/" and a letter
            self._data("<")
            return start + 1
        close = self._tag_end(name.end())
        if close < 0:
            return len(source)  # a tag cut off at the end: dropped, as browsers do
        tag = name.group(1).lower()
        if source[start + 1] == "/":
            self._end_tag(tag)
        else:
            attributes = source[name.end() : close]
            closed = attributes.rstrip().endswith("/")  # <svg/>: nothing inside
            if not (closed and tag in _HIDDEN):
                self._start_tag(tag, attributes)
            if tag in _RAW and not closed:
                return self._skip_raw(tag, close + 1)
        return close + 1

    def _tag_end(self, position: int) -> int:
        """The ">" that ends a tag, quotes respected; -1 when there is none."""
        found = _TAG_REST.match(self.source, position)
        if found is not None:
            return found.end() - 1
        return self.source.find(">", position)  # a quote never closed: the first ">" then

    def _skip_raw(self, tag: str, position: int) -> int:
        found = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(self.source, position)
        if found is None:
            return len(self.source)
        if tag == "textarea":
            self._data(self.source[position : found.start()])
        self._end_tag(tag)
        return found.end()

    def _start_tag(self, tag: str, attributes: str) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
            return
        if tag == "body":
            self.hidden = 0  # a <head> never closed ends here
        if self.hidden:
            return
        if tag == "br":
            self._emit(_BREAK)
        elif tag == "li":
            self._block(1)
            self._emit("• ")
        elif tag in ("td", "th"):
            self._emit("  ")
        elif tag in _BLOCKS:
            self._block(2 if tag in _PARAGRAPHS else 1)
        if tag == "pre":
            self.pre += 1
        elif tag == "a":
            self.links.append(_attribute(attributes, "href"))
        elif tag == "img":
            alt = _SPACES.sub(" ", _attribute(attributes, "alt") or "").strip()
            if alt:
                self._emit(f"[{alt}]")

    def _end_tag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if self.hidden:
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "a" and self.links:
            self._link_target(self.links.pop())
        if tag in _BLOCKS:
            self._block(2 if tag in _PARAGRAPHS else 1)

    def _block(self, breaks: int) -> None:
        """A block starts or ends: at least ``breaks`` line breaks here (``</p><p>`` makes
        one empty line, not two; only <br> adds up)."""
        self._emit(_BREAK * max(0, breaks - self.trailing_breaks))

    def _emit(self, text: str) -> None:
        """Add ``text``, counting the line breaks at the end (spaces do not count)."""
        if not text:
            return
        self.pieces.append(text)
        core = text.rstrip(" ")
        if core.strip(_BREAK):
            self.trailing_breaks = len(core) - len(core.rstrip(_BREAK))
        else:
            self.trailing_breaks += core.count(_BREAK)

    def _link_target(self, href: str | None) -> None:
        """Where a link goes, after its words: a reader sees it without clicking."""
        if not href or not href.lower().startswith(_LINK_SCHEMES):
            return  # javascript:, data:, anchors: nothing a reader needs
        target = href[len("mailto:") :] if href.lower().startswith("mailto:") else href
        if target not in self._last_words(len(target) + 2):
            self._emit(f" <{target}>")

    def _last_words(self, length: int) -> str:
        tail, size = [], 0
        for piece in reversed(self.pieces):
            tail.append(piece)
            size += len(piece)
            if size >= length:
                break
        return "".join(reversed(tail))

    def _data(self, text: str) -> None:
        if self.hidden or not text:
            return
        text = html.unescape(text)
        if self.pre:
            self._emit(text.replace("\r\n", "\n").replace("\n", _BREAK))
        else:
            self._emit(_SPACES.sub(" ", text))


def _attribute(attributes: str, wanted: str) -> str | None:
    for found in _ATTRIBUTE.finditer(attributes):
        if found.group(1).lower() == wanted:
            value = next((g for g in found.groups()[1:] if g is not None), "")
            return html.unescape(value).strip()
    return None
