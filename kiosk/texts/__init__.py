"""Translated words for what the use cases return: statuses, import problems (Qt Core only)."""
