"""Send a job straight to a USB receipt printer through pyusb, when pyusb is installed."""

from __future__ import annotations

import errno
import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from printing.errors import PrinterOfflineError, PrinterTimeoutError, TransportUnavailableError
from printing.printer_url import DEFAULT_TIMEOUT


@dataclass(frozen=True)
class UsbTransport:
    """Deliver a whole job to a USB printer's bulk OUT endpoint, or raise a PrinterError.

    pyusb directly rather than python-escpos's Usb: that one waits for ever by default
    (timeout 0), assumes endpoint 0x01, resets the device on every open and ignores how many
    bytes were written. pyusb is not a dependency of the kiosk; without it this transport
    says so when used. On Linux, `file:///dev/usb/lp0` needs no extra package.
    """

    vendor_id: int
    product_id: int
    timeout: float = DEFAULT_TIMEOUT

    @property
    def name(self) -> str:
        return f"usb://{self.vendor_id:04x}:{self.product_id:04x}"

    def send(self, job: bytes) -> None:
        core, util = _pyusb(self.name)
        try:
            device = core.find(idVendor=self.vendor_id, idProduct=self.product_id)
        except core.NoBackendError:
            raise TransportUnavailableError(
                self.name, "pyusb found no libusb library on this computer"
            ) from None
        if device is None:
            raise PrinterOfflineError(self.name, "is not plugged in (no such USB device)")
        try:
            endpoint = self._claim(device, core, util)
            written = endpoint.write(job, timeout=round(self.timeout * 1000))
        except core.USBError as error:
            if _is_timeout(core, error):
                raise PrinterTimeoutError(
                    self.name, f"did not take the whole job in {self.timeout:g} s"
                ) from None
            if error.errno == errno.EACCES:
                raise PrinterOfflineError(
                    self.name, "permission denied (a udev rule must give the kiosk access)"
                ) from None
            raise PrinterOfflineError(self.name, f"USB error: {error}") from error
        finally:
            util.dispose_resources(device)
        if written != len(job):
            raise PrinterTimeoutError(self.name, f"took only {written} of {len(job)} bytes")

    def _claim(self, device: Any, core: Any, util: Any) -> Any:
        # The usblp kernel driver holds printer-class interfaces on Linux.
        try:
            if device.is_kernel_driver_active(0):
                device.detach_kernel_driver(0)
        except NotImplementedError:
            pass  # not on this backend or platform
        try:
            configuration = device.get_active_configuration()
        except core.USBError:  # "Configuration not set"
            device.set_configuration()
            configuration = device.get_active_configuration()
        interface = configuration[(0, 0)]
        endpoint = util.find_descriptor(
            interface,
            custom_match=lambda e: util.endpoint_direction(e.bEndpointAddress) == util.ENDPOINT_OUT,
        )
        if endpoint is None:
            raise PrinterOfflineError(self.name, "has no USB output endpoint")
        return endpoint


def _is_timeout(core: Any, error: Exception) -> bool:
    timeout_class = getattr(core, "USBTimeoutError", None)  # pyusb 1.2 and later
    if timeout_class is not None and isinstance(error, timeout_class):
        return True
    return getattr(error, "errno", None) == errno.ETIMEDOUT


def _pyusb(name: str) -> tuple[ModuleType, ModuleType]:
    try:
        return importlib.import_module("usb.core"), importlib.import_module("usb.util")
    except ImportError:
        raise TransportUnavailableError(
            name,
            "USB printers need the pyusb package, which is not installed "
            "(or use file:///dev/usb/lp0 on Linux)",
        ) from None
