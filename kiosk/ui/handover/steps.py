"""The handover dialog's steps as widgets: the worker's data, identity, card, signature.

They only lay out; the dialog connects them, decides what each shows, and words them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.models import HandoverKind, IdDocument
from kiosk.ui.common.destination import DestinationNote, open_file
from kiosk.ui.common.signature_pad import SignatureField
from kiosk.usecases.lookup import WorkerDetail


def section(title: QLabel, body: QWidget | None = None) -> QFrame:
    frame = QFrame()
    frame.setObjectName("handoverStep")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(8)
    title.setObjectName("stepTitle")
    layout.addWidget(title)
    if body is not None:
        layout.addWidget(body)
    return frame


class WorkerFacts(QWidget):
    """The worker's name and data, to compare with the identity document."""

    def __init__(self, worker: WorkerDetail, locale: QLocale) -> None:
        super().__init__()
        self.name_label = QLabel(worker.full_name)
        self.name_label.setObjectName("detailName")
        self.name_label.setWordWrap(True)
        self.captions: dict[str, QLabel] = {}
        facts = QFormLayout()
        facts.setVerticalSpacing(8)
        born = QDate(worker.birth_date.year, worker.birth_date.month, worker.birth_date.day)
        values = {
            "nik": worker.nik_masked,
            "kpj": worker.kpj,
            "born": ", ".join(
                p for p in (worker.birth_place, locale.toString(born, "d MMMM yyyy")) if p
            ),
            "region": ", ".join(p for p in (worker.desa, worker.kecamatan) if p),
        }
        for key, value in values.items():
            caption = QLabel()
            caption.setObjectName("detailCaption")
            shown = QLabel(value or "—")
            shown.setObjectName(f"handover_{key}")
            shown.setWordWrap(True)
            self.captions[key] = caption
            facts.addRow(caption, shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addLayout(facts)
        layout.addStretch(1)


class IdentityStep(QWidget):
    """1. Which document was shown, and that it matches."""

    def __init__(self) -> None:
        super().__init__()
        self.document_combo = QComboBox()
        self.document_combo.setObjectName("documentCombo")
        for document in IdDocument:
            self.document_combo.addItem("", document)
        self.identity_button = QPushButton()
        self.identity_button.setObjectName("primaryButton")
        self.identity_state = QLabel()
        self.identity_state.setObjectName("stepDone")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.document_combo)
        row.addWidget(self.identity_button)
        row.addWidget(self.identity_state, 1)


class CardStep(QWidget):
    """2. The card: scanned, its serial typed, or printed now; and a bank account's items."""

    def __init__(self, opener: Callable[[str], bool] = open_file) -> None:
        super().__init__()
        self.card_state = QLabel()
        self.card_state.setObjectName("cardState")
        self.card_state.setWordWrap(True)
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scanEdit")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printNowButton")
        self.print_button.setAutoDefault(False)
        card_row = QHBoxLayout()
        card_row.addWidget(self.scan_edit, 1)
        card_row.addWidget(self.print_button)
        # No scanner: the serial printed on the card, typed (its end is enough).
        self.serial_label = QLabel()
        self.serial_edit = QLineEdit()
        self.serial_edit.setObjectName("serialEdit")
        self.serial_edit.setMaxLength(20)
        self.serial_label.setBuddy(self.serial_edit)
        self.serial_button = QPushButton()
        self.serial_button.setObjectName("serialButton")
        self.serial_button.setAutoDefault(False)
        serial_row = QHBoxLayout()
        serial_row.setContentsMargins(0, 0, 0, 0)
        serial_row.addWidget(self.serial_label)
        serial_row.addWidget(self.serial_edit, 1)
        serial_row.addWidget(self.serial_button)
        self.serial_box = QWidget()
        self.serial_box.setLayout(serial_row)
        # Where the card printed now went: a PDF in a folder is not a card in the tray.
        self.destination = DestinationNote(opener=opener)
        self.destination.setObjectName("cardDestination")
        # A bank account the bank opened beforehand is activated in the same handover.
        self.activate_check = QCheckBox()
        self.activate_check.setObjectName("activateAccount")
        # Off until asked: the handover signature becomes the bank's specimen only with
        # the worker's consent, and only when the worker signed themself.
        self.activate_check.setChecked(False)
        self.passbook_check = QCheckBox()
        self.passbook_check.setChecked(True)
        self.atm_check = QCheckBox()
        account_row = QHBoxLayout()
        account_row.addWidget(self.activate_check)
        account_row.addWidget(self.passbook_check)
        account_row.addWidget(self.atm_check)
        account_row.addStretch(1)
        self.account_box = QWidget()
        self.account_box.setLayout(account_row)
        self.account_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card_state)
        layout.addLayout(card_row)
        layout.addWidget(self.serial_box)
        layout.addWidget(self.destination)
        layout.addWidget(self.account_box)


