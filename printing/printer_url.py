"""Parse receipt-printer URLs (`tcp://HOST:9100?profile=58&qr=raster`) into typed settings."""

from __future__ import annotations

import ipaddress
import math
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from printing.errors import PrinterUrlError
from printing.receipt import QrMode, ReceiptProfile

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUDRATE = 9600
# A few seconds: long enough for a printer on a busy event LAN, short enough that an operator
# does not wait on a dead one (python-escpos waits 60 s).
DEFAULT_TIMEOUT = 5.0
MAX_TIMEOUT = 300.0
BAUDRATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)

_EXAMPLES = (
    "tcp://192.168.1.50:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baudrate=19200, "
    "file:///dev/usb/lp0 or cups://QUEUE"
)
_HOST_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_HEX_ID = re.compile(r"(?:0[xX])?([0-9A-Fa-f]{1,4})")
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
# CUPS allows more, but a queue name in a URL must not start like an `lp` option.
_QUEUE = re.compile(r"[A-Za-z0-9_.@+][A-Za-z0-9_.@+-]{0,126}")


@dataclass(frozen=True)
class TcpAddress:
    """A network printer's raw port (JetDirect / AppSocket)."""

    host: str
    port: int = DEFAULT_TCP_PORT


@dataclass(frozen=True)
class UsbAddress:
    vendor_id: int
    product_id: int


@dataclass(frozen=True)
class SerialAddress:
    device: str  # /dev/ttyUSB0, or COM3 on Windows
    baudrate: int = DEFAULT_BAUDRATE


@dataclass(frozen=True)
class FileAddress:
    path: str  # a device node such as /dev/usb/lp0, or a plain file


@dataclass(frozen=True)
class CupsAddress:
    queue: str
    server: str | None = None  # host[:port]; None: `lp` follows CUPS_SERVER and client.conf


PrinterAddress = TcpAddress | UsbAddress | SerialAddress | FileAddress | CupsAddress


@dataclass(frozen=True)
class PrinterUrl:
    """Where the receipt printer is and how to talk to it."""

    address: PrinterAddress
    profile: ReceiptProfile = ReceiptProfile.MM58
    # Raster works on every ESC/POS printer; native QR prints nothing on some cheap ones.
    qr_mode: QrMode = QrMode.RASTER
    timeout: float = DEFAULT_TIMEOUT
    # Ask a network printer for its status (DLE EOT) before sending; off by default because
    # some printers never answer it and would then always look offline.
    check_status: bool = False

    def __str__(self) -> str:
        """The canonical URL, with every option spelled out; parses back to an equal value."""
        options = [f"profile={self.profile.value}", f"qr={self.qr_mode.value}"]
        options.append(f"timeout={_format_seconds(self.timeout)}")
        match self.address:
            case TcpAddress(host, port):
                shown = f"[{host}]" if ":" in host else host
                base = f"tcp://{shown}:{port}"
                options.append(f"status={'on' if self.check_status else 'off'}")
            case UsbAddress(vendor, product):
                base = f"usb://{vendor:04x}:{product:04x}"
            case SerialAddress(device, baudrate):
                # serial:///dev/ttyUSB0 (a path) or serial://COM3 (a name)
                base = f"serial://{quote(device, safe='/')}"
                options.append(f"baudrate={baudrate}")
            case FileAddress(path):
                base = f"file://{quote(path, safe='/')}"
            case CupsAddress(queue, server):
                base = f"cups://{queue}"
                if server is not None:
                    options.append(f"server={server}")
        return f"{base}?{'&'.join(options)}"


