"""Print jobs: a card counts as printed only once a printer took it whole; failures retry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import zxingcpp
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import (
    Card,
    CardStatus,
    JobStatus,
    PrintJob,
    PrintKind,
    Role,
    Sex,
    Worker,
    WorkerStatus,
)
from db.workers import WorkerRecord, insert_workers
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.cards import ActiveCardExistsError, Cards, ReprintReason
from kiosk.usecases.job_records import CardInPrintError, JobNotRetryableError
from kiosk.usecases.job_render import ReceiptSettings
from kiosk.usecases.print_jobs import PrintJobs
from kiosk.usecases.settle import new_client_id
from printing.card import CardStyle
from printing.errors import PaperOutError, PrinterOfflineError, PrinterTimeoutError, PrinterUrlError
from printing.keys import private_key_from_seed, trusted_keys
from printing.payload import decode_and_verify
from tests.helpers.broken_commit import break_commits, no_waiting
from tests.helpers.printer_listener import Mode, PrinterListener, read_job
from tests.helpers.security import Security, build_security
from tests.integration.test_card_pdf import rasterise

KEY = private_key_from_seed(bytes(range(32)))
TRUSTED = trusted_keys([KEY.public_key()])
WORKER = WorkerRecord(
    nik="5311030503900011",
    kpj="25000000011",
    full_name="Umbu Ndaku Lewa",
    birth_date=dt.date(1990, 3, 5),
    sex=Sex.MALE,
    desa_code="53.11.03.2002",
    phone="081234567811",
)


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    with sessions.begin() as session:
        insert_workers(session, [WORKER])
    return build_security(sessions)


@pytest.fixture
def jobs(sec: Security) -> PrintJobs:
    serials = iter(range(1, 1000))
    cards = Cards(
        sec.sessions,
        sec.auditor,
        KEY,
        TRUSTED,
        sec.clock,
        lambda n: next(serials).to_bytes(n, "big"),
    )
    return PrintJobs(
        sec.sessions,
        sec.auditor,
        cards,
        CardStyle(),
        ReceiptSettings(site="Aula Kantor Bupati, Waingapu"),
    )


def worker_id(sec: Security) -> int:
    with sec.sessions() as session:
        return session.scalars(select(Worker.id)).one()


def all_jobs(sec: Security) -> list[PrintJob]:
    with sec.sessions() as session:
        return list(session.scalars(select(PrintJob).order_by(PrintJob.id)))


def card_of(sec: Security) -> Card:
    with sec.sessions() as session:
        return session.scalars(select(Card).where(Card.status == CardStatus.ACTIVE)).one()


def qr_from_pdf(pdf: Path) -> str:
    (code,) = zxingcpp.read_barcodes(rasterise(pdf, 1))
    return code.text


def test_a_card_to_a_pdf_folder_is_printed_and_its_qr_verifies(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    outcome = jobs.print_card(sec.actors[Role.PRINTING], wid, f"folder://{tmp_path}")

    assert outcome.sent
    assert outcome.attempts == 1
    assert outcome.error is None
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.name == f"kartu-{outcome.serial_text}.pdf"
    # The outcome says which file it became, and carries the card as printed.
    assert outcome.file == str(pdf)
    assert outcome.document == pdf.read_bytes()
    verified = decode_and_verify(qr_from_pdf(pdf), TRUSTED)
    assert verified.claims.kpj == WORKER.kpj
    (job,) = all_jobs(sec)
    assert (job.status, job.kind, job.attempts, job.operator) == (
        JobStatus.SENT,
        PrintKind.CARD,
        1,
        "cetak1",
    )
    assert job.printer == f"folder://{tmp_path}"
    assert card_of(sec).printed_at is not None
    with sec.sessions() as session:
        assert session.get_one(Worker, wid).status is WorkerStatus.CARD_PRINTED
    event = sec.events()[-1]
    assert event.action == "print"
    assert json.loads(event.details)["printer"] == f"folder://{tmp_path}"


def test_a_job_whose_recording_was_cut_after_its_commit_prints_once(
    sec: Security, jobs: PrintJobs, tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs.reconnect = no_waiting()
    broken = break_commits(
        engine, monkeypatch, after_server_commit=True, inserting_into="print_job"
    )
    client_id = new_client_id()
    outcome = jobs.print_card(
        sec.actors[Role.PRINTING], worker_id(sec), f"folder://{tmp_path}", client_id=client_id
    )
    assert broken.broken == 1
    assert outcome.sent
    (job,) = all_jobs(sec)  # the job recorded before the break is the one printed
    assert (job.client_id, job.status, job.id) == (client_id, JobStatus.SENT, outcome.job_id)
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    # Asked again with the same id (the answer was lost): the record answers, no second card.
    again = jobs.print_card(
        sec.actors[Role.PRINTING], worker_id(sec), f"folder://{tmp_path}", client_id=client_id
    )
    assert again.settled_after_retry
    assert (again.job_id, again.status) == (job.id, JobStatus.SENT)
    assert len(all_jobs(sec)) == 1
    assert len(list(tmp_path.glob("*.pdf"))) == 1


def test_a_printed_card_is_not_printed_again_without_a_reprint(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path}")
    with pytest.raises(ActiveCardExistsError):
        jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path}")
    assert len(all_jobs(sec)) == 1


def test_a_failed_card_counts_as_not_printed_and_goes_to_another_printer(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    missing = tmp_path / "not-mounted"
    failed = jobs.print_card(sec.actors[Role.PRINTING], wid, f"folder://{missing}")

    assert failed.status is JobStatus.FAILED
    assert isinstance(failed.error, PrinterOfflineError)
    assert failed.file is None
    (job,) = all_jobs(sec)
    assert job.status is JobStatus.FAILED
    assert job.error is not None
    assert job.error.startswith("PrinterOfflineError: ")
    assert card_of(sec).printed_at is None
    with sec.sessions() as session:
        assert session.get_one(Worker, wid).status is WorkerStatus.REGISTERED

    other = tmp_path / "other"
    other.mkdir()
    retried = jobs.retry(sec.actors[Role.PRINTING], failed.job_id, f"folder://{other}")
    assert retried.sent
    assert retried.attempts == 2
    assert retried.job_id == failed.job_id
    assert retried.serial_text == failed.serial_text  # the same card, not a new one
    (pdf,) = other.glob("*.pdf")
    assert decode_and_verify(qr_from_pdf(pdf), TRUSTED).claims.serial == card_of(sec).serial
    (job,) = all_jobs(sec)
    assert (job.status, job.printer, job.error) == (JobStatus.SENT, f"folder://{other}", None)
    assert card_of(sec).printed_at is not None
    with pytest.raises(JobNotRetryableError):
        jobs.retry(sec.actors[Role.PRINTING], failed.job_id)


def test_a_card_that_only_failed_to_print_can_be_printed_anew(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    failed = jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path / 'gone'}")
    again = jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path}")
    assert again.sent
    assert again.serial_text == failed.serial_text
    with sec.sessions() as session:
        assert len(session.scalars(select(Card)).all()) == 1


def test_a_job_of_unknown_outcome_blocks_printing_the_card_again(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    failed = jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path / 'gone'}")
    with sec.sessions.begin() as session:
        # As a crash in the middle of sending leaves it.
        session.get_one(PrintJob, failed.job_id).status = JobStatus.QUEUED
    with pytest.raises(CardInPrintError) as blocked:
        jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path}")
    assert blocked.value.job_id == failed.job_id
    with pytest.raises(CardInPrintError):
        jobs.print_receipt(sec.actors[Role.DESK], wid, "tcp://127.0.0.1:9")
    with pytest.raises(JobNotRetryableError):
        jobs.retry(sec.actors[Role.DESK], failed.job_id)
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_receipt_reaches_the_printer_with_a_verifiable_qr_and_a_masked_nik(
    sec: Security, jobs: PrintJobs
) -> None:
    wid = worker_id(sec)
    with PrinterListener() as printer:
        outcome = jobs.print_receipt(sec.actors[Role.DESK], wid, printer.url + "?qr=native")
        received = read_job(printer.next_job())

    assert outcome.sent
    assert outcome.kind is PrintKind.RECEIPT
    (payload,) = received.native_qr
    verified = decode_and_verify(payload.decode("ascii"), TRUSTED)
    assert verified.claims.serial == card_of(sec).serial
    text = "\n".join(received.lines)
    assert "Umbu Ndaku Lewa" in text
    nik_line = next(line for line in received.lines if line.startswith("NIK"))
    assert nik_line.split(":")[1].strip().startswith("5311")
    assert nik_line.endswith("0011")
    assert WORKER.nik not in text
    assert "Aula Kantor Bupati," in text
    assert "Waingapu" in text
    # A receipt is not the CR80 card: the card still counts as not printed.
    assert card_of(sec).printed_at is None
    (job,) = all_jobs(sec)
    assert job.status is JobStatus.SENT
    # The worker's copy can be printed again: it is the same card.
    with PrinterListener() as printer:
        again = jobs.print_receipt(sec.actors[Role.DESK], wid, printer.url)
        raster = read_job(printer.next_job()).rasters[0]
    assert again.sent
    assert again.serial_text == outcome.serial_text
    (code,) = zxingcpp.read_barcodes(raster.image())
    assert decode_and_verify(code.text, TRUSTED).claims.serial == card_of(sec).serial


@pytest.mark.parametrize(
    ("mode", "url_options", "error"),
    [
        (Mode.REFUSE, "", PrinterOfflineError),
        (Mode.SILENT, "?status=on&timeout=0.3", PrinterOfflineError),
        (Mode.STALLED, "?timeout=0.5", PrinterTimeoutError),
        (Mode.PAPER_OUT, "?status=on", PaperOutError),
    ],
)
def test_a_dead_receipt_printer_leaves_a_failed_job_to_retry_elsewhere(
    sec: Security, jobs: PrintJobs, mode: Mode, url_options: str, error: type[Exception]
) -> None:
    wid = worker_id(sec)
    with PrinterListener(mode) as dead:
        failed = jobs.print_receipt(sec.actors[Role.DESK], wid, dead.url + url_options)
    assert failed.status is JobStatus.FAILED
    assert isinstance(failed.error, error)
    assert card_of(sec).printed_at is None
    (job,) = all_jobs(sec)
    assert job.status is JobStatus.FAILED
    assert job.error

    with PrinterListener() as working:
        retried = jobs.retry(sec.actors[Role.DESK], failed.job_id, working.url)
        assert read_job(working.next_job()).rasters
    assert retried.sent
    assert retried.attempts == 2
    assert card_of(sec).printed_at is None  # a receipt, not the card


def test_a_reprint_prints_the_new_card_and_the_old_one_is_replaced(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    first = jobs.print_card(sec.actors[Role.PRINTING], wid, f"folder://{tmp_path}")
    second = jobs.reprint_card(
        sec.actors[Role.PRINTING],
        wid,
        ReprintReason.SPOILED,
        sec.actors[Role.SUPERVISOR],
        f"folder://{tmp_path}",
    )
    assert second.sent
    assert second.serial_text != first.serial_text
    with sec.sessions() as session:
        statuses = sorted(c.status.value for c in session.scalars(select(Card)))
    assert statuses == ["active", "replaced"]
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert sec.actions()[-1] == "reprint"


def test_printing_needs_the_permission_and_a_good_url(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    with pytest.raises(PermissionDeniedError):
        jobs.print_card(sec.actors[Role.ADMIN], wid, f"folder://{tmp_path}")
    with pytest.raises(PrinterUrlError):
        jobs.print_card(sec.actors[Role.DESK], wid, "lpt1")
    with pytest.raises(PrinterUrlError):
        jobs.print_receipt(sec.actors[Role.DESK], wid, "tcp://")
    assert all_jobs(sec) == []
    with sec.sessions() as session:
        assert session.scalars(select(Card)).all() == []


def test_the_job_list_shows_failures_first_to_find(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    failed = jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path / 'gone'}")
    (row,) = jobs.jobs(sec.actors[Role.DESK], status=JobStatus.FAILED)
    assert (row.job_id, row.worker_name, row.kpj) == (failed.job_id, WORKER.full_name, WORKER.kpj)
    assert row.error is not None
    assert "gone" in row.error
    assert jobs.jobs(sec.actors[Role.DESK], status=JobStatus.SENT) == []
    assert [r.job_id for r in jobs.jobs(sec.actors[Role.DESK], worker_id=wid)] == [failed.job_id]


def test_the_job_list_comes_in_pages_that_say_how_many_there_are(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    desk = sec.actors[Role.DESK]
    wid = worker_id(sec)
    jobs.print_card(desk, wid, f"folder://{tmp_path / 'gone'}")  # failed
    for n in range(3):
        sec.clock.advance(minutes=1)
        (tmp_path / str(n)).mkdir()
        assert jobs.print_receipt(desk, wid, f"folder://{tmp_path / str(n)}").sent
    first = jobs.jobs_page(desk, limit=2)
    assert (first.first, first.last, first.total) == (1, 2, 4)
    second = jobs.jobs_page(desk, offset=2, limit=2)
    assert (second.first, second.last, second.total) == (3, 4, 4)
    assert {r.job_id for r in first.rows}.isdisjoint(r.job_id for r in second.rows)
    assert second.rows[-1].status is JobStatus.FAILED  # the oldest
    beyond = jobs.jobs_page(desk, offset=4, limit=2)
    assert (beyond.rows, beyond.first, beyond.last, beyond.total) == ((), 0, 0, 4)
    assert jobs.jobs_page(desk, status=JobStatus.SENT).total == 3
    assert jobs.jobs_page(desk, kpj=WORKER.kpj).total == 4
    assert jobs.jobs_page(desk, kpj="99999999999").total == 0


def test_the_preview_is_a_card_whose_qr_is_not_genuine(sec: Security, jobs: PrintJobs) -> None:
    wid = worker_id(sec)
    pdf = jobs.preview_card(sec.actors[Role.DESK], wid)
    assert pdf.startswith(b"%PDF")
    assert sec.actions().count("print") == 0
    # Showing a worker's card on screen is a view of their data: audited.
    event = sec.events()[-1]
    assert (event.action, event.operator, event.target) == (
        "preview_card",
        sec.actors[Role.DESK].username,
        f"worker:{wid}",
    )
    with pytest.raises(PermissionDeniedError):
        jobs.preview_card(sec.actors[Role.ADMIN], wid)
    with sec.sessions() as session:
        assert session.scalars(select(Card)).all() == []


def test_a_single_pdf_folder_job_left_queued_by_a_crash_is_recovered_as_printed(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    from kiosk.usecases.batch_plan import BatchScope
    from kiosk.usecases.print_batch import CardBatches

    wid = worker_id(sec)
    done = jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path}")
    with sec.sessions.begin() as session:  # the crash: the file is there, the answer is not
        session.get_one(PrintJob, done.job_id).status = JobStatus.QUEUED
        session.get_one(Card, card_of(sec).serial).printed_at = None
    CardBatches(sec.sessions, sec.auditor, jobs.cards, CardStyle()).recover(
        BatchScope("53.11.03", "Lewa")
    )
    (job,) = all_jobs(sec)
    assert job.status is JobStatus.SENT
    assert card_of(sec).printed_at is not None


def test_a_retry_while_the_card_is_being_printed_elsewhere_is_refused(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    failed = jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path / 'gone'}")
    other = jobs.print_card(sec.actors[Role.TELLER], wid, f"folder://{tmp_path / 'gone2'}")
    with sec.sessions.begin() as session:  # the other desk is sending right now
        session.get_one(PrintJob, other.job_id).status = JobStatus.QUEUED
    with pytest.raises(CardInPrintError):
        jobs.retry(sec.actors[Role.DESK], failed.job_id, f"folder://{tmp_path}")
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_supervisor_settles_a_job_of_unknown_outcome(
    sec: Security, jobs: PrintJobs, tmp_path: Path
) -> None:
    wid = worker_id(sec)
    done = jobs.print_card(sec.actors[Role.DESK], wid, f"folder://{tmp_path / 'gone'}")
    with sec.sessions.begin() as session:
        session.get_one(PrintJob, done.job_id).status = JobStatus.QUEUED
    with pytest.raises(PermissionDeniedError):
        jobs.resolve(sec.actors[Role.DESK], done.job_id, printed=True, approved_by=None)
    jobs.resolve(
        sec.actors[Role.DESK], done.job_id, printed=False, approved_by=sec.actors[Role.SUPERVISOR]
    )
    (job,) = all_jobs(sec)
    assert job.status is JobStatus.FAILED
    assert jobs.retry(sec.actors[Role.DESK], done.job_id, f"folder://{tmp_path}").sent
    assert sec.events()[-2].approver == "sari.supervisor"
