"""Persistence: schema, engine and session set-up, migrations and queries (no Qt, no app)."""
