"""The fields of a new operator: username, full name, role, and the PIN typed twice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from db.models import Role
from kiosk.texts.operators import pin_rules, pins_differ, role_label
from kiosk.ui.common.credentials import MAX_PIN_LENGTH, MAX_USERNAME_LENGTH

# As long as operators' names get at an event in Sumba; the name field shows it whole.
_LONG_NAME = "Maria Goreti Rambu Kahi Ndapa Lewa"
_FIELD_PADDING = 32  # the style sheet's padding and border on both sides


class OperatorForm(QWidget):
    """Shows the PIN rules before anyone types; the use case checks the values.

    With with_role=False (the first admin) there is no role to choose.
    """

    def __init__(self, *, with_role: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("newUsernameEdit")
        self.username_edit.setMaxLength(MAX_USERNAME_LENGTH)
        self.username_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhPreferLowercase
        )
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("fullNameEdit")
        self.name_edit.setMaxLength(120)
        # Room for a whole long name, not half of it.
        self.name_edit.setMinimumWidth(
            self.name_edit.fontMetrics().horizontalAdvance(_LONG_NAME) + _FIELD_PADDING
        )
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for role in Role:
            self.role_combo.addItem("", role.value)
        self.role_combo.setVisible(with_role)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("newPinEdit")
        self.pin_again_edit = QLineEdit()
        self.pin_again_edit.setObjectName("newPinAgainEdit")
        for edit in (self.pin_edit, self.pin_again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_PIN_LENGTH)
            edit.setInputMethodHints(
                Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
            )
        self.rules_label = QLabel()
        self.rules_label.setObjectName("pinRules")
        self.rules_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("formMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("problem", True)
        self.message_label.hide()

        self._captions = {key: QLabel() for key in ("username", "name", "role", "pin", "again")}
        for caption in self._captions.values():
            caption.setObjectName("formCaption")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(self._captions["username"], self.username_edit)
        form.addRow(self._captions["name"], self.name_edit)
        if with_role:
            form.addRow(self._captions["role"], self.role_combo)
        form.addRow(self._captions["pin"], self.pin_edit)
        form.addRow(self._captions["again"], self.pin_again_edit)
        buddies: tuple[tuple[str, QWidget], ...] = (
            ("username", self.username_edit),
            ("name", self.name_edit),
            ("role", self.role_combo),
            ("pin", self.pin_edit),
            ("again", self.pin_again_edit),
        )
        for key, field in buddies:
            self._captions[key].setBuddy(field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.message_label)
        self.retranslate()

    # ---------------------------------------------------------------- values

    def username(self) -> str:
        return self.username_edit.text().strip()

    def full_name(self) -> str:
        return self.name_edit.text()

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def set_role(self, role: Role) -> None:
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))

    def pin(self) -> str | None:
        """The PIN, once typed the same twice; else None, and the form says why."""
        if self.pin_edit.text() != self.pin_again_edit.text():
            self.show_problem(pins_differ())
            self.pin_again_edit.clear()
            self.pin_again_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return self.pin_edit.text()

    def clear(self) -> None:
        for edit in (self.username_edit, self.name_edit, self.pin_edit, self.pin_again_edit):
            edit.clear()
        self.show_problem("")

    def clear_pins(self) -> None:
        self.pin_edit.clear()
        self.pin_again_edit.clear()

    def show_problem(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)

    # ---------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._captions["username"].setText(self.tr("&Username"))
        self._captions["name"].setText(self.tr("Full &name"))
        self._captions["role"].setText(self.tr("&Role"))
        self._captions["pin"].setText(self.tr("&PIN or password"))
        self._captions["again"].setText(self.tr("PIN &again"))
        self.username_edit.setPlaceholderText(self.tr("e.g. yohana.ndapa"))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(Role(self.role_combo.itemData(index))))
        self.rules_label.setText(pin_rules())
