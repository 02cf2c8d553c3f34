"""Opening a worker's Bank NTT savings account: the application, the outbox, the answer.

An application is saved here first, with the customer due-diligence data, the consent and a
specimen signature; a background worker sends it until the bank answers. Its number is the
idempotency key, so a retry after a lost answer gets the same account: never two. Event
halls have poor networks: nothing is lost when the bank cannot be reached, and a restarted
kiosk goes on sending.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import (
    AccountStatus,
    ApplicationStatus,
    BankAccount,
    BankApplication,
    Handover,
    HandoverKind,
    Region,
    RegionLevel,
    Worker,
)
from kiosk.bank.model import (
    AccountRequest,
    BankConnector,
    BankRequestRefusedError,
    BankUnavailableError,
    IncomeBand,
    MaritalStatus,
    Opened,
)
from kiosk.config import WITA
from kiosk.registry.identifiers import check_nik, mask_nik
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.bank_form import (
    CONSENT_TEXT,
    AccountForm,
    AccountStanding,
    AccountState,
    FormProblem,
    FormRefusedError,
    Prefill,
    account_standing,
    address_with_region,
    tidy_form,
)
from kiosk.usecases.handover import SIGNATURE_PNG_WIDTH
from kiosk.usecases.settle import RetryPolicy, new_client_id, settle
from printing.signature import Signature, signature_problem
from printing.signature_picture import render_signature_png

# A kiosk sending an application keeps others off it for longer than the connector can
# take (3 attempts of 10 s to connect and 10 s to read, and the waits between).
LEASE = dt.timedelta(minutes=5)
FIRST_RETRY = dt.timedelta(seconds=5)
LONGEST_WAIT = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class SendReport:
    opened: int = 0
    rejected: int = 0
    waiting: int = 0  # the bank could not be reached; they go again later


class BankAccounts:
    """Applications for accounts, and the outbox that sends them."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        *,
        new_number: Callable[[], str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.retry = retry or RetryPolicy()
        self.new_number = new_number or (lambda: secrets.token_hex(8).upper())

    # -- the form -----------------------------------------------------------------------

    def prefill(self, actor: Actor | None, worker_id: int) -> Prefill:
        """The form's start: personal data, for those who may open accounts only."""
        self.auditor.require(actor, Permission.OPEN_ACCOUNT, target=worker_target(worker_id))
        with self.sessions() as session:
            worker = session.get_one(Worker, worker_id)
            # Only the worker's own signature may become the specimen, not a witness's.
            has_signature = (
                session.scalar(
                    select(func.count())
                    .select_from(Handover)
                    .where(
                        Handover.worker_id == worker_id,
                        Handover.voided_at.is_(None),
                        Handover.kind == HandoverKind.SIGNED,
                    )
                )
                or 0
            ) > 0
            return Prefill(
                worker_id=worker.id,
                full_name=worker.full_name,
                nik_masked=mask_nik(worker.nik),
                birth_place=worker.birth_place or "",
                birth_date=worker.birth_date,
                sex=worker.sex.value,
                address=_ktp_address(session, worker),
                occupation=worker.occupation or "",
                phone=worker.phone or "",
                mother_maiden_name=worker.mother_maiden_name or "",
                standing=account_standing(session, worker_id),
                has_handover_signature=has_signature,
            )

    def standing(self, worker_id: int) -> AccountStanding:
        with self.sessions() as session:
            return account_standing(session, worker_id)

    def apply(
        self,
        actor: Actor | None,
        worker_id: int,
        form: AccountForm,
        *,
        consented: bool,
        signature: Signature | None,
        reuse_handover_signature: bool = False,
        client_id: str | None = None,
    ) -> AccountStanding:
        """Save the application for sending (the outbox), with the consent and the specimen
        signature, or FormRefusedError naming every field to put right at once: the worker's
        record first, then the form's fields, the consent and the signature, in that order.

        client_id: the attempt's id (a fresh one when None). The application is saved once
        under it, whatever the connection does (kiosk.usecases.settle); saved already, its
        standing is the answer (settled_after_retry)."""
        target = worker_target(worker_id)
        actor = self.auditor.require(actor, Permission.OPEN_ACCOUNT, target=target)
        form, problems = tidy_form(form)
        if not consented:
            problems.append(("consent", FormProblem.CONSENT_MISSING))
        if not reuse_handover_signature:
            if signature is None:
                problems.append(("signature", FormProblem.SIGNATURE_MISSING))
            elif signature_problem(signature) is not None:
                problems.append(("signature", FormProblem.SIGNATURE_TRIVIAL))
        attempt_id = client_id or new_client_id()
        return settle(
            attempt_id,
            lambda: self._save(
                actor, worker_id, form, problems, signature, reuse_handover_signature, attempt_id
            ),
            lambda: self.recorded(attempt_id),
            self.retry,
        )

    def recorded(self, client_id: str) -> AccountStanding | None:
        """The standing of the application saved under client_id, if there is one."""
        with self.sessions() as session:
            worker_id = session.scalar(
                select(BankApplication.worker_id).where(BankApplication.client_id == client_id)
            )
            if worker_id is None:
                return None
            standing = account_standing(session, worker_id)
        return dataclasses.replace(standing, settled_after_retry=True)

    def _save(
        self,
        actor: Actor,
        worker_id: int,
        form: AccountForm,
        form_problems: list[tuple[str, FormProblem]],
        signature: Signature | None,
        reuse_handover_signature: bool,
        client_id: str,
    ) -> AccountStanding:
        """One attempt at saving the application."""
        target = worker_target(worker_id)
        problems = list(form_problems)
        now = self.auditor.clock()
        record: list[tuple[str, FormProblem]] = []  # what the form cannot put right
        with self.sessions.begin() as session:
            lock_for_write(session)
            worker = session.get_one(Worker, worker_id)
            nik = check_nik(
                worker.nik,
                today=now.astimezone(WITA).date(),
                birth_date=worker.birth_date,
                sex=worker.sex,
            )
            if not nik.ok or nik.warnings:
                record.append(("nik", FormProblem.NIK_INCONSISTENT))
            if not (worker.birth_place or form.birth_place):
                record.append(("birth_place", FormProblem.REQUIRED))
            standing = account_standing(session, worker_id)
            if standing.state is AccountState.PENDING:
                record.insert(0, ("account", FormProblem.APPLICATION_PENDING))
            elif standing.state not in (
                AccountState.NONE,
                AccountState.REJECTED,
                AccountState.FAILED,
            ):
                record.insert(0, ("account", FormProblem.HAS_ACCOUNT))
            if reuse_handover_signature:
                handover = session.scalar(
                    select(Handover)
                    .where(
                        Handover.worker_id == worker_id,
                        Handover.voided_at.is_(None),
                        Handover.kind == HandoverKind.SIGNED,
                    )
                    .order_by(Handover.handed_over_at.desc())
                )
                if handover is None:
                    problems.append(("signature", FormProblem.NO_HANDOVER_SIGNATURE))
                else:
                    signature = Signature.from_json(handover.signature_json)
            if record or problems:
                raise FormRefusedError((*record, *problems))
            # Checked above (tidy_form names a missing choice); said again for the type checker.
            assert signature is not None
            assert form.marital_status is not None
            assert form.average_income is not None
            number = self.new_number()
            request = AccountRequest(
                application_no=number,
                nik=worker.nik,
                full_name=worker.full_name,
                birth_place=worker.birth_place or form.birth_place,
                birth_date=worker.birth_date,
                sex=worker.sex.value,
                mother_maiden_name=form.mother_maiden_name,
                marital_status=form.marital_status,
                occupation=form.occupation,
                source_of_funds=form.source_of_funds,
                average_income=form.average_income,
                purpose=form.purpose,
                address_ktp=_ktp_address(session, worker),
                current_address=form.current_address,
                phone=form.phone,
                branch=_branch(self.auditor.workstation.site),
            )
            application = BankApplication(
                application_no=number,
                request_json=_request_json(request),
                worker_id=worker_id,
                status=ApplicationStatus.PENDING,
                form_json=json.dumps(dataclasses.asdict(form), ensure_ascii=False),
                consent_text=CONSENT_TEXT,
                consented_at=now,
                signature_json=signature.to_json(),
                signature_png=render_signature_png(signature, width=SIGNATURE_PNG_WIDTH),
                signature_reused=reuse_handover_signature,
                attempts=0,
                next_attempt_at=now,
                operator=actor.username,
                site=self.auditor.workstation.site,
                created_at=now,
                updated_at=now,
                client_id=client_id,
            )
            session.add(application)
            session.flush()
            # The worker's own record follows what they told the desk.
            worker.mother_maiden_name = form.mother_maiden_name
            self.auditor.record(
                session,
                actor,
                AuditAction.BANK_SUBMISSION,
                target=target,
                details={
                    "application": application.application_no,
                    "step": "saved",
                    "consent": True,
                    "signature_reused": reuse_handover_signature,
                },
            )
            return AccountStanding(AccountState.PENDING, application.application_no)

    # -- the outbox ---------------------------------------------------------------------

    def pending_count(self) -> int:
        with self.sessions() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(BankApplication)
                    .where(BankApplication.status == ApplicationStatus.PENDING)
                )
                or 0
            )

    def send_due(self, connector: BankConnector, *, limit: int = 20) -> SendReport:
        """One pass of the outbox: send the applications that are due, record each answer.

        Runs off the UI thread. Two kiosks on one database share the work: each takes an
        application by moving its next attempt a lease ahead before sending it.
        """
        now = self.auditor.clock()
        with self.sessions() as session:
            due = list(
                session.scalars(
                    select(BankApplication.id)
                    .where(
                        BankApplication.status == ApplicationStatus.PENDING,
                        BankApplication.next_attempt_at <= now,
                    )
                    .order_by(BankApplication.next_attempt_at, BankApplication.id)
                    .limit(limit)
                )
            )
        report = SendReport()
        for application_id in due:
            claimed = self._claim(application_id)
            if claimed is None:
                continue  # another kiosk took it, or it was answered meanwhile
            request, token = claimed
            try:
                answer = connector.open_account(request)
                if isinstance(answer, Opened):
                    self._opened(application_id, token, answer)
                    report = dataclasses.replace(report, opened=report.opened + 1)
                else:
                    self._rejected(application_id, token, answer.code, answer.message)
                    report = dataclasses.replace(report, rejected=report.rejected + 1)
            except BankUnavailableError as error:
                self._retry_later(application_id, token, str(error))
                report = dataclasses.replace(report, waiting=report.waiting + 1)
            except BankRequestRefusedError as error:
                self._failed(application_id, token, str(error))
                report = dataclasses.replace(report, waiting=report.waiting + 1)
            except Exception as error:  # noqa: BLE001 - one bad application stops no other
                self._retry_later(application_id, token, f"{type(error).__name__} at the kiosk")
                report = dataclasses.replace(report, waiting=report.waiting + 1)
        return report

    def _claim(self, application_id: int) -> tuple[AccountRequest, str] | None:
        """Take the application for sending: the request as saved, and the claim's token."""
        now = self.auditor.clock()
        token = secrets.token_hex(8)
        with self.sessions.begin() as session:
            lock_for_write(session)
            result = session.execute(
                update(BankApplication)
                .where(
                    BankApplication.id == application_id,
                    BankApplication.status == ApplicationStatus.PENDING,
                    BankApplication.next_attempt_at <= now,
                )
                .values(next_attempt_at=now + LEASE, updated_at=now, claim_token=token)
            )
            if cast("CursorResult[Any]", result).rowcount != 1:
                return None
            application = session.get_one(BankApplication, application_id)
            return _request_from_json(application.request_json), token

    def _finish(self, session: Session, application_id: int, token: str) -> BankApplication | None:
        """The application, if this sender's claim still holds (else another sender, or a
        result file, has settled it meanwhile: this answer changes nothing)."""
        lock_for_write(session)
        application = session.get_one(BankApplication, application_id, with_for_update=True)
        if application.status is not ApplicationStatus.PENDING or application.claim_token != token:
            return None
        application.claim_token = None
        return application

    def _retry_later(self, application_id: int, token: str, error: str) -> None:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            application = self._finish(session, application_id, token)
            if application is None:
                return
            application.attempts += 1
            wait = min(FIRST_RETRY * 2 ** min(application.attempts - 1, 12), LONGEST_WAIT)
            application.next_attempt_at = now + wait
            application.last_error = error[:300]
            application.updated_at = now

    def _failed(self, application_id: int, token: str, error: str) -> None:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            application = self._finish(session, application_id, token)
            if application is None:
                return
            application.attempts += 1
            application.status = ApplicationStatus.FAILED
            application.last_error = error[:300]
            application.updated_at = now
            self.auditor.record(
                session,
                None,
                AuditAction.BANK_SUBMISSION,
                target=worker_target(application.worker_id),
                details={"application": application.application_no, "step": "failed"},
            )

    def _opened(self, application_id: int, token: str, answer: Opened) -> None:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            application = self._finish(session, application_id, token)
            if application is None:
                return
            application.attempts += 1
            application.status = ApplicationStatus.OPENED
            application.account_number = answer.account_number
            application.bank_reference = answer.bank_reference
            application.last_error = None
            application.updated_at = now
            account = session.scalar(
                select(BankAccount).where(BankAccount.worker_id == application.worker_id)
            )
            if account is None:
                session.add(
                    BankAccount(
                        worker_id=application.worker_id,
                        account_number=answer.account_number,
                        status=AccountStatus.OPENED,
                        application_id=application.id,
                        opened_at=now,
                        specimen_png=application.signature_png,
                    )
                )
            self.auditor.record(
                session,
                None,
                AuditAction.BANK_SUBMISSION,
                target=worker_target(application.worker_id),
                details={"application": application.application_no, "step": "opened"},
            )

    def _rejected(self, application_id: int, token: str, code: str, message: str) -> None:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            application = self._finish(session, application_id, token)
            if application is None:
                return
            application.attempts += 1
            application.status = ApplicationStatus.REJECTED
            application.reject_code = code[:40]
            application.reject_message = message[:300]
            application.updated_at = now
            self.auditor.record(
                session,
                None,
                AuditAction.BANK_SUBMISSION,
                target=worker_target(application.worker_id),
                details={
                    "application": application.application_no,
                    "step": "rejected",
                    "code": code[:40],
                },
            )


