"""Running the event's PostgreSQL clusters: the hub, its standby, their certificates.

Infrastructure only, from the system's PostgreSQL server binaries (Debian's `postgresql`):
initdb, pg_ctl, pg_basebackup. Nothing here knows of Qt, use cases or operators.
"""
