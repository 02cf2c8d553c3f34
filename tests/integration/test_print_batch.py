"""Batch printing: sorted by desa then name, resumable, and never a card printed twice."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path

import pytest
import zxingcpp
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Card, CardStatus, JobStatus, PrintJob, Role, Sex, Worker
from db.workers import WorkerRecord, insert_workers
from kiosk.usecases.batch_plan import BatchScope
from kiosk.usecases.batch_recovery import INTERRUPTED
from kiosk.usecases.cards import Cards
from kiosk.usecases.job_render import ReceiptSettings
from kiosk.usecases.print_batch import CardBatches
from kiosk.usecases.print_jobs import PrintJobs
from printing.card import CardStyle
from printing.card_printers import parse_card_printer_url
from printing.errors import PrinterOfflineError
from printing.keys import private_key_from_seed, trusted_keys
from printing.payload import decode_and_verify, format_serial
from tests.helpers.security import Security, build_security
from tests.integration.test_card_pdf import rasterise

KEY = private_key_from_seed(bytes(range(32)))
TRUSTED = trusted_keys([KEY.public_key()])
LEWA = BatchScope("53.11.03", "Lewa")

# Kambuhapang (53.11.03.2002) sorts before Kondamara (2004) and Lewa Paku (1001).
PEOPLE = [
    ("Umbu Ndaku", "53.11.03.1001"),
    ("Rambu Ana", "53.11.03.2004"),
    ("Yohanis Hina", "53.11.03.2002"),
    ("Ata Ndima", "53.11.03.2002"),
    ("Maria Kahi", "53.11.03.2004"),
    ("Paulus Njurumana", "53.11.04.2001"),  # another kecamatan: not in the batch
]
EXPECTED_ORDER = ["Ata Ndima", "Yohanis Hina", "Maria Kahi", "Rambu Ana", "Umbu Ndaku"]


def record(n: int, name: str, desa: str) -> WorkerRecord:
    return WorkerRecord(
        nik=f"53110305039{n:05d}",
        kpj=f"250000{n:05d}",
        full_name=name,
        birth_date=dt.date(1990, 3, 5),
        sex=Sex.MALE,
        desa_code=desa,
        phone=None,
    )


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    with sessions.begin() as session:
        insert_workers(session, [record(n, *p) for n, p in enumerate(PEOPLE, start=1)])
    return build_security(sessions)


def batches(sec: Security, cards_per_file: int = 2) -> CardBatches:
    cards = Cards(sec.sessions, sec.auditor, KEY, TRUSTED, sec.clock, os.urandom)
    return CardBatches(
        sec.sessions,
        sec.auditor,
        cards,
        CardStyle(),
        parse_card_printer_url,
        cards_per_file=cards_per_file,
    )


def names_by_serial(sec: Security) -> dict[str, str]:
    with sec.sessions() as session:
        rows = session.execute(select(Card.serial, Worker.full_name).join(Worker))
        return {format_serial(serial): name for serial, name in rows}


def printed_order(sec: Security) -> list[str]:
    """The workers in the order their sent jobs' files hold them."""
    names = names_by_serial(sec)
    with sec.sessions() as session:
        jobs = session.scalars(
            select(PrintJob).where(PrintJob.status == JobStatus.SENT).order_by(PrintJob.id)
        ).all()
    return [names[format_serial(job.card_serial)] for job in jobs]


def assert_each_worker_printed_once(sec: Security) -> None:
    with sec.sessions() as session:
        cards = session.scalars(select(Card)).all()
        sent = Counter(
            session.scalars(select(PrintJob.card_serial).where(PrintJob.status == JobStatus.SENT))
        )
    assert len(cards) == len(EXPECTED_ORDER)
    assert all(card.status is CardStatus.ACTIVE and card.printed_at for card in cards)
    assert sorted(sent.values()) == [1] * len(EXPECTED_ORDER)


def test_a_kecamatan_prints_in_desa_then_name_order_in_hopper_sized_files(
    sec: Security, tmp_path: Path
) -> None:
    progress: list[tuple[int, int]] = []
    result = batches(sec).run(
        sec.actors[Role.PRINTING],
        LEWA,
        out=tmp_path / "lewa.pdf",
        progress=lambda done, total: progress.append((done, total)),
    )

    assert result.printed == 5
    assert not result.cancelled
    assert result.failure is None
    assert [p.name for p in result.files] == ["lewa-001.pdf", "lewa-002.pdf", "lewa-003.pdf"]
    assert printed_order(sec) == EXPECTED_ORDER
    assert progress[0] == (0, 5)
    assert progress[-1] == (5, 5)
    assert_each_worker_printed_once(sec)
    # The first file's first page is Ata Ndima's card, with a QR code that verifies.
    (code,) = zxingcpp.read_barcodes(rasterise(result.files[0], 1))
    serial = format_serial(decode_and_verify(code.text, TRUSTED).claims.serial)
    assert names_by_serial(sec)[serial] == "Ata Ndima"
    assert sec.actions().count("print") == 5

    again = batches(sec).run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf")
    assert again.printed == 0
    assert again.plan.printed == 5
    assert again.files == []


