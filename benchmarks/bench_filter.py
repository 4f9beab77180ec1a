"""Typing in the Leerlingen search box at full size, and the app's memory with every tab loaded."""

import statistics
import sys
import time
from pathlib import Path

from _measure import emit, peak_memory_mb, wait_loaded
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from korre_desktop.gui.app import create_main_window, make_application
from korre_desktop.gui.i18n import install_translators

QUERIES = ["van der", "jansen", "emma", "1234", "zoë de"]


app = make_application()
install_translators(app)
settings_file = Path(sys.argv[1]).with_suffix(".filter.ini")
settings_file.unlink(missing_ok=True)  # a first start: no remembered tab or layout
settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
window = create_main_window(Path(sys.argv[1]), settings)
window.show()
window.ui.tabs.setCurrentIndex(1)
students_load = wait_loaded(app, window.students_tab)
search = window.students_tab.ui.search
rows = window.students_tab.model.rowCount()

timings = []
for query in QUERIES:
    for char in query:
        started = time.perf_counter()
        QTest.keyClick(search, char)
        app.processEvents()  # handles the key, the filter and the repaint of the table
        timings.append((time.perf_counter() - started) * 1000)
    for _ in query:
        started = time.perf_counter()
        QTest.keyClick(search, Qt.Key.Key_Backspace)
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)

loads = {"students_tab_load_seconds": round(students_load, 2)}
for index, name in ((2, "protocols_tab_load_seconds"), (3, "consent_tab_load_seconds")):
    window.ui.tabs.setCurrentIndex(index)
    loads[name] = round(wait_loaded(app, window.record_tabs[index]), 2)

timings.sort()
emit(
    filter_rows=rows,
    filter_keystrokes=len(timings),
    filter_ms_per_keystroke_median=round(statistics.median(timings), 1),
    filter_ms_per_keystroke_p95=round(timings[int(len(timings) * 0.95) - 1], 1),
    filter_ms_per_keystroke_max=round(timings[-1], 1),
    gui_peak_memory_mb=peak_memory_mb(),
    **loads,
)
window.close()
window.context.jobs.wait()
