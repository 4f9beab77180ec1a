"""Helpers for tests and benchmarks that ship with the package but are never used by the app.

They live inside the package (not under ``tests/``) so benchmarks, the command line and
other projects' tests can import them from an installed copy.
"""
