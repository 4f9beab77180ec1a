"""A set of ids as one query parameter: ``IN (SELECT value FROM json_each(?))`` takes any
number of ids without building SQL with one placeholder each."""

from __future__ import annotations

import json
from collections.abc import Collection


def ids_json(ids: Collection[int] | None) -> str | None:
    """The ids as a JSON array (sorted, so the same set is the same parameter), or None."""
    return None if ids is None else json.dumps(sorted(ids))
