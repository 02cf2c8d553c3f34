"""The outbox against the sandbox bank over real HTTP on 127.0.0.1: opened once, whatever
the network does and whatever becomes of the kiosk."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import ApplicationStatus, BankAccount, BankApplication, Role, Sex, Worker
from db.workers import WorkerRecord, insert_workers
from kiosk.bank.http import HttpBankConnector
from kiosk.usecases.bank import LEASE, BankAccounts
from kiosk.usecases.bank_form import AccountState
from printing.signature import synthetic_signature
from tests.helpers.sandbox import SandboxProcess, accounts, set_faults
from tests.helpers.security import Security, build_security
from tests.integration.test_bank import FORM

ROOT = Path(__file__).resolve().parents[2]


def workers(count: int) -> list[WorkerRecord]:
    return [
        WorkerRecord(
            nik=f"531103050390{n:04d}",
            kpj=f"25{n:09d}",
            full_name=f"Pekerja Sintetis {n}",
            birth_date=dt.date(1990, 3, 5),
            sex=Sex.MALE,
            desa_code="53.11.03.2002",
            birth_place="Lewa",
            address="RT 001 / RW 001",
        )
        for n in range(1, count + 1)
    ]


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxProcess]:
    with SandboxProcess(tmp_path / "sandbox.log", state=tmp_path / "bank.sqlite") as process:
        yield process


def registry(sessions: sessionmaker[Session], count: int) -> Security:
    with sessions.begin() as session:
        insert_workers(session, workers(count))
    return build_security(sessions)


def apply_all(sec: Security) -> list[str]:
    bank = BankAccounts(sec.sessions, sec.auditor)
    with sec.sessions() as session:
        ids = list(session.scalars(select(Worker.id).order_by(Worker.id)))
    numbers = []
    for worker_id in ids:
        standing = bank.apply(sec.actors[Role.TELLER], worker_id, FORM, consented=True,
                              signature=synthetic_signature(random.Random(worker_id)))  # fmt: skip
        assert standing.application_no is not None
        numbers.append(standing.application_no)
    return numbers


def connector(url: str, attempts: int = 1) -> HttpBankConnector:
    return HttpBankConnector(url, attempts=attempts, backoff=0.01, timeout=5)


def test_an_application_is_opened_by_the_bank(
    sessions: sessionmaker[Session], sandbox: SandboxProcess
) -> None:
    sec = registry(sessions, 1)
    (number,) = apply_all(sec)
    bank = BankAccounts(sec.sessions, sec.auditor)
    assert bank.send_due(connector(sandbox.url)).opened == 1
    (account,) = accounts(sandbox.url)
    assert account.key == number
    with sec.sessions() as session:
        row = session.scalars(select(BankAccount)).one()
        assert row.account_number == account.account_number


def test_a_lost_answer_is_asked_again_and_gets_the_same_account(
    sessions: sessionmaker[Session], sandbox: SandboxProcess
) -> None:
    sec = registry(sessions, 1)
    apply_all(sec)
    bank = BankAccounts(sec.sessions, sec.auditor)
    set_faults(sandbox.url, drop_after_commit_rate=1.0)
    assert bank.send_due(connector(sandbox.url)).waiting == 1  # committed there, lost here
    (committed,) = accounts(sandbox.url)
    set_faults(sandbox.url, drop_after_commit_rate=0.0)
    sec.clock.now += dt.timedelta(minutes=1)
    assert bank.send_due(connector(sandbox.url)).opened == 1
    (account,) = accounts(sandbox.url)
    assert account.account_number == committed.account_number
    assert account.requests == 2
    with sec.sessions() as session:
        assert session.scalars(select(BankAccount.account_number)).one() == committed.account_number


_KILLED_SENDER = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from db.engine import make_engine, make_session_factory
    from kiosk.bank.http import HttpBankConnector
    from kiosk.usecases.audit import Auditor, Workstation
    from kiosk.usecases.bank import BankAccounts

    url, bank_url = sys.argv[1], sys.argv[2]
    sessions = make_session_factory(make_engine(url))
    answers = []

    class Dying(HttpBankConnector):
        def open_account(self, request):
            answer = super().open_account(request)
            answers.append(answer)
            if len(answers) == 3:  # the bank opened the third; the kiosk dies before saying so
                os.kill(os.getpid(), signal.SIGKILL)
            return answer

    auditor = Auditor(sessions, Workstation("Aula", "meja-09"))
    BankAccounts(sessions, auditor).send_due(Dying(bank_url, attempts=1), limit=100)
    """
)


