"""Send a job to a serial receipt printer through pyserial, when pyserial is installed."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from printing.errors import PrinterOfflineError, PrinterTimeoutError, TransportUnavailableError
from printing.printer_url import DEFAULT_BAUDRATE, DEFAULT_TIMEOUT

# 8N1: a start bit, eight data bits and a stop bit on the wire for every byte.
_BITS_PER_BYTE = 10


@dataclass(frozen=True)
class SerialTransport:
    """Deliver a whole job to a serial port, or raise a PrinterError saying why not.

    pyserial directly rather than python-escpos's Serial: that one sets no write timeout
    (a printer holding the line hangs the caller for ever) and ignores short writes.
    pyserial is not a dependency of the kiosk; without it this transport says so when used.
    """

    device: str
    baudrate: int = DEFAULT_BAUDRATE
    timeout: float = DEFAULT_TIMEOUT

    @property
    def name(self) -> str:
        return f"serial://{self.device}"

    def send(self, job: bytes) -> None:
        serial = _pyserial(self.name)
        # A raster receipt takes 10 s on the wire at 9600 baud: allow for it on top.
        write_timeout = self.timeout + len(job) * _BITS_PER_BYTE / self.baudrate
        try:
            port = serial.Serial(
                port=self.device,
                baudrate=self.baudrate,
                bytesize=serial.EIGHTBITS,
                parity=serial.PARITY_NONE,
                stopbits=serial.STOPBITS_ONE,
                timeout=self.timeout,
                write_timeout=write_timeout,
            )
        except (serial.SerialException, ValueError, OSError) as error:
            raise PrinterOfflineError(self.name, f"cannot open the port: {error}") from error
        try:
            written = port.write(job)
            port.flush()
        except serial.SerialTimeoutException:
            raise PrinterTimeoutError(
                self.name, f"did not take the whole job in {write_timeout:.1f} s"
            ) from None
        except (serial.SerialException, OSError) as error:
            raise PrinterOfflineError(self.name, f"went away during the job: {error}") from error
        finally:
            port.close()
        if written is not None and written != len(job):
            raise PrinterTimeoutError(self.name, f"took only {written} of {len(job)} bytes")


def _pyserial(name: str) -> ModuleType:
    try:
        return importlib.import_module("serial")
    except ImportError:
        raise TransportUnavailableError(
            name, "serial printers need the pyserial package, which is not installed"
        ) from None
