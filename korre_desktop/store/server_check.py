"""``check`` of a server database. The server itself keeps the structure, the references,
UTF-8 text and JSON sound (it refuses damaged values when they are written), so what is
left to check is what only the app knows: every stored file against its SHA-256."""

from __future__ import annotations

import hashlib

from korre_desktop.store import damage
from korre_desktop.store.postgres import PostgresDatabase


def check(
    db: PostgresDatabase, quick: bool = False, step: damage.Step | None = None
) -> list[damage.Finding]:
    if quick:
        return []
    total = max(1, db.execute("SELECT count(*) FROM blobs").fetchone()[0])
    findings: list[damage.Finding] = []
    done = 0
    with db.snapshot():
        for batch in db.stream("SELECT sha256, data FROM blobs ORDER BY sha256", batch=50):
            for sha256, data in batch:
                if hashlib.sha256(bytes(data)).hexdigest() != sha256:
                    record = damage.Record("stored_file", sha256[:12], table="blobs")
                    findings.append(damage.Finding(damage.BLOB_DAMAGED, record, "data"))
            done += len(batch)
            if step is not None:
                step(done, total, damage.FILES_STEP)
    return findings
