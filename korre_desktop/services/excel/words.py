"""The Dutch words of the outputs made without Qt for people who read them in Excel
(the Excel overview and the status CSV for Excel): statuses, media, kinds of person.

Not Qt-translated: these files are read by the Dutch office and management whatever the
window's language."""

from __future__ import annotations

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
