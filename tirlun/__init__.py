"""Tirlun: an explorer of the partnership landscape of Welsh public services."""

__version__ = "0.1.0"
NEO4J_VERSION = "5.26.30"
