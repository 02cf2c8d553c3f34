"""Render the handover receipt (tanda terima) to ESC/POS bytes, before any printer is involved."""

from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
import unicodedata
from dataclasses import dataclass, fields
from enum import Enum, StrEnum
from typing import Any

import qrcode
from PIL import Image, ImageOps

from printing.errors import ReceiptDataError

# Thermal receipt printers print at 203 dpi: 8 dots per millimetre.
_DOTS_PER_MM = 8
# The QR standard asks for four light modules around the code.
_QR_QUIET_MODULES = 4
# M: 15 % of the code can be smudged or torn, the same level as the printer's native QR.
_QR_ERROR_CORRECTION = qrcode.constants.ERROR_CORRECT_M
# A NIK is 16 digits; nothing printed in words may hold a run that long.
_NIK_RUN = re.compile(r"[0-9]{16,}")
_DIGIT = re.compile(r"[0-9]")
# Characters people and the rest of the kiosk use that code page 437 lacks.
_SUBSTITUTES = str.maketrans(
    {
        "•": "*",  # the kiosk's NIK mask character
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "…": "...",
    }
)


class QrMode(StrEnum):
    """How the QR code reaches the paper."""

    NATIVE = "native"  # GS ( k: the printer draws the code; a few hundred bytes
    RASTER = "raster"  # GS v 0: we draw the code as an image; works on any ESC/POS printer


class ReceiptProfile(Enum):
    """Paper width of the receipt printer."""

    MM58 = "58"
    MM80 = "80"

    @property
    def dots(self) -> int:
        """Printable width in dots."""
        return 384 if self is ReceiptProfile.MM58 else 576

    @property
    def columns(self) -> int:
        """Characters per line in font A (12 x 24 dots)."""
        return 32 if self is ReceiptProfile.MM58 else 48

    @property
    def qr_module_dots(self) -> int:
        """Dots per QR module: 0.625 mm on 58 mm paper, 0.75 mm on 80 mm, easy for phones."""
        return 5 if self is ReceiptProfile.MM58 else 6


@dataclass(frozen=True)
class ReceiptLabels:
    """The fixed words of the receipt; Bahasa Indonesia unless the caller passes others."""

    heading: str = "TANDA TERIMA KARTU PESERTA"
    name: str = "Nama"
    kpj: str = "No. KPJ"
    nik: str = "NIK"
    serial: str = "No. Seri"
    site: str = "Lokasi"
    operator: str = "Petugas"
    date: str = "Tanggal"
    time: str = "Jam"
    qr_caption: str = "Pindai untuk cek keaslian kartu"
    bank_account: str = "Rek. Bank NTT"
    bank_in_process: str = "dalam proses, permohonan {number}"
    signature_worker: str = "Tanda tangan peserta"
    signature_witness: str = "Cap jempol pada formulir; tanda tangan saksi"
    signature_representative: str = "Tanda tangan penerima (diwakilkan)"
    months: tuple[str, ...] = (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    )


INDONESIAN_LABELS = ReceiptLabels()
ENGLISH_LABELS = ReceiptLabels(
    heading="PARTICIPANT CARD RECEIPT",
    name="Name",
    kpj="KPJ No.",
    nik="NIK",
    serial="Serial",
    site="Site",
    operator="Operator",
    date="Date",
    time="Time",
    qr_caption="Scan to check the card is genuine",
    bank_account="Bank NTT acct.",
    bank_in_process="in process, application {number}",
    signature_worker="Participant's signature",
    signature_witness="Thumbprint on the form; witness's signature",
    signature_representative="Signature of the representative",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
)


@dataclass(frozen=True)
class ReceiptSignature:
    """The handover signature printed at the foot of the receipt, captioned and named."""

    png: bytes  # as drawn on the pad: dark ink on a transparent or white background
    caption: str  # e.g. "Tanda tangan peserta"
    signer: str  # the name printed under it


@dataclass(frozen=True)
class ReceiptData:
    """What one receipt says. The NIK arrives masked: printing never sees a full NIK."""

    program_title: str
    worker_name: str
    kpj: str
    masked_nik: str
    card_serial: str
    qr_payload: str  # opaque: printed as a QR code, never as text
    site: str
    operator: str
    printed_at: dt.datetime
    signature: ReceiptSignature | None = None  # after a handover: the tanda terima
    # The worker's Bank NTT account: its number once opened, or the pending application's.
    account_number: str = ""
    account_application: str = ""


