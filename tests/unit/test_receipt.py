"""The receipt's bytes: what a printer would print from them, QR included, and no NIK."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import re
from typing import Any

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from printing.errors import ReceiptDataError
from printing.receipt import (
    ENGLISH_LABELS,
    QrMode,
    ReceiptData,
    ReceiptProfile,
    qr_image,
    render_receipt,
)
from tests.helpers.printer_listener import PrintedJob, read_job

WITA = dt.timezone(dt.timedelta(hours=8))
# Shaped like printing.payload's text: a prefix, then base32 of ~97 bytes (156 characters).
PAYLOAD = "NTTJ1:" + base64.b32encode(hashlib.sha512(b"card").digest() * 2)[:150].decode()
NAME_60 = "Maria Goreti Ndapa Lamba Hawu Kahi Lunggi Rambu Anarara Ratu"
FULL_NIK = "5311014501900001"

DATA = ReceiptData(
    program_title="Perlindungan Pekerja Rentan Provinsi NTT",
    worker_name=NAME_60,
    kpj="25012345678",
    masked_nik="5311••••••••0001",
    card_serial="7K2M-9QXD-4HNB",
    qr_payload=PAYLOAD,
    site="Waingapu, Sumba Timur",
    operator="petugas1",
    printed_at=dt.datetime(2026, 11, 25, 9, 15, tzinfo=WITA),
)
MODES = pytest.mark.parametrize("mode", list(QrMode))
PROFILES = pytest.mark.parametrize("profile", list(ReceiptProfile))


def printed(
    data: ReceiptData = DATA,
    profile: ReceiptProfile = ReceiptProfile.MM58,
    mode: QrMode = QrMode.RASTER,
) -> tuple[bytes, PrintedJob]:
    job = render_receipt(data, profile=profile, qr_mode=mode)
    return job, read_job(job)


def decode(job: PrintedJob) -> str:
    (raster,) = job.rasters
    (result,) = zxingcpp.read_barcodes(raster.image())
    assert result.format == zxingcpp.BarcodeFormat.QRCode
    return str(result.text)


@PROFILES
def test_raster_receipt_qr_decodes_to_the_payload(profile: ReceiptProfile) -> None:
    job, parsed = printed(profile=profile)
    assert decode(parsed) == PAYLOAD
    assert b"\x1dv0" in job
    assert b"\x1d(k" not in job
    (raster,) = parsed.rasters
    assert raster.width_bytes * 8 <= profile.dots
    # Printers act on DLE EOT even inside image data; modules 2+ dots wide never form it.
    assert b"\x10\x04" not in raster.data
    assert 6_000 <= len(job) <= 18_000, f"raster receipt is {len(job)} bytes"


@PROFILES
def test_raster_is_the_image_that_qr_image_draws(profile: ReceiptProfile) -> None:
    _, parsed = printed(profile=profile)
    image = qr_image(PAYLOAD, profile)
    (raster,) = parsed.rasters
    assert raster.image().crop((0, 0, *image.size)).tobytes() == image.convert("1").tobytes()


@PROFILES
def test_native_receipt_asks_the_printer_to_draw_the_payload(profile: ReceiptProfile) -> None:
    job, parsed = printed(profile=profile, mode=QrMode.NATIVE)
    assert parsed.native_qr == [PAYLOAD.encode()]
    assert b"\x1dv0" not in job
    qr_bytes = sum(len(m.group()) for m in re.finditer(rb"\x1d\(k(..)", job))
    assert qr_bytes < 30, "only headers counted here; the payload is the rest"
    assert len(job) < 1_000, f"native receipt is {len(job)} bytes"


@MODES
@PROFILES
def test_receipt_says_who_what_where_and_when(profile: ReceiptProfile, mode: QrMode) -> None:
    _, parsed = printed(profile=profile, mode=mode)
    text = "\n".join(parsed.lines)
    for expected in (
        "Perlindungan Pekerja Rentan",
        "TANDA TERIMA KARTU PESERTA",
        "No. KPJ  : 25012345678",
        "NIK      : 5311********0001",
        "No. Seri : 7K2M-9QXD-4HNB",
        "Lokasi   : Waingapu, Sumba Timur",
        "Petugas  : petugas1",
        "Tanggal  : 25 November 2026",
        "Jam      : 09:15 WITA",
    ):
        assert expected in text
    assert not any(NAME_60 in line for line in parsed.lines)  # the name wraps…
    assert NAME_60 in " ".join(" ".join(parsed.lines).split())  # …and nothing of it is lost


@MODES
@PROFILES
def test_every_line_fits_the_paper(profile: ReceiptProfile, mode: QrMode) -> None:
    _, parsed = printed(profile=profile, mode=mode)
    assert max(len(line) for line in parsed.lines) == profile.columns  # the rules fill it
    name_lines = [line for line in parsed.lines if "Maria" in line or line.startswith(" ")]
    assert len(name_lines) >= 2


@MODES
def test_job_starts_clean_and_ends_with_a_cut(mode: QrMode) -> None:
    job, parsed = printed(mode=mode)
    assert job.startswith(b"\x1b@\x1bt\x00")  # initialise, code page 437
    assert job.endswith(b"\x1bd\x06\x1dV\x00")  # feed past the cutter, then cut
    assert parsed.commands.count(b"\x1b@") == 1


@MODES
@PROFILES
def test_no_nik_anywhere_in_the_bytes(profile: ReceiptProfile, mode: QrMode) -> None:
    job, _ = printed(profile=profile, mode=mode)
    assert re.search(rb"[0-9]{16}", job) is None
    assert b"5311********0001" in job


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("masked_nik", FULL_NIK),
        ("masked_nik", "5311.0145.0190.0001"),
        ("masked_nik", "５３１１０１４５０１９００００１"),  # full-width digits fold to ASCII
        ("worker_name", f"Ana {FULL_NIK}"),
        ("kpj", FULL_NIK),
        ("card_serial", FULL_NIK),
    ],
)
def test_a_nik_in_clear_is_refused(field: str, value: str) -> None:
    changes: dict[str, Any] = {field: value}
    with pytest.raises(ReceiptDataError, match=field):
        render_receipt(
            dataclasses.replace(DATA, **changes),
            profile=ReceiptProfile.MM58,
            qr_mode=QrMode.NATIVE,
        )


def test_control_characters_cannot_smuggle_printer_commands() -> None:
    data = dataclasses.replace(DATA, worker_name="Ana\x1b@\x1dV\x00Bela", site="Lewa\r\nX")
    job, parsed = printed(data, mode=QrMode.NATIVE)
    assert parsed.commands.count(b"\x1b@") == 1
    assert job.count(b"\x1dV") == 1
    assert any("Ana @ V Bela" in line for line in parsed.lines)


def test_characters_outside_code_page_437_fall_back() -> None:
    data = dataclasses.replace(DATA, worker_name="Yosefina Ōta Ngạ’i", operator="José")
    _, parsed = printed(data, mode=QrMode.NATIVE)
    text = "\n".join(parsed.lines)
    assert "Yosefina Ota Nga'i" in text
    assert "José" in text  # é is in code page 437


@pytest.mark.parametrize("payload", ["", "X" * 5000])
def test_unprintable_payload_is_refused(payload: str) -> None:
    with pytest.raises(ReceiptDataError, match="QR payload"):
        printed(dataclasses.replace(DATA, qr_payload=payload))


def test_a_big_payload_shrinks_modules_rather_than_overflowing() -> None:
    payload = "NTTJ1:" + "A" * 900
    _, parsed = printed(dataclasses.replace(DATA, qr_payload=payload))
    assert parsed.rasters[0].width_bytes * 8 <= ReceiptProfile.MM58.dots
    assert decode(parsed) == payload


def test_labels_can_be_english() -> None:
    job = render_receipt(
        DATA, profile=ReceiptProfile.MM80, qr_mode=QrMode.NATIVE, labels=ENGLISH_LABELS
    )
    text = "\n".join(read_job(job).lines)
    assert "PARTICIPANT CARD RECEIPT" in text
    assert "25 November 2026" in text
    assert "Operator" in text


@pytest.mark.parametrize(
    ("tz", "shown"),
    [
        (dt.timezone(dt.timedelta(hours=7)), "09:15 WIB"),
        (WITA, "09:15 WITA"),
        (dt.timezone(dt.timedelta(hours=9)), "09:15 WIT"),
        (dt.timezone(dt.timedelta(hours=5, minutes=30)), "09:15 UTC+05:30"),
        (None, "09:15"),
    ],
)
def test_time_names_the_indonesian_zone(tz: dt.tzinfo | None, shown: str) -> None:
    data = dataclasses.replace(DATA, printed_at=dt.datetime(2026, 11, 25, 9, 15, tzinfo=tz))
    _, parsed = printed(data, mode=QrMode.NATIVE)
    assert any(line.endswith(f": {shown}") for line in parsed.lines)


def test_same_data_same_bytes() -> None:
    assert printed()[0] == printed()[0]


@settings(deadline=None, max_examples=60)
@given(
    name=st.text(max_size=120),
    site=st.text(max_size=60),
    profile=st.sampled_from(list(ReceiptProfile)),
)
def test_any_text_fits_the_paper_or_is_refused_as_a_nik(
    name: str, site: str, profile: ReceiptProfile
) -> None:
    data = dataclasses.replace(DATA, worker_name=name, site=site)
    try:
        job, parsed = printed(data, profile=profile, mode=QrMode.NATIVE)
    except ReceiptDataError as error:
        refusal = str(error)
    else:
        assert max(len(line) for line in parsed.lines) <= profile.columns
        assert re.search(rb"[0-9]{16}", job) is None
        return
    assert "16 digits" in refusal
