"""Press reports (the protocol's 2.4) and the personnel file on breaches of the protocol
(its closing paragraph): the values and problem codes the services use.

The personnel file is confidential: it appears in no export, list or detail pane the
office shares (only in the person's own access export, and in a view of its own).
"""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    """Of a letter or e-mail in the personnel file: received, or sent by the foundation."""

    IN = "in"
    OUT = "out"


DIRECTIONS: tuple[str, ...] = tuple(direction.value for direction in Direction)

# -- problem codes (FieldProblem.code) ---------------------------------------------------------

REPORTED_TO_SELF = "reported_to_self"  # params: name; press contact goes to someone else
SCHOOL_AMBIGUOUS = "school_ambiguous"  # params: schools (names); the employee has several
CORRECTS_OTHER_EMPLOYEE = "corrects_other_employee"  # params: name (whose entry it is)
ALREADY_CORRECTED = "already_corrected"  # params: by (the id of the correcting entry)
