"""The BAST's data: its header, officials, rows and fixed words, and what may not be printed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from printing.errors import PrintingError

# All of NTT keeps Waktu Indonesia Tengah; the column header says so once for every row.
WITA = dt.timezone(dt.timedelta(hours=8), "WITA")

_NIK_RUN = re.compile(r"[0-9]{16,}")
_DIGIT = re.compile(r"[0-9]")
_SLASH = re.compile(r"(?<=/)(?=.)")
_MASK_CHARS = ("•", "*")


class BastDataError(PrintingError, ValueError):
    """The data for a BAST cannot be printed as it is (a NIK in clear, a naive time, no rows)."""


@dataclass(frozen=True, slots=True)
class BastOfficial:
    """One official who signs: the role above the space to sign, the name and e.g. the NIP."""

    role: str  # "Yang menyerahkan", "Yang menerima", "Mengetahui"
    name: str
    id_line: str = ""  # "NIP. 19750312 200003 1 004", printed under the name when given


@dataclass(frozen=True, slots=True, kw_only=True)
class BastHeader:
    """What the BAST is about; printed in the title block and the signature blocks."""

    title: str = "BERITA ACARA SERAH TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN"
    programme: str  # the line under the title, e.g. who pays for the cover
    event: str  # also in every page's footer
    site: str
    place_and_date: str  # above the signatures: "Waingapu, 25 November 2026"
    period: str  # "Selasa, 25 November 2026" or "25-27 November 2026"
    officials: tuple[BastOfficial, ...]
    number: str = ""  # the document's number, printed under the title when given


@dataclass(frozen=True, slots=True)
class BastRow:
    """One worker who received their card. The NIK arrives masked: printing never sees it."""

    name: str
    nik_masked: str  # "5311••••••••0001"
    kpj: str
    desa: str
    time: dt.datetime  # aware; printed in WITA
    kind: str  # how the card was handed over, already translated: "Cap jempol + saksi"
    signature_png: bytes | None  # None for a row without a signature: printed as "—"
    note: str = ""  # printed under the kind, e.g. who collected on the worker's behalf
    # Signed by hand on a paper receipt (no hub could be reached): the signature cell says so.
    on_paper: bool = False


@dataclass(frozen=True, slots=True)
class BastLabels:
    """Every fixed word of the BAST, Indonesian by default."""

    number: str = "No."
    name: str = "Nama"
    nik: str = "NIK"
    kpj: str = "No. KPJ"
    desa: str = "Desa/Kelurahan"
    time: str = "Waktu (WITA)"
    kind: str = "Cara"
    signature: str = "Tanda tangan"
    no_signature: str = "—"
    on_paper: str = "di atas kertas"  # the signature cell of a handover made on paper
    no_desa: str = "—"  # in the table, for a worker whose desa is not recorded
    unknown_desa: str = "Tidak tercatat"  # the same, in the totals
    document_number: str = "Nomor"
    event: str = "Kegiatan"
    site: str = "Lokasi"
    period: str = "Waktu pelaksanaan"
    opening: str = (
        "Telah diserahterimakan Kartu Peserta BPJS Ketenagakerjaan kepada para pekerja yang "
        "namanya tercantum dalam daftar berikut, masing-masing satu kartu, yang diterima "
        "langsung atau melalui wakilnya sebagaimana tercatat pada kolom Cara."
    )
    by_desa: str = "Jumlah per desa"
    by_kind: str = "Jumlah per cara serah terima"
    count: str = "Jumlah"
    total: str = "Jumlah seluruhnya"
    persons: str = "orang"
    masked_note: str = (
        "NIK ditampilkan tersamar untuk melindungi data pribadi "
        "(Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi)."
    )
    closing: str = (
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
        "sebagaimana mestinya."
    )
    page: str = "Halaman %d dari %d"


@dataclass(frozen=True, slots=True)
class BastSummary:
    """What was rendered: pages, rows, and the totals as printed (sorted by name, blank last).

    The totals are keyed by the rows' own desa and kind; a blank desa is printed as
    BastLabels.unknown_desa.
    """

    pages: int
    rows: int
    by_desa: tuple[tuple[str, int], ...]
    by_kind: tuple[tuple[str, int], ...]


def check_row(index: int, row: BastRow) -> None:
    where = f"row {index} ({row.name!r})"
    if not row.name.split():
        raise BastDataError(f"row {index} has no name")
    if not row.kind.strip():
        raise BastDataError(f"{where}: how the card was handed over is missing")
    if row.time.utcoffset() is None:
        raise BastDataError(f"{where}: the time has no time zone")
    nik = row.nik_masked
    if not any(char in nik for char in _MASK_CHARS) or len(_DIGIT.findall(nik)) >= 16:
        raise BastDataError(f"{where}: the NIK is not masked: mask it before printing")
    for name in ("name", "kpj", "desa", "kind", "note"):
        if _NIK_RUN.search(getattr(row, name)):
            raise BastDataError(f"{where}: {name} holds a run of 16 digits (a NIK in clear?)")
