"""The bank connector over HTTP(S): resources/bank/openapi.yaml, sent again until answered."""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.client
import json
import ssl
import time
import urllib.parse
from collections.abc import Callable

from kiosk.bank.model import (
    AccountRequest,
    BankAnswer,
    BankRequestRefusedError,
    BankUnavailableError,
    Opened,
    Rejected,
)

# However many attempts, one wait between two of them stays below this many seconds.
_LONGEST_WAIT = 30.0


class _AttemptFailedError(Exception):
    """One attempt brought no usable answer; the text is safe to show (no personal data)."""


class HttpBankConnector:
    """Opens accounts through the bank's HTTP API.

    The application number travels as the Idempotency-Key, so a request whose answer was
    lost (timeout, reset, 5xx) is simply sent again: the bank opens one account for it.
    Each attempt uses a fresh connection; between attempts the wait doubles from `backoff`.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: float = 10.0,
        attempts: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"the bank's URL must be http:// or https://, not {base_url!r}")
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            # NIKs and mothers' maiden names travel in this request: never in clear text.
            raise ValueError("the bank's URL must be https:// (http:// only on this computer)")
        self._base_url = base_url.rstrip("/")
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._path = parts.path.rstrip("/") + "/v1/accounts"
        self._token = token
        self._timeout = timeout
        self._attempts = attempts
        self._backoff = backoff
        self._sleep = sleep

    @property
    def name(self) -> str:
        return self._base_url

    def open_account(self, request: AccountRequest) -> BankAnswer:
        body = json.dumps(_as_json(request), ensure_ascii=False).encode()
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "application/json",
            "Idempotency-Key": request.application_no,
        }
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        failures: list[str] = []
        for attempt in range(self._attempts):
            if attempt:
                self._sleep(min(self._backoff * 2 ** (attempt - 1), _LONGEST_WAIT))
            try:
                return self._post(body, headers)
            except _AttemptFailedError as error:
                failures.append(str(error))
        raise BankUnavailableError(
            f"POST {self._path}: no answer after {self._attempts} attempt(s) "
            f"({'; '.join(failures)})"
        )

    def _post(self, body: bytes, headers: dict[str, str]) -> BankAnswer:
        connection = self._connect()
        try:
            connection.request("POST", self._path, body=body, headers=headers)
            response = connection.getresponse()
            status = response.status
            payload = response.read()
        except (OSError, http.client.HTTPException) as error:
            # RemoteDisconnected, refused, reset, TimeoutError, ssl.SSLError all land here;
            # the class names them well enough, and its text could quote the server.
            raise _AttemptFailedError(type(error).__name__) from error
        finally:
            connection.close()
        if status in (200, 201):
            opened = _json_object(payload, status)
            number, reference = opened.get("account_number"), opened.get("bank_reference")
            if not (isinstance(number, str) and number and isinstance(reference, str)):
                raise _AttemptFailedError(f"HTTP {status} without an account number")
            return Opened(account_number=number, bank_reference=reference)
        if status == 422:
            rejection = _json_object(payload, status)
            code, message = rejection.get("code"), rejection.get("message", "")
            if not (isinstance(code, str) and code and isinstance(message, str)):
                raise _AttemptFailedError("HTTP 422 without a rejection code")
            return Rejected(code=code, message=message)
        if status == 409:
            raise BankRequestRefusedError("HTTP 409: this application number came with other data")
        if status in (400, 401, 403, 404):
            raise BankRequestRefusedError(f"HTTP {status}: the bank does not take this request")
        raise _AttemptFailedError(f"HTTP {status}")

    def _connect(self) -> http.client.HTTPConnection:
        if self._https:
            return http.client.HTTPSConnection(
                self._host,
                self._port,
                timeout=self._timeout,
                context=ssl.create_default_context(),
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)


def _as_json(request: AccountRequest) -> dict[str, str]:
    def value(item: object) -> str:
        return item.isoformat() if isinstance(item, dt.date) else str(item)

    return {
        field.name: value(getattr(request, field.name)) for field in dataclasses.fields(request)
    }


def _json_object(payload: bytes, status: int) -> dict[str, object]:
    try:
        decoded = json.loads(payload)
    except ValueError as error:  # not UTF-8, or not JSON
        raise _AttemptFailedError(f"HTTP {status} with a body that is not JSON") from error
    if not isinstance(decoded, dict):
        raise _AttemptFailedError(f"HTTP {status} with a body that is not a JSON object")
    return decoded
