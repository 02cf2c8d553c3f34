"""Printer URLs: the forms people type, clear errors for the rest, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from printing.errors import PrinterUrlError
from printing.printer_url import (
    CupsAddress,
    FileAddress,
    PrinterUrl,
    SerialAddress,
    TcpAddress,
    UsbAddress,
    parse_printer_url,
)
from printing.receipt import QrMode, ReceiptProfile
from printing.transports import (
    CupsTransport,
    FileTransport,
    SerialTransport,
    TcpTransport,
    UsbTransport,
    transport_for,
)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("tcp://192.168.1.50:9100", TcpAddress("192.168.1.50", 9100)),
        ("tcp://192.168.1.50", TcpAddress("192.168.1.50", 9100)),
        ("TCP://Printer-1.Local:9101/", TcpAddress("printer-1.local", 9101)),
        ("tcp://[fe80::1]:9100", TcpAddress("fe80::1", 9100)),
        ("usb://04b8:0e15", UsbAddress(0x04B8, 0x0E15)),
        ("usb://0x0416:0X5011", UsbAddress(0x0416, 0x5011)),
        ("serial:///dev/ttyUSB0", SerialAddress("/dev/ttyUSB0", 9600)),
        ("serial:///dev/ttyUSB0?baudrate=19200", SerialAddress("/dev/ttyUSB0", 19200)),
        ("serial://COM3?baudrate=115200", SerialAddress("COM3", 115200)),
        ("file:///dev/usb/lp0", FileAddress("/dev/usb/lp0")),
        ("file://localhost/tmp/struk%20uji.bin", FileAddress("/tmp/struk uji.bin")),
        ("cups://TM-T20II", CupsAddress("TM-T20II")),
        ("cups://struk?server=10.0.0.2", CupsAddress("struk", "10.0.0.2:631")),
    ],
)
def test_each_kind_of_printer(text: str, address: object) -> None:
    url = parse_printer_url(text)
    assert url.address == address
    assert (url.profile, url.qr_mode, url.timeout, url.check_status) == (
        ReceiptProfile.MM58,
        QrMode.RASTER,
        5.0,
        False,
    )


def test_options() -> None:
    url = parse_printer_url("tcp://10.0.0.9:9100?profile=80&qr=native&timeout=0.5&status=on")
    assert url == PrinterUrl(
        TcpAddress("10.0.0.9", 9100),
        profile=ReceiptProfile.MM80,
        qr_mode=QrMode.NATIVE,
        timeout=0.5,
        check_status=True,
    )
    assert parse_printer_url("usb://04b8:0e15?PROFILE=58mm&qr=RASTER").profile is (
        ReceiptProfile.MM58
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("192.168.1.50:9100", "SCHEME://"),
        ("http://printer", "unknown scheme 'http'"),
        ("tcp://", "host is missing"),
        ("tcp://:9100", "host is missing"),
        ("tcp://printer:abc", "port 'abc'"),
        ("tcp://printer:70000", "port 70000"),
        ("tcp://300.1.1.1", "not an IPv4 address"),
        ("tcp://bad_host", "not a host name"),
        ("tcp://user@printer", "user name"),
        ("tcp://printer/queue", "no path"),
        ("tcp://[::1", "never closed"),
        ("tcp://printer?baudrate=9600", "unknown option 'baudrate' for tcp://"),
        ("tcp://printer?profile=57", "profile '57'"),
        ("tcp://printer?qr=svg", "qr 'svg'"),
        ("tcp://printer?timeout=-1", "timeout '-1'"),
        ("tcp://printer?timeout=inf", "timeout 'inf'"),
        ("tcp://printer?timeout=1000", "timeout '1000'"),
        ("tcp://printer?status=maybe", "status 'maybe'"),
        ("tcp://printer?qr=native&qr=raster", "given twice"),
        ("tcp://printer?profile", "NAME=VALUE"),
        ("tcp://printer#top", "fragment"),
        ("tcp://pri nter", "spaces"),
        ("usb://04b8", "VID:PID"),
        ("usb://04b8:xyz", "VID:PID"),
        ("usb://04b8:0e15/1", "no path"),
        ("serial://", "serial device is missing"),
        ("serial://host/dev/ttyUSB0", "three slashes"),
        ("serial:///dev/ttyUSB0?baudrate=12345", "baudrate '12345'"),
        ("file://printer/dev/usb/lp0", "three slashes"),
        ("file:///", "file path is missing"),
        ("file:///tmp/a%00b", "control characters"),
        ("file:///tmp/%ff", "not UTF-8"),
        ("cups://", "queue name is missing"),
        ("cups://-oraw", "not a CUPS queue name"),
        ("cups://a/b", "no '/'"),
        ("cups://struk?server=", "NAME=VALUE"),
    ],
)
def test_bad_urls_say_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(PrinterUrlError) as caught:
        parse_printer_url(text)
    assert problem in caught.value.problem
    assert caught.value.url == text


@given(st.text(max_size=80))
@example("tcp://[")
@example("tcp://[::1]x")
@example("usb://:")
@example("serial://%")
@example("cups://a?server=[::1]:0")
@example("tcp://a?timeout=1e400")
@example("tcp://a?timeout=١")
def test_garbage_never_raises_anything_else(text: str) -> None:
    try:
        url = parse_printer_url(text)
    except PrinterUrlError:
        return
    assert parse_printer_url(str(url)) == url


SCHEMES = st.sampled_from(["tcp://", "usb://", "serial://", "file://", "cups://", "TCP://"])
URL_CHARS = st.sampled_from(list("abcAB019:/?&=%[].-_@#~ \t\x00é"))


@given(SCHEMES, st.text(URL_CHARS, max_size=40))
def test_near_misses_never_raise_anything_else(scheme: str, rest: str) -> None:
    try:
        url = parse_printer_url(scheme + rest)
    except PrinterUrlError:
        return
    assert parse_printer_url(str(url)) == url


HOSTS = st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9](\.[a-z]{2,5}){0,2}", fullmatch=True)
PROFILES = st.sampled_from(list(ReceiptProfile))
MODES = st.sampled_from(list(QrMode))
TIMEOUTS = st.floats(min_value=0.001, max_value=300, allow_nan=False)
ADDRESSES = st.one_of(
    st.builds(TcpAddress, HOSTS, st.integers(1, 65535)),
    st.builds(TcpAddress, st.ip_addresses().map(str), st.integers(1, 65535)),
    st.builds(UsbAddress, st.integers(0, 0xFFFF), st.integers(0, 0xFFFF)),
    st.builds(
        SerialAddress,
        st.sampled_from(["/dev/ttyUSB0", "/dev/ttyS1", "COM3", "/dev/serial/by-id/x y"]),
        st.sampled_from([9600, 19200, 115200]),
    ),
    st.builds(FileAddress, st.from_regex(r"/[a-zA-Z0-9 %?#&é_./-]{1,30}", fullmatch=True)),
    st.builds(CupsAddress, st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}", fullmatch=True)),
)


@given(ADDRESSES, PROFILES, MODES, TIMEOUTS, st.booleans())
def test_str_parses_back_to_the_same_url(
    address: TcpAddress | UsbAddress | SerialAddress | FileAddress | CupsAddress,
    profile: ReceiptProfile,
    mode: QrMode,
    timeout: float,
    check: bool,
) -> None:
    url = PrinterUrl(address, profile, mode, timeout, check and isinstance(address, TcpAddress))
    assert parse_printer_url(str(url)) == url


@pytest.mark.parametrize(
    ("text", "transport"),
    [
        (
            "tcp://10.0.0.9:9101?timeout=2&status=on",
            TcpTransport("10.0.0.9", 9101, timeout=2, check_status=True),
        ),
        ("usb://04b8:0e15", UsbTransport(0x04B8, 0x0E15, timeout=5)),
        ("serial:///dev/ttyS0?baudrate=19200", SerialTransport("/dev/ttyS0", 19200, timeout=5)),
        ("file:///dev/usb/lp0?timeout=3", FileTransport("/dev/usb/lp0", timeout=3)),
        ("cups://struk?server=cups", CupsTransport("struk", "cups:631", timeout=5)),
    ],
)
def test_each_url_picks_its_transport(text: str, transport: object) -> None:
    chosen = transport_for(parse_printer_url(text))
    assert chosen == transport
    assert chosen.name.split(":")[0] == text.split(":")[0]
