"""The school's channels as the printed lists name them, from the consent form versions in
force on the list's date.

Each channel keeps its label as the form version words it; where a table is narrow a long
label gets a short form: its first part, before " en ", " of ", a comma, a colon or a
bracket ("Schoolgids en brochures" -> "Schoolgids"), unless that would name two channels
alike. The legend then gives the short form with the full label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from korre_desktop.domain.consent_form import ConsentForm, channel_labels
from korre_desktop.domain.consent_items import split_item_code

SHORT_FROM = 20  # labels this long or longer are shortened where the table is narrow
_CUT = re.compile(r"\s+(?:en|of)\s+|\s*[,:(;]\s*|\s+[-–]\s+")


def short_label(label: str) -> str:
    """A long label's first part ("Ouderportaal of schoolapp" -> "Ouderportaal")."""
    label = " ".join(label.split())
    if len(label) < SHORT_FROM:
        return label
    first = _CUT.split(label, maxsplit=1)[0].strip()
    return first if len(first) >= 3 else label


@dataclass(frozen=True)
class ChannelNames:
    """The channels of the items in force, in the forms' order, with their names."""

    order: tuple[str, ...]
    full: dict[str, str]
    short: dict[str, str]

    def sort_key(self, code: str) -> tuple[int, str]:
        return (self.order.index(code), "") if code in self.order else (len(self.order), code)

    def legend(self) -> str:
        """ "Schoolgids (Schoolgids en brochures), Nieuwsbrief, …"."""
        return ", ".join(
            self.short[code] if self.short[code] == self.full[code]
            else f"{self.short[code]} ({self.full[code]})"
            for code in self.order
        )  # fmt: skip


def channel_names(
    forms: Sequence[ConsentForm], item_codes: Sequence[str], on: date
) -> ChannelNames:
    """Names for the channels of ``item_codes`` (the items in force on ``on``): each as
    the newest version in effect on ``on`` words it (else any version, else its code)."""
    order = tuple(dict.fromkeys(split_item_code(code)[1] for code in item_codes))
    labels = channel_labels(forms) | channel_labels(f for f in forms if f.effective_date <= on)
    full = {code: labels.get(code, code) for code in order}
    short = {code: short_label(label) for code, label in full.items()}
    taken = list(short.values())
    for code, name in short.items():
        if taken.count(name) > 1:
            short[code] = full[code]
    return ChannelNames(order, full, short)
