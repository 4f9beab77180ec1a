"""Shared material for the evidence tests."""

import pytest
from PIL import Image

from tests.services.evidence.photos import render_form_page


@pytest.fixture(scope="session")
def form_page() -> Image.Image:
    """The rendered A4 form (greyscale, 110 dpi); treat as read-only."""
    return render_form_page()
