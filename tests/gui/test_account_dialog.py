"""Opening a Bank NTT account at the desk: the form filled from the registry, refusals named
field by field, the application saved with consent and signature, the bank's answer shown."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models import (
    ApplicationStatus,
    BankApplication,
    Card,
    CardStatus,
    Handover,
    HandoverKind,
    IdDocument,
    Role,
)
from kiosk.bank.http import HttpBankConnector
from kiosk.bank.model import AccountRequest, BankAnswer, IncomeBand, MaritalStatus, Opened, Rejected
from kiosk.config import Config
from kiosk.services import build_services
from kiosk.texts.bank import rejection_text
from kiosk.ui.bank.account_dialog import AccountActions, AccountDialog
from kiosk.ui.common.runner import Runner
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.bank import BankAccounts
from kiosk.usecases.bank_form import CONSENT_TEXT, AccountForm, AccountStanding, AccountState
from printing.signature import Signature, synthetic_signature
from tests.gui.conftest import ROLE_STAFF, Registry, Staff, cheap_hasher
from tests.gui.helpers import visible_texts
from tests.gui.test_handover_dialog import sign_with_mouse
from tests.gui.test_signature_pad import _mouse
from tests.helpers.sandbox import SandboxProcess

WORKER = "Umbu Ndaku Lewa"


class FakeBank:
    """A connector answering what the test says, and keeping what it was sent."""

    name = "fake://bank"

    def __init__(self, answer: BankAnswer) -> None:
        self.answer = answer
        self.sent: list[AccountRequest] = []

    def open_account(self, request: AccountRequest) -> BankAnswer:
        self.sent.append(request)
        return self.answer


@dataclass(frozen=True)
class Desk:
    accounts: BankAccounts
    runner: Runner
    worker_id: int

    def actions(self) -> AccountActions:
        actor = ROLE_STAFF[Role.DESK].actor()
        accounts, worker_id = self.accounts, self.worker_id

        def apply(
            form: AccountForm, consented: bool, signature: Signature | None, reuse: bool
        ) -> AccountStanding:
            return accounts.apply(
                actor,
                worker_id,
                form,
                consented=consented,
                signature=signature,
                reuse_handover_signature=reuse,
            )

        return AccountActions(
            prefill=lambda: accounts.prefill(actor, worker_id),
            apply=apply,
            standing=lambda: accounts.standing(worker_id),
        )


@pytest.fixture
def desk(
    registry: Registry, staff: tuple[Staff, ...], config: Config, pool: QThreadPool
) -> Iterator[Desk]:
    services = build_services(config, registry.sessions, hasher=cheap_hasher())
    runner = Runner(pool)
    yield Desk(BankAccounts(registry.sessions, services.auditor), runner, registry.ids[WORKER])
    pool.waitForDone()


def open_dialog(qtbot: QtBot, desk: Desk, *, online: bool = True) -> AccountDialog:
    dialog = AccountDialog(desk.worker_id, desk.actions(), desk.runner, online=online, poll_ms=50)
    qtbot.addWidget(dialog)
    dialog.resize(1300, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.is_loaded)
    return dialog


def screenshot(dialog: AccountDialog, path: str) -> None:
    """What the desk sees, once the layout caught up (it does before the screen is painted)."""
    QApplication.sendPostedEvents()
    dialog.grab().save(path)


def purpose_edit(dialog: AccountDialog) -> QLineEdit:
    edit = dialog.purpose_combo.lineEdit()
    assert edit is not None
    return edit


def choose(dialog: AccountDialog) -> None:
    dialog.marital_combo.setCurrentIndex(dialog.marital_combo.findData(MaritalStatus.MARRIED))
    dialog.income_combo.setCurrentIndex(dialog.income_combo.findData(IncomeBand.UP_TO_1M))


def fill(dialog: AccountDialog) -> None:
    """What the desk types and chooses, as a person does."""
    QTest.keyClicks(dialog.mother_edit, "Rambu Hada Eti")
    choose(dialog)
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findText("Hasil usaha"))
    QTest.keyClicks(purpose_edit(dialog), "Tabungan")
    dialog.consent_check.click()


def save(qtbot: QtBot, dialog: AccountDialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_saving())


def applications(registry: Registry) -> list[BankApplication]:
    with registry.sessions() as session:
        rows = list(session.scalars(select(BankApplication)))
        session.expunge_all()
        return rows


def test_the_form_starts_from_the_registry(qtbot: QtBot, desk: Desk, registry: Registry) -> None:
    record = registry.records[WORKER]
    dialog = open_dialog(qtbot, desk)
    assert dialog.name_label.text() == WORKER
    assert dialog._facts["nik"].text() == record.nik[:4] + "••••••••" + record.nik[12:]
    assert record.nik not in visible_texts(dialog)
    assert dialog._facts["address"].text() == f"{record.address}, Desa Kambuhapang, Kec. Lewa"
    assert dialog.occupation_edit.text() == record.occupation
    assert dialog.phone_edit.text() == record.phone
    # The current address is the KTP's until the desk says otherwise.
    assert dialog.same_address_check.isChecked()
    assert dialog.address_edit.text() == f"{record.address}, Desa Kambuhapang, Kec. Lewa"
    assert not dialog.address_edit.isEnabled()
    dialog.same_address_check.click()
    assert dialog.address_edit.isEnabled()
    # The consent in full, word for word as stored; nothing chosen for the worker.
    assert dialog.consent_view.text() == CONSENT_TEXT
    assert not dialog.consent_check.isChecked()
    assert dialog.marital_combo.currentIndex() == -1
    assert dialog.income_combo.currentIndex() == -1
    assert dialog.reuse_check.isHidden()  # no handover yet, so no signature to reuse
    assert dialog.save_button.isVisible()
    assert dialog.save_button.isEnabled()


def test_missing_fields_and_consent_are_named_and_nothing_typed_is_lost(
    qtbot: QtBot, desk: Desk, registry: Registry
) -> None:
    dialog = open_dialog(qtbot, desk)
    choose(dialog)
    dialog.occupation_edit.clear()
    QTest.keyClicks(purpose_edit(dialog), "Beli ternak")
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(3)))
    save(qtbot, dialog)
    message = dialog.message_label.text()
    assert "To fill in: Mother's maiden name, Occupation, Source of funds." in message
    assert "Consent: read the consent to the worker" in message
    assert "Purpose" not in message
    assert set(dialog.marked_fields()) == {
        "mother_maiden_name",
        "occupation",
        "source_of_funds",
        "consent",
    }
    assert dialog.mother_edit.hasFocus()  # the first field to put right
    screenshot(dialog, "/tmp/account_dialog_refused.png")
    assert dialog.purpose_combo.currentText() == "Beli ternak"
    assert not dialog.signature_field.pad.is_empty()
    assert applications(registry) == []

    # Put right, the marks go.
    QTest.keyClicks(dialog.mother_edit, "Rambu Hada Eti")
    QTest.keyClicks(dialog.occupation_edit, "Petani")
    dialog.source_combo.setCurrentIndex(0)
    dialog.phone_edit.setText("0812 34")
    dialog.consent_check.click()
    save(qtbot, dialog)
    assert dialog.marked_fields() == ["phone"]
    assert dialog.message_label.text().startswith("Phone: this is not a phone number")


def test_every_field_to_put_right_is_named_at_once(
    qtbot: QtBot, desk: Desk, registry: Registry
) -> None:
    """One press of the button names all there is to put right, in the form's order, and
    the first of them takes the keyboard: no second round of surprises."""
    dialog = open_dialog(qtbot, desk)
    dialog.occupation_edit.clear()
    dialog.phone_edit.clear()
    dialog.same_address_check.click()
    dialog.address_edit.setText("")
    save(qtbot, dialog)
    assert dialog.message_label.text().splitlines() == [
        "To fill in: Mother's maiden name, Marital status, Occupation, Source of funds,"
        " Average monthly income, Purpose of the account, Current address, Phone.",
        "Consent: read the consent to the worker and tick the box when they agree.",
        "Specimen signature: the worker signs on the pad.",
    ]
    assert dialog.marked_fields() == [
        "mother_maiden_name",
        "marital_status",
        "occupation",
        "source_of_funds",
        "average_income",
        "purpose",
        "current_address",
        "phone",
        "consent",
        "signature",
    ]
    assert dialog.mother_edit.hasFocus()
    assert dialog.consent_text.property("invalid")  # the box's words are red with it
    screenshot(dialog, "/tmp/account_dialog_every_problem.png")

    # The first put right, the next in the form's order takes the keyboard.
    QTest.keyClicks(dialog.mother_edit, "Rambu Hada Eti")
    save(qtbot, dialog)
    assert "Mother's maiden name" not in dialog.message_label.text()
    assert "To fill in: Marital status, Occupation," in dialog.message_label.text()
    assert dialog.marked_fields()[0] == "marital_status"
    assert dialog.marital_combo.hasFocus()
    assert applications(registry) == []


def test_a_field_put_right_loses_its_mark_without_saving_again(
    qtbot: QtBot, desk: Desk, registry: Registry
) -> None:
    """The red frames and the message follow the form: what the desk puts right is no longer
    named, before any second press of the button."""
    dialog = open_dialog(qtbot, desk)
    save(qtbot, dialog)
    assert "mother_maiden_name" in dialog.marked_fields()
    assert "Mother's maiden name" in dialog.message_label.text()

    QTest.keyClicks(dialog.mother_edit, "Rambu Hada Eti")
    assert "mother_maiden_name" not in dialog.marked_fields()
    assert "Mother's maiden name" not in dialog.message_label.text()
    assert "To fill in: Marital status," in dialog.message_label.text()

    choose(dialog)
    assert "marital_status" not in dialog.marked_fields()
    assert "average_income" not in dialog.marked_fields()
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findText("Hasil usaha"))
    QTest.keyClicks(purpose_edit(dialog), "Tabungan")
    assert "To fill in" not in dialog.message_label.text()
    dialog.consent_check.click()
    assert dialog.marked_fields() == ["signature"]
    assert dialog.message_label.text() == "Specimen signature: the worker signs on the pad."
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(4)))
    assert dialog.marked_fields() == []
    assert dialog.message_label.text() == ""
    assert applications(registry) == []  # nothing saved until the desk says so

    # Emptied again, a field is not named before the next save, which names it.
    dialog.mother_edit.clear()
    assert dialog.marked_fields() == []
    save(qtbot, dialog)
    assert dialog.marked_fields() == ["mother_maiden_name"]


def test_an_unchosen_list_shows_its_placeholder_grey(qtbot: QtBot, desk: Desk) -> None:
    """ "Ask the worker" is a hint, not an answer: grey as the line edits' placeholders."""
    dialog = open_dialog(qtbot, desk)

    def darkest(combo: QComboBox) -> int:
        QApplication.sendPostedEvents()
        image = combo.grab().toImage()
        # The text's area: inside the frame, left of the arrow.
        return min(
            image.pixelColor(x, y).lightness()
            for x in range(8, image.width() - 40)
            for y in range(6, image.height() - 6)
        )

    for combo in (dialog.marital_combo, dialog.income_combo):
        assert combo.currentIndex() == -1
        assert combo.placeholderText()
        assert darkest(combo) > 110, combo.objectName()
    choose(dialog)
    for combo in (dialog.marital_combo, dialog.income_combo):
        assert darkest(combo) < 60, combo.objectName()


