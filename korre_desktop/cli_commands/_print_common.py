"""What the ``print`` sub-commands share: checking the paths and opening the database."""

from __future__ import annotations

from pathlib import Path

from korre_desktop.errors import InputError


def check_paths(database: Path, output: Path) -> None:
    """Refuse a missing database, an output that is the database, or a non-PDF name."""
    if not database.exists():
        raise InputError(f"database file not found: {database}")
    if output.expanduser().resolve() == database.resolve():
        raise InputError("the PDF file must not be the database itself")
    if output.suffix.lower() != ".pdf":
        raise InputError(f"the output file must end in .pdf: {output}")
    if not output.expanduser().parent.is_dir():
        raise InputError(f"folder does not exist: {output.expanduser().parent}")


def open_store(database: Path):  # -> Store
    from korre_desktop.cli import _open_store

    return _open_store(database)
