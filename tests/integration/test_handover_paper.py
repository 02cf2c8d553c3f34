"""A handover made on paper, entered afterwards: once, with its scan, approval and audit."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from db.models import Handover, HandoverKind, Role, Worker, WorkerStatus
from kiosk.config import WITA
from kiosk.usecases.audit import Auditor, PermissionDeniedError, Workstation
from kiosk.usecases.bast import bast_content, bast_document
from kiosk.usecases.handover import AlreadyHandedOverError, HandoverProblem, HandoverRefusedError
from kiosk.usecases.handover_paper import MAX_SCAN_BYTES, PaperHandoverRequest, PaperHandovers
from kiosk.usecases.settle import RetryPolicy
from printing.payload import format_serial
from tests.helpers.broken_commit import break_commits, no_waiting
from tests.helpers.security import Security
from tests.integration.test_handover import (
    WORKERS,
    cards,
    handovers,
    request_for,
    sec,
    worker_id,
)

__all__ = ["sec"]  # the fixture

PDF = b"%PDF-1.4\n% a scanned receipt\n%%EOF\n"
# The fake clock stands at 2026-11-25 09:00 WITA; the card is issued then.
AT = dt.datetime(2026, 11, 25, 9, 0, tzinfo=WITA)


def paper(
    sec: Security, auditor: Auditor | None = None, retry: RetryPolicy | None = None
) -> PaperHandovers:
    return PaperHandovers(sec.sessions, auditor or sec.auditor, retry=retry)


def issue(sec: Security, n: int = 0) -> str:
    """Issue the worker's card, then let 40 minutes pass; its serial as printed."""
    serial = cards(sec).issue(sec.actors[Role.PRINTING], worker_id(sec, n)).serial
    sec.clock.advance(minutes=40)
    return format_serial(serial)


def paper_request(card: str, **changes: object) -> PaperHandoverRequest:
    fields: dict[str, object] = {
        "kpj": WORKERS[0].kpj,
        "serial": card,
        "at": AT + dt.timedelta(minutes=20),
        "scan": PDF,
    }
    fields.update(changes)
    return PaperHandoverRequest(**fields)  # type: ignore[arg-type]


def test_a_paper_handover_is_recorded_once_with_its_scan_and_audit(sec: Security) -> None:
    serial = issue(sec)
    done = paper(sec).record(
        sec.actors[Role.DESK], paper_request(serial[-5:]), sec.actors[Role.SUPERVISOR]
    )
    assert done.kind is HandoverKind.PAPER
    with sec.sessions() as session:
        (row,) = session.scalars(select(Handover))
        assert row.kind is HandoverKind.PAPER
        assert row.paper_scan == PDF
        assert row.paper_scan_type == "pdf"
        assert row.approved_by == "sari.supervisor"
        assert (row.signature_json, row.signature_png) == ("", b"")
        at = row.handed_over_at
        assert (at if at.tzinfo else at.replace(tzinfo=dt.UTC)) == AT + dt.timedelta(minutes=20)
        worker = session.get_one(Worker, row.worker_id)
        assert worker.status is WorkerStatus.HANDED_OVER
    assert paper(sec).scan(done.handover_id) == ("pdf", PDF)
    event = sec.events()[-1]
    assert event.action == "handover"
    assert event.approver == "sari.supervisor"
    details = json.loads(event.details)
    assert (details["handover"], details["kind"], details["scan"]) == (
        done.handover_id,
        "paper",
        "pdf",
    )

    # A second entry of the same receipt, from another desk: refused, naming the first.
    other_desk = Auditor(sec.sessions, Workstation("Aula Kecamatan Lewa", "meja-02"), sec.clock)
    with pytest.raises(AlreadyHandedOverError) as refused:
        paper(sec, other_desk).record(
            sec.actors[Role.TELLER], paper_request(serial), sec.actors[Role.SUPERVISOR]
        )
    prior = refused.value.prior
    assert (prior.handover_id, prior.operator, prior.device) == (
        done.handover_id,
        "petugas1",
        "meja-01",
    )
    assert prior.kind is HandoverKind.PAPER
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 1


def test_the_same_paper_entry_sent_twice_is_recorded_once_and_said_so(sec: Security) -> None:
    request = paper_request(issue(sec))
    approver = sec.actors[Role.SUPERVISOR]
    first = paper(sec).record(sec.actors[Role.DESK], request, approver)
    again = paper(sec).record(sec.actors[Role.DESK], request, approver)
    assert (first.settled_after_retry, again.settled_after_retry) == (False, True)
    assert again.handover_id == first.handover_id
    with sec.sessions() as session:
        (row,) = session.scalars(select(Handover))
        assert row.client_id == request.client_id
    assert sec.actions().count("handover") == 1


