"""Receipts through real sockets, files, FIFOs and an `lp` stand-in: whole, or a clear error."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
import time
import types
from pathlib import Path
from typing import ClassVar

import pytest
import zxingcpp

from printing.errors import (
    PaperOutError,
    PrinterOfflineError,
    PrinterTimeoutError,
    TransportUnavailableError,
)
from printing.printer_url import parse_printer_url
from printing.receipt import QrMode, ReceiptData, ReceiptProfile, render_receipt
from printing.transports import (
    CupsTransport,
    FileTransport,
    PrinterStatus,
    SerialTransport,
    TcpTransport,
    UsbTransport,
    transport_for,
)
from printing.transports.tcp import STATUS_PRINTER, STATUS_ROLL_PAPER
from tests.helpers.printer_listener import Mode, PrinterListener, read_job

TIMEOUT = 0.5
# Generous against TIMEOUT, far below python-escpos's 60 s.
PROMPT = 3.0
PAYLOAD = "NTTJ1:" + "7QKD2M4X" * 19
DATA = ReceiptData(
    program_title="Perlindungan Pekerja Rentan Provinsi NTT",
    worker_name="Yohanes Umbu Ndapa Lamba",
    kpj="25012345678",
    masked_nik="5311••••••••0001",
    card_serial="7K2M-9QXD-4HNB",
    qr_payload=PAYLOAD,
    site="PCP Melolo",
    operator="petugas1",
    printed_at=dt.datetime(2026, 11, 25, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=8))),
)


def tcp(listener: PrinterListener, check_status: bool = False) -> TcpTransport:
    return TcpTransport("127.0.0.1", listener.port, timeout=TIMEOUT, check_status=check_status)


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self.start = time.monotonic()
        return self

    def __exit__(self, *_: object) -> None:
        self.seconds = time.monotonic() - self.start


@pytest.mark.parametrize("mode", list(QrMode))
@pytest.mark.parametrize("profile", list(ReceiptProfile))
def test_the_listener_receives_exactly_the_rendered_receipt(
    mode: QrMode, profile: ReceiptProfile
) -> None:
    job = render_receipt(DATA, profile=profile, qr_mode=mode)
    with PrinterListener() as listener:
        url = parse_printer_url(f"{listener.url}?profile={profile.value}&qr={mode.value}")
        transport_for(url).send(job)
        received = listener.next_job()
    assert received == job
    printed = read_job(received)
    if mode is QrMode.RASTER:
        (raster,) = printed.rasters
        (code,) = zxingcpp.read_barcodes(raster.image())
        assert code.text == PAYLOAD
    else:
        assert printed.native_qr == [PAYLOAD.encode()]


def test_status_is_asked_before_the_job_when_configured() -> None:
    job = render_receipt(DATA, profile=ReceiptProfile.MM58, qr_mode=QrMode.NATIVE)
    with PrinterListener() as listener:
        transport = tcp(listener, check_status=True)
        assert transport.status() is PrinterStatus.READY
        assert transport.is_online()
        for _ in ("status", "is_online"):
            assert listener.next_job() == STATUS_ROLL_PAPER + STATUS_PRINTER
        transport.send(job)
        assert listener.next_job() == STATUS_ROLL_PAPER + STATUS_PRINTER + job


def test_refused_connection_is_offline_at_once() -> None:
    with PrinterListener(Mode.REFUSE) as listener, Stopwatch() as watch:
        transport = tcp(listener)
        with pytest.raises(PrinterOfflineError, match="refused"):
            transport.send(b"\x1b@")
        assert not transport.is_online()
    assert watch.seconds < TIMEOUT


def test_unreachable_printer_is_offline_after_the_connect_timeout() -> None:
    with (
        PrinterListener(Mode.UNREACHABLE) as listener,
        Stopwatch() as watch,
        pytest.raises(PrinterOfflineError, match=r"did not answer within 0\.5 s"),
    ):
        tcp(listener).send(b"\x1b@")
    assert TIMEOUT * 0.9 <= watch.seconds < PROMPT


def test_silent_printer_is_offline_after_the_status_timeout() -> None:
    with PrinterListener(Mode.SILENT) as listener:
        transport = tcp(listener, check_status=True)
        with Stopwatch() as watch, pytest.raises(PrinterOfflineError, match="did not answer"):
            transport.send(b"\x1b@")
        assert TIMEOUT * 0.9 <= watch.seconds < PROMPT
        with Stopwatch() as watch:
            assert transport.is_online() is False  # not TimeoutError, as python-escpos
        assert watch.seconds < PROMPT
        assert listener.next_job() == STATUS_ROLL_PAPER  # and no job bytes after it


def test_paper_out_is_reported_and_the_job_is_not_sent() -> None:
    with PrinterListener(Mode.PAPER_OUT) as listener:
        transport = tcp(listener, check_status=True)
        with pytest.raises(PaperOutError, match="out of paper"):
            transport.send(b"\x1b@JOB")
        assert b"JOB" not in listener.next_job()
        assert transport.status() is PrinterStatus.PAPER_OUT
        assert not transport.is_online()


@pytest.mark.parametrize(
    ("size", "message"),
    [
        # sendall returns at once (the bytes fit our socket buffer), but the printer never
        # acknowledges them: not printed, even though nothing failed on our side.
        (16_000, "acknowledged only"),
        (4 * 1024 * 1024, "did not take the whole job"),
    ],
)
def test_a_printer_that_stops_reading_times_out(size: int, message: str) -> None:
    with (
        PrinterListener(Mode.STALLED) as listener,
        Stopwatch() as watch,
        pytest.raises(PrinterTimeoutError, match=message),
    ):
        tcp(listener).send(bytes(size))
    assert TIMEOUT * 0.9 <= watch.seconds < PROMPT


# ---------------------------------------------------------------- file


def test_file_transport_writes_exact_bytes_over_what_was_there(tmp_path: Path) -> None:
    job = render_receipt(DATA, profile=ReceiptProfile.MM80, qr_mode=QrMode.RASTER)
    target = tmp_path / "struk.bin"
    target.write_bytes(b"old job, longer than nothing" * 1000)
    transport_for(parse_printer_url(f"file://{target}")).send(job)
    assert target.read_bytes() == job


def test_missing_device_node_is_offline_and_never_created() -> None:
    path = "/dev/usb/lp-kiosk-test-absent"
    with pytest.raises(PrinterOfflineError, match="is not there"):
        FileTransport(path, timeout=TIMEOUT).send(b"\x1b@")
    assert not os.path.exists(path)


def test_fifo_without_a_reader_is_offline(tmp_path: Path) -> None:
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    with pytest.raises(PrinterOfflineError, match="no device or reader"):
        FileTransport(str(fifo), timeout=TIMEOUT).send(b"\x1b@")


def test_device_that_stops_taking_data_times_out(tmp_path: Path) -> None:
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # open, but never read
    try:
        with Stopwatch() as watch, pytest.raises(PrinterTimeoutError, match="took only"):
            FileTransport(str(fifo), timeout=TIMEOUT).send(bytes(1024 * 1024))
    finally:
        os.close(reader)
    assert TIMEOUT * 0.9 <= watch.seconds < PROMPT


# ---------------------------------------------------------------- cups (an `lp` stand-in)

FAKE_LP = """\
import json, os, pathlib, signal, sys
out = pathlib.Path(os.environ["FAKE_LP_OUT"])
mode = os.environ.get("FAKE_LP_MODE", "ok")
if mode == "hang":
    signal.pause()
