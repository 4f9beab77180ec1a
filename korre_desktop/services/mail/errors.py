"""The one error type of the e-mail reader, with a machine-readable reason."""

from __future__ import annotations

from typing import Literal, get_args

from korre_desktop.errors import InputError

MessageReason = Literal["not_a_message", "damaged_message", "too_large"]
REASONS: frozenset[str] = frozenset(get_args(MessageReason))


class MessageError(InputError):
    """An e-mail that cannot be shown; ``reason`` picks the GUI's (Dutch) text, ``params``
    its details (``name``; ``size`` and ``limit`` for "too_large")."""

    def __init__(self, reason: MessageReason, message: str, **params: object) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown e-mail error reason: {reason!r}")
        super().__init__(message, **params)
        self.reason: MessageReason = reason
        self.params = params