def test_a_dot_is_not_a_specimen_signature(qtbot: QtBot, desk: Desk, registry: Registry) -> None:
    dialog = open_dialog(qtbot, desk)
    fill(dialog)
    pad = dialog.signature_field.pad
    _mouse(pad, QEvent.Type.MouseButtonPress, 200, 100)
    _mouse(pad, QEvent.Type.MouseButtonRelease, 201, 100)
    save(qtbot, dialog)
    assert dialog.marked_fields() == ["signature"]
    assert "Specimen signature: this is not a signature" in dialog.message_label.text()
    assert "too small" in dialog.signature_field.problem_text
    assert applications(registry) == []


def test_saved_then_opened_by_the_bank(qtbot: QtBot, desk: Desk, registry: Registry) -> None:
    dialog = open_dialog(qtbot, desk)
    fill(dialog)
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(5)))
    screenshot(dialog, "/tmp/account_dialog.png")
    with qtbot.waitSignal(dialog.applied, timeout=10_000) as applied:
        dialog.save_button.click()
    assert applied.args == [desk.worker_id]

    (row,) = applications(registry)
    assert row.status is ApplicationStatus.PENDING
    assert row.consent_text == CONSENT_TEXT
    assert row.signature_png.startswith(b"\x89PNG")
    assert not row.signature_reused
    form = json.loads(row.form_json)
    assert form["mother_maiden_name"] == "Rambu Hada Eti"
    assert form["marital_status"] == MaritalStatus.MARRIED.value
    assert form["current_address"] == (
        f"{registry.records[WORKER].address}, Desa Kambuhapang, Kec. Lewa"
    )

    assert f"Saved: application {row.application_no}." in dialog.standing_label.text()
    assert "as soon as the network allows" in dialog.standing_note.text()
    assert dialog.save_button.isHidden()
    assert dialog.close_button.isEnabled()
    assert dialog.close_button.text() == "Close"
    assert dialog.is_watching()

    bank = FakeBank(Opened("1234567890", "REF1"))
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        assert desk.accounts.send_due(bank).opened == 1
    assert opened.args == [desk.worker_id]
    assert bank.sent[0].application_no == row.application_no
    assert dialog.standing_label.text() == "Account opened: 1234567890"
    assert dialog.standing_label.property("state") == "opened"
    assert not dialog.is_watching()
    screenshot(dialog, "/tmp/account_dialog_opened.png")
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_refusal_says_what_to_do(qtbot: QtBot, desk: Desk, registry: Registry) -> None:
    dialog = open_dialog(qtbot, desk)
    fill(dialog)
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(6)))
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.save_button.click()
    bank = FakeBank(Rejected("DATA_MISMATCH", "Nama tidak sesuai Dukcapil"))
    assert desk.accounts.send_due(bank).rejected == 1
    qtbot.waitUntil(lambda: dialog.standing_label.property("state") == "rejected")
    assert dialog.standing_label.text() == rejection_text("DATA_MISMATCH")
    assert "does not match the population records" in dialog.standing_label.text()
    assert not dialog.is_watching()
    screenshot(dialog, "/tmp/account_dialog_rejected.png")
    # The form comes back as it was sent, to correct and send again with a new consent.
    assert dialog.again_button.isVisible()
    dialog.again_button.click()
    assert dialog.mother_edit.text() == "Rambu Hada Eti"
    assert not dialog.consent_check.isChecked()
    dialog.consent_check.click()
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.save_button.click()
    assert [a.status for a in applications(registry)] == [
        ApplicationStatus.REJECTED,
        ApplicationStatus.PENDING,
    ]


