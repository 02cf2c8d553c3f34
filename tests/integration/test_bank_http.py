"""The HTTP bank connector against the sandbox bank in its own process, over loopback:
idempotent openings, lost answers and server errors retried into one account, rejections,
a restart of the bank, and 200 applications through a bank that fails 30 % of requests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk.bank.http import HttpBankConnector
from kiosk.bank.model import (
    REJECTION_CODES,
    AccountRequest,
    BankRequestRefusedError,
    BankUnavailableError,
    IncomeBand,
    MaritalStatus,
    Opened,
    Rejected,
)
from kiosk.bank.sandbox import SandboxBank
from tests.helpers.sandbox import (
    SandboxProcess,
    accounts,
    call,
    request_counts,
    set_faults,
)

OPENAPI = Path(__file__).resolve().parents[2] / "resources" / "bank" / "openapi.yaml"
BACKOFF = 0.01


def application(n: int, **changes: object) -> AccountRequest:
    request = AccountRequest(
        application_no=f"APP-2026-{n:05d}",
        nik=f"5311030503{n:06d}",
        full_name=f"Umbu Ndaku Lewa {n}",
        birth_place="Waingapu",
        birth_date=dt.date(1990, 3, 5),
        sex="L",
        mother_maiden_name="Rambu Hada",
        marital_status=MaritalStatus.MARRIED,
        occupation="petani",
        source_of_funds="hasil usaha",
        average_income=IncomeBand.FROM_1M_TO_3M,
        purpose="tabungan",
        address_ktp="RT 001 / RW 002, Kambajawa",
        current_address="RT 001 / RW 002, Kambajawa",
        phone="081234567890",
        branch="Waingapu, Sumba Timur",
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxProcess]:
    bank = SandboxProcess(tmp_path / "sandbox.log", state=tmp_path / "bank.sqlite")
    bank.start()
    try:
        yield bank
    finally:
        assert bank.stop() == 0, bank.log.read_text()


def connector(url: str, **options: object) -> HttpBankConnector:
    return HttpBankConnector(url, backoff=BACKOFF, **options)  # type: ignore[arg-type]


def test_an_account_is_opened_and_can_be_looked_up(sandbox: SandboxProcess) -> None:
    answer = connector(sandbox.url, token="any").open_account(application(1))

    assert answer == Opened("NTT-SBX-0000001", "SBX-REF-0000001")
    status, body, label = call(f"{sandbox.url}/v1/accounts/APP-2026-00001")
    assert (status, body["account_number"], label) == (200, "NTT-SBX-0000001", "NOT A REAL BANK")
    status, _, label = call(f"{sandbox.url}/v1/accounts/APP-2026-99999")
    assert (status, label) == (404, "NOT A REAL BANK")
    assert connector(sandbox.url).name == sandbox.url


def test_the_same_application_twice_is_one_account(sandbox: SandboxProcess) -> None:
    bank = connector(sandbox.url)

    first, second = bank.open_account(application(1)), bank.open_account(application(1))

    assert first == second
    [account] = accounts(sandbox.url)
    assert (account.key, account.requests) == ("APP-2026-00001", 2)


def test_an_answer_lost_after_the_commit_is_sent_again_into_the_same_account(
    sandbox: SandboxProcess,
) -> None:
    set_faults(sandbox.url, drop_after_commit_rate=1.0)
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # the network comes back while the kiosk waits
        waits.append(seconds)
        set_faults(sandbox.url, drop_after_commit_rate=0.0)

    answer = connector(sandbox.url, sleep=sleep).open_account(application(1))

    [account] = accounts(sandbox.url)
    assert answer == Opened(account.account_number, account.bank_reference)
    assert (account.requests, waits) == (2, [BACKOFF])


def test_server_errors_are_retried_with_growing_waits(sandbox: SandboxProcess) -> None:
    set_faults(sandbox.url, error_rate=1.0)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            set_faults(sandbox.url, error_rate=0.0)

    answer = connector(sandbox.url, attempts=3, sleep=sleep).open_account(application(1))

    assert isinstance(answer, Opened)
    assert waits == [BACKOFF, 2 * BACKOFF]
    assert [a.requests for a in accounts(sandbox.url)] == [3]


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ({"error_rate": 1.0}, "HTTP 503"),
        ({"drop_after_commit_rate": 1.0}, "RemoteDisconnected"),
        ("stopped", "ConnectionRefusedError"),
    ],
)
def test_when_every_attempt_fails_the_bank_is_unavailable_and_nobody_is_named(
    sandbox: SandboxProcess, fault: dict[str, float] | str, expected: str
) -> None:
    if isinstance(fault, dict):
        set_faults(sandbox.url, **fault)
    else:
        sandbox.stop()
    request = application(1)

    with pytest.raises(BankUnavailableError) as raised:
        connector(sandbox.url, attempts=3).open_account(request)

    message = str(raised.value)
    assert "POST /v1/accounts" in message
    assert message.count(expected) == 3
    for personal in (request.nik, request.full_name, request.mother_maiden_name, request.phone):
        assert personal not in message


def test_a_timeout_is_unavailable_and_trying_again_opens_one_account(
    sandbox: SandboxProcess,
) -> None:
    set_faults(sandbox.url, latency_ms=400)

    with pytest.raises(BankUnavailableError, match="TimeoutError"):
        connector(sandbox.url, timeout=0.1, attempts=1).open_account(application(1))
    set_faults(sandbox.url, latency_ms=0)
    answer = connector(sandbox.url).open_account(application(1))

    assert answer == Opened("NTT-SBX-0000001", "SBX-REF-0000001")
    assert len(accounts(sandbox.url)) == 1


def test_the_same_application_number_with_other_data_is_refused(
    sandbox: SandboxProcess,
) -> None:
    bank = connector(sandbox.url, attempts=2)
    bank.open_account(application(1))

    # Final, not retried: sending it again would change nothing; a person must look.
    with pytest.raises(BankRequestRefusedError, match="HTTP 409"):
        bank.open_account(application(1, phone="081299998888"))

    assert len(accounts(sandbox.url)) == 1
    assert request_counts(sandbox.url)[application(1).application_no] == 2


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"nik": "53110305039"}, "NIK_INVALID"),
        ({"phone": "0380123456"}, "PHONE_INVALID"),
        ({"phone": "+6281234567890"}, "PHONE_INVALID"),
        ({"birth_date": dt.date.today() - dt.timedelta(days=16 * 365)}, "UNDERAGE"),
        ({"mother_maiden_name": " "}, "INCOMPLETE"),
        ({"birth_place": ""}, "INCOMPLETE"),
        ({"application_no": "APP-2026-00002"}, "DUPLICATE_CUSTOMER"),
    ],
)
def test_refusals_come_back_as_rejections(
    sandbox: SandboxProcess, changes: dict[str, object], code: str
) -> None:
    bank = connector(sandbox.url)
    if code == "DUPLICATE_CUSTOMER":  # the same person, already a customer
        assert isinstance(bank.open_account(application(1)), Opened)
    request = application(1, **changes)

    answer = bank.open_account(request)

    assert isinstance(answer, Rejected)
    assert answer.code == code
    assert request.nik not in answer.message
    assert request.phone not in answer.message
    assert request_counts(sandbox.url)[request.application_no] == 1
    assert len(accounts(sandbox.url)) == (1 if code == "DUPLICATE_CUSTOMER" else 0)


def test_the_accounts_survive_a_restart_of_the_bank(sandbox: SandboxProcess) -> None:
    first = connector(sandbox.url).open_account(application(1))
    assert sandbox.stop() == 0

    sandbox.start()  # the same state file, the same port
    bank = connector(sandbox.url)

    assert bank.open_account(application(1)) == first
    assert bank.open_account(application(2)) == Opened("NTT-SBX-0000002", "SBX-REF-0000002")
    assert isinstance(bank.open_account(application(3, nik=application(1).nik)), Rejected)
    assert [a.requests for a in accounts(sandbox.url)] == [2, 1]


def test_200_applications_through_a_bank_failing_30_percent_open_once_each(
    tmp_path: Path,
) -> None:
    with SandboxProcess(
        tmp_path / "sandbox.log", error_rate=0.15, drop_after_commit_rate=0.15, seed=2026
    ) as sandbox:
        bank = connector(sandbox.url, attempts=10)

        answers = {n: bank.open_account(application(n)) for n in range(1, 201)}

        opened = {a.key: a for a in accounts(sandbox.url)}
    assert len(opened) == 200
    for n, answer in answers.items():
        account = opened[application(n).application_no]
        assert answer == Opened(account.account_number, account.bank_reference)
    assert len({a.account_number for a in opened.values()}) == 200
    retried = sum(a.requests - 1 for a in opened.values())
    assert 40 < retried < 120  # about 0.3 / 0.7 retries per application were needed


class _Garbage(BaseHTTPRequestHandler):
    """A server that answers 200 with something that is not an account."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        body = b"<html>maintenance</html>" if self.path.startswith("/html") else b'{"ok": 1}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.parametrize(("prefix", "expected"), [("/html", "not JSON"), ("", "account number")])
