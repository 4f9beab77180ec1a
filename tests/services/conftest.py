"""Fixtures of the service tests."""

import pytest

from korre_desktop.store import Store
from tests.services.protocol_people import Foundation, build_foundation


@pytest.fixture
def foundation(store: Store) -> Foundation:
    """A small foundation for the protocol records (``protocol_people``)."""
    return build_foundation(store)