def test_a_kiosk_killed_while_sending_sends_each_application_once_after_restart(
    sessions: sessionmaker[Session], sandbox: SandboxProcess, database_url: str
) -> None:
    sec = registry(sessions, 6)
    numbers = apply_all(sec)
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_SENDER, database_url, sandbox.url],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    bank = BankAccounts(sec.sessions, sec.auditor)
    assert bank.pending_count() == 4  # two answered, the third lost with the kiosk
    # Within its lease the one in flight is left alone: the dead kiosk might still answer.
    sec.clock.now = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    assert bank.send_due(connector(sandbox.url)).opened == 3
    # The restarted kiosk goes on (once the lease of the one in flight has run out; the
    # killed kiosk kept real time).
    sec.clock.now = dt.datetime.now(dt.UTC) + LEASE + dt.timedelta(seconds=1)
    assert bank.send_due(connector(sandbox.url)).opened == 1
    opened = accounts(sandbox.url)
    assert sorted(a.key for a in opened) == sorted(numbers)  # one account each
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BankAccount)) == 6
        statuses = set(session.scalars(select(BankApplication.status)))
    assert statuses == {ApplicationStatus.OPENED}


def test_200_applications_against_a_bank_failing_30_percent_all_open_exactly_once(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    sec = registry(sessions, 200)
    numbers = apply_all(sec)
    bank = BankAccounts(sec.sessions, sec.auditor)
    with SandboxProcess(tmp_path / "flaky.log", error_rate=0.15, drop_after_commit_rate=0.15,
                        seed=11) as flaky:  # fmt: skip
        passes = 0
        while bank.pending_count() and passes < 40:
            bank.send_due(connector(flaky.url), limit=200)
            sec.clock.now += dt.timedelta(minutes=15)  # every waiting one is due again
            passes += 1
        opened = accounts(flaky.url)
    assert bank.pending_count() == 0
    assert sorted(a.key for a in opened) == sorted(numbers)
    assert len({a.account_number for a in opened}) == 200
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BankAccount)) == 200
    first = session_worker_id(sec)
    assert BankAccounts(sec.sessions, sec.auditor).standing(first).state is AccountState.OPENED


def session_worker_id(sec: Security) -> int:
    with sec.sessions() as session:
        return session.scalars(select(Worker.id).order_by(Worker.id)).first() or 0


def test_kiosk_bank_sandbox_starts_the_sandbox_labelled_as_such() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "bank-sandbox", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "SANDBOX BANK — not a real bank — listening on http://127.0.0.1:" in line
    finally:
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=10)  # closes the pipes too
    assert process.returncode == 0, errors


def test_a_correction_after_saving_does_not_change_what_is_sent(
    sessions: sessionmaker[Session], sandbox: SandboxProcess
) -> None:
    sec = registry(sessions, 1)
    (number,) = apply_all(sec)
    bank = BankAccounts(sec.sessions, sec.auditor)
    set_faults(sandbox.url, drop_after_commit_rate=1.0)
    assert bank.send_due(connector(sandbox.url)).waiting == 1
    with sec.sessions.begin() as session:  # a supervisor corrects the name meanwhile
        session.scalars(select(Worker)).one().full_name = "Pekerja Sintetis Satu"
    set_faults(sandbox.url, drop_after_commit_rate=0.0)
    sec.clock.now += dt.timedelta(minutes=10)
    assert bank.send_due(connector(sandbox.url)).opened == 1  # the same body: no 409
    (account,) = accounts(sandbox.url)
    assert account.key == number


@pytest.mark.parametrize("status", [401, 409])
def test_a_request_the_bank_will_never_take_stops_and_asks_for_a_person(
    sessions: sessionmaker[Session], status: int
) -> None:
    from kiosk.bank.model import BankRequestRefusedError

    class Refusing:
        name = "fake://bank"

        def open_account(self, request: object) -> object:
            raise BankRequestRefusedError(f"HTTP {status}: the bank does not take this request")

    sec = registry(sessions, 1)
    apply_all(sec)
    bank = BankAccounts(sec.sessions, sec.auditor)
    bank.send_due(Refusing())  # type: ignore[arg-type]
    standing = bank.standing(session_worker_id(sec))
    assert standing.state is AccountState.FAILED
    assert standing.last_error is not None
    assert str(status) in standing.last_error
    assert bank.pending_count() == 0  # not sent again and again
    apply_all(sec)  # once a person has looked, the desk applies again


def test_two_senders_at_once_send_each_application_once(
    sessions: sessionmaker[Session], sandbox: SandboxProcess
) -> None:
    import threading

    sec = registry(sessions, 12)
    numbers = apply_all(sec)
    set_faults(sandbox.url, latency_ms=50)
    barrier = threading.Barrier(2)

    def sender() -> None:
        barrier.wait()
        BankAccounts(sec.sessions, sec.auditor).send_due(connector(sandbox.url))

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    opened = accounts(sandbox.url)
    assert sorted(a.key for a in opened) == sorted(numbers)
    assert all(a.requests == 1 for a in opened)  # never sent twice
    assert BankAccounts(sec.sessions, sec.auditor).pending_count() == 0
