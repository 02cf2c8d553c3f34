"""Hand a job to a CUPS queue as raw bytes with `lp`, the way any CUPS client would."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

from printing.errors import PrinterOfflineError, PrinterTimeoutError, TransportUnavailableError
from printing.printer_url import DEFAULT_TIMEOUT


@dataclass(frozen=True)
class CupsTransport:
    """Deliver a whole job to a CUPS queue, or raise a PrinterError saying why not.

    `lp` rather than python-escpos's CupsPrinter: that one needs pycups, and it writes a
    job into a temporary file that is only sent if open() was called first; otherwise the
    receipt is dropped without an error. `lp` reads the job from stdin and exits non-zero
    when the queue refuses it. It follows CUPS_SERVER and client.conf like every CUPS
    client; `server` overrides them. Accepted here means queued by CUPS.
    """

    queue: str
    server: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    title: str = "tanda-terima"
    lp_command: str = "lp"
    environ: Mapping[str, str] | None = None  # None: this process's environment

    @property
    def name(self) -> str:
        return f"cups://{self.queue}"

    def send(self, job: bytes) -> None:
        path = self.environ.get("PATH") if self.environ is not None else None
        lp = shutil.which(self.lp_command, path=path)
        if lp is None:
            raise TransportUnavailableError(
                self.name, f"the {self.lp_command!r} command is missing (install cups-client)"
            )
        argv = [lp]
        # Before -d: lp looks the queue up as soon as it reads -d, on the server known then.
        if self.server is not None:
            argv += ["-h", self.server]
        argv += ["-d", self.queue, "-o", "raw", "-t", self.title]
        try:
            result = subprocess.run(
                argv,
                input=job,
                capture_output=True,
                timeout=self.timeout,
                env=None if self.environ is None else dict(self.environ),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise PrinterTimeoutError(
                self.name, f"CUPS did not take the job within {self.timeout:g} s"
            ) from None
        except OSError as error:
            raise TransportUnavailableError(self.name, f"cannot run lp: {error}") from error
        if result.returncode != 0:
            message = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
            raise PrinterOfflineError(self.name, f"CUPS refused the job: {message}")