def test_a_cancelled_batch_resumes_without_printing_a_card_twice(
    sec: Security, tmp_path: Path
) -> None:
    taken: list[int] = []

    def cancel_after_three() -> bool:
        taken.append(1)
        return len(taken) > 4  # checked before each file and before each card

    first = batches(sec).run(
        sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf", cancelled=cancel_after_three
    )
    assert first.cancelled
    assert first.printed == 2
    assert [p.name for p in first.files] == ["lewa-001.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir() if "lewa" in p.name) == ["lewa-001.pdf"]
    plan = batches(sec).plan(LEWA)
    assert (plan.registered, plan.printed, plan.unsettled, plan.to_print) == (5, 2, 0, 3)

    second = batches(sec).run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf")
    assert second.printed == 3
    assert [p.name for p in second.files] == ["lewa-2-001.pdf", "lewa-2-002.pdf"]
    assert_each_worker_printed_once(sec)
    assert sorted(printed_order(sec)) == sorted(EXPECTED_ORDER)


def test_after_a_crash_a_finished_file_counts_and_a_missing_one_is_printed_again(
    sec: Security, tmp_path: Path
) -> None:
    batch = batches(sec)
    batch.run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf")
    # Make it look as if the process died: one file renamed into place before the database
    # heard of it, the other never finished.
    with sec.sessions.begin() as session:
        jobs = session.scalars(select(PrintJob).order_by(PrintJob.id)).all()
        for job in jobs:
            job.status = JobStatus.QUEUED
        for card in session.scalars(select(Card)):
            card.printed_at = None
    (tmp_path / "lewa-003.pdf").unlink()

    # The plan counts the dead run's jobs as recovery will settle them (issue 11, item 8).
    plan = batch.plan(LEWA)
    assert (plan.printed, plan.unsettled, plan.claimed, plan.to_print) == (4, 0, 0, 1)
    result = batch.run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf")
    assert result.printed == 1  # only the card of the missing file
    assert [p.name for p in result.files] == ["lewa-2-001.pdf"]
    with sec.sessions() as session:
        statuses = Counter((job.document, job.status) for job in session.scalars(select(PrintJob)))
        errors = set(session.scalars(select(PrintJob.error).where(PrintJob.error.is_not(None))))
    assert statuses == {
        ("lewa-001.pdf", JobStatus.SENT): 2,
        ("lewa-002.pdf", JobStatus.SENT): 2,
        ("lewa-003.pdf", JobStatus.FAILED): 1,
        ("lewa-2-001.pdf", JobStatus.SENT): 1,
    }
    assert errors == {INTERRUPTED}
    assert_each_worker_printed_once(sec)


def test_a_printer_that_refuses_stops_the_batch_and_a_rerun_finishes_it(
    sec: Security, tmp_path: Path
) -> None:
    spool = tmp_path / "spool"  # the card printer's software's folder, not mounted yet
    result = batches(sec).run(sec.actors[Role.PRINTING], LEWA, printer=f"folder://{spool}")
    assert isinstance(result.failure, PrinterOfflineError)
    assert result.printed == 0
    plan = batches(sec).plan(LEWA)
    assert (plan.printed, plan.unsettled, plan.to_print) == (0, 0, 5)

    spool.mkdir()
    second = batches(sec).run(sec.actors[Role.PRINTING], LEWA, printer=f"folder://{spool}")
    assert second.printed == 5
    assert second.failure is None
    assert len(list(spool.glob("*.pdf"))) == 3
    assert_each_worker_printed_once(sec)
    with sec.sessions() as session:
        failed = session.scalars(select(PrintJob).where(PrintJob.status == JobStatus.FAILED)).all()
    assert len(failed) == 2
    assert all(j.error and "PrinterOfflineError" in j.error for j in failed)


def test_a_card_printed_at_a_desk_while_the_batch_runs_is_not_printed_again(
    sec: Security, tmp_path: Path
) -> None:
    batch = batches(sec)
    desk = PrintJobs(sec.sessions, sec.auditor, batch.cards, CardStyle(), ReceiptSettings())
    with sec.sessions() as session:
        last = session.scalars(select(Worker.id).where(Worker.full_name == "Umbu Ndaku")).one()
    desk_folder = tmp_path / "desk"
    desk_folder.mkdir()

    def progress(done: int, total: int) -> None:
        if done == 1:  # the batch is under way; Umbu Ndaku comes last
            assert desk.print_card(sec.actors[Role.DESK], last, f"folder://{desk_folder}").sent

    result = batch.run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf",
                       progress=progress)  # fmt: skip
    assert result.printed == 4
    assert result.skipped_changed == 1
    assert_each_worker_printed_once(sec)


