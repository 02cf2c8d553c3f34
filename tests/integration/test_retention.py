"""Tanda terima and card PDFs on disk go after the BAST and the retention, never before."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import HandoverKind, IdDocument, Role, Sex, Site, SiteKind, Worker
from db.workers import WorkerRecord, insert_workers
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.bast import bast_content, write_bast
from kiosk.usecases.batch_recovery import folder_url
from kiosk.usecases.cards import Cards
from kiosk.usecases.handover import HandoverRequest, Handovers
from kiosk.usecases.job_render import ReceiptSettings
from kiosk.usecases.print_jobs import PrintJobs
from kiosk.usecases.retention import PurgeReport, PurgeTrigger, purge_documents
from printing.card import CardStyle
from printing.keys import private_key_from_seed, trusted_keys
from printing.signature import synthetic_signature
from tests.helpers.security import Security, build_security

KEY = private_key_from_seed(bytes(range(32)))
TRUSTED = trusted_keys([KEY.public_key()])
EVENT_DAY = dt.date(2026, 11, 25)  # the security helper's clock starts that morning
WORKERS = [
    WorkerRecord(
        nik=f"53110305039{n:05d}",
        kpj=f"250000{n:05d}",
        full_name=f"Umbu Ndaku {n}",
        birth_date=dt.date(1990, 3, 5),
        sex=Sex.MALE,
        desa_code="53.11.03.2002",
        phone=None,
    )
    for n in range(1, 6)
]


class Desk:
    """Two events on the same day, a card folder and a receipt folder."""

    def __init__(self, sec: Security, tmp_path: Path) -> None:
        self.sec = sec
        with sec.sessions.begin() as session:
            insert_workers(session, WORKERS)
            events = [
                Site(
                    kind=SiteKind.EVENT,
                    name=name,
                    place="Aula",
                    region_code="53.11.03",
                    event_date=EVENT_DAY,
                )
                for name in ("Penyerahan Lewa", "Penyerahan Nggongi")
            ]
            session.add_all(events)
            session.flush()
            self.lewa, self.nggongi = (e.id for e in events)
        with sec.sessions() as session:
            self.worker_ids = list(session.scalars(select(Worker.id).order_by(Worker.id)))
        serials = iter(range(1, 1000))
        cards = Cards(sec.sessions, sec.auditor, KEY, TRUSTED, sec.clock,
                      lambda n: next(serials).to_bytes(n, "big"))  # fmt: skip
        self.jobs = PrintJobs(sec.sessions, sec.auditor, cards, CardStyle(),
                              ReceiptSettings(site="Aula"))  # fmt: skip
        self.cards = tmp_path / "cards"
        self.receipts = tmp_path / "tanda-terima"
        self.cards.mkdir()
        self.receipts.mkdir()

    def print_card(self, n: int) -> Path:
        outcome = self.jobs.print_card(
            self.sec.actors[Role.PRINTING], self.worker_ids[n], folder_url(self.cards)
        )
        assert outcome.sent
        return self.cards / f"kartu-{outcome.serial_text}.pdf"

    def hand_over(self, n: int, event: int) -> Path:
        """Hand over worker n's card at the event; its tanda terima goes to the folder."""
        wid = self.worker_ids[n]
        desk = Handovers(self.sec.sessions, self.sec.auditor, lambda: TRUSTED, event)
        card = desk.card_for(wid)
        assert card is not None
        request = HandoverRequest(
            worker_id=wid,
            card_serial=card.serial,
            document=IdDocument.KTP,
            kind=HandoverKind.SIGNED,
            signature=synthetic_signature(random.Random(n)),
        )
        desk.hand_over(self.sec.actors[Role.DESK], request)
        outcome = self.jobs.print_receipt(
            self.sec.actors[Role.DESK], wid, folder_url(self.receipts)
        )
        assert outcome.sent
        return self.receipts / f"tanda-terima-{card.serial_text}.pdf"

    def bast(self, event: int, tmp_path: Path) -> None:
        supervisor = self.sec.actors[Role.SUPERVISOR]
        content = bast_content(self.sec.sessions, self.sec.auditor, supervisor, event_id=event)
        write_bast(self.sec.sessions, self.sec.auditor, supervisor, content,
                   tmp_path / f"bast-{event}.pdf", site="Aula")  # fmt: skip

    def purge(self, days: int = 30, **options: object) -> PurgeReport:
        return purge_documents(
            self.sec.sessions,
            self.sec.auditor,
            self.sec.actors[Role.SUPERVISOR],
            days,
            **options,  # type: ignore[arg-type]
        )


