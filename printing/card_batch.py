"""A large batch of cards as several PDF files, a hopper load each, so memory stays flat."""

from __future__ import annotations

import errno
import hashlib
import itertools
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from printing.card import render_cards
from printing.card_data import CardData, CardDataError, CardStyle
from printing.card_printers import publish_new_file
from printing.errors import PrintingError

__all__ = [
    "CARDS_PER_FILE",
    "CardFile",
    "CardFileExistsError",
    "DrawnFile",
    "card_file_name",
    "free_stem",
    "write_card_files",
]

# A card printer's input hopper holds 100 to 250 cards: one file is one load. reportlab holds
# a whole document until it is saved (about 13 KB a card), so this also caps the memory.
CARDS_PER_FILE = 200


class CardFileExistsError(PrintingError, FileExistsError):
    """A card file of the batch is already there; a batch never overwrites one."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            errno.EEXIST, "a card file of this name is already there; not overwriting it", str(path)
        )
        self.path = path


@dataclass(frozen=True, slots=True)
class CardFile:
    """One finished PDF of a batch and exactly which cards are in it, in page order."""

    path: Path
    number: int  # 1 for the batch's first file
    first_index: int  # the position in the batch of the file's first card, from 0
    serials: tuple[str, ...]  # CardData.serial of each card, in the order printed
    sha256: str = field(default="", compare=False)  # hex digest of the file's bytes

    @property
    def count(self) -> int:
        return len(self.serials)


@dataclass(frozen=True, slots=True)
class DrawnFile:
    """A file of the batch drawn whole and synced, not yet under its name."""

    number: int
    serials: tuple[str, ...]
    sha256: str


def card_file_name(stem: str, number: int) -> str:
    """The name of a batch's file: stem-001.pdf, stem-002.pdf, ... (stem-1000.pdf after 999)."""
    return f"{stem}-{number:03d}.pdf"


def free_stem(folder: Path, base: str, *, taken: Iterable[str] = ()) -> str:
    """base, or base-2, base-3, ... : the first stem none of whose files is in folder (and
    not among taken)."""
    names = set(os.listdir(folder)) if folder.is_dir() else set()
    skip = set(taken)
    for n in itertools.count(1):
        stem = base if n == 1 else f"{base}-{n}"
        if stem in skip:
            continue
        if not any(_file_pattern(stem).fullmatch(name) for name in names):
            return stem
    raise AssertionError("unreachable")


def _file_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-\d{3,}\.pdf")


