"""Bank NTT accounts: the account dialog, and the outbox that sends applications to the bank."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer

from kiosk.ui.common.desk import Desk, SignedIn, open_dialog
from kiosk.ui.common.runner import Runner

if TYPE_CHECKING:
    # The accounts' use case (and the handover's signature code it shares) is built on
    # first use: the first account opened, or the outbox's first pass, on the pool.
    from kiosk.bank.model import BankConnector
    from kiosk.usecases.bank import BankAccounts, SendReport

log = logging.getLogger(__name__)

OUTBOX_MS = 15_000  # how often pending account applications are offered to the bank
OUTBOX_FIRST_MS = 2_000  # what a crash left pending goes at once
OUTBOX_BATCH = 5


class BankFeature(QObject):
    """Opens the account dialog; applications go to the bank in the background, whenever
    it answers. Without a bank (connect is None) they wait in the outbox."""

    def __init__(
        self,
        bank: Callable[[], BankAccounts],
        connect: Callable[[], BankConnector] | None,
        runner: Runner,
        signed_in: SignedIn,
        desk: Desk,
    ) -> None:
        super().__init__(desk.window())
        self._bank = bank
        self._connect = connect
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk
        self._sending = False
        # Short waits and small passes on a thread of its own: a dead network never holds up
        # a lookup, nor the kiosk's closing for long.
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self._outbox_runner = Runner(pool, self)
        self._outbox = QTimer(self)
        self._outbox.setInterval(OUTBOX_MS)
        self._outbox.timeout.connect(self.send_outbox)
        self._outbox.start()
        QTimer.singleShot(OUTBOX_FIRST_MS, self.send_outbox)

    def open_account(self, worker_id: int) -> None:
        actor = self._signed_in()
        if actor is None:
            return
        from kiosk.ui.bank.account_dialog import AccountActions, AccountDialog  # on first use

        bank = self._bank
        actions = AccountActions(
            prefill=lambda: bank().prefill(actor, worker_id),
            apply=lambda form, consented, signature, reuse: bank().apply(
                actor,
                worker_id,
                form,
                consented=consented,
                signature=signature,
                reuse_handover_signature=reuse,
            ),
            standing=lambda: bank().standing(worker_id),
        )
        dialog = AccountDialog(
            worker_id,
            actions,
            self._runner,
            online=self._connect is not None,
            parent=self._desk.window(),
        )
        dialog.applied.connect(lambda _worker: self.send_outbox())
        dialog.applied.connect(self._desk.refresh_worker)
        dialog.opened.connect(self._desk.refresh_worker)
        open_dialog(dialog, self._desk)

    def send_outbox(self) -> None:
        if self._connect is None or self._sending:
            return
        self._sending = True
        connector = self._connect()
        self._outbox_runner.run(
            lambda: self._bank().send_due(connector, limit=OUTBOX_BATCH),
            self._on_sent,
            self._on_send_failed,
        )

    def _on_sent(self, report: SendReport) -> None:
        self._sending = False
        if report.opened or report.rejected:
            detail = self._desk.current_worker()
            if detail is not None:
                self._desk.refresh_worker(detail.id)

    def _on_send_failed(self, error: Exception) -> None:
        self._sending = False
        log.warning("The outbox could not be sent: %s", type(error).__name__)