def render_receipt(
    data: ReceiptData,
    *,
    profile: ReceiptProfile,
    qr_mode: QrMode,
    labels: ReceiptLabels = INDONESIAN_LABELS,
) -> bytes:
    """The whole print job for one receipt, ending with a cut.

    Raises ReceiptDataError when the data cannot be printed safely: a NIK that is not
    masked, an empty QR payload, or a payload too long for the paper.
    """
    from escpos import constants as escpos_constants

    text = printable_fields(data)
    module_dots, version = _qr_geometry(data.qr_payload, profile)
    columns = profile.columns

    printer = _dummy(profile)
    printer.hw("INIT")
    # Code page 437 is page 0 on every ESC/POS printer; pinning it keeps the bytes the same
    # from run to run (python-escpos would otherwise switch pages per character).
    printer.charcode("CP437")

    printer.set(align="center", bold=True)
    _lines(printer, _wrap(text["program_title"], columns))
    printer.set(align="center", bold=True, double_height=True)
    _lines(printer, _wrap(_printable(labels.heading), columns))
    printer.set(align="left", bold=False, normal_textsize=True)
    rule = "-" * columns
    printer.textln(rule)

    top = (
        (labels.name, text["worker_name"]),
        (labels.kpj, text["kpj"]),
        (labels.nik, text["masked_nik"]),
        (labels.serial, text["card_serial"]),
    )
    when = data.printed_at
    account = (
        ((labels.bank_account, text["account_number"]),)
        if data.account_number
        else (
            (
                labels.bank_account,
                _printable(labels.bank_in_process.format(number=data.account_application)),
            ),
        )
        if data.account_application
        else ()
    )
    bottom = (
        *account,
        (labels.site, text["site"]),
        (labels.operator, text["operator"]),
        (labels.date, _printable(format_date(when.date(), labels.months))),
        (labels.time, format_time(when)),
    )
    label_width = min(max(len(_printable(label)) for label, _ in top + bottom), columns // 3)
    for label, value in top:
        _lines(printer, _field(_printable(label), value, label_width, columns))

    printer.set(align="center")
    printer.ln()
    if qr_mode is QrMode.NATIVE:
        printer.qr(
            data.qr_payload,
            ec=escpos_constants.QR_ECLEVEL_M,
            size=module_dots,
            model=escpos_constants.QR_MODEL_2,
            native=True,
        )
        printer.ln()
    else:
        printer.image(
            _qr_image(data.qr_payload, module_dots, version),
            impl="bitImageRaster",
            center=False,  # ESC a 1 above centres it without padding the bitmap with white
        )
    _lines(printer, _wrap(_printable(labels.qr_caption), columns))
    printer.set(align="left")
    printer.textln(rule)

    for label, value in bottom:
        _lines(printer, _field(_printable(label), value, label_width, columns))
    if data.signature is not None:
        printer.ln()
        printer.set(align="center")
        _lines(printer, _wrap(_printable(data.signature.caption), columns))
        printer.image(
            signature_bitmap(data.signature.png, profile.dots * 2 // 3),
            impl="bitImageRaster",
            center=False,
        )
        _lines(printer, _wrap(_printable(data.signature.signer), columns))
        printer.set(align="left")
    printer.cut()
    return bytes(printer.output)


def signature_bitmap(png: bytes, width_dots: int) -> Any:
    """A signature PNG as the 1-bit image a thermal printer prints: black ink on white, the
    pad's empty margins cropped, scaled to width_dots (a multiple of 8)."""
    with Image.open(io.BytesIO(png)) as source:
        image = source.convert("RGBA")
    white = Image.new("RGBA", image.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(white, image).convert("L")
    box = ImageOps.invert(grey).getbbox()
    if box is not None:
        grey = grey.crop(box)
    width = max(8, width_dots - width_dots % 8)
    height = max(1, round(grey.height * width / grey.width))
    if height > width // 2:  # a tall scribble: cap the height, keep the aspect
        height = width // 2
        width = max(8, round(grey.width * height / grey.height) // 8 * 8)
    scaled = grey.resize((width, height), Image.Resampling.LANCZOS)
    return scaled.point(lambda value: 255 if value > 160 else 0).convert("1")


def qr_image(payload: str, profile: ReceiptProfile) -> Any:
    """The QR bitmap a raster receipt embeds (a 1-bit PIL image), e.g. to compare or preview."""
    module_dots, version = _qr_geometry(payload, profile)
    return _qr_image(payload, module_dots, version)


def _dummy(profile: ReceiptProfile) -> Any:
    # python-escpos takes a fifth of a second to import: only when a receipt is made, so
    # that the kiosk's window opens without it.
    from escpos.printer import Dummy

    printer = Dummy()
    # The default profile does not know the paper width, so python-escpos prints a warning
    # to stdout on every image and never checks that an image fits. The profile object is
    # this printer's own, but its data dict is shared by the whole process: replace it on
    # the instance, never update it in place.
    printer.profile.profile_data = {
        **printer.profile.profile_data,
        "media": {
            "dpi": _DOTS_PER_MM * 254 // 10,
            "width": {"mm": profile.dots // _DOTS_PER_MM, "pixels": profile.dots},
        },
    }
    return printer


def _qr_geometry(payload: str, profile: ReceiptProfile) -> tuple[int, int]:
    """Dots per module and the QR version for this payload on this paper."""
    if not payload:
        # python-escpos's qr() silently prints nothing for an empty payload.
        raise ReceiptDataError("the QR payload is empty")
    code = qrcode.QRCode(error_correction=_QR_ERROR_CORRECTION)
    code.add_data(payload)
    try:
        # Only the size: drawing the matrix (and trying its eight masks) is the slow part.
        version = int(code.best_fit())
    except (qrcode.exceptions.DataOverflowError, ValueError) as error:
        # qrcode 8.2 raises ValueError("Invalid version (was 41 …)") rather than its own
        # DataOverflowError when the payload is too long.
        raise ReceiptDataError("the QR payload is too long for a QR code") from error
    modules = 4 * version + 17
    module_dots = min(profile.qr_module_dots, profile.dots // (modules + 2 * _QR_QUIET_MODULES))
    if module_dots < 2:
        raise ReceiptDataError(
            f"the QR payload is too long for {profile.value} mm paper ({modules} modules)"
        )
    return module_dots, version


def _qr_image(payload: str, module_dots: int, version: int) -> Any:
    code = qrcode.QRCode(
        version=version,
        error_correction=_QR_ERROR_CORRECTION,
        box_size=module_dots,
        border=_QR_QUIET_MODULES,
    )
    code.add_data(payload)
    code.make(fit=False)
    return code.make_image().get_image()


def printable_fields(data: ReceiptData) -> dict[str, str]:
    """Every text field as it will be printed, refusing anything that looks like a NIK."""
    text: dict[str, str] = {}
    for field in fields(data):
        if field.name in ("qr_payload", "printed_at", "signature"):
            continue
        value = _printable(getattr(data, field.name))
        if _NIK_RUN.search(value):
            raise ReceiptDataError(f"{field.name} holds a run of 16 digits (a NIK in clear?)")
        text[field.name] = value
    if data.signature is not None:
        for name in ("caption", "signer"):
            if _NIK_RUN.search(_printable(getattr(data.signature, name))):
                raise ReceiptDataError(f"signature.{name} holds a run of 16 digits")
    if len(_DIGIT.findall(text["masked_nik"])) >= 16:
        raise ReceiptDataError("masked_nik shows all 16 digits: mask it before printing")
    return text


def _printable(value: str) -> str:
    """The text as code page 437 can print it, with no control characters.

    Control characters become spaces so a name cannot smuggle printer commands (ESC, GS) in.
    Characters 437 lacks fall back to their unaccented form, then to '?'.
    """
    out: list[str] = []
    for char in value.translate(_SUBSTITUTES):
        if unicodedata.category(char).startswith("C"):
            out.append(" ")
        elif _encodable(char):
            out.append(char)
        else:
            base = "".join(
                c
                for c in unicodedata.normalize("NFKD", char)
                if not unicodedata.combining(c)
                and _encodable(c)
                and not unicodedata.category(c).startswith("C")
            )
            out.append(base or "?")
    return " ".join("".join(out).split())


def _encodable(char: str) -> bool:
    try:
        char.encode("cp437")
    except UnicodeEncodeError:
        return False
    return True


def _wrap(value: str, width: int) -> list[str]:
    return textwrap.wrap(value, width, break_long_words=True, break_on_hyphens=False) or [""]


def _field(label: str, value: str, label_width: int, columns: int) -> list[str]:
    """`Label   : value`, the value wrapped under itself; a long label gets its own line."""
    if len(label) <= label_width:
        head = f"{label:<{label_width}} : "
        rest = _wrap(value, columns - len(head))
        return [head + rest[0]] + [" " * len(head) + line for line in rest[1:]]
    return [f"{label}:"] + ["  " + line for line in _wrap(value, columns - 2)]


def _lines(printer: Any, lines: list[str]) -> None:
    printer.text("".join(f"{line}\n" for line in lines))


def format_date(day: dt.date, months: tuple[str, ...]) -> str:
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_time(moment: dt.datetime) -> str:
    """`09:15 WITA` for Indonesia's three zones, the UTC offset for others, bare if naive."""
    clock = f"{moment:%H:%M}"
    offset = moment.utcoffset()
    if offset is None:
        return clock
    zone = {7: "WIB", 8: "WITA", 9: "WIT"}.get(int(offset.total_seconds()) // 3600)
    if zone is None or offset.total_seconds() % 3600:
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{clock} {zone}"
