"""A SANDBOX bank — not a real bank — that answers resources/bank/openapi.yaml, faults included.

Accounts are numbered "NTT-SBX-" and a 7-digit counter (NTT-SBX-0000001, …), references
"SBX-REF-" and the same counter: nobody can take them for real accounts. They are kept by
idempotency key in SQLite (a file with `state_path`, so they survive a restart; else in
memory), with the NIK only, to find duplicate customers, and no other personal data.

Faults, for testing the kiosk's retries: `latency_ms` before every /v1 request; then one
random draw per POST /v1/accounts: below `error_rate` it answers 503 before doing anything;
below `error_rate + drop_after_commit_rate` it stores the account (or finds it stored) and
closes the connection without answering, the classic lost answer.

Test endpoints: GET/POST /sandbox/faults (read, or change any of latency_ms, error_rate,
drop_after_commit_rate, seed); GET /sandbox/accounts (the accounts with their keys, and how
many POST /v1/accounts requests each key received, faulted ones included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import signal
import sqlite3
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, cast

from kiosk.bank.model import AccountRequest, IncomeBand, MaritalStatus

SANDBOX_HEADER = ("X-Sandbox", "NOT A REAL BANK")
ADULT_AGE = 17
_FIELDS = tuple(AccountRequest.__dataclass_fields__)
_MAY_BE_EMPTY = frozenset({"branch"})
_CHOICES: dict[str, frozenset[str]] = {
    "sex": frozenset({"L", "P"}),
    "marital_status": frozenset(MaritalStatus),
    "average_income": frozenset(IncomeBand),
}
_NIK = re.compile(r"[0-9]{16}")
_PHONE = re.compile(r"08[0-9]{8,11}")
_ACCOUNT_PATH = re.compile(r"/v1/accounts/([^/?]+)")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    nik TEXT NOT NULL UNIQUE,
    body_sha256 TEXT NOT NULL,
    account_number TEXT NOT NULL UNIQUE,
    bank_reference TEXT NOT NULL,
    opened_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS requests (
    idempotency_key TEXT PRIMARY KEY,
    count INTEGER NOT NULL
);
"""


class _Answer:
    """What to send back: a status and a JSON body, or nothing at all (`drop`)."""

    def __init__(self, status: int, body: dict[str, Any] | None = None, *, drop: bool = False):
        self.status = status
        self.body = body or {}
        self.drop = drop


def _rejection(code: str, message: str) -> _Answer:
    return _Answer(HTTPStatus.UNPROCESSABLE_ENTITY, {"code": code, "message": message})