data = sys.stdin.buffer.read()
if mode == "refuse":
    sys.stderr.write("lp: The printer or class does not exist.\\n")
    sys.exit(1)
(out / "job.bin").write_bytes(data)
seen = {"argv": sys.argv[1:], "cups_server": os.environ.get("CUPS_SERVER")}
(out / "seen.json").write_text(json.dumps(seen))
print("request id is struk-7 (1 file(s))")
"""


@pytest.fixture
def lp_environ(tmp_path: Path) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f"#!{sys.executable}\n{FAKE_LP}")
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    return {
        "PATH": str(bin_dir),
        "CUPS_SERVER": "127.0.0.1:6310",
        "FAKE_LP_OUT": str(tmp_path),
    }


def test_cups_job_goes_raw_to_the_queue_through_lp(
    lp_environ: dict[str, str], tmp_path: Path
) -> None:
    job = render_receipt(DATA, profile=ReceiptProfile.MM58, qr_mode=QrMode.RASTER)
    CupsTransport("struk", timeout=PROMPT, environ=lp_environ).send(job)
    assert (tmp_path / "job.bin").read_bytes() == job
    seen = json.loads((tmp_path / "seen.json").read_text())
    assert seen["argv"] == ["-d", "struk", "-o", "raw", "-t", "tanda-terima"]
    assert seen["cups_server"] == "127.0.0.1:6310"


def test_cups_server_option_overrides_the_environment(
    lp_environ: dict[str, str], tmp_path: Path
) -> None:
    CupsTransport("struk", "10.0.0.2:631", timeout=PROMPT, environ=lp_environ).send(b"x")
    seen = json.loads((tmp_path / "seen.json").read_text())
    # Before -d: lp looks the queue up on the server it knows when it reads -d.
    assert seen["argv"][:2] == ["-h", "10.0.0.2:631"]


def test_cups_refusal_carries_lp_message(lp_environ: dict[str, str]) -> None:
    environ = lp_environ | {"FAKE_LP_MODE": "refuse"}
    with pytest.raises(PrinterOfflineError, match="does not exist"):
        CupsTransport("nope", timeout=PROMPT, environ=environ).send(b"x")


def test_cups_that_never_answers_times_out(lp_environ: dict[str, str]) -> None:
    environ = lp_environ | {"FAKE_LP_MODE": "hang"}
    with Stopwatch() as watch, pytest.raises(PrinterTimeoutError):
        CupsTransport("struk", timeout=TIMEOUT, environ=environ).send(b"x")
    assert watch.seconds < PROMPT


def test_cups_without_lp_says_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(TransportUnavailableError, match="cups-client"):
        CupsTransport("struk", environ={"PATH": str(tmp_path)}).send(b"x")


# ---------------------------------------------------------------- serial and usb


def test_serial_and_usb_without_their_libraries_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("serial", "usb", "usb.core", "usb.util"):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError
    with pytest.raises(TransportUnavailableError, match="pyserial"):
        SerialTransport("/dev/ttyUSB0").send(b"x")
    with pytest.raises(TransportUnavailableError, match="pyusb"):
        UsbTransport(0x04B8, 0x0E15).send(b"x")


def fake_pyserial(behaviour: str = "ok") -> types.ModuleType:
    """Just enough of pyserial's API to see how the transport drives it."""
    module = types.ModuleType("serial")

    class SerialException(OSError):  # noqa: N818 (pyserial's name)
        pass

    class SerialTimeoutException(SerialException):
        pass

    class Serial:
        opened: ClassVar[dict[str, object]] = {}

        def __init__(self, **settings: object) -> None:
            if behaviour == "fail open":
                raise SerialException("could not open port /dev/ttyUSB9")
            Serial.opened.update(settings)

        def write(self, job: bytes) -> int:
            if behaviour == "write timeout":
                raise SerialTimeoutException("Write timeout")
            return 10 if behaviour == "short write" else len(job)

        def flush(self) -> None:
            pass

        def close(self) -> None:
            pass

    module.__dict__.update(
        Serial=Serial,
        SerialException=SerialException,
        SerialTimeoutException=SerialTimeoutException,
        EIGHTBITS=8,
        PARITY_NONE="N",
        STOPBITS_ONE=1,
    )
    return module


def test_serial_write_timeout_allows_for_the_baud_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    module = fake_pyserial()
    monkeypatch.setitem(sys.modules, "serial", module)
    SerialTransport("/dev/ttyUSB0", 9600, timeout=2).send(bytes(9600))
    opened = module.Serial.opened
    assert opened["port"] == "/dev/ttyUSB0"
    assert opened["baudrate"] == 9600
    assert opened["write_timeout"] == pytest.approx(2 + 10)  # 9600 bytes at 960 bytes/s


@pytest.mark.parametrize(
    ("behaviour", "error", "message"),
    [
        ("fail open", PrinterOfflineError, "cannot open"),
        ("short write", PrinterTimeoutError, "only 10 of 100"),
        ("write timeout", PrinterTimeoutError, "whole job"),
    ],
)
def test_serial_failures_are_specific(
    monkeypatch: pytest.MonkeyPatch, behaviour: str, error: type[Exception], message: str
) -> None:
    monkeypatch.setitem(sys.modules, "serial", fake_pyserial(behaviour))
    with pytest.raises(error, match=message):
        SerialTransport("/dev/ttyUSB9", timeout=TIMEOUT).send(bytes(100))
