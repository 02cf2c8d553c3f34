"""Handovers: one transaction, one per card, refused a second time from any desk or process."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify as verify_chain
from db.models import (
    CardCheck,
    Handover,
    HandoverKind,
    IdDocument,
    Role,
    Sex,
    Site,
    SiteKind,
    Worker,
    WorkerStatus,
)
from db.workers import WorkerRecord, insert_workers
from kiosk.usecases.audit import Auditor, PermissionDeniedError, Workstation
from kiosk.usecases.cards import Cards, ReprintReason
from kiosk.usecases.handover import (
    AlreadyHandedOverError,
    AlreadyVoidedError,
    HandoverProblem,
    HandoverRefusedError,
    HandoverRequest,
    Handovers,
)
from kiosk.usecases.progress import event_progress
from kiosk.usecases.settle import HubUnreachableError, RetryPolicy, new_client_id
from printing.keys import private_key_from_seed, trusted_keys
from printing.payload import format_serial
from printing.signature import Signature, SignaturePoint, synthetic_signature
from tests.helpers.broken_commit import HubAway, break_commits, no_waiting
from tests.helpers.security import Security, build_security

KEY = private_key_from_seed(bytes(range(32)))
TRUSTED = trusted_keys([KEY.public_key()])
WORKERS = [
    WorkerRecord(
        nik=f"53110305039{n:05d}",
        kpj=f"250000{n:05d}",
        full_name=name,
        birth_date=dt.date(1990, 3, 5),
        sex=Sex.MALE,
        desa_code=desa,
        phone=None,
    )
    for n, (name, desa) in enumerate(
        [
            ("Umbu Ndaku Lewa", "53.11.03.2002"),
            ("Rambu Kahi Ndima", "53.11.03.2002"),
            ("Yohanis Hina", "53.11.03.2004"),
        ],
        start=1,
    )
]


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    with sessions.begin() as session:
        insert_workers(session, WORKERS)
        session.add(
            Site(
                kind=SiteKind.EVENT,
                name="Penyerahan Kartu Lewa",
                place="Aula Kecamatan Lewa",
                region_code="53.11.03",
                event_date=dt.date(2026, 11, 25),
            )
        )
    return build_security(sessions)


def cards(sec: Security) -> Cards:
    return Cards(sec.sessions, sec.auditor, KEY, TRUSTED, sec.clock, os.urandom)


def handovers(
    sec: Security, auditor: Auditor | None = None, retry: RetryPolicy | None = None
) -> Handovers:
    return Handovers(sec.sessions, auditor or sec.auditor, lambda: TRUSTED, retry=retry)


def handover_rows(sec: Security) -> list[Handover]:
    with sec.sessions() as session:
        return list(session.scalars(select(Handover)))


def worker_id(sec: Security, n: int = 0) -> int:
    with sec.sessions() as session:
        return session.scalars(select(Worker.id).where(Worker.kpj == WORKERS[n].kpj)).one()


def signature(seed: int = 1) -> Signature:
    return synthetic_signature(random.Random(seed))


def request_for(sec: Security, n: int = 0, **changes: Any) -> HandoverRequest:
    wid = worker_id(sec, n)
    issued = cards(sec).issue(sec.actors[Role.PRINTING], wid)
    fields: dict[str, object] = {
        "worker_id": wid,
        "card_serial": issued.serial,
        "document": IdDocument.KTP,
        "kind": HandoverKind.SIGNED,
        "signature": signature(n + 1),
    }
    fields.update(changes)
    return HandoverRequest(**fields)  # type: ignore[arg-type]


def test_a_handover_commits_with_its_signature_status_and_audit(sec: Security) -> None:
    request = request_for(sec)
    done = handovers(sec).hand_over(sec.actors[Role.DESK], request)

    with sec.sessions() as session:
        (row,) = session.scalars(select(Handover))
        worker = session.get_one(Worker, request.worker_id)
        assert worker.status is WorkerStatus.HANDED_OVER
        assert row.card_serial == request.card_serial
        assert row.kind is HandoverKind.SIGNED
        assert row.document is IdDocument.KTP
        assert row.signature_png.startswith(b"\x89PNG")
        assert row.signature_json == request.signature.to_json()
        assert (row.operator, row.device) == ("petugas1", "meja-01")
        assert row.event_id is not None
    event = sec.events()[-1]
    assert event.action == "handover"
    assert json.loads(event.details)["handover"] == done.handover_id
    counts = handovers(sec).counts()
    assert (counts.desk_today, counts.event, counts.event_name) == (1, 1, "Penyerahan Kartu Lewa")


def test_a_second_handover_of_the_card_says_who_when_and_where(sec: Security) -> None:
    request = request_for(sec)
    handovers(sec).hand_over(sec.actors[Role.DESK], request)
    other_desk = Auditor(sec.sessions, Workstation("Aula Kecamatan Lewa", "meja-02"), sec.clock)
    # The other desk's own attempt, with its own client id.
    attempt = dataclasses.replace(request, client_id=new_client_id())
    with pytest.raises(AlreadyHandedOverError) as refused:
        handovers(sec, other_desk).hand_over(sec.actors[Role.TELLER], attempt)
    prior = refused.value.prior
    assert (prior.operator, prior.device) == ("petugas1", "meja-01")
    assert prior.site == "Aula Kantor Bupati, Waingapu"
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 1
    card = handovers(sec).card_for(request.worker_id)
    assert card is not None
    assert card.prior is not None


def test_the_same_attempt_sent_twice_is_recorded_once_and_said_so(sec: Security) -> None:
    request = request_for(sec)
    first = handovers(sec).hand_over(sec.actors[Role.DESK], request)
    again = handovers(sec).hand_over(sec.actors[Role.DESK], request)
    assert not first.settled_after_retry
    assert again.settled_after_retry
    assert (again.handover_id, again.serial_text, again.at) == (
        first.handover_id,
        first.serial_text,
        first.at,
    )
    (row,) = handover_rows(sec)
    assert row.client_id == request.client_id
    assert sec.actions().count("handover") == 1


def test_a_commit_cut_after_it_reached_the_database_is_settled_without_a_double(
    sec: Security, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = request_for(sec)
    broken = break_commits(engine, monkeypatch, after_server_commit=True)
    done = handovers(sec, retry=no_waiting()).hand_over(sec.actors[Role.DESK], request)
    assert broken.broken == 1
    assert done.settled_after_retry  # recorded by the attempt whose answer was lost
    (row,) = handover_rows(sec)
    assert (row.id, row.client_id) == (done.handover_id, request.client_id)
    assert sec.actions().count("handover") == 1
    with sec.sessions() as session:
        assert verify_chain(session).ok


def test_a_commit_cut_before_it_reached_the_database_is_made_again_once(
    sec: Security, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = request_for(sec)
    broken = break_commits(engine, monkeypatch, after_server_commit=False, times=2)
    done = handovers(sec, retry=no_waiting()).hand_over(sec.actors[Role.DESK], request)
    assert broken.broken == 2
    assert not done.settled_after_retry  # the third attempt recorded it
    (row,) = handover_rows(sec)
    assert row.client_id == request.client_id
    assert sec.actions().count("handover") == 1


def test_a_database_away_past_the_bound_is_said_and_settled_when_back(
    sec: Security, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = request_for(sec)
    hub = HubAway(engine)
    break_commits(engine, monkeypatch, after_server_commit=True, then=hub.start)
    try:
        with pytest.raises(HubUnreachableError) as away:
            handovers(sec, retry=no_waiting(total_s=5)).hand_over(sec.actors[Role.DESK], request)
    finally:
        hub.stop()  # the hub is back; the desk tries again with the same attempt
    assert away.value.client_id == request.client_id
    assert hub.refused > 1
    assert len(handover_rows(sec)) == 1  # the first commit did reach the database
    done = handovers(sec).hand_over(sec.actors[Role.DESK], request)
    assert done.settled_after_retry
    assert len(handover_rows(sec)) == 1


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"signature": Signature(600, 200, ())}, HandoverProblem.SIGNATURE_EMPTY),
        (
            {"signature": Signature(600, 200, ((SignaturePoint(300, 100, 0, 0.5),),))},
            HandoverProblem.SIGNATURE_TOO_SMALL,
        ),
        (
            {
                "signature": Signature(
                    600,
                    200,
                    (tuple(SignaturePoint(50 + i * 10, 100, i * 10, 0.5) for i in range(50)),),
                )
            },
            HandoverProblem.SIGNATURE_STRAIGHT_LINE,
        ),
        ({"kind": HandoverKind.THUMBPRINT}, HandoverProblem.WITNESS_NAME_MISSING),
        (
            {"kind": HandoverKind.REPRESENTATIVE, "representative_name": "Rambu Ana"},
            HandoverProblem.REPRESENTATIVE_NIK_INVALID,
        ),
        (
            {
                "kind": HandoverKind.REPRESENTATIVE,
                "representative_name": "Rambu Ana",
                "representative_nik": "5311034107920012",
                "relationship": "Istri",
            },
            HandoverProblem.REASON_MISSING,
        ),
    ],
)
def test_what_the_desk_must_put_right_is_refused_and_nothing_is_recorded(
    sec: Security, changes: dict[str, Any], problem: HandoverProblem
) -> None:
    request = request_for(sec, **changes)
    with pytest.raises(HandoverRefusedError) as refused:
        handovers(sec).hand_over(sec.actors[Role.DESK], request)
    assert refused.value.problem is problem
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 0
        assert session.get_one(Worker, request.worker_id).status is WorkerStatus.REGISTERED


def test_a_representative_and_a_thumbprint_are_recorded_with_their_kind(sec: Security) -> None:
    first = request_for(
        sec,
        0,
        kind=HandoverKind.REPRESENTATIVE,
        representative_name="Rambu Ana Humba",
        representative_nik="5311 0341 0792 0012",
        relationship="Istri",
        reason="Sakit di rumah",
    )
    second = request_for(sec, 1, kind=HandoverKind.THUMBPRINT, witness_name="Petrus Ndima")
    desk = handovers(sec)
    desk.hand_over(sec.actors[Role.DESK], first)
    desk.hand_over(sec.actors[Role.DESK], second)
    with sec.sessions() as session:
        rows = {h.kind: h for h in session.scalars(select(Handover))}
    assert rows[HandoverKind.REPRESENTATIVE].representative_nik == "5311034107920012"
    assert rows[HandoverKind.REPRESENTATIVE].relationship == "Istri"
    assert rows[HandoverKind.THUMBPRINT].witness_name == "Petrus Ndima"


def test_a_scanned_card_must_be_this_workers_current_card(sec: Security) -> None:
    wid, other = worker_id(sec, 0), worker_id(sec, 1)
    mine = cards(sec).issue(sec.actors[Role.PRINTING], wid)
    theirs = cards(sec).issue(sec.actors[Role.PRINTING], other)
    desk = handovers(sec)
    assert desk.card_from_scan(wid, mine.payload).serial == mine.serial
    with pytest.raises(HandoverRefusedError) as refused:
        desk.card_from_scan(wid, theirs.payload)
    assert refused.value.problem is HandoverProblem.CARD_OF_ANOTHER_WORKER
    assert refused.value.detail == WORKERS[1].full_name
    with pytest.raises(HandoverRefusedError) as refused:
        desk.card_from_scan(wid, mine.payload[:-3] + "AAA")
    assert refused.value.problem is HandoverProblem.CARD_NOT_GENUINE


def test_without_a_scanner_the_typed_serial_must_be_this_workers_card(sec: Security) -> None:
    """The whole serial, or enough of its end that no other card ends the same."""
    mine_serial = 0x0123456789ABCDE  # 04HM-ASW9-NF6Y
    theirs_serial = mine_serial ^ (1 << 23)  # the same last four characters, not five
    serials = iter([mine_serial, theirs_serial, mine_serial ^ 0x3FF])

    def chosen(count: int) -> bytes:
        return next(serials).to_bytes(count, "big")

    issuing = Cards(sec.sessions, sec.auditor, KEY, TRUSTED, sec.clock, chosen)
    wid, other, cardless = worker_id(sec, 0), worker_id(sec, 1), worker_id(sec, 2)
    first = issuing.issue(sec.actors[Role.PRINTING], wid)
    issuing.issue(sec.actors[Role.PRINTING], other)
    mine = format_serial(mine_serial)
    theirs = format_serial(theirs_serial)
    assert mine[-4:] == theirs[-4:]
    assert mine[-6:] != theirs[-6:]
    desk = handovers(sec)

    def refusal(worker: int, typed: str) -> HandoverProblem:
        with pytest.raises(HandoverRefusedError) as refused:
            desk.card_from_serial(worker, typed)
        return refused.value.problem

    assert desk.card_from_serial(wid, mine.lower().replace("-", " ")).serial == mine_serial
    assert desk.card_from_serial(wid, mine[-6:]).serial == mine_serial  # "-NF6Y": 5 chars
    assert refusal(wid, mine[-4:]) is HandoverProblem.SERIAL_AMBIGUOUS  # theirs ends so too
    assert refusal(wid, "F6Y") is HandoverProblem.SERIAL_TOO_SHORT
    assert refusal(wid, "  N-F6 ") is HandoverProblem.SERIAL_TOO_SHORT
    assert refusal(wid, "NF6U") is HandoverProblem.SERIAL_NOT_A_SERIAL  # no U in a serial
    assert refusal(wid, theirs[-6:]) is HandoverProblem.SERIAL_MISMATCH  # another's card
    assert refusal(wid, "ZZZZ-ZZZZ") is HandoverProblem.SERIAL_MISMATCH
    assert refusal(cardless, "ZZZZ-ZZZZ") is HandoverProblem.NO_CARD
    # The worker's old card, replaced: it is no longer the one to hand over.
    supervisor = sec.actors[Role.SUPERVISOR]
    newer = issuing.reprint(sec.actors[Role.PRINTING], wid, ReprintReason.LOST, supervisor)
    assert refusal(wid, mine) is HandoverProblem.CARD_NOT_CURRENT
    assert desk.card_from_serial(wid, format_serial(newer.serial)).serial == newer.serial
    assert first.serial == mine_serial

    # The way the card was checked is recorded with the handover and in the audit trail.
    request = HandoverRequest(
        wid, newer.serial, IdDocument.KTP, HandoverKind.SIGNED, signature(),
        card_check=CardCheck.SERIAL_TYPED,
    )  # fmt: skip
    done = desk.hand_over(sec.actors[Role.DESK], request)
    with sec.sessions() as session:
        assert session.get_one(Handover, done.handover_id).card_check is CardCheck.SERIAL_TYPED
    assert json.loads(sec.events()[-1].details)["card_check"] == "serial_typed"


def test_a_supervisor_voids_a_handover_and_the_card_can_be_handed_over_again(
    sec: Security,
) -> None:
    request = request_for(sec)
    desk = handovers(sec)
    done = desk.hand_over(sec.actors[Role.DESK], request)
    with pytest.raises(PermissionDeniedError):
        desk.void(sec.actors[Role.DESK], done.handover_id, "salah orang")
    with pytest.raises(HandoverRefusedError):
        desk.void(sec.actors[Role.SUPERVISOR], done.handover_id, "  ")
    desk.void(sec.actors[Role.SUPERVISOR], done.handover_id, "Salah orang")
    with sec.sessions() as session:
        assert session.get_one(Worker, request.worker_id).status is WorkerStatus.CARD_PRINTED
    assert sec.actions()[-1] == "void"
    # Handing it over again is a new attempt, with an id of its own.
    again = desk.hand_over(
        sec.actors[Role.DESK], dataclasses.replace(request, client_id=new_client_id())
    )
    assert again.handover_id != done.handover_id


def test_a_second_void_says_who_voided_it_and_keeps_the_first_reason(sec: Security) -> None:
    desk = handovers(sec)
    done = desk.hand_over(sec.actors[Role.DESK], request_for(sec))
    supervisor = sec.actors[Role.SUPERVISOR]
    desk.void(supervisor, done.handover_id, "Salah orang")
    voids = sec.actions().count("void")
    with pytest.raises(AlreadyVoidedError) as voided:
        desk.void(supervisor, done.handover_id, "Alasan lain")
    prior = voided.value.prior
    assert prior.handover_id == done.handover_id
    assert prior.voided_by == supervisor.username
    assert prior.voided_by_name == supervisor.full_name
    assert prior.reason == "Salah orang"
    assert prior.at.tzinfo is not None
    with sec.sessions() as session:
        assert session.get_one(Handover, done.handover_id).void_reason == "Salah orang"
    assert sec.actions().count("void") == voids  # nothing recorded twice


def test_event_progress_counts_by_desa(sec: Security) -> None:
    desk = handovers(sec)
    desk.hand_over(sec.actors[Role.DESK], request_for(sec, 0))
    cards(sec).issue(sec.actors[Role.PRINTING], worker_id(sec, 2))
    progress = event_progress(sec.sessions, None, sec.auditor, sec.actors[Role.DESK])
    assert progress.event_name == "Penyerahan Kartu Lewa"
    assert progress.scope_name == "Lewa"
    rows = {r.desa: (r.registered, r.handed_over, r.remaining) for r in progress.rows}
    assert rows == {"Kambuhapang": (2, 1, 1), "Kondamara": (1, 0, 1)}
    assert progress.total().registered == 3


_CHILD = textwrap.dedent(
    """
    import os, random, signal, sys
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from db.engine import make_engine, make_session_factory
    from db.models import HandoverKind, IdDocument, Role
    from kiosk.usecases.audit import Actor, Auditor, Workstation
    from kiosk.usecases.handover import AlreadyHandedOverError, HandoverRequest, Handovers
    from printing.signature import synthetic_signature

    url, worker_id, serial, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    sessions = make_session_factory(make_engine(url))
    if mode == "die":
        # Killed at the very last moment: everything is flushed, nothing is committed.
        event.listen(Session, "before_commit", lambda s: os.kill(os.getpid(), signal.SIGKILL))
    auditor = Auditor(sessions, Workstation("Aula Kecamatan Lewa", "meja-09"))
    request = HandoverRequest(worker_id, serial, IdDocument.KTP, HandoverKind.SIGNED,
                              synthetic_signature(random.Random(9)))
    try:
        Handovers(sessions, auditor, lambda: {}).hand_over(
            Actor("teller1", "Teller", Role.TELLER), request)
    except AlreadyHandedOverError as error:
        print("refused", error.prior.operator, error.prior.device)
        sys.exit(3)
    print("done")
    """
)


def run_child(
    database_url: str, worker: int, serial: int, mode: str
) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, "-c", _CHILD, database_url, str(worker), str(serial), mode],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(root)},
        check=False,
    )


def test_another_process_on_the_same_database_is_refused(sec: Security, database_url: str) -> None:
    request = request_for(sec)
    handovers(sec).hand_over(sec.actors[Role.DESK], request)
    child = run_child(database_url, request.worker_id, request.card_serial, "normal")
    assert child.returncode == 3, child.stderr
    assert child.stdout.split() == ["refused", "petugas1", "meja-01"]


def test_a_process_killed_in_the_middle_leaves_no_half_record(
    sec: Security, database_url: str
) -> None:
    request = request_for(sec)
    events_before = len(sec.events())
    child = run_child(database_url, request.worker_id, request.card_serial, "die")
    assert child.returncode == -signal.SIGKILL, child.stderr
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 0
        assert session.get_one(Worker, request.worker_id).status is WorkerStatus.REGISTERED
        assert verify_chain(session).first_break is None
    assert len(sec.events()) == events_before
    # The desk can go on: the same handover now succeeds.
    done = handovers(sec).hand_over(sec.actors[Role.DESK], request)
    assert done.serial_text


def test_two_processes_racing_for_the_same_card_hand_it_over_once(
    sec: Security, database_url: str
) -> None:
    request = request_for(sec)
    root = Path(__file__).resolve().parents[2]
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _CHILD,
                database_url,
                str(request.worker_id),
                str(request.card_serial),
                "normal",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        for _ in range(2)
    ]
    outcomes = sorted(child.communicate(timeout=60)[0].split()[0] for child in children)
    assert outcomes == ["done", "refused"]
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 1


def test_a_days_bast_follows_the_day_in_ntt_not_in_utc(sec: Security) -> None:
    from kiosk.usecases.bast import bast_content

    sec.clock.now = dt.datetime(2026, 11, 25, 23, 30, tzinfo=dt.UTC)  # 07:30 on the 26th, WITA
    handovers(sec).hand_over(sec.actors[Role.DESK], request_for(sec))
    boss = sec.actors[Role.SUPERVISOR]
    on_26th = bast_content(sec.sessions, sec.auditor, boss, day=dt.date(2026, 11, 26))
    on_25th = bast_content(sec.sessions, sec.auditor, boss, day=dt.date(2026, 11, 25))
    assert len(on_26th.entries) == 1
    assert on_26th.entries[0].at.hour == 7
    assert on_25th.entries == ()
    with pytest.raises(PermissionDeniedError):
        bast_content(sec.sessions, sec.auditor, sec.actors[Role.DESK], day=dt.date(2026, 11, 26))
