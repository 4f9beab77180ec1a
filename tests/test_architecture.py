"""Only the store speaks SQL or touches a transaction: no module outside
korre_desktop/store/ reaches for the connection, the sqlite modules or writes a query
(read as text, so a new module is checked the day it is added)."""

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


def _violations(folder: Path, skip: Path | None = None) -> list[str]:
    found = []
    for source in sorted(folder.rglob("*.py")):
        if skip is not None and source.is_relative_to(skip):
            continue
        text = source.read_text(encoding="utf-8")
        for pattern, why in FORBIDDEN.items():
            for match in re.finditer(pattern, text, re.MULTILINE | re.IGNORECASE):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{source.relative_to(PACKAGE.parent)}:{line}: {why}")
    return found


def test_no_module_outside_the_store_speaks_sql_or_begins_a_transaction() -> None:
    assert _violations(PACKAGE, skip=STORE) == []


def test_the_check_finds_what_it_looks_for() -> None:
    """The store itself does all of these, so a check that finds nothing there is broken."""
    found = "\n".join(_violations(STORE))
    for why in FORBIDDEN.values():
        assert why in found
