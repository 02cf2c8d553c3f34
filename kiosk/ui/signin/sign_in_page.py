"""The screens in front of the lookup: signing in, and the idle lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.common.credentials import CredentialsForm

if TYPE_CHECKING:
    # The sign-in page is the first screen: it shows before the registry and the use cases
    # (SQLAlchemy) have loaded, so it imports none of them to be drawn.
    from kiosk.usecases.audit import Actor

CARD_WIDTH = 520


def _centred(parent: QWidget, title: QLabel, intro: QLabel, form: QWidget, *below: QWidget) -> None:
    """The page's card (a title, a line of intro, the form, then its buttons), laid out in
    the middle of the page, whatever the screen's size.

    Stretches rather than an alignment flag: an aligned widget gets its plain size hint,
    and a message that wraps to a second line would push the button out of the card.
    """
    card = QFrame()
    card.setObjectName("signInCard")
    card.setFixedWidth(CARD_WIDTH)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(12)
    layout.addWidget(title)
    layout.addWidget(intro)
    layout.addSpacing(8)
    layout.addWidget(form)
    for widget in below:
        layout.addWidget(widget)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(parent)
    outer.setContentsMargins(16, 16, 16, 16)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


class SignInPage(QWidget):
    """Username and PIN. Nothing else of the kiosk is reachable from here.

    Signals:
        submitted(str, str): username and PIN, to be checked.
        first_run_requested(): nobody exists to sign in; the first admin must be created.
    """

    submitted = Signal(str, str)
    first_run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPage")
        self._first_run = False
        self.title_label = QLabel()
        self.title_label.setObjectName("cardTitle")
        self.intro_label = QLabel()
        self.intro_label.setObjectName("cardIntro")
        self.intro_label.setWordWrap(True)
        self.form = CredentialsForm()
        self.form.submitted.connect(self.submitted)
        self.first_run_button = QPushButton()
        self.first_run_button.setObjectName("primaryButton")
        self.first_run_button.clicked.connect(self.first_run_requested)
        self.first_run_button.hide()

        _centred(self, self.title_label, self.intro_label, self.form, self.first_run_button)
        self.retranslate()

    def reset(self, *, username: str = "", message: str = "") -> None:
        """Empty fields (or a username given), and an optional friendly message."""
        self.form.clear()
        self.form.set_username(username)
        self.form.show_message(message, problem=False)
        self.form.set_busy(False)

    def focus(self) -> None:
        if self._first_run:
            self.first_run_button.setFocus()
        else:
            self.form.focus()

    def set_first_run(self, needed: bool) -> None:
        """No operator exists yet: signing in is impossible until the first admin is made."""
        self._first_run = needed
        self.form.setVisible(not needed)
        self.first_run_button.setVisible(needed)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.form.set_busy(busy)

    def show_refusal(self, text: str) -> None:
        self.form.set_busy(False)
        self.form.clear_pin()
        self.form.show_message(text)
        self.form.focus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.form.set_submit_text(self.tr("Sign in"))
        self.first_run_button.setText(self.tr("Create the first administrator…"))
        if self._first_run:
            self.title_label.setText(self.tr("Welcome"))
            self.intro_label.setText(
                self.tr(
                    "This kiosk has no operators yet. Create the first administrator: they"
                    " then add the desk staff, tellers and supervisors."
                )
            )
        else:
            self.title_label.setText(self.tr("Sign in"))
            self.intro_label.setText(
                self.tr(
                    "Sign in with your own username and PIN. Everything you do is recorded"
                    " under your name."
                )
            )


class LockPage(QWidget):
    """The idle lock: hides the worker on screen until the same operator or a supervisor
    types a PIN, or another operator takes over.

    Signals:
        unlock_submitted(str, str): username and PIN.
        switch_requested(): sign the locked operator out, for another one to sign in.
    """

    unlock_submitted = Signal(str, str)
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self._actor: Actor | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("cardTitle")
        self.who_label = QLabel()
        self.who_label.setObjectName("cardIntro")
        self.who_label.setWordWrap(True)
        self.form = CredentialsForm()
        self.form.submitted.connect(self.unlock_submitted)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchButton")
        self.switch_button.clicked.connect(self.switch_requested)

        _centred(self, self.title_label, self.who_label, self.form, self.switch_button)
        self.retranslate()

    def show_for(self, actor: Actor) -> None:
        """Lock for this operator: their username is filled in, the PIN is asked."""
        self._actor = actor
        self.form.clear()
        self.form.set_username(actor.username)
        self.form.set_busy(False)
        self.retranslate()

    def focus(self) -> None:
        self.form.focus()

    def set_busy(self, busy: bool) -> None:
        self.form.set_busy(busy)

    def show_refusal(self, text: str) -> None:
        self.form.set_busy(False)
        self.form.clear_pin()
        self.form.show_message(text)
        self.form.focus()

    def not_allowed_text(self) -> str:
        """Someone else than the locked operator, and no supervisor, tried to unlock."""
        name = self._actor.full_name if self._actor else ""
        return self.tr("Only %1 or a supervisor can unlock this screen.").replace("%1", name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("The screen is locked"))
        self.form.set_submit_text(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Sign in as another operator"))
        actor = self._actor
        if actor is not None:
            from kiosk.texts.operators import role_label  # loaded with the use cases

            text = self.tr(
                "In use by %1 (%2). Type your PIN to go on; a supervisor can unlock it too."
            )
            self.who_label.setText(
                text.replace("%1", actor.full_name).replace("%2", role_label(actor.role))
            )
