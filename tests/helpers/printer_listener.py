"""A pretend network receipt printer on 127.0.0.1 (collects jobs, or misbehaves on purpose),
and a reader that takes an ESC/POS job apart the way a printer would."""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from types import TracebackType

from PIL import Image

# Status bytes as an ESC/POS printer sends them (bits 1 and 4 are always set).
READY = 0x12
OFFLINE = READY | 0x08
PAPER_OUT = READY | 0x60
_DLE_EOT = b"\x10\x04"
_POLL = 0.02  # seconds between looks at the stop flag


class Mode(Enum):
    COLLECT = "collect"  # accept, keep every byte, answer status requests "ready"
    REFUSE = "refuse"  # nothing listening: connections are refused
    SILENT = "silent"  # accept and keep bytes, but never answer a status request
    PAPER_OUT = "paper out"  # like COLLECT, but report no paper (and so offline)
    STALLED = "stalled"  # accept, then never read: the job backs up, as behind a jammed printer
    UNREACHABLE = "unreachable"  # the handshake never completes, as with a host that is off


class PrinterListener:
    """Use as a context manager; `port` to connect to, `next_job()` for what arrived.

    A job is everything one connection sent, complete once the client shut down its side.
    """

    def __init__(self, mode: Mode = Mode.COLLECT) -> None:
        self.mode = mode
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self.port: int = self._server.getsockname()[1]
        self._jobs: queue.Queue[bytes] = queue.Queue()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def __enter__(self) -> PrinterListener:
        match self.mode:
            case Mode.REFUSE:
                pass  # bound, so no one else takes the port, but not listening: refused
            case Mode.UNREACHABLE:
                # Linux drops SYNs once the accept queue is full; one connection fills it.
                self._server.listen(0)
                self._filler.settimeout(5)
                self._filler.connect(("127.0.0.1", self.port))
            case _:
                if self.mode is Mode.STALLED:
                    self._server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                self._server.listen()
                self._server.settimeout(_POLL)
                self._start(self._accept_loop)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._filler.close()
        self._server.close()

    def next_job(self, timeout: float = 5.0) -> bytes:
        """The bytes of the next connection that finished; queue.Empty if none in time."""
        return self._jobs.get(timeout=timeout)

    def _start(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._start(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        received = bytearray()
        scanned = 0
        conn.settimeout(_POLL)
        with conn:
            if self.mode is Mode.STALLED:
                self._stop.wait()
                return
            while not self._stop.is_set():
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not chunk:
                    self._jobs.put(bytes(received))
                    return
                received += chunk
                scanned = self._answer(conn, received, scanned)

    def _answer(self, conn: socket.socket, received: bytearray, position: int) -> int:
        """Answer each DLE EOT n from `position` on, as a printer answers real-time requests.

        Returns where to look next time: a request split across two reads is seen whole then.
        """
        while True:
            found = received.find(_DLE_EOT, position)
            if found == -1:
                return max(position, len(received) - 1)  # the last byte may be a lone DLE
            if found + 2 >= len(received):
                return found  # its n is still on the way
            reply = self._status(received[found + 2])
            if reply is not None:
                with contextlib.suppress(OSError):
                    conn.sendall(bytes([reply]))
            position = found + 3

    def _status(self, request: int) -> int | None:
        if self.mode is Mode.SILENT:
            return None
        if self.mode is Mode.PAPER_OUT:
            return PAPER_OUT if request == 4 else OFFLINE
        return READY


@dataclass(frozen=True)
class Raster:
    """One GS v 0 image: ESC/POS rows of bits, 1 for a black dot."""

    width_bytes: int
    height: int
    data: bytes

    def image(self) -> Image.Image:
        # PIL's 1-bit images use 1 for white: flip every bit.
        return Image.frombytes(
            "1", (self.width_bytes * 8, self.height), bytes(b ^ 0xFF for b in self.data)
        )


@dataclass
class PrintedJob:
    lines: list[str] = field(default_factory=list)  # text lines, decoded as code page 437
    commands: list[bytes] = field(default_factory=list)  # each command's leading bytes
    native_qr: list[bytes] = field(default_factory=list)  # data stored with GS ( k fn 80
    rasters: list[Raster] = field(default_factory=list)


# Bytes each ESC command takes, its own two included.
_ESC_LENGTHS = {b"@": 2, b"t": 3, b"E": 3, b"a": 3, b"!": 3, b"d": 3, b"-": 3, b"M": 3}


def read_job(job: bytes) -> PrintedJob:
    """Take a job apart; ValueError for any byte this reader does not account for."""
    out = PrintedJob()
    text = bytearray()
    i = 0
    while i < len(job):
        byte = job[i]
        if byte == 0x0A:
            out.lines.append(text.decode("cp437"))
            text.clear()
            i += 1
        elif byte == 0x1B:
            size = _ESC_LENGTHS.get(job[i + 1 : i + 2])
            if size is None:
                raise ValueError(f"unknown ESC command {job[i : i + 2]!r} at {i}")
            out.commands.append(job[i : i + 2])
            i += size
        elif job[i : i + 3] == b"\x1d(k":
            size = job[i + 3] + 256 * job[i + 4]
            body = job[i + 5 : i + 5 + size]
            if body[:2] == b"1P":  # cn 49, fn 80: store the data; m follows
                out.native_qr.append(body[3:])
            out.commands.append(job[i : i + 3])
            i += 5 + size
        elif job[i : i + 3] == b"\x1dv0":
            width, height = job[i + 4] + 256 * job[i + 5], job[i + 6] + 256 * job[i + 7]
            data = job[i + 8 : i + 8 + width * height]
            out.rasters.append(Raster(width, height, data))
            out.commands.append(job[i : i + 3])
            i += 8 + width * height
        elif job[i : i + 2] == b"\x1dV":
            out.commands.append(job[i : i + 2])
            i += 4 if job[i + 2] in (65, 66) else 3
        elif job[i : i + 2] == b"\x10\x04":
            out.commands.append(job[i : i + 3])
            i += 3
        elif byte < 0x20:
            raise ValueError(f"unexpected control byte {byte:#04x} at {i}")
        else:
            text.append(byte)
            i += 1
    if text:
        out.lines.append(text.decode("cp437"))
    return out
