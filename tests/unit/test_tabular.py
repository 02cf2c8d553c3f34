"""Reading CSV and XLSX files: delimiters, encodings, line numbers, typed cells, dates."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.registry.tabular import (
    DateProblem,
    FileProblem,
    RawRow,
    Table,
    TableError,
    TableFormat,
    cell_text,
    detect_delimiter,
    open_table,
    read_date,
)
from tests.helpers.import_files import HEADER, people, row_of, write_csv, write_xlsx


def read_all(path: Path) -> list[RawRow]:
    with open_table(path) as table:
        return list(table.sheets[0].rows())


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_detected(tmp_path: Path, delimiter: str) -> None:
    rows = [list(HEADER), *(row_of(p) for p in people(3))]
    path = write_csv(tmp_path / "list.csv", rows, delimiter=delimiter)
    with open_table(path) as table:
        assert table.format is TableFormat.CSV
        assert table.dialect is not None
        assert table.dialect.delimiter == delimiter
        assert [list(r.cells) for r in table.sheets[0].rows()] == rows


def test_semicolons_win_over_commas_inside_unquoted_cells(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "DAFTAR PESERTA, KABUPATEN SUMBA TIMUR\n"
        "NIK;Nama;Alamat\n"
        "5311030501900001;Umbu Hina, S.Pd;RT 001, RW 002, Kambuhapang\n"
        "5311034501900002;Rambu Kahi;RT 003\n",
        encoding="utf-8",
    )
    rows = read_all(path)
    assert rows[0].cells == ("DAFTAR PESERTA, KABUPATEN SUMBA TIMUR",)
    assert rows[2].cells == ("5311030501900001", "Umbu Hina, S.Pd", "RT 001, RW 002, Kambuhapang")


def test_excel_sep_line_is_a_hint_not_a_row(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("sep=;\nNIK;Nama\n5311030501900001;Umbu Hina\n", encoding="utf-8")
    assert read_all(path) == [
        RawRow(2, ("NIK", "Nama")),
        RawRow(3, ("5311030501900001", "Umbu Hina")),
    ]


def test_utf8_bom_does_not_stick_to_the_first_header(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["NIK", "Nama"], ["1", "Umbu"]], bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_all(path)[0].cells == ("NIK", "Nama")


NAMES = ("Sébastião Ñgara", "Yohanes Hina Kahi", "Zoë Amaral", "Maria Lúcia da Costa")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_utf8_and_windows_1252_are_told_apart(tmp_path: Path, encoding: str) -> None:
    address = "Jl. Pahlawan, Kel. Hambala"
    rows = [["NIK", "Nama", "Alamat"], *[[str(i), n, address] for i, n in enumerate(NAMES)]]
    path = write_csv(tmp_path / "list.csv", rows, encoding=encoding)
    assert [r.cells[1] for r in read_all(path)[1:]] == list(NAMES)


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    rows = [["NIK", "Nama"], ["5311030501900001", "Zoë Rambu"]]
    path = write_csv(tmp_path / "list.txt", rows, delimiter="\t", encoding="utf-16")
    assert [list(r.cells) for r in read_all(path)] == rows


def test_windows_1252_is_found_even_past_the_sample(tmp_path: Path) -> None:
    # The only non-ASCII byte is far beyond the first 64 KB: a decoding error there would
    # otherwise stop the import halfway through.
    rows = [["NIK", "Nama"], *[[str(i), "Umbu Hina"] for i in range(20_000)], ["x", "Zoë"]]
    path = write_csv(tmp_path / "list.csv", rows, encoding="cp1252")
    assert path.stat().st_size > 200_000
    assert read_all(path)[-1].cells == ("x", "Zoë")


def test_line_numbers_are_physical_lines(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        'Daftar\n\nNIK,Nama,Alamat\n1,Umbu,"RT 001\nRW 002"\n\n2,Rambu,RT 003\n,,\n',
        encoding="utf-8",
    )
    rows = read_all(path)
    assert [(r.line, r.cells[0]) for r in rows] == [
        (1, "Daftar"),
        (3, "NIK"),
        (4, "1"),
        (7, "2"),
        (8, ""),
    ]
    assert rows[-1].is_blank()


def test_csv_estimate_is_close(tmp_path: Path) -> None:
    rows = [list(HEADER), *(row_of(p) for p in people(5000))]
    path = write_csv(tmp_path / "list.csv", rows)
    with open_table(path) as table:
        estimate = table.sheets[0].estimated_rows
    assert estimate is not None
    assert 0.8 * 5001 < estimate < 1.2 * 5001


def test_xlsx_typed_cells_and_row_numbers(tmp_path: Path) -> None:
    born = dt.datetime(1990, 1, 5)
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["DAFTAR PEKERJA RENTAN"],
            [],
            ["NIK", "Nama", "Tgl Lahir", "No KPJ"],
            ["5311030501900001", "Umbu Hina", born, 25000000001],
            [],
            [5311034501900002, "Rambu Kahi", 32874, 25000000002.0],
        ],
    )
    with open_table(path) as table:
        assert table.format is TableFormat.XLSX
        rows = list(table.sheets[0].rows())
    assert [r.line for r in rows] == [1, 3, 4, 6]
    assert rows[2].cells == ("5311030501900001", "Umbu Hina", born, 25000000001)
    assert rows[3].cells == (5311034501900002, "Rambu Kahi", 32874, 25000000002)
    assert read_date(rows[3].cells[2]) == dt.date(1990, 1, 1)


def test_xlsx_with_a_wrong_dimension_is_read_to_the_end(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "good.xlsx", [["NIK", "Nama"], *[[str(i), "Umbu"] for i in range(9)]]
    )
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:B10" />' in data
                data = data.replace(b'<dimension ref="A1:B10" />', b'<dimension ref="A1:B2" />')
            dst.writestr(item, data)
    assert len(read_all(broken)) == 10


def test_the_active_sheet_comes_first(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Catatan"
    data = workbook.create_sheet("Peserta")
    data.append(["NIK", "Nama"])
    workbook.active = 1
    workbook.save(tmp_path / "book.xlsx")
    with open_table(tmp_path / "book.xlsx") as table:
        assert [s.name for s in table.sheets] == ["Peserta", "Catatan"]


def test_closing_releases_the_workbook(tmp_path: Path) -> None:
    table = open_table(write_xlsx(tmp_path / "list.xlsx", [["NIK"]]))
    with table:
        pass
    assert isinstance(table, Table)
    table.close()  # twice is fine


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        (
            "old.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
            FileProblem.UNSUPPORTED_FORMAT,
        ),
        (
            "list.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
            FileProblem.UNSUPPORTED_FORMAT,
        ),
        ("list.pdf", b"%PDF-1.7", FileProblem.UNSUPPORTED_FORMAT),
        ("list.xlsx", b"NIK,Nama\n", FileProblem.DAMAGED),
        ("list.xlsx", b"PK\x03\x04garbage", FileProblem.DAMAGED),
    ],
)
def test_files_that_are_not_tables(
    tmp_path: Path, name: str, content: bytes, problem: FileProblem
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TableError) as caught:
        open_table(path)
    assert caught.value.problem is problem


def test_a_zip_that_is_not_a_workbook_is_damaged(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "list.xlsx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(TableError) as caught:
        open_table(tmp_path / "list.xlsx")
    assert caught.value.problem is FileProblem.DAMAGED


def test_a_workbook_cut_short_is_damaged_not_locked(tmp_path: Path) -> None:
    """A copy that broke off (a USB stick pulled out): damaged, not 'open in another
    program?', which is for a file the system will not let us read."""
    whole = tmp_path / "whole.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["NIK", "Nama"])  # type: ignore[union-attr]
    workbook.save(whole)
    cut = tmp_path / "list.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(TableError) as caught:
        open_table(cut)
    assert caught.value.problem is FileProblem.DAMAGED


