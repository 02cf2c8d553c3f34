"""Composition root of the GUI: builds the database, the use cases and the main window."""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session, sessionmaker

from kiosk.bank.http import HttpBankConnector
from kiosk.bootstrap import open_database
from kiosk.config import (
    APP_NAME,
    ENV_BANK_TOKEN,
    RESOURCES_DIR,
    TRANSLATIONS_DIR,
    Config,
    default_data_dir,
    today_in_ntt,
)
from kiosk.security.idle import IdleLock, Monotonic
from kiosk.security.pins import PinHasher
from kiosk.security.roles import Permission
from kiosk.signing import load_trusted_keys, open_signing_keys, signing_key_path
from kiosk.texts.handover import handed_over_text, receipt_failed_text
from kiosk.texts.printing import printer_error_text
from kiosk.ui.account_dialog import AccountActions, AccountDialog
from kiosk.ui.activity import ActivityFilter
from kiosk.ui.batch_dialog import BatchPrintDialog
from kiosk.ui.correction_dialog import CorrectionDialog
from kiosk.ui.first_run_dialog import FirstRunDialog
from kiosk.ui.handover_dialog import HandoverActions, HandoverDialog
from kiosk.ui.i18n import Translations
from kiosk.ui.import_dialog import ImportDialog, Importer
from kiosk.ui.kiosk_mode import KioskGuard
from kiosk.ui.lookup_controller import LookupController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.operators_dialog import OperatorsDialog
from kiosk.ui.print_dialog import PrintActions, PrintDialog
from kiosk.ui.print_jobs_dialog import PrintJobsDialog, jobs_to_look_at
from kiosk.ui.progress_dialog import EventProgressDialog
from kiosk.ui.runner import Runner
from kiosk.ui.session_controller import IDLE_CHECK_MS, SessionController
from kiosk.ui.style import apply_style
from kiosk.ui.verify_dialog import VerifyDialog
from kiosk.usecases.audit import (
    Actor,
    AuditAction,
    Auditor,
    Clock,
    Workstation,
    utc_now,
    verify_trail,
)
from kiosk.usecases.bank import BankAccounts, SendReport
from kiosk.usecases.bast import NoEventError, bast_content, write_bast
from kiosk.usecases.cards import Verification, verify_card
from kiosk.usecases.corrections import Correction, Corrections
from kiosk.usecases.handover import HandoverDone, Handovers
from kiosk.usecases.importing import (
    Describer,
    ImportAudit,
    ImportSummary,
    ProgressCallback,
    RejectsLabels,
    import_file,
)
from kiosk.usecases.lookup import Lookup
from kiosk.usecases.operators import Operators
from kiosk.usecases.print_batch import (
    BatchPlan,
    BatchResult,
    BatchScope,
    Cancelled,
    Progress,
    folder_url,
)
from kiosk.usecases.print_jobs import JobOutcome, JobRow, PrintJobs
from kiosk.usecases.printing_services import (
    CARDS_FOLDER,
    Printing,
    build_printing,
    default_card_printer,
)
from kiosk.usecases.progress import event_progress
from kiosk.usecases.retention import PurgeTrigger, purge_documents
from printing.bast import BastSummary
from printing.preview import pdf_page_png

log = logging.getLogger(__name__)

STYLE_SHEET = RESOURCES_DIR / "style" / "kiosk.qss"
RECEIPTS_FOLDER = "tanda-terima"  # receipts as PDFs, where there is no receipt printer
COUNTS_REFRESH_MS = 30_000
OUTBOX_MS = 15_000  # how often pending account applications are offered to the bank
# Lookups are short reads; a few threads keep a slow query from holding up a detail view.
POOL_THREADS = 3
NO_SITE = "—"

# The public keys whose cards verify here, read at each check: verifying needs no signing key
# of its own, and a key dropped into trusted-keys/ counts without a restart.
TrustedKeys = Callable[[], Mapping[bytes, Ed25519PublicKey]]


def trusted_keys_from_environment() -> Mapping[bytes, Ed25519PublicKey]:
    return load_trusted_keys(signing_key_path())


