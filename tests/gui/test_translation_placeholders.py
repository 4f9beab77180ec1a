"""Every finished translation keeps what the code and Qt rely on in its source text.

For each message of each .ts file with a finished translation: the same %1..%9 and %n
placeholders, the same HTML tags, exactly one mnemonic when the source has one, a trailing
"…" or ":" kept, and as many line breaks.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

PLACEHOLDER = re.compile(r"%L?(?:[1-9]|n)")
HTML_TAGS = frozenset(
    re.findall(
        r"\w+",
        "a b big blockquote body br center code div em font h1 h2 h3 h4 h5 h6 head hr html i "
        "img li nobr ol p pre qt s small span strong sub sup table td th tr tt u ul",
    )
)
VOID_TAGS = frozenset({"br", "hr", "img"})
TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)\s*>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
MNEMONIC = re.compile(r"&(?=[^\W_])")
ENDINGS = (("…", "..."), (":",))


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r} -> {self.translation!r}"


def finished_messages(ts: Path) -> list[Message]:
    """Messages with a finished, non-empty translation (each numerus form on its own)."""
    messages = []
    for context in SafeET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            source = message.findtext("source") or ""
            forms = [form.text or "" for form in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            messages.extend(Message(name, source, form) for form in forms if form.strip())
    return messages


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def html_tags(text: str) -> Counter[str]:
    """Opening and closing HTML tags by name (not other <words> in the text); <br> and <br/>
    are the same, <p/> opens and closes."""
    tags: Counter[str] = Counter()
    for closing, name, self_closing in TAG.findall(text):
        name = name.lower()
        if name not in HTML_TAGS:
            continue
        if closing:
            tags[f"</{name}>"] += 1
        else:
            tags[f"<{name}>"] += 1
            if self_closing and name not in VOID_TAGS:
                tags[f"</{name}>"] += 1
    return tags


def mnemonics(text: str) -> int:
    """How many '&'+letter mnemonics: '&&' is a literal ampersand, '&amp;' an HTML entity."""
    return len(MNEMONIC.findall(ENTITY.sub("", text.replace("&&", ""))))


def problems(message: Message) -> list[str]:
    source, translation = message.source, message.translation
    found = []
    if placeholders(source) != placeholders(translation):
        found.append(
            f"placeholders {sorted(placeholders(source))} became "
            f"{sorted(placeholders(translation))}"
        )
    if html_tags(source) != html_tags(translation):
        found.append(
            f"HTML tags {sorted(html_tags(source).elements())} became "
            f"{sorted(html_tags(translation).elements())}"
        )
    if mnemonics(source) and mnemonics(translation) != 1:
        found.append(f"{mnemonics(translation)} mnemonics instead of exactly one")
    for ending in ENDINGS:
        if source.rstrip().endswith(ending) and not translation.rstrip().endswith(ending):
            found.append(f"the trailing {ending[0]!r} is lost")
    if source.count("\n") != translation.count("\n"):
        found.append(f"{source.count(chr(10))} line breaks became {translation.count(chr(10))}")
    return found


def report(ts: Path) -> list[str]:
    return [
        f"{message}: {problem}"
        for message in finished_messages(ts)
        for problem in problems(message)
    ]


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_translations_keep_placeholders_tags_mnemonics_and_endings(ts):
    found = report(ts)
    assert not found, f"{len(found)} translation(s) in {ts.name} to fix:\n" + "\n".join(found)


def test_there_are_translation_files_to_check():
    assert {p.name for p in TRANSLATIONS.glob("*.ts")} >= {"korre_nl.ts", "korre_en.ts"}


SYNTHETIC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Good</name>
    <message>
        <source>&amp;Open %1 of %2…</source>
        <translation>%2 van %1 &amp;openen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rock &amp;&amp; roll&lt;/b&gt;&lt;br&gt;%n items:</source>
        <translation>&lt;b&gt;Rock &amp;&amp; roll&lt;/b&gt;&lt;br&gt;%n stuks:</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Nog &lt;b&gt;niet</translation>
    </message>
    <message>
        <source>Say &lt;name&gt;</source>
        <translation>Zeg &lt;naam&gt;</translation>
    </message>
</context>
<context>
    <name>Bad</name>
    <message>
        <source>Saved %1 of %2</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Title&lt;/h3&gt;&lt;p&gt;Text&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Titel&lt;/h3&gt;Tekst&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Af&amp;drukken</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>One
Two</source>
        <translation>Een twee</translation>
    </message>
</context>
</TS>
"""


def test_the_check_finds_broken_translations(tmp_path):
    ts = tmp_path / "synthetic.ts"
    ts.write_text(SYNTHETIC, encoding="utf-8")
    assert report(ts) == [
        "Bad: 'Saved %1 of %2' -> '%1 opgeslagen': placeholders ['%1', '%2'] became ['%1']",
        "Bad: '<h3>Title</h3><p>Text</p>' -> '<h3>Titel</h3>Tekst</p>': "
        "HTML tags ['</h3>', '</p>', '<h3>', '<p>'] became ['</h3>', '</p>', '<h3>']",
        "Bad: '&Save' -> 'Opslaan': 0 mnemonics instead of exactly one",
        "Bad: '&Print' -> '&Af&drukken': 2 mnemonics instead of exactly one",
        "Bad: 'Export…' -> 'Exporteren': the trailing '…' is lost",
        "Bad: 'Date:' -> 'Datum': the trailing ':' is lost",
        "Bad: 'One\\nTwo' -> 'Een twee': 1 line breaks became 0",
    ]
    with pytest.raises(AssertionError, match="7 translation"):
        test_translations_keep_placeholders_tags_mnemonics_and_endings(ts)


def test_the_helpers():
    assert placeholders("%1 and %L2, %n left, 100%") == {"%1", "%L2", "%n"}
    assert mnemonics("&Save") == 1
    assert mnemonics("Tom && Jerry") == 0
    assert mnemonics("a&nbsp;b &amp; c") == 0
    assert mnemonics("Tom & Jerry") == 0
    assert html_tags("<P>a<br>b<br/></p><datum>") == Counter({"<p>": 1, "</p>": 1, "<br>": 2})
    assert html_tags("<p/>") == html_tags("<p></p>")
