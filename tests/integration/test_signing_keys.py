"""Keys in the registry: a card printed at one desk verifies at every desk on the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import make_engine, make_session_factory
from db.models import AuditEvent, KeySource, SigningKey
from tests.integration.test_cli import ADMIN_PIN, kiosk
from tests.integration.test_cli_cards import PRINTER_PIN, scan


def registry(url: str, settings: Path) -> str:
    """Operators and demo workers, made from the command line; the KPJ of one worker."""
    steps = [
        kiosk(url, "operators", "add", "admin", "--role", "admin", operator=None,
              new_pin=ADMIN_PIN, settings=settings),
        kiosk(url, "operators", "add", "cetak1", "--role", "operator_cetak",
              new_pin=PRINTER_PIN, settings=settings),
        kiosk(url, "demo", "--workers", "30", "--seed", "5", settings=settings),
    ]  # fmt: skip
    for step in steps:
        assert step.returncode == 0, step.stderr
    found = kiosk(url, "search", "umbu", "--json", "--limit", "1", settings=settings)
    assert found.returncode == 0, found.stderr
    return str(json.loads(found.stdout)["results"][0]["kpj"])


def keys_in(url: str) -> list[tuple[str, KeySource]]:
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            return [(k.device, k.source) for k in session.scalars(select(SigningKey))]
    finally:
        engine.dispose()


def actions_in(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_card_printed_at_one_desk_verifies_at_another_that_never_saw_its_key(
    postgres_url: str, tmp_path: Path
) -> None:
    settings = tmp_path / "kiosk.toml"
    kpj = registry(postgres_url, settings)
    desk_a = {"KIOSK_SIGNING_KEY": str(tmp_path / "a" / "signing-key.pem")}
    desk_b = {"KIOSK_SIGNING_KEY": str(tmp_path / "b" / "signing-key.pem")}
    pdf = tmp_path / "kartu.pdf"
    made = kiosk(postgres_url, "card", "--kpj", kpj, "--out", str(pdf), operator="cetak1",
                 pin=PRINTER_PIN, extra_env=desk_a, settings=settings)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert [source for _device, source in keys_in(postgres_url)] == [KeySource.DESK]
    assert "key_registered" in actions_in(postgres_url)

    checked = kiosk(postgres_url, "verify", scan(pdf), operator=None, extra_env=desk_b,
                    settings=settings)  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("ASLI")
    assert not (tmp_path / "b" / "trusted-keys").exists()  # desk B holds no file of A's key


def test_an_imported_key_is_trusted_and_recorded_in_the_registry(
    sqlite_url: str, tmp_path: Path
) -> None:
    settings = tmp_path / "kiosk.toml"
    kpj = registry(sqlite_url, settings)
    site_a = {"KIOSK_SIGNING_KEY": str(tmp_path / "a" / "signing-key.pem")}
    site_b = {"KIOSK_SIGNING_KEY": str(tmp_path / "b" / "signing-key.pem")}
    pdf = tmp_path / "kartu.pdf"
    made = kiosk(sqlite_url, "card", "--kpj", kpj, "--out", str(pdf), operator="cetak1",
                 pin=PRINTER_PIN, extra_env=site_a, settings=settings)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert keys_in(sqlite_url) == []  # one machine's SQLite registers nothing by itself
    exported = tmp_path / "sumba-timur.pub"
    kiosk(sqlite_url, "keys", "export", "--out", str(exported), operator=None,
          extra_env=site_a, settings=settings)  # fmt: skip
    payload = scan(pdf)
    before = kiosk(sqlite_url, "verify", payload, operator=None, extra_env=site_b,
                   settings=settings)  # fmt: skip
    assert before.stdout.startswith("TIDAK ASLI")

    denied = kiosk(sqlite_url, "keys", "import", str(exported), operator="cetak1",
                   pin=PRINTER_PIN, extra_env=site_b, settings=settings)  # fmt: skip
    assert denied.returncode != 0
    imported = kiosk(sqlite_url, "keys", "import", str(exported), extra_env=site_b,
                     settings=settings)  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert (tmp_path / "b" / "trusted-keys" / "sumba-timur.pub").read_text().startswith("ed25519:")
    assert [source for _device, source in keys_in(sqlite_url)] == [KeySource.IMPORT]
    assert actions_in(sqlite_url).count("key_registered") == 1
    after = kiosk(sqlite_url, "verify", payload, operator=None, extra_env=site_b,
                  settings=settings)  # fmt: skip
    assert after.stdout.startswith("ASLI"), after.stdout
    again = kiosk(sqlite_url, "keys", "import", str(exported), extra_env=site_b,
                  settings=settings)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert actions_in(sqlite_url).count("key_registered") == 1


@pytest.mark.postgres
def test_two_processes_registering_one_key_at_once_record_it_once(postgres_url: str) -> None:
    """Two batch processes of one desk open the registry at the same moment: the second
    finds the key already there when it inserts, and carries on with its own transaction."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy import event

    from kiosk.usecases.signing_keys import register_own_key
    from printing.keys import public_key_to_text

    public_key = Ed25519PrivateKey.generate().public_key()
    engine = make_engine(postgres_url)
    other = make_engine(postgres_url)
    try:
        sessions = make_session_factory(engine)

        with sessions() as session:
            raced: list[bool] = []

            def the_other_process_first(*_: object) -> None:
                if raced:
                    return
                raced.append(True)
                with make_session_factory(other)() as rival:
                    assert register_own_key(rival, public_key, "53.10", "desk-b")
                    rival.commit()

            event.listen(session, "before_flush", the_other_process_first)
            assert register_own_key(session, public_key, "53.10", "desk-a") is False
            session.commit()
        with sessions() as session:
            rows = list(session.scalars(select(SigningKey)))
            assert [(k.device, k.public_key) for k in rows] == [
                ("desk-b", public_key_to_text(public_key))
            ]
            registered = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "key_registered")
            ).all()
            assert len(registered) == 1
    finally:
        engine.dispose()
        other.dispose()
