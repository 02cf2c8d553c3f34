"""Importing registration lists into the registry, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.models import ImportBatch, NameToken, Sex, Worker
from db.workers import record_of
from kiosk.texts.imports import describe_file_error
from kiosk.usecases.importing import (
    Field,
    FileProblem,
    ImportCancelledError,
    ImportFileError,
    ImportSummary,
    ProblemCode,
    RejectsLabels,
    RowProblem,
    describe_in_english,
    import_file,
    rejects_path_for,
)
from tests.helpers.import_files import (
    HEADER,
    KAMBUHAPANG,
    make_nik,
    people,
    row_of,
    write_csv,
    write_registry_csv,
    write_xlsx,
)

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 1, 30, tzinfo=dt.UTC)


def run(sessions: sessionmaker[Session], path: Path, **options: Any) -> ImportSummary:
    return import_file(sessions, path, today=TODAY, clock=lambda: NOW, **options)


def workers(sessions: sessionmaker[Session]) -> dict[str, Worker]:
    with sessions() as session:
        return {w.nik: w for w in session.scalars(select(Worker))}


def count(sessions: sessionmaker[Session], model: type[Any]) -> int:
    with sessions() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def read_rejects(path: Path, delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.fixture
def statements(engine: Engine) -> Iterator[list[str]]:
    """Every SQL statement sent to the database while the test runs."""
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def writes(statements: list[str]) -> set[str]:
    """The tables that INSERT, UPDATE or DELETE statements touched."""
    touched = set()
    for sql in statements:
        words = sql.split()
        verb = words[0].upper()
        if verb == "INSERT":
            touched.add(words[2])
        elif verb == "UPDATE":
            touched.add(words[1])
        elif verb == "DELETE":
            touched.add(words[2])
    return touched


def test_a_list_is_imported(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    persons = people(20)
    path = write_registry_csv(
        tmp_path / "sumba_timur.csv", persons, preamble=[["DAFTAR PEKERJA RENTAN"]]
    )
    summary = run(sessions, path)

    assert (summary.rows, summary.inserted, summary.updated, summary.unchanged) == (20, 20, 0, 0)
    assert (summary.rejected, summary.warnings, summary.problems) == (0, 0, ())
    assert summary.rejects_path is None
    assert not rejects_path_for(path).exists()
    assert summary.source == "sumba_timur.csv"
    stored = workers(sessions)
    assert len(stored) == 20
    first = stored[persons[1].nik]
    assert (first.full_name, first.sex, first.desa_code) == (
        persons[1].name,
        Sex.FEMALE,
        "53.11.03.1001",
    )
    assert (first.phone, first.kpj, first.birth_date) == (
        "081200000001",
        persons[1].kpj,
        persons[1].birth_date,
    )
    assert {w.batch_id for w in stored.values()} == {summary.batch_id}
    with sessions() as session:
        batch = session.get_one(ImportBatch, summary.batch_id)
        assert batch.source_name == "sumba_timur.csv"
        assert batch.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        counts = (batch.rows_total, batch.inserted, batch.updated, batch.unchanged)
        assert (*counts, batch.rejected, batch.imported_at.date()) == (20, 20, 0, 0, 0, NOW.date())
        # The name index is kept in step, so lookup finds the new workers.
        umbu = sum("Umbu" in p.name.split() for p in persons)
        assert session.scalar(select(NameToken.freq).where(NameToken.token == "umbu")) == umbu


def test_importing_the_same_file_again_writes_nothing(
    sessions: sessionmaker[Session], tmp_path: Path, statements: list[str]
) -> None:
    path = write_registry_csv(tmp_path / "list.csv", people(30), delimiter=";")
    first = run(sessions, path)
    before = {nik: record_of(w) for nik, w in workers(sessions).items()}
    statements.clear()

    again = run(sessions, path)

    assert (again.inserted, again.updated, again.unchanged, again.rejected) == (0, 0, 30, 0)
    # Only the import's own record is written: no worker, no name index row.
    assert writes(statements) == {"import_batch"}
    after = workers(sessions)
    assert {nik: record_of(w) for nik, w in after.items()} == before
    assert {w.batch_id for w in after.values()} == {first.batch_id}
    assert count(sessions, ImportBatch) == 2


def test_a_changed_worker_is_an_update(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    persons = people(10)
    path = write_registry_csv(tmp_path / "list.csv", persons)
    first = run(sessions, path)
    persons[3] = persons[3].but(phone="0813 9999 0000", desa="Kondamara", desa_code="53.11.03.2004")
    persons[7] = persons[7].but(name="Rambu Ndapa Kahi")
    write_registry_csv(path, persons)

    summary = run(sessions, path)

    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 2, 8)
    stored = workers(sessions)
    moved = stored[persons[3].nik]
    assert (moved.phone, moved.desa_code, moved.batch_id) == (
        "081399990000",
        "53.11.03.2004",
        summary.batch_id,
    )
    assert stored[persons[7].nik].full_name == "Rambu Ndapa Kahi"
    assert stored[persons[0].nik].batch_id == first.batch_id


def test_an_update_moves_updated_at_to_the_import_time(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    def stamps() -> dict[str, dt.datetime]:
        # SQLite hands back naive UTC, PostgreSQL an aware time in the session's zone.
        found = {nik: w.updated_at for nik, w in workers(sessions).items()}
        return {nik: t if t.tzinfo else t.replace(tzinfo=dt.UTC) for nik, t in found.items()}

    persons = people(3)
    path = write_registry_csv(tmp_path / "list.csv", persons)
    run(sessions, path)
    assert stamps() == dict.fromkeys((p.nik for p in persons), NOW)
    persons[1] = persons[1].but(phone="0813 9999 0000")
    write_registry_csv(path, persons)
    later = NOW + dt.timedelta(days=3, hours=2)

    summary = import_file(sessions, path, today=TODAY, clock=lambda: later)

    assert (summary.updated, summary.unchanged) == (1, 2)
    assert stamps() == {persons[0].nik: NOW, persons[1].nik: later, persons[2].nik: NOW}
    again = import_file(sessions, path, today=TODAY, clock=lambda: later + dt.timedelta(days=1))
    assert again.unchanged == 3
    assert stamps() == {persons[0].nik: NOW, persons[1].nik: later, persons[2].nik: NOW}


def test_columns_the_file_lacks_keep_their_values(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    persons = people(5)
    run(sessions, write_registry_csv(tmp_path / "full.csv", persons))
    slim = [["NIK", "Nama", "Tgl Lahir", "No KPJ"]]
    slim += [[p.nik, p.name, f"{p.birth_date:%d/%m/%Y}", p.kpj] for p in persons]
    slim[1][1] = "Umbu Ndapa Ndapa Hina"

    summary = run(sessions, write_csv(tmp_path / "slim.csv", slim))

    assert (summary.updated, summary.unchanged) == (1, 4)
    renamed = workers(sessions)[persons[0].nik]
    assert renamed.full_name == "Umbu Ndapa Ndapa Hina"
    assert (renamed.phone, renamed.desa_code) == (persons[0].phone, persons[0].desa_code)


def test_a_template_with_numbered_empty_rows(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    persons = people(3)
    rows = [["No", *HEADER], *([str(i + 1), *row_of(p)] for i, p in enumerate(persons))]
    rows += [[str(n), *[""] * len(HEADER)] for n in range(4, 50)]
    summary = run(sessions, write_csv(tmp_path / "template.csv", rows))
    assert (summary.rows, summary.inserted, summary.rejected) == (3, 3, 0)


def test_a_list_without_a_sex_column_keeps_the_stored_sex(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    person = people(1)[0]
    # The registered sex disagrees with the NIK (a warning, kept as the list said).
    run(sessions, write_registry_csv(tmp_path / "a.csv", [person.but(sex=Sex.FEMALE)]))
    slim = [["NIK", "Nama", "Tgl Lahir", "KPJ"]]
    slim += [[person.nik, person.name, f"{person.birth_date:%d/%m/%Y}", person.kpj]]
    summary = run(sessions, write_csv(tmp_path / "b.csv", slim))
    assert summary.unchanged == 1
    assert workers(sessions)[person.nik].sex is Sex.FEMALE


def test_a_kpj_of_another_registered_worker_is_rejected(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    persons = people(3)
    run(sessions, write_registry_csv(tmp_path / "first.csv", persons))
    newcomer = people(1, start=10)[0].but(kpj=persons[2].kpj)
    path = write_registry_csv(tmp_path / "second.csv", [newcomer, *people(2, start=11)])

    summary = run(sessions, path)

    assert (summary.inserted, summary.rejected) == (2, 1)
    (problem,) = summary.problems
    assert (problem.line, problem.field, problem.code) == (
        2,
        Field.KPJ,
        ProblemCode.KPJ_HELD_BY_OTHER,
    )
    assert problem.params == {"owner": persons[2].nik[:4] + "••••••••" + persons[2].nik[-4:]}
    assert newcomer.nik not in workers(sessions)


def test_repeats_within_the_file_are_rejected(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    persons = people(4)
    twin = persons[1].but(name="Naomi Kembar")  # same NIK as line 3
    borrower = people(1, start=20)[0].but(kpj=persons[0].kpj)  # KPJ of line 2
    path = write_registry_csv(tmp_path / "list.csv", [*persons, twin, borrower])

    summary = run(sessions, path)

    assert (summary.inserted, summary.rejected) == (4, 2)
    assert [(p.line, p.code, dict(p.params)) for p in summary.problems] == [
        (6, ProblemCode.NIK_DUPLICATE_IN_FILE, {"first_line": 3}),
        (7, ProblemCode.KPJ_DUPLICATE_IN_FILE, {"first_line": 2}),
    ]
    assert workers(sessions)[persons[1].nik].full_name == persons[1].name


def test_the_rejects_file(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    persons = people(6)
    persons[1] = persons[1].but(nik="5.31101E+15")
    persons[2] = persons[2].but(nik="531103450161000")  # 15 digits
    persons[4] = persons[4].but(birth_date=dt.date(1990, 2, 28), kpj="123")
    rows = [["Daftar"], list(HEADER), *(row_of(p) for p in persons)]
    rows[6][3] = "31/02/1990"
    path = write_csv(tmp_path / "peserta.csv", rows, delimiter=";")

    summary = run(sessions, path)

    assert (summary.inserted, summary.rejected) == (3, 3)
    assert summary.rejects_path == tmp_path / "peserta.rejects.csv"
    assert summary.rejects_path.read_bytes().startswith(b"\xef\xbb\xbf"), "a BOM, for Excel"
    table = read_rejects(summary.rejects_path, delimiter=";")
    assert table[0] == ["line", "column", "value", "reason", *HEADER]
    assert [r[:3] for r in table[1:]] == [
        ["4", "NIK", "5.31101E+15"],
        ["5", "NIK", "531103450161000"],
        ["7", "Tgl Lahir | No KPJ", "31/02/1990 | 123"],
    ]
    assert "scientific notation" in table[1][3]
    assert table[2][3] == "the NIK has only 15 digits instead of 16"
    assert (
        table[3][3]
        == "the date of birth does not exist | the KPJ number must have 11 digits, not 3"
    )
    assert table[3][4:] == rows[6], "the original cells follow, to fix and import again"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_rejects_use_the_callers_words(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = write_registry_csv(tmp_path / "list.csv", [people(1)[0].but(phone="=HYPERLINK(1)")])
    labels = RejectsLabels(line="baris", column="kolom", value="isi", reason="alasan")

    summary = run(sessions, path, describe=lambda p: f"<{p.code.value}>", rejects_labels=labels)

    assert summary.rejects_path is not None
    table = read_rejects(summary.rejects_path)
    assert table[0][:4] == ["baris", "kolom", "isi", "alasan"]
    assert table[1][:4] == ["2", "No HP", "'=HYPERLINK(1)", "<phone_invalid>"]


def test_a_clean_import_removes_old_rejects(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    persons = people(4)
    path = write_registry_csv(tmp_path / "list.csv", [*persons[:3], persons[3].but(kpj="1")])
    assert run(sessions, path).rejects_path is not None
    write_registry_csv(path, persons)

    summary = run(sessions, path)

    assert (summary.inserted, summary.unchanged, summary.rejected) == (1, 3, 0)
    assert summary.rejects_path is None
    assert not rejects_path_for(path).exists()


def test_a_crash_midway_leaves_the_registry_as_it_was(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    persons = people(25)
    run(sessions, write_registry_csv(tmp_path / "old.csv", persons[:5]))
    before = {nik: record_of(w) for nik, w in workers(sessions).items()}
    changed = [p.but(name=p.name + " Baru") for p in persons[:5]]
    path = write_registry_csv(
        tmp_path / "new.csv", [*changed, *persons[5:], persons[0].but(kpj="1")]
    )
    calls: list[int] = []

    def explode(done: int, total: int | None) -> None:
        calls.append(done)
        if done >= 20:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        run(sessions, path, progress=explode, chunk_rows=10)

    assert calls == [0, 10, 20], "the crash came after two chunks were written"
    assert {nik: record_of(w) for nik, w in workers(sessions).items()} == before
    assert count(sessions, ImportBatch) == 1
    assert not rejects_path_for(path).exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_cancelling_rolls_back(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = write_registry_csv(tmp_path / "list.csv", people(15))

    def cancel(done: int, total: int | None) -> None:
        if done:
            raise ImportCancelledError

    with pytest.raises(ImportCancelledError):
        run(sessions, path, progress=cancel, chunk_rows=5)
    assert count(sessions, Worker) == 0
    assert count(sessions, ImportBatch) == 0


def test_progress_is_reported(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = write_registry_csv(tmp_path / "list.csv", people(23))
    calls: list[tuple[int, int | None]] = []
    run(sessions, path, progress=lambda done, total: calls.append((done, total)), chunk_rows=10)
    assert calls == [(0, 23), (10, 23), (20, 23), (23, 23)]


def test_doubts_are_imported_with_warnings(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    person = people(1)[0]
    path = write_registry_csv(tmp_path / "list.csv", [person.but(sex=Sex.FEMALE, desa="")])

    summary = run(sessions, path)

    assert (summary.inserted, summary.rejected, summary.warnings) == (1, 0, 2)
    assert [p.code for p in summary.problems] == [
        ProblemCode.NIK_SEX_MISMATCH,
        ProblemCode.DESA_MISSING,
    ]
    assert all(p.is_warning for p in summary.problems)
    stored = workers(sessions)[person.nik]
    assert (stored.sex, stored.desa_code) == (Sex.FEMALE, "53.11.03")  # its kecamatan


def test_an_xlsx_list_with_typed_cells(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    a, b, c, d = people(4)
    header: list[object] = ["NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Kode Desa"]
    header += ["Nomor KPJ", "Telepon"]
    rows: list[list[object]] = [
        ["DAFTAR PEKERJA RENTAN"],
        ["Kabupaten Sumba Timur"],
        header,
        [
            a.nik,
            a.name,
            dt.datetime.combine(a.birth_date, dt.time()),
            "Laki-laki",
            KAMBUHAPANG,
            int(a.kpj),
            81234567890,
        ],
        [
            b.nik,
            b.name,
            (b.birth_date - dt.date(1899, 12, 30)).days,
            "Perempuan",
            5311032002,
            float(b.kpj),
            None,
        ],
        [int(c.nik[:15] + "0"), c.name, c.birth_date, "L", KAMBUHAPANG, c.kpj, None],
        [d.nik, d.name, "31/02/1990", "P", KAMBUHAPANG, d.kpj, None],
    ]
    path = write_xlsx(tmp_path / "peserta.xlsx", rows)

    summary = run(sessions, path)

    assert (summary.inserted, summary.rejected) == (2, 2)
    assert [(p.line, p.code) for p in summary.problems] == [
        (6, ProblemCode.NIK_EXCEL_NUMBER),
        (7, ProblemCode.BIRTH_DATE_IMPOSSIBLE),
    ]
    stored = workers(sessions)
    assert stored[a.nik].phone == "081234567890"
    assert stored[a.nik].birth_date == a.birth_date
    assert (stored[b.nik].birth_date, stored[b.nik].kpj) == (b.birth_date, b.kpj)
    assert stored[b.nik].desa_code == KAMBUHAPANG
    assert summary.rejects_path == tmp_path / "peserta.rejects.csv"
    table = read_rejects(summary.rejects_path, delimiter=";")
    assert table[0][4:] == header
    assert [r[0] for r in table[1:]] == ["6", "7"]
    assert table[1][4] == c.nik[:15] + "0"


def test_windows_1252_names_arrive_intact(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    person = people(1)[0].but(name="José Ñgara Hina", mother="Lúcia Rambu")
    path = write_registry_csv(tmp_path / "list.csv", [person], encoding="cp1252", delimiter=";")
    assert run(sessions, path).inserted == 1
    stored = workers(sessions)[person.nik]
    assert (stored.full_name, stored.mother_maiden_name) == ("José Ñgara Hina", "Lúcia Rambu")


EVERY_PARAM: dict[str, str | int] = {
    "digits": 15,
    "first_line": 2,
    "owner": "5311••••••••0001",
    "max_length": 120,
    "kecamatan": "Lewa",
    "candidates": "53.01.06.1004, 53.01.06.2015",
    "district": "31.71.01",
    "nik_date": "1990-01-05",
    "listed": "Rambu Hina",
    "corrected": "Rambu Hina Kareri",
}


def test_english_descriptions_cover_every_code() -> None:
    for code in ProblemCode:
        params = EVERY_PARAM
        text = describe_in_english(RowProblem(2, None, "", "", code, params))
        assert text
        assert "{" not in text


# ------------------------------------------------------------------ files that cannot be imported


@pytest.fixture
def sqlite_sessions(sqlite_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(sqlite_url)
    yield make_session_factory(engine)
    engine.dispose()


def test_a_missing_file(sqlite_sessions: sessionmaker[Session], tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        run(sqlite_sessions, tmp_path / "nowhere.csv")
    assert caught.value.reason is FileProblem.NOT_FOUND


def test_missing_columns_are_named(sqlite_sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["NIK", "Nama", "Alamat"], ["1", "Umbu", "RT 1"]])
    with pytest.raises(ImportFileError) as caught:
        run(sqlite_sessions, path)
    assert caught.value.reason is FileProblem.MISSING_COLUMNS
    assert caught.value.missing == (Field.BIRTH_DATE, Field.KPJ)


@pytest.mark.parametrize("content", ["", "\n\n", ";;;\n", "NIK;Nama;Tgl Lahir;KPJ\n;;;\n"])
def test_an_empty_list(
    sqlite_sessions: sessionmaker[Session], tmp_path: Path, content: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        run(sqlite_sessions, path)
    assert caught.value.reason is FileProblem.EMPTY
    assert count(sqlite_sessions, ImportBatch) == 0


def test_a_file_that_breaks_off_halfway_keeps_nothing(
    sqlite_sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    rows = [list(HEADER), *(row_of(p) for p in people(30))]
    rows[25][10] = "x" * 200_000  # beyond what the CSV reader takes in one cell
    path = write_csv(tmp_path / "list.csv", rows)
    with pytest.raises(ImportFileError) as caught:
        run(sqlite_sessions, path, chunk_rows=10)
    assert caught.value.reason is FileProblem.UNREADABLE
    assert count(sqlite_sessions, Worker) == 0


def test_an_old_excel_file(sqlite_sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = tmp_path / "list.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(ImportFileError) as caught:
        run(sqlite_sessions, path)
    assert caught.value.reason is FileProblem.UNSUPPORTED_FORMAT


def test_a_workbook_whose_first_sheet_is_notes(
    sqlite_sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    notes = workbook.active
    assert notes is not None
    notes.append(["Catatan: data per 1 Agustus"])
    sheet = workbook.create_sheet("Peserta")
    for row in [list(HEADER), *(row_of(p) for p in people(3))]:
        sheet.append(row)
    workbook.save(tmp_path / "book.xlsx")
    assert run(sqlite_sessions, tmp_path / "book.xlsx").inserted == 3


def test_rejects_that_cannot_be_written_stop_the_import(
    sqlite_sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    clean = write_registry_csv(tmp_path / "clean.csv", people(2))
    dirty = write_registry_csv(tmp_path / "dirty.csv", [people(1, start=5)[0].but(kpj="1")])

    assert run(sqlite_sessions, clean).inserted == 2, "a clean file needs no rejects file"
    with pytest.raises(ImportFileError) as caught:
        run(sqlite_sessions, dirty)
    assert caught.value.reason is FileProblem.REJECTS_NOT_WRITABLE
    assert count(sqlite_sessions, Worker) == 2


def test_problem_nik_is_never_stored_in_clear_in_params(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    owner = people(1)[0]
    run(sessions, write_registry_csv(tmp_path / "a.csv", [owner]))
    other = owner.but(nik=make_nik(born=owner.birth_date, serial=99))
    summary = run(sessions, write_registry_csv(tmp_path / "b.csv", [other]))
    assert owner.nik not in str(summary.problems[0].params)


def test_a_damaged_workbook_is_called_damaged_not_open_elsewhere(
    sqlite_sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [list(HEADER), *(row_of(p) for p in people(5))])
    path = tmp_path / "list.xlsx"
    path.write_bytes(whole.read_bytes()[:-200])  # the copy broke off
    with pytest.raises(ImportFileError) as caught:
        run(sqlite_sessions, path)
    assert caught.value.reason is FileProblem.DAMAGED
    text = describe_file_error(caught.value)
    assert "damaged" in text
    assert "another program" not in text
    assert count(sqlite_sessions, ImportBatch) == 0
