"""The Dutch words of the outputs made without Qt for people who read them in Excel
(the Excel overview and the status CSV for Excel): statuses, media, kinds of person,
platforms, and the words of the overview's sheets Accounts and Bevoegdheden.

Not Qt-translated: these files are read by the Dutch office and management whatever the
window's language."""

from __future__ import annotations

from korre_desktop.domain.authorisation import BRAND_NAMES, AuthorisationStatus, Platform
from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.protocol import ProtocolStatus

CONSENT_WORDS = {
    ConsentStatus.GRANTED: "toegestaan",
    ConsentStatus.REFUSED: "geweigerd",
    ConsentStatus.CONFLICT: "conflict",
    ConsentStatus.MISSING: "ontbreekt",
    ConsentStatus.EXPIRED: "verlopen",
}
PROTOCOL_WORDS = {
    ProtocolStatus.SIGNED: "getekend",
    ProtocolStatus.RESIGN: "opnieuw tekenen",
    ProtocolStatus.UNSIGNED: "niet getekend",
    ProtocolStatus.OVERDUE: "te laat",
}
EMPLOYMENT_WORDS = {
    "permanent": "vast",
    "temporary": "tijdelijk",
    "intern": "stagiair",
    "substitute": "invaller",
    "volunteer": "vrijwilliger",
    "unknown": "onbekend",
}
MEDIUM_WORDS = {"foto": "Foto", "film": "Film", "geluid": "Geluid"}
KIND_WORDS = {"student": "Leerling", "employee": "Medewerker"}
# Keyed by the domain's platform codes (``Platform`` is a StrEnum: the stored code finds
# its word too).
PLATFORM_WORDS = {
    **BRAND_NAMES,
    Platform.WHATSAPP_GROUP: "WhatsApp-groep",
    Platform.OTHER: "Anders",  # as the window says
}
AUTHORISATION_WORDS = {
    AuthorisationStatus.ACTIVE: "geldig",
    AuthorisationStatus.NOT_YET: "nog niet geldig",
    AuthorisationStatus.EXPIRED: "verlopen",
    AuthorisationStatus.WITHDRAWN: "ingetrokken",
}
# The sheets Accounts and Bevoegdheden: headers, and what the worklists ask ("{day}" is a
# date as dd-mm-jjjj).
ACCOUNT_WORDS = {
    "platform": "Platform",
    "account": "Naam / handle",
    "link": "Link",
    "school": "School",
    "foundation": "Stichting",
    "created_on": "Aangemaakt op",
    "permission_by": "Toestemming van",
    "ended_on": "Beëindigd op",
    "authorised": "Bevoegden op\npeildatum",
    "attention": "Aandachtspunt",
    "person": "Persoon",
    "kind": "Soort",
    "number": "Nummer",
    "for": "Voor",
    "from": "Van",
    "until": "Tot en met",
    "granted_by": "Verleend door",
    "status": "Status op\npeildatum",
    "account_for": "{platform} · {name}",
    "in_general": "{owner}, algemeen",
    "nobody": "niemand bevoegd",
    "left": "vertrokken op {day}: toegang intrekken",
    "ending_soon": "loopt af op {day}",
    "no_accounts": "Er zijn geen accounts vastgelegd.",
    "no_authorisations": "Er zijn geen bevoegdheden op de peildatum.",
}
# An authorised person's protocol status that asks for a follow-up, as the worklist says it.
PROTOCOL_FOLLOW_UP_WORDS = {
    ProtocolStatus.UNSIGNED: "protocol niet getekend",
    ProtocolStatus.OVERDUE: "protocol niet getekend, termijn verstreken",
    ProtocolStatus.RESIGN: "nieuwe protocolversie tekenen",
}
