"""Send a job to a network receipt printer's raw port (9100), with bounded waits throughout."""

from __future__ import annotations

import socket
import struct
import sys
import time
from dataclasses import dataclass
from enum import Enum

from printing.errors import PaperOutError, PrinterError, PrinterOfflineError, PrinterTimeoutError
from printing.printer_url import DEFAULT_TCP_PORT, DEFAULT_TIMEOUT

# DLE EOT n: real-time status requests, answered with one byte even mid-job.
STATUS_PRINTER = b"\x10\x04\x01"
STATUS_ROLL_PAPER = b"\x10\x04\x04"
# Every status byte has bit 1 and bit 4 set, bit 0 and bit 7 clear.
_FIXED_MASK = 0x93
_FIXED_BITS = 0x12
_OFFLINE = 0x08  # in the printer status
_PAPER_NEAR_END = 0x0C  # in the roll paper sensor status
_PAPER_END = 0x60
# How often to look whether the printer has acknowledged everything we sent.
_ACK_POLL_SECONDS = 0.005


class PrinterStatus(Enum):
    READY = "ready"
    PAPER_NEAR_END = "paper near end"
    PAPER_OUT = "paper out"
    OFFLINE = "offline"  # the printer says so: cover open, paper being fed, an error


@dataclass(frozen=True)
class TcpTransport:
    """Deliver a whole job over TCP, or raise a PrinterError saying why not.

    Unlike python-escpos's Network printer (60 s default, `is_online()` that raises
    TimeoutError from a silent printer), every wait here is bounded by `timeout`.
    """

    host: str
    port: int = DEFAULT_TCP_PORT
    timeout: float = DEFAULT_TIMEOUT  # for the connection, each status answer, and the job
    check_status: bool = False  # ask for paper and online status before sending

    @property
    def name(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"tcp://{host}:{self.port}"

    def send(self, job: bytes) -> None:
        """Return only once the printer's TCP stack has acknowledged every byte of the job."""
        with self._connect() as sock:
            if self.check_status:
                self._raise_unless_ready(self._query(sock))
            deadline = time.monotonic() + self.timeout
            sock.settimeout(self.timeout)  # since 3.5, the limit for the whole sendall
            try:
                sock.sendall(job)
            except TimeoutError:
                raise PrinterTimeoutError(
                    self.name,
                    f"did not take the whole job ({len(job)} bytes) in {self.timeout:g} s",
                ) from None
            except OSError as error:
                raise PrinterOfflineError(
                    self.name, f"connection lost during the job: {error}"
                ) from error
            self._wait_acknowledged(sock, len(job), deadline)
            try:
                sock.shutdown(socket.SHUT_WR)
            except OSError as error:
                raise PrinterOfflineError(
                    self.name, f"connection lost at the end of the job: {error}"
                ) from error

    def status(self) -> PrinterStatus:
        """Ask the printer how it is; PrinterOfflineError if unreachable or silent."""
        with self._connect() as sock:
            return self._query(sock)

    def is_online(self) -> bool:
        """True when the printer answers and is ready to print; never raises a PrinterError."""
        try:
            return self.status() in (PrinterStatus.READY, PrinterStatus.PAPER_NEAR_END)
        except PrinterError:
            return False

    def _connect(self) -> socket.socket:
        # The timeout bounds the TCP handshake, not the name lookup: use IP addresses for
        # printers at events without a working DNS server.
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout)
        except ConnectionRefusedError:
            raise PrinterOfflineError(
                self.name, "refused the connection (switched off, or not a printer port)"
            ) from None
        except TimeoutError:
            raise PrinterOfflineError(
                self.name, f"did not answer within {self.timeout:g} s (off or unreachable)"
            ) from None
        except socket.gaierror as error:
            raise PrinterOfflineError(self.name, f"unknown host: {error.strerror}") from None
        except OSError as error:
            raise PrinterOfflineError(
                self.name, f"unreachable: {error.strerror or error}"
            ) from None

    def _query(self, sock: socket.socket) -> PrinterStatus:
        paper = self._status_byte(sock, STATUS_ROLL_PAPER)
        if paper & _PAPER_END == _PAPER_END:
            return PrinterStatus.PAPER_OUT
        if self._status_byte(sock, STATUS_PRINTER) & _OFFLINE:
            return PrinterStatus.OFFLINE
        if paper & _PAPER_NEAR_END:
            return PrinterStatus.PAPER_NEAR_END
        return PrinterStatus.READY

    def _status_byte(self, sock: socket.socket, request: bytes) -> int:
        sock.settimeout(self.timeout)
        try:
            sock.sendall(request)
            answer = sock.recv(1)
        except TimeoutError:
            raise PrinterOfflineError(
                self.name, f"accepted the connection but did not answer in {self.timeout:g} s"
            ) from None
        except OSError as error:
            raise PrinterOfflineError(self.name, f"connection lost: {error}") from None
        if not answer:
            raise PrinterOfflineError(self.name, "closed the connection instead of answering")
        if answer[0] & _FIXED_MASK != _FIXED_BITS:
            raise PrinterOfflineError(
                self.name, f"answered the status request with {answer[0]:#04x}, not a status"
            )
        return answer[0]

    def _raise_unless_ready(self, status: PrinterStatus) -> None:
        if status is PrinterStatus.PAPER_OUT:
            raise PaperOutError(self.name, "is out of paper")
        if status is PrinterStatus.OFFLINE:
            raise PrinterOfflineError(
                self.name, "reports that it is offline (cover open or an error)"
            )

    def _wait_acknowledged(self, sock: socket.socket, size: int, deadline: float) -> None:
        """Wait until the printer has acknowledged every byte, not just until we queued them.

        sendall returns once the bytes are in our kernel's buffer; a printer that dies then
        would lose the job while we count it printed. Linux tells how many bytes are still
        unacknowledged (SIOCOUTQ); elsewhere this check is skipped.
        """
        while (pending := _unacknowledged(sock)) is not None and pending > 0:
            if time.monotonic() >= deadline:
                raise PrinterTimeoutError(
                    self.name,
                    f"acknowledged only {size - pending} of {size} bytes in {self.timeout:g} s",
                )
            time.sleep(_ACK_POLL_SECONDS)


def _unacknowledged(sock: socket.socket) -> int | None:
    if sys.platform != "linux":
        return None
    import fcntl
    import termios

    try:
        answer = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0")
    except OSError:
        return None
    pending: int = struct.unpack("i", answer)[0]
    return pending