def test_a_pending_application_is_shown_instead_of_the_form(
    qtbot: QtBot, desk: Desk, registry: Registry
) -> None:
    standing = desk.accounts.apply(
        ROLE_STAFF[Role.DESK].actor(),
        desk.worker_id,
        AccountForm(
            mother_maiden_name="Rambu Hada Eti",
            marital_status=MaritalStatus.SINGLE,
            occupation="Petani",
            source_of_funds="Hasil usaha",
            average_income=IncomeBand.UP_TO_1M,
            purpose="Tabungan",
            current_address="Kambuhapang",
            phone="081234567801",
        ),
        consented=True,
        signature=synthetic_signature(random.Random(1)),
    )
    assert standing.state is AccountState.PENDING
    offline = open_dialog(qtbot, desk, online=False)
    # A kiosk without the bank's API says how the application gets there instead.
    assert "not connected to the bank" in offline.standing_note.text()
    assert "kiosk bank export" in offline.standing_note.text()
    offline.close()
    dialog = open_dialog(qtbot, desk)
    assert "as soon as the network allows" in dialog.standing_note.text()
    assert dialog.pages.currentWidget() is dialog.standing_page
    assert standing.application_no is not None
    assert standing.application_no in dialog.standing_label.text()
    assert dialog.save_button.isHidden()
    assert dialog.is_watching()
    dialog.hide()
    assert not dialog.is_watching()  # nobody looks: the database is left alone
    with registry.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BankApplication)) == 1


