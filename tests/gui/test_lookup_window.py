"""The lookup screen as staff use it: typing, scanning, the keyboard, filters and language."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from db.workers import insert_workers
from kiosk.ui.lookup.results_model import Column
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.audit import Actor
from kiosk.usecases.lookup import DEFAULT_LIMIT, Lookup, LookupResult
from tests.gui.conftest import KAMBUHAPANG, LEWA, Registry


def _names(window: MainWindow) -> list[str]:
    model = window.lookup_page.results_model
    return [model.summary(row).full_name for row in range(model.rowCount())]


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_like_a_keyboard(text: str) -> None:
    """Each key goes wherever the focus is at that moment, as a USB scanner's keys do."""
    for char in text:
        QTest.keyClicks(_focus(), char)


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    QTest.keyClicks(window.lookup_page.search_panel.query_edit, text)
    qtbot.waitUntil(lambda: not window.lookup_page.controller.is_busy())


def _detail_value(window: MainWindow, key: str) -> str:
    label = window.lookup_page.detail_panel.findChild(QLabel, f"detail_{key}")
    assert label is not None
    return label.text()


def test_typing_a_name_shows_the_workers_who_carry_it(qtbot: QtBot, window: MainWindow) -> None:
    QTest.keyClicks(window.lookup_page.search_panel.query_edit, "ndima")

    qtbot.waitUntil(lambda: _names(window) == ["Petrus Kareri Ndima", "Rambu Kahi Ndima"])
    qtbot.waitUntil(lambda: window.lookup_page.search_panel.status_label.text() == "2 hasil")


