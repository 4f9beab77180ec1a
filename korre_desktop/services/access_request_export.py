"""The answer to an access request as one ZIP file: ``inzage.pdf`` (readable, Dutch),
``gegevens.json`` (the same data: UTF-8, stable keys, ISO dates) and the evidence files
under ``bewijs/`` (``01-toestemming.jpg``...).

The ZIP is made in memory and on disk only beside the target (``atomic_file``: a partial
file renamed over the target when complete), never in a temporary folder, and the export
is logged in the access log here, so the window and the command line log alike. A
failed or cancelled export logs nothing and leaves no file.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from korre_desktop.errors import InputError
from korre_desktop.services import access_log
from korre_desktop.services.access_request import AccessReport, collect, require_permission
from korre_desktop.services.atomic_file import atomic_binary_file
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.store import Store

PDF_NAME = "inzage.pdf"
JSON_NAME = "gegevens.json"
FORMAT = 1  # the JSON's layout version


class AccessExportFileError(InputError):
    """The ZIP cannot be written there; ``reason``: "folder_missing", "folder" (the target
    is a folder), "special" (a FIFO, device or socket) or "not_writable"."""

    def __init__(self, reason: str, path: Path, message: str) -> None:
        super().__init__(message, reason=reason, path=str(path))
        self.reason = reason
        self.path = path


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    name: str
    statements: int
    evidence_files: int
    pdf_pages: int


def check_target(target: Path) -> Path:
    """Refuse a target that cannot become the ZIP (before any work is done)."""
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise AccessExportFileError(
            "folder_missing", target, f"folder does not exist: {target.parent}"
        )
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise AccessExportFileError(
            "not_writable", target, f"cannot write {target}: {exc.strerror}"
        ) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise AccessExportFileError("folder", target, f"cannot write {target}: it is a folder")
    if mode is not None and not stat.S_ISREG(mode):
        raise AccessExportFileError(
            "special", target, f"cannot write {target}: it is a device, pipe or socket"
        )
    if not os.access(target.parent, os.W_OK) or (
        mode is not None and not os.access(target, os.W_OK)
    ):
        raise AccessExportFileError(
            "not_writable", target, f"cannot write {target}: no permission to write there"
        )
    return target


def _json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def report_json(report: AccessReport) -> bytes:
    """The report as UTF-8 JSON; keys in the records' order, the evidence's hashes kept."""
    data = {"format": FORMAT, **asdict(report)}
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_value).encode("utf-8")


def export_access_request(
    store: Store,
    kind: str,
    person_id: int,
    target: Path,
    today: date,
    progress: Progress = NO_PROGRESS,
    generated_at: datetime | None = None,
) -> ExportResult:
    """Write everything kept about the person to the ZIP ``target`` and log it. Raises
    ``NotAllowedError`` for a role without the permission, ``AccessExportFileError`` for a
    target that cannot be written, ``PersonNotFoundError``; ``Cancelled`` when asked."""
    from korre_desktop.services.pdf.access_request_pdf import access_request_pdf

    require_permission(store)
    target = check_target(target)
    progress.step(0, 100, "collect")
    report = collect(store, kind, person_id, today)
    progress.step(10, 100, "pdf")
    images = {
        file.name: store.blob(file.sha256) or b""
        for file in report.evidence
        if file.mime_type.startswith("image/")
    }
    pdf, pages = access_request_pdf(report, images, generated_at or datetime.now())
    progress.step(40, 100, "zip")
    with atomic_binary_file(target) as handle:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(PDF_NAME, pdf)
            archive.writestr(JSON_NAME, report_json(report))
            total = len(report.evidence)
            for number, file in enumerate(report.evidence, start=1):
                progress.step(40 + round(55 * number / (total + 1)), 100, "evidence")
                data = images.get(file.name)
                archive.writestr(
                    file.name, data if data is not None else store.blob(file.sha256) or b""
                )
        progress.step(98, 100, "zip")
    access_log.record(store, access_log.EXPORT, access_log.ACCESS_REQUEST, [(kind, person_id)])
    progress.step(100, 100, "done")
    return ExportResult(
        path=target,
        kind=kind,
        name=report.name,
        statements=len(report.statements),
        evidence_files=len(report.evidence),
        pdf_pages=pages,
    )
