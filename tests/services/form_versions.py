"""Consent form versions for tests: a small one (a class photo and the press, one school
year) and a large one (ten channels with long texts), added through ``add_form``."""

from __future__ import annotations

from datetime import date

from korre_desktop.domain.consent_form import Channel, FormTexts, Validity, ValidityKind
from korre_desktop.services.consent_forms import FormDefinition, add_form
from korre_desktop.store import Store

CONTACT = "Vragen, wijzigen of intrekken: mevrouw J. de Boer, 030-1234567, admin@voorbeeld.nl"
PRESS_TEXTS = FormTexts(
    intro=(
        "Eén keer per jaar komt de schoolfotograaf. Soms schrijft een krant over de school. "
        "Met dit formulier geeft u aan of uw kind daarbij op de foto of in beeld mag."
    ),
    scope="Het gaat alleen om de klassenfoto en om berichten in kranten en lokale media.",
    no_consent_needed="Geen toestemming nodig: de foto voor de schoolpas.",
    withdraw="U kunt uw keuze altijd later nog wijzigen of intrekken.",
    contact=CONTACT,
)
PRESS_STUDENT_TEXTS = FormTexts(
    intro=(
        "Eén keer per jaar komt de schoolfotograaf. Soms schrijft een krant over de school. "
        "Je bent 16 of ouder: jij beslist zelf of je op de foto of in beeld mag."
    ),
    scope="Het gaat alleen om de klassenfoto en om berichten in kranten en lokale media.",
    no_consent_needed="Geen toestemming nodig: de foto voor je schoolpas.",
    withdraw="Je kunt je keuze altijd later nog wijzigen of intrekken.",
    contact=CONTACT,
)


def press_version(
    store: Store, effective: date = date(2026, 8, 1), label: str = "2026 pers"
) -> int:
    """Class photo (foto only) and press (foto and film), valid one school year."""
    return add_form(
        store,
        FormDefinition(
            label=label,
            effective_date=effective,
            channels=(
                Channel(
                    "klassenfoto",
                    "Klassenfoto en schoolfotograaf",
                    "De jaarlijkse klassenfoto en portretfoto door de schoolfotograaf.",
                ),
                Channel(
                    "pers",
                    "Krant en lokale media",
                    "Een foto of filmpje bij een bericht over de school in de krant.",
                ),
            ),
            media=("foto", "film"),
            items=("foto_klassenfoto", "foto_pers", "film_pers"),
            validity=Validity(ValidityKind.SCHOOL_YEAR),
            texts=PRESS_TEXTS,
            student_texts=PRESS_STUDENT_TEXTS,
        ),
    )


LONG = (
    "Wij vinden het belangrijk dat u goed weet wat er met beeld en geluid van uw kind "
    "gebeurt. Daarom leggen we per kanaal uit wie de opnamen maakt, wie ze kan zien en hoe "
    "lang ze bewaard blijven. Lees dit rustig door voordat u het formulier invult. "
)
LONG_STUDENT = (
    "We vinden het belangrijk dat je goed weet wat er met beeld en geluid van jou gebeurt. "
    "Daarom leggen we per kanaal uit wie de opnamen maakt, wie ze kan zien en hoe lang ze "
    "bewaard blijven. Lees dit rustig door voordat je het formulier invult. "
)
TEN_CHANNELS = (
    ("schoolgids", "Schoolgids en brochures"),
    ("website", "Website van de school"),
    ("nieuwsbrief", "Nieuwsbrief"),
    ("socialmedia_school", "Sociale media van de school"),
    ("parro", "Parro (de ouderapp)"),
    ("socialmedia_persoonlijk", "Eigen sociale media van medewerkers"),
    ("klassenfoto", "Klassenfoto en schoolfotograaf"),
    ("pers", "Krant, lokale omroep en andere media"),
    ("opleiding", "Lesopnamen voor de lerarenopleiding"),
    ("onderzoek", "Opnamen voor wetenschappelijk onderzoek"),
)


def ten_channel_version(
    store: Store, effective: date = date(2026, 8, 1), label: str = "2026 uitgebreid"
) -> int:
    """Ten channels, every medium, long texts and explanations: two pages."""
    channels = tuple(
        Channel(
            code,
            label_text,
            f"Uitleg bij {label_text.lower()}: wie de opnamen maakt, wie ze te zien krijgt, "
            "hoe lang de school ze bewaart en wanneer ze weer worden verwijderd.",
        )
        for code, label_text in TEN_CHANNELS
    )
    return add_form(
        store,
        FormDefinition(
            label=label,
            effective_date=effective,
            channels=channels,
            media=("foto", "film", "geluid"),
            validity=Validity(ValidityKind.YEARS, 3),
            texts=FormTexts(
                intro=LONG * 3,
                scope=LONG * 2,
                no_consent_needed="Geen toestemming nodig: " + LONG,
                withdraw="U kunt later alsnog toestemming geven. " + LONG,
                contact="Vragen? Mail naar privacy@voorbeeld.nl of bel 030-7654321.",
            ),
            student_texts=FormTexts(
                intro=LONG_STUDENT * 3,
                scope=LONG_STUDENT * 2,
                no_consent_needed="Geen toestemming nodig: " + LONG_STUDENT,
                withdraw="Je kunt later alsnog toestemming geven. " + LONG_STUDENT,
                contact="Vragen? Mail naar privacy@voorbeeld.nl of bel 030-7654321.",
            ),
        ),
    )
