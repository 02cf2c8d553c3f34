"""Issuing cards and verifying their QR text against the registry, on both databases."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.models import Card, CardStatus, Role, Sex
from db.workers import WorkerRecord, insert_workers
from kiosk.signing import (
    TRUSTED_DIR_NAME,
    KeyFileExposedError,
    load_or_create_private_key,
    load_private_key,
    open_signing_keys,
)
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.cards import (
    ActiveCardExistsError,
    Cards,
    CardState,
    NoActiveCardError,
    ReprintReason,
    WorkerNotFoundError,
)
from printing.keys import (
    key_id,
    private_key_from_seed,
    private_key_to_pem,
    public_key_to_text,
    trusted_keys,
)
from printing.payload import PREFIX, Rejection
from tests.helpers.security import Security, build_security

WORKER = WorkerRecord(
    nik="5311030503900011",
    kpj="25000000011",
    full_name="Umbu Ndaku Lewa",
    birth_date=dt.date(1990, 3, 5),
    sex=Sex.MALE,
    desa_code="53.11.03.2002",
    phone="081234567811",
)
OTHER = WorkerRecord(
    nik="5311034107920012",
    kpj="25000000012",
    full_name="Rambu Kahi Ndakulaku",
    birth_date=dt.date(1992, 7, 1),
    sex=Sex.FEMALE,
    desa_code="53.11.03.2002",
    phone=None,
)
OWN_KEY = private_key_from_seed(bytes(range(32)))
STRANGER_KEY = private_key_from_seed(bytes(range(1, 33)))


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    with sessions.begin() as session:
        insert_workers(session, [WORKER, OTHER])
    return build_security(sessions)


def cards_signed_with(sec: Security, key: Ed25519PrivateKey = OWN_KEY, seed: int = 7) -> Cards:
    draw = random.Random(seed)
    return Cards(
        sec.sessions,
        sec.auditor,
        key,
        trusted_keys([OWN_KEY.public_key()]),
        sec.clock,
        draw.randbytes,
    )


@pytest.fixture
def cards(sec: Security) -> Cards:
    return cards_signed_with(sec)


def test_issuing_makes_an_active_card_and_an_audited_print(sec: Security, cards: Cards) -> None:
    # 23:30 UTC is already the next morning in NTT: the card carries the WITA date.
    sec.clock.now = dt.datetime(2026, 11, 24, 23, 30, tzinfo=dt.UTC)
    worker_id = cards.worker_id_for_kpj("250-0000-0011")
    issued = cards.issue(sec.actors[Role.PRINTING], worker_id)

    assert issued.payload.startswith(PREFIX)
    assert issued.card_data.qr_payload == issued.payload
    assert issued.card_data.name == "Umbu Ndaku Lewa"
    assert issued.card_data.kpj == "25000000011"
    assert issued.card_data.issue_date == dt.date(2026, 11, 25)
    assert issued.card_data.serial == issued.serial_text
    with sec.sessions() as session:
        (card,) = session.scalars(select(Card))
        assert card.serial == issued.serial
        assert card.worker_id == worker_id
        assert card.status is CardStatus.ACTIVE
        assert card.issued_on == dt.date(2026, 11, 25)
        assert card.key_id == key_id(OWN_KEY.public_key()).hex()
    event = sec.events()[-1]
    assert event.action == "print"
    assert event.operator == "cetak1"
    assert event.target == f"worker:{worker_id}"
    assert json.loads(event.details) == {"serial": issued.serial_text, "kind": "pdf"}


def test_a_second_card_for_the_same_worker_is_refused(sec: Security, cards: Cards) -> None:
    worker_id = cards.worker_id_for_kpj(WORKER.kpj)
    first = cards.issue(sec.actors[Role.DESK], worker_id)
    with pytest.raises(ActiveCardExistsError) as refused:
        cards.issue(sec.actors[Role.TELLER], worker_id)
    assert refused.value.serial == first.serial
    assert first.serial_text in str(refused.value)
    with sec.sessions() as session:
        assert len(session.scalars(select(Card)).all()) == 1
    assert sec.actions().count("print") == 1
    # Another worker still gets a card.
    cards.issue(sec.actors[Role.DESK], cards.worker_id_for_kpj(OTHER.kpj))


def test_the_database_itself_holds_one_active_card_per_worker(sec: Security, cards: Cards) -> None:
    worker_id = cards.worker_id_for_kpj(WORKER.kpj)
    first = cards.issue(sec.actors[Role.DESK], worker_id)
    with pytest.raises(IntegrityError), sec.sessions.begin() as session:
        session.add(
            Card(
                serial=first.serial + 1,
                worker_id=worker_id,
                key_id="00000000",
                issued_on=dt.date(2026, 11, 25),
                status=CardStatus.ACTIVE,
                created_at=sec.clock(),
            )
        )
    with sec.sessions.begin() as session:
        session.add(
            Card(
                serial=first.serial + 1,
                worker_id=worker_id,
                key_id="00000000",
                issued_on=dt.date(2026, 11, 25),
                status=CardStatus.REPLACED,
                created_at=sec.clock(),
            )
        )


def test_only_roles_that_print_may_issue(sec: Security, cards: Cards) -> None:
    worker_id = cards.worker_id_for_kpj(WORKER.kpj)
    with pytest.raises(PermissionDeniedError):
        cards.issue(sec.actors[Role.ADMIN], worker_id)
    with pytest.raises(PermissionDeniedError):
        cards.issue(None, worker_id)
    assert sec.actions()[-1] == "denied"
    with pytest.raises(WorkerNotFoundError):
        cards.worker_id_for_kpj("99999999999")
    with pytest.raises(WorkerNotFoundError):
        cards.worker_id_for_kpj("bukan kpj")


def test_a_genuine_card_verifies_as_active_with_its_worker(sec: Security, cards: Cards) -> None:
    issued = cards.issue(sec.actors[Role.DESK], cards.worker_id_for_kpj(WORKER.kpj))
    for scanned in (issued.payload, issued.payload.lower(), f"  {issued.payload}\n"):
        result = cards.verify(scanned)
        assert result.genuine
        assert result.reason is None
        assert result.status is CardState.ACTIVE
        assert result.serial_text == issued.serial_text
        assert result.worker is not None
        assert result.worker.name == "Umbu Ndaku Lewa"
        assert result.worker.kpj == WORKER.kpj
        assert result.worker.nik_masked == "5311••••••••0011"


def test_a_retired_card_verifies_genuine_but_not_active(sec: Security, cards: Cards) -> None:
    issued = cards.issue(sec.actors[Role.DESK], cards.worker_id_for_kpj(WORKER.kpj))
    with sec.sessions.begin() as session:
        card = session.get(Card, issued.serial)
        assert card is not None
        card.status = CardStatus.REPLACED
    result = cards.verify(issued.payload)
    assert result.genuine
    assert result.status is CardState.REPLACED


def test_a_reprint_replaces_the_active_card_in_one_audited_step(
    sec: Security, cards: Cards
) -> None:
    worker_id = cards.worker_id_for_kpj(WORKER.kpj)
    old = cards.issue(sec.actors[Role.PRINTING], worker_id)
    supervisor = sec.actors[Role.SUPERVISOR]
    new = cards.reprint(sec.actors[Role.PRINTING], worker_id, ReprintReason.LOST, supervisor)

    assert new.serial != old.serial
    assert new.worker_id == worker_id
    assert new.card_data.name == "Umbu Ndaku Lewa"
    with sec.sessions() as session:
        rows = {c.serial: c for c in session.scalars(select(Card))}
        assert rows[old.serial].status is CardStatus.REPLACED
        assert rows[new.serial].status is CardStatus.ACTIVE
        assert rows[new.serial].replaces_serial == old.serial
        assert rows[old.serial].replaces_serial is None

    old_check = cards.verify(old.payload)
    assert old_check.genuine
    assert old_check.status is CardState.REPLACED
    assert old_check.worker is not None
    assert old_check.worker.worker_id == worker_id
    assert cards.verify(new.payload).status is CardState.ACTIVE

    event = sec.events()[-1]
    assert event.action == "reprint"
    assert event.operator == "cetak1"
    assert event.approver == "sari.supervisor"
    assert event.target == f"worker:{worker_id}"
    assert json.loads(event.details) == {
        "reason": "lost",
        "old_serial": old.serial_text,
        "new_serial": new.serial_text,
        "kind": "pdf",
    }

    # A reprint of the reprint replaces the second card in its turn.
    third = cards.reprint(sec.actors[Role.TELLER], worker_id, ReprintReason.SPOILED, supervisor)
    assert cards.verify(new.payload).status is CardState.REPLACED
    assert cards.verify(third.payload).status is CardState.ACTIVE
    assert sec.actions().count("reprint") == 2


def test_a_reprint_is_refused_without_another_persons_approval(sec: Security, cards: Cards) -> None:
    worker_id = cards.worker_id_for_kpj(WORKER.kpj)
    old = cards.issue(sec.actors[Role.PRINTING], worker_id)
    supervisor = sec.actors[Role.SUPERVISOR]
    attempts = [
        # No approval at all.
        (sec.actors[Role.PRINTING], None, "cetak1", "approve"),
        # A supervisor cannot approve their own request.
        (supervisor, supervisor, "sari.supervisor", "approve"),
        # A teller may request a reprint but not approve one.
        (sec.actors[Role.PRINTING], sec.actors[Role.TELLER], "teller1", "approve"),
        # Desk staff may print a first card, not request a reprint, even with approval.
        (sec.actors[Role.DESK], supervisor, "petugas1", "request_reprint"),
    ]
    for actor, approver, logged_as, permission in attempts:
        before = len(sec.events())
        with pytest.raises(PermissionDeniedError):
            cards.reprint(actor, worker_id, ReprintReason.DAMAGED, approver)
        events = sec.events()
        assert len(events) == before + 1
        assert events[-1].action == "denied"
        assert events[-1].operator == logged_as
        assert events[-1].target == f"worker:{worker_id}"
        assert json.loads(events[-1].details) == {"permission": permission}
    with sec.sessions() as session:
        (card,) = session.scalars(select(Card))
        assert card.serial == old.serial
        assert card.status is CardStatus.ACTIVE
    assert "reprint" not in sec.actions()


def test_a_reprint_needs_an_active_card_to_replace(sec: Security, cards: Cards) -> None:
    worker_id = cards.worker_id_for_kpj(OTHER.kpj)
    with pytest.raises(NoActiveCardError):
        cards.reprint(
            sec.actors[Role.PRINTING],
            worker_id,
            ReprintReason.DATA_CORRECTED,
            sec.actors[Role.SUPERVISOR],
        )
    with sec.sessions() as session:
        assert session.scalars(select(Card)).all() == []
    assert "reprint" not in sec.actions()


def test_one_changed_character_is_not_genuine(sec: Security, cards: Cards) -> None:
    issued = cards.issue(sec.actors[Role.DESK], cards.worker_id_for_kpj(WORKER.kpj))
    body_start = len(PREFIX)
    # Every position of the body, each to another base32 symbol (not just another case).
    for position in range(body_start, len(issued.payload)):
        original = issued.payload[position].upper()
        other = "B" if original == "A" else "A"
        forged = issued.payload[:position] + other + issued.payload[position + 1 :]
        result = cards.verify(forged)
        assert not result.genuine, position
        assert result.reason is not None
        assert result.status is None
        assert result.worker is None


@pytest.mark.parametrize(
    ("garbage", "reason"),
    [
        ("", Rejection.NOT_A_CARD),
        ("https://bpjsketenagakerjaan.go.id", Rejection.NOT_A_CARD),
        ("NTTJ", Rejection.TRUNCATED),
        ("NTTJ9:AAAA", Rejection.BAD_VERSION),
        ("NTTJ1:!!!!", Rejection.MALFORMED),
        ("NTTJ1:" + "A" * 20, Rejection.TRUNCATED),
        ("\x00\udcff" * 50, Rejection.NOT_A_CARD),
    ],
)
def test_garbage_is_not_genuine_and_raises_nothing(
    cards: Cards, garbage: str, reason: Rejection
) -> None:
    result = cards.verify(garbage)
    assert not result.genuine
    assert result.reason is reason
    assert result.status is None


def test_a_card_signed_by_an_untrusted_key_is_not_genuine(sec: Security) -> None:
    stranger = cards_signed_with(sec, STRANGER_KEY)
    issued = stranger.issue(sec.actors[Role.DESK], stranger.worker_id_for_kpj(WORKER.kpj))
    result = cards_signed_with(sec).verify(issued.payload)
    assert not result.genuine
    assert result.reason is Rejection.UNKNOWN_KEY
    assert result.worker is None


def test_a_trusted_sites_card_is_genuine_but_unknown_here(sec: Security) -> None:
    other_site = Cards(
        sec.sessions,
        sec.auditor,
        STRANGER_KEY,
        trusted_keys([STRANGER_KEY.public_key()]),
        sec.clock,
        random.Random(3).randbytes,
    )
    issued = other_site.issue(sec.actors[Role.DESK], other_site.worker_id_for_kpj(OTHER.kpj))
    with sec.sessions.begin() as session:
        session.execute(delete(Card))
    here = Cards(
        sec.sessions,
        sec.auditor,
        OWN_KEY,
        trusted_keys([OWN_KEY.public_key(), STRANGER_KEY.public_key()]),
        sec.clock,
        random.Random(4).randbytes,
    )
    result = here.verify(issued.payload)
    assert result.genuine
    assert result.status is CardState.UNKNOWN
    assert result.worker is not None
    assert result.worker.kpj == OTHER.kpj


def test_the_key_file_is_owner_only_and_an_exposed_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data" / "signing-key.pem"
    key = load_or_create_private_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_or_create_private_key(path)
    assert public_key_to_text(again.public_key()) == public_key_to_text(key.public_key())

    exposed = tmp_path / "exposed.pem"
    exposed.write_bytes(private_key_to_pem(OWN_KEY))
    os.chmod(exposed, 0o644)
    with pytest.raises(KeyFileExposedError, match="0644"):
        load_private_key(exposed)
    with pytest.raises(KeyFileExposedError):
        open_signing_keys(exposed)


def test_trusted_keys_are_the_own_key_and_the_pub_files_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "signing-key.pem"
    (tmp_path / TRUSTED_DIR_NAME).mkdir()
    (tmp_path / TRUSTED_DIR_NAME / "sumba-barat.pub").write_text(
        public_key_to_text(STRANGER_KEY.public_key()) + "\n", encoding="ascii"
    )
    (tmp_path / TRUSTED_DIR_NAME / "notes.txt").write_text("not a key", encoding="ascii")
    keys = open_signing_keys(path)
    expected = trusted_keys([keys.private_key.public_key(), STRANGER_KEY.public_key()])
    assert set(keys.trusted) == set(expected)
