"""Card printers: a CUPS queue that puts the card PDF on CR80 media, or a folder of PDFs.

A card PDF is already CR80-sized, but CUPS does not size the paper from the PDF: a job sent
without `media` is placed, at its real size, in the middle of the queue's default page (A4
or Letter), and a card printer then prints a blank or clipped card. So every job names the
media. What was measured with cupsd 2.4.2 and cups-filters 1.28 (Debian 12; what arrives at
the printer is PostScript from pdftops, the card rotated onto the page when needed):

- A PPD whose CR80 size is declared portrait, `*PaperDimension CR80: "153.01 242.65"`, as
  card-printer drivers do (`tests/data/cr80.ppd`): `iso_id-1_53.98x85.6mm` (the default
  here), `Custom.53.98x85.6mm` and the PPD's own name `CR80` all select it;
  `Custom.85.6x53.98mm` does not and the job silently comes out on the default size.
- A PPD that declares CR80 landscape ("242.65 153.01"): only `Custom.85.6x53.98mm` and
  `CR80` select it; `iso_id-1_53.98x85.6mm` silently falls back to the default size. CUPS
  matches a PWG media name to a PPD size by its width and height in that order.
- A PPD with custom page sizes and no CR80 (cups-pdf's `CUPS-PDF_opt.ppd`): both
  `iso_id-1_53.98x85.6mm` (a portrait 153x242 pt page) and `Custom.85.6x53.98mm` (a
  landscape 242x153 pt page) work; without `media` the card lands on A4.

`fit-to-page` is not used: the page already has the card's size and is printed at 100%.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from printing.errors import (
    PrinterError,
    PrinterOfflineError,
    PrinterUrlError,
)
from printing.printer_url import DEFAULT_TIMEOUT, _Parser
from printing.transports.cups import submit_to_cups

# The PWG name of CR80 (ID-1) media, portrait as PWG names always are.
DEFAULT_CARD_MEDIA = "iso_id-1_53.98x85.6mm"
# PWG names, `Custom.WxHmm` and PPD size names; no spaces or commas, which `lp -o` would
# split into further options.
_MEDIA = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")
_CARD_EXAMPLES = "cups://QUEUE or folder:///PATH"
# Leaves room for ".pdf" and a temporary suffix within the usual 255-byte name limit.
_FILE_NAME_MAX_BYTES = 200
_FILE_MODE = 0o640  # the card printer's software reads it (same group); cards carry names


class CardFileExistsError(PrinterError):
    """The PDF folder already holds a card file of that name; it is never overwritten."""


class CardPrinter(Protocol):
    """Something that takes a whole card PDF, or raises a PrinterError saying why not."""

    @property
    def name(self) -> str:
        """The printer as shown to people, e.g. cups://CardPrinter or folder:///srv/cards."""
        ...

    def send(self, pdf: bytes, title: str) -> None:
        """Return once the whole job was accepted; raise a PrinterError subclass otherwise."""
        ...


@dataclass(frozen=True)
class CupsCardPrinter:
    """Print card PDFs on a CUPS queue with `lp`, through CUPS's filters, on card media.

    Not `-o raw`: the PDF must be converted for the printer and placed on CR80 media.
    `lp` follows CUPS_SERVER and client.conf like every CUPS client; `server` (host[:port]
    or a socket path) overrides them. Accepted here means queued by CUPS.
    """

    queue: str
    server: str | None = None
    media: str = DEFAULT_CARD_MEDIA
    timeout: float = DEFAULT_TIMEOUT
    lp_command: str = "lp"
    environ: Mapping[str, str] | None = None  # None: this process's environment

    def __post_init__(self) -> None:
        if not _MEDIA.fullmatch(self.media):
            raise ValueError(f"{self.media!r} is not a CUPS media name")

    @property
    def name(self) -> str:
        shown = f"cups://{self.queue}"
        return shown if self.server is None else f"{shown}?server={self.server}"

    def send(self, pdf: bytes, title: str) -> None:
        # Not -o raw: the PDF goes through CUPS's filters onto card media.
        submit_to_cups(
            self.name,
            pdf,
            queue=self.queue,
            options=("-o", f"media={self.media}", "-t", _job_title(title)),
            server=self.server,
            timeout=self.timeout,
            lp_command=self.lp_command,
            environ=self.environ,
        )