class LazyPrinting:
    """The printing use cases, built on first use: they need the card-signing key, which
    is made on first use, and a key that cannot be used must not stop the kiosk from
    starting (lookup works without it). Called on the pool; the error reaches the dialog."""

    def __init__(self, sessions: sessionmaker[Session], auditor: Auditor, config: Config) -> None:
        self._sessions = sessions
        self._auditor = auditor
        self._config = config
        self._lock = threading.Lock()
        self._printing: Printing | None = None

    def __call__(self) -> Printing:
        with self._lock:
            if self._printing is None:
                keys = open_signing_keys(signing_key_path())
                self._printing = build_printing(self._sessions, self._auditor, self._config, keys)
            return self._printing


@dataclass(frozen=True)
class Services:
    """The use cases of one kiosk, sharing one auditor stamped with this workstation."""

    sessions: sessionmaker[Session]
    auditor: Auditor
    operators: Operators
    lookup: Lookup
    corrections: Corrections
    printing: Callable[[], Printing]
    config: Config


def build_services(
    config: Config,
    sessions: sessionmaker[Session],
    *,
    hasher: PinHasher | None = None,
    clock: Clock = utc_now,
) -> Services:
    auditor = Auditor(sessions, Workstation(config.site or NO_SITE, config.device), clock)
    operators = Operators(
        sessions,
        auditor,
        hasher or PinHasher(),
        lockout=dt.timedelta(minutes=config.lockout_minutes),
    )
    return Services(
        sessions=sessions,
        auditor=auditor,
        operators=operators,
        lookup=Lookup(sessions, auditor),
        corrections=Corrections(sessions, auditor),
        printing=LazyPrinting(sessions, auditor, config),
        config=config,
    )


def make_importer(
    sessions: sessionmaker[Session], today: Callable[[], dt.date], audit: ImportAudit
) -> Importer:
    """The import use case with the registry, the calendar and the importing operator."""

    def run(
        path: Path, progress: ProgressCallback, describe: Describer, labels: RejectsLabels
    ) -> ImportSummary:
        return import_file(
            sessions,
            path,
            today=today(),
            progress=progress,
            describe=describe,
            rejects_labels=labels,
            audit=audit,
        )

    return run


def build_main_window(
    config: Config,
    sessions: sessionmaker[Session],
    translations: Translations,
    pool: QThreadPool,
    *,
    today: Callable[[], dt.date] = today_in_ntt,
    hasher: PinHasher | None = None,
    clock: Clock = utc_now,
    idle_clock: Monotonic = time.monotonic,
    idle_check_ms: int = IDLE_CHECK_MS,
    kiosk_mode: bool = False,
    trusted: TrustedKeys = trusted_keys_from_environment,
) -> MainWindow:
    """Wire the kiosk: use cases -> runner -> controllers -> window, and the dialogs.

    The window starts on the sign-in page (or the first-run dialog) and asks the registry
    in the background whether anyone can sign in.
    """
    services = build_services(config, sessions, hasher=hasher, clock=clock)
    runner = Runner(pool)
    controller = LookupController(services.lookup, runner)
    idle = IdleLock.after_minutes(config.idle_lock_minutes, idle_clock)
    session = SessionController(
        services.operators,
        runner,
        idle,
        partial(verify_trail, sessions),
        idle_check_ms=idle_check_ms,
    )
    window = MainWindow(
        controller,
        session,
        language=config.language,
        site=config.site,
        device=config.device,
        kiosk_mode=kiosk_mode,
    )
    for child in (runner, controller, session):
        child.setParent(window)
    app = QApplication.instance()
    if app is not None:
        # Any key, click or touch anywhere in the kiosk keeps the screen from locking.
        app.installEventFilter(ActivityFilter(idle.touch, window))
    window.language_requested.connect(translations.switch)
    _connect_dialogs(window, services, runner, session, today, trusted)
    _purge_at_start(services, runner)
    if kiosk_mode:
        KioskGuard(
            window,
            partial(authorize_leaving, services.operators),
            partial(record_leaving, services.auditor),
            runner,
            signed_in=lambda: session.actor,
        )
    session.start()
    return window


def _purge_at_start(services: Services, runner: Runner) -> None:
    """Tanda terima and card PDFs past their retention go at each start, on the pool."""
    runner.run(
        lambda: purge_documents(
            services.sessions,
            services.auditor,
            None,
            services.config.retention_days,
            trigger=PurgeTrigger.START,
        ),
        lambda report: log.info("Start-up purge: %d documents deleted", report.removed),
        lambda error: log.warning("The start-up purge failed: %s", type(error).__name__),
    )


