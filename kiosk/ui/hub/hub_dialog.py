"""The event's hub on this laptop, for an administrator: start and stop it, show its join
code (text and a large QR code for the desks' scanners), its standby and desks; on a
standby, make it the hub when the hub laptop is gone."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.common.runner import Runner
from kiosk.ui.hub.laptop import HubScreen, LaptopHub
from kiosk.ui.hub.qr import qr_image
from kiosk.usecases.audit import Actor

if TYPE_CHECKING:
    from kiosk.usecases.hub import HubReport

log = logging.getLogger(__name__)

REFRESH_MS = 5_000
QR_PX = 380
GIB = 1024**3


class HubDialog(QDialog):
    """What the hub on this laptop is doing, looked at again every few seconds; each button
    runs its step in the background, with a busy bar and a line saying what happens."""

    def __init__(
        self,
        hub: LaptopHub,
        actor: Actor | None,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hubDialog")
        self.setModal(True)
        self.setMinimumSize(1100, 660)
        self._hub = hub
        self._actor = actor
        self._runner = runner
        self._busy = False
        self._looking = False
        self._screen: HubScreen | None = None
        self._code_shown: str | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.state_label = QLabel()
        self.state_label.setObjectName("hubState")
        self.state_label.setWordWrap(True)

        self.addresses_caption, self.addresses_value = QLabel(), _value()
        self.desks_caption, self.desks_value = QLabel(), _value()
        self.standby_caption, self.standby_value = QLabel(), _value()
        self.standby_value.setObjectName("hubStandby")
        self.handovers_caption, self.handovers_value = QLabel(), _value()
        self.disk_caption, self.disk_value = QLabel(), _value()
        self.folder_caption, self.folder_value = QLabel(), _value()
        facts = QFormLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(8)
        for caption, value in (
            (self.addresses_caption, self.addresses_value),
            (self.desks_caption, self.desks_value),
            (self.standby_caption, self.standby_value),
            (self.handovers_caption, self.handovers_value),
            (self.disk_caption, self.disk_value),
            (self.folder_caption, self.folder_value),
        ):
            caption.setObjectName("detailCaption")
            facts.addRow(caption, value)

        self.qr_label = QLabel()
        self.qr_label.setObjectName("hubQr")
        self.qr_label.setMinimumSize(QR_PX + 24, QR_PX + 24)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_caption = QLabel()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("hubCodeEdit")
        self.code_edit.setReadOnly(True)
        self.copy_button = QPushButton()
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.code_note = QLabel()
        self.code_note.setObjectName("hubCodeNote")
        self.code_note.setWordWrap(True)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.copy_button)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.message_label = QLabel()
        self.message_label.setObjectName("hubMessage")
        self.message_label.setWordWrap(True)

        self.start_button = QPushButton()
        self.start_button.setObjectName("primaryButton")
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.stop_button = QPushButton()
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.promote_button = QPushButton()
        self.promote_button.setObjectName("promoteButton")
        self.promote_button.setAutoDefault(False)
        self.promote_button.clicked.connect(self._on_promote_clicked)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.state_label)
        right.addLayout(facts)
        right.addStretch(1)
        right.addWidget(self.busy_bar)
        right.addWidget(self.message_label)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.code_caption)
        left.addLayout(code_row)
        left.addWidget(self.code_note)
        left.addStretch(1)
        body = QGridLayout()
        body.setHorizontalSpacing(24)
        body.addLayout(left, 0, 0)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(1, 1)
        self._code_widgets = (self.qr_label, self.code_caption, self.code_edit, self.copy_button,
                              self.code_note)  # fmt: skip

        buttons = QHBoxLayout()
        buttons.addWidget(self.promote_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self._refresh = QTimer(self)
        self._refresh.setInterval(refresh_ms)
        self._refresh.timeout.connect(self.look)
        self._show_screen(None)
        self.retranslate()
        self.look()
        self._refresh.start()

    # ---------------------------------------------------------------- what it does

    @property
    def hub_screen(self) -> HubScreen | None:
        """What the last look found (None before the first answer)."""
        return self._screen

    def is_busy(self) -> bool:
        return self._busy or self._looking

    def reject(self) -> None:
        if not self._busy:
            self._refresh.stop()
            super().reject()

    def look(self) -> None:
        if self._busy or self._looking:
            return
        self._looking = True
        self._runner.run(self._hub.look, self._on_looked, self._on_look_failed, context=self)

    def _on_looked(self, screen: HubScreen) -> None:
        self._looking = False
        self._show_screen(screen)

    def _on_look_failed(self, error: Exception) -> None:
        self._looking = False
        self._show_problem(error)

    def _on_start_clicked(self) -> None:
        new = self._screen is None or self._screen.report is None
        if new:
            text = self.tr(
                "Making the hub: its database, certificate and password. This takes a minute"
                " or two…"
            )
        else:
            text = self.tr("Starting the hub…")
        self._run(lambda: self._hub.start(self._actor), text)

    def _on_stop_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the hub"),
            self.tr(
                "Every desk of the event stops working until the hub is started again."
                " Stop the hub now?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self._hub.stop, self.tr("Stopping the hub…"))

    def _on_promote_clicked(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Make this laptop the hub"),
            self.tr(
                "The old hub must stay switched off from now on: two hubs would split the"
                " event into two registries. Do this only when the hub laptop is dead or"
                " unplugged from the network, and keep it off."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("The desks reconnect to this laptop by themselves."))
        promote = box.addButton(
            self.tr("Make this laptop the hub"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is promote:
            self._run(self._hub.promote, self.tr("Making this laptop the hub…"))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code_edit.text())
        self._show_message(self.tr("The join code is copied."), "")

    def _run(self, step: Callable[[], HubScreen], text: str) -> None:
        if self._busy:
            return
        self._busy = True
        self._show_buttons()
        self.busy_bar.show()
        self._show_message(text, "")
        self._runner.run(step, self._on_step_done, self._on_step_failed, context=self)

    def _on_step_done(self, screen: HubScreen) -> None:
        self._busy = False
        self.busy_bar.hide()
        self._show_message("", "")
        self._show_screen(screen)

    def _on_step_failed(self, error: Exception) -> None:
        self._busy = False
        self.busy_bar.hide()
        self._show_buttons()
        self._show_problem(error)

    # ---------------------------------------------------------------- what it shows

    def _show_problem(self, error: Exception) -> None:
        from db.cluster.hub import HubError
        from kiosk.texts.hub import describe_hub_error

        if isinstance(error, HubError):
            text = describe_hub_error(error)
        else:
            log.error("A hub step failed: %s", type(error).__name__, exc_info=error)
            text = (
                self.tr("That did not work (%1: %2). The hub's log is in its folder (data/log).")
                .replace("%1", type(error).__name__)
                .replace("%2", _first_line(error))
            )
        self._show_message(text, "problem")

    def _show_message(self, text: str, state: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        _set_state(self.message_label, state)

    def _show_screen(self, screen: HubScreen | None) -> None:
        self._screen = screen
        code = screen.code if screen is not None else None
        if code != self._code_shown:
            self._code_shown = code
            self.code_edit.setText(code or "")
            self.code_edit.setCursorPosition(0)
            if code:
                self.qr_label.setPixmap(QPixmap.fromImage(qr_image(code, size_px=QR_PX)))
            else:
                self.qr_label.clear()
        for widget in self._code_widgets:
            widget.setVisible(bool(code))
        self._show_buttons()
        self.retranslate()

    def _show_buttons(self) -> None:
        screen = self._screen
        report = screen.report if screen is not None else None
        known = screen is not None
        running = report is not None and report.status.running
        self.start_button.setVisible(known and not running)
        self.stop_button.setVisible(running)
        self.promote_button.setVisible(running and report is not None and
                                       report.status.role == "standby")  # fmt: skip
        for button in (self.start_button, self.stop_button, self.promote_button):
            button.setEnabled(not self._busy)
        self.close_button.setEnabled(not self._busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The event's hub"))
        self.title_label.setText(self.tr("The event's hub on this laptop"))
        self.addresses_caption.setText(self.tr("Addresses"))
        self.desks_caption.setText(self.tr("Desks connected"))
        self.standby_caption.setText(self.tr("Standby"))
        self.handovers_caption.setText(self.tr("Handovers today"))
        self.disk_caption.setText(self.tr("Disk free"))
        self.folder_caption.setText(self.tr("Folder"))
        self.code_caption.setText(self.tr("Join code: scan it at each desk (Join the event's hub)"))
        self.code_note.setText(
            self.tr("The code holds the hub's password: show it to the event's desk staff only.")
        )
        self.copy_button.setText(self.tr("Copy"))
        self.stop_button.setText(self.tr("Stop the hub"))
        self.promote_button.setText(self.tr("Make this laptop the hub (promote)"))
        self.close_button.setText(self.tr("Close"))
        screen = self._screen
        report = screen.report if screen is not None else None
        self.start_button.setText(
            self.tr("Create and start the hub") if report is None else self.tr("Start the hub")
        )
        self.folder_value.setText(str(self._hub.folder))
        self._show_report(screen, report)

    def _show_report(self, screen: HubScreen | None, report: HubReport | None) -> None:
        locale = self.locale()
        dash = "–"
        if screen is None:
            self.state_label.setText(self.tr("Looking at this laptop's hub…"))
            _set_state(self.state_label, "")
        elif report is None:
            self.state_label.setText(
                self.tr(
                    "There is no hub on this laptop yet. Create it on the laptop at the"
                    " organisers' table: the desks then join it with its join code."
                )
            )
            _set_state(self.state_label, "")
        else:
            status = report.status
            if not status.running:
                self.state_label.setText(self.tr("Stopped: the desks cannot work on it now."))
                _set_state(self.state_label, "problem")
            elif status.role == "standby":
                self.state_label.setText(
                    self.tr(
                        "This laptop is the hub's standby: every handover is kept here too."
                        " If the hub laptop dies, make this laptop the hub."
                    )
                )
                _set_state(self.state_label, "ok")
            else:
                self.state_label.setText(self.tr("The hub is running: desks can join and work."))
                _set_state(self.state_label, "ok")
        running = report is not None and report.status.running
        facts = report.status if report is not None else None
        self.addresses_value.setText(", ".join(facts.addresses) if facts else dash)
        if facts is not None and running:
            names = ", ".join(facts.desks)
            count = locale.toString(len(facts.desks))
            self.desks_value.setText(f"{count}: {names}" if names else count)
        else:
            self.desks_value.setText(dash)
        self.standby_value.setText(self._standby_text(report))
        _set_state(
            self.standby_value,
            "note" if report is not None and running and report.standby_known
            and not report.status.standbys and report.status.role == "primary" else "",
        )  # fmt: skip
        if report is not None and report.handovers_today is not None:
            self.handovers_value.setText(locale.toString(report.handovers_today))
        else:
            self.handovers_value.setText(dash)
        if facts is not None:
            text = self.tr("%1 GB of %2 GB")
            free = locale.toString(facts.disk_free_bytes / GIB, "f", 1)
            total = locale.toString(facts.disk_total_bytes / GIB, "f", 1)
            self.disk_value.setText(text.replace("%1", free).replace("%2", total))
        else:
            self.disk_value.setText(dash)

    def _standby_text(self, report: HubReport | None) -> str:
        if report is None or not report.status.running:
            return "–"
        status = report.status
        if status.role == "standby":
            lag = status.replay_lag_seconds
            if lag is None:
                return self.tr("This laptop")
            seconds = self.locale().toString(lag, "f", 1)
            return self.tr("This laptop, %1 s behind the hub").replace("%1", seconds)
        if status.standbys:
            standby = status.standbys[0]
            if standby.synchronous:
                return self.tr("Connected: a handover is confirmed only once it is on both laptops")
            return self.tr("Connected, catching up with the hub")
        if report.standby_known:
            return self.tr("NOT connected: the hub carries on alone")
        return self.tr("None. A second laptop becomes the standby with: kiosk hub standby CODE")


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _set_state(label: QLabel, state: str) -> None:
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:160] if text else ""
