"""The signed card QR payload: round trips, forgeries, garbage, keys and a real QR scan."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import string

import pytest
import qrcode
import zxingcpp
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import example, given
from hypothesis import strategies as st

from printing.keys import (
    KEY_ID_SIZE,
    KeyFormatError,
    generate_private_key,
    key_id,
    private_key_from_pem,
    private_key_from_seed,
    private_key_to_pem,
    public_key_from_text,
    public_key_to_pem,
    public_key_to_text,
    raw_public_key,
    trusted_keys,
)
from printing.payload import (
    EPOCH,
    LAST_ISSUE_DATE,
    MAX_PAYLOAD_LENGTH,
    NAME_ALPHABET,
    PREFIX,
    SERIAL_LIMIT,
    SHORT_NAME_MAX,
    CardClaims,
    InvalidClaimsError,
    PayloadError,
    Rejection,
    SerialFormatError,
    UnknownKeyError,
    VerifiedCard,
    decode_and_verify,
    encode,
    fold_short_name,
    format_serial,
    new_serial,
    parse_serial,
    parse_serial_tail,
)

SITE_A = private_key_from_seed(hashlib.sha256(b"site A").digest())
SITE_B = private_key_from_seed(hashlib.sha256(b"site B").digest())
TRUST_A = trusted_keys([SITE_A.public_key()])
TRUST_BOTH = trusted_keys([SITE_A.public_key(), SITE_B.public_key()])
NIK = "5311014501900001"
CLAIMS = CardClaims(
    kpj="53110012345",
    serial=0x0123456789ABCDE,
    issued=dt.date(2025, 8, 25),
    short_name=fold_short_name("Maria Goreti Da Silva"),
)
# Ed25519 signatures are deterministic, so the format is pinned to the byte: changing this
# string means every card already printed stops verifying.
GOLDEN = (
    "NTTJ1:YT2KABAMLWNHTOIACI2FM6E2XTPAQDYUMARIA2GORETI2DA2SILVAC6KRU6K6FKW2VWNKIVIJLDP44MHXJ"
    "I3EX5PMR5F62TR5IN5ARV6QWVKNAKQCSI5BEQWVP33U3UCMK3NHUBO42IPCZAAYXSCA2JJVUCQ"
)
BASE32 = string.ascii_uppercase + "234567"
QR_ALPHANUMERIC = set(string.digits + string.ascii_uppercase + " $%*+-./:")

claims_strategy = st.builds(
    CardClaims,
    kpj=st.integers(0, 10**11 - 1).map(lambda n: f"{n:011d}"),
    serial=st.integers(0, SERIAL_LIMIT - 1),
    issued=st.dates(EPOCH, LAST_ISSUE_DATE),
    short_name=st.one_of(st.text(), st.text(NAME_ALPHABET, min_size=18)).map(fold_short_name),
)


def _reason(text: str, trusted: dict[bytes, Ed25519PublicKey] = TRUST_A) -> Rejection:
    """The documented rejection; any other exception, or a verified card, fails the test."""
    with pytest.raises(PayloadError) as caught:
        decode_and_verify(text, trusted)
    return caught.value.reason


def _body_bytes(payload: str) -> bytes:
    body = payload[len(PREFIX) :]
    return base64.b32decode(body + "=" * (-len(body) % 8))


def _with_body(data: bytes) -> str:
    return PREFIX + base64.b32encode(data).decode("ascii").rstrip("=")


# ---------------------------------------------------------------- round trip and format


@given(claims_strategy)
def test_claims_round_trip_and_fit_qr_alphanumeric_mode(claims: CardClaims) -> None:
    payload = encode(claims, SITE_A)

    assert decode_and_verify(payload, TRUST_A) == VerifiedCard(claims, key_id(SITE_A.public_key()))
    assert len(payload) <= MAX_PAYLOAD_LENGTH
    assert set(payload) <= QR_ALPHANUMERIC


def test_the_format_is_pinned_by_a_known_payload() -> None:
    assert encode(CLAIMS, SITE_A) == GOLDEN
    assert decode_and_verify(GOLDEN, TRUST_A).claims == CLAIMS


def test_the_bytes_follow_the_documented_layout() -> None:
    data = _body_bytes(GOLDEN)

    assert data[0:4] == hashlib.sha256(raw_public_key(SITE_A.public_key())).digest()[:4]
    assert int.from_bytes(data[4:9], "big") == 53110012345
    assert int.from_bytes(data[9:17], "big") == CLAIMS.serial
    assert dt.date(2020, 1, 1) + dt.timedelta(int.from_bytes(data[17:19], "big")) == CLAIMS.issued
    assert data[19] == len("MARIA GORETI DA SILV") == 20
    assert len(data) == 20 + 13 + 64
    # The 20-byte header is 32 base32 characters, so the name shows through, a space as "2".
    assert GOLDEN[len(PREFIX) + 32 :].startswith("MARIA2GORETI2DA2SILV")
    SITE_A.public_key().verify(data[-64:], b"NTTJ1:" + data[:-64])


def test_the_longest_payload_is_162_characters() -> None:
    longest = dataclasses.replace(CLAIMS, short_name="W" * SHORT_NAME_MAX)
    shortest = dataclasses.replace(CLAIMS, short_name="")

    assert len(encode(longest, SITE_A)) == MAX_PAYLOAD_LENGTH == 162
    assert len(encode(shortest, SITE_A)) == 6 + 135


def test_scanner_noise_of_case_and_line_ends_is_forgiven() -> None:
    # A wedge scanner with Caps Lock on types lower case, and ends with Enter.
    assert decode_and_verify(f"  {GOLDEN.lower()}\r\n", TRUST_A).claims == CLAIMS


# ---------------------------------------------------------------- forgeries and damage


def test_every_single_base32_substitution_fails_for_the_expected_reason() -> None:
    body_start = len(PREFIX)
    for position in range(body_start, len(GOLDEN)):
        char_index = position - body_start
        for replacement in BASE32:
            if replacement == GOLDEN[position]:
                continue
            forged = GOLDEN[:position] + replacement + GOLDEN[position + 1 :]
            reason = _reason(forged)
            if char_index < 6:  # wholly inside the 4-byte key id (bits 0-29)
                assert reason is Rejection.UNKNOWN_KEY, (position, replacement)
            elif char_index in (6, 30, 31, len(GOLDEN) - body_start - 1):
                # Straddles the key id, holds the name length, or carries spare bits.
                assert reason is not Rejection.NOT_A_CARD, (position, replacement)
            else:
                assert reason is Rejection.BAD_SIGNATURE, (position, replacement)


@given(position=st.integers(0, len(GOLDEN) - 1), replacement=st.characters())
@example(position=len(GOLDEN) - 1, replacement=" ")
@example(position=0, replacement=" ")
@example(position=10, replacement="=")
@example(position=4, replacement="ı")  # upper-cases to "I" in Python, but is not ASCII
def test_any_single_character_change_is_rejected(position: int, replacement: str) -> None:
    if replacement.upper() == GOLDEN[position]:
        return  # the same card: see test_scanner_noise_of_case_and_line_ends_is_forgiven
    forged = GOLDEN[:position] + replacement + GOLDEN[position + 1 :]

    _reason(forged)


def test_every_cut_short_payload_is_truncated() -> None:
    assert _reason("") is Rejection.NOT_A_CARD
    for length in range(1, len(GOLDEN)):
        assert _reason(GOLDEN[:length]) is Rejection.TRUNCATED, length


def test_extra_characters_are_malformed() -> None:
    assert _reason(GOLDEN + "A") is Rejection.MALFORMED
    assert _reason(GOLDEN + "AAAAAAAA") is Rejection.MALFORMED
    assert _reason(GOLDEN + "=") is Rejection.MALFORMED
    assert _reason(PREFIX + "A" * 10_000) is Rejection.MALFORMED


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("   ", Rejection.NOT_A_CARD),
        ("53110012345", Rejection.NOT_A_CARD),  # a KPJ typed into the scan field
        (NIK, Rejection.NOT_A_CARD),
        ("https://example.org/NTTJ1:AAAA", Rejection.NOT_A_CARD),
        ("NTTJOHN", Rejection.NOT_A_CARD),
        ("NTTJ1 " + GOLDEN[6:], Rejection.NOT_A_CARD),
        ("NTT", Rejection.TRUNCATED),
        ("nttj1", Rejection.TRUNCATED),
        ("NTTJ2:" + GOLDEN[6:], Rejection.BAD_VERSION),
        ("NTTJ:" + GOLDEN[6:], Rejection.BAD_VERSION),
        ("NTTJ10:" + GOLDEN[6:], Rejection.BAD_VERSION),
        ("NTTJ1:" + GOLDEN[6:-2] + "0A", Rejection.MALFORMED),
        ("NTTJ1:" + GOLDEN[6:40] + "é" + GOLDEN[41:], Rejection.MALFORMED),
    ],
)
def test_texts_that_are_not_cards(text: str, reason: Rejection) -> None:
    assert _reason(text) is reason


@given(st.text())
def test_arbitrary_text_is_rejected_cleanly(text: str) -> None:
    _reason(text)


@given(st.binary())
def test_arbitrary_bytes_from_a_scanner_are_rejected_cleanly(raw: bytes) -> None:
    _reason(raw.decode("utf-8", errors="surrogateescape"))
    _reason(raw.decode("latin-1"))


@given(st.text(BASE32 + BASE32.lower() + "=", max_size=200))
def test_arbitrary_base32_after_the_prefix_is_rejected_cleanly(body: str) -> None:
    _reason(PREFIX + body)


@given(st.binary(max_size=120))
def test_arbitrary_bytes_under_a_trusted_key_id_are_not_genuine(rest: bytes) -> None:
    forged = _with_body(key_id(SITE_A.public_key()) + rest)

    assert _reason(forged) in {Rejection.TRUNCATED, Rejection.MALFORMED, Rejection.BAD_SIGNATURE}


def test_a_signature_by_one_site_under_another_sites_key_id_is_bad() -> None:
    data = _body_bytes(encode(CLAIMS, SITE_B))
    relabelled = _with_body(key_id(SITE_A.public_key()) + data[KEY_ID_SIZE:])

    assert _reason(relabelled, TRUST_BOTH) is Rejection.BAD_SIGNATURE


def test_a_well_signed_card_with_impossible_content_is_malformed() -> None:
    header = (
        key_id(SITE_A.public_key())
        + (10**11).to_bytes(5, "big")  # a twelve-digit KPJ
        + bytes(8 + 2)
        + bytes([0])
    )
    signature = SITE_A.sign(PREFIX.encode("ascii") + header)

    assert _reason(_with_body(header + signature)) is Rejection.MALFORMED


# ---------------------------------------------------------------- keys and sites


def test_a_card_from_an_untrusted_site_names_its_key() -> None:
    with pytest.raises(UnknownKeyError) as caught:
        decode_and_verify(encode(CLAIMS, SITE_B), TRUST_A)

    assert caught.value.reason is Rejection.UNKNOWN_KEY
    assert caught.value.key_id == key_id(SITE_B.public_key())


def test_cards_from_two_trusted_sites_both_verify() -> None:
    from_a = decode_and_verify(encode(CLAIMS, SITE_A), TRUST_BOTH)
    from_b = decode_and_verify(encode(CLAIMS, SITE_B), TRUST_BOTH)

    assert from_a.claims == from_b.claims == CLAIMS
    assert from_a.key_id == key_id(SITE_A.public_key()) != from_b.key_id
    assert from_b.key_id == key_id(SITE_B.public_key())


def test_an_empty_trust_list_trusts_nothing() -> None:
    assert _reason(GOLDEN, {}) is Rejection.UNKNOWN_KEY


def test_private_key_survives_pkcs8_pem() -> None:
    key = generate_private_key()
    pem = private_key_to_pem(key)

    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    again = private_key_from_pem(pem)
    assert decode_and_verify(encode(CLAIMS, again), trusted_keys([key.public_key()])).claims == (
        CLAIMS
    )


def test_public_key_survives_both_text_forms() -> None:
    public = SITE_A.public_key()
    line = public_key_to_text(public)

    assert line.startswith("ed25519:")
    assert "\n" not in line
    assert len(line) == 8 + 43
    for text in (line, f" {line}\n", public_key_to_pem(public).decode("ascii")):
        assert raw_public_key(public_key_from_text(text)) == raw_public_key(public)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ed25519:",
        "ed25519:AAAA",
        "ed25519:" + "A" * 44,
        "ed25519:" + "A" * 42 + "!",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA",
        "-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----\n",
        "-----BEGIN PUBLIC KEY-----\né\n-----END PUBLIC KEY-----\n",
    ],
)
def test_bad_public_key_text_is_a_key_format_error(text: str) -> None:
    with pytest.raises(KeyFormatError):
        public_key_from_text(text)


@given(st.text())
def test_arbitrary_public_key_text_is_a_key_format_error(text: str) -> None:
    with pytest.raises(KeyFormatError):
        public_key_from_text(text)


def test_keys_of_other_kinds_are_refused() -> None:
    other = ec.generate_private_key(ec.SECP256R1())
    other_private = other.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    other_public = other.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    encrypted = SITE_A.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret"),
    )

    for pem in (other_private, encrypted, b"", b"garbage"):
        with pytest.raises(KeyFormatError):
            private_key_from_pem(pem)
    with pytest.raises(KeyFormatError):
        public_key_from_text(other_public.decode("ascii"))
    with pytest.raises(KeyFormatError):
        private_key_from_seed(bytes(31))


def test_key_id_is_the_head_of_the_public_keys_sha256() -> None:
    public = SITE_A.public_key()

    assert key_id(public) == hashlib.sha256(raw_public_key(public)).digest()[:KEY_ID_SIZE]
    assert key_id(public) == bytes.fromhex("c4f4a004")
    assert trusted_keys([public, public]) == {key_id(public): public}


# ---------------------------------------------------------------- what the claims may hold


def test_claims_have_no_place_for_a_nik_and_refuse_one_as_kpj() -> None:
    assert [field.name for field in dataclasses.fields(CardClaims)] == [
        "kpj",
        "serial",
        "issued",
        "short_name",
    ]
    with pytest.raises(InvalidClaimsError):
        dataclasses.replace(CLAIMS, kpj=NIK)

    payload = encode(CLAIMS, SITE_A)
    assert NIK not in payload
    assert NIK.encode("ascii") not in _body_bytes(payload)
    assert len(payload) <= MAX_PAYLOAD_LENGTH


@pytest.mark.parametrize(
    "changes",
    [
        {"kpj": "5311001234"},
        {"kpj": "531100123456"},
        {"kpj": "5311001234x"},
        {"kpj": "٥٣١١٠٠١٢٣٤٥"},  # Arabic-Indic digits pass str.isdigit()
        {"serial": -1},
        {"serial": SERIAL_LIMIT},
        {"serial": True},
        {"issued": dt.date(2019, 12, 31)},
        {"issued": LAST_ISSUE_DATE + dt.timedelta(days=1)},
        {"issued": dt.datetime(2025, 8, 25, 9, 0)},
        {"short_name": "Maria"},
        {"short_name": "MARIA  DA"},
        {"short_name": "A" * (SHORT_NAME_MAX + 1)},
    ],
)
def test_claims_that_cannot_go_on_a_card_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(InvalidClaimsError):
        dataclasses.replace(CLAIMS, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("full_name", "short"),
    [
        ("Maria Goreti Da Silva", "MARIA GORETI DA SILV"),
        ("Yohanes  Umbu\tNdapa", "YOHANES UMBU NDAPA"),
        ("Ñoño Ángel d’Costa", "NONO ANGEL D'COSTA"),
        ("Muh. Rizal, S.Pd", "MUH. RIZAL, S.PD"),
        ("Abdul Rahman Bin Yusuf", "ABDUL RAHMAN BIN YUS"),
        ("Ana Maria Lede Kaka Ratu", "ANA MARIA LEDE KAKA"),  # cut at 20, then the space
        ("李小龍", ""),
    ],
)
def test_short_names_are_folded_for_the_qr(full_name: str, short: str) -> None:
    assert fold_short_name(full_name) == short


@given(st.text())
def test_folding_is_idempotent_and_always_fits_the_claims(full_name: str) -> None:
    short = fold_short_name(full_name)

    assert fold_short_name(short) == short
    assert len(short) <= SHORT_NAME_MAX
    assert dataclasses.replace(CLAIMS, short_name=short).short_name == short


# ---------------------------------------------------------------- serials


def test_a_serial_comes_from_the_given_random_source() -> None:
    asked: list[int] = []

    def source(count: int) -> bytes:
        asked.append(count)
        return bytes.fromhex("ffeeddccbbaa9988")

    assert new_serial(source) == 0xFEEDDCCBBAA9988
    assert asked == [8]
    with pytest.raises(ValueError, match="8 random bytes"):
        new_serial(lambda count: b"short")


@given(st.integers(0, SERIAL_LIMIT - 1))
def test_serial_text_round_trips(serial: int) -> None:
    text = format_serial(serial)

    assert len(text) == 14
    assert text[4] == text[9] == "-"
    assert parse_serial(text) == serial
    assert parse_serial(text.lower().replace("-", " ")) == serial


def test_serials_typed_by_people_are_forgiven_their_lookalikes() -> None:
    assert format_serial(0x0123456789ABCDE) == "04HM-ASW9-NF6Y"
    assert parse_serial("o4hm-asw9-nf6y") == parse_serial("04HMASW9NF6Y") == 0x0123456789ABCDE
    assert parse_serial("0000-0000-00IL") == 33
    for bad in ("", "0000-0000-000", "0000-0000-000U", "0000-0000-000é", "0000-0000-00000"):
        with pytest.raises(SerialFormatError):
            parse_serial(bad)


@given(st.integers(0, SERIAL_LIMIT - 1), st.integers(0, 12))
def test_the_end_of_a_serial_is_the_serial_modulo(serial: int, chars: int) -> None:
    typed = format_serial(serial).replace("-", "")[12 - chars :]
    value, count = parse_serial_tail(typed.lower())
    assert count == chars
    assert serial % 32**chars == value


def test_the_end_of_a_serial_is_read_as_people_type_it() -> None:
    assert (
        parse_serial_tail("nf-6y") == parse_serial_tail(" NF6Y ") == (0x0123456789ABCDE % 32**4, 4)
    )
    assert parse_serial_tail("00IL") == (33, 4)
    for bad in ("0000-0000-0000-0", "NF6U", "NF6é"):
        with pytest.raises(SerialFormatError):
            parse_serial_tail(bad)


# ---------------------------------------------------------------- through a real QR code


@pytest.mark.parametrize(
    ("short_name", "error_correction", "version"),
    [
        ("ANI", qrcode.constants.ERROR_CORRECT_M, 6),
        ("MARIA GORETI DA SILV", qrcode.constants.ERROR_CORRECT_M, 7),
        ("MARIA GORETI DA SILV", qrcode.constants.ERROR_CORRECT_Q, 9),
    ],
)
def test_the_payload_scans_back_from_a_qr_image_and_verifies(
    short_name: str, error_correction: int, version: int
) -> None:
    payload = encode(dataclasses.replace(CLAIMS, short_name=short_name), SITE_A)
    qr = qrcode.QRCode(error_correction=error_correction, box_size=4, border=4)
    qr.add_data(payload)
    qr.make(fit=True)

    assert [chunk.mode for chunk in qr.data_list] == [qrcode.util.MODE_ALPHA_NUM]
    assert (qr.version, qr.modules_count) == (version, 17 + 4 * version)
    found = zxingcpp.read_barcodes(qr.make_image().convert("L"))
    assert [barcode.text for barcode in found] == [payload]
    assert decode_and_verify(found[0].text, TRUST_A).claims.short_name == short_name
