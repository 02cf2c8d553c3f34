"""A shift at the desk, end to end: sign in, find a worker, see the full NIK, sign out."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from tests.gui.conftest import DESK, Registry, Staff
from tests.gui.helpers import events, focus, on_lookup, type_and_enter, visible_texts


def _nik_label(window: MainWindow) -> QLabel:
    label = window.lookup_page.detail_panel.findChild(QLabel, "detail_nik")
    assert label is not None
    return label


def test_sign_in_search_show_the_full_nik_and_sign_out(
    qtbot: QtBot, staff: tuple[Staff, ...], unsigned_window: MainWindow, registry: Registry
) -> None:
    window = unsigned_window
    page = window.lookup_page
    worker = registry.records["Rambu Kahi Ndima"]
    worker_id = registry.ids["Rambu Kahi Ndima"]
    target = f"worker:{worker_id}"
    assert not on_lookup(window)
    assert not page.isVisible()  # nothing of the registry before signing in

    # Sign in from the keyboard: the username has the focus, Enter goes on to the PIN.
    assert focus() is window.sign_in_page.form.username_edit
    type_and_enter(DESK.username)
    assert focus() is window.sign_in_page.form.pin_edit
    assert window.sign_in_page.form.pin_edit.echoMode().name == "Password"
    type_and_enter(DESK.pin)
    qtbot.waitUntil(lambda: on_lookup(window))

    assert focus() is page.search_panel.query_edit
    assert window.operator_label.text() == "Marthen Umbu Hina · Petugas serah terima"
    assert window.place_label.text() == "Lokasi: Waingapu   ·   Perangkat: meja-01"
    assert window.sign_out_button.isVisible()
    assert window.sign_out_button.text() == "Keluar"

    # Search: type and Enter; the only match opens.
    with qtbot.waitSignal(page.worker_opened) as opened:
        type_and_enter("kahi ndima")
    assert opened.args == [worker_id]
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == "Rambu Kahi Ndima")
    masked = worker.nik[:4] + "••••••••" + worker.nik[12:]
    assert _nik_label(window).text() == masked
    assert worker.nik not in visible_texts(window)

    # Show the full NIK: the button under the masked one says that it is recorded.
    reveal = page.detail_panel.reveal_button
    assert reveal.isVisible()
    assert reveal.text() == "Tampilkan NIK lengkap (tercatat)"
    QTest.mouseClick(reveal, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _nik_label(window).text() == worker.nik)
    assert reveal.text() == "Sembunyikan NIK lengkap"
    assert "dicatat atas nama Anda" in page.detail_panel.privacy_note.text()

    # A scan of the NIK, now: it opens the worker again, and stays out of the trail.
    QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Escape)
    with qtbot.waitSignal(page.worker_opened):
        QTest.keyClicks(page.search_panel.query_edit, worker.nik)
        QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)

    # Opening is recorded in the background: wait for the second one.
    qtbot.waitUntil(lambda: [e.action for e in events(registry.sessions)].count("open_worker") == 2)
    trail = events(registry.sessions)
    mine = [(e.action, e.target) for e in trail if e.operator == DESK.username]
    assert mine[0] == ("sign_in", "")
    assert ("search", target) in mine
    assert mine.count(("open_worker", target)) == 2
    assert ("show_full_nik", target) in mine
    searches = [json.loads(e.details) for e in trail if e.action == "search"]
    assert {"kind": "name", "hits": 1, "query": "kahi ndima"} in searches
    assert {"kind": "nik", "hits": 1} in searches  # without the query: it was a NIK
    # As-you-type searches are not recorded: only the two submitted ones are.
    assert len(searches) == 2
    assert all(e.site == "Waingapu" and e.device == "meja-01" for e in trail)
    for event in trail:
        assert worker.nik not in event.details
        assert worker.nik not in event.target
        assert DESK.pin not in event.details

    # Sign out: back to the sign-in page, nothing of the worker left.
    QTest.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)

    assert window.pages.currentWidget() is window.sign_in_page
    assert page.search_panel.query() == ""
    assert page.results_model.rowCount() == 0
    assert page.detail_panel.detail() is None
    assert not page.detail_panel.is_nik_revealed()
    assert window.operator_label.text() == "Belum ada petugas yang masuk"
    assert not window.sign_out_button.isVisible()
    assert focus() is window.sign_in_page.form.username_edit
    assert page.detail_panel.name_label.text() == ""
    assert _nik_label(window).text() == ""
    texts = visible_texts(window)
    assert "Rambu Kahi Ndima" not in texts
    assert worker.nik not in texts
    assert masked not in texts
    qtbot.waitUntil(lambda: events(registry.sessions)[-1].action == "sign_out")
    assert events(registry.sessions)[-1].operator == DESK.username


def test_the_full_nik_is_masked_again_after_a_while(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    page = window.lookup_page
    nik = registry.records["Umbu Ndaku Lewa"].nik
    page.detail_panel.set_reveal_interval(100)
    with qtbot.waitSignal(page.worker_opened):
        type_and_enter("ndaku lewa")
    qtbot.waitUntil(lambda: page.detail_panel.detail() is not None)

    page.detail_panel.reveal_button.click()
    qtbot.waitUntil(lambda: _nik_label(window).text() == nik)

    qtbot.waitUntil(lambda: _nik_label(window).text() != nik)
    assert _nik_label(window).text() == nik[:4] + "••••••••" + nik[12:]
    assert page.detail_panel.reveal_button.text() == "Tampilkan NIK lengkap (tercatat)"


def test_the_full_nik_is_masked_when_another_worker_is_chosen(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    page = window.lookup_page
    QTest.keyClicks(page.search_panel.query_edit, "rambu")
    qtbot.waitUntil(lambda: not page.controller.is_busy() and page.results_model.rowCount() > 2)
    page.results_view.select_row(0)
    first = page.results_model.summary(0).full_name
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == first)
    nik = registry.records[first].nik
    page.detail_panel.reveal_button.click()
    qtbot.waitUntil(lambda: _nik_label(window).text() == nik)

    page.results_view.select_row(1)

    second = page.results_model.summary(1).full_name
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == second)
    assert nik not in visible_texts(window)
    assert registry.records[second].nik not in visible_texts(window)
    assert not page.detail_panel.is_nik_revealed()


def test_a_preview_is_not_audited_and_opening_is(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    page = window.lookup_page
    QTest.keyClicks(page.search_panel.query_edit, "rambu")
    qtbot.waitUntil(lambda: not page.controller.is_busy() and page.results_model.rowCount() > 2)
    page.results_view.select_row(1)
    name = page.results_model.summary(1).full_name
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == name)
    assert [e.action for e in events(registry.sessions)][-1] == "sign_in"

    page.results_view.setFocus()
    QTest.keyClick(page.results_view, Qt.Key.Key_Return)

    target = f"worker:{registry.ids[name]}"
    qtbot.waitUntil(lambda: events(registry.sessions)[-1].action == "open_worker")
    assert events(registry.sessions)[-1].target == target
