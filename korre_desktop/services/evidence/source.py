"""A proof file as read from disk, the clipboard or a drop, with its sniffed type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from korre_desktop.errors import InputError
from korre_desktop.services.evidence import limits
from korre_desktop.services.evidence.errors import EvidenceError
from korre_desktop.services.evidence.sniff import EVIDENCE_EXTENSIONS, extension, sniff_mime


@dataclass(frozen=True)
class SourceFile:
    data: bytes
    mime_type: str  # from the content (magic bytes), never from the name
    name: str  # for display: the file name, or e.g. "klembord"

    def __repr__(self) -> str:  # the default would print megabytes of data
        return f"SourceFile(name={self.name!r}, mime_type={self.mime_type!r}, {len(self.data)} B)"


def read_source(path: Path) -> SourceFile:
    """Read a proof file; its size is checked before reading it."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        check_size(size, path.name)
        with open(path, "rb") as handle:
            # One byte over the limit is enough to notice a file that grew meanwhile.
            data = handle.read(limits.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return source_from_bytes(data, path.name)


def source_from_bytes(data: bytes, name: str) -> SourceFile:
    """Wrap clipboard or drag-and-drop data; same checks as a file."""
    check_size(len(data), name)
    data = bytes(data)  # a bytearray or memoryview from Qt becomes immutable bytes
    mime_type = sniff_mime(data)
    if mime_type is None:
        suffix = extension(name)
        if suffix in EVIDENCE_EXTENSIONS:
            raise EvidenceError(
                "wrong_type",
                f"{name} is named as a {suffix} file, but its content is not an image or PDF",
                name=name,
                extension=suffix,
            )
        what = "is empty" if not data else "is not an image or PDF that can be used as proof"
        raise EvidenceError("unsupported_type", f"{name} {what}", name=name)
    return SourceFile(data=data, mime_type=mime_type, name=name)


def check_size(size: int, name: str) -> None:
    """Refuse a file over the size limit (before reading it, when its size is known)."""
    if size > limits.MAX_FILE_BYTES:
        raise EvidenceError(
            "too_big_file",
            f"{name} is {limits.megabytes(size)}; the limit is"
            f" {limits.megabytes(limits.MAX_FILE_BYTES)}",
            name=name,
            size=size,
        )
