"""Korre Desktop: social-media protocol and media-consent records for Stichting de Korre."""

__version__ = "0.1.0"
