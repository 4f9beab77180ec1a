"""The command line's "today": the date a command uses when none is given.

One place, read through this module (``_today.today()``), so a test can fix the day the
way the window's context does, instead of asserting on the real calendar.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