class _Ledger:
    """The sandbox's books and its faults; every method is safe to call from any thread."""

    def __init__(
        self,
        state_path: Path | None,
        faults: dict[str, Any],
        today: Callable[[], dt.date],
    ) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            str(state_path) if state_path else ":memory:", check_same_thread=False
        )
        self._db.executescript(_SCHEMA)
        self._faults = dict(latency_ms=0, error_rate=0.0, drop_after_commit_rate=0.0)
        self._random = random.Random()
        self.set_faults(faults)
        self._today = today

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------------ faults
    def faults(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._faults)

    def set_faults(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Change some faults; raise ValueError (and change nothing) when one is wrong."""
        with self._lock:
            faults = dict(self._faults)
            for name, value in changes.items():
                if name == "seed":
                    if value is not None and (type(value) is not int):
                        raise ValueError("seed must be an integer or null")
                elif name == "latency_ms":
                    if type(value) is not int or value < 0:
                        raise ValueError("latency_ms must be a whole number >= 0")
                    faults[name] = value
                elif name in ("error_rate", "drop_after_commit_rate"):
                    if type(value) not in (int, float) or not 0 <= value <= 1:
                        raise ValueError(f"{name} must be between 0 and 1")
                    faults[name] = float(value)
                else:
                    raise ValueError(f"unknown fault {name!r}")
            if faults["error_rate"] + faults["drop_after_commit_rate"] > 1:
                raise ValueError("error_rate + drop_after_commit_rate must not exceed 1")
            self._faults = faults
            if "seed" in changes:
                self._random.seed(changes["seed"])
            return dict(faults)

    def latency(self) -> float:
        with self._lock:
            return float(self._faults["latency_ms"]) / 1000

    # ------------------------------------------------------------------ the API
    def open_account(self, key: str, body: dict[str, Any]) -> _Answer:
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO requests VALUES (?, 1) "
                "ON CONFLICT (idempotency_key) DO UPDATE SET count = count + 1",
                (key,),
            )
            draw = self._random.random()
            if draw < self._faults["error_rate"]:
                return _Answer(HTTPStatus.SERVICE_UNAVAILABLE, {"message": "sandbox fault"})
            drop = draw < self._faults["error_rate"] + self._faults["drop_after_commit_rate"]
            known = self._db.execute(
                "SELECT body_sha256, account_number, bank_reference FROM accounts "
                "WHERE idempotency_key = ?",
                (key,),
            ).fetchone()
            if known is not None:
                if known[0] != digest:
                    return _Answer(
                        HTTPStatus.CONFLICT,
                        {"message": "this Idempotency-Key was used with another body"},
                    )
                return _Answer(HTTPStatus.OK, _opened(known[1], known[2]), drop=drop)
            rejection = self._check(key, body)
            if rejection is not None:
                return rejection
            if self._db.execute("SELECT 1 FROM accounts WHERE nik = ?", (body["nik"],)).fetchone():
                return _rejection(
                    "DUPLICATE_CUSTOMER", "this NIK has an account under another application"
                )
            (serial,) = self._db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM accounts").fetchone()
            number, reference = f"NTT-SBX-{serial:07d}", f"SBX-REF-{serial:07d}"
            self._db.execute(
                "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?)",
                (serial, key, body["nik"], digest, number, reference, _now()),
            )
        # Committed when the `with` ends: a dropped answer still leaves the account opened.
        return _Answer(HTTPStatus.CREATED, _opened(number, reference), drop=drop)

    def look_up(self, key: str) -> _Answer:
        with self._lock:
            known = self._db.execute(
                "SELECT account_number, bank_reference FROM accounts WHERE idempotency_key = ?",
                (key,),
            ).fetchone()
        if known is None:
            return _Answer(HTTPStatus.NOT_FOUND, {"message": "no account for this application"})
        return _Answer(HTTPStatus.OK, _opened(known[0], known[1]))

    def accounts(self) -> dict[str, Any]:
        with self._lock:
            rows = self._db.execute(
                "SELECT a.idempotency_key, a.account_number, a.bank_reference, a.opened_at,"
                " COALESCE(r.count, 0) FROM accounts a LEFT JOIN requests r USING"
                " (idempotency_key) ORDER BY a.id"
            ).fetchall()
            counts = self._db.execute("SELECT idempotency_key, count FROM requests").fetchall()
        names = ("idempotency_key", "account_number", "bank_reference", "opened_at", "requests")
        return {
            "accounts": [dict(zip(names, row, strict=True)) for row in rows],
            "requests": dict(counts),
        }

    def _check(self, key: str, body: dict[str, Any]) -> _Answer | None:
        """The reasons to refuse that the body alone gives; messages name fields only."""
        for name in _FIELDS:
            value = body.get(name)
            if not isinstance(value, str) or (not value.strip() and name not in _MAY_BE_EMPTY):
                return _rejection("INCOMPLETE", f"{name} is missing")
            if name in _CHOICES and value not in _CHOICES[name]:
                return _rejection("INCOMPLETE", f"{name} is not one of the documented values")
        if body["application_no"] != key:
            return _rejection("INCOMPLETE", "application_no differs from the Idempotency-Key")
        try:
            born = dt.date.fromisoformat(body["birth_date"])
        except ValueError:
            return _rejection("INCOMPLETE", "birth_date is not an ISO date")
        if not _NIK.fullmatch(body["nik"]):
            return _rejection("NIK_INVALID", "nik must be 16 digits")
        if not _PHONE.fullmatch(body["phone"]):
            return _rejection("PHONE_INVALID", "phone must be a mobile number 08…")
        today = self._today()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if age < ADULT_AGE:
            return _rejection("UNDERAGE", f"the customer must be {ADULT_AGE} or older")
        return None


def _opened(number: str, reference: str) -> dict[str, Any]:
    return {"account_number": number, "bank_reference": reference, "status": "opened"}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    ledger: _Ledger
    log: Callable[[str], None] | None


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "SandboxBank/1.0"
    timeout = 30  # a client that stops halfway does not hold a thread forever

    def do_GET(self) -> None:
        if self.path == "/sandbox/accounts":
            self._send(_Answer(HTTPStatus.OK, self.server.ledger.accounts()))
        elif self.path == "/sandbox/faults":
            self._send(_Answer(HTTPStatus.OK, self.server.ledger.faults()))
        elif match := _ACCOUNT_PATH.fullmatch(self.path):
            self._delay()
            self._send(self.server.ledger.look_up(urllib.parse.unquote(match[1])))
        else:
            self._send(_Answer(HTTPStatus.NOT_FOUND, {"message": "no such path"}))

    def do_POST(self) -> None:
        # Read the whole body first: closing on unread data would reset the connection.
        body = self._read_json()
        if self.path == "/v1/accounts":
            self._delay()
            key = self.headers.get("Idempotency-Key", "").strip()
            if body is None or not key:
                message = "the body must be a JSON object" if key else "Idempotency-Key missing"
                self._send(_Answer(HTTPStatus.BAD_REQUEST, {"message": message}))
            else:
                self._send(self.server.ledger.open_account(key, body))
        elif self.path == "/sandbox/faults":
            try:
                if body is None:
                    raise ValueError("the body must be a JSON object")
                faults = self.server.ledger.set_faults(body)
            except ValueError as error:
                self._send(_Answer(HTTPStatus.BAD_REQUEST, {"message": str(error)}))
            else:
                self._send(_Answer(HTTPStatus.OK, faults))
        else:
            self._send(_Answer(HTTPStatus.NOT_FOUND, {"message": "no such path"}))

    def end_headers(self) -> None:
        self.send_header(*SANDBOX_HEADER)  # on every answer, errors of http.server's own too
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def _read_json(self) -> dict[str, Any] | None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        try:
            decoded = json.loads(raw)
        except ValueError:
            return None
        return cast("dict[str, Any]", decoded) if isinstance(decoded, dict) else None

    def _delay(self) -> None:
        if (seconds := self.server.ledger.latency()) > 0:
            time.sleep(seconds)

    def _send(self, answer: _Answer) -> None:
        if answer.drop:
            self.close_connection = True
            self.log_message('"%s" dropped without an answer (sandbox fault)', self.requestline)
            return
        data = json.dumps(answer.body, ensure_ascii=False).encode()
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (a timeout): its answer is lost, as with a real bank.
            self.close_connection = True
            self.log_message('"%s" client gone before the answer', self.requestline)


class SandboxBank:
    """The sandbox bank on a thread of this process: `with SandboxBank() as bank: bank.url`."""

    def __init__(
        self,
        port: int = 0,
        *,
        host: str = "127.0.0.1",
        state_path: Path | None = None,
        latency_ms: int = 0,
        error_rate: float = 0.0,
        drop_after_commit_rate: float = 0.0,
        seed: int | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self._address = (host, port)
        self._state_path = state_path
        self._faults: dict[str, Any] = dict(
            latency_ms=latency_ms,
            error_rate=error_rate,
            drop_after_commit_rate=drop_after_commit_rate,
            seed=seed,
        )
        self._today = today
        self._log = log
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox bank is not started")
        host, port = cast("tuple[str, int]", self._server.server_address[:2])
        return f"http://{host}:{port}"

    def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("the sandbox bank is started already")
        ledger = _Ledger(self._state_path, self._faults, self._today)
        try:
            server = _Server(self._address, _Handler)
        except OSError:
            ledger.close()
            raise
        server.ledger, server.log = ledger, self._log
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="sandbox-bank"
        )
        self._thread.start()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.shutdown()
        thread.join()
        server.server_close()
        server.ledger.close()
        self._server = self._thread = None

    def __enter__(self) -> SandboxBank:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the sandbox bank until SIGINT or SIGTERM; `kiosk bank-sandbox` runs this."""
    parser = argparse.ArgumentParser(
        prog="kiosk bank-sandbox",
        description="A SANDBOX bank (NOT A REAL BANK) speaking resources/bank/openapi.yaml.",
    )
    parser.add_argument("--port", type=int, default=8765, help="0: any free port (printed)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--state", type=Path, help="SQLite file for the accounts (else memory)")
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("--error-rate", type=float, default=0.0, help="share answered 503")
    parser.add_argument(
        "--drop-after-commit-rate",
        type=float,
        default=0.0,
        help="share opened, then dropped without an answer",
    )
    parser.add_argument("--seed", type=int, help="for faults that repeat run after run")
    parser.add_argument("--quiet", action="store_true", help="no access log on stderr")
    args = parser.parse_args(argv)

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    bank = SandboxBank(
        args.port,
        host=args.host,
        state_path=args.state,
        latency_ms=args.latency_ms,
        error_rate=args.error_rate,
        drop_after_commit_rate=args.drop_after_commit_rate,
        seed=args.seed,
        log=None if args.quiet else log,
    )
    try:
        bank.start()
    except (OSError, ValueError) as error:
        print(f"sandbox bank: cannot start: {error}", file=sys.stderr)
        return 1
    stopping = threading.Event()

    def on_signal(number: int, frame: FrameType | None) -> None:
        stopping.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(f"SANDBOX BANK — not a real bank — listening on {bank.url}", flush=True)
        while not stopping.wait(0.5):
            pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        bank.stop()
    print("SANDBOX BANK stopped", flush=True)
    return 0
