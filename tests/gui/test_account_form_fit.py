"""The account form on a 1366x768 laptop: every placeholder, choice, caption and the consent
read whole, a long address shown whole, the dialog over the whole window and on the screen,
with a long name and every problem named at once."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt, QThreadPool
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from db.models import Card, CardStatus, Handover, HandoverKind, IdDocument, Worker
from kiosk.config import Config
from kiosk.services import build_services
from kiosk.ui.bank.account_dialog import AccountDialog
from kiosk.ui.bank.form_widgets import AddressEdit
from kiosk.ui.common.runner import Runner
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.bank import BankAccounts
from kiosk.usecases.bank_form import MAX_TEXT
from printing.signature import synthetic_signature
from tests.gui.conftest import Registry, Staff, cheap_hasher
from tests.gui.test_account_dialog import WORKER, Desk, open_dialog, save

LONG_NAME = "Yohanes Umbu Ndaku Lewa Kahumbu Praing Njurumana"
LONG_ADDRESS = "RT 008/RW 006, Desa Mbatakapidu, Kec. Kota Waingapu, Kab. Sumba Timur"
SCREEN = QRect(0, 0, 1366, 768)
LINE_EDIT_MARGIN = 2  # QLineEdit's own space either side of its text (qlineedit_p.h)


def _plain(text: str) -> str:
    """A label's text as drawn: the mnemonic's & is not."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _line_edit_room(edit: QLineEdit) -> int:
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return rect.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN


def clipped(root: QWidget) -> list[str]:
    """Every text in root a person cannot read whole, and every widget cut by its parent."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        parent = widget.parentWidget()
        # A scroll area's page may be larger than its viewport: the scroll bars say so.
        if (
            not widget.isWindow()
            and parent is not None
            and not parent.inherits("QAbstractScrollArea")
            and not parent.rect().contains(widget.geometry())
        ):
            found.append(f"{name}: cut by its parent ({widget.geometry()} in {parent.rect()})")
        if not widget.isWindow() and not root.rect().contains(
            QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
        ):
            found.append(f"{name}: outside the dialog")
        metrics = QFontMetrics(widget.font())
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            text = _plain(widget.text())
            room = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height():
                    found.append(f"{name} {text!r}: {needed} px high needed, {widget.height()}")
                for word in text.split():
                    if metrics.horizontalAdvance(word) > room.width():
                        found.append(f"{name}: the word {word!r} is wider than {room.width()}")
            else:
                for line in text.split("\n"):
                    if metrics.horizontalAdvance(line) > room.width():
                        found.append(f"{name} {line!r}: wider than {room.width()}")
                if metrics.height() * (text.count("\n") + 1) > room.height():
                    found.append(f"{name} {text!r}: taller than {room.height()}")
        elif isinstance(widget, QCheckBox | QPushButton) and widget.text():
            button = QStyleOptionButton()
            widget.initStyleOption(button)
            element = (
                QStyle.SubElement.SE_CheckBoxContents
                if isinstance(widget, QCheckBox)
                else QStyle.SubElement.SE_PushButtonContents
            )
            room = widget.style().subElementRect(element, button, widget)
            text = _plain(widget.text())
            if metrics.horizontalAdvance(text) > room.width():
                found.append(f"{name} {text!r}: wider than {room.width()}")
            if metrics.height() > room.height():
                found.append(f"{name} {text!r}: taller than {room.height()}")
        elif isinstance(widget, QLineEdit):
            text = widget.text() or widget.placeholderText()
            if metrics.horizontalAdvance(text) > _line_edit_room(widget):
                found.append(f"{name} {text!r}: wider than {_line_edit_room(widget)}")
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            combo = QStyleOptionComboBox()
            widget.initStyleOption(combo)
            room = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                combo,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            text = widget.currentText() or widget.placeholderText()
            if metrics.horizontalAdvance(text) > room.width():
                found.append(f"{name} {text!r}: wider than {room.width()}")
        elif isinstance(widget, QPlainTextEdit):
            for bar in (widget.verticalScrollBar(), widget.horizontalScrollBar()):
                if bar.maximum() > 0:
                    found.append(f"{name} {widget.toPlainText()!r}: scrolls")
    return found


def settle() -> None:
    """The layout as the screen shows it: layout requests run before a paint."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def show_every_problem(qtbot: QtBot, dialog: AccountDialog) -> None:
    """Every field emptied, nothing agreed, nothing signed; then save."""
    for edit in (dialog.mother_edit, dialog.occupation_edit, dialog.phone_edit):
        edit.clear()
    if dialog.same_address_check.isChecked():
        dialog.same_address_check.click()
    dialog.address_edit.setText("")
    save(qtbot, dialog)
    assert set(dialog.marked_fields()) == set(dialog.fields)
    settle()


