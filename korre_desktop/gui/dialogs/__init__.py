"""Dialogs: one module each, designed in ui/*.ui."""
