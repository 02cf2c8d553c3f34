"""Printing's dialogs: a card, a reprint, the print jobs, a batch, and verifying a card."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.config import default_data_dir
from kiosk.security.roles import Permission
from kiosk.ui.common.desk import Desk, SignedIn, open_dialog, worker_on_screen
from kiosk.ui.common.printers import Printers
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor
from kiosk.usecases.lookup import Lookup
from kiosk.usecases.operators import Operators

if TYPE_CHECKING:
    # The printing use cases and the card's code load with the first dialog, not at start-up.
    from kiosk.usecases.batch_plan import BatchPlan, BatchScope
    from kiosk.usecases.cards import Verification
    from kiosk.usecases.job_records import JobRow
    from kiosk.usecases.print_batch import BatchResult, Cancelled, Progress
    from kiosk.usecases.print_jobs import PrintJobs
    from kiosk.usecases.printing_services import Printing

# Checks a scanned card's QR text against the registry and the trusted keys; on the pool.
Verify = Callable[[str], "Verification"]


class PrintingFeature(QObject):
    """Opens printing's dialogs; the printing itself runs on the pool, and the printing use
    cases are built there on first use (they need the card-signing key)."""

    def __init__(
        self,
        printing: Callable[[], Printing],
        operators: Operators,
        lookup: Lookup,
        printers: Printers,
        verify: Verify,
        runner: Runner,
        signed_in: SignedIn,
        desk: Desk,
    ) -> None:
        super().__init__(desk.window())
        self._printing = printing
        self._operators = operators
        self._lookup = lookup
        self._printers = printers
        self._verify = verify
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk

    def _jobs(self) -> PrintJobs:
        return self._printing().jobs  # built on the pool, on first use

    def _approval(self, actor: Actor, permission: Permission) -> Callable[[str, str], Actor]:
        def approve(username: str, pin: str) -> Actor:
            return self._operators.approve(username, pin, permission, requested_by=actor)

        return approve

    def open_print(self, worker_id: int) -> None:
        self._open_print(worker_id, reprint=False)

    def open_reprint(self, worker_id: int) -> None:
        self._open_print(worker_id, reprint=True)

    def _open_print(self, worker_id: int, *, reprint: bool) -> None:
        found = worker_on_screen(self._desk, self._signed_in, worker_id)
        if found is None:
            return
        actor, detail = found
        # Imported on first use: the preview's PDF renderer (pypdfium2) is heavy.
        from kiosk.ui.printing.print_dialog import PrintActions, PrintDialog
        from printing.preview import pdf_page_png

        jobs = self._jobs
        actions = PrintActions(
            preview=lambda width: pdf_page_png(jobs().preview_card(actor, worker_id), width),
            render=pdf_page_png,
            print_card=lambda url: jobs().print_card(actor, worker_id, url),
            print_receipt=lambda url: jobs().print_receipt(actor, worker_id, url),
            retry=lambda job, url: jobs().retry(actor, job, url or None),
            reprint_card=lambda reason, approver, url: jobs().reprint_card(
                actor, worker_id, reason, approver, url
            ),
            approve=self._approval(actor, Permission.REQUEST_REPRINT),
        )
        dialog = PrintDialog(
            worker_id,
            detail.full_name,
            actions,
            self._runner,
            card_printer=self._printers.card(),
            receipt_printer=self._printers.receipt_printer,
            reprint=reprint,
            parent=self._desk.window(),
        )
        dialog.printed.connect(self._desk.refresh_worker)
        open_dialog(dialog, self._desk)

    def open_print_jobs(self) -> None:
        actor = self._signed_in()
        if actor is None:
            return
        from kiosk.ui.printing.print_jobs_dialog import PrintJobsDialog, jobs_to_look_at

        jobs = self._jobs

        def list_jobs(to_look_at: bool) -> list[JobRow]:
            if to_look_at:
                return jobs_to_look_at(lambda status: jobs().jobs(actor, status=status))
            return jobs().jobs(actor)

        def resolve(job: int, printed: bool, approver: Actor) -> None:
            jobs().resolve(actor, job, printed=printed, approved_by=approver)

        dialog = PrintJobsDialog(
            list_jobs,
            lambda job, url: jobs().retry(actor, job, url or None),
            self._runner,
            self._desk.window(),
            resolve=resolve,
            approve=self._approval(actor, Permission.PRINT_CARD),
        )
        dialog.printed.connect(self._desk.refresh_worker)
        open_dialog(dialog, self._desk)

    def open_batch(self) -> None:
        actor = self._signed_in()
        if actor is None:
            return
        from kiosk.ui.printing.batch_dialog import BatchPrintDialog
        from kiosk.usecases.printing_services import CARDS_FOLDER

        dialog = BatchPrintDialog(
            _LazyBatches(self._printing),
            actor,
            self._runner,
            kecamatan_choices=self._lookup.kecamatan_choices,
            desa_choices=self._lookup.desa_choices,
            card_printer=self._printers.card(),
            default_folder=default_data_dir() / CARDS_FOLDER,
            parent=self._desk.window(),
        )
        dialog.batch_finished.connect(lambda _result: self._desk.refresh_results())
        open_dialog(dialog, self._desk)

    def open_verify(self) -> None:
        actor = self._signed_in()
        # A card's check shows its worker's name: not for a monitor, who may not search.
        if actor is None or not actor.may(Permission.SEARCH):
            return
        from kiosk.ui.printing.verify_dialog import VerifyDialog

        open_dialog(VerifyDialog(self._verify, self._runner, self._desk.window()), self._desk)


class _LazyBatches:
    """CardBatches, built on the pool at first use (it needs the signing key)."""

    def __init__(self, printing: Callable[[], Printing]) -> None:
        self._printing = printing

    def plan(self, scope: BatchScope) -> BatchPlan:
        return self._printing().batches.plan(scope)

    def run(
        self,
        actor: Actor | None,
        scope: BatchScope,
        *,
        out: Path | None = None,
        printer: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BatchResult:
        return self._printing().batches.run(
            actor, scope, out=out, printer=printer, progress=progress, cancelled=cancelled
        )