def assert_fits(dialog: AccountDialog, shot: str) -> None:
    settle()
    dialog.grab().save(shot)  # to look at
    assert dialog.width() <= SCREEN.width()
    assert dialog.height() <= SCREEN.height()
    assert dialog.form_scroll.verticalScrollBar().maximum() == 0, "the form scrolls"
    assert clipped(dialog) == []
    # Room left to sign in, whatever else the signature's box shows.
    pad = dialog.signature_field.pad
    assert pad.height() >= pad.minimumHeight()


@pytest.fixture
def bank_desk(
    registry: Registry, staff: tuple[Staff, ...], config: Config, pool: QThreadPool
) -> Iterator[Desk]:
    services = build_services(config, registry.sessions, hasher=cheap_hasher())
    yield Desk(
        BankAccounts(registry.sessions, services.auditor), Runner(pool), registry.ids[WORKER]
    )
    pool.waitForDone()


def add_handover(registry: Registry, worker_id: int) -> None:
    """A signed handover, so the form offers to reuse its signature (one more line)."""
    now = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
    with registry.sessions.begin() as session:
        session.add(
            Card(
                serial=1001,
                worker_id=worker_id,
                key_id="00000000",
                issued_on=now.date(),
                status=CardStatus.ACTIVE,
                created_at=now,
            )
        )
        session.flush()
        session.add(
            Handover(
                worker_id=worker_id,
                card_serial=1001,
                kind=HandoverKind.SIGNED,
                document=IdDocument.KTP,
                signature_json=synthetic_signature(random.Random(2)).to_json(),
                signature_png=b"",
                site="Waingapu",
                device="meja-01",
                operator="marthen",
                handed_over_at=now,
            )
        )


def lengthen(registry: Registry, worker_id: int) -> None:
    with registry.sessions.begin() as session:
        session.execute(
            update(Worker)
            .where(Worker.id == worker_id)
            .values(full_name=LONG_NAME, address=LONG_ADDRESS)
        )


@pytest.mark.parametrize("language", ["id", "en"])
def test_over_the_window_at_1366x768_every_word_is_whole(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    translations: Translations,
    language: str,
) -> None:
    translations.switch(language)
    worker_id = registry.ids[WORKER]
    lengthen(registry, worker_id)
    add_handover(registry, worker_id)
    # Found by the name the search index knows; shown by the name it has now.
    page = window.lookup_page
    with qtbot.waitSignal(page.worker_opened):
        QTest.keyClicks(page.search_panel.query_edit, WORKER)
        QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == LONG_NAME)
    window.lookup_page.detail_panel.account_button.click()
    dialog = window.findChild(AccountDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.is_loaded)
    # The window is covered whole: nothing of it shows beside or under the dialog.
    assert dialog.isModal()
    assert dialog.geometry() == window.geometry()
    assert dialog.reuse_check.isVisible()
    assert dialog.name_label.text() == LONG_NAME
    assert_fits(dialog, f"/tmp/account_fit_{language}_empty.png")

    # The current address differs from the KTP's, and is long: it is shown whole.
    dialog.same_address_check.click()
    dialog.address_edit.setText(LONG_ADDRESS + ", dekat Gereja GKS Mbatakapidu")
    assert_fits(dialog, f"/tmp/account_fit_{language}_address.png")

    show_every_problem(qtbot, dialog)
    assert_fits(dialog, f"/tmp/account_fit_{language}_problems.png")
    dialog.reject()


@pytest.mark.parametrize("language", ["id", "en"])
def test_at_1300x700_with_every_problem_every_word_is_whole(
    qtbot: QtBot, bank_desk: Desk, translations: Translations, language: str
) -> None:
    """A maximised window under a task bar leaves about this much."""
    translations.switch(language)
    dialog = open_dialog(qtbot, bank_desk)
    assert (dialog.width(), dialog.height()) == (1300, 700)
    assert_fits(dialog, f"/tmp/account_fit_1300_{language}_empty.png")
    show_every_problem(qtbot, dialog)
    dialog.signature_field.check()  # the pad's own message under it too
    assert_fits(dialog, f"/tmp/account_fit_1300_{language}_problems.png")


def test_the_address_is_one_line_of_text_over_three(qtbot: QtBot) -> None:
    """Wrapped to be read whole, yet one line to the bank, no longer than a line edit's."""
    edit = AddressEdit()
    qtbot.addWidget(edit)
    edit.setText(LONG_ADDRESS)
    QTest.keyClick(edit, Qt.Key.Key_End)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == LONG_ADDRESS
    edit.setText("x" * 200)
    assert edit.text() == "x" * MAX_TEXT


def test_the_words_beside_a_box_tick_it(qtbot: QtBot, bank_desk: Desk) -> None:
    dialog = open_dialog(qtbot, bank_desk)
    QTest.mouseClick(dialog.consent_text, Qt.MouseButton.LeftButton)
    assert dialog.consent_check.isChecked()
    assert dialog.consent_check.accessibleName() == dialog.consent_text.text()
