"""A small writer of Microsoft compound files (CFB, "OLE2", [MS-CFB] version 3), for tests:
olefile reads these files but cannot create one, and the test files must be our own.

``compound_file(tree)`` takes nested dicts: a ``bytes`` value is a stream, a ``dict`` value a
storage (folder). Streams under 4096 bytes live in the mini stream, as the format requires.
Sectors are laid out as: FAT, directory, mini FAT, mini stream, big streams.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
HEADER_FAT_SLOTS = 109
ENTRIES_PER_SECTOR = SECTOR // 128
EMPTY, STORAGE, STREAM, ROOT = 0, 1, 2, 5

Tree = dict[str, "bytes | Tree"]


@dataclass
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = NO_STREAM
    right: int = NO_STREAM
    child: int = NO_STREAM
    start: int = END_OF_CHAIN


def _sort_key(name: str) -> tuple[int, str]:
    # [MS-CFB] 2.6.4: shorter names first, then by upper-case code points.
    return len(name.encode("utf-16-le")), name.upper()


def _flatten(tree: Tree) -> list[_Entry]:
    entries = [_Entry("Root Entry", ROOT)]

    def add(parent: int, items: Tree) -> None:
        for name, value in items.items():
            if len(name) > 31:
                raise ValueError(f"a compound file name has at most 31 characters: {name!r}")
            index = len(entries)
            if isinstance(value, dict):
                entries.append(_Entry(name, STORAGE))
                entries[parent].children.append(index)
                add(index, value)
            else:
                entries.append(_Entry(name, STREAM, bytes(value)))
                entries[parent].children.append(index)

    add(0, tree)
    for entry in entries:
        entry.child = _balanced(
            entries, sorted(entry.children, key=lambda i: _sort_key(entries[i].name))
        )
    return entries


def _balanced(entries: list[_Entry], ordered: list[int]) -> int:
    """A balanced binary search tree over the siblings (all black: readers accept it)."""
    if not ordered:
        return NO_STREAM
    middle = len(ordered) // 2
    top = entries[ordered[middle]]
    top.left = _balanced(entries, ordered[:middle])
    top.right = _balanced(entries, ordered[middle + 1 :])
    return ordered[middle]


def _sectors(size: int, unit: int) -> int:
    return -(-size // unit)


def _chain(table: list[int], first: int, count: int) -> None:
    for offset in range(count):
        table[first + offset] = first + offset + 1 if offset < count - 1 else END_OF_CHAIN


def compound_file(tree: Tree) -> bytes:
    entries = _flatten(tree)
    streams = [e for e in entries if e.kind == STREAM and e.data]
    small = [e for e in streams if len(e.data) < MINI_CUTOFF]
    big = [e for e in streams if len(e.data) >= MINI_CUTOFF]

    mini_fat: list[int] = []
    mini_stream = bytearray()
    for entry in small:
        entry.start = len(mini_fat)
        count = _sectors(len(entry.data), MINI_SECTOR)
        mini_fat.extend([FREE] * count)
        _chain(mini_fat, entry.start, count)
        mini_stream += entry.data.ljust(count * MINI_SECTOR, b"\0")

    directory_sectors = _sectors(len(entries), ENTRIES_PER_SECTOR)
    mini_fat_sectors = _sectors(len(mini_fat) * 4, SECTOR)
    mini_stream_sectors = _sectors(len(mini_stream), SECTOR)
    big_sectors = sum(_sectors(len(e.data), SECTOR) for e in big)
    content = directory_sectors + mini_fat_sectors + mini_stream_sectors + big_sectors
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < content + fat_sectors:
        fat_sectors += 1
    if fat_sectors > HEADER_FAT_SLOTS:
        raise ValueError("too big for this small writer (no DIFAT sectors)")

    fat = [FREE] * (fat_sectors * SECTOR // 4)
    for index in range(fat_sectors):
        fat[index] = FAT_SECTOR
    next_sector = fat_sectors

    def allocate(count: int) -> int:
        nonlocal next_sector
        if count == 0:
            return END_OF_CHAIN
        first = next_sector
        _chain(fat, first, count)
        next_sector += count
        return first

    first_directory = allocate(directory_sectors)
    first_mini_fat = allocate(mini_fat_sectors)
    entries[0].start = allocate(mini_stream_sectors)
    entries[0].data = bytes(mini_stream)
    for entry in big:
        entry.start = allocate(_sectors(len(entry.data), SECTOR))

    header = bytearray(SECTOR)
    struct.pack_into(
        "<8s16sHHHHH6sIIIIIIIII",
        header,
        0,
        SIGNATURE,
        b"\0" * 16,
        0x003E,  # minor version
        3,  # major version: 512-byte sectors
        0xFFFE,  # byte order: little-endian
        9,  # sector shift: 2**9 = 512
        6,  # mini sector shift: 2**6 = 64
        b"\0" * 6,
        0,  # directory sectors (0 in version 3)
        fat_sectors,
        first_directory,
        0,  # transaction signature
        MINI_CUTOFF,
        first_mini_fat if mini_fat_sectors else END_OF_CHAIN,
        mini_fat_sectors,
        END_OF_CHAIN,  # first DIFAT sector: none
        0,  # DIFAT sectors
    )
    slots = list(range(fat_sectors)) + [FREE] * (HEADER_FAT_SLOTS - fat_sectors)
    struct.pack_into(f"<{HEADER_FAT_SLOTS}I", header, 76, *slots)

    body = bytearray()
    body += struct.pack(f"<{len(fat)}I", *fat)
    directory = b"".join(_directory_entry(e) for e in entries)
    empty = _directory_entry(_Entry("", EMPTY))
    body += directory + empty * (directory_sectors * ENTRIES_PER_SECTOR - len(entries))
    mini_fat += [FREE] * (mini_fat_sectors * SECTOR // 4 - len(mini_fat))
    body += struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    body += bytes(mini_stream).ljust(mini_stream_sectors * SECTOR, b"\0")
    for entry in big:
        body += entry.data.ljust(_sectors(len(entry.data), SECTOR) * SECTOR, b"\0")
    return bytes(header) + bytes(body)


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le")
    name_size = len(name) + 2 if entry.kind != EMPTY else 0
    size = len(entry.data) if entry.kind in (STREAM, ROOT) else 0
    if entry.kind == ROOT:
        start = entry.start
    elif entry.kind == STREAM:
        start = entry.start if size else END_OF_CHAIN
    else:
        start = 0  # storages and unused entries have no data
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name.ljust(64, b"\0"),
        name_size,
        entry.kind,
        1,  # black
        entry.left,
        entry.right,
        entry.child,
        b"\0" * 16,
        0,  # state bits
        0,  # created
        0,  # modified
        start,
        size,
    )
