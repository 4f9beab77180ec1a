"""A log file in the user log folder; errors also go to stderr's one-line messages."""

from __future__ import annotations

import logging
import logging.handlers

from korre_desktop.locations import log_folder

_configured = False


def setup_logging() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("korre_desktop")
    root.setLevel(logging.INFO)
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "korre-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only profile must not stop the app
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
