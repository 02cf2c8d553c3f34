"""Checking a card at the desk: a scan or a paste, and a clear genuine, caution or fake answer."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from db.models import Role
from kiosk.config import Config
from kiosk.registry.identifiers import mask_nik
from kiosk.services import build_services
from kiosk.signing import ENV_SIGNING_KEY, load_or_create_private_key
from kiosk.ui.common.runner import Runner
from kiosk.ui.printing.verify_dialog import Verdict, VerifyDialog
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.cards import (
    Cards,
    CardState,
    IssuedCard,
    ReprintReason,
    Verification,
    verify_card,
)
from printing.keys import generate_private_key, trusted_keys
from printing.payload import PREFIX, Rejection
from tests.gui.conftest import PRINTING, ROLE_STAFF, SUPERVISOR, Registry, Staff, sign_in
from tests.gui.helpers import visible_texts

WORKER = "Rambu Kahi Ndima"


def _cards(registry: Registry, config: Config, key: Ed25519PrivateKey) -> Cards:
    services = build_services(config, registry.sessions)
    return Cards(
        registry.sessions,
        services.auditor,
        key,
        trusted_keys([key.public_key()]),
        services.auditor.clock,
        random.Random(7).randbytes,
    )


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return generate_private_key()


@pytest.fixture
def cards(registry: Registry, config: Config, key: Ed25519PrivateKey) -> Cards:
    return _cards(registry, config, key)


@pytest.fixture
def issued(cards: Cards, registry: Registry) -> IssuedCard:
    return cards.issue(PRINTING.actor(), registry.ids[WORKER])


@pytest.fixture
def dialog(
    qtbot: QtBot, registry: Registry, pool: QThreadPool, key: Ed25519PrivateKey
) -> Iterator[VerifyDialog]:
    runner = Runner(pool)
    verify = partial(verify_card, registry.sessions, trusted_keys([key.public_key()]))
    dialog = VerifyDialog(verify, runner)
    runner.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    pool.waitForDone()  # no answer may arrive at a dialog that is gone


def _scan(qtbot: QtBot, dialog: VerifyDialog, text: str) -> None:
    """As a scanner does: one key per character, then Enter; wait for the answer."""
    with qtbot.waitSignal(dialog.checked):
        QTest.keyClicks(dialog.input_edit, text)
        QTest.keyClick(dialog.input_edit, Qt.Key.Key_Return)


def _altered(payload: str) -> str:
    """The payload with one character of its signed part changed."""
    at = len(payload) // 2
    replacement = "A" if payload[at] != "A" else "B"
    return payload[:at] + replacement + payload[at + 1 :]


def test_a_genuine_active_card_shows_its_worker_with_the_masked_nik(
    qtbot: QtBot, dialog: VerifyDialog, issued: IssuedCard, registry: Registry
) -> None:
    record = registry.records[WORKER]
    assert dialog.verdict() is Verdict.WAITING

    _scan(qtbot, dialog, issued.payload)

    assert dialog.verdict() is Verdict.GENUINE
    result = dialog.shown_result()
    assert result is not None
    assert result.status is CardState.ACTIVE
    assert dialog.tr("GENUINE — active card") in dialog.headline_label.text()
    texts = visible_texts(dialog)
    assert WORKER in texts
    assert mask_nik(record.nik) in texts
    assert record.kpj in texts
    assert issued.serial_text in texts
    assert record.nik not in texts  # never the full NIK
    # The next scan replaces the text: it is selected.
    assert dialog.input_edit.selectedText() == issued.payload
    assert dialog.input_edit.hasFocus()


def test_one_changed_character_is_not_genuine(
    qtbot: QtBot, dialog: VerifyDialog, issued: IssuedCard, registry: Registry
) -> None:
    _scan(qtbot, dialog, _altered(issued.payload))

    assert dialog.verdict() is Verdict.NOT_GENUINE
    assert dialog.tr("NOT GENUINE") in dialog.headline_label.text()
    texts = visible_texts(dialog)
    assert WORKER not in texts
    assert registry.records[WORKER].kpj not in texts


def test_garbage_is_not_a_card_and_not_called_a_fake(qtbot: QtBot, dialog: VerifyDialog) -> None:
    _scan(qtbot, dialog, "https://example.com/promo?id=42")

    assert dialog.verdict() is Verdict.NOT_A_QR
    result = dialog.shown_result()
    assert result is not None
    assert result.reason is Rejection.NOT_A_CARD
    assert dialog.tr("NOT GENUINE") not in dialog.headline_label.text()
    assert dialog.tr("SCAN THE QR CODE") in dialog.headline_label.text()
    assert dialog.explanation_label.text() == dialog.tr(
        "This is not a QR code. Scan the QR code on the card."
    )


def test_a_typed_serial_is_not_called_a_fake(
    qtbot: QtBot, dialog: VerifyDialog, issued: IssuedCard
) -> None:
    """The serial is how the handover is taught without a scanner: typed here, the card is
    not called fake, and the desk is told to scan its QR code instead."""
    _scan(qtbot, dialog, issued.serial_text)

    assert dialog.verdict() is Verdict.NOT_A_QR
    assert dialog.result_frame.property("verdict") == "not_a_qr"  # amber, not red
    assert dialog.tr("NOT GENUINE") not in dialog.headline_label.text()
    assert "serial number, not its QR code" in dialog.explanation_label.text()
    dialog.grab().save("/tmp/verify_dialog_serial.png")


def test_a_cut_short_scan_asks_for_another(
    qtbot: QtBot, dialog: VerifyDialog, issued: IssuedCard
) -> None:
    _scan(qtbot, dialog, issued.payload[: len(PREFIX) + 10])

    result = dialog.shown_result()
    assert result is not None
    assert result.reason is Rejection.TRUNCATED
    assert dialog.verdict() is Verdict.RESCAN


def test_a_replaced_card_is_genuine_but_not_valid(
    qtbot: QtBot, dialog: VerifyDialog, cards: Cards, issued: IssuedCard, registry: Registry
) -> None:
    new = cards.reprint(
        PRINTING.actor(), registry.ids[WORKER], ReprintReason.LOST, SUPERVISOR.actor()
    )

    _scan(qtbot, dialog, issued.payload)
    assert dialog.verdict() is Verdict.CAUTION
    assert dialog.tr("GENUINE, but REPLACED by a newer card") in dialog.headline_label.text()
    assert issued.serial_text in visible_texts(dialog)

    # The next scan replaces the selected text: the new card is the valid one.
    _scan(qtbot, dialog, new.payload)
    assert dialog.input_edit.text() == new.payload
    assert dialog.verdict() is Verdict.GENUINE
    assert new.serial_text in visible_texts(dialog)


def test_a_card_signed_elsewhere_is_not_trusted(
    qtbot: QtBot, dialog: VerifyDialog, registry: Registry, config: Config
) -> None:
    stranger = _cards(registry, config, generate_private_key())
    foreign = stranger.issue(PRINTING.actor(), registry.ids[WORKER])

    _scan(qtbot, dialog, foreign.payload)

    result = dialog.shown_result()
    assert result is not None
    assert result.reason is Rejection.UNKNOWN_KEY
    assert dialog.verdict() is Verdict.NOT_GENUINE


def test_a_paste_is_checked_without_enter(
    qtbot: QtBot, dialog: VerifyDialog, issued: IssuedCard
) -> None:
    QGuiApplication.clipboard().setText(issued.payload)
    with qtbot.waitSignal(dialog.checked):
        dialog.input_edit.paste()
    assert dialog.verdict() is Verdict.GENUINE


def test_typing_a_new_scan_clears_the_last_answer(
    qtbot: QtBot, dialog: VerifyDialog, issued: IssuedCard, registry: Registry
) -> None:
    _scan(qtbot, dialog, issued.payload)
    assert WORKER in visible_texts(dialog)

    QTest.keyClicks(dialog.input_edit, "NTT")

    assert dialog.input_edit.text() == "NTT"
    assert dialog.verdict() is Verdict.WAITING
    assert WORKER not in visible_texts(dialog)


def test_escape_closes(qtbot: QtBot, dialog: VerifyDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog.input_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("signed_in_role", list(Role))
def test_everyone_signed_in_may_verify_but_a_monitor(
    window: MainWindow, signed_in_role: Role
) -> None:
    # A card's check shows its worker's name: a monitor never sees a worker.
    assert window.verify_button.isVisible() is (signed_in_role is not Role.MONITOR)


def test_nobody_verifies_before_signing_in(unsigned_window: MainWindow) -> None:
    assert not unsigned_window.verify_button.isVisible()


def test_the_window_opens_the_dialog_with_this_kiosks_keys(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    staff: tuple[Staff, ...],
    unsigned_window: MainWindow,
    registry: Registry,
    config: Config,
) -> None:
    # The composition root reads the keys at each check, from $KIOSK_SIGNING_KEY.
    key_path = tmp_path / "keys" / "signing-key.pem"
    monkeypatch.setenv(ENV_SIGNING_KEY, str(key_path))
    issued = _cards(registry, config, load_or_create_private_key(key_path)).issue(
        PRINTING.actor(), registry.ids[WORKER]
    )
    window = unsigned_window
    sign_in(qtbot, window, ROLE_STAFF[Role.TELLER])

    window.verify_button.click()

    dialog = window.findChild(VerifyDialog)
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitUntil(dialog.isVisible)
    _scan(qtbot, dialog, issued.payload)
    assert dialog.verdict() is Verdict.GENUINE
    QTest.keyClick(dialog.input_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_closing_the_dialog_during_a_check_leaves_no_callback_behind(
    qtbot: QtBot, registry: Registry, pool: QThreadPool, key: Ed25519PrivateKey
) -> None:
    runner = Runner(pool)
    go = threading.Event()
    real = partial(verify_card, registry.sessions, trusted_keys([key.public_key()]))

    def slow_verify(text: str) -> Verification:
        go.wait(10)
        return real(text)

    dialog = VerifyDialog(slow_verify, runner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.check("not a card at all")
    assert dialog.is_checking()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog))

    with qtbot.captureExceptions() as exceptions:
        go.set()
        qtbot.waitUntil(lambda: runner.pending() == 0)
    assert exceptions == []