def _ktp_address(session: Session, worker: Worker) -> str:
    """The worker's address with their desa and kecamatan, as the bank reads a KTP's."""
    region = session.get(Region, worker.desa_code) if worker.desa_code else None
    desa = kecamatan = None
    if region is not None and region.level is RegionLevel.VILLAGE:
        desa = region
        kecamatan = session.get(Region, region.parent_code) if region.parent_code else None
    elif region is not None and region.level is RegionLevel.DISTRICT:
        kecamatan = region
    return address_with_region(
        worker.address or "",
        desa.name if desa is not None else "",
        kecamatan.name if kecamatan is not None else "",
        # Kepmendagri codes: a kelurahan's own number starts with 1, a desa's with 2.
        kelurahan=desa is not None and desa.code.rsplit(".", 1)[-1].startswith("1"),
    )


def _branch(site: str) -> str:
    """The site the application comes from; none set (blank, or the "—" the status bar
    shows) is sent empty, as the bank's API allows for this field alone."""
    return "" if site.strip() in ("", "—") else site


def _request_json(request: AccountRequest) -> str:
    values = dataclasses.asdict(request)
    values["birth_date"] = request.birth_date.isoformat()
    return json.dumps(values, ensure_ascii=False)


def _request_from_json(text: str) -> AccountRequest:
    values = json.loads(text)
    values["birth_date"] = dt.date.fromisoformat(values["birth_date"])
    values["marital_status"] = MaritalStatus(values["marital_status"])
    values["average_income"] = IncomeBand(values["average_income"])
    return AccountRequest(**values)
