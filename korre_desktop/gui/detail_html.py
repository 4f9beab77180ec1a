"""The detail pane: a person's data, current status and full history as simple HTML.

The consent grids show the channels of the consent form versions (rows, in form order,
named by their labels) and the media (columns); an item a version does not ask is "–"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from korre_desktop.domain import staff_numbers
from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_form import ConsentForm, current_form
from korre_desktop.domain.consent_items import MEDIA, item_code, split_item_code
from korre_desktop.domain.people import person_name
from korre_desktop.gui import status_text
from korre_desktop.gui.authorisation_html import authorisations_section
from korre_desktop.gui.authorisation_words import target_label
from korre_desktop.gui.html_parts import by_whom, dutch_date, field_table, heading, paragraph
from korre_desktop.services.person_detail import (
    ChangeView,
    FieldChange,
    PersonDetail,
    StatementView,
)
from korre_desktop.services.status import PersonStatus

translate = QCoreApplication.translate


def _status_cell(status: ConsentStatus) -> str:
    colour = status_text.CONSENT_COLOURS[status].name()
    return (
        f"<td style='background:{colour};color:#000;padding:1px 4px'>"
        f"{escape(status_text.consent_label(status))}</td>"
    )


NOT_ASKED = "<td align='center' style='color:#999'>–</td>"


def grid_layout(
    first: ConsentForm | None, forms: Sequence[ConsentForm], codes: Iterable[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """The rows (channel code, label) and columns (media) of a grid of ``codes``: the
    channels in the order of ``first``, then of the other versions (newest first), each
    named as the first version that has it words it; the media in their fixed order."""
    split = [split_item_code(code) for code in codes]
    used = {channel for _medium, channel in split}
    labels: dict[str, str] = {}
    for form in [first, *forms] if first is not None else forms:
        for channel in form.channels:
            labels.setdefault(channel.code, channel.label)
    channels = [code for code in labels if code in used]
    channels += sorted(used - set(channels))  # on no version: the code itself
    media = [m for m in MEDIA if any(medium == m for medium, _channel in split)]
    return [(code, labels.get(code, code)) for code in channels], media


def _grid(rows: list[tuple[str, str]], media: list[str], cell: dict[str, str]) -> str:
    """Channels down, media across: the short medium names fit a narrow pane."""
    head = "".join(
        f"<th style='padding:1px 6px'>{escape(status_text.medium_label(m))}</th>" for m in media
    )
    body = "".join(
        f"<tr><td style='color:#444;padding-right:8px'>{escape(label)}</td>"
        + "".join(cell.get(item_code(m, code), NOT_ASKED) for m in media)
        + "</tr>"
        for code, label in rows
    )
    return f"<table cellspacing='1' cellpadding='0'><tr><th></th>{head}</tr>{body}</table>"


def consent_grid(consent: dict[str, ConsentStatus], forms: Sequence[ConsentForm], on: date) -> str:
    """The statuses on ``on`` in the shape of the versions in force then."""
    rows, media = grid_layout(current_form(forms, on), forms, consent)
    return _grid(rows, media, {code: _status_cell(status) for code, status in consent.items()})


def _answer_cell(answer: bool | None) -> str:
    if answer is True:
        return (
            "<td align='center' style='padding:1px 4px'>"
            + escape(translate("Detail", "yes"))
            + "</td>"
        )
    if answer is False:
        return (
            "<td align='center' style='padding:1px 4px'><b>"
            + escape(translate("Detail", "no"))
            + "</b></td>"
        )
    return (
        "<td align='center' style='padding:1px 4px;color:#777'>"
        + escape(translate("Detail", "blank"))
        + "</td>"
    )


def evidence_link(sha256: str | None) -> str:
    """A link the detail pane opens in the viewer; the scheme keeps it inside the app."""
    if not sha256:
        return escape(translate("Detail", "none"))
    label = escape(translate("Detail", "view the scan"))
    # The thumbnail is added to the pane's document as a resource (RecordTab).
    return (
        f"<a href='evidence:{sha256}'>{label}<br>"
        f"<img src='{THUMBNAIL_SCHEME}:{sha256}' width='{THUMBNAIL_WIDTH}'></a>"
    )


THUMBNAIL_SCHEME = "thumb"
THUMBNAIL_WIDTH = 150
_THUMBNAIL = re.compile(rf"{THUMBNAIL_SCHEME}:([0-9a-f]{{64}})")


def thumbnails_in(html: str) -> list[str]:
    """The evidence hashes whose thumbnails ``html`` shows."""
    return list(dict.fromkeys(_THUMBNAIL.findall(html)))


def source_label(source: str) -> str:
    """How a statement or signature came in: on paper, scanned, imported, ..."""
    return {
        "withdrawal": translate("Detail", "withdrawal"),
        "import": translate("Detail", "imported"),
        "demo": translate("Detail", "demo data"),
        "scan": translate("Detail", "scanned form"),
        "paper": translate("Detail", "paper form"),
    }.get(source, source)


_EVIDENCE_LINK = re.compile(r"<a href='evidence:[0-9a-f]{64}'>.*?</a>", re.DOTALL)


def without_evidence(html: str) -> str:
    """``html`` with each evidence link and thumbnail (``evidence_link``) replaced by a
    note that a scan is on record: for a role that may not see the scans."""
    note = escape(translate("Detail", "on record (not shown for your role)"))
    return _EVIDENCE_LINK.sub(note, html)


def _statement(statement: StatementView, forms: Sequence[ConsentForm]) -> str:
    role = status_text.signer_label(statement.signer_role)
    signer = f"{escape(statement.signer_name)} ({escape(role)})"
    if not statement.counts:
        signer += " – " + escape(translate("Detail", "no parental authority: does not count"))
    source = source_label(statement.source)
    pairs = [
        (translate("Detail", "Signed by"), signer),
        (translate("Detail", "Form"), f"{escape(statement.form_label)} · {escape(source)}"),
        (translate("Detail", "Evidence"), evidence_link(statement.evidence_sha256)),
        (
            translate("Detail", "Entered"),
            by_whom(dutch_date(statement.entered_at), statement.entered_by),
        ),
    ]
    if statement.note:
        pairs.append((translate("Detail", "Note"), escape(statement.note)))
    cells = {code: _answer_cell(answer) for code, answer in statement.answers.items()}
    # In the shape of the version it was signed on (a withdrawal may name older items).
    own = next((f for f in forms if f.id == statement.form_id), None)
    rows, media = grid_layout(own, forms, [*(own.items if own else ()), *statement.answers])
    return (
        f"<p style='margin-bottom:2px'><b>{dutch_date(statement.signed_date)}</b></p>"
        + field_table(pairs)
        + _grid(rows, media, cells)
    )


def _staff_number(number: str) -> str:
    """The number, marked when the app gave it (an intern or volunteer without one)."""
    if not staff_numbers.is_internal(number):
        return escape(number)
    return escape(number) + " <i>" + escape(translate("Detail", "(internal number)")) + "</i>"


def _period(enrolment: dict) -> str:
    """ " (from 24-11-2026)", " (until 24-11-2026)": an enrolment that did not last the
    whole school year."""
    parts = []
    if enrolment["start_date"]:
        parts.append(
            translate("Detail", "from %1").replace("%1", dutch_date(enrolment["start_date"]))
        )
    if enrolment["end_date"]:
        parts.append(
            translate("Detail", "until %1").replace("%1", dutch_date(enrolment["end_date"]))
        )
    return escape(f" ({', '.join(parts)})") if parts else ""


def person_html(
    person: PersonStatus,
    detail: PersonDetail | None,
    on: date,
    forms: Sequence[ConsentForm],
) -> str:
    """The whole detail pane for ``person``; ``detail`` is None when the record is gone.
    ``forms`` are the consent form versions (newest first): they shape the grids."""
    parts = [f"<h3 style='margin-bottom:4px'>{escape(person.name)}</h3>"]
    record: list[tuple[str, str]] = []
    if person.kind == "student":
        age = person.age_on(on)
        record += [
            (translate("Detail", "Student number"), escape(person.number)),
            (translate("Detail", "School"), escape(person.school)),
            (translate("Detail", "Class"), escape(person.class_name or "–")),
            (
                translate("Detail", "Date of birth"),
                dutch_date(person.birth_date)
                + " "
                + escape(translate("Detail", "(%1 years)").replace("%1", str(age)))
                if person.birth_date
                else "<b>"
                + escape(translate("Detail", "unknown: counts as younger than 16"))
                + "</b>",
            ),
        ]
        if person.end_date:
            record.append((translate("Detail", "Left on"), dutch_date(person.end_date)))
    else:
        record += [
            (translate("Detail", "Staff number"), _staff_number(person.number)),
            (translate("Detail", "Function"), escape(person.function)),
            (
                translate("Detail", "Employment"),
                escape(status_text.employment_label(person.employment_type)),
            ),
            (translate("Detail", "Schools"), escape(person.school or "–")),
            (
                translate("Detail", "Started"),
                dutch_date(person.start_date)
                if person.start_date
                else escape(translate("Detail", "unknown")),
            ),
        ]
        if person.end_date:
            record.append((translate("Detail", "Left on"), dutch_date(person.end_date)))
    protocol = escape(status_text.protocol_label(person.protocol))
    version = escape(person.protocol_version or translate("Detail", "no version in effect"))
    record.append(
        (
            translate("Detail", "Protocol"),
            f"<b>{protocol}</b> "
            + escape(translate("Detail", "(version %1)").replace("%1", version)),
        )
    )
    parts.append(field_table(record))

    if person.consent:
        parts.append(heading(translate("Detail", "Media consent on %1"), dutch_date(on)))
        parts.append(consent_grid(person.consent, forms, on))
        if person.ask_student:
            parts.append(
                "<p><b>"
                + escape(translate("Detail", "Turned 16: ask the student for their own consent."))
                + "</b></p>"
            )
    if detail is None:
        return "".join(parts)

    if detail.guardians:
        parts.append(heading(translate("Detail", "Guardians")) + "<ul style='margin-left:-20px'>")
        for guardian in detail.guardians:
            name = person_name(guardian)
            extra = [guardian["relation"], guardian["email"], guardian["phone"]]
            if not guardian["parental_authority"]:
                extra.append(translate("Detail", "no parental authority"))
            parts.append(
                f"<li>{escape(name)} <span style='color:#555'>"
                f"{escape(' · '.join(e for e in extra if e))}</span></li>"
            )
        parts.append("</ul>")
    if detail.enrolments:
        parts.append(heading(translate("Detail", "Classes")))
        parts.append(
            field_table(
                [
                    (e["school_year"], escape(f"{e['class_name']} · {e['school']}") + _period(e))
                    for e in detail.enrolments
                ]
            )
        )
    if detail.classes_taught:
        parts.append(heading(translate("Detail", "Teacher of")))
        parts.append(
            field_table(
                [
                    (c["school_year"], escape(f"{c['name']} · {c['school']}"))
                    for c in detail.classes_taught
                ]
            )
        )

    parts.append(heading(translate("Detail", "Protocol signatures")))
    if detail.signatures:
        parts.append(
            field_table(
                [
                    (
                        dutch_date(s["signed_date"]),
                        escape(
                            translate("Detail", "version %1").replace("%1", s["version_label"])
                            + (f" · {s['place']}" if s["place"] else "")
                            + " · "
                            + translate("Detail", "entered by %1").replace("%1", s["entered_by"])
                        )
                        + (
                            " · " + evidence_link(s["evidence_sha256"])
                            if s["evidence_sha256"]
                            else ""
                        ),
                    )
                    for s in detail.signatures
                ]
            )
        )
    else:
        parts.append(paragraph(translate("Detail", "None on record.")))

    parts.append(authorisations_section(detail.authorisations, on))

    parts.append(heading(translate("Detail", "Consent history (newest first)")))
    if detail.statements:
        parts.extend(_statement(s, forms) for s in reversed(detail.statements))
    else:
        parts.append(paragraph(translate("Detail", "No consent form on record.")))

    if detail.changes:
        parts.append(heading(translate("Detail", "Changes to the record (newest first)")))
        parts.append(
            field_table(
                [
                    (dutch_date(change.at), change_html(change))
                    for change in reversed(detail.changes)
                ]
            )
        )
    return "".join(parts)


# -- the history of changes -------------------------------------------------------------------


def change_title(change: ChangeView) -> str:
    """What happened, in words: "Placed in class Groep 6 (2026-2027)"."""
    table, action, about = change.table, change.action, change.about
    if table in ("students", "employees"):
        text = (
            translate("Detail", "Record created")
            if action == "insert"
            else translate("Detail", "Record changed")
        )
    elif table in ("authorisations", "authorisation_withdrawals"):
        text = (
            translate("Detail", "Authorisation granted: %1")
            if table == "authorisations"
            else translate("Detail", "Authorisation withdrawn: %1")
        )
        about = target_label(change.authorisation) if change.authorisation else about
    elif table == "consent_statements":
        text = (
            translate("Detail", "Consent withdrawn (%1)")
            if change.source == "withdrawal"
            else translate("Detail", "Consent form entered (%1)")
        )
    else:
        text = {
            ("enrolments", "insert"): translate("Detail", "Placed in class %1"),
            ("enrolments", "update"): translate("Detail", "Class %1 changed"),
            ("guardians", "insert"): translate("Detail", "Guardian %1 added"),
            ("guardians", "update"): translate("Detail", "Details of guardian %1 changed"),
            ("student_guardians", "insert"): translate("Detail", "Guardian %1 linked"),
            ("student_guardians", "update"): translate("Detail", "Link with guardian %1 changed"),
            ("student_guardians", "delete"): translate("Detail", "Guardian %1 unlinked"),
            ("employee_schools", "insert"): translate("Detail", "Works at %1"),
            ("employee_schools", "delete"): translate("Detail", "No longer works at %1"),
            ("class_teachers", "insert"): translate("Detail", "Teacher of %1"),
            ("class_teachers", "delete"): translate("Detail", "No longer teacher of %1"),
            ("protocol_signatures", "insert"): translate("Detail", "Protocol signed (version %1)"),
        }.get((table, action), translate("Detail", "Changed: %1"))
    return text.replace("%1", about or "–")


def field_label(table: str, name: str) -> str:
    """A changed column in words; a date column's meaning depends on the table."""
    if table == "enrolments" and name in ("start_date", "end_date"):
        return translate("Detail", "From") if name == "start_date" else translate("Detail", "Until")
    return {
        "student_number": translate("Detail", "Student number"),
        "staff_number": translate("Detail", "Staff number"),
        "roepnaam": translate("Detail", "First name"),
        "tussenvoegsel": translate("Detail", "Infix"),
        "achternaam": translate("Detail", "Surname"),
        "partner_tussenvoegsel": translate("Detail", "Partner's infix"),
        "partner_achternaam": translate("Detail", "Partner's surname"),
        "naamgebruik": translate("Detail", "Name in use"),
        "birth_date": translate("Detail", "Date of birth"),
        "enrolled_date": translate("Detail", "Enrolled on"),
        "left_date": translate("Detail", "Left on"),
        "start_date": translate("Detail", "Started"),
        "end_date": translate("Detail", "Left on"),
        "function": translate("Detail", "Function"),
        "employment_type": translate("Detail", "Employment"),
        "email": translate("Detail", "E-mail"),
        "phone": translate("Detail", "Phone"),
        "relation": translate("Detail", "Relation"),
        "parental_authority": translate("Detail", "Parental authority"),
        "signed_date": translate("Detail", "Signed on"),
        "signer": translate("Detail", "Signed by"),
        "answers": translate("Detail", "Answers"),
        "note": translate("Detail", "Note"),
        "place": translate("Detail", "Place"),
        "valid_from": translate("Detail", "Valid from"),
        "valid_until": translate("Detail", "Until (last day)"),
        "granted_by": translate("Detail", "Granted by"),
        "withdrawn_on": translate("Detail", "Withdrawn on"),
    }.get(name, name)


