"""A batch as several card PDFs: chunks, callbacks, cancelling, no overwriting, flat memory."""

from __future__ import annotations

import datetime as dt
import os
import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp

from printing.card import CardData, CardDataError, CardStyle, card_pdf
from printing.card_batch import CardFile, CardFileExistsError, write_card_files
from printing.errors import PrintingError
from printing.keys import key_id, private_key_from_seed
from printing.payload import (
    CardClaims,
    decode_and_verify,
    encode,
    fold_short_name,
    format_serial,
    new_serial,
)
from tests.integration.test_card_pdf import PAYLOAD, make_card, page_text, rasterise, run

STYLE = CardStyle()


def cards(count: int) -> list[CardData]:
    return [
        make_card(
            name=f"Rambu Kahi {i}",
            kpj=f"240112345{i:02d}",
            serial=f"0K3M-7Q2A-{i:04d}",
            qr_payload=f"{PAYLOAD[:-2]}{i:02d}",
        )
        for i in range(count)
    ]


def pages(pdf: Path) -> int:
    (line,) = [line for line in run("pdfinfo", str(pdf)).splitlines() if line.startswith("Pages:")]
    return int(line.split()[1])


class CancelError(Exception):
    """The caller's own reason to stop a batch."""


@pytest.mark.parametrize(("with_back", "sides"), [(False, 1), (True, 2)])
def test_a_batch_is_split_into_numbered_files_in_order(
    tmp_path: Path, with_back: bool, sides: int
) -> None:
    batch = cards(5)
    files = write_card_files(
        iter(batch), style=STYLE, folder=tmp_path, stem="desa", cards_per_file=2,
        with_back=with_back,
    )  # fmt: skip
    names = ["desa-001.pdf", "desa-002.pdf", "desa-003.pdf"]
    assert sorted(os.listdir(tmp_path)) == names
    assert files == [
        CardFile(tmp_path / names[0], 1, 0, (batch[0].serial, batch[1].serial)),
        CardFile(tmp_path / names[1], 2, 2, (batch[2].serial, batch[3].serial)),
        CardFile(tmp_path / names[2], 3, 4, (batch[4].serial,)),
    ]
    assert [pages(f.path) for f in files] == [2 * sides, 2 * sides, sides]
    # Each front carries the serial the CardFile says it does, in that order.
    for f in files:
        for i, serial in enumerate(f.serials):
            assert serial in page_text(f.path, i * sides + 1)


def test_a_batch_that_fits_one_file_is_still_numbered(tmp_path: Path) -> None:
    (only,) = write_card_files(cards(3), style=STYLE, folder=tmp_path, stem="desa")
    assert only.path == tmp_path / "desa-001.pdf"
    assert only.count == 3
    assert pages(only.path) == 3


def test_each_file_is_whole_on_disk_before_its_callback_and_cards_are_taken_lazily(
    tmp_path: Path,
) -> None:
    events: list[str] = []

    def stream() -> Iterator[CardData]:
        for i, card in enumerate(cards(5)):
            events.append(f"card {i}")
            yield card

    def on_file(card_file: CardFile) -> None:
        events.append(f"file {card_file.number}")
        assert pages(card_file.path) == card_file.count  # poppler reads it whole
        assert sorted(os.listdir(tmp_path)) == [
            f"desa-{n:03d}.pdf" for n in range(1, 1 + card_file.number)
        ]

    files = write_card_files(
        stream(), style=STYLE, folder=tmp_path, stem="desa", cards_per_file=2, on_file=on_file
    )
    assert events == [
        "card 0", "card 1", "file 1", "card 2", "card 3", "file 2", "card 4", "file 3",
    ]  # fmt: skip
    assert [f.number for f in files] == [1, 2, 3]


def test_raising_from_the_iterator_mid_file_leaves_only_the_finished_files(
    tmp_path: Path,
) -> None:
    seen: list[CardFile] = []

    def stream() -> Iterator[CardData]:
        batch = cards(5)
        yield from batch[:3]  # the second file has begun: card 2 is drawn
        raise CancelError

    with pytest.raises(CancelError):
        write_card_files(
            stream(), style=STYLE, folder=tmp_path, stem="desa", cards_per_file=2,
            on_file=seen.append,
        )  # fmt: skip
    assert os.listdir(tmp_path) == ["desa-001.pdf"]  # no temporary file either
    assert [f.number for f in seen] == [1]
    assert pages(tmp_path / "desa-001.pdf") == 2


