"""Ouder/verzorger toevoegen (new, or one already on record for a sibling) / wijzigen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QSizePolicy, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog, align_label_columns
from korre_desktop.gui.forms.ui_guardian_dialog import Ui_GuardianDialog
from korre_desktop.services import record_reads, records
from korre_desktop.services.records import GuardianInput

GUARDIAN_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_PAGE, EXISTING_PAGE = 0, 1
SEARCH_DELAY_MS = 250


class GuardianDialog(RecordDialog):
    """For one student: add a new guardian, link an existing one, or (with ``guardian_id``)
    edit a guardian and their relation and parental authority for this student."""

    def __init__(
        self,
        context: AppContext,
        student_id: int,
        guardian_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_GuardianDialog()
        self.ui.setupUi(self)
        self.student_id = student_id
        self.guardian_id = guardian_id
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "roepnaam": (ui.roepnaam, ui.roepnaamError),
                "tussenvoegsel": (ui.tussenvoegsel, None),
                "achternaam": (ui.achternaam, ui.achternaamError),
                "email": (ui.email, ui.emailError),
                "phone": (ui.phone, ui.phoneError),
                "guardian_id": (ui.guardianId, ui.guardianIdError),
            },
        )
        student = record_reads.student(self.store, student_id)
        if student is None:
            raise LookupError(f"no student {student_id}")
        ui.studentName.setTextFormat(Qt.TextFormat.PlainText)
        ui.studentName.setText(
            self.tr("Guardian of: %1").replace(
                "%1",
                student.name,
            )
        )
        for relation in (
            self.tr("mother"),
            self.tr("father"),
            self.tr("carer"),
            self.tr("legal guardian"),
            self.tr("foster parent"),
        ):
            ui.relation.addItem(relation)
        ui.relation.setCurrentIndex(-1)
        ui.parentalAuthority.setChecked(True)
        align_label_columns([ui.newForm, ui.existingForm, ui.linkForm])
        ui.newMode.toggled.connect(self._mode_changed)
        # Searching a big database takes a moment: wait until the typing pauses. The old
        # matches go at once, so Enter never links someone from a list that is out of date.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._searched = False  # the first search waits until "existing" is chosen
        if guardian_id is None:
            ui.search.setText(student.achternaam)  # a sibling often has the same name
        ui.search.textChanged.connect(self._search_text_changed)
        if guardian_id is not None:
            self._load(guardian_id)
        self._mode_changed()

    def _load(self, guardian_id: int) -> None:
        ui = self.ui
        guardian = record_reads.guardian(self.store, guardian_id)
        link = record_reads.guardian_link(self.store, self.student_id, guardian_id)
        if guardian is None or link is None:
            raise LookupError(f"guardian {guardian_id} of student {self.student_id} not found")
        self.setWindowTitle(self.tr("Edit guardian"))
        ui.newMode.hide()
        ui.existingMode.hide()
        ui.roepnaam.setText(guardian.roepnaam)
        ui.tussenvoegsel.setText(guardian.tussenvoegsel)
        ui.achternaam.setText(guardian.achternaam)
        ui.email.setText(guardian.email)
        ui.phone.setText(guardian.phone)
        ui.relation.setCurrentText(link.relation)
        ui.parentalAuthority.setChecked(link.parental_authority)

    def linking_existing(self) -> bool:
        return self.guardian_id is None and self.ui.existingMode.isChecked()

    def _mode_changed(self) -> None:
        existing = self.linking_existing()
        current = EXISTING_PAGE if existing else NEW_PAGE
        self.ui.pages.setCurrentIndex(current)
        if existing and not self._searched:
            self.search_now()
        # The stack takes the size of its current page only, not of the largest one.
        for index in range(self.ui.pages.count()):
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            self.ui.pages.widget(index).setSizePolicy(policy, policy)
        self.ui.pages.updateGeometry()
        if self.isVisible():
            self._fit()
        self.clear_problems()
        (self.ui.search if existing else self.ui.roepnaam).setFocus()

    def _search_text_changed(self) -> None:
        self.ui.guardianId.clear()
        self._search_timer.start()

    def search_now(self) -> None:
        self._search_timer.stop()
        self._searched = True
        found = record_reads.find_guardians(
            self.store, self.ui.search.text(), exclude_student_id=self.student_id
        )
        results = self.ui.guardianId
        results.clear()
        for match in found:
            guardian = match.guardian
            details = [d for d in (guardian.email, guardian.phone) if d]
            line = " – ".join([guardian.name, *details])
            if match.children:
                line += "\n    " + self.tr("guardian of: %1").replace("%1", match.children)
            item = QListWidgetItem(line)
            item.setData(GUARDIAN_ROLE, guardian.id)
            results.addItem(item)
        if results.count() == 1:
            results.setCurrentRow(0)

    def chosen_guardian_id(self) -> int | None:
        item = self.ui.guardianId.currentItem()
        return None if item is None or not item.isSelected() else item.data(GUARDIAN_ROLE)

    def save(self) -> int:
        ui = self.ui
        relation = ui.relation.currentText()
        authority = ui.parentalAuthority.isChecked()
        if self.linking_existing():
            guardian_id = self.chosen_guardian_id()
            records.link_existing_guardian(
                self.store, self.student_id, guardian_id, relation, authority
            )
            assert guardian_id is not None
            return guardian_id
        data = GuardianInput(
            roepnaam=ui.roepnaam.text(),
            tussenvoegsel=ui.tussenvoegsel.text(),
            achternaam=ui.achternaam.text(),
            email=ui.email.text(),
            phone=ui.phone.text(),
            relation=relation,
            parental_authority=authority,
        )
        if self.guardian_id is None:
            return records.add_guardian_for_student(self.store, self.student_id, data)
        records.update_guardian(self.store, self.guardian_id, data, student_id=self.student_id)
        return self.guardian_id
