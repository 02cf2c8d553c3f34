"""Transports: each takes a rendered job's bytes and delivers them whole, or raises why not."""

from __future__ import annotations

from typing import Protocol

from printing.printer_url import (
    CupsAddress,
    FileAddress,
    PrinterUrl,
    SerialAddress,
    TcpAddress,
    UsbAddress,
)
from printing.transports.cups import CupsTransport
from printing.transports.file import FileTransport
from printing.transports.serial import SerialTransport
from printing.transports.tcp import PrinterStatus, TcpTransport
from printing.transports.usb import UsbTransport

__all__ = [
    "CupsTransport",
    "FileTransport",
    "PrinterStatus",
    "SerialTransport",
    "TcpTransport",
    "Transport",
    "UsbTransport",
    "transport_for",
]


class Transport(Protocol):
    @property
    def name(self) -> str:
        """The printer as people see it in messages, e.g. tcp://192.168.1.50:9100."""
        ...

    def send(self, job: bytes) -> None:
        """Return once the printer (or its queue) accepted every byte; else a PrinterError."""
        ...


def transport_for(url: PrinterUrl) -> Transport:
    """The transport a parsed printer URL names. Nothing is opened until send()."""
    match url.address:
        case TcpAddress(host, port):
            return TcpTransport(host, port, timeout=url.timeout, check_status=url.check_status)
        case UsbAddress(vendor_id, product_id):
            return UsbTransport(vendor_id, product_id, timeout=url.timeout)
        case SerialAddress(device, baudrate):
            return SerialTransport(device, baudrate, timeout=url.timeout)
        case FileAddress(path):
            return FileTransport(path, timeout=url.timeout)
        case CupsAddress(queue, server):
            return CupsTransport(queue, server, timeout=url.timeout)