def test_raising_from_the_callback_stops_the_batch_and_keeps_that_file(tmp_path: Path) -> None:
    taken: list[CardData] = []

    def stream() -> Iterator[CardData]:
        for card in cards(6):
            taken.append(card)
            yield card

    def on_file(card_file: CardFile) -> None:
        if card_file.number == 2:
            raise CancelError

    with pytest.raises(CancelError):
        write_card_files(
            stream(), style=STYLE, folder=tmp_path, stem="desa", cards_per_file=2, on_file=on_file
        )
    assert sorted(os.listdir(tmp_path)) == ["desa-001.pdf", "desa-002.pdf"]
    assert len(taken) == 4  # the third file was never begun


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    old = tmp_path / "desa-002.pdf"
    old.write_bytes(b"printed yesterday")
    (tmp_path / "desa-extra.pdf").write_bytes(b"")  # not one of a batch's names: no matter
    (tmp_path / "desa2-001.pdf").write_bytes(b"")
    taken: list[CardData] = []

    def stream() -> Iterator[CardData]:
        for card in cards(5):
            taken.append(card)
            yield card

    with pytest.raises(CardFileExistsError, match="not overwriting") as raised:
        write_card_files(stream(), style=STYLE, folder=tmp_path, stem="desa", cards_per_file=2)
    assert isinstance(raised.value, FileExistsError)
    assert isinstance(raised.value, PrintingError)
    assert raised.value.path == old
    assert taken == []  # refused before the first card
    assert old.read_bytes() == b"printed yesterday"
    assert sorted(os.listdir(tmp_path)) == ["desa-002.pdf", "desa-extra.pdf", "desa2-001.pdf"]


def test_a_file_that_appears_during_the_batch_is_not_overwritten_either(tmp_path: Path) -> None:
    intruder = tmp_path / "desa-002.pdf"

    def on_file(card_file: CardFile) -> None:
        intruder.write_bytes(b"another kiosk's")

    with pytest.raises(CardFileExistsError):
        write_card_files(
            cards(4), style=STYLE, folder=tmp_path, stem="desa", cards_per_file=2, on_file=on_file
        )
    assert intruder.read_bytes() == b"another kiosk's"
    assert sorted(os.listdir(tmp_path)) == ["desa-001.pdf", "desa-002.pdf"]


def test_a_card_in_a_later_file_has_a_qr_that_decodes_and_verifies(tmp_path: Path) -> None:
    key = private_key_from_seed(bytes(range(32)))
    issued = dt.date(2026, 11, 25)
    batch: list[CardData] = []
    claims: list[CardClaims] = []
    for i in range(3):
        serial = new_serial(random.Random(i).randbytes)
        name = f"Umbu Ndaku Lewa {i}"
        claims.append(CardClaims(f"2401123456{i}", serial, issued, fold_short_name(name)))
        batch.append(
            CardData(name, f"2401123456{i}", issued, format_serial(serial), encode(claims[-1], key))
        )
    files = write_card_files(
        batch, style=STYLE, folder=tmp_path, stem="desa", cards_per_file=2, with_back=True
    )
    second = files[1]
    assert second.serials == (batch[2].serial,)
    (found,) = zxingcpp.read_barcodes(rasterise(second.path, 1, dpi=300))
    trusted = {key_id(key.public_key()): key.public_key()}
    assert decode_and_verify(found.text, trusted).claims == claims[2]
    # And the first file's second front is the second card's.
    (found,) = zxingcpp.read_barcodes(rasterise(files[0].path, 3, dpi=300))
    assert decode_and_verify(found.text, trusted).claims == claims[1]


@pytest.mark.parametrize(("stem", "per_file"), [("a/b", 2), ("..", 2), ("", 2), ("desa", 0)])
def test_a_bad_stem_or_size_is_refused(tmp_path: Path, stem: str, per_file: int) -> None:
    with pytest.raises(ValueError, match=r"stem|cards_per_file"):
        write_card_files(cards(1), style=STYLE, folder=tmp_path, stem=stem, cards_per_file=per_file)
    assert os.listdir(tmp_path) == []


def test_no_cards_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(CardDataError, match="no cards"):
        write_card_files(iter(()), style=STYLE, folder=tmp_path, stem="desa")
    assert os.listdir(tmp_path) == []


def _peak_bytes(call: object) -> int:
    assert callable(call)
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_the_batch_grows(tmp_path: Path) -> None:
    card_pdf(cards(1)[0], style=STYLE)  # fonts loaded once, before measuring
    small, big = cards(6), cards(40)

    def batch(some: list[CardData], stem: str) -> None:
        write_card_files(iter(some), style=STYLE, folder=tmp_path, stem=stem, cards_per_file=3)

    one_doc = _peak_bytes(lambda: write_card_files(big, style=STYLE, folder=tmp_path, stem="one"))
    small_peak = _peak_bytes(lambda: batch(small, "small"))
    big_peak = _peak_bytes(lambda: batch(big, "big"))
    # One document of 40 cards holds them all (about 5 KB a card as Python objects, 13 KB
    # of RSS): the measure can tell. Split, 34 more cards add only their serials.
    assert one_doc > small_peak + 120_000
    assert big_peak < small_peak + 30_000
