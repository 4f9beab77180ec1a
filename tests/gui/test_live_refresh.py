"""Two windows on one database (two PCs): what one saves, the other shows within two
seconds (one check a second), keeping its selection and where the list was scrolled."""

from datetime import date
from pathlib import Path

from korre_desktop.gui.live_refresh import CHECK_EVERY_MS
from korre_desktop.services import records as rec
from korre_desktop.store import Store
from tests.gui.conftest import open_window, wait_loaded


def _add_student(path: Path) -> None:
    """Another PC saves a new student."""
    with Store.open(path, actor="another PC") as other:
        klass = other.rows(
            "SELECT c.id, c.school_id FROM classes c JOIN school_years y"
            " ON y.id = c.school_year_id WHERE y.label = '2026-2027' ORDER BY c.id LIMIT 1"
        )[0]
        rec.add_student(
            other,
            rec.StudentInput(
                school_id=klass["school_id"],
                class_id=klass["id"],
                student_number="999001",
                roepnaam="Noor",
                achternaam="Visser",
                birth_date=date(2017, 5, 1),
                enrolled_date=date(2025, 8, 20),
            ),
        )


def test_the_other_window_shows_a_new_student_keeping_selection_and_scroll(
    qtbot, demo_db: Path, settings, dutch
) -> None:
    mine = open_window(qtbot, demo_db, settings)
    try:
        assert CHECK_EVERY_MS <= 1000  # a change shows within two seconds
        assert mine.live.timer.isActive()
        tab = mine.students_tab
        mine.ui.tabs.setCurrentWidget(tab)
        wait_loaded(qtbot, tab)
        before = tab.model.total_count()
        tab.ui.table.selectRow(40)
        chosen = tab.selected_person()
        scroll = tab.ui.table.verticalScrollBar()
        scroll.setValue(scroll.maximum() // 2)
        where = scroll.value()
        assert where > 0
        assert not mine.live.check()  # nothing changed yet

        _add_student(demo_db)

        # The next check sees it: this one, or the timer's own, which may come first (a
        # server's notification arrives a moment later) and then reloads by itself.
        qtbot.waitUntil(
            lambda: mine.live.check() or tab.is_loading() or tab.model.total_count() > before,
            timeout=10_000,
        )
        qtbot.waitUntil(
            lambda: tab.model.total_count() == before + 1 and not tab.is_loading(),
            timeout=20_000,
        )
        assert tab.selected_person().id == chosen.id
        assert scroll.value() == where
        assert not mine.live.check()  # once
    finally:
        mine.close()
        mine.context.jobs.wait()
