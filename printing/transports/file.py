"""Write a job to a printer device node (/dev/usb/lp0) or a file: whole, flushed and synced."""

from __future__ import annotations

import errno
import os
import select
import stat
import time
from dataclasses import dataclass

from printing.errors import PaperOutError, PrinterError, PrinterOfflineError, PrinterTimeoutError
from printing.printer_url import DEFAULT_TIMEOUT

# fsync means nothing to most character devices; they say so with one of these.
_NO_SYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOTTY, errno.EROFS})


@dataclass(frozen=True)
class FileTransport:
    """Deliver a whole job to a path, or raise a PrinterError saying why not.

    A path under /dev is never created: when the printer is unplugged its node is gone, and
    creating a plain file in its place would swallow every job without a word.
    """

    path: str
    timeout: float = DEFAULT_TIMEOUT

    @property
    def name(self) -> str:
        return f"file://{self.path}"

    def send(self, job: bytes) -> None:
        fd = self._open()
        try:
            regular = stat.S_ISREG(os.fstat(fd).st_mode)
            self._write_all(fd, job, regular)
            self._sync(fd, regular)
        finally:
            os.close(fd)

    def _open(self) -> int:
        device = self.path == "/dev" or self.path.startswith("/dev/")
        # Non-blocking, so a printer that stops taking data cannot hang us past the timeout.
        flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        flags |= getattr(os, "O_BINARY", 0)
        if not device:
            flags |= os.O_CREAT | os.O_TRUNC
        try:
            return os.open(self.path, flags, 0o644)
        except FileNotFoundError:
            problem = "is not there (printer unplugged or off?)" if device else "folder missing"
            raise PrinterOfflineError(self.name, problem) from None
        except PermissionError:
            raise PrinterOfflineError(
                self.name, "permission denied (is the kiosk user in the 'lp' group?)"
            ) from None
        except OSError as error:
            if error.errno in (errno.ENXIO, errno.ENODEV):
                raise PrinterOfflineError(self.name, "no device or reader behind it") from None
            raise PrinterOfflineError(self.name, f"cannot open: {error.strerror}") from None

    def _write_all(self, fd: int, job: bytes, regular: bool) -> None:
        deadline = time.monotonic() + self.timeout
        view = memoryview(job)
        while view:
            try:
                written = os.write(fd, view)
            except BlockingIOError:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not select.select([], [fd], [], remaining)[1]:
                    raise PrinterTimeoutError(
                        self.name,
                        f"took only {len(job) - len(view)} of {len(job)} bytes "
                        f"in {self.timeout:g} s",
                    ) from None
                continue
            except OSError as error:
                raise self._write_error(error, regular) from error
            view = view[written:]

    def _write_error(self, error: OSError, regular: bool) -> PrinterError:
        if error.errno == errno.ENOSPC:
            if regular:
                return PrinterOfflineError(self.name, "the disk is full")
            return PaperOutError(self.name, "is out of paper")  # the usblp driver's way
        if error.errno in (errno.EIO, errno.ENODEV, errno.ENXIO, errno.EPIPE):
            return PrinterOfflineError(self.name, f"went away during the job: {error.strerror}")
        return PrinterOfflineError(self.name, f"write failed: {error.strerror}")

    def _sync(self, fd: int, regular: bool) -> None:
        try:
            os.fsync(fd)
        except OSError as error:
            if regular or error.errno not in _NO_SYNC:
                raise PrinterOfflineError(self.name, f"sync failed: {error.strerror}") from error
