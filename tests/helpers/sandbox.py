"""The sandbox bank in a process of its own, as a person would start it, and its test
endpoints: change the faults, count the accounts."""

from __future__ import annotations

import json
import re
import select
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

_ROOT = Path(__file__).resolve().parents[2]
_START = "import sys; from kiosk.bank.sandbox import main; sys.exit(main(sys.argv[1:]))"
_LISTENING = re.compile(r"SANDBOX BANK — not a real bank — listening on (http://\S+)")
_WAIT = 10.0  # seconds for the process to start or to stop


class SandboxProcessError(Exception):
    pass


@dataclass(frozen=True)
class SandboxAccount:
    key: str
    account_number: str
    bank_reference: str
    requests: int  # POST /v1/accounts with this key, faulted ones included


class SandboxProcess:
    """`python -c … main(…)` on a free port (or `port`); `url` once started.

    stderr (the access log) goes to `log` so a full pipe never stalls the server.
    """

    def __init__(self, log: Path, *, port: int = 0, state: Path | None = None, **faults: Any):
        self.log = log
        self.port = port
        self.state = state
        self.faults = faults
        self.url = ""
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> str:
        args = [sys.executable, "-c", _START, "--port", str(self.port)]
        if self.state is not None:
            args += ["--state", str(self.state)]
        for name, value in self.faults.items():
            args += [f"--{name.replace('_', '-')}", str(value)]
        with self.log.open("a") as log:
            process = subprocess.Popen(
                args, cwd=_ROOT, stdout=subprocess.PIPE, stderr=log, text=True, encoding="utf-8"
            )
        self._process = process
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], _WAIT)
        line = process.stdout.readline() if ready else ""
        match = _LISTENING.search(line)
        if match is None:
            self.stop()
            raise SandboxProcessError(f"no start-up line: {line!r}; log: {self.log.read_text()}")
        self.url = match[1]
        self.port = int(self.url.rsplit(":", 1)[1])  # a restart takes the same port
        return self.url

    def stop(self) -> int:
        """SIGTERM, as a service manager would; the exit code (0 for a clean shutdown)."""
        process, self._process = self._process, None
        if process is None:
            return 0
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            process.wait(_WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        assert process.stdout is not None
        process.stdout.close()
        return process.returncode

    def __enter__(self) -> SandboxProcess:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def call(url: str, method: str = "GET", body: object = None) -> tuple[int, dict[str, Any], str]:
    """One request; the status, the JSON body and the X-Sandbox header."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=_WAIT) as response:
            return response.status, json.load(response), response.headers["X-Sandbox"]
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.load(error), error.headers["X-Sandbox"]


def set_faults(url: str, **faults: Any) -> dict[str, Any]:
    status, body, _ = call(f"{url}/sandbox/faults", "POST", faults)
    if status != 200:
        raise SandboxProcessError(f"faults refused: {body}")
    return body


def accounts(url: str) -> list[SandboxAccount]:
    _, body, _ = call(f"{url}/sandbox/accounts")
    return [
        SandboxAccount(
            row["idempotency_key"], row["account_number"], row["bank_reference"], row["requests"]
        )
        for row in body["accounts"]
    ]


def request_counts(url: str) -> dict[str, int]:
    """Requests per key, those that opened nothing (rejected, 503) included."""
    _, body, _ = call(f"{url}/sandbox/accounts")
    return dict(body["requests"])
