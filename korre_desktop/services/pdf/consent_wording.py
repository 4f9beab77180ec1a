"""What the printed consent form says, in Dutch, for whoever signs it.

A form version holds its own texts: to parents ("u", ``ConsentForm.texts``) and to a
student of 16 or older ("je", ``ConsentForm.student_texts``). Employees get the parents'
texts with an intro of their own (the version's intro speaks of "uw kind"). The fixed
sentences of the form are here too, once per way of addressing the reader, so a
student's form says "je" throughout.

No reportlab here: the words only (the layout measures and draws them).
"""

from __future__ import annotations

from dataclasses import dataclass

from korre_desktop.domain.consent_form import (
    DEFAULT_CUTOFF,
    Channel,
    ConsentForm,
    FormTexts,
    Validity,
    ValidityKind,
)
from korre_desktop.domain.consent_items import split_item_code

GUARDIAN, STUDENT, EMPLOYEE = "guardian", "student", "employee"
AUDIENCES = (GUARDIAN, STUDENT, EMPLOYEE)

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# The fixed sentences, per way of addressing the reader ("u" or "je").
_U = {
    "valid_until_withdrawn": "Deze toestemming geldt tot u haar intrekt.",
    "valid_school_year": (
        "Deze toestemming geldt voor het schooljaar waarin u tekent (tot {cutoff})."
    ),
    "valid_years": "Deze toestemming geldt {years} jaar vanaf de dag dat u tekent.",
    "withdraw": (
        "U kunt later alsnog toestemming geven, en uw keuze altijd wijzigen of intrekken."
    ),
    "contact": "Neem daarvoor contact op met de administratie van de school.",
}
_JE = {
    "valid_until_withdrawn": "Deze toestemming geldt tot je haar intrekt.",
    "valid_school_year": (
        "Deze toestemming geldt voor het schooljaar waarin je tekent (tot {cutoff})."
    ),
    "valid_years": "Deze toestemming geldt {years} jaar vanaf de dag dat je tekent.",
    "withdraw": (
        "Je kunt later alsnog toestemming geven, en je keuze altijd wijzigen of intrekken."
    ),
    "contact": "Meld je daarvoor bij de administratie van de school.",
}
# When a version has no intro of its own (and always for employees).
INTROS = {
    GUARDIAN: (
        "Op school maken we soms foto's, filmpjes en geluidsopnamen, bijvoorbeeld bij "
        "activiteiten en uitstapjes. Wij vragen u als ouder of verzorger of wij opnamen "
        "waarop uw kind te zien of te horen is mogen gebruiken, en waarvoor. U kunt per "
        "soort opname en per plek apart ja of nee zeggen."
    ),
    STUDENT: (
        "Op school maken we soms foto's, filmpjes en geluidsopnamen, bijvoorbeeld bij "
        "activiteiten en uitstapjes. Omdat je 16 jaar of ouder bent, vragen we jou zelf of "
        "we opnamen waarop je te zien of te horen bent mogen gebruiken, en waarvoor. Je kunt "
        "per soort opname en per plek apart ja of nee zeggen."
    ),
    EMPLOYEE: (
        "Op school worden foto's, filmpjes en geluidsopnamen gemaakt, bijvoorbeeld bij "
        "activiteiten en uitstapjes. Wij vragen u of opnamen waarop u te zien of te horen "
        "bent gebruikt mogen worden, en waarvoor. U kunt per soort opname en per plek apart "
        "ja of nee zeggen."
    ),
}
# Neutral: the same for every reader.
FIXED = {
    "instruction": "Zet bij elke soort opname per regel een kruisje in ja of nee.",
    "blank_is_no": "Een leeg of onduidelijk ingevuld vakje telt als nee.",
    "read_first": "Lees eerst de uitleg op blad {page}.",
    "channels_heading": "Waar de school beeld en geluid gebruikt",
}


def cutoff_words(cutoff: tuple[int, int]) -> str:
    """(8, 1) -> "1 augustus"."""
    month, day = cutoff
    return f"{day} {MONTHS[month - 1]}"


def validity_sentence(
    validity: Validity, audience: str, cutoff: tuple[int, int] = DEFAULT_CUTOFF
) -> str:
    """How long the consent lasts, addressed to ``audience``."""
    words = _JE if audience == STUDENT else _U
    if validity.kind is ValidityKind.SCHOOL_YEAR:
        return words["valid_school_year"].format(cutoff=cutoff_words(cutoff))
    if validity.kind is ValidityKind.YEARS:
        return words["valid_years"].format(years=validity.years)
    return words["valid_until_withdrawn"]


@dataclass(frozen=True)
class Wording:
    """The form's explanatory paragraphs for one reader, in the order printed."""

    audience: str
    paragraphs: tuple[str, ...]


def texts_for(form: ConsentForm, audience: str) -> FormTexts:
    return form.student_texts if audience == STUDENT else form.texts


def wording(form: ConsentForm, audience: str, cutoff: tuple[int, int] = DEFAULT_CUTOFF) -> Wording:
    """What the consent is for and who records (intro), where it is used (scope), what
    needs no consent, how long it lasts, that it may be given later, changed or withdrawn,
    and whom to ask. A text the version leaves empty is left out, except those every
    form must say (intro, withdrawing, contact): they fall back to fixed sentences."""
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience: {audience!r}")
    texts = texts_for(form, audience)
    words = _JE if audience == STUDENT else _U
    intro = INTROS[EMPLOYEE] if audience == EMPLOYEE else texts.intro or INTROS[audience]
    paragraphs = [
        intro,
        texts.scope,
        "" if audience == EMPLOYEE else texts.no_consent_needed,  # about pupils
        validity_sentence(form.validity, audience, cutoff),
        texts.withdraw or words["withdraw"],
        texts.contact or words["contact"],
    ]
    return Wording(audience, tuple(" ".join(p.split()) for p in paragraphs if p.strip()))


def form_channels(form: ConsentForm, labels: dict[str, str] | None = None) -> tuple[Channel, ...]:
    """The channels the form asks about, in its order. An item whose channel the version
    does not define (a version made before channels were data) gets a channel named by
    ``labels`` (other versions' wording) or its code."""
    asked = [split_item_code(code)[1] for code in form.items]
    found = [channel for channel in form.channels if channel.code in asked]
    known = {channel.code for channel in found}
    for code in asked:
        if code not in known:
            known.add(code)
            found.append(Channel(code, (labels or {}).get(code, code)))
    return tuple(found)