@pytest.fixture
def desk(sessions: sessionmaker[Session], tmp_path: Path) -> Desk:
    return Desk(build_security(sessions), tmp_path)


def test_files_go_after_the_bast_and_the_retention_and_not_before(
    desk: Desk, tmp_path: Path
) -> None:
    sec = desk.sec
    cards = [desk.print_card(n) for n in range(5)]
    sec.clock.advance(hours=1)
    lewa = [desk.hand_over(0, desk.lewa), desk.hand_over(1, desk.lewa)]
    no_bast = desk.hand_over(2, desk.nggongi)  # an event whose BAST is not written
    sec.clock.advance(hours=6)
    desk.bast(desk.lewa, tmp_path)
    sec.clock.advance(minutes=10)
    after_bast = desk.hand_over(3, desk.lewa)  # handed over after the BAST: not in it
    # Worker 4's card was printed and never handed over.
    everything = [*cards, *lewa, no_bast, after_bast]
    assert all(path.is_file() for path in everything)

    sec.clock.advance(days=30)  # the 30th day after the event: still within the retention
    within = desk.purge()
    assert within.removed == 0
    assert all(path.is_file() for path in everything)
    assert (within.kept_in_retention, within.kept_no_bast, within.kept_not_handed_over) == (
        4,
        4,
        1,
    )

    sec.clock.advance(days=1)
    dry = desk.purge(dry_run=True)
    assert dry.removed == 4
    assert all(path.is_file() for path in everything)

    done = desk.purge()
    assert done.removed == 4
    gone = [cards[0], cards[1], *lewa]
    assert not any(path.exists() for path in gone)
    kept = [cards[2], cards[3], cards[4], no_bast, after_bast]
    assert all(path.is_file() for path in kept)
    assert (done.kept_no_bast, done.kept_not_handed_over) == (4, 1)

    event = sec.events()[-1]
    assert (event.action, event.operator, event.target) == ("purge", "sari.supervisor", "documents")
    details = json.loads(event.details)
    assert details["removed"] == 4
    assert details["retention_days"] == 30
    assert details["trigger"] == "command"
    for worker in WORKERS:
        assert worker.full_name not in event.details
        assert worker.kpj not in event.details
        assert worker.nik not in event.details

    # Nggongi's BAST is written now; its files go too, the late one of Lewa stays.
    desk.bast(desk.nggongi, tmp_path)
    assert desk.purge().removed == 2
    assert not cards[2].exists()
    assert not no_bast.exists()
    assert after_bast.is_file()


def test_a_longer_retention_keeps_files_longer(desk: Desk, tmp_path: Path) -> None:
    card = desk.print_card(0)
    receipt = desk.hand_over(0, desk.lewa)
    desk.bast(desk.lewa, tmp_path)
    desk.sec.clock.advance(days=45)
    assert desk.purge(days=60).kept_in_retention == 2
    assert card.is_file()
    assert receipt.is_file()
    assert desk.purge(days=30).removed == 2


def test_purging_is_for_supervisors_and_the_start_up_purge_is_quiet(desk: Desk) -> None:
    sec = desk.sec
    with pytest.raises(PermissionDeniedError):
        purge_documents(sec.sessions, sec.auditor, sec.actors[Role.DESK], 30)
    assert sec.actions()[-1] == "denied"
    desk.print_card(0)
    before = len(sec.actions())
    report = purge_documents(sec.sessions, sec.auditor, None, 30, trigger=PurgeTrigger.START)
    assert report.kept_not_handed_over == 1
    assert len(sec.actions()) == before  # nothing removed: nothing to record at each start
