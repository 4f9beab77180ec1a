"""Cold start: from this process starting to the main window shown (offscreen).

Counted from the process's own start time (from /proc), so the interpreter's start
and the imports of PySide6 and the app are included.
"""

import os
import time


def since_process_start() -> float:
    with open("/proc/self/stat") as stat:
        start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")


import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from _measure import emit  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from korre_desktop.gui.app import create_main_window, make_application  # noqa: E402
from korre_desktop.gui.i18n import install_translators  # noqa: E402

app = make_application()
install_translators(app)
settings_file = Path(sys.argv[1]).with_suffix(".ini")
settings_file.unlink(missing_ok=True)  # a first start: no remembered tab or layout
settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
window = create_main_window(Path(sys.argv[1]), settings)
window.show()
app.processEvents()
shown = since_process_start()
emit(seconds=round(shown, 3))
window.close()
window.context.jobs.wait()