def field_value(name: str, value: object) -> str:
    """A stored value in words: dates as dd-mm-jjjj, yes/no, the employment and name-use
    words; nothing as "–"."""
    if value is None or value == "":
        return "–"
    if name.endswith(("_date", "_on")) or name in ("valid_from", "valid_until"):
        return dutch_date(str(value))
    if name == "parental_authority":
        return translate("Detail", "yes") if value else translate("Detail", "no")
    if name == "employment_type":
        return status_text.employment_label(str(value))
    if name == "naamgebruik":
        return status_text.name_use_label(str(value))
    if name == "signer":
        signer, role = value  # type: ignore[misc]
        role_word = status_text.signer_label(role)
        return f"{signer} ({role_word})" if signer else role_word
    if name == "answers":
        yes, no, blank = value  # type: ignore[misc]
        return (
            translate("Detail", "%1 yes, %2 no, %3 blank")
            .replace("%1", str(yes))
            .replace("%2", str(no))
            .replace("%3", str(blank))
        )
    return str(value)


def _field_text(table: str, action: str, change: FieldChange) -> str:
    label = field_label(table, change.field)
    if action == "update":
        return (
            f"{label}: {field_value(change.field, change.before)}"
            f" → {field_value(change.field, change.after)}"
        )
    return f"{label}: {field_value(change.field, change.after)}"


def change_html(change: ChangeView) -> str:
    """One change: what, who, and each field from what to what."""
    title = change_title(change)
    if change.source and change.source != "withdrawal":
        title += f" · {source_label(change.source)}"
    who = translate("Detail", "by %1").replace("%1", change.actor)
    html = f"<b>{escape(title)}</b> <span style='color:#555'>{escape(who)}</span>"
    if change.fields:
        lines = [_field_text(change.table, change.action, f) for f in change.fields]
        html += "<br><span style='color:#555'>" + "<br>".join(map(escape, lines)) + "</span>"
    return html
