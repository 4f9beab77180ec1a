"""How often Python looks for reference cycles, tuned for lists of 50,000 people.

Objects are freed by reference counting; the cycle collector only finds garbage that refers
to itself. By default it runs after every 700 new objects and now and then walks every
object the program holds: loading the Mediatoestemming tab of a 50,000-student foundation
made some 700,000 objects, and the collector took 0.4 of its 1.6 seconds, finding nothing.
Running it after every 50,000 new objects keeps the same safety at a fraction of the cost.
"""

from __future__ import annotations

import gc

NEW_OBJECTS_BETWEEN_COLLECTIONS = 50_000


def tune_cycle_collector() -> None:
    """Collect cycles less often (once per process; the older generations keep their
    defaults relative to the youngest)."""
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(NEW_OBJECTS_BETWEEN_COLLECTIONS, older, oldest)