def authorize_leaving(operators: Operators, username: str, pin: str) -> Actor:
    return operators.authorize(username, pin, Permission.LEAVE_KIOSK_MODE)


def record_leaving(auditor: Auditor, approver: Actor, signed_in: Actor | None) -> None:
    details = {"signed_in": signed_in.username} if signed_in is not None else None
    auditor.record_now(approver, AuditAction.KIOSK_MODE_LEFT, details=details)


def _connect_dialogs(
    window: MainWindow,
    services: Services,
    runner: Runner,
    session: SessionController,
    today: Callable[[], dt.date],
    trusted: TrustedKeys,
) -> None:
    """Each dialog is made when asked for, for the operator signed in at that moment."""

    def open_import_dialog() -> None:
        actor = session.actor
        if actor is None:
            return
        importer = make_importer(services.sessions, today, ImportAudit(services.auditor, actor))
        dialog = ImportDialog(importer, runner, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.imported.connect(window.lookup_page.refresh)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def open_operators_dialog() -> None:
        actor = session.actor
        if actor is None:
            return
        dialog = OperatorsDialog(
            services.operators, actor, runner, clock=services.auditor.clock, parent=window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def open_first_run_dialog() -> None:
        dialog = FirstRunDialog(services.operators.create_first_admin, runner, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.created.connect(window.first_admin_created)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def open_correction_dialog(worker_id: int) -> None:
        actor = session.actor
        detail = window.lookup_page.detail_panel.detail()
        if actor is None or detail is None or detail.id != worker_id:
            return

        def correct(change: Correction, approver: Actor | None) -> dict[str, tuple[object, object]]:
            return services.corrections.correct(
                actor, worker_id, change, today=today(), approved_by=approver
            )

        def approve(username: str, pin: str) -> Actor:
            return services.operators.approve(
                username, pin, Permission.CORRECT_WORKER, requested_by=actor
            )

        dialog = CorrectionDialog(
            detail,
            actor,
            runner,
            correct=correct,
            approve=approve,
            desa_choices=services.lookup.desa_choices,
            parent=window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.corrected.connect(window.lookup_page.refresh_worker)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def open_verify_dialog() -> None:
        if session.actor is None:
            return

        def verify(text: str) -> Verification:
            return verify_card(services.sessions, trusted(), text)

        dialog = VerifyDialog(verify, runner, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    window.import_requested.connect(open_import_dialog)
    window.verify_requested.connect(open_verify_dialog)
    window.operators_requested.connect(open_operators_dialog)
    window.first_run_requested.connect(open_first_run_dialog)
    window.correction_requested.connect(open_correction_dialog)
    _connect_printing(window, services, runner, session)
    _connect_handover(window, services, runner, session, trusted)


def _connect_handover(
    window: MainWindow,
    services: Services,
    runner: Runner,
    session: SessionController,
    trusted: TrustedKeys,
) -> None:
    """The handover desk, its running counts, the tanda terima and the event's progress."""
    config = services.config
    handovers = Handovers(services.sessions, services.auditor, trusted, config.event)

    def refresh_counts() -> None:
        actor = session.actor
        if actor is None or not actor.may(Permission.HANDOVER):
            return
        runner.run(
            handovers.counts,
            lambda counts: window.show_counts(counts.desk_today, counts.event),
            lambda error: log.warning("Counts unavailable: %s", type(error).__name__),
        )

    def receipt_printer() -> str:
        if config.receipt_printer:
            return config.receipt_printer
        folder = default_data_dir() / RECEIPTS_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        return folder_url(folder)

    def print_receipt(actor: Actor, done: HandoverDone) -> None:
        """The tanda terima, with the signature, after the commit: a printer that fails
        does not undo the handover; the job waits in Print jobs for a retry."""

        def report(outcome: JobOutcome) -> None:
            if outcome.error is not None:
                window.show_message(receipt_failed_text(printer_error_text(outcome.error)), 30_000)

        runner.run(
            lambda: services.printing().jobs.print_receipt(
                actor, done.worker_id, receipt_printer()
            ),
            report,
            lambda error: log.error("Receipt failed: %s", type(error).__name__),
        )

    def open_handover_dialog(worker_id: int) -> None:
        actor = session.actor
        detail = window.lookup_page.detail_panel.detail()
        if actor is None or detail is None or detail.id != worker_id:
            return
        actions = HandoverActions(
            card_for=lambda: handovers.card_for(worker_id),
            card_from_scan=lambda text: handovers.card_from_scan(worker_id, text),
            print_card=lambda: services.printing().jobs.print_card(
                actor, worker_id, services.config.card_printer or default_card_printer()
            ),
            hand_over=lambda request: handovers.hand_over(actor, request),
        )
        dialog = HandoverDialog(
            detail, actions, runner, can_print=actor.may(Permission.PRINT_CARD), parent=window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def handed_over(done: HandoverDone) -> None:
            print_receipt(actor, done)
            window.lookup_page.refresh_worker(done.worker_id)
            refresh_counts()
            window.lookup_page.clear()
            window.lookup_page.show_notice(handed_over_text(done.worker_name))

        dialog.handed_over.connect(handed_over)
        dialog.finished.connect(window.return_focus)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def open_progress_dialog() -> None:
        actor = session.actor
        if actor is None:
            return

        def make_bast(path: Path) -> BastSummary:
            content = bast_content(
                services.sessions, services.auditor, actor, configured_event=config.event
            )
            if not content.entries:
                raise NoEventError("no handovers yet")
            return write_bast(
                services.sessions, services.auditor, actor, content, path, site=config.site
            )

        dialog = EventProgressDialog(
            lambda: event_progress(services.sessions, config.event, services.auditor, actor),
            runner,
            make_bast=make_bast if actor.may(Permission.CLOSE_DAY) else None,
            default_folder=Path.home(),
            parent=window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def open_account_dialog(worker_id: int) -> None:
        actor = session.actor
        if actor is None:
            return
        bank = BankAccounts(services.sessions, services.auditor)
        actions = AccountActions(
            prefill=lambda: bank.prefill(actor, worker_id),
            apply=lambda form, consented, signature, reuse: bank.apply(
                actor,
                worker_id,
                form,
                consented=consented,
                signature=signature,
                reuse_handover_signature=reuse,
            ),
            standing=lambda: bank.standing(worker_id),
        )
        dialog = AccountDialog(worker_id, actions, runner, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(lambda _worker: send_outbox())
        dialog.applied.connect(window.lookup_page.refresh_worker)
        dialog.opened.connect(window.lookup_page.refresh_worker)
        dialog.finished.connect(window.return_focus)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    sending = [False]

    def send_outbox() -> None:
        """The outbox: applications go to the bank in the background, whenever it answers."""
        if not config.bank_url or sending[0]:
            return
        sending[0] = True
        # Short waits and small passes on a thread of its own: a dead network never holds up
        # a lookup, nor the kiosk's closing for long.
        connector = HttpBankConnector(
            config.bank_url, token=os.environ.get(ENV_BANK_TOKEN), timeout=5.0, attempts=2
        )
        bank = BankAccounts(services.sessions, services.auditor)

        def done(report: SendReport) -> None:
            sending[0] = False
            if report.opened or report.rejected:
                detail = window.lookup_page.detail_panel.detail()
                if detail is not None:
                    window.lookup_page.refresh_worker(detail.id)

        def failed(error: Exception) -> None:
            sending[0] = False
            log.warning("The outbox could not be sent: %s", type(error).__name__)

        outbox_runner.run(lambda: bank.send_due(connector, limit=5), done, failed)

    outbox_pool = QThreadPool(window)
    outbox_pool.setMaxThreadCount(1)
    outbox_runner = Runner(outbox_pool, window)
    window.account_requested.connect(open_account_dialog)
    outbox = QTimer(window)
    outbox.setInterval(OUTBOX_MS)
    outbox.timeout.connect(send_outbox)
    outbox.start()
    QTimer.singleShot(2_000, send_outbox)  # what a crash left pending goes at once
    window.handover_requested.connect(open_handover_dialog)
    window.progress_requested.connect(open_progress_dialog)
    session.signed_in.connect(lambda _actor: refresh_counts())
    timer = QTimer(window)
    timer.setInterval(COUNTS_REFRESH_MS)  # other desks hand over too
    timer.timeout.connect(refresh_counts)
    timer.start()


def _connect_printing(
    window: MainWindow, services: Services, runner: Runner, session: SessionController
) -> None:
    """The print, reprint and print-jobs dialogs; the printing itself runs on the pool."""

    def card_printer() -> str:
        return services.config.card_printer or default_card_printer()

    def open_print_dialog(worker_id: int, reprint: bool) -> None:
        actor = session.actor
        detail = window.lookup_page.detail_panel.detail()
        if actor is None or detail is None or detail.id != worker_id:
            return

        def jobs() -> PrintJobs:
            return services.printing().jobs  # built on the pool, on first use

        def approve(username: str, pin: str) -> Actor:
            return services.operators.approve(
                username, pin, Permission.REQUEST_REPRINT, requested_by=actor
            )

        actions = PrintActions(
            preview=lambda width: pdf_page_png(jobs().preview_card(actor, worker_id), width),
            print_card=lambda url: jobs().print_card(actor, worker_id, url),
            print_receipt=lambda url: jobs().print_receipt(actor, worker_id, url),
            retry=lambda job, url: jobs().retry(actor, job, url or None),
            reprint_card=lambda reason, approver, url: jobs().reprint_card(
                actor, worker_id, reason, approver, url
            ),
            approve=approve,
        )
        dialog = PrintDialog(
            worker_id,
            detail.full_name,
            actions,
            runner,
            card_printer=card_printer(),
            receipt_printer=services.config.receipt_printer,
            reprint=reprint,
            parent=window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.printed.connect(window.lookup_page.refresh_worker)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def open_print_jobs_dialog() -> None:
        actor = session.actor
        if actor is None:
            return

        def list_jobs(to_look_at: bool) -> list[JobRow]:
            jobs = services.printing().jobs
            if to_look_at:
                return jobs_to_look_at(lambda status: jobs.jobs(actor, status=status))
            return jobs.jobs(actor)

        def resolve(job: int, printed: bool, approver: Actor) -> None:
            services.printing().jobs.resolve(actor, job, printed=printed, approved_by=approver)

        def approve(username: str, pin: str) -> Actor:
            return services.operators.approve(
                username, pin, Permission.PRINT_CARD, requested_by=actor
            )

        dialog = PrintJobsDialog(
            list_jobs,
            lambda job, url: services.printing().jobs.retry(actor, job, url or None),
            runner,
            window,
            resolve=resolve,
            approve=approve,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.printed.connect(window.lookup_page.refresh_worker)
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def open_batch_dialog() -> None:
        actor = session.actor
        if actor is None:
            return
        dialog = BatchPrintDialog(
            _LazyBatches(services.printing),
            actor,
            runner,
            kecamatan_choices=services.lookup.kecamatan_choices,
            desa_choices=services.lookup.desa_choices,
            card_printer=card_printer(),
            default_folder=default_data_dir() / CARDS_FOLDER,
            parent=window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(window.return_focus)
        dialog.batch_finished.connect(lambda _result: window.lookup_page.refresh())
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    window.print_requested.connect(lambda worker_id: open_print_dialog(worker_id, False))
    window.reprint_requested.connect(lambda worker_id: open_print_dialog(worker_id, True))
    window.print_jobs_requested.connect(open_print_jobs_dialog)
    window.batch_print_requested.connect(open_batch_dialog)


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


def run_gui(
    config: Config,
    argv: list[str],
    *,
    kiosk_mode: bool = False,
    on_ready: Callable[[MainWindow], None] | None = None,
) -> int:
    """Run the kiosk's window until it is closed; returns the exit status.

    kiosk_mode: full screen without window chrome; closing needs a supervisor.
    on_ready is called once the first screen (sign-in, or the first-run dialog) is shown and
    takes input (the start-up benchmark uses it).
    """
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Kiosk BPJS Ketenagakerjaan NTT")
    apply_style(app, STYLE_SHEET)
    translations = Translations(app, TRANSLATIONS_DIR)
    translations.switch(config.language)

    # Migrating and loading the regions happen once, before there is a window to freeze.
    sessions = open_database(config)
    pool = QThreadPool()
    pool.setMaxThreadCount(POOL_THREADS)
    try:
        window = build_main_window(config, sessions, translations, pool, kiosk_mode=kiosk_mode)
        if on_ready is not None:
            ready = on_ready
            window.ready.connect(lambda: QTimer.singleShot(0, lambda: ready(window)))
        # Without a window manager (a bare X server at an event) "maximised" means nothing:
        # fill the screen ourselves.
        window.setGeometry(app.primaryScreen().availableGeometry())
        if kiosk_mode:
            window.showFullScreen()
        else:
            window.showMaximized()
        status = app.exec()
        window.session.end()
        return status
    finally:
        # No job may still be reading when the interpreter tears the database down.
        pool.waitForDone()
