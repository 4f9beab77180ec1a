"""Generate the large demo foundation into a new database file."""

import sys
import time
from datetime import date
from pathlib import Path

from _measure import emit, peak_memory_mb

from korre_desktop.services.demo import generate_demo
from korre_desktop.store import Store

path, students, employees = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
started = time.perf_counter()
with Store.open(path, actor="benchmark", create=True) as store:
    generate_demo(store, students=students, employees=employees, seed=1, today=date.today())
emit(seconds=round(time.perf_counter() - started, 2), peak_memory_mb=peak_memory_mb())