def parse_printer_url(text: str) -> PrinterUrl:
    """Read a printer URL; a PrinterUrlError says which part is wrong."""
    return _Parser(text).parse()


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text

    def fail(self, problem: str) -> PrinterUrlError:
        return PrinterUrlError(self.text, problem)

    def parse(self) -> PrinterUrl:
        text = self.text.strip()
        if not text:
            raise self.fail(f"it is empty; expected e.g. {_EXAMPLES}")
        if any(char.isspace() or not char.isprintable() for char in text):
            raise self.fail("it contains spaces or control characters (write a space as %20)")
        scheme, separator, rest = text.partition("://")
        if not separator:
            raise self.fail(f"expected SCHEME://…, e.g. {_EXAMPLES}")
        scheme = scheme.lower()
        if "#" in rest:
            raise self.fail("a printer URL has no #fragment")
        location, _, query = rest.partition("?")
        authority, slash, path = location.partition("/")
        path = slash + path
        options = self.options(query)
        address: PrinterAddress
        match scheme:
            case "tcp":
                allowed = {"status"}
                address = self.tcp(authority, path)
            case "usb":
                allowed = set()
                address = self.usb(authority, path)
            case "serial":
                allowed = {"baudrate"}
                address = self.serial(authority, path, options.get("baudrate"))
            case "file":
                allowed = set()
                address = self.file(authority, path)
            case "cups":
                allowed = {"server"}
                address = self.cups(authority, path, options.get("server"))
            case _:
                raise self.fail(f"unknown scheme {scheme!r}: use tcp, usb, serial, file or cups")
        allowed |= {"profile", "qr", "timeout"}
        unknown = sorted(set(options) - allowed)
        if unknown:
            raise self.fail(
                f"unknown option {unknown[0]!r} for {scheme}:// "
                f"(known: {', '.join(sorted(allowed))})"
            )
        return PrinterUrl(
            address=address,
            profile=self.profile(options.get("profile")),
            qr_mode=self.qr_mode(options.get("qr")),
            timeout=self.timeout(options.get("timeout")),
            check_status=self.flag("status", options.get("status")),
        )

    def options(self, query: str) -> dict[str, str]:
        options: dict[str, str] = {}
        if not query:
            return options
        for pair in query.split("&"):
            name, equals, value = pair.partition("=")
            name = unquote(name).lower()
            value = unquote(value)
            if not name or not equals or not value:
                raise self.fail(f"option {pair!r} is not NAME=VALUE")
            if name in options:
                raise self.fail(f"option {name!r} is given twice")
            options[name] = value
        return options

    def tcp(self, authority: str, path: str) -> TcpAddress:
        if path not in ("", "/"):
            raise self.fail(f"a tcp:// URL has no path ({path!r}); use tcp://HOST:PORT")
        if not authority:
            raise self.fail("the host is missing; use tcp://HOST:PORT")
        host, port = self.host_port(authority, DEFAULT_TCP_PORT)
        return TcpAddress(host, port)

    def host_port(self, authority: str, default_port: int) -> tuple[str, int]:
        if "@" in authority:
            raise self.fail("a printer URL takes no user name (nothing before '@')")
        if authority.startswith("["):
            inside, bracket, after = authority[1:].partition("]")
            if not bracket:
                raise self.fail("an IPv6 address opened with '[' is never closed with ']'")
            host = self.ipv6(inside)
            if after and not after.startswith(":"):
                raise self.fail(f"unexpected {after!r} after the IPv6 address")
            port_text = after[1:] if after else None
        else:
            host, colon, port_text_or_empty = authority.partition(":")
            port_text = port_text_or_empty if colon else None
            host = self.hostname(host)
        if port_text is None:
            return host, default_port
        if not port_text.isascii() or not port_text.isdigit() or len(port_text) > 5:
            raise self.fail(f"the port {port_text!r} is not a number from 1 to 65535")
        port = int(port_text)
        if not 1 <= port <= 65535:
            raise self.fail(f"the port {port} is not a number from 1 to 65535")
        return host, port

    def ipv6(self, text: str) -> str:
        try:
            return str(ipaddress.IPv6Address(text))
        except ValueError:
            raise self.fail(f"{text!r} is not an IPv6 address") from None

    def hostname(self, host: str) -> str:
        if not host:
            raise self.fail("the host is missing")
        if re.fullmatch(r"[0-9.]+", host):
            try:
                return str(ipaddress.IPv4Address(host))
            except ValueError:
                raise self.fail(f"{host!r} is not an IPv4 address") from None
        labels = host.rstrip(".").split(".")
        if len(host) > 253 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
            raise self.fail(f"{host!r} is not a host name or an IP address")
        return host.lower()

    def usb(self, authority: str, path: str) -> UsbAddress:
        if path not in ("", "/"):
            raise self.fail(f"a usb:// URL has no path ({path!r}); use usb://VID:PID")
        vendor_text, colon, product_text = authority.partition(":")
        vendor = _HEX_ID.fullmatch(vendor_text)
        product = _HEX_ID.fullmatch(product_text)
        if not colon or vendor is None or product is None:
            raise self.fail(
                f"{authority!r} is not VID:PID, the vendor and product ids in hex "
                "(as `lsusb` shows them, e.g. usb://04b8:0e15)"
            )
        return UsbAddress(int(vendor.group(1), 16), int(product.group(1), 16))

    def serial(self, authority: str, path: str, baudrate_text: str | None) -> SerialAddress:
        if authority and path:
            raise self.fail(
                "a serial port is local: write serial:///dev/ttyUSB0 (three slashes) "
                "or serial://COM3"
            )
        device = self.local_path(authority or path, "serial device")
        baudrate = DEFAULT_BAUDRATE
        if baudrate_text is not None:
            if (
                not (baudrate_text.isascii() and baudrate_text.isdigit())
                or int(baudrate_text) not in BAUDRATES
            ):
                raise self.fail(
                    f"baudrate {baudrate_text!r} is not one of {', '.join(map(str, BAUDRATES))}"
                )
            baudrate = int(baudrate_text)
        return SerialAddress(device, baudrate)

    def file(self, authority: str, path: str) -> FileAddress:
        if authority not in ("", "localhost"):
            raise self.fail(
                f"a file URL names a local path: write file:///dev/usb/lp0 (three slashes), "
                f"not a host {authority!r}"
            )
        return FileAddress(self.local_path(path, "file path"))

    def local_path(self, raw: str, what: str) -> str:
        try:
            path = unquote(raw, errors="strict")
        except UnicodeDecodeError:
            raise self.fail(f"the {what} has a %-escape that is not UTF-8") from None
        if not path or path == "/":
            raise self.fail(f"the {what} is missing")
        if "\x00" in path or not path.isprintable():
            raise self.fail(f"the {what} contains control characters")
        return path

    def cups(self, authority: str, path: str, server: str | None) -> CupsAddress:
        if path not in ("", "/"):
            raise self.fail(f"a CUPS queue name has no '/' ({path!r}); use cups://QUEUE")
        if not authority:
            raise self.fail("the CUPS queue name is missing; use cups://QUEUE")
        if not _QUEUE.fullmatch(authority):
            raise self.fail(
                f"{authority!r} is not a CUPS queue name (letters, digits, '_', '.', '-', "
                "up to 127 characters, not starting with '-')"
            )
        if server is not None:
            host, port = self.host_port(server, 631)
            server = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        return CupsAddress(authority, server)

    def profile(self, text: str | None) -> ReceiptProfile:
        if text is None:
            return ReceiptProfile.MM58
        value = text.lower().removesuffix("mm")
        for profile in ReceiptProfile:
            if profile.value == value:
                return profile
        raise self.fail(f"profile {text!r} is not 58 or 80 (the paper width in mm)")

    def qr_mode(self, text: str | None) -> QrMode:
        if text is None:
            return QrMode.RASTER
        try:
            return QrMode(text.lower())
        except ValueError:
            raise self.fail(f"qr {text!r} is not native or raster") from None

    def timeout(self, text: str | None) -> float:
        if text is None:
            return DEFAULT_TIMEOUT
        seconds = float(text) if _DECIMAL.fullmatch(text) else math.nan
        if not 0 < seconds <= MAX_TIMEOUT:
            raise self.fail(
                f"timeout {text!r} is not a number of seconds above 0 and up to {MAX_TIMEOUT:g}"
            )
        return seconds

    def flag(self, name: str, text: str | None) -> bool:
        if text is None:
            return False
        match text.lower():
            case "on" | "1" | "yes" | "true":
                return True
            case "off" | "0" | "no" | "false":
                return False
            case _:
                raise self.fail(f"{name} {text!r} is not on or off")


def _format_seconds(seconds: float) -> str:
    text = repr(seconds)
    return text.removesuffix(".0")