@dataclass(frozen=True)
class PdfFolderPrinter:
    """Drop each card as `<title>.pdf` into a folder watched by a card printer's software.

    The file appears whole or not at all: it is written under a hidden temporary name in
    the same folder, flushed to disk, then linked to its name, which fails if that name is
    taken, so a card already waiting there is never overwritten.
    """

    folder: Path

    @property
    def name(self) -> str:
        return f"folder://{quote(str(self.folder), safe='/')}"

    def file_for(self, title: str) -> Path:
        """The file a job of this title becomes."""
        return self.folder / f"{safe_file_name(title)}.pdf"

    def send(self, pdf: bytes, title: str) -> None:
        if not self.folder.is_dir():
            problem = "is not a folder" if self.folder.exists() else "does not exist"
            raise PrinterOfflineError(self.name, f"the folder {str(self.folder)!r} {problem}")
        target = self.file_for(title)
        if target.exists():
            raise self._exists(target)
        try:
            fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".part")
        except OSError as error:
            raise self._offline("cannot write into", error) from error
        try:
            try:
                with os.fdopen(fd, "wb") as file:
                    file.write(pdf)
                    file.flush()
                    os.fchmod(file.fileno(), _FILE_MODE)
                    os.fsync(file.fileno())
                publish_new_file(Path(temporary), target)
            except FileExistsError:
                raise self._exists(target) from None
            except OSError as error:
                raise self._offline("cannot write the card into", error) from error
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        _sync_folder(self.folder)

    def _exists(self, target: Path) -> CardFileExistsError:
        return CardFileExistsError(
            self.name, f"{target.name!r} is already in the folder and is not overwritten"
        )

    def _offline(self, what: str, error: OSError) -> PrinterOfflineError:
        reason = error.strerror or str(error)
        return PrinterOfflineError(self.name, f"{what} the folder {str(self.folder)!r}: {reason}")


def safe_file_name(title: str) -> str:
    """A file name made of the title's letters and digits, '-', '_' and '.'; never empty."""
    text = unicodedata.normalize("NFC", title)
    kept = "".join(char if char.isalnum() or char in "-_." else "_" for char in text)
    name = re.sub(r"_+", "_", kept).strip("._- ")
    while len(name.encode()) > _FILE_NAME_MAX_BYTES:
        name = name[:-1]
    return name.rstrip("._-") or "card"


def parse_card_printer_url(text: str) -> CardPrinter:
    """Read a card printer URL; a PrinterUrlError says which part is wrong."""
    try:
        return _parse(text)
    except PrinterUrlError as error:
        if _CARD_EXAMPLES in error.problem:
            raise
        raise PrinterUrlError(
            text, f"{error.problem}; a card printer is {_CARD_EXAMPLES}"
        ) from None


def _parse(text: str) -> CardPrinter:
    parser = _Parser(text)
    stripped = text.strip()
    if not stripped:
        raise parser.fail("it is empty")
    if any(char.isspace() or not char.isprintable() for char in stripped):
        raise parser.fail("it contains spaces or control characters (write a space as %20)")
    if "#" in stripped:
        raise parser.fail("a card printer URL has no #fragment")
    scheme, colon, rest = stripped.partition(":")
    scheme = scheme.lower()
    if not colon:
        raise parser.fail("it has no scheme")
    if scheme not in ("cups", "folder"):
        raise parser.fail(f"unknown scheme {scheme!r}")
    if not rest.startswith("//"):
        if scheme == "folder":
            raise parser.fail(
                "a folder URL needs an absolute path: write folder:///srv/cards (three slashes)"
            )
        raise parser.fail("expected cups://QUEUE")
    location, _, query = rest[2:].partition("?")
    authority, slash, path = location.partition("/")
    path = slash + path
    options = parser.options(query)
    if scheme == "folder":
        if options:
            raise parser.fail("a folder:// URL takes no options (write a '?' as %3F)")
        return PdfFolderPrinter(_folder(parser, authority, path))
    allowed = {"media", "server", "timeout"}
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise parser.fail(
            f"unknown option {unknown[0]!r} for cups:// (known: {', '.join(sorted(allowed))})"
        )
    address = parser.cups(authority, path, options.get("server"))
    media = options.get("media", DEFAULT_CARD_MEDIA)
    if not _MEDIA.fullmatch(media):
        raise parser.fail(
            f"media {media!r} is not a CUPS media name such as {DEFAULT_CARD_MEDIA} "
            "or Custom.85.6x53.98mm"
        )
    return CupsCardPrinter(
        address.queue,
        server=address.server,
        media=media,
        timeout=parser.timeout(options.get("timeout")),
    )


def _folder(parser: _Parser, authority: str, path: str) -> Path:
    if authority not in ("", "localhost"):
        raise parser.fail(
            "a folder URL names a local folder: write folder:///srv/cards (three slashes), "
            f"not a host {authority!r}"
        )
    folder = parser.local_path(path, "folder path")
    if not folder.startswith("/"):
        raise parser.fail(f"the folder path {folder!r} is not absolute")
    return Path(folder.rstrip("/"))


def _job_title(title: str) -> str:
    return "".join(char if char.isprintable() else " " for char in title).strip() or "card"


def publish_new_file(temporary: Path, target: Path) -> None:
    """Give a finished file its name: FileExistsError when the name is taken, never an
    overwrite."""
    try:
        os.link(temporary, target)  # atomic, and never replaces an existing file
    except FileExistsError:
        raise
    except OSError as error:
        # Some shares (SMB, FAT) have no hard links: rename, after checking the name is free.
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(temporary, target)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable; a folder that cannot be opened is not an error."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
