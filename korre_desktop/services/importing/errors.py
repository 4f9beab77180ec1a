"""Errors of an import. Each has a stable ``code`` (the GUI words it in Dutch), the file
row it is about when there is one, and an English one-line message for the CLI and log."""

from __future__ import annotations

from korre_desktop.errors import InputError


class ImportFailure(InputError):
    """Base class of the import's errors."""

    def __init__(self, code: str, message: str, row: int | None = None, **params: object) -> None:
        text = f"row {row}: {message}" if row is not None else message
        super().__init__(text, code=code, row=row, **params)
        self.code = code
        self.row = row
        self.params = params
        self.reason = message


class ImportFileError(ImportFailure):
    """The file cannot be read as an import (encoding, structure, limits, locked, ...)."""


class ImportSetupError(ImportFailure):
    """The import cannot start: unknown school, a bad school year, an unusable mapping."""


class ImportBlockedError(ImportFailure):
    """The plan has rows with errors, so nothing is applied (all or nothing)."""


class StalePlanError(ImportFailure):
    """Records the plan would change were changed after it was made (on another computer,
    by another import or a scan): run it again. Writes the plan does not depend on never
    make it stale (``staleness``)."""