def test_a_paper_entry_cut_after_its_commit_is_settled_without_a_double(
    sec: Security, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = paper_request(issue(sec))
    broken = break_commits(engine, monkeypatch, after_server_commit=True)
    done = paper(sec, retry=no_waiting()).record(
        sec.actors[Role.DESK], request, sec.actors[Role.SUPERVISOR]
    )
    assert broken.broken == 1
    assert done.settled_after_retry
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 1
    assert sec.actions().count("handover") == 1


def test_a_worker_handed_over_at_the_desk_is_refused_on_paper(sec: Security) -> None:
    request = request_for(sec)
    first = handovers(sec).hand_over(sec.actors[Role.DESK], request)
    sec.clock.advance(minutes=40)
    with pytest.raises(AlreadyHandedOverError) as refused:
        paper(sec).record(
            sec.actors[Role.TELLER],
            paper_request(format_serial(request.card_serial)),
            sec.actors[Role.SUPERVISOR],
        )
    assert refused.value.prior.handover_id == first.handover_id


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"scan": b"GIF89a not a receipt"}, HandoverProblem.SCAN_NOT_PDF_OR_PNG),
        ({"scan": b""}, HandoverProblem.SCAN_NOT_PDF_OR_PNG),
        ({"scan": PDF + b"0" * MAX_SCAN_BYTES}, HandoverProblem.SCAN_TOO_LARGE),
        ({"at": AT + dt.timedelta(hours=2)}, HandoverProblem.TIME_IN_FUTURE),
        ({"at": AT - dt.timedelta(days=1)}, HandoverProblem.TIME_BEFORE_CARD),
        ({"kpj": "99999999999"}, HandoverProblem.NO_WORKER),
        ({"serial": "ZZZZZZ"}, HandoverProblem.SERIAL_MISMATCH),
    ],
)
def test_what_cannot_be_entered_is_refused_and_nothing_is_recorded(
    sec: Security, changes: dict[str, object], problem: HandoverProblem
) -> None:
    serial = issue(sec)
    with pytest.raises(HandoverRefusedError) as refused:
        paper(sec).record(
            sec.actors[Role.DESK], paper_request(serial, **changes), sec.actors[Role.SUPERVISOR]
        )
    assert refused.value.problem is problem
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 0


@pytest.mark.parametrize("approver", [None, Role.TELLER, Role.DESK])
def test_without_another_supervisors_approval_it_is_refused(
    sec: Security, approver: Role | None
) -> None:
    serial = issue(sec)
    with pytest.raises(PermissionDeniedError):
        paper(sec).record(
            sec.actors[Role.DESK],
            paper_request(serial),
            sec.actors[approver] if approver else None,
        )
    with pytest.raises(PermissionDeniedError):  # a supervisor cannot approve their own entry
        paper(sec).record(
            sec.actors[Role.SUPERVISOR], paper_request(serial), sec.actors[Role.SUPERVISOR]
        )
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 0
    assert sec.actions()[-1] == "denied"


def test_the_bast_marks_a_paper_handover(sec: Security, tmp_path: Path) -> None:
    handovers(sec).hand_over(sec.actors[Role.DESK], request_for(sec, 1))
    serial = issue(sec)
    paper(sec).record(sec.actors[Role.DESK], paper_request(serial), sec.actors[Role.SUPERVISOR])
    content = bast_content(sec.sessions, sec.auditor, sec.actors[Role.SUPERVISOR])
    assert [e.kind for e in content.entries] == [HandoverKind.SIGNED, HandoverKind.PAPER]
    out = tmp_path / "bast.pdf"
    bast_document(content, out, site="Waingapu")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    (paper_line,) = [line for line in text.splitlines() if WORKERS[0].full_name in line]
    assert "di atas kertas" in paper_line  # in the signature cell
    assert text.count("di atas kertas") == 1  # the signed row keeps its signature
    assert "Tanda terima kertas" in text  # in the kind column and its totals


def test_a_png_scan_is_kept_as_such(sec: Security) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    serial = issue(sec)
    done = paper(sec).record(
        sec.actors[Role.DESK], paper_request(serial, scan=png), sec.actors[Role.SUPERVISOR]
    )
    assert paper(sec).scan(done.handover_id) == ("png", png)
