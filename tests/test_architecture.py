"""Only the store speaks SQL or touches a transaction: no module outside
korre_desktop/store/ reaches for the connection, the sqlite modules or writes a query, or
writes rows by table name (read as text, so a new module is checked the day it is added)."""

import re
from pathlib import Path

import korre_desktop

PACKAGE = Path(korre_desktop.__file__).parent
STORE = PACKAGE / "store"

# What only the store may write, each with why it is a sign of reaching past the store.
FORBIDDEN = {
    r"\.db\.atomic\(": "a transaction begun on the connection: use store.transaction()",
    r"\.db\.(execute|query|conn)\b": "SQL run on the connection: add a named store operation",
    r"\bstore\.db\b": "the store's connection: add a named store operation",
    r"^\s*(import|from)\s+(sqlite3|sqlite_utils|psycopg)\b": "the database driver: only the"
    " store uses it",
    r"\.rows\(\s*f?(\"\"\"|\"|')\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b": "a query written"
    " outside the store: add a named store operation",
}

# Rows written by table name: services call the store's named operations instead
# (``store.records.add_student(...)``); ``Store.insert`` / ``update`` are their building blocks.
TABLE_WRITES = {
    r"store\.(insert|update)\(\s*f?(\"|')": "a row written by table name: call (or add) a named"
    " write operation of the store",
}


def _violations(
    folder: Path, skip: tuple[Path, ...] = (), forbidden: dict[str, str] = FORBIDDEN
) -> list[str]:
    found = []
    for source in sorted(folder.rglob("*.py")):
        if any(source.is_relative_to(path) for path in skip):
            continue
        text = source.read_text(encoding="utf-8")
        for pattern, why in forbidden.items():
            for match in re.finditer(pattern, text, re.MULTILINE | re.IGNORECASE):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{source.relative_to(PACKAGE.parent)}:{line}: {why}")
    return found


def test_no_module_outside_the_store_speaks_sql_or_begins_a_transaction() -> None:
    assert _violations(PACKAGE, skip=(STORE,)) == []


def test_no_module_outside_the_store_writes_rows_by_table_name() -> None:
    assert _violations(PACKAGE, (STORE,), TABLE_WRITES) == []


def test_the_check_finds_what_it_looks_for() -> None:
    """The store itself does all of these, so a check that finds nothing there is broken."""
    found = "\n".join(_violations(STORE))
    for why in FORBIDDEN.values():
        assert why in found


def test_the_table_write_check_finds_what_it_looks_for() -> None:
    """The store's named operations write by table name: a check that finds nothing
    there is broken."""
    found = "\n".join(_violations(STORE, forbidden=TABLE_WRITES))
    for why in TABLE_WRITES.values():
        assert why in found
