"""What the two log windows share (Toegangslog, Wijzigingslog): a first day and filters
that read the log again when changed, a count, and the rows shown saved as CSV. A
subclass's form has ``since`` (a DateField), ``count`` and ``exportCsv``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from korre_desktop.gui.dialogs.list_dialog import ListDialog
from korre_desktop.gui.file_dialogs import EXPORT, save_file

translate = QCoreApplication.translate


class LogDialog(ListDialog):
    shown: Sequence[object] = ()  # the entries shown (what the CSV holds)

    def refresh(self) -> None:
        raise NotImplementedError

    def connect_filters(self, *filters: QComboBox) -> None:
        """Read the log again when the first day or a filter changes."""
        ui = self.ui  # type: ignore[attr-defined]
        ui.since.date_changed.connect(lambda _day: self.refresh())
        ui.since.editingFinished.connect(self._since_finished)
        for combo in filters:
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.exportCsv.clicked.connect(self.export_csv)

    def since(self) -> date | None:
        return self.ui.since.date()  # type: ignore[attr-defined]

    def _since_finished(self) -> None:
        if not self.ui.since.text().strip():  # type: ignore[attr-defined]
            self.refresh()  # emptied: from the first entry again

    def show_count(self) -> None:
        ui = self.ui  # type: ignore[attr-defined]
        ui.count.setText(translate("LogDialog", "Entries: %1").replace("%1", str(len(self.shown))))
        ui.exportCsv.setEnabled(bool(self.shown))

    def save_csv(
        self, title: str, file_name: str, write: Callable[[Path, Sequence], int]
    ) -> Path | None:
        """The entries shown, as CSV (a file the user names ``file_name`` by default)."""
        target = save_file(
            self,
            self.context.settings,
            EXPORT,
            title,
            file_name,
            translate("LogDialog", "CSV files (*.csv)"),
            suffix=".csv",
        )
        if target is None:
            return None
        try:
            write(target, self.shown)
        except OSError as exc:
            self.context.errors.show(exc)
            return None
        self.ui.count.setText(  # type: ignore[attr-defined]
            translate("LogDialog", "Entries: %1. Saved: %2")
            .replace("%1", str(len(self.shown)))
            .replace("%2", str(target))
        )
        return target

    def export_csv(self) -> Path | None:
        raise NotImplementedError