def test_a_missing_file_is_not_found(tmp_path: Path) -> None:
    for path in (tmp_path / "nowhere.csv", tmp_path):
        with pytest.raises(TableError) as caught:
            open_table(path)
        assert caught.value.problem is FileProblem.NOT_FOUND


def test_delimiter_of_a_single_column_defaults_to_comma() -> None:
    assert detect_delimiter("NIK\n1\n2\n") == (",", 0)


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        ("  Umbu  ", "Umbu"),
        (5311030501900001, "5311030501900001"),
        (25000000001.0, "25000000001"),
        (1.5, "1.5"),
        (True, "TRUE"),
        (dt.datetime(1990, 1, 5), "1990-01-05"),
        (dt.datetime(1990, 1, 5, 8, 30), "1990-01-05 08:30:00"),
        (dt.date(1990, 1, 5), "1990-01-05"),
    ],
)
def test_cell_text(cell: object, text: str) -> None:
    assert cell_text(cell) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("05/01/1990", dt.date(1990, 1, 5)),
        ("5/1/1990", dt.date(1990, 1, 5)),
        ("05-01-1990", dt.date(1990, 1, 5)),
        ("05.01.1990", dt.date(1990, 1, 5)),
        ("1990-01-05", dt.date(1990, 1, 5)),
        ("1990/01/05", dt.date(1990, 1, 5)),
        ("1990-01-05 00:00:00", dt.date(1990, 1, 5)),
        ("05/01/1990 0:00", dt.date(1990, 1, 5)),
        ("5 Agustus 1985", dt.date(1985, 8, 5)),
        ("05-Agu-1985", dt.date(1985, 8, 5)),
        ("5 Aug 1985", dt.date(1985, 8, 5)),
        ("17 Pebruari 1979", dt.date(1979, 2, 17)),
        ("32874", dt.date(1990, 1, 1)),
        ("32874.0", dt.date(1990, 1, 1)),
        (32874, dt.date(1990, 1, 1)),
        (32874.75, dt.date(1990, 1, 1)),
        (dt.datetime(1990, 1, 5, 0, 0), dt.date(1990, 1, 5)),
        (dt.date(1990, 1, 5), dt.date(1990, 1, 5)),
        ("31/02/1990", DateProblem.IMPOSSIBLE),
        ("29/02/1990", DateProblem.IMPOSSIBLE),
        ("1990-13-01", DateProblem.IMPOSSIBLE),
        ("00/01/1990", DateProblem.IMPOSSIBLE),
        ("05/01/90", DateProblem.UNREADABLE),
        ("1990", DateProblem.UNREADABLE),
        ("19900105", DateProblem.UNREADABLE),
        ("05/01-1990", DateProblem.UNREADABLE),
        ("kemarin", DateProblem.UNREADABLE),
        ("5 Brumaire 1990", DateProblem.UNREADABLE),
        ("", DateProblem.UNREADABLE),
        (None, DateProblem.UNREADABLE),
        (True, DateProblem.UNREADABLE),
        (1990, DateProblem.UNREADABLE),
        (dt.time(8, 30), DateProblem.UNREADABLE),
    ],
)
def test_read_date(cell: object, expected: object) -> None:
    assert read_date(cell) == expected  # type: ignore[arg-type]


FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "{d.day}/{d.month}/{d.year}")


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    st.sampled_from(FORMATS),
)
def test_every_written_date_reads_back(date: dt.date, fmt: str) -> None:
    text = fmt.format(d=date) if "{" in fmt else date.strftime(fmt)
    assert read_date(text) == date


@given(st.dates(min_value=dt.date(1927, 5, 18), max_value=dt.date(2173, 10, 14)))
def test_every_five_digit_serial_reads_back(date: dt.date) -> None:
    serial = (date - dt.date(1899, 12, 30)).days
    assert read_date(serial) == date
    assert read_date(str(serial)) == date