def test_a_burst_of_keys_makes_one_search(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    lookup: Lookup = window.lookup_page.controller._lookup
    search = lookup.search

    def spy(
        query: str,
        scope: str | None = None,
        limit: int = DEFAULT_LIMIT,
        *,
        audit_as: Actor | None = None,
    ) -> LookupResult:
        asked.append(query)
        return search(query, scope, limit, audit_as=audit_as)

    monkeypatch.setattr(lookup, "search", spy)
    QTest.keyClicks(window.lookup_page.search_panel.query_edit, "umbu nd")

    qtbot.waitUntil(lambda: _names(window) == ["Umbu Ndaku Lewa"])
    assert asked == ["umbu nd"]


def test_a_scanned_nik_opens_the_worker(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    record = registry.records["Umbu Ndaku Lewa"]
    box = window.lookup_page.search_panel.query_edit

    with qtbot.waitSignal(window.lookup_page.worker_opened) as opened:
        QTest.keyClicks(box, record.nik)
        QTest.keyClick(box, Qt.Key.Key_Return)

    assert opened.args == [registry.ids["Umbu Ndaku Lewa"]]
    qtbot.waitUntil(lambda: window.lookup_page.detail_panel.name_label.text() == "Umbu Ndaku Lewa")
    assert window.lookup_page.results_view.current_row() == 0
    assert box.selectedText() == record.nik  # the next scan replaces it
    assert _detail_value(window, "nik") == record.nik[:4] + "••••••••" + record.nik[12:]
    assert _detail_value(window, "region") == "Kambuhapang, Lewa"
    assert _detail_value(window, "sex") == "Laki-laki"


def test_a_scan_while_the_table_has_focus_lands_in_the_search_box(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    _search(qtbot, window, "rambu")
    QTest.keyClick(window.lookup_page.search_panel.query_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(window.lookup_page.results_view.hasFocus)
    kpj = registry.records["Rambu Kahi Ndima"].kpj

    with qtbot.waitSignal(window.lookup_page.worker_opened) as opened:
        _type_like_a_keyboard(kpj)
        QTest.keyClick(_focus(), Qt.Key.Key_Return)

    assert opened.args == [registry.ids["Rambu Kahi Ndima"]]
    assert window.lookup_page.search_panel.query() == kpj
    assert window.lookup_page.search_panel.query_edit.hasFocus()
    assert _names(window) == ["Rambu Kahi Ndima"]
    qtbot.waitUntil(lambda: window.lookup_page.detail_panel.name_label.text() == "Rambu Kahi Ndima")


def test_enter_on_an_ambiguous_name_goes_to_the_list_and_opens_nobody(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    opened: list[int] = []
    window.lookup_page.worker_opened.connect(opened.append)
    box = window.lookup_page.search_panel.query_edit
    QTest.keyClicks(box, "umbu")
    QTest.keyClick(box, Qt.Key.Key_Return)

    qtbot.waitUntil(window.lookup_page.results_view.hasFocus)
    assert window.lookup_page.results_model.rowCount() > 1
    assert window.lookup_page.results_view.current_row() == 0
    assert opened == []


def test_up_from_the_first_row_goes_back_to_the_search_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "umbu")
    QTest.keyClick(window.lookup_page.search_panel.query_edit, Qt.Key.Key_Down)
    QTest.keyClick(window.lookup_page.results_view, Qt.Key.Key_Down)
    QTest.keyClick(window.lookup_page.results_view, Qt.Key.Key_Up)
    assert window.lookup_page.results_view.hasFocus()

    QTest.keyClick(window.lookup_page.results_view, Qt.Key.Key_Up)

    assert window.lookup_page.search_panel.query_edit.hasFocus()
    assert window.lookup_page.search_panel.query() == "umbu"


def test_arrows_and_enter_open_the_chosen_row(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    _search(qtbot, window, "umbu")
    names = _names(window)
    assert len(names) > 3

    QTest.keyClick(window.lookup_page.search_panel.query_edit, Qt.Key.Key_Down)
    assert window.lookup_page.results_view.hasFocus()
    assert window.lookup_page.results_view.current_row() == 0
    QTest.keyClick(window.lookup_page.results_view, Qt.Key.Key_Down)
    QTest.keyClick(window.lookup_page.results_view, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.lookup_page.worker_opened) as opened:
        QTest.keyClick(window.lookup_page.results_view, Qt.Key.Key_Return)

    assert opened.args == [registry.ids[names[2]]]
    qtbot.waitUntil(lambda: window.lookup_page.detail_panel.name_label.text() == names[2])


def test_selecting_a_row_shows_the_worker(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    _search(qtbot, window, "rambu")
    window.lookup_page.results_view.select_row(1)

    name = _names(window)[1]
    qtbot.waitUntil(lambda: window.lookup_page.detail_panel.name_label.text() == name)
    assert _detail_value(window, "kpj") == registry.records[name].kpj
    assert _detail_value(window, "sex") == "Perempuan"


def test_escape_goes_back_to_an_empty_search_box(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "umbu")
    QTest.keyClick(window.lookup_page.search_panel.query_edit, Qt.Key.Key_Down)
    assert window.lookup_page.results_view.hasFocus()

    QTest.keyClick(window.lookup_page.results_view, Qt.Key.Key_Escape)

    assert window.lookup_page.search_panel.query_edit.hasFocus()
    assert window.lookup_page.search_panel.query() == ""
    qtbot.waitUntil(lambda: window.lookup_page.results_model.rowCount() == 0)
    assert window.lookup_page.detail_panel.detail() is None


def test_escape_in_the_search_box_clears_it(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "umbu")

    QTest.keyClick(window.lookup_page.search_panel.query_edit, Qt.Key.Key_Escape)

    assert window.lookup_page.search_panel.query() == ""
    qtbot.waitUntil(lambda: window.lookup_page.results_model.rowCount() == 0)


def test_the_kecamatan_and_desa_filters_narrow_the_results(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    _search(qtbot, window, "umbu")
    everywhere = _names(window)
    kecamatan_combo = window.lookup_page.search_panel.kecamatan_combo
    assert kecamatan_combo.itemText(0) == "Semua kecamatan"
    assert [kecamatan_combo.itemText(i) for i in range(1, kecamatan_combo.count())] == [
        "Haharu",
        "Kota Waingapu",
        "Lewa",
    ]

    kecamatan_combo.setCurrentIndex(kecamatan_combo.findData(LEWA))

    in_lewa = sorted(n for n in everywhere if registry.records[n].desa_code.startswith(LEWA))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: sorted(_names(window)) == in_lewa)
    assert len(in_lewa) < len(everywhere)

    desa_combo = window.lookup_page.search_panel.desa_combo
    qtbot.waitUntil(lambda: desa_combo.isEnabled() and desa_combo.findData(KAMBUHAPANG) > 0)
    assert desa_combo.itemText(0) == "Semua desa"
    desa_combo.setCurrentIndex(desa_combo.findData(KAMBUHAPANG))

    in_desa = sorted(n for n in in_lewa if registry.records[n].desa_code == KAMBUHAPANG)
    qtbot.waitUntil(lambda: sorted(_names(window)) == in_desa)
    assert 0 < len(in_desa) < len(in_lewa)

    kecamatan_combo.setCurrentIndex(0)
    assert not desa_combo.isEnabled()
    qtbot.waitUntil(lambda: _names(window) == everywhere)


def test_a_kecamatan_alone_lists_its_workers(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    combo = window.lookup_page.search_panel.kecamatan_combo
    combo.setCurrentIndex(combo.findData(LEWA))

    in_lewa = sorted(
        name for name, r in registry.records.items() if (r.desa_code or "").startswith(LEWA)
    )
    qtbot.waitUntil(lambda: sorted(_names(window)) == in_lewa)


def test_switching_language_retranslates_the_screen(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    _search(qtbot, window, "rambu kahi")
    model = window.lookup_page.results_model
    status_index = model.index(0, Column.STATUS)
    assert window.title_label.text() == "Cari peserta"
    assert window.lookup_page.search_panel.kecamatan_combo.itemText(0) == "Semua kecamatan"
    assert model.headerData(Column.DESA, Qt.Orientation.Horizontal) == "Desa"
    indonesian_status = model.data(status_index)
    assert indonesian_status in {"Terdaftar", "Kartu dicetak", "Sudah diserahkan", "Nonaktif"}

    window.language_combo.setCurrentIndex(window.language_combo.findData("en"))

    qtbot.waitUntil(lambda: window.title_label.text() == "Find a worker")
    assert window.lookup_page.search_panel.kecamatan_combo.itemText(0) == "All districts"
    assert window.lookup_page.search_panel.status_label.text() == "1 result"
    assert model.headerData(Column.DESA, Qt.Orientation.Horizontal) == "Village"
    assert model.data(status_index) in {"Registered", "Card printed", "Handed over", "Inactive"}

    window.language_combo.setCurrentIndex(window.language_combo.findData("id"))
    qtbot.waitUntil(lambda: window.title_label.text() == "Cari peserta")
    assert model.data(status_index) == indonesian_status


def test_the_status_bar_names_the_site_and_device(window: MainWindow) -> None:
    assert window.place_label.text() == "Lokasi: Waingapu   ·   Perangkat: meja-01"


def test_too_many_results_asks_for_more(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookup: Lookup = window.lookup_page.controller._lookup
    search = lookup.search
    monkeypatch.setattr(
        lookup, "search", lambda query, scope=None, audit_as=None: search(query, scope, 5)
    )

    _search(qtbot, window, "umbu")

    assert window.lookup_page.results_model.rowCount() == 5
    assert (
        window.lookup_page.search_panel.status_label.text()
        == "Lebih dari 5 hasil — ketik lebih lengkap"
    )


def _register(registry: Registry, *names: str) -> None:
    """More workers, like Umbu Ndaku Lewa but for their names."""
    like = registry.records["Umbu Ndaku Lewa"]
    records = [
        dataclasses.replace(
            like, nik=f"{like.nik[:12]}9{i:03d}", kpj=f"2599{i:07d}", full_name=name, phone=None
        )
        for i, name in enumerate(names)
    ]
    with registry.sessions.begin() as session:
        insert_workers(session, records)


def test_a_long_name_gets_the_room_and_a_tooltip(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    # At 1366 x 768 beside the detail panel: the village gives way; the status never does,
    # whatever the worker's ("Sudah diserahkan" is read at a glance).
    long_name = "Umbu Kareri Tamu Ama Ndaku Lewa"
    _register(registry, long_name)
    _search(qtbot, window, "kareri")
    view = window.lookup_page.results_view
    model = window.lookup_page.results_model
    row = _names(window).index(long_name)

    assert view.columnWidth(Column.NAME) >= view.sizeHintForColumn(Column.NAME)  # not cut
    assert view.columnWidth(Column.DESA) < view.sizeHintForColumn(Column.DESA)
    assert view.columnWidth(Column.STATUS) >= view.sizeHintForColumn(Column.STATUS)  # whole
    for column in Column:
        assert view.columnViewportPosition(column) + view.columnWidth(column) <= (
            view.viewport().width()
        )
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert model.index(row, Column.NAME).data(tooltip) == long_name
    assert model.index(row, Column.DESA).data(tooltip) == "Kambuhapang, Lewa"
    assert model.index(row, Column.STATUS).data(tooltip) == model.index(row, Column.STATUS).data()


def test_short_names_leave_the_other_columns_whole(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "umbu")
    view = window.lookup_page.results_view

    for column in Column:
        assert view.columnWidth(column) >= view.sizeHintForColumn(column), column


def test_the_empty_table_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    assert "pindai kartu" in window.lookup_page.results_view._empty_text

    _search(qtbot, window, "zzzxq")

    assert window.lookup_page.results_model.rowCount() == 0
    assert window.lookup_page.search_panel.status_label.text() == "Tidak ada peserta yang cocok"
    assert window.lookup_page.results_view._empty_text.startswith("Tidak ada yang cocok")


def test_a_failing_registry_is_reported_and_the_query_kept_out_of_the_log(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    nik = registry.records["Umbu Ndaku Lewa"].nik
    lookup: Lookup = window.lookup_page.controller._lookup

    def broken(
        query: str,
        scope: str | None = None,
        limit: int = DEFAULT_LIMIT,
        *,
        audit_as: Actor | None = None,
    ) -> LookupResult:
        raise OSError(f"disk I/O error while reading {query}")

    monkeypatch.setattr(lookup, "search", broken)

    QTest.keyClicks(window.lookup_page.search_panel.query_edit, nik)

    qtbot.waitUntil(
        lambda: window.lookup_page.search_panel.status_label.text().startswith("Data tidak")
    )
    assert window.statusBar().currentMessage() == "Keterangan teknis: OSError"
    logged = [r for r in caplog.records if r.levelname == "ERROR"]
    assert logged
    assert all(nik not in r.getMessage() and not r.exc_info for r in logged)


def test_the_desk_counts_change_language_at_once(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    # The desk's own counts, as they come from the registry after sign-in.
    qtbot.waitUntil(lambda: window.counts_label.text() == "Meja ini hari ini: 0  ·  Acara: 0")
    translations.switch("en")
    try:
        qtbot.waitUntil(lambda: window.counts_label.text() == "This desk today: 0  ·  Event: 0")
    finally:
        translations.switch("id")
