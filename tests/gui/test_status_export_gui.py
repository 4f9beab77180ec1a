"""Bestand → Status exporteren writes the CSV for Dutch Excel."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QFileDialog


def test_the_status_action_writes_the_excel_flavour(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "status.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    window.ui.actionExportStatus.trigger()
    window.context.jobs.wait()
    qtbot.waitUntil(lambda: "status.csv" in window.ui.statusBar.currentMessage(), timeout=10_000)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    assert header[:6] == ["Soort", "Nummer", "Naam", "School", "Klas", "Protocol"]