def test_an_answer_that_is_not_an_account_is_retried_then_unavailable(
    prefix: str, expected: str
) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
        with pytest.raises(BankUnavailableError, match=expected):
            connector(url, attempts=2).open_account(application(1))
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


def test_https_to_a_plain_http_bank_fails_as_unavailable(sandbox: SandboxProcess) -> None:
    url = sandbox.url.replace("http://", "https://")

    with pytest.raises(BankUnavailableError, match="SSLError"):
        connector(url, attempts=1).open_account(application(1))


def test_the_bank_is_reached_over_https_unless_it_runs_on_this_computer() -> None:
    with pytest.raises(ValueError, match="https"):
        HttpBankConnector("http://bank.example.co.id")
    HttpBankConnector("https://bank.example.co.id")
    HttpBankConnector("http://127.0.0.1:8765")


def test_only_http_and_https_urls_are_taken() -> None:
    with pytest.raises(ValueError, match="http"):
        HttpBankConnector("ftp://bank.example")


def test_the_sandbox_in_process_refuses_bad_faults_and_labels_every_answer() -> None:
    with SandboxBank(seed=1) as bank:
        status, body, label = call(f"{bank.url}/sandbox/faults", "POST", {"error_rate": 2})
        assert (status, label) == (400, "NOT A REAL BANK")
        assert "error_rate" in body["message"]
        status, body, label = call(f"{bank.url}/nowhere")
        assert (status, label) == (404, "NOT A REAL BANK")
        status, body, _ = call(f"{bank.url}/v1/accounts", "POST", {"nik": "1"})
        assert (status, body["message"]) == (400, "Idempotency-Key missing")


def test_the_documented_api_names_every_rejection_code_and_path() -> None:
    text = OPENAPI.read_text(encoding="utf-8")

    for needed in (*REJECTION_CODES, "/v1/accounts:", "/v1/accounts/{application_no}:"):
        assert needed in text
    assert "Idempotency-Key" in text
    assert "bearer" in text
