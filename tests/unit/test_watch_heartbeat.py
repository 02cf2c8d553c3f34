"""The hub's watchdog writes a linked site's heartbeat; a broken connection while it does
must never end the watchdog, which also keeps the standby synchronous or lets it go."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from db.cluster import province, watch


class _Conn:
    """What heartbeat() asks of a SQLAlchemy connection: recovery state, a setting, and
    the psycopg connection underneath."""

    def __init__(self) -> None:
        self.connection = self
        self.dbapi_connection = object()
        self.executed: list[str] = []

    def scalar(self, _statement: object) -> bool:
        return False  # not in recovery

    def execute(self, statement: object) -> None:
        self.executed.append(str(statement))


def test_a_broken_connection_while_beating_is_said_and_survived(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_conn: Any) -> bool:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(province, "beat", broken)
    conn = _Conn()
    watch.heartbeat(conn)  # type: ignore[arg-type]
    assert "SET synchronous_commit TO local" in conn.executed
    assert "heartbeat not written: OperationalError" in caplog.text


def test_a_registry_from_before_the_province_has_no_heartbeat(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_table(_conn: Any) -> bool:
        raise psycopg.errors.UndefinedTable("relation local_origin does not exist")

    monkeypatch.setattr(province, "beat", no_table)
    watch.heartbeat(_Conn())  # type: ignore[arg-type]
