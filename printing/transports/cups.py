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
        submit_to_cups(
            self.name,
            job,
            queue=self.queue,
            options=("-o", "raw", "-t", self.title),
            server=self.server,
            timeout=self.timeout,
            lp_command=self.lp_command,
            environ=self.environ,
        )


def submit_to_cups(
    name: str,
    job: bytes,
    *,
    queue: str,
    options: tuple[str, ...],
    server: str | None,
    timeout: float,
    lp_command: str = "lp",
    environ: Mapping[str, str] | None = None,
) -> None:
    """Hand job to a CUPS queue with `lp`, reading it from stdin; a PrinterError named after
    name (the printer as people see it) when CUPS does not take it whole."""
    path = environ.get("PATH") if environ is not None else None
    lp = shutil.which(lp_command, path=path)
    if lp is None:
        raise TransportUnavailableError(
            name, f"the {lp_command!r} command is missing (install cups-client)"
        )
    argv = [lp]
    # Before -d: lp looks the queue up as soon as it reads -d, on the server known then.
    if server is not None:
        argv += ["-h", server]
    argv += ["-d", queue, *options]
    try:
        result = subprocess.run(
            argv,
            input=job,
            capture_output=True,
            timeout=timeout,
            env=None if environ is None else dict(environ),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise PrinterTimeoutError(name, f"CUPS did not take the job within {timeout:g} s") from None
    except OSError as error:
        raise TransportUnavailableError(name, f"cannot run lp: {error}") from error
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
        raise PrinterOfflineError(name, f"CUPS refused the job: {message}")
