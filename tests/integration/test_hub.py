"""The event network on real clusters: a hub with TLS and a password role, desks joining by
code, a synchronous standby that the hub does without when it goes, and promotion."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from db.cluster import hub
from db.cluster.joincode import Address, JoinCode
from db.engine import make_engine
from db.migrate import HEAD_REVISION
from kiosk.usecases.hub import JoinError, JoinProblem, desk_hub_state, join_hub
from tests.helpers.hub import EventNet, event_network, free_port

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def net() -> Iterator[EventNet]:
    with event_network(with_standby=True) as network:
        yield network


def _cli(net: EventNet, settings: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as staff run it: its own process, this desk's settings and key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        KIOSK_SETTINGS_FILE=str(settings),
        KIOSK_SIGNING_KEY=str(net.root / f"{settings.stem}-key.pem"),
        KIOSK_DEVICE=settings.stem,
    )
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--language", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_a_desk_joins_with_the_code_and_keeps_the_password_to_itself(net: EventNet) -> None:
    settings = net.settings("meja-1")
    assert _cli(net, settings, "join", net.code).returncode == 0
    stored = settings.read_text()
    code = JoinCode.decode(net.code)
    assert code.password not in stored
    assert "target_session_attrs=read-write" in stored
    assert "sslmode=verify-ca" in stored
    passfile = settings.parent / "meja-1-hub.pgpass"
    assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
    # Both addresses, the hub's first: the desk finds whichever accepts writes.
    assert "127.0.0.1,127.0.0.1" in stored
    shown = _cli(net, settings, "settings", "show")
    assert shown.returncode == 0
    assert "verify-ca" in shown.stdout
    assert code.password not in shown.stdout + shown.stderr
    engine = make_engine(hub_url(settings))
    try:
        with engine.connect() as conn:
            details = conn.scalars(
                text("SELECT details FROM audit_event WHERE action = 'hub_join'")
            ).all()
            assert details
            assert all(code.password not in d for d in details)
            # The desk's public key is in the registry: every desk accepts its cards.
            assert (
                conn.scalar(text("SELECT count(*) FROM signing_key WHERE device LIKE 'meja-1%'"))
                == 1
            )
            assert conn.scalar(text("SHOW ssl")) == "on"
            assert conn.scalar(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
    finally:
        engine.dispose()


def hub_url(settings: Path) -> str:
    from kiosk.config import read_settings

    return str(read_settings(settings)["database_url"])


def test_a_damaged_code_is_refused(net: EventNet, tmp_path: Path) -> None:
    for bad in ("", "hello", net.code[:-20], net.code.replace("KIOSKHUB1:", "KIOSKHUB1:x")):
        with pytest.raises(JoinError) as caught:
            join_hub(bad, tmp_path, "meja-x")
        assert caught.value.problem is JoinProblem.BAD_CODE
    assert list(tmp_path.iterdir()) == []


def test_another_certificate_is_refused_before_the_password_is_sent(
    net: EventNet, tmp_path: Path
) -> None:
    code = JoinCode.decode(net.code)
    forged = JoinCode(code.addresses, code.database, code.user, code.password, "ab" * 32)
    with pytest.raises(JoinError) as caught:
        join_hub(forged.encode(), tmp_path, "meja-x")
    assert caught.value.problem is JoinProblem.WRONG_CERTIFICATE
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_hub_is_named(net: EventNet, tmp_path: Path) -> None:
    code = JoinCode.decode(net.code)
    gone = code.with_addresses((Address("127.0.0.1", free_port()),))
    with pytest.raises(JoinError) as caught:
        join_hub(gone.encode(), tmp_path, "meja-x")
    assert caught.value.problem is JoinProblem.UNREACHABLE
    assert "127.0.0.1" in caught.value.detail


@pytest.mark.parametrize(
    ("revision", "problem"),
    [("9999", JoinProblem.KIOSK_TOO_OLD), ("0005", JoinProblem.HUB_TOO_OLD)],
)
def test_a_schema_this_kiosk_does_not_fit_is_refused_and_left_alone(
    net: EventNet, tmp_path: Path, revision: str, problem: JoinProblem
) -> None:
    admin = make_engine(net.hub.superuser_url())
    try:
        with admin.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        with pytest.raises(JoinError) as caught:
            join_hub(net.code, tmp_path, "meja-x")
        assert caught.value.problem is problem
        with admin.connect() as conn:  # the desk did not migrate the hub
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == revision
        assert not (tmp_path / "hub.pgpass").exists()
    finally:
        with admin.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": HEAD_REVISION})
        admin.dispose()


def test_status_shows_the_desks_and_the_synchronous_standby(net: EventNet) -> None:
    import json

    settings = net.settings("meja-2")
    assert _cli(net, settings, "join", net.code).returncode == 0
    desk = make_engine(hub_url(settings))
    try:
        with desk.connect():
            status = _cli(net, settings, "hub", "status", "--dir", str(net.hub.path), "--json")
            assert status.returncode == 0
            data = json.loads(status.stdout)
    finally:
        desk.dispose()
    assert data["role"] == "primary"
    assert "meja-2" in data["desks"]
    assert data["synchronous"] is True
    assert data["standbys"][0]["state"] == "streaming"
    assert data["handovers_today"] == 0
    assert data["disk_free_bytes"] > 0


def test_the_hub_carries_on_alone_when_the_standby_goes(net: EventNet) -> None:
    """A commit waits for the standby while it streams; when it stops, the hub's watchdog
    lets commits through after a short wait, and the desks can read that it is alone."""
    assert net.standby is not None
    desk = make_engine(net.hub.kiosk_local_url())
    try:
        assert desk_hub_state(desk).synchronous
        net.standby.stop()
        with desk.begin() as conn:  # blocks until the watchdog gives up on the standby
            conn.execute(text("UPDATE audit_head SET seq = seq"))
        state = desk_hub_state(desk)
        assert state.standby_known
        assert not state.synchronous
        net.standby.start()
        assert hub.wait_until_streaming(net.hub)
        deadline = time.monotonic() + 30
        while not desk_hub_state(desk).synchronous and time.monotonic() < deadline:
            time.sleep(0.2)
        assert desk_hub_state(desk).synchronous
    finally:
        desk.dispose()


def test_after_promotion_a_desk_reconnects_by_itself_and_the_old_hub_stays_off(
    net: EventNet,
) -> None:
    """Last in this module: it ends the hub."""
    assert net.standby is not None
    settings = net.settings("meja-3")
    assert _cli(net, settings, "join", net.code).returncode == 0
    desk = make_engine(hub_url(settings))
    try:
        with desk.begin() as conn:
            conn.execute(text("CREATE TABLE IF NOT EXISTS kept (n int)"))
            conn.execute(text("INSERT INTO kept VALUES (1)"))
        net.hub.kill()
        promoted = _cli(net, settings, "hub", "promote", "--dir", str(net.standby.path))
        assert promoted.returncode == 0, promoted.stderr
        deadline = time.monotonic() + 30
        while True:
            try:
                with desk.connect() as conn:
                    assert conn.scalar(text("SELECT count(*) FROM kept")) == 1
                    assert conn.scalar(text("SELECT pg_is_in_recovery()")) is False
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert desk_hub_state(desk).address.endswith(str(net.standby.node().port))
    finally:
        desk.dispose()
    again = _cli(net, settings, "hub", "start", "--dir", str(net.hub.path), "--no-join")
    assert again.returncode == 2
    assert f"127.0.0.1:{net.standby.node().port} has taken over" in again.stderr
    assert not net.hub.is_running()
