"""The card's data, text fitting and geometry, checked without leaving Python."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from printing.card import (
    CARD_HEIGHT,
    CARD_WIDTH,
    MARGIN,
    NAME_BOX,
    NAME_MIN_SIZE,
    QR_MIN_SYMBOL,
    CardArtworkError,
    CardColours,
    CardData,
    CardDataError,
    CardFonts,
    CardStyle,
    DateStyle,
    FontFileError,
    QrLevel,
    card_pdf,
    format_issue_date,
    format_kpj,
    layout_name,
    layout_qr,
    qr_matrix,
    render_cards,
)
from printing.fonts import FontNames, fit_text, register_fonts, wrap_paragraphs

# Synthetic names in the manner of Sumba Timur: many given names, clan names, long words.
SUMBA_NAME = "Yohanes Umbu Ndaku Lewa Kapita Hina Pekambani Karanggulimu"
SIXTY = "Umbu Yohanes Ndaku Lewa Kapita Hina Rambu Pekambani Wunga Ta"
SIXTY_CAPS = "RAMBU KAHI NDAKULAKU HAMBA WALU PEKAMBANI KARANGGULIMU TAMUA"
# The shape of a real payload: prefix and 156 base32 characters (97 bytes with signature).
PAYLOAD = "NTTJ1:" + ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 5)[:156]


@pytest.fixture(scope="module")
def fonts() -> FontNames:
    return register_fonts(CardFonts())


def make_card(**changes: object) -> CardData:
    fields: dict[str, object] = {
        "name": "Maria Goreti Ina Kii",
        "kpj": "24011234567",
        "issue_date": dt.date(2026, 11, 25),
        "serial": "0K3M-7Q2A-9XZD",
        "qr_payload": PAYLOAD,
    }
    fields.update(changes)
    return CardData(**fields)  # type: ignore[arg-type]


def test_a_card_has_no_place_for_a_nik() -> None:
    names = {field.name.lower() for field in dataclasses.fields(CardData)}
    assert not any("nik" in name for name in names)
    with pytest.raises(TypeError):
        CardData(nik="5311014501900001", **dataclasses.asdict(make_card()))  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "kpj", ["2401123456", "240112345678", "2401123456x", "", "２４０１１２３４５６７"]
)
def test_a_kpj_is_eleven_ascii_digits(kpj: str) -> None:
    with pytest.raises(CardDataError, match="11 digits"):
        make_card(kpj=kpj)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"name": "  "}, "name"),
        ({"serial": ""}, "serial"),
        ({"qr_payload": ""}, "QR payload"),
        ({"coverage": ()}, "programme"),
        ({"program_title": " "}, "title"),
    ],
)
def test_incomplete_card_data_is_refused(changes: dict[str, object], problem: str) -> None:
    with pytest.raises(CardDataError, match=problem):
        make_card(**changes)


def test_kpj_is_grouped_for_reading_aloud() -> None:
    assert format_kpj("24011234567") == "240 1123 4567"


def test_issue_dates_in_both_styles() -> None:
    assert format_issue_date(dt.date(2026, 11, 25), DateStyle.NUMERIC) == "25-11-2026"
    assert format_issue_date(dt.date(2026, 11, 25), DateStyle.LONG) == "25 November 2026"
    assert format_issue_date(dt.date(2027, 2, 3), DateStyle.LONG) == "3 Februari 2027"
    assert format_issue_date(dt.date(2027, 8, 17), DateStyle.NUMERIC) == "17-08-2027"


def test_a_colour_that_is_not_hex_is_refused() -> None:
    with pytest.raises(ValueError, match="primary"):
        CardColours(primary="green-ish")


@pytest.mark.parametrize("name", [SUMBA_NAME, SIXTY, SIXTY_CAPS])
def test_long_names_wrap_readably_inside_the_margins(fonts: FontNames, name: str) -> None:
    fit = layout_name(name, fonts=fonts)
    assert len(fit.lines) == 2
    assert " ".join(fit.lines) == name
    assert fit.size >= NAME_MIN_SIZE
    for line, width in zip(fit.lines, fit.widths, strict=True):
        assert width == pytest.approx(pdfmetrics.stringWidth(line, fonts.bold, fit.size))
        assert width <= CARD_WIDTH - 2 * MARGIN


def test_sixty_characters_is_the_length_the_card_is_designed_for() -> None:
    assert len(SIXTY) == len(SIXTY_CAPS) == 60


def test_a_short_name_stays_on_one_line_at_full_size(fonts: FontNames) -> None:
    fit = layout_name("Maria Goreti Ina Kii", fonts=fonts)
    assert fit.lines == ("Maria Goreti Ina Kii",)
    assert fit.size == pytest.approx(12.0)


def test_a_name_with_no_spaces_shrinks_instead_of_being_clipped(fonts: FontNames) -> None:
    name = "Ndakulakuhambawalupekambanikaranggulimutamuawunga"
    fit = layout_name(name, fonts=fonts)
    assert fit.lines == (name,)
    assert fit.width <= CARD_WIDTH - 2 * MARGIN


def test_one_line_text_shrinks_rather_than_wraps(fonts: FontNames) -> None:
    text = "Iuran dibayar penuh oleh Pemerintah Provinsi Nusa Tenggara Timur"
    fit = fit_text(text, fonts.bold, max_width=150, max_height=20, max_size=7, max_lines=1)
    assert fit.lines == (text,)
    assert fit.width <= 150
    with pytest.raises(ValueError, match="one line or two"):
        fit_text(text, fonts.bold, max_width=150, max_height=20, max_size=7, max_lines=3)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-.", min_size=1)


@settings(max_examples=200)
@given(st.lists(words, min_size=1, max_size=12), st.floats(20, 300), st.floats(4, 60))
def test_fitted_text_always_fits_its_box_and_keeps_every_word(
    fonts: FontNames, text_words: list[str], max_width: float, max_height: float
) -> None:
    text = " ".join(text_words)
    fit = fit_text(text, fonts.bold, max_width=max_width, max_height=max_height, max_size=12)
    assert " ".join(fit.lines).split() == text_words
    assert fit.width <= max_width
    assert fit.height <= max_height + 1e-9
    assert 1 <= len(fit.lines) <= 2


@settings(max_examples=100)
@given(st.lists(st.lists(words, min_size=1, max_size=20), min_size=1, max_size=6))
def test_wrapped_paragraphs_fit_their_box_and_keep_every_word(
    fonts: FontNames, paragraphs: list[list[str]]
) -> None:
    texts = tuple(" ".join(paragraph) for paragraph in paragraphs)
    width, height = 200.0, 90.0
    size, wrapped = wrap_paragraphs(
        texts, fonts.regular, max_width=width, max_height=height, max_size=6.2
    )
    assert [" ".join(lines).split() for lines in wrapped] == paragraphs
    for lines in wrapped:
        for line in lines:
            assert pdfmetrics.stringWidth(line, fonts.regular, size) <= width


@pytest.mark.parametrize("modules", [37, 45, 53, 57, 65])
def test_the_qr_symbol_is_at_least_18_mm_and_its_quiet_zone_stays_on_the_card(
    modules: int,
) -> None:
    qr = layout_qr(modules)
    assert qr.symbol >= QR_MIN_SYMBOL
    assert qr.quiet_zone == pytest.approx(4 * qr.module)
    x, y, width, height = qr.box
    assert x >= MARGIN
    assert x + width <= CARD_WIDTH - 3 * mm
    assert y >= 6 * mm
    assert y + height <= CARD_HEIGHT - 22 * mm


@pytest.mark.parametrize("modules", [37, 53, 65])
def test_the_qr_box_keeps_clear_of_the_name(fonts: FontNames, modules: int) -> None:
    qr = layout_qr(modules)
    x, bottom, width, height = NAME_BOX
    frame_x, frame_y, frame_width, frame_height = qr.frame
    assert frame_y + frame_height < bottom
    assert frame_x + frame_width <= CARD_WIDTH - 2.5 * mm
    assert frame_y >= 6 * mm
    assert x == MARGIN
    assert x + width == pytest.approx(CARD_WIDTH - MARGIN)
    for name in (SUMBA_NAME, SIXTY, SIXTY_CAPS):
        assert layout_name(name, fonts=fonts).height <= height


def test_a_payload_too_long_for_a_card_is_refused_clearly() -> None:
    with pytest.raises(CardDataError, match="too long for a card"):
        layout_qr(97)
    with pytest.raises(CardDataError, match="cannot be encoded"):
        qr_matrix("x" * 5000, QrLevel.Q)


def test_a_realistic_payload_gives_a_card_sized_symbol() -> None:
    assert len(qr_matrix(PAYLOAD, QrLevel.Q)) == 53  # version 9
    assert len(qr_matrix(PAYLOAD, QrLevel.M)) == 45  # version 7
    # Tiny payloads get version 5, so their quiet zone fits the box.
    assert len(qr_matrix("A", QrLevel.Q)) == 37


def test_the_same_card_gives_the_same_bytes() -> None:
    style = CardStyle()
    first = card_pdf(make_card(), style=style, with_back=True)
    assert first.startswith(b"%PDF-")
    assert card_pdf(make_card(), style=style, with_back=True) == first
    assert card_pdf(make_card(serial="0K3M-7Q2A-9XZE"), style=style) != first


def test_a_batch_is_read_lazily_and_counted() -> None:
    consumed: list[int] = []

    def cards() -> Iterator[CardData]:
        for i in range(3):
            consumed.append(i)
            yield make_card(kpj=f"{24011234560 + i}")

    buffer = io.BytesIO()
    assert render_cards(cards(), style=CardStyle(), out=buffer) == 3
    assert consumed == [0, 1, 2]
    assert buffer.getvalue().startswith(b"%PDF-")


def test_an_empty_batch_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    with pytest.raises(CardDataError, match="no cards"):
        render_cards([], style=CardStyle(), out=out)
    assert not out.exists()


def test_a_batch_that_fails_midway_writes_nothing(tmp_path: Path) -> None:
    def cards() -> Iterator[CardData]:
        yield make_card()
        raise KeyboardInterrupt  # a cancel, as the batch runner may do it

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(KeyboardInterrupt):
        render_cards(cards(), style=CardStyle(), out=out)
    assert not out.exists()


def test_missing_artwork_and_fonts_are_reported_by_name(tmp_path: Path) -> None:
    artwork = tmp_path / "emblem.png"
    with pytest.raises(CardArtworkError, match=r"emblem\.png"):
        card_pdf(make_card(), style=CardStyle(artwork=artwork))
    fonts = CardFonts(regular=tmp_path / "Nothing.ttf")
    with pytest.raises(FontFileError, match=r"Nothing\.ttf"):
        card_pdf(make_card(), style=CardStyle(fonts=fonts))
