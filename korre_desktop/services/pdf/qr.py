"""QR codes drawn straight onto a reportlab canvas, at an exact size in millimetres."""

from __future__ import annotations

import itertools
from functools import lru_cache

import numpy as np
from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

PREFERRED_VERSION = 3  # 29 x 29 modules: a form payload fits with level H (35 alphanumerics)


_MASKS = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i * j) % 3 + (i + j) % 2) % 2 == 0,
)
_FINDER_LIKE = (
    np.array([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], dtype=bool),
    np.array([0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1], dtype=bool),
)


def penalty(modules: np.ndarray) -> int:
    """The mask penalty of ISO/IEC 18004 (rules N1-N4) for a square bool matrix."""
    size = modules.shape[0]
    score = 0
    for lines in (modules, modules.T):
        # N1: five or more equal modules in a row: 3 + (length - 5)
        changes = np.ones((size, size + 1), dtype=bool)
        changes[:, 1:-1] = lines[:, 1:] != lines[:, :-1]
        runs = np.diff(np.flatnonzero(changes))
        score += int((runs[runs >= 5] - 2).sum())
        # N3: 1:1:3:1:1 finder-like patterns with four light modules on one side
        windows = np.lib.stride_tricks.sliding_window_view(lines, 11, axis=1)
        for pattern in _FINDER_LIKE:
            score += 40 * int((windows == pattern).all(axis=2).sum())
    # N2: 2 x 2 blocks of one colour
    top_left = modules[:-1, :-1]
    same = (
        (top_left == modules[1:, :-1])
        & (top_left == modules[:-1, 1:])
        & (top_left == modules[1:, 1:])
    )
    score += 3 * int(same.sum())
    # N4: dark modules away from half
    dark_percent = 100.0 * modules.sum() / modules.size
    score += 10 * int(abs(dark_percent - 50) // 5)
    return score


def _encode(text: str, version: int | None) -> qrencoder.QRCode:
    """Encode at level H, choosing the mask with numpy (reportlab's own choice is slow)."""
    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.H)
    code.addData(text)
    if code.version is None:
        code.version = code.calculate_version()
    code.makeImpl(True, 0)  # the function patterns, the data and where the data goes
    positions = np.array(code.dataPosIterator())
    columns, rows = positions[:, 0], positions[:, 1]
    data = list(code.dataBitIterator(code.dataCache))
    bits = np.zeros(len(positions), dtype=bool)
    bits[: len(data)] = data[: len(positions)]
    base = np.array(code.modules, dtype=bool)

    def masked(mask: int) -> np.ndarray:
        matrix = base.copy()
        matrix[rows, columns] = bits ^ _MASKS[mask](rows, columns)
        return matrix

    best = min(range(8), key=lambda mask: penalty(masked(mask)))
    code.makeImpl(False, best)
    return code


@lru_cache(maxsize=4096)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of ``text`` at error correction level H, row by row from the top.

    Version 3 keeps every form's symbol the same size; longer text gets a larger version.
    """
    try:
        code = _encode(text, PREFERRED_VERSION)
    except Exception:  # does not fit version 3: let the encoder choose
        code = _encode(text, None)
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


def draw_qr(canvas: Canvas, text: str, left: float, bottom: float, size: float) -> None:
    """Draw the symbol (without quiet zone) filling a ``size`` square at (left, bottom), pt.

    Horizontal runs of dark modules become one rectangle each, and rows overlap by a
    hair so no white seams appear between them when rendered. The path is written as
    PDF operators directly: a thousand forms have some 200,000 rectangles.
    """
    modules = qr_modules(text)
    count = len(modules)
    step = size / count
    height = f"{step * 1.02:.3f}"
    operators = []
    for row_index, row in enumerate(modules):
        column = 0
        y = f"{bottom + size - (row_index + 1) * step:.3f}"
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                operators.append(f"{left + column * step:.3f} {y} {length * step:.3f} {height} re")
            column += length
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral("\n".join(operators) + "\nf")
