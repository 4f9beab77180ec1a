"""SQLite storage: the only layer that speaks SQL."""

from korre_desktop.store.store import Store

__all__ = ["Store"]
