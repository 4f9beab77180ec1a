"""Pausing Python's cyclic garbage collector while an import builds its many small objects.

Reading and planning 50,000 rows allocate millions of dicts, tuples and strings but no
reference cycles worth collecting; with the collector running, its full passes over the
growing heap cost about a third of the planning time. Reference counting still frees
everything as usual; only the cycle search waits until the block ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # blocks in progress (a worker thread may plan while another reads)
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
