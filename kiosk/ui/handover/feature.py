"""The handover desk: the handover dialog (which prints the tanda terima after the handover and
says where it went), and the running counts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.security.roles import Permission
from kiosk.ui.common.desk import Desk, SignedIn, open_dialog, worker_on_screen
from kiosk.ui.common.printers import Printers
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor

if TYPE_CHECKING:
    # The handover use case (the card's code, the signature pictures) is built on the pool
    # on first use: the counts after the first sign-in, or the first handover.
    import datetime as dt
    from pathlib import Path

    from db.models import IdDocument
    from kiosk.usecases.handover import HandoverDone, Handovers
    from kiosk.usecases.handover_paper import PaperHandovers
    from kiosk.usecases.operators import Operators
    from kiosk.usecases.printing_services import Printing

log = logging.getLogger(__name__)

COUNTS_REFRESH_MS = 30_000  # other desks hand over too


class HandoverFeature(QObject):
    """Opens the handover dialog for the worker on screen; after a handover, clears the desk
    for the next worker (the dialog prints the tanda terima).

    Signals:
        counts_changed(int, int): handed over at this desk today, and at the whole event.
        worker_done(str): the worker has their card; the text says so, for the next screen.
    """

    counts_changed = Signal(int, int)
    worker_done = Signal(str)

    def __init__(
        self,
        handovers: Callable[[], Handovers],
        printing: Callable[[], Printing],
        printers: Printers,
        runner: Runner,
        signed_in: SignedIn,
        desk: Desk,
        *,
        paper: Callable[[], PaperHandovers] | None = None,
        operators: Operators | None = None,
    ) -> None:
        super().__init__(desk.window())
        self._handovers = handovers
        self._paper = paper  # with operators: handovers made on paper can be entered
        self._operators = operators
        self._printing = printing
        self._printers = printers
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTS_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_counts)
        self._timer.start()

    def refresh_counts(self) -> None:
        actor = self._signed_in()
        if actor is None or not actor.may(Permission.HANDOVER):
            return
        self._runner.run(
            lambda: self._handovers().counts(),
            lambda counts: self.counts_changed.emit(counts.desk_today, counts.event),
            lambda error: log.warning("Counts unavailable: %s", type(error).__name__),
        )

    def open_handover(self, worker_id: int) -> None:
        found = worker_on_screen(self._desk, self._signed_in, worker_id)
        if found is None:
            return
        actor, detail = found
        from kiosk.ui.handover.handover_dialog import HandoverActions, HandoverDialog  # first use

        handovers = self._handovers  # built on the pool, by the first of these
        actions = HandoverActions(
            card_for=lambda: handovers().card_for(worker_id),
            card_from_scan=lambda text: handovers().card_from_scan(worker_id, text),
            card_from_serial=lambda text: handovers().card_from_serial(worker_id, text),
            print_card=lambda: self._printing().jobs.print_card(
                actor, worker_id, self._printers.card()
            ),
            hand_over=lambda request: handovers().hand_over(actor, request),
            # After the commit: a printer that fails does not undo the handover; the job
            # waits in Print jobs for a retry.
            print_receipt=lambda: self._printing().jobs.print_receipt(
                actor, worker_id, self._printers.receipt()
            ),
            retry_receipt=lambda job_id: self._printing().jobs.retry(
                actor, job_id, self._printers.receipt()
            ),
        )
        can_print = actor.may(Permission.PRINT_CARD)
        dialog = HandoverDialog(
            detail,
            actions,
            self._runner,
            can_print=can_print,
            card_printer=self._printers.card() if can_print else "",
            parent=self._desk.window(),
        )
        dialog.handed_over.connect(self._on_handed_over)
        from kiosk.texts.handover import handed_over_text

        name = detail.full_name
        dialog.receipt_printed.connect(
            lambda where: self.worker_done.emit(f"{handed_over_text(name)} {where}")
        )
        open_dialog(dialog, self._desk)

    def _on_handed_over(self, done: HandoverDone) -> None:
        from kiosk.texts.handover import handed_over_text

        self._desk.refresh_worker(done.worker_id)
        self.refresh_counts()
        self.worker_done.emit(handed_over_text(done.worker_name))

    def open_paper_handover(self, worker_id: int) -> None:
        """Enter a handover made on paper (a receipt signed by hand while no hub could be
        reached) for the worker on screen, with a supervisor's approval."""
        paper, operators = self._paper, self._operators
        found = worker_on_screen(self._desk, self._signed_in, worker_id)
        if found is None or paper is None or operators is None:
            return
        actor, detail = found
        if not actor.may(Permission.HANDOVER):
            return
        from kiosk.ui.handover.paper_dialog import PaperHandoverDialog  # first use

        kpj = detail.kpj

        def record(
            serial: str, at: dt.datetime, document: IdDocument, scan: Path, approver: Actor
        ) -> HandoverDone:
            from kiosk.usecases.handover_paper import MAX_SCAN_BYTES, PaperHandoverRequest

            with scan.open("rb") as scan_file:
                data = scan_file.read(MAX_SCAN_BYTES + 1)
            request = PaperHandoverRequest(
                kpj=kpj, serial=serial, at=at, scan=data, document=document
            )
            return paper().record(actor, request, approver)

        def approve(username: str, pin: str) -> Actor:
            return operators.approve(username, pin, Permission.HANDOVER, requested_by=actor)

        dialog = PaperHandoverDialog(
            detail, self._runner, record=record, approve=approve, parent=self._desk.window()
        )
        dialog.recorded.connect(self._on_paper_recorded)
        open_dialog(dialog, self._desk)

    def _on_paper_recorded(self, done: HandoverDone) -> None:
        from kiosk.ui.handover.paper_dialog import paper_done_text

        self._desk.refresh_worker(done.worker_id)
        self.refresh_counts()
        self.worker_done.emit(paper_done_text(done))
