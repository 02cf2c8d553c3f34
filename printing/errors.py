"""The specific ways printing can fail, so the app can map each to a clear message."""

from __future__ import annotations


class PrintingError(Exception):
    """Base of every error raised by `printing`."""


class ReceiptDataError(PrintingError, ValueError):
    """The data given for a receipt cannot be printed as it is (e.g. a NIK in clear)."""


class PrinterUrlError(PrintingError, ValueError):
    """A printer URL is malformed; the message names the part that is wrong."""

    def __init__(self, url: str, problem: str) -> None:
        super().__init__(f"bad printer URL {url!r}: {problem}")
        self.url = url
        self.problem = problem


class PrinterError(PrintingError):
    """A job did not reach the printer whole. The job can be retried or sent elsewhere."""

    def __init__(self, printer: str, problem: str) -> None:
        super().__init__(f"{printer}: {problem}")
        self.printer = printer
        self.problem = problem


class PrinterOfflineError(PrinterError):
    """The printer cannot be reached, refused the job, or does not answer."""


class PrinterTimeoutError(PrinterError):
    """The printer was reached but did not take the whole job within the time allowed."""


class PaperOutError(PrinterError):
    """The printer reports that it has no paper."""


class TransportUnavailableError(PrinterError):
    """This computer lacks what the transport needs (pyserial, pyusb, the `lp` command)."""
