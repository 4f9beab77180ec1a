"""The Dutch words of the outputs made without Qt for people who read them in Excel
(the Excel overview and the status CSV for Excel): statuses, media, kinds of person,
platforms, and the words of the overview's sheets (its own, and those of Accounts and
Bevoegdheden).

Not Qt-translated: these files are read by the Dutch office and management whatever the
window's language."""

from __future__ import annotations

from collections.abc import Mapping

from korre_desktop.domain.authorisation import BRAND_NAMES, AuthorisationStatus, Platform
from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import split_item_code
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
Labels = Mapping[str, str]  # channel code -> label, from the consent form versions
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
# The overview's own words: its title, notes and footer, and the headers and phrases of the
# sheets Samenvatting, Leerlingen, Medewerkers and Ontbrekend.
OVERVIEW_WORDS = {
    "title": "Overzicht mediatoestemming en protocol sociale media",
    "date": "Peildatum",
    "made": "Gemaakt op",
    "note_rates": "Respons = leerlingen met minstens één ingeleverd toestemmingsformulier. "
    "Percentage per onderdeel = aandeel van alle leerlingen met ‘toegestaan’: "
    "alleen dat geeft toestemming.",
    "note_counts": "Conflict, Ontbreekt en Verlopen tellen leerlingen met minstens één "
    "onderdeel met die status. Zelf vragen = 16 jaar of ouder met alleen toestemming "
    "van ouders/verzorgers.",
    "footer": "&A · pagina &P van &N",
    "note_reach": "Foto: alles / deels / geen = leerlingen die op alle kanalen, op sommige of "
    "op geen enkel kanaal op de foto mogen; zo ook film en geluid.",
    "reach_all": "alles",
    "reach_some": "deels",
    "reach_none": "geen",
    "school": "School",
    "schools": "Scholen",
    "class": "Klas",
    "students": "Leerlingen",
    "returned": "Formulier\nretour",
    "response": "Respons",
    "conflict_count": "Conflict",
    "missing_count": "Ontbreekt",
    "expired_count": "Verlopen",
    "ask_count": "Zelf vragen\n(16+)",
    "school_total": "Totaal school",
    "all_schools": "Alle scholen",
    "total": "Totaal",
    "no_class": "(geen klas)",
    "no_school": "(geen school)",
    "staff_title": "Personeel per school (protocol sociale media)",
    "employees": "Medewerkers",
    "signed_share": "Getekend (%)",
    "student_number": "Leerlingnummer",
    "staff_number": "Personeelsnummer",
    "name": "Naam",
    "age": "Leeftijd",
    "protocol": "Protocol",
    "function": "Functie",
    "employment": "Dienstverband",
    "start_date": "Startdatum",
    "kind": "Soort",
    "number": "Nummer",
    "what": "Wat ontbreekt",
    "items": "Onderdelen",
    "all_items": "alle onderdelen",
    "all_channels": "alle kanalen",
    "and": "en",
    "no_statement": "Geen toestemmingsformulier ingeleverd",
    "ask_student": "16 jaar of ouder: leerling zelf om toestemming vragen",
    "birth_date_missing": "Geboortedatum ontbreekt: telt als jonger dan 16",
    "conflict": "Ouders/verzorgers zijn het oneens: conflict oplossen",
    "expired": "Toestemming verlopen: nieuw formulier nodig",
    "missing_items": "Onderdelen zonder antwoord: nieuw formulier nodig",
    "unsigned": "Protocol{version} niet getekend",
    "overdue": "Protocol{version} niet getekend, termijn verstreken",
    "resign": "Nieuwe protocolversie{version} tekenen",
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


def item_header(code: str, labels: Labels) -> str:
    """ "Foto" over the channel's label: the medium word, then the form's wording."""
    medium, channel = split_item_code(code)
    return f"{MEDIUM_WORDS[medium]}\n{labels.get(channel, channel)}"