def write_card_files(
    cards: Iterable[CardData],
    *,
    style: CardStyle,
    folder: Path,
    stem: str,
    cards_per_file: int = CARDS_PER_FILE,
    with_back: bool = False,
    on_file: Callable[[CardFile], None] | None = None,
    on_drawn: Callable[[DrawnFile], None] | None = None,
    fresh_names: bool = False,
    owner: str = "",
) -> list[CardFile]:
    """Write cards as PDFs of at most cards_per_file cards each; return the files in order.

    The files are folder/stem-001.pdf, stem-002.pdf, ... in the order of the cards, numbered
    so even when the batch fits into one: cards is consumed lazily, so how many files there
    will be is known only at the end, and a name once handed to on_file never changes.

    Each file is drawn by render_cards into a hidden temporary file in the same folder,
    synced, and renamed to its name, the folder synced after it: a file under its final name
    is always whole and on disk. Only then is on_file called with it, so the caller can mark
    its cards printed and report progress. To cancel, raise from the iterator or from
    on_file: the exception passes through, the unfinished file is removed, and the files
    finished before it stay (including the one whose on_file raised: the caller has its
    path). A hard crash can leave only a hidden .stem-NNN-*.part file. The files are
    readable by their owner alone (mkstemp), as they carry names and KPJ numbers.

    Nothing is overwritten: CardFileExistsError (a PrintingError and a FileExistsError)
    when any stem-NNN.pdf is already in folder, checked before the first card is taken, and
    again before each rename. With fresh_names, a taken name is no error: the batch moves
    on to the first free stem (stem-2, stem-3, ...) for that file and the files after it,
    so batches sharing a folder never overwrite, or take for theirs, another's files; the
    CardFile says the name each file got.

    on_drawn is called with each file's serials and sha256 once it is drawn and synced,
    before it gets its name, so the caller can record what the file holds first: after a
    crash, a file counts only when its bytes match what was recorded. Raising from it
    removes the file. owner goes into the hidden temporary names, so that a later run can
    tell whose leftovers they are (see leftover_owner).

    Also raises CardDataError for a card that cannot be drawn or
    when there are no cards, ValueError for a stem that is not a plain file name or a
    cards_per_file below 1, and OSError when the folder cannot be written.
    """
    if cards_per_file < 1:
        raise ValueError(f"cards_per_file must be at least 1, not {cards_per_file}")
    if not stem or stem in (".", "..") or Path(stem).name != stem or os.sep in stem:
        raise ValueError(f"the stem must be a plain file name without a folder, not {stem!r}")
    if owner and not re.fullmatch(r"[A-Za-z0-9]+", owner):
        raise ValueError(f"the owner must be letters and digits, not {owner!r}")
    base = stem
    if fresh_names:
        stem = free_stem(folder, base)
    ours = _file_pattern(stem)
    existing = sorted(name for name in os.listdir(folder) if ours.fullmatch(name))
    if existing:
        raise CardFileExistsError(folder / existing[0])

    remaining = iter(cards)
    written: list[CardFile] = []
    first_index = 0
    for number in itertools.count(1):
        first = next(remaining, None)
        if first is None:
            break
        serials: list[str] = []
        chunk = itertools.chain((first,), itertools.islice(remaining, cards_per_file - 1))
        temporary, sha256 = _draw(folder, stem, number, owner, _noting_serials(chunk, serials),
                                  style, with_back)  # fmt: skip
        try:
            if on_drawn is not None:
                on_drawn(DrawnFile(number, tuple(serials), sha256))
            stem, path = _place(temporary, folder, base, stem, number, fresh_names)
        finally:
            temporary.unlink(missing_ok=True)
        _sync_folder(folder)
        card_file = CardFile(path, number, first_index, tuple(serials), sha256)
        written.append(card_file)
        first_index += card_file.count
        if on_file is not None:
            on_file(card_file)
    if not written:
        raise CardDataError("there are no cards to render")
    return written


def _noting_serials(cards: Iterable[CardData], serials: list[str]) -> Iterator[CardData]:
    for card in cards:
        serials.append(card.serial)
        yield card


def leftover_owner(name: str) -> str | None:
    """The owner written into a hidden temporary file's name, None if it is not one with an
    owner: .STEM-NNN~OWNER~XXXX.part."""
    found = re.fullmatch(r"\..*-\d{3,}~([A-Za-z0-9]+)~[^~]*\.part", name)
    return found.group(1) if found else None


def _draw(
    folder: Path,
    stem: str,
    number: int,
    owner: str,
    cards: Iterable[CardData],
    style: CardStyle,
    with_back: bool,
) -> tuple[Path, str]:
    """Draw cards into a hidden temporary file, synced; its path and its sha256."""
    prefix = f".{Path(card_file_name(stem, number)).stem}" + (f"~{owner}~" if owner else "-")
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".part")
    temporary = Path(name)
    try:
        with os.fdopen(fd, "w+b") as out:
            render_cards(cards, style=style, out=out, with_back=with_back)
            out.flush()
            os.fsync(out.fileno())
            out.seek(0)
            digest = hashlib.file_digest(out, "sha256").hexdigest()
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary, digest


def _place(
    temporary: Path, folder: Path, base: str, stem: str, number: int, fresh_names: bool
) -> tuple[str, Path]:
    """Give the drawn file its name, never overwriting (a file may have appeared since the
    check at the start: another kiosk writing into a shared folder)."""
    taken: list[str] = []
    while True:
        path = folder / card_file_name(stem, number)
        try:
            publish_new_file(temporary, path)
        except FileExistsError:
            if not fresh_names:
                raise CardFileExistsError(path) from None
            taken.append(stem)
            stem = free_stem(folder, base, taken=taken)
            continue
        return stem, path


def _sync_folder(folder: Path) -> None:
    """Make a rename durable before the caller records the file as printed."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
