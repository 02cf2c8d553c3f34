"""The collective way to the bank: a file of applications out, the bank's result file in.

For sites where the bank takes files rather than calls: the pending applications go out as
one CSV for the bank; the bank's result file (account numbers by NIK) comes back and marks
applications opened or rejected, and workers without an application pre-opened (the bank's
collective opening from the registration list). Rows the kiosk cannot use are reported with
their line and reason; the good rows are applied.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import enum
import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import AccountStatus, ApplicationStatus, BankAccount, BankApplication, Region, Worker
from kiosk.registry.identifiers import check_nik
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor

EXPORT_COLUMNS = (
    "application_no",
    "nik",
    "full_name",
    "birth_place",
    "birth_date",
    "sex",
    "mother_maiden_name",
    "marital_status",
    "occupation",
    "source_of_funds",
    "average_income",
    "purpose",
    "address_ktp",
    "current_address",
    "phone",
    "branch",
)
_ACCOUNT_NUMBER = re.compile(r"[0-9A-Z][0-9A-Z-]{5,39}")
_OPENED = {"opened", "dibuka", "pre_opened", "aktif"}
_REJECTED = {"rejected", "ditolak"}


class ResultProblem(enum.StrEnum):
    NO_HEADER = "no_header"  # the file has no nik / account_number / status columns
    NIK_INVALID = "nik_invalid"
    NIK_UNKNOWN = "nik_unknown"  # no worker in the registry has it
    ACCOUNT_INVALID = "account_invalid"
    STATUS_UNKNOWN = "status_unknown"
    ACCOUNT_OF_ANOTHER = "account_of_another"  # the number belongs to another worker here
    HAS_OTHER_ACCOUNT = "has_other_account"  # the worker has a different account already
    DUPLICATE_ROW = "duplicate_row"  # the same NIK earlier in the file
    NOTHING_TO_REJECT = "nothing_to_reject"  # rejected, but no pending application


@dataclass(frozen=True)
class BadRow:
    line: int
    problem: ResultProblem
    column: str


@dataclass(frozen=True)
class ResultReport:
    opened: int = 0  # pending applications the bank opened
    pre_opened: int = 0  # workers without application, opened collectively
    rejected: int = 0
    unchanged: int = 0  # already recorded so (the same file imported again)
    bad: tuple[BadRow, ...] = ()


class BankFiles:
    def __init__(self, sessions: sessionmaker[Session], auditor: Auditor) -> None:
        self.sessions = sessions
        self.auditor = auditor

    def export_pending(self, actor: Actor | None, out: Path, approved_by: Actor | None) -> int:
        """Write the pending applications as one CSV for the bank (semicolons, UTF-8 with a
        BOM: it opens in a spreadsheet as it is). Personal data leaves the kiosk: an export,
        with a supervisor's approval, audited. Returns how many applications."""
        actor = self.auditor.require(actor, Permission.EXPORT)
        if (
            approved_by is None
            or not approved_by.may(Permission.APPROVE)
            or approved_by.username == actor.username
        ):
            self.auditor.deny(approved_by or actor, Permission.APPROVE)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(EXPORT_COLUMNS)
        with self.sessions() as session:
            rows = session.execute(
                select(BankApplication, Worker, Region.name)
                .join(Worker, Worker.id == BankApplication.worker_id)
                .outerjoin(Region, Region.code == Worker.desa_code)
                .where(BankApplication.status == ApplicationStatus.PENDING)
                .order_by(BankApplication.id)
            ).all()
            for application, _worker, _desa in rows:
                # The request as saved: the same data as the API would carry.
                sent = json.loads(application.request_json)
                writer.writerow(_safe(str(sent[column])) for column in EXPORT_COLUMNS)
        temporary = out.with_name(f".{out.name}.part")
        # NIKs and mothers' maiden names: readable by the kiosk's user alone.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with open(descriptor, "w", encoding="utf-8-sig", newline="") as file:
                file.write(buffer.getvalue())
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, out)
        finally:
            temporary.unlink(missing_ok=True)
        self.auditor.record_now(
            actor,
            AuditAction.EXPORT,
            details={
                "document": "bank_applications",
                "applications": [application.application_no for application, _, _ in rows],
            },
            approver=approved_by.username,
        )
        return len(rows)

    def import_results(self, actor: Actor | None, path: Path) -> ResultReport:
        """Read the bank's result file (CSV with columns nik, account_number, status and
        optionally reason and application_no) and apply its good rows in one transaction."""
        actor = self.auditor.require(actor, Permission.OPEN_ACCOUNT)
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        delimiter = ";" if text.count(";") >= text.count(",") else ","
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        header = {(name or "").strip().lower() for name in reader.fieldnames or ()}
        if not {"nik", "account_number", "status"} <= header:
            return ResultReport(bad=(BadRow(1, ResultProblem.NO_HEADER, ""),))
        now = self.auditor.clock()
        report = ResultReport()
        bad: list[BadRow] = []
        seen: set[str] = set()
        with self.sessions.begin() as session:
            lock_for_write(session)
            for number, raw in enumerate(reader, start=2):
                row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
                problem, column, outcome = self._apply_row(session, row, seen, now)
                if problem is not None:
                    bad.append(BadRow(number, problem, column))
                    continue
                report = dataclasses.replace(report, **{outcome: getattr(report, outcome) + 1})
            self.auditor.record(
                session,
                actor,
                AuditAction.BANK_SUBMISSION,
                details={
                    "step": "result_file",
                    "opened": report.opened,
                    "pre_opened": report.pre_opened,
                    "rejected": report.rejected,
                    "bad_rows": len(bad),
                },
            )
        return dataclasses.replace(report, bad=tuple(bad))

    def _apply_row(
        self, session: Session, row: dict[str, str], seen: set[str], now: dt.datetime
    ) -> tuple[ResultProblem | None, str, str]:
        checked = check_nik(row.get("nik", ""), today=now.date())
        if checked.nik is None:
            return ResultProblem.NIK_INVALID, "nik", ""
        nik = checked.nik
        if nik in seen:
            return ResultProblem.DUPLICATE_ROW, "nik", ""
        seen.add(nik)
        worker = session.scalar(select(Worker).where(Worker.nik == nik))
        if worker is None:
            return ResultProblem.NIK_UNKNOWN, "nik", ""
        status = row.get("status", "").lower()
        query = select(BankApplication).where(
            BankApplication.worker_id == worker.id,
            BankApplication.status == ApplicationStatus.PENDING,
        )
        if row.get("application_no"):
            # An old result file must not settle a newer application of the same worker.
            query = query.where(BankApplication.application_no == row["application_no"])
        pending = session.scalar(query.order_by(BankApplication.id.desc()).limit(1))
        if status in _REJECTED:
            if pending is None:
                return ResultProblem.NOTHING_TO_REJECT, "status", ""
            pending.status = ApplicationStatus.REJECTED
            pending.reject_code = (row.get("reason") or "UNKNOWN")[:40]
            pending.reject_message = "collective result file"
            pending.updated_at = now
            return None, "", "rejected"
        if status not in _OPENED:
            return ResultProblem.STATUS_UNKNOWN, "status", ""
        number = row.get("account_number", "").upper().replace(" ", "")
        if not _ACCOUNT_NUMBER.fullmatch(number):
            return ResultProblem.ACCOUNT_INVALID, "account_number", ""
        holder = session.scalar(select(BankAccount).where(BankAccount.account_number == number))
        if holder is not None and holder.worker_id != worker.id:
            return ResultProblem.ACCOUNT_OF_ANOTHER, "account_number", ""
        account = session.scalar(select(BankAccount).where(BankAccount.worker_id == worker.id))
        if account is not None:
            if account.account_number != number:
                return ResultProblem.HAS_OTHER_ACCOUNT, "account_number", ""
            return None, "", "unchanged"
        if pending is not None:
            pending.status = ApplicationStatus.OPENED
            pending.account_number = number
            pending.updated_at = now
        session.add(
            BankAccount(
                worker_id=worker.id,
                account_number=number,
                status=AccountStatus.OPENED if pending is not None else AccountStatus.PRE_OPENED,
                application_id=pending.id if pending is not None else None,
                opened_at=now,
                specimen_png=pending.signature_png if pending is not None else None,
            )
        )
        session.flush()
        return None, "", "opened" if pending is not None else "pre_opened"


def _safe(value: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
