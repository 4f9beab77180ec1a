"""Who may speak for the foundation on social media (the protocol's 2.1 and 2.4).

Only employees and students authorised by management may post on behalf of the
foundation or a school, or create an account, group or network for it. This module holds
the rules that need no database: the platforms, who counts as management, an
authorisation's scope and its status on a date, and the problem codes the services raise
(the GUI words them in Dutch; see ``domain.validation`` for the general ones).
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

# -- platforms -----------------------------------------------------------------------------


class Platform(StrEnum):
    """The code of each platform (stored, and typed on the command line); the GUI words
    them. The order is the order of choice lists."""

    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    X = "x"
    LINKEDIN = "linkedin"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    WHATSAPP_GROUP = "whatsapp_group"
    OTHER = "other"


PLATFORMS: tuple[str, ...] = tuple(platform.value for platform in Platform)

# The platforms' own names, the same in every language; the others are worded where shown.
BRAND_NAMES: dict[str, str] = {
    Platform.INSTAGRAM: "Instagram",
    Platform.FACEBOOK: "Facebook",
    Platform.X: "X",
    Platform.LINKEDIN: "LinkedIn",
    Platform.YOUTUBE: "YouTube",
    Platform.TIKTOK: "TikTok",
}


# -- management ----------------------------------------------------------------------------

# Words of a function that make its holder management (directie or bestuur). A function is
# split into words at spaces, hyphens, slashes and the like, so "Adjunct-directeur" and
# "Directeur-bestuurder" count, but "Directiesecretaresse" or "Bestuurssecretaris" (support
# staff) do not. Any word ending in "directeur" counts: clusterdirecteur, schooldirecteur,
# locatiedirecteur, adjunct-directeur.
MANAGEMENT_WORDS = frozenset({"directie", "bestuur", "bestuurder", "locatieleider", "bovenschools"})
_DIRECTOR_SUFFIX = "directeur"
_WORD_SEPARATORS = re.compile(r"[^\w]+")


def is_management(function: str) -> bool:
    """Whether an employee with this function (as HR records it, any case) is management:
    a directeur of any kind (also adjunct-, cluster-, locatie-, school-), the directie, a
    bestuurder or the bestuur, a locatieleider, or a bovenschools function.

    Not management: teamleider, intern begeleider, and support staff whose function merely
    starts with such a word (directiesecretaresse). Granting an authorisation, giving
    permission for an account and receiving a press report need management.
    """
    words = [word for word in _WORD_SEPARATORS.split(function.casefold()) if word]
    return any(word in MANAGEMENT_WORDS or word.endswith(_DIRECTOR_SUFFIX) for word in words)


# -- scope and status ------------------------------------------------------------------------


class Scope(StrEnum):
    """What an authorisation covers."""

    ACCOUNT = "account"  # one account (of a school or of the foundation)
    SCHOOL = "school"  # the school in general: any of its accounts, new ones too
    FOUNDATION = "foundation"  # the foundation in general


def scope_of(account_id: int | None, school_id: int | None) -> Scope:
    """The scope of a stored authorisation: an account, else a school, else the foundation."""
    if account_id is not None:
        return Scope.ACCOUNT
    return Scope.SCHOOL if school_id is not None else Scope.FOUNDATION


class AuthorisationStatus(StrEnum):
    ACTIVE = "active"
    NOT_YET = "not_yet"  # valid from a later date
    EXPIRED = "expired"  # its last day has passed
    WITHDRAWN = "withdrawn"  # withdrawn on or before the date


def authorisation_status(
    valid_from: date, valid_until: date | None, withdrawn_on: date | None, on: date
) -> AuthorisationStatus:
    """The status of an authorisation on ``on``.

    ``valid_until`` is its last valid day (inclusive); a withdrawal counts from its own
    date (withdrawn on the 10th: active on the 9th, withdrawn on the 10th) and wins over
    the other statuses, so a withdrawn authorisation is never shown as merely expired.
    """
    if withdrawn_on is not None and withdrawn_on <= on:
        return AuthorisationStatus.WITHDRAWN
    if on < valid_from:
        return AuthorisationStatus.NOT_YET
    if valid_until is not None and on > valid_until:
        return AuthorisationStatus.EXPIRED
    return AuthorisationStatus.ACTIVE


def account_active_on(created_on: date | None, ended_on: date | None, on: date) -> bool:
    """An account is in use from its creation (unknown: always was) up to the day before
    it ended, as a person who leaves is on the lists up to the day before."""
    return (created_on is None or created_on <= on) and (ended_on is None or ended_on > on)


# -- worklists -------------------------------------------------------------------------------

# Days ahead in which an authorisation's end puts it on the "ending soon" worklist.
ENDING_SOON_DAYS = 30


class WorklistKind(StrEnum):
    """The authorisation worklists, in the order they are shown."""

    ACCOUNT_WITHOUT_AUTHORISED = "account_without_authorised"
    AUTHORISED_LEFT = "authorised_left"  # left: revoke their access
    ENDING_SOON = "ending_soon"  # ends within ENDING_SOON_DAYS
    AUTHORISED_WITHOUT_PROTOCOL = "authorised_without_protocol"


# -- problem codes (FieldProblem.code) ---------------------------------------------------------

NOT_MANAGEMENT = "not_management"  # params: name, function
GRANTED_BY_SELF = "granted_by_self"  # params: name; the authorised person cannot grant it
PERSON_LEFT = "person_left"  # params: name, left_on (ISO), before (ISO: the date it is for)
ACCOUNT_ENDED = "account_ended"  # params: name, ended_on (ISO)
ACCOUNT_EXISTS = "account_exists"  # params: name, platform; the same account is on record
ALREADY_ENDED = "already_ended"  # params: ended_on (ISO)
ALREADY_WITHDRAWN = "already_withdrawn"  # params: withdrawn_on (ISO)
