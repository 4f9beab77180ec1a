"""The Werklijsten and Personeel tabs filter on a school whose name holds a comma."""

from __future__ import annotations

from pathlib import Path

from korre_desktop.store import Store
from tests.gui.conftest import open_window, wait_loaded
from tests.services.test_schools_with_comma import EENDRACHT, LINDE, build_comma_school


def _shown(tab) -> set[str]:
    return {tab.model.person(row).name for row in range(tab.model.rowCount())}


def test_the_school_filter_keeps_staff_of_a_school_with_a_comma(
    qtbot, db_path: Path, settings, dutch
) -> None:
    with Store.open(db_path, actor="test", create=True) as store:
        build_comma_school(store)
    window = open_window(qtbot, db_path, settings)
    try:
        tab = window.worklists_tab
        wait_loaded(qtbot, tab)
        schools = [tab.ui.school.itemData(i) for i in range(1, tab.ui.school.count())]
        assert schools == [LINDE, EENDRACHT]  # whole names, not "De Linde" and "locatie Noord"
        tab.ui.school.setCurrentIndex(tab.ui.school.findData(LINDE))
        assert _shown(tab) == {"Bram Visser", "Ilse Mulder", "Lotte Kuiper"}
        tab.ui.school.setCurrentIndex(tab.ui.school.findData(EENDRACHT))
        assert _shown(tab) == {"Bram Visser", "Joost Smit"}

        staff = window.employees_tab
        wait_loaded(qtbot, staff)
        staff.ui.school.setCurrentIndex(staff.ui.school.findData(LINDE))
        assert _shown(staff) == {"Bram Visser", "Ilse Mulder"}
    finally:
        window.close()
        window.context.jobs.wait()