def test_a_batch_to_a_card_printer_folder_resumes_with_new_file_names(
    sec: Security, tmp_path: Path
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    calls: list[int] = []
    first = batches(sec).run(
        sec.actors[Role.PRINTING],
        LEWA,
        printer=f"folder://{spool}",
        cancelled=lambda: len(calls.append(1) or calls) > 4,  # type: ignore[func-returns-value]
    )
    assert first.cancelled
    assert first.printed == 2
    sec.clock.now += dt.timedelta(minutes=5)
    second = batches(sec).run(sec.actors[Role.PRINTING], LEWA, printer=f"folder://{spool}")
    assert second.printed == 3
    assert second.failure is None
    assert len(list(spool.glob("*.pdf"))) == 3
    assert_each_worker_printed_once(sec)


def sent_per_card(sec: Security) -> Counter[int]:
    with sec.sessions() as session:
        return Counter(
            session.scalars(select(PrintJob.card_serial).where(PrintJob.status == JobStatus.SENT))
        )


def test_a_batch_started_while_another_draws_skips_the_cards_the_other_claimed(
    sec: Security, tmp_path: Path
) -> None:
    """Issue 11, item 6: the second run once settled the first's queued jobs as interrupted
    and printed their cards again."""
    second: list[object] = []

    def progress(done: int, total: int) -> None:
        if done == 1 and not second:  # the first file's 2 cards are claimed and being drawn
            plan = batches(sec).plan(LEWA)
            assert (plan.claimed, plan.to_print) == (2, 3)
            second.append(batches(sec).run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "b"))

    first = batches(sec).run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "a", progress=progress)
    (other,) = second
    assert isinstance(other, type(first))
    assert other.plan.claimed == 2
    assert other.printed == 3
    assert first.printed == 2
    assert first.skipped_claimed + first.skipped_changed == 3  # the second took the rest
    assert sorted(sent_per_card(sec).values()) == [1] * 5
    assert_each_worker_printed_once(sec)


def test_batches_sharing_a_folder_never_take_each_others_files(
    sec: Security, tmp_path: Path
) -> None:
    """Issue 11, item 7: a file name another batch took is never adopted nor overwritten."""
    other_scope = BatchScope("53.11.04", "Nggaha Ori Angu")
    inner: list[object] = []

    def progress(done: int, total: int) -> None:
        if done == 1 and not inner:  # Lewa's first file is being drawn, not yet named
            inner.append(batches(sec).run(sec.actors[Role.PRINTING], other_scope,
                                          out=tmp_path / "y.pdf"))  # fmt: skip

    lewa = batches(sec).run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "y.pdf",
                            progress=progress)  # fmt: skip
    (other,) = inner
    assert isinstance(other, type(lewa))
    assert [p.name for p in other.files] == ["y-001.pdf"]
    assert [p.name for p in lewa.files] == ["y-2-001.pdf", "y-2-002.pdf", "y-2-003.pdf"]
    with sec.sessions() as session:
        documents = Counter(session.scalars(select(PrintJob.document)))
    assert documents == {"y-001.pdf": 1, "y-2-001.pdf": 2, "y-2-002.pdf": 2, "y-2-003.pdf": 1}
    assert sorted(sent_per_card(sec).values()) == [1] * 6


def test_a_dead_runs_jobs_count_only_for_a_file_with_their_bytes(
    sec: Security, tmp_path: Path
) -> None:
    """Issue 11, items 7 and 8: a file of the name the dead run meant, but written by another
    batch, is not its file; the plan says what the run will then print."""
    batch = batches(sec)
    batch.run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf")
    with sec.sessions.begin() as session:  # the crash, as above
        for job in session.scalars(select(PrintJob)):
            job.status = JobStatus.QUEUED
        for card in session.scalars(select(Card)):
            card.printed_at = None
    (tmp_path / "lewa-001.pdf").write_bytes(b"another batch's file of the same name")
    (tmp_path / "lewa-003.pdf").unlink()
    leftover = tmp_path / ".lewa-004~0123456789abcdef0123456789abcdef~x1.part"
    leftover.write_bytes(b"half a file")

    plan = batch.plan(LEWA)
    assert (plan.printed, plan.unsettled, plan.claimed, plan.to_print) == (2, 0, 0, 3)
    result = batch.run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf")
    assert result.printed == 3
    assert not leftover.exists()  # its run holds no lock: a dead run's
    assert (tmp_path / "lewa-001.pdf").read_bytes() == b"another batch's file of the same name"
    assert sorted(sent_per_card(sec).values()) == [1] * 5
    assert_each_worker_printed_once(sec)


def test_a_dead_runs_spool_folder_is_removed_and_a_live_ones_is_kept(
    sec: Security, tmp_path: Path
) -> None:
    from db.run_locks import hold_file_lock

    root = tmp_path / "tmp"
    dead, live = root / "kiosk-batch-dead", root / "kiosk-batch-live"
    for folder in (dead, live):
        folder.mkdir(parents=True)
        (folder / "lock").touch()
    spooled = CardBatches(
        sec.sessions, sec.auditor, batches(sec).cards, CardStyle(), spool_root=root
    )
    with hold_file_lock(live / "lock"):
        spooled.run(sec.actors[Role.PRINTING], LEWA, out=tmp_path / "lewa.pdf")
        assert sorted(p.name for p in root.iterdir()) == ["kiosk-batch-live"]
