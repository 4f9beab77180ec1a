"""Start to the first filled table, the Mediatoestemming tab, and typing in a search box, on
either engine: ``bench_first_table.py FILE|URL`` (``bench_engines.py`` runs it on both).

Counted from the process's own start (imports included) to the first tab's rows shown;
then the Mediatoestemming tab's load, then typing in the Leerlingen search box.
"""

import statistics
import sys
import time
from pathlib import Path

from _measure import emit, peak_memory_mb, wait_loaded
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from korre_desktop.gui.app import create_main_window, make_application, seconds_since_process_start
from korre_desktop.gui.i18n import install_translators
from korre_desktop.locations import database_location

QUERIES = ["van der", "jansen", "emma", "1234", "zoë de"]


def typing_ms(app, search) -> list[float]:
    timings = []
    for query in QUERIES:
        for key in [*query, *([Qt.Key.Key_Backspace] * len(query))]:
            started = time.perf_counter()
            QTest.keyClick(search, key)
            app.processEvents()
            timings.append((time.perf_counter() - started) * 1000)
    return timings


app = make_application()
install_translators(app)
settings_file = Path(sys.argv[2])
settings_file.unlink(missing_ok=True)  # a first start: no remembered tab or layout
settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
window = create_main_window(database_location(sys.argv[1]), settings)
window.show()
first = window.current_tab()
wait_loaded(app, first)
first_table = seconds_since_process_start()
first_rows = first.model.rowCount()

window.ui.tabs.setCurrentWidget(window.consent_tab)
consent_seconds = wait_loaded(app, window.consent_tab)
consent_rows = window.consent_tab.model.rowCount()

window.ui.tabs.setCurrentWidget(window.students_tab)
wait_loaded(app, window.students_tab)
timings = typing_ms(app, window.students_tab.ui.search)
emit(
    first_table_seconds=round(first_table, 3),
    first_table_rows=first_rows,
    consent_tab_seconds=round(consent_seconds, 3),
    consent_tab_rows=consent_rows,
    filter_ms_median=round(statistics.median(timings), 1),
    filter_ms_p95=round(sorted(timings)[int(len(timings) * 0.95)], 1),
    peak_memory_mb=peak_memory_mb(),
)
window.close()
window.context.jobs.wait()
