"""The Dutch words of the access request's document (``access_request_pdf``): printed as
is, not Qt-translated, like the words of the other PDFs (documents for Dutch parents)."""

from __future__ import annotations

WORDS = {
    "title": "Inzage in uw gegevens",
    "student": "leerling",
    "employee": "medewerker",
    "subtitle_student": "Leerling {name}, leerlingnummer {number}",
    "subtitle_employee": "Medewerker {name}, personeelsnummer {number}",
    "intro": (
        "U heeft gevraagd welke persoonsgegevens Stichting de Korre bewaart over {who} "
        "(Algemene verordening gegevensbescherming, artikel 15). Dit overzicht bevat alles "
        "wat de stichting daarover bewaart in Korre Desktop, het programma voor de "
        "toestemming voor foto’s, film en geluid en het protocol sociale media. Het bestand "
        "gegevens.json in dit pakket bevat dezelfde gegevens in een vorm die een computer "
        "kan lezen; de map ‘bewijs’ bevat de bewaarde formulieren, scans, foto’s en brieven."
    ),
    "made": "Gemaakt op {day} door {login}.",
    "who_student": "uw kind {name}",
    "who_employee": "u",
    "personal": "Persoonsgegevens",
    "guardians": "Ouders en verzorgers",
    "classes": "Klassen en scholen",
    "trip_groups": "Reisgroepen",
    "schools": "Scholen",
    "classes_taught": "Klassen waaraan lesgegeven wordt of werd",
    "statements": "Toestemming voor foto, film en geluid",
    "signatures": "Protocol sociale media: ondertekening",
    "authorisations": "Machtigingen voor sociale media",
    "press_reports": "Contact met de pers",
    "dossier": "Personeelsdossier (overtredingen van het protocol)",
    "changes": "Wijzigingen in de gegevens",
    "access_log": "Wie de gegevens heeft bekeken, afgedrukt of geëxporteerd",
    "purposes": "Waarvoor de stichting de gegevens gebruikt",
    "recipients": "Wie de gegevens te zien krijgt",
    "sources": "Waar de gegevens vandaan komen",
    "retention": "Hoe lang de gegevens bewaard blijven",
    "rights": "Uw rechten",
    "none": "Geen.",
    "omitted": (
        "Niet in dit overzicht: wie het maakte, mag deze gegevens met zijn of haar rol "
        "niet inzien. Vraag de beheerder of de functionaris gegevensbescherming om dit deel."
    ),
    "name": "Naam",
    "relation": "Relatie",
    "authority": "Ouderlijk gezag",
    "email": "E-mail",
    "phone": "Telefoon",
    "yes": "ja",
    "no": "nee",
    "blank": "leeg (telt als nee)",
    "not_asked": "–",
    "school_year": "Schooljaar",
    "class": "Klas",
    "school": "School",
    "from": "Vanaf",
    "until": "Tot",
    "date": "Datum",
    "channel": "Kanaal",
    "foto": "Foto",
    "film": "Film",
    "geluid": "Geluid",
    "signed_by": "Getekend op {day} door {name} ({role}), formulier ‘{form}’, {source}.",
    "not_counting": "Telt niet mee: deze ouder of verzorger heeft geen ouderlijk gezag.",
    "note": "Opmerking: {note}",
    "entered": "Ingevoerd door {by} op {at}.",
    "evidence": "Bewijs: {file}",
    "evidence_column": "Bewijs",
    "no_evidence": "Geen bewijsstuk bewaard.",
    "evidence_file": "Bewijsstuk {file} (in de map ‘bewijs’).",
    "version": "Versie",
    "audience": "Voor",
    "signed_on": "Getekend op",
    "place": "Plaats",
    "source": "Bron",
    "what_for": "Waarvoor",
    "valid": "Geldig",
    "granted_by": "Gegeven door",
    "withdrawn": "Ingetrokken",
    "medium": "Medium",
    "subject": "Onderwerp",
    "direction": "Richting",
    "in": "ontvangen",
    "out": "verstuurd",
    "corrected": "later gecorrigeerd",
    "correction": "correctie",
    "when": "Wanneer",
    "by": "Door",
    "what": "Wat",
    "change": "Wijziging",
    "people": "Personen",
    "action": "Handeling",
    "data": "Gegevens",
    "period": "Bewaartermijn",
    "kept_until": "Bewaard tot",
    "years_after_leaving": "{n} jaar na vertrek",
    "days": "{n} dagen na het vastleggen",
    "while_there": "zolang de persoon op school of in dienst is, daarna de termijn",
    "until_day": "{day}",
    "approached": "benaderd door de pers",
    "reported_to": "melding ontvangen",
    "foundation": "de stichting",
    "rights_text": (
        "U mag vragen onjuiste gegevens te verbeteren en gegevens te laten verwijderen die "
        "niet meer nodig zijn. Toestemming voor foto’s, film en geluid kunt u altijd "
        "intrekken of wijzigen bij de administratie van de school; dat geldt vanaf dat "
        "moment. Heeft u een klacht over hoe de stichting met uw gegevens omgaat, neem dan "
        "contact op met de functionaris gegevensbescherming van de stichting. U kunt ook "
        "een klacht indienen bij de Autoriteit Persoonsgegevens."
    ),
}
FIELD_WORDS = {
    "student_number": "Leerlingnummer",
    "staff_number": "Personeelsnummer",
    "roepnaam": "Roepnaam",
    "tussenvoegsel": "Tussenvoegsel",
    "achternaam": "Achternaam",
    "partner_tussenvoegsel": "Tussenvoegsel partner",
    "partner_achternaam": "Achternaam partner",
    "naamgebruik": "Naamgebruik",
    "birth_date": "Geboortedatum",
    "enrolled_date": "Ingeschreven op",
    "left_date": "Uitgeschreven op",
    "function": "Functie",
    "employment_type": "Dienstverband",
    "start_date": "In dienst op",
    "end_date": "Uit dienst op",
    "email": "E-mail",
    "phone": "Telefoon",
    "relation": "Relatie",
    "parental_authority": "Ouderlijk gezag",
    "created_at": "Opgenomen op",
    "signed_date": "Getekend op",
    "signer": "Getekend door",
    "answers": "Antwoorden",
    "note": "Opmerking",
    "place": "Plaats",
    "valid_from": "Geldig vanaf",
    "valid_until": "Geldig tot",
    "granted_by": "Gegeven door",
    "withdrawn_on": "Ingetrokken op",
}
TABLE_WORDS = {
    "students": "leerling",
    "employees": "medewerker",
    "guardians": "ouder/verzorger",
    "student_guardians": "koppeling ouder/verzorger",
    "enrolments": "klas",
    "employee_schools": "school",
    "class_teachers": "klas (leerkracht)",
    "consent_statements": "toestemmingsverklaring",
    "protocol_signatures": "ondertekening protocol",
    "authorisations": "machtiging",
    "authorisation_withdrawals": "intrekking machtiging",
}
CHANGE_ACTIONS = {"insert": "toegevoegd", "update": "gewijzigd", "delete": "verwijderd"}
SIGNER_ROLES = {"guardian": "ouder/verzorger", "student": "leerling zelf", "employee": "zelf"}
SOURCE_WORDS = {
    "paper": "ingevoerd van een papieren formulier",
    "scan": "gelezen van een gescand formulier",
    "withdrawal": "intrekking",
    "import": "overgenomen uit een import",
    "demo": "voorbeeldgegevens",
}
AUDIENCES = {"students": "leerlingen", "employees": "medewerkers"}
EMPLOYMENT = {
    "permanent": "vast",
    "temporary": "tijdelijk",
    "intern": "stagiair(e)",
    "substitute": "invaller",
    "volunteer": "vrijwilliger",
    "unknown": "onbekend",
}
PLATFORMS = {
    "instagram": "Instagram",
    "facebook": "Facebook",
    "x": "X",
    "linkedin": "LinkedIn",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "whatsapp_group": "WhatsApp-groep",
    "other": "account",
}
SCOPES = {"account": "account", "school": "de school in het algemeen", "foundation": "de stichting"}
ACCESS_ACTIONS = {
    "print": "afgedrukt of als pdf bewaard",
    "export": "geëxporteerd",
    "person_detail": "bekeken",
    "search": "gevonden bij zoeken",
}
ACCESS_WHAT = {
    "no_photo_list": "lijst ‘geen foto’",
    "worklists": "werklijsten",
    "consent_forms": "toestemmingsformulieren",
    "protocol_forms": "protocolformulieren",
    "overview_xlsx": "Excel-overzicht",
    "status_csv": "statusexport (CSV)",
    "person_detail": "gegevens van de persoon",
    "evidence": "een bewaard formulier of scan",
    "access_request": "inzageverzoek",
    "employees": "tabblad Personeel",
    "students": "tabblad Leerlingen",
    "protocols": "tabblad Protocol",
    "consent": "tabblad Mediatoestemming",
    "authorisations": "tabblad Machtigingen",
}
PURPOSE_WORDS = {
    "consent_images": "Vastleggen of en waarvoor foto’s, film en geluidsopnamen gebruikt "
    "mogen worden (schoolgids, website, nieuwsbrief, sociale media, ouderportaal), met het "
    "ingevulde formulier als bewijs.",
    "protocol": "Vastleggen wie het protocol sociale media van de stichting heeft "
    "ondertekend, en welke versie.",
    "authorisations": "Vastleggen wie namens de school of de stichting mag berichten op "
    "welke accounts op sociale media.",
    "no_photo_lists": "De lijsten voor leerkrachten, bijvoorbeeld voor een uitstapje, met "
    "wie niet gefotografeerd, gefilmd of opgenomen mag worden.",
    "press_contact": "Vastleggen van contact met de pers, zoals het protocol vraagt dat aan "
    "de directie te melden.",
    "personnel_file": "Correspondentie over overtredingen van het protocol, in het "
    "personeelsdossier.",
    "accountability": "Verantwoording: wie wat wanneer heeft gewijzigd, bekeken, afgedrukt "
    "of geëxporteerd (wijzigingslog en toegangslog), zoals het Normenkader IBP vraagt.",
}
RECIPIENT_WORDS = {
    "school_office": "De administratie van de school en de stichting.",
    "management": "De directie van de school.",
    "class_teachers": "De leerkrachten van de klas en de begeleiders van een uitstapje: "
    "alleen of een leerling wel of niet op foto, film of geluid mag.",
    "privacy_officer": "De functionaris gegevensbescherming (de logboeken).",
    "administrator": "De beheerder van het programma.",
    "no_third_parties": "Niemand buiten de stichting: de gegevens gaan niet naar derden.",
}
SOURCE_LIST_WORDS = {
    "administration_system": "Het leerling- of personeelsadministratiesysteem van de school "
    "(import).",
    "guardians_forms": "De formulieren die ouders en verzorgers hebben ingevuld.",
    "student_forms": "De formulieren die de leerling zelf heeft ingevuld (16 jaar en ouder).",
    "employee_forms": "De formulieren die de medewerker heeft ingevuld en ondertekend.",
    "school_office": "De administratie van de school.",
}
RETENTION_WORDS = {
    "student_records": "Leerlinggegevens, ouders en verzorgers, klassen, ondertekening protocol",
    "consent": "Toestemmingsverklaringen en hun bewijsstukken",
    "staff_records": "Personeelsgegevens, scholen, ondertekening protocol, machtigingen",
    "breach_correspondence": "Personeelsdossier (overtredingen van het protocol)",
    "access_log": "Toegangslog",
}
