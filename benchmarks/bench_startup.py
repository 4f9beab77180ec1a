"""Cold start: from this process starting to the main window shown (offscreen).

Counted from the process's own start time (from /proc), so the interpreter's start
and the imports of PySide6 and the app are included.
"""

import sys
from pathlib import Path

from _measure import emit
from PySide6.QtCore import QSettings

from korre_desktop.gui.app import (
    create_main_window,
    make_application,
    seconds_since_process_start,
)
from korre_desktop.gui.i18n import install_translators

app = make_application()
install_translators(app)
settings_file = Path(sys.argv[1]).with_suffix(".ini")
settings_file.unlink(missing_ok=True)  # a first start: no remembered tab or layout
settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
window = create_main_window(Path(sys.argv[1]), settings)
window.show()
app.processEvents()
shown = seconds_since_process_start()
emit(seconds=round(shown, 3))
window.close()
window.context.jobs.wait()
