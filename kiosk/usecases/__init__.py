"""Use cases: one session per user action, plain frozen dataclasses out (no Qt)."""
