"""What a participant card says and how it looks: plain data, neutral defaults, formatting."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, fields
from pathlib import Path

from reportlab.lib.colors import HexColor

from printing.errors import PrintingError
from printing.fonts import CardFonts

KPJ_LENGTH = 11

_MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


class CardDataError(PrintingError, ValueError):
    """The data for a card is incomplete, malformed, or does not fit on a card."""


class Benefit(enum.Enum):
    """A BPJS Ketenagakerjaan programme shown on a card; the value is its name in Indonesian."""

    JKK = "Jaminan Kecelakaan Kerja"
    JKM = "Jaminan Kematian"


class DateStyle(enum.Enum):
    NUMERIC = "numeric"  # 25-11-2026
    LONG = "long"  # 25 November 2026


class QrLevel(enum.Enum):
    """QR error correction: M restores 15% of a damaged symbol, Q 25% (a worn card)."""

    M = "M"
    Q = "Q"


@dataclass(frozen=True, slots=True)
class CardData:
    """What one card says. There is deliberately no NIK: a card never carries it."""

    name: str
    kpj: str  # 11 digits, as stored; printed grouped
    issue_date: dt.date
    serial: str
    qr_payload: str  # opaque to the card: encoded exactly as given
    coverage: tuple[Benefit, ...] = (Benefit.JKK, Benefit.JKM)
    program_title: str = "Kartu Peserta BPJS Ketenagakerjaan"
    payer_line: str = "Iuran dibayar oleh Pemerintah Provinsi NTT"

    def __post_init__(self) -> None:
        if not self.name.split():
            raise CardDataError("a card needs the worker's name")
        if len(self.kpj) != KPJ_LENGTH or not (self.kpj.isascii() and self.kpj.isdigit()):
            raise CardDataError(f"a KPJ number has {KPJ_LENGTH} digits, not {self.kpj!r}")
        if not self.serial.strip():
            raise CardDataError("a card needs its serial")
        if not self.qr_payload:
            raise CardDataError("a card needs its QR payload")
        if not self.coverage:
            raise CardDataError("a card shows at least one programme")
        if not self.program_title.split():
            raise CardDataError("a card needs its programme title")


@dataclass(frozen=True, slots=True)
class CardColours:
    """Colours as #RRGGBB. The QR always sits on white, whatever the background."""

    primary: str = "#0B5D3B"  # the bands at the top and bottom
    on_primary: str = "#FFFFFF"  # text on the bands
    accent: str = "#C9A23F"  # the rule under the top band
    background: str = "#F1F7F2"
    pattern: str = "#DDEBE0"  # the fine arcs behind the text
    text: str = "#142A1E"
    label: str = "#4D6E5B"
    qr: str = "#000000"

    def __post_init__(self) -> None:
        for colour in fields(self):
            value = getattr(self, colour.name)
            try:
                HexColor(value)
            except (ValueError, TypeError) as exc:
                raise ValueError(f"colour {colour.name} is not #RRGGBB: {value!r}") from exc


@dataclass(frozen=True, slots=True)
class CardLabels:
    """The small captions; printed in capitals."""

    name: str = "Nama Peserta"
    kpj: str = "Nomor KPJ"
    coverage: str = "Program"
    issue_date: str = "Tanggal Terbit"
    serial: str = "Nomor Seri"
    instructions: str = "Petunjuk"
    contacts: str = "Informasi dan Pengaduan"


DEFAULT_INSTRUCTIONS = (
    "Kartu ini adalah bukti bahwa Anda terdaftar sebagai peserta BPJS Ketenagakerjaan.",
    "Simpan kartu ini baik-baik. Bawa kartu ini dan KTP Anda saat mengurus klaim.",
    "Bila terjadi kecelakaan kerja atau peserta meninggal dunia, segera hubungi kantor "
    "BPJS Ketenagakerjaan terdekat.",
    "Kode QR di depan dapat dipindai untuk memeriksa keaslian kartu.",
    "Kartu hilang atau rusak? Laporkan kepada petugas untuk dicetak ulang.",
    "Kartu ini tidak dapat dipindahtangankan.",
)
# The programme's own office and numbers belong in the settings; these hold everywhere.
DEFAULT_CONTACTS = (
    "Kantor Cabang BPJS Ketenagakerjaan terdekat",
    "Layanan Masyarakat BPJS Ketenagakerjaan: 175",
    "www.bpjsketenagakerjaan.go.id",
)


@dataclass(frozen=True, slots=True)
class CardStyle:
    """How cards look: colours, captions, the back's texts, fonts and optional artwork."""

    colours: CardColours = field(default_factory=CardColours)
    labels: CardLabels = field(default_factory=CardLabels)
    fonts: CardFonts = field(default_factory=CardFonts)
    # An image (PNG, JPEG) for the top band's left corner, such as the programme's own
    # emblem; without one a neutral mark is drawn. No third-party logo ships as a default.
    artwork: Path | None = None
    date_style: DateStyle = DateStyle.NUMERIC
    qr_level: QrLevel = QrLevel.Q
    instructions: tuple[str, ...] = DEFAULT_INSTRUCTIONS
    contacts: tuple[str, ...] = DEFAULT_CONTACTS


def format_kpj(kpj: str) -> str:
    """An 11-digit KPJ number in groups for reading aloud: 240 1123 4567."""
    return f"{kpj[:3]} {kpj[3:7]} {kpj[7:]}"


def format_issue_date(date: dt.date, style: DateStyle) -> str:
    """25-11-2026, or 25 November 2026 with Indonesian month names."""
    if style is DateStyle.LONG:
        return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    return f"{date.day:02d}-{date.month:02d}-{date.year}"
