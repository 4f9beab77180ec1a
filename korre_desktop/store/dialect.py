"""The few pieces of SQL that differ between the embedded file (SQLite) and the server
(PostgreSQL). The query modules write everything else once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    name: str

    @property
    def is_server(self) -> bool:
        return self.name == "postgresql"

    def in_ids(self, column: str, param: str = "?") -> str:
        """``column`` is one of the ids in ``param``, a JSON array (``id_lists.ids_json``)."""
        if self.is_server:
            return (
                f"{column} IN (SELECT value::bigint FROM json_array_elements_text({param}::json))"
            )
        return f"{column} IN (SELECT value FROM json_each({param}))"

    @property
    def like(self) -> str:
        """LIKE that ignores case (SQLite's LIKE does so for ASCII letters)."""
        return "ILIKE" if self.is_server else "LIKE"

    def joined(self, expression: str, separator: str) -> str:
        """The aggregate joining ``expression``'s texts with ``separator`` (a literal)."""
        if self.is_server:
            return f"string_agg({expression}, {separator})"
        return f"group_concat({expression}, {separator})"

    def json_array_of(self, expression: str) -> str:
        """The aggregate making a JSON array text of ``expression``'s values ('[]' when none
        on SQLite, NULL on PostgreSQL: callers read NULL as an empty list)."""
        if self.is_server:
            return f"json_agg({expression})::text"
        return f"json_group_array({expression})"

    def json_field(self, column: str, key: str) -> str:
        """The value of ``key`` in the JSON object text ``column``, as text."""
        if self.is_server:
            return f"({column}::json ->> '{key}')"
        return f"json_extract({column}, '$.{key}')"

    def json_object(self, pairs: str) -> str:
        """A JSON object text of ``pairs`` ("'key', column, ...")."""
        if self.is_server:
            return f"json_build_object({pairs})::text"
        return f"json_object({pairs})"


SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")
