"""A username and a masked PIN, large enough for a finger: signing in, unlocking, approving."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

MAX_PIN_LENGTH = 128
MAX_USERNAME_LENGTH = 40


class CredentialsForm(QWidget):
    """Emits submitted(username, pin) on Enter or the button; says what is missing first.

    Enter in the username field goes on to the PIN; Enter in the PIN field submits. The PIN
    is masked and never leaves this form except through the signal.
    """

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit_text: str | None = None
        self._busy = False

        self.username_label = QLabel()
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setMaxLength(MAX_USERNAME_LENGTH)
        self.username_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhPreferLowercase
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.username_label.setBuddy(self.username_edit)
        self.pin_label = QLabel()
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(MAX_PIN_LENGTH)
        self.pin_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhHiddenText
        )
        self.pin_label.setBuddy(self.pin_edit)
        self.message_label = QLabel()
        self.message_label.setObjectName("formMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("primaryButton")
        self.submit_button.setAutoDefault(False)

        self.username_edit.returnPressed.connect(self._on_username_return)
        self.pin_edit.returnPressed.connect(self._on_submit)
        self.submit_button.clicked.connect(self._on_submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.username_label)
        layout.addWidget(self.username_edit)
        layout.addSpacing(8)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.pin_edit)
        layout.addSpacing(8)
        layout.addWidget(self.message_label)
        layout.addSpacing(4)
        layout.addWidget(self.submit_button)
        self.retranslate()

    # ---------------------------------------------------------------- what the owner asks

    def set_submit_text(self, text: str) -> None:
        self._submit_text = text
        self.submit_button.setText(text)

    def set_username(self, username: str) -> None:
        self.username_edit.setText(username)

    def username(self) -> str:
        return self.username_edit.text().strip()

    def focus(self) -> None:
        """The PIN when the username is there already, else the username."""
        target = self.pin_edit if self.username() else self.username_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.username_edit.clear()
        self.pin_edit.clear()
        self.show_message("")

    def clear_pin(self) -> None:
        self.pin_edit.clear()

    def set_busy(self, busy: bool) -> None:
        """While the PIN is checked, nothing can be typed or pressed twice."""
        self._busy = busy
        for widget in (self.username_edit, self.pin_edit, self.submit_button):
            widget.setEnabled(not busy)
        if busy:
            self.show_message(self.tr("Checking…"), problem=False)
        else:
            self.focus()

    def show_message(self, text: str, *, problem: bool = True) -> None:
        self.message_label.setProperty("problem", problem)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # ---------------------------------------------------------------- events

    def _on_username_return(self) -> None:
        if self.username() and not self.pin_edit.text():
            self.pin_edit.setFocus(Qt.FocusReason.TabFocusReason)
            return
        self._on_submit()

    def _on_submit(self) -> None:
        if self._busy:
            return
        if not self.username():
            self.show_message(self.tr("Type your username."))
            self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.pin_edit.text():
            self.show_message(self.tr("Type your PIN."))
            self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submitted.emit(self.username(), self.pin_edit.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.username_label.setText(self.tr("&Username"))
        self.pin_label.setText(self.tr("&PIN or password"))
        if self._submit_text is None:
            self.submit_button.setText(self.tr("Sign in"))