class SignatureStep(QWidget):
    """3. Who signs (the worker, a thumbprint with a witness, a representative) and the pad."""

    def __init__(self) -> None:
        super().__init__()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[HandoverKind, QRadioButton] = {}
        kinds = QHBoxLayout()
        # A handover made on paper is entered afterwards (kiosk handover --paper), not here.
        for kind in (HandoverKind.SIGNED, HandoverKind.THUMBPRINT, HandoverKind.REPRESENTATIVE):
            button = QRadioButton()
            button.setObjectName(f"kind_{kind.value}")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind_buttons[HandoverKind.SIGNED].setChecked(True)
        self.witness_edit = QLineEdit()
        self.representative_edit = QLineEdit()
        self.representative_nik_edit = QLineEdit()
        self.representative_nik_edit.setMaxLength(24)
        self.relationship_edit = QLineEdit()
        self.reason_edit = QLineEdit()
        self.extra_labels: dict[str, QLabel] = {}
        # A thumbprint: the witness who signs. A representative: who they are, why they come.
        # Each set in its own box, shown whole or not at all, so no field stands beside a gap.
        self.witness_box = QWidget()
        witness = QGridLayout(self.witness_box)
        witness.setContentsMargins(0, 0, 0, 0)
        witness.setHorizontalSpacing(10)
        self.representative_box = QWidget()
        representative = QGridLayout(self.representative_box)
        representative.setContentsMargins(0, 0, 0, 0)
        representative.setHorizontalSpacing(10)
        # Names and reasons run long, a NIK and a relationship do not: the wide column first.
        placed = (
            (witness, 0, 0, "witness", self.witness_edit),
            (representative, 0, 0, "representative", self.representative_edit),
            (representative, 0, 1, "representative_nik", self.representative_nik_edit),
            (representative, 1, 0, "reason", self.reason_edit),
            (representative, 1, 1, "relationship", self.relationship_edit),
        )
        for grid, row, column, key, edit in placed:
            label = QLabel()
            label.setBuddy(edit)
            self.extra_labels[key] = label
            grid.addWidget(label, row, column * 2)
            grid.addWidget(edit, row, column * 2 + 1)
        for grid in (witness, representative):
            grid.setColumnStretch(1, 2)
            grid.setColumnStretch(3, 1)
        self.witness_box.hide()
        self.representative_box.hide()
        self.signature_field = SignatureField()
        self.signature_field.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addWidget(self.witness_box)
        layout.addWidget(self.representative_box)
        layout.addWidget(self.signature_field, 1)


class HandoverSummary(QFrame):
    """A worker handed over already: what was recorded, read only (the dialog words it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("handoverStep")
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.title.setWordWrap(True)
        self._form = QFormLayout()
        self._form.setVerticalSpacing(10)
        self._form.setHorizontalSpacing(16)
        self._shown: list[tuple[QLabel, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(self._form)
        layout.addStretch(1)

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        """Caption and value, one row each, in order."""
        while self._form.rowCount():
            self._form.removeRow(0)
        self._shown = []
        for index, (caption, value) in enumerate(rows):
            caption_label = QLabel(caption)
            caption_label.setObjectName("detailCaption")
            value_label = QLabel(value)
            value_label.setObjectName(f"summary_{index}")
            value_label.setWordWrap(True)
            self._form.addRow(caption_label, value_label)
            self._shown.append((caption_label, value_label))

    def rows(self) -> list[tuple[str, str]]:
        """What the summary says, for tests."""
        return [(c.text(), v.text()) for c, v in self._shown]
