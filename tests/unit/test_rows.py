"""Header mapping, desa resolution and per-row validation of registration lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.models import Sex
from db.regions import read_region_csv
from db.workers import WorkerRecord
from kiosk.config import REGIONS_CSV
from kiosk.registry.header import (
    REQUIRED_FIELDS,
    Field,
    Header,
    MissingColumnsError,
    find_header,
    header_key,
    read_header,
)
from kiosk.registry.places import RegionIndex
from kiosk.registry.rows import ParsedRow, ProblemCode, RowParser
from kiosk.registry.tabular import Cell, FileProblem, RawRow, TableError
from tests.helpers.import_files import HEADER, KAMBUHAPANG, Person, make_nik, person, row_of

TODAY = dt.date(2026, 11, 25)


# Read once: hypothesis tests cannot take function-scoped fixtures.
REGIONS = RegionIndex((r.code, r.name, r.level) for r in read_region_csv(REGIONS_CSV))


@pytest.fixture
def regions() -> RegionIndex:
    return REGIONS


def header_of(*labels: str) -> Header:
    return read_header(RawRow(1, labels))


def parse(regions: RegionIndex, cells: Sequence[Cell], header: Sequence[str] = HEADER) -> ParsedRow:
    parser = RowParser(header_of(*header), regions, today=TODAY)
    return parser.parse(RawRow(2, tuple(cells)))


def codes(parsed: ParsedRow) -> list[ProblemCode]:
    return [p.code for p in parsed.problems]


def rejected_for(parsed: ParsedRow) -> list[ProblemCode]:
    assert parsed.rejected
    assert parsed.record is None
    return [p.code for p in parsed.problems if not p.is_warning]


# ------------------------------------------------------------------ headers


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("NIK", Field.NIK),
        (" nik ", Field.NIK),
        ("No. KTP", Field.NIK),
        ("Nama", Field.NAME),
        ("Nama Lengkap", Field.NAME),
        ("NAMA LENGKAP", Field.NAME),
        ("Name", Field.NAME),
        ("Full name", Field.NAME),
        ("Full-Name", Field.NAME),
        ("Tempat Lahir", Field.BIRTH_PLACE),
        ("Birth place", Field.BIRTH_PLACE),
        ("Tgl Lahir", Field.BIRTH_DATE),
        ("Tgl. Lahir", Field.BIRTH_DATE),
        ("Tanggal Lahir", Field.BIRTH_DATE),
        ("Tanggal Lahir (dd/mm/yyyy)", Field.BIRTH_DATE),
        ("Date of birth", Field.BIRTH_DATE),
        ("Tempat/Tgl Lahir", Field.BIRTH_PLACE_DATE),
        ("TTL", Field.BIRTH_PLACE_DATE),
        ("L/P", Field.SEX),
        ("Jenis Kelamin", Field.SEX),
        ("JK", Field.SEX),
        ("Sex", Field.SEX),
        ("Gender", Field.SEX),
        ("Desa", Field.DESA),
        ("Kelurahan", Field.DESA),
        ("Desa/Kelurahan", Field.DESA),
        ("Desa / Kelurahan", Field.DESA),
        ("Village", Field.DESA),
        ("Kode Desa", Field.DESA_CODE),
        ("Kecamatan", Field.KECAMATAN),
        ("District", Field.KECAMATAN),
        ("Kabupaten", Field.KABUPATEN),
        ("Kabupaten/Kota", Field.KABUPATEN),
        ("No KPJ", Field.KPJ),
        ("No. KPJ", Field.KPJ),
        ("KPJ", Field.KPJ),
        ("Nomor KPJ", Field.KPJ),
        ("No HP", Field.PHONE),
        ("No. HP", Field.PHONE),
        ("Telepon", Field.PHONE),
        ("No Telp", Field.PHONE),
        ("Phone", Field.PHONE),
        ("Pekerjaan", Field.OCCUPATION),
        ("Occupation", Field.OCCUPATION),
        ("Alamat", Field.ADDRESS),
        ("Address", Field.ADDRESS),
        ("Nama Ibu Kandung", Field.MOTHER_MAIDEN_NAME),
        ("Mother's maiden name", Field.MOTHER_MAIDEN_NAME),
        ("Mother’s Maiden Name", Field.MOTHER_MAIDEN_NAME),
    ],
)
def test_header_variants(label: str, field: Field) -> None:
    header = header_of("No", label, "Keterangan")
    assert dict(header.columns) == {field: (1,)}
    assert header.label(field) == label.strip()


def test_header_key_ignores_case_space_punctuation_and_accents() -> None:
    assert header_key("Tgl. Lahir") == header_key("TGL LAHIR") == header_key("tgl_lahir")
    assert header_key("Desa/Kelurahan") == "desakelurahan"
    assert header_key("Tánggal Lahir") == "tanggallahir"


def rows(*cells: Sequence[str]) -> Iterator[RawRow]:
    return (RawRow(i, tuple(c)) for i, c in enumerate(cells, start=1))


def test_title_rows_are_skipped_up_to_the_header() -> None:
    source = rows(
        ["DAFTAR PEKERJA RENTAN PENERIMA BANTUAN IURAN"],
        ["Kabupaten Sumba Timur", ""],
        ["", ""],
        ["No", "NIK", "Nama", "Tgl Lahir", "No KPJ"],
        ["1", "5311030501900001", "Umbu Hina", "05/01/1990", "25000000001"],
    )
    header = find_header(source)
    assert header.line == 4
    assert header.columns[Field.NIK] == (1,)
    assert next(source).line == 5, "the rows after the header are left to read"


def test_a_missing_required_column_is_named() -> None:
    with pytest.raises(MissingColumnsError) as caught:
        find_header(rows(["NIK", "Nama", "Tgl Lahir", "Alamat"]))
    assert caught.value.missing == (Field.KPJ,)
    assert caught.value.problem is FileProblem.MISSING_COLUMNS


def test_without_a_header_the_closest_row_is_reported() -> None:
    with pytest.raises(MissingColumnsError) as caught:
        find_header(rows(["Daftar"], ["Nama", "Tgl Lahir", "KPJ"], ["x", "y", "z"]))
    assert caught.value.missing == (Field.NIK,)
    with pytest.raises(MissingColumnsError) as caught:
        find_header(rows(["a", "b"], ["c", "d"]))
    assert caught.value.missing == REQUIRED_FIELDS


def test_the_header_must_come_within_the_first_rows() -> None:
    late = [[f"catatan {i}"] for i in range(40)]
    with pytest.raises(MissingColumnsError):
        find_header(rows(*late, ["NIK", "Nama", "Tgl Lahir", "KPJ"]))


def test_no_rows_at_all_is_empty() -> None:
    with pytest.raises(TableError) as caught:
        find_header(rows(["", ""], [""]))
    assert caught.value.problem is FileProblem.EMPTY


def test_place_and_date_in_one_column_stand_for_the_birth_date() -> None:
    assert header_of("NIK", "Nama", "Tempat/Tgl Lahir", "KPJ").missing == ()
    assert header_of("NIK", "Nama", "Tempat Lahir", "KPJ").missing == (Field.BIRTH_DATE,)


def test_record_fields_are_the_columns_the_file_has() -> None:
    assert header_of("NIK", "Nama", "Tgl Lahir", "KPJ", "No HP").record_fields() == {
        "nik",
        "kpj",
        "full_name",
        "birth_date",
        "phone",
    }
    assert "sex" in header_of("NIK", "L/P").record_fields()
    assert "desa_code" in header_of("NIK", "Kode Desa").record_fields()
    assert "birth_place" in header_of("NIK", "TTL").record_fields()


def test_a_numbered_but_empty_template_row_has_no_data(regions: RegionIndex) -> None:
    parser = RowParser(header_of("No", *HEADER), regions, today=TODAY)
    assert not parser.has_data(RawRow(9, ("8", *[""] * len(HEADER))))
    assert not parser.has_data(RawRow(9, ("8",)))
    assert parser.has_data(RawRow(9, ("8", "", "Umbu")))


# ------------------------------------------------------------------ rows

P = person(0)  # Umbu ..., male, Kambuhapang in Lewa


def cells_of(p: Person) -> list[str]:
    return row_of(p)


def test_a_good_row_becomes_a_record(regions: RegionIndex) -> None:
    parsed = parse(regions, cells_of(P.but(phone="+62 812-3456-7890", name="  Umbu   Hina ")))
    assert parsed.problems == ()
    assert parsed.record == WorkerRecord(
        nik=P.nik,
        kpj=P.kpj,
        full_name="Umbu Hina",
        birth_date=P.birth_date,
        sex=Sex.MALE,
        birth_place="Waingapu",
        occupation=P.occupation,
        address=P.address,
        desa_code=KAMBUHAPANG,
        phone="081234567890",
        mother_maiden_name=P.mother,
    )


@pytest.mark.parametrize(
    ("typed", "sex"),
    [
        ("L", Sex.MALE),
        ("l", Sex.MALE),
        ("Laki-laki", Sex.MALE),
        ("LAKI LAKI", Sex.MALE),
        ("Pria", Sex.MALE),
        ("M", Sex.MALE),
        ("Male", Sex.MALE),
        ("P", Sex.FEMALE),
        ("Perempuan", Sex.FEMALE),
        ("Wanita", Sex.FEMALE),
        ("F", Sex.FEMALE),
        ("female", Sex.FEMALE),
    ],
)
def test_sex_spellings(regions: RegionIndex, typed: str, sex: Sex) -> None:
    nik = make_nik(born=P.birth_date, sex=sex)
    parsed = parse(regions, [nik, *cells_of(P)[1:4], typed, *cells_of(P)[5:]])
    assert parsed.record is not None
    assert parsed.record.sex is sex
    assert parsed.problems == ()


def test_an_empty_sex_comes_from_the_nik(regions: RegionIndex) -> None:
    woman = person(1)
    cells = cells_of(woman)
    cells[4] = ""
    parsed = parse(regions, cells)
    assert parsed.record is not None
    assert parsed.record.sex is Sex.FEMALE


def test_an_unreadable_sex_rejects_the_row(regions: RegionIndex) -> None:
    cells = cells_of(P)
    cells[4] = "X"
    assert rejected_for(parse(regions, cells)) == [ProblemCode.SEX_UNREADABLE]


@pytest.mark.parametrize(
    ("nik", "code", "params"),
    [
        ("5.31101E+15", ProblemCode.NIK_SCIENTIFIC_NOTATION, {}),
        ("5,31103E+15", ProblemCode.NIK_SCIENTIFIC_NOTATION, {}),
        ("531103050161001", ProblemCode.NIK_TOO_SHORT, {"digits": 15}),
        ("53110305016100011", ProblemCode.NIK_TOO_LONG, {"digits": 17}),
        ("53110305O1610001", ProblemCode.NIK_NOT_DIGITS, {}),
        ("", ProblemCode.NIK_MISSING, {}),
        ("5311033102610001", ProblemCode.NIK_IMPOSSIBLE_DATE, {}),
        ("5311030101610000", ProblemCode.NIK_ZERO_SERIAL, {}),
    ],
)
def test_broken_niks_are_named(
    regions: RegionIndex, nik: str, code: ProblemCode, params: dict[str, int]
) -> None:
    parsed = parse(regions, cells_of(P.but(nik=nik)))
    assert rejected_for(parsed) == [code]
    assert parsed.problems[0].params == params
    assert (parsed.problems[0].column, parsed.problems[0].value) == ("NIK", nik)
    assert parsed.nik is None


def test_a_nik_in_a_number_cell_lost_its_last_digit(regions: RegionIndex) -> None:
    excel = parse(regions, [5311030101610000, *cells_of(P)[1:]])
    assert rejected_for(excel) == [ProblemCode.NIK_EXCEL_NUMBER]
    assert excel.problems[0].value == "5311030101610000"
    # Written by a program rather than typed into Excel: all 16 digits are there.
    intact = parse(regions, [int(P.nik), *cells_of(P)[1:]])
    assert intact.record is not None
    assert intact.record.nik == P.nik


def test_nik_doubts_are_warnings(regions: RegionIndex) -> None:
    outsider = make_nik("317101", P.birth_date, Sex.MALE, 7)  # a Jakarta NIK
    parsed = parse(regions, cells_of(P.but(nik=outsider, sex=Sex.FEMALE)))
    assert parsed.record is not None
    assert parsed.record.sex is Sex.FEMALE, "what the list says is kept"
    assert codes(parsed) == [ProblemCode.NIK_UNKNOWN_REGION, ProblemCode.NIK_SEX_MISMATCH]
    assert parsed.problems[0].params == {"district": "31.71.01"}
    assert parsed.problems[1].column == "L/P"

    other_day = parse(regions, cells_of(P.but(birth_date=dt.date(1990, 1, 5))))
    assert other_day.record is not None
    assert codes(other_day) == [ProblemCode.NIK_BIRTH_DATE_MISMATCH]
    assert other_day.problems[0].params == {"nik_date": P.birth_date.isoformat()}
    assert other_day.problems[0].column == "Tgl Lahir"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("31/02/1990", ProblemCode.BIRTH_DATE_IMPOSSIBLE),
        ("01/01/1890", ProblemCode.BIRTH_DATE_IMPOSSIBLE),
        ("26/11/2026", ProblemCode.BIRTH_DATE_IN_FUTURE),
        ("05/01/61", ProblemCode.BIRTH_DATE_UNREADABLE),
        ("", ProblemCode.BIRTH_DATE_MISSING),
    ],
)
def test_bad_birth_dates_reject_the_row(
    regions: RegionIndex, typed: str, code: ProblemCode
) -> None:
    cells = cells_of(P)
    cells[3] = typed
    parsed = parse(regions, cells)
    assert rejected_for(parsed) == [code]
    assert (parsed.problems[0].line, parsed.problems[0].column) == (2, "Tgl Lahir")


def test_todays_birth_date_is_not_in_the_future(regions: RegionIndex) -> None:
    baby = P.but(nik=make_nik(born=TODAY), birth_date=TODAY)
    assert parse(regions, cells_of(baby)).record is not None


def test_excel_dates_and_serials_are_read(regions: RegionIndex) -> None:
    for cell in (
        dt.datetime.combine(P.birth_date, dt.time()),
        (P.birth_date - dt.date(1899, 12, 30)).days,
    ):
        parsed = parse(regions, [*cells_of(P)[:3], cell, *cells_of(P)[4:]])
        assert parsed.record is not None
        assert parsed.record.birth_date == P.birth_date


def test_place_and_date_in_one_column(regions: RegionIndex) -> None:
    header = ("NIK", "Nama", "Tempat/Tgl Lahir", "No KPJ")
    parsed = parse(regions, [P.nik, P.name, f"Waingapu, {P.birth_date:%d-%m-%Y}", P.kpj], header)
    assert parsed.record is not None
    assert (parsed.record.birth_place, parsed.record.birth_date) == ("Waingapu", P.birth_date)
    bad = parse(regions, [P.nik, P.name, "Waingapu, 31-02-1990", P.kpj], header)
    assert rejected_for(bad) == [ProblemCode.BIRTH_DATE_IMPOSSIBLE]
    assert bad.problems[0].column == "Tempat/Tgl Lahir"


@pytest.mark.parametrize(
    ("kpj", "code", "params"),
    [
        ("2500000000", ProblemCode.KPJ_INVALID, {"digits": 10}),
        ("250000000012", ProblemCode.KPJ_INVALID, {"digits": 12}),
        ("2.5E+10", ProblemCode.KPJ_INVALID, {"digits": 4}),
        ("", ProblemCode.KPJ_MISSING, {}),
    ],
)
def test_bad_kpj_rejects_the_row(
    regions: RegionIndex, kpj: str, code: ProblemCode, params: dict[str, int]
) -> None:
    parsed = parse(regions, cells_of(P.but(kpj=kpj)))
    assert rejected_for(parsed) == [code]
    assert parsed.problems[0].params == params
    assert parsed.nik == P.nik, "a valid NIK is kept for the duplicate check"


def test_kpj_and_phone_from_number_cells(regions: RegionIndex) -> None:
    cells: list[Cell] = list(cells_of(P))
    cells[7], cells[8] = float(P.kpj), 81234567890
    parsed = parse(regions, cells)
    assert parsed.record is not None
    assert (parsed.record.kpj, parsed.record.phone) == (P.kpj, "081234567890")


@pytest.mark.parametrize("phone", ["0812", "021 555 0100", "0812 3456 7890 / 0813 1111 2222"])
def test_a_bad_phone_rejects_the_row(regions: RegionIndex, phone: str) -> None:
    assert rejected_for(parse(regions, cells_of(P.but(phone=phone)))) == [ProblemCode.PHONE_INVALID]


def test_no_phone_is_fine(regions: RegionIndex) -> None:
    parsed = parse(regions, cells_of(P.but(phone="")))
    assert parsed.record is not None
    assert parsed.record.phone is None


def test_name_is_required_and_limited(regions: RegionIndex) -> None:
    assert rejected_for(parse(regions, cells_of(P.but(name=" ")))) == [ProblemCode.NAME_MISSING]
    long = parse(regions, cells_of(P.but(name="Umbu " * 30)))
    assert rejected_for(long) == [ProblemCode.VALUE_TOO_LONG]
    assert long.problems[0].params == {"max_length": 120}


def test_every_problem_of_a_row_is_reported(regions: RegionIndex) -> None:
    parsed = parse(regions, cells_of(P.but(nik="5.31101E+15", kpj="123", phone="x", name="")))
    assert rejected_for(parsed) == [
        ProblemCode.NAME_MISSING,
        ProblemCode.NIK_SCIENTIFIC_NOTATION,
        ProblemCode.KPJ_INVALID,
        ProblemCode.PHONE_INVALID,
    ]


def test_the_first_filled_column_of_a_field_counts(regions: RegionIndex) -> None:
    header = ("NIK", "Nama", "Tgl Lahir", "KPJ", "Desa", "Kelurahan", "Kecamatan")
    parsed = parse(
        regions,
        [P.nik, P.name, f"{P.birth_date:%d/%m/%Y}", P.kpj, "", "Kambuhapang", "Lewa"],
        header,
    )
    assert parsed.record is not None
    assert parsed.record.desa_code == KAMBUHAPANG


# ------------------------------------------------------------------ places

PLACE_HEADER = ("NIK", "Nama", "Tgl Lahir", "KPJ", "Kode Desa", "Desa", "Kecamatan", "Kabupaten")


def place(
    regions: RegionIndex,
    *,
    code: Cell = "",
    desa: str = "",
    kecamatan: str = "",
    kabupaten: str = "",
    nik: str = P.nik,
) -> ParsedRow:
    born = f"{P.birth_date:%d/%m/%Y}"
    return parse(
        regions, [nik, P.name, born, P.kpj, code, desa, kecamatan, kabupaten], PLACE_HEADER
    )


def desa_of(parsed: ParsedRow) -> str | None:
    assert parsed.record is not None, parsed.problems
    return parsed.record.desa_code


@pytest.mark.parametrize("code", ["53.11.03.2002", "5311032002", " 53.11.03.2002 ", 5311032002])
def test_desa_by_code(regions: RegionIndex, code: Cell) -> None:
    assert (
        desa_of(place(regions, code=code, desa="Somewhere Else", kecamatan="Nowhere"))
        == KAMBUHAPANG
    )


@pytest.mark.parametrize("code", ["53.11.03.9999", "53.11.03", "kode"])
def test_unknown_desa_code(regions: RegionIndex, code: str) -> None:
    parsed = place(regions, code=code)
    assert rejected_for(parsed) == [ProblemCode.DESA_CODE_UNKNOWN]
    assert parsed.problems[0].column == "Kode Desa"


@pytest.mark.parametrize(
    ("desa", "kecamatan"),
    [
        ("Kambuhapang", "Lewa"),
        ("KAMBUHAPANG", "lewa"),
        ("Kambu Hapang", " LEWA "),
        ("Desa Kambuhapang", "Kecamatan Lewa"),
        ("Kambuhapang", "53.11.03"),
        ("Kambuhapang", "531103"),
    ],
)
def test_desa_by_name_within_kecamatan(regions: RegionIndex, desa: str, kecamatan: str) -> None:
    assert desa_of(place(regions, desa=desa, kecamatan=kecamatan)) == KAMBUHAPANG


def test_desa_names_with_apostrophes(regions: RegionIndex) -> None:
    assert desa_of(place(regions, desa="OE EKAM", kecamatan="Amanuban Timur")) == "53.02.04.2012"
    assert desa_of(place(regions, desa="oe'ekam", kecamatan="53.02.05")) == "53.02.05.2003"


def test_desa_not_in_the_kecamatan(regions: RegionIndex) -> None:
    parsed = place(regions, desa="Kambuhapang", kecamatan="Haharu")
    assert rejected_for(parsed) == [ProblemCode.DESA_NOT_IN_KECAMATAN]
    assert parsed.problems[0].params == {"kecamatan": "Haharu"}
    assert parsed.problems[0].column == "Desa"


def test_unknown_kecamatan(regions: RegionIndex) -> None:
    for kecamatan in ("Atlantis", "53.11.99"):
        parsed = place(regions, desa="Kambuhapang", kecamatan=kecamatan)
        assert rejected_for(parsed) == [ProblemCode.KECAMATAN_UNKNOWN]


def test_a_desa_name_unique_in_ntt_needs_no_kecamatan(regions: RegionIndex) -> None:
    assert desa_of(place(regions, desa="Kambuhapang")) == KAMBUHAPANG


def test_a_shared_desa_name_is_settled_by_the_nik(regions: RegionIndex) -> None:
    # Four desa/kelurahan in NTT are called Merdeka; this NIK was issued in 53.01.06.
    nik = make_nik("530106", P.birth_date, Sex.MALE, 1)
    assert desa_of(place(regions, desa="Merdeka", nik=nik)) == "53.01.06.1005"
    parsed = place(regions, desa="Merdeka")  # a Lewa NIK: no Merdeka there
    assert rejected_for(parsed) == [ProblemCode.DESA_AMBIGUOUS]
    assert parsed.problems[0].params == {
        "candidates": "53.01.06.1005, 53.05.14.2006, 53.13.04.2009, 53.71.06.1006"
    }


def test_a_shared_desa_name_is_settled_by_the_kabupaten(regions: RegionIndex) -> None:
    assert desa_of(place(regions, desa="Merdeka", kabupaten="Kota Kupang")) == "53.71.06.1006"
    assert desa_of(place(regions, desa="Merdeka", kabupaten="53.71")) == "53.71.06.1006"


def test_two_desa_of_one_name_in_one_kecamatan(regions: RegionIndex) -> None:
    parsed = place(regions, desa="Oesao", kecamatan="Kupang Timur")
    assert rejected_for(parsed) == [ProblemCode.DESA_AMBIGUOUS]


def test_unknown_desa(regions: RegionIndex) -> None:
    assert rejected_for(place(regions, desa="Atlantis")) == [ProblemCode.DESA_UNKNOWN]


def test_unknown_kabupaten_is_a_warning(regions: RegionIndex) -> None:
    parsed = place(regions, desa="Kambuhapang", kabupaten="Gotham")
    assert desa_of(parsed) == KAMBUHAPANG
    assert codes(parsed) == [ProblemCode.KABUPATEN_UNKNOWN]


def test_an_empty_desa_keeps_the_kecamatan_with_a_warning(regions: RegionIndex) -> None:
    parsed = place(regions, kecamatan="Lewa")
    assert desa_of(parsed) == "53.11.03"
    assert codes(parsed) == [ProblemCode.DESA_MISSING]
    assert parsed.problems[0].is_warning
    assert desa_of(place(regions, kecamatan="53.11.03", kabupaten="Sumba Timur")) == "53.11.03"


def test_an_empty_desa_and_kecamatan_keep_the_kabupaten(regions: RegionIndex) -> None:
    parsed = place(regions, kabupaten="Sumba Timur")
    assert desa_of(parsed) == "53.11"
    assert codes(parsed) == [ProblemCode.DESA_MISSING]
    assert desa_of(place(regions)) is None


def test_an_empty_desa_with_an_unknown_kecamatan_is_rejected(regions: RegionIndex) -> None:
    parsed = place(regions, kecamatan="Atlantis")
    assert rejected_for(parsed) == [ProblemCode.KECAMATAN_UNKNOWN]


def test_the_nik_never_stands_in_for_a_missing_kecamatan(regions: RegionIndex) -> None:
    nik = make_nik("530106", P.birth_date, Sex.MALE, 1)
    assert desa_of(place(regions, nik=nik)) is None


# ------------------------------------------------------------------ properties

DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y")


@given(st.integers(0, 200_000), st.sampled_from(DATE_FORMATS), st.booleans())
def test_any_synthetic_row_round_trips(index: int, date_format: str, reverse: bool) -> None:
    p = person(index)
    header, cells = list(HEADER), row_of(p, date_format=date_format)
    if reverse:
        header.reverse()
        cells.reverse()
    parsed = parse(REGIONS, cells, header)
    assert parsed.problems == ()
    assert parsed.record == WorkerRecord(
        nik=p.nik,
        kpj=p.kpj,
        full_name=p.name,
        birth_date=p.birth_date,
        sex=p.sex,
        birth_place=p.birth_place,
        occupation=p.occupation,
        address=p.address,
        desa_code=p.desa_code,
        phone=p.phone,
        mother_maiden_name=p.mother,
    )


@given(
    st.lists(
        st.one_of(
            st.none(), st.text(max_size=30), st.integers(), st.floats(allow_nan=False), st.dates()
        ),
        max_size=14,
    )
)
def test_no_row_crashes_the_parser(cells: list[Cell]) -> None:
    parsed = parse(REGIONS, cells)
    assert (parsed.record is None) == parsed.rejected