def test_the_handover_signature_can_be_the_specimen(
    qtbot: QtBot, desk: Desk, registry: Registry
) -> None:
    """The worker signed for their card earlier: with their agreement, no second signature."""
    signed = synthetic_signature(random.Random(9))
    now = dt.datetime.now(dt.UTC)
    with registry.sessions.begin() as session:
        session.add(
            Card(
                serial=1001,
                worker_id=desk.worker_id,
                key_id="00000000",
                issued_on=now.date(),
                status=CardStatus.ACTIVE,
                created_at=now,
            )
        )
        session.flush()
        session.add(
            Handover(
                worker_id=desk.worker_id,
                card_serial=1001,
                kind=HandoverKind.SIGNED,
                document=IdDocument.KTP,
                signature_json=signed.to_json(),
                signature_png=b"",
                site="Waingapu",
                device="meja-01",
                operator="marthen",
                handed_over_at=now,
            )
        )
    dialog = open_dialog(qtbot, desk)
    assert dialog.reuse_check.isVisible()
    assert not dialog.reuse_check.isChecked()  # only when the worker agrees
    assert dialog.reuse_note.isHidden()
    fill(dialog)
    save(qtbot, dialog)
    assert dialog.marked_fields() == ["signature"]
    assert dialog.signature_field.problem_text  # "the pad is empty"
    dialog.reuse_check.click()
    # The pad gives way to a note: no empty pad, no "the pad is empty", nothing to put right.
    assert not dialog.signature_field.isEnabled()
    assert dialog.signature_field.isHidden()
    assert dialog.reuse_note.isVisible()
    assert "card handover is used" in dialog.reuse_note.text()
    assert dialog.marked_fields() == []
    assert "Specimen signature" not in dialog.message_label.text()
    screenshot(dialog, "/tmp/account_dialog_reuse.png")
    # Not reused after all: the pad is back, empty and unreproached until the next save.
    dialog.reuse_check.click()
    assert dialog.signature_field.isVisible()
    assert dialog.signature_field.problem_text == ""
    assert dialog.reuse_note.isHidden()
    dialog.reuse_check.click()
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.save_button.click()
    (row,) = applications(registry)
    assert row.signature_reused
    assert row.signature_json == signed.to_json()  # the handover's strokes, as stored


def test_opened_through_the_sandbox_bank(
    qtbot: QtBot, desk: Desk, registry: Registry, tmp_path: Path
) -> None:
    """The same desk, with the HTTP connector and the sandbox bank in its own process."""
    dialog = open_dialog(qtbot, desk)
    fill(dialog)
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(7)))
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.save_button.click()
    with SandboxProcess(tmp_path / "sandbox.log", state=tmp_path / "bank.sqlite") as sandbox:
        bank = HttpBankConnector(sandbox.url, token="any", backoff=0.01)
        with qtbot.waitSignal(dialog.opened, timeout=10_000):
            assert desk.accounts.send_due(bank).opened == 1
    (row,) = applications(registry)
    assert row.account_number
    assert dialog.standing_label.text() == f"Account opened: {row.account_number}"


def test_the_detail_offers_to_open_an_account_and_opens_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.gui.test_print_dialog import open_worker

    open_worker(qtbot, window, "Umbu Ndaku Lewa")
    panel = window.lookup_page.detail_panel
    assert panel.account_label.text() == "Bank NTT: Belum punya rekening"
    assert panel.account_button.isVisible()
    panel.account_button.click()
    dialog = window.findChild(AccountDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.is_loaded)
    dialog.reject()
