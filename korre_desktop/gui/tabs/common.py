"""Columns and helpers that several tabs share."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.gui import status_text
from korre_desktop.gui.detail_html import dutch_date
from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import EMPLOYEES_GROUP, STUDENTS_GROUP
from korre_desktop.services.status import PersonStatus

translate = QCoreApplication.translate


def number_column(title: str) -> Column:
    return Column(
        title, lambda p: p.number, sort_key=lambda p: (len(p.number.lstrip("0")), p.number)
    )


def name_column() -> Column:
    return Column(translate("Columns", "Name"), lambda p: p.name, sort_key=lambda p: p.sort_key)


def school_column() -> Column:
    return Column(translate("Columns", "School"), lambda p: p.school)


def class_column() -> Column:
    return Column(translate("Columns", "Class"), lambda p: p.class_name)


def kind_column() -> Column:
    return Column(translate("Columns", "Kind"), lambda p: status_text.kind_label(p.kind))


def protocol_column(title: str) -> Column:
    return Column(
        title,
        lambda p: status_text.protocol_label(p.protocol),
        sort_key=lambda p: list(ProtocolStatus).index(p.protocol),
        colour=lambda p: status_text.PROTOCOL_COLOURS[p.protocol],
        centred=True,
    )


def date_column(title: str, value: Any) -> Column:
    return Column(
        title,
        lambda p: dutch_date(value(p)) if value(p) else "",
        sort_key=lambda p: value(p) or date.min,
    )


def protocol_status_options() -> list[tuple[str, Any]]:
    return [(status_text.protocol_label(s), s) for s in ProtocolStatus]


class ProtocolStatusFilter:
    """For tabs whose status filter is the protocol status."""

    def status_options(self) -> list[tuple[str, Any]]:
        return protocol_status_options()

    def status_matches(self, person: PersonStatus, wanted: Any) -> bool:
        return person.protocol == wanted


class StaffAndStudents:
    """For tabs that list employees and students together: the group filter picks
    all staff, all students, or one class."""

    def noun(self, count: int) -> str:
        return translate("StaffAndStudents", "%1 people").replace(
            "%1", f"{count:,}".replace(",", ".")
        )

    def group_label(self) -> str:
        return translate("StaffAndStudents", "&Group:")

    def person_columns(self) -> list[Column]:
        """Who the row is: kind, number, name, school and class."""
        return [
            kind_column(),
            number_column(translate("StaffAndStudents", "Number")),
            name_column(),
            school_column(),
            class_column(),
        ]

    def group_options(self, rows: list[PersonStatus], school: str | None) -> list[tuple[str, Any]]:
        return [
            (translate("StaffAndStudents", "All staff"), EMPLOYEES_GROUP),
            (translate("StaffAndStudents", "All students"), STUDENTS_GROUP),
            *super().group_options(rows, school),  # type: ignore[misc]
        ]
