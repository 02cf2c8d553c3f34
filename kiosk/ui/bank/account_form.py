"""The account form's page: the registry's data beside the KTP, the customer due diligence,
the consent and the specimen signature, in three columns that fit a 1366x768 screen whole.

It only lays out; the account dialog fills it, reads it and words it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.bank.model import IncomeBand, MaritalStatus
from kiosk.texts.bank import income_band_label, marital_status_label
from kiosk.ui.bank.form_widgets import (
    AddressEdit,
    CheckText,
    FittedPage,
    WrappedText,
    check_row,
    choice_combo,
    editable_combo,
    mark,
    section,
)
from kiosk.ui.common.signature_pad import SignatureField
from kiosk.usecases.bank_form import CONSENT_TEXT, MAX_TEXT, AccountForm, Prefill

SOURCES_OF_FUNDS = ("Hasil usaha", "Gaji/upah", "Kiriman keluarga", "Lainnya")
PURPOSES = ("Tabungan", "Menerima manfaat BPJS", "Kredit usaha mikro")


class AccountFormPage(QScrollArea):
    """The four sections of the application, built once; the dialog owns what they mean."""

    def __init__(self) -> None:
        super().__init__()
        # -- the registry's data, to compare with the KTP -----------------------------------
        self.name_label = QLabel()
        self.name_label.setObjectName("detailName")
        self.name_label.setWordWrap(True)
        self.facts: dict[str, QLabel] = {}
        self.fact_captions: dict[str, QLabel] = {}
        # Caption above value: a narrow column, and a NIK never cut in two.
        facts = QVBoxLayout()
        facts.setSpacing(2)
        for key in ("nik", "born", "sex", "address"):
            caption = QLabel()
            caption.setObjectName("detailCaption")
            value = QLabel()
            value.setObjectName(f"account_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_captions[key] = caption
            self.facts[key] = value
            facts.addSpacing(6)
            facts.addWidget(caption)
            facts.addWidget(value)
        self.previous_label = QLabel()  # a refusal of an earlier application, to put right
        self.previous_label.setObjectName("accountPrevious")
        self.previous_label.setWordWrap(True)
        self.previous_label.hide()
        worker_body = QWidget()
        worker_layout = QVBoxLayout(worker_body)
        worker_layout.setContentsMargins(0, 0, 0, 0)
        worker_layout.addWidget(self.name_label)
        worker_layout.addLayout(facts)
        worker_layout.addWidget(self.previous_label)
        self.compare_note = QLabel()
        self.compare_note.setObjectName("hint")
        self.compare_note.setWordWrap(True)
        worker_layout.addSpacing(8)
        worker_layout.addWidget(self.compare_note)
        worker_layout.addStretch(1)
        self.worker_title = QLabel()

        # -- 2. customer due diligence ------------------------------------------------------
        self.mother_edit = QLineEdit()
        self.mother_edit.setObjectName("motherEdit")
        self.marital_combo = choice_combo("maritalCombo")
        for status in MaritalStatus:
            self.marital_combo.addItem("", status)
        self.marital_combo.setCurrentIndex(-1)  # read from the KTP, never assumed
        self.occupation_edit = QLineEdit()
        self.occupation_edit.setObjectName("occupationEdit")
        self.source_combo = editable_combo("sourceCombo", SOURCES_OF_FUNDS)
        self.income_combo = choice_combo("incomeCombo")
        for band in IncomeBand:
            self.income_combo.addItem("", band)
        self.income_combo.setCurrentIndex(-1)
        self.purpose_combo = editable_combo("purposeCombo", PURPOSES)
        self.address_edit = AddressEdit()
        self.address_edit.setObjectName("currentAddressEdit")
        self.same_address_check = QCheckBox()
        self.same_address_check.setObjectName("sameAddressCheck")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        for edit in (self.mother_edit, self.occupation_edit):
            edit.setMaxLength(MAX_TEXT)
        # Each field by the name the use case gives it, to mark the ones to put right; in the
        # order the desk reads them (row by row), which is the order they are named in.
        self.fields: dict[str, QWidget] = {
            "mother_maiden_name": self.mother_edit,
            "marital_status": self.marital_combo,
            "occupation": self.occupation_edit,
            "source_of_funds": self.source_combo,
            "average_income": self.income_combo,
            "purpose": self.purpose_combo,
            "current_address": self.address_edit,
            "phone": self.phone_edit,
        }
        self.captions = {key: QLabel() for key in self.fields}
        # Captions above the fields, two fields a row: each field gets half the column, wide
        # enough for its placeholder and its longest choice; the address gets the whole width.
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        places = {
            "mother_maiden_name": (0, 0, 1),
            "marital_status": (0, 1, 1),
            "occupation": (1, 0, 1),
            "source_of_funds": (1, 1, 1),
            "average_income": (2, 0, 1),
            "purpose": (2, 1, 1),
            "current_address": (3, 0, 2),
            "phone": (4, 0, 1),
        }
        for key, field in self.fields.items():
            caption = self.captions[key]
            caption.setObjectName("fieldCaption")
            caption.setWordWrap(True)
            caption.setBuddy(field)
            pair, cell, span = places[key]
            row = 3 * pair  # caption, field, and a gap before the next pair
            if key == "current_address":
                heading = QHBoxLayout()
                heading.addWidget(caption, 1, Qt.AlignmentFlag.AlignBottom)
                heading.addWidget(self.same_address_check, 0, Qt.AlignmentFlag.AlignBottom)
                grid.addLayout(heading, row, cell, 1, span)
            else:
                grid.addWidget(caption, row, cell, 1, span, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(field, row + 1, cell, 1, span)
            grid.setRowMinimumHeight(row + 2, 8)
        grid.setRowStretch(grid.rowCount(), 1)  # what room is left goes below the fields
        cdd_body = QWidget()
        cdd_body.setLayout(grid)
        self.cdd_title = QLabel()

        # -- 3. consent ------------------------------------------------------------------------
        self.consent_view = WrappedText(CONSENT_TEXT)  # the words stored, in Indonesian, all shown
        self.consent_view.setObjectName("consentText")
        self.consent_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent_check = QCheckBox()
        self.consent_check.setObjectName("consentCheck")
        self.consent_text = CheckText(self.consent_check)
        self.fields["consent"] = self.consent_check
        consent_body = QWidget()
        consent_layout = QVBoxLayout(consent_body)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.addWidget(self.consent_view)
        consent_layout.addLayout(check_row(self.consent_check, self.consent_text))
        self.consent_title = QLabel()

        # -- 4. specimen signature -------------------------------------------------------------
        self.reuse_check = QCheckBox()
        self.reuse_check.setObjectName("reuseSignatureCheck")
        self.reuse_text = CheckText(self.reuse_check)
        self.reuse_check.hide()
        self.reuse_text.hide()
        self.signature_field = SignatureField()
        # In the pad's place while the handover signature is to be used: no empty pad to sign.
        self.reuse_note = QLabel()
        self.reuse_note.setObjectName("reuseNote")
        self.reuse_note.setWordWrap(True)
        self.reuse_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reuse_note.hide()
        self.signature_frame = QFrame()
        self.signature_frame.setObjectName("signatureFrame")
        frame_layout = QVBoxLayout(self.signature_frame)
        frame_layout.setContentsMargins(2, 2, 2, 2)
        frame_layout.addWidget(self.signature_field)
        frame_layout.addWidget(self.reuse_note, 1)
        self.fields["signature"] = self.signature_frame
        signature_body = QWidget()
        signature_layout = QVBoxLayout(signature_body)
        signature_layout.setContentsMargins(0, 0, 0, 0)
        signature_layout.addLayout(check_row(self.reuse_check, self.reuse_text))
        signature_layout.addWidget(self.signature_frame, 1)
        self.signature_title = QLabel()
        # Marked red with their field: the words of a check box.
        self._companions: dict[str, QWidget] = {"consent": self.consent_text}

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(section(self.worker_title, worker_body), 1)
        middle = QVBoxLayout()
        middle.addWidget(section(self.cdd_title, cdd_body), 1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(section(self.consent_title, consent_body))
        right.addWidget(section(self.signature_title, signature_body), 1)
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        for column, stretch in ((left, 5), (middle, 12), (right, 9)):
            column.setContentsMargins(0, 0, 0, 0)
            holder = QWidget()
            holder.setLayout(column)
            # The widths follow the stretch, not the longest text: labels wrap, fields shrink.
            holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            columns.addWidget(holder, stretch)
        form_page = FittedPage()
        form_page.setLayout(columns)
        self.setObjectName("accountForm")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(form_page)

    def mark(self, key: str, invalid: bool) -> None:
        """Mark a field (by the use case's name) to put right, or no longer."""
        mark(self.fields[key], invalid)
        companion = self._companions.get(key)
        if companion is not None:
            mark(companion, invalid)

    def form(self) -> AccountForm:
        """The form as typed; a choice not made is None, for the use case to name."""
        # Qt hands the enums back as their plain values.
        marital = self.marital_combo.currentData()
        income = self.income_combo.currentData()
        return AccountForm(
            mother_maiden_name=self.mother_edit.text(),
            marital_status=None if marital is None else MaritalStatus(marital),
            occupation=self.occupation_edit.text(),
            source_of_funds=self.source_combo.currentText(),
            average_income=None if income is None else IncomeBand(income),
            purpose=self.purpose_combo.currentText(),
            current_address=self.address_edit.text(),
            phone=self.phone_edit.text(),
        )

    def retranslate(self) -> None:
        # The dialog's words: the translation context stays AccountDialog.
        self.compare_note.setText(
            QCoreApplication.translate(
                "AccountDialog",
                "The bank checks these data against the population records. If the KTP says"
                " otherwise, correct the worker's data before sending.",
            )
        )
        self.worker_title.setText(
            QCoreApplication.translate("AccountDialog", "1. Compare with the KTP")
        )
        self.cdd_title.setText(QCoreApplication.translate("AccountDialog", "2. Customer data"))
        self.consent_title.setText(QCoreApplication.translate("AccountDialog", "3. Consent"))
        self.signature_title.setText(
            QCoreApplication.translate("AccountDialog", "4. Specimen signature")
        )
        captions = {
            "nik": QCoreApplication.translate("AccountDialog", "NIK"),
            "born": QCoreApplication.translate("AccountDialog", "Place, date of birth"),
            "sex": QCoreApplication.translate("AccountDialog", "Sex"),
            "address": QCoreApplication.translate("AccountDialog", "Address on the KTP"),
        }
        for key, text in captions.items():
            self.fact_captions[key].setText(text)
        field_captions = {
            "mother_maiden_name": QCoreApplication.translate(
                "AccountDialog", "&Mother's maiden name"
            ),
            "marital_status": QCoreApplication.translate("AccountDialog", "Marital s&tatus"),
            "occupation": QCoreApplication.translate("AccountDialog", "&Occupation"),
            "source_of_funds": QCoreApplication.translate("AccountDialog", "Source of &funds"),
            "average_income": QCoreApplication.translate(
                "AccountDialog", "Average monthly &income"
            ),
            "purpose": QCoreApplication.translate("AccountDialog", "Pu&rpose of the account"),
            "current_address": QCoreApplication.translate("AccountDialog", "Current &address"),
            "phone": QCoreApplication.translate("AccountDialog", "&Phone"),
        }
        for key, text in field_captions.items():
            self.captions[key].setText(text)
        for index in range(self.marital_combo.count()):
            status = MaritalStatus(self.marital_combo.itemData(index))
            self.marital_combo.setItemText(index, marital_status_label(status))
        for index in range(self.income_combo.count()):
            band = IncomeBand(self.income_combo.itemData(index))
            self.income_combo.setItemText(index, income_band_label(band))
        self.marital_combo.setPlaceholderText(
            QCoreApplication.translate("AccountDialog", "Choose, as on the KTP")
        )
        self.income_combo.setPlaceholderText(
            QCoreApplication.translate("AccountDialog", "Ask the worker")
        )
        for combo in (self.source_combo, self.purpose_combo):
            edit = combo.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(
                    QCoreApplication.translate("AccountDialog", "Choose or type")
                )
        self.same_address_check.setText(QCoreApplication.translate("AccountDialog", "Same as KTP"))
        self.consent_text.setText(
            QCoreApplication.translate("AccountDialog", "The worker agrees (read to them aloud)")
        )
        self.reuse_text.setText(
            QCoreApplication.translate(
                "AccountDialog", "Use the signature given at the card handover (the worker agrees)"
            )
        )
        self.reuse_note.setText(
            QCoreApplication.translate(
                "AccountDialog",
                "The signature the worker gave at the card handover is used as the specimen:"
                " no need to sign again.",
            )
        )
        # The boxes carry no words of their own: a screen reader reads them the label's.
        self.consent_check.setAccessibleName(self.consent_text.text())
        self.reuse_check.setAccessibleName(self.reuse_text.text())

    def fill(self, prefill: Prefill) -> None:
        """What the registry knows already; the rest is asked of the worker."""
        self.name_label.setText(prefill.full_name)
        self.facts["nik"].setText(prefill.nik_masked)
        self.facts["address"].setText(prefill.address or "—")
        self.mother_edit.setText(prefill.mother_maiden_name)
        self.occupation_edit.setText(prefill.occupation)
        self.phone_edit.setText(prefill.phone)
        self.address_edit.setText(prefill.address)
        self.same_address_check.setEnabled(bool(prefill.address))
        self.same_address_check.setChecked(bool(prefill.address))
        self.reuse_check.setVisible(prefill.has_handover_signature)
        self.reuse_text.setVisible(prefill.has_handover_signature)


class StandingPage(QWidget):
    """Where the application stands once saved: opened, waiting, or refused and why."""

    def __init__(self) -> None:
        super().__init__()
        self.standing_name = QLabel()
        self.standing_name.setObjectName("detailName")
        self.standing_label = QLabel()
        self.standing_label.setObjectName("accountOutcome")
        self.standing_label.setWordWrap(True)
        self.standing_note = QLabel()
        self.standing_note.setObjectName("hint")
        self.standing_note.setWordWrap(True)
        self.again_button = QPushButton()
        self.again_button.setObjectName("applyAgainButton")
        self.again_button.setAutoDefault(False)
        again_row = QHBoxLayout()
        again_row.addWidget(self.again_button)
        again_row.addStretch(1)
        standing_layout = QVBoxLayout(self)
        standing_layout.setContentsMargins(24, 24, 24, 24)
        standing_layout.setSpacing(16)
        standing_layout.addWidget(self.standing_name)
        standing_layout.addWidget(self.standing_label)
        standing_layout.addWidget(self.standing_note)
        standing_layout.addLayout(again_row)
        standing_layout.addStretch(1)
