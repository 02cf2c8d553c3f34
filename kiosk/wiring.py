"""The kiosk's registry, use cases and features, wired to its window (the composition root's
second half; kiosk/app.py is the first).

Read it top to bottom: open_registry opens the database; wire_sign_in makes the session and
the operators' use cases and attaches them to the window: from then on a sign-in is
answered. load_desk (on the pool) and wire_desk (on the UI thread) then add the lookup page
and hand each feature package (kiosk/ui/<feature>/feature.py) the use cases it needs; wire
does all of it at once. run_gui imports this module on the pool once the window shows its
sign-in page: SQLAlchemy and what signing in needs load meanwhile, the lookup and the
features a moment after the registry is open. A feature loads its dialogs and their heavy
libraries when first opened; a use case only a dialog needs is built when first used.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.orm import Session, sessionmaker

from kiosk.bootstrap import open_database
from kiosk.config import ENV_BANK_TOKEN, Config, today_in_ntt
from kiosk.security.idle import IdleLock, Monotonic
from kiosk.security.pins import PinHasher
from kiosk.services import (
    Services,
    TrustedKeys,
    build_services,
    is_postgresql,
    register_own_key_on_hub,
    trusted_keys_from_environment,
)
from kiosk.ui.common.runner import Runner
from kiosk.ui.shell.activity import ActivityFilter
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.signin.feature import OperatorsFeature
from kiosk.ui.signin.session_controller import IDLE_CHECK_MS, SessionController
from kiosk.usecases.audit import Actor, Clock, Workstation, verify_trail

if TYPE_CHECKING:
    from kiosk.bank.model import BankConnector
    from kiosk.ui.report.feature import ReportSource
    from kiosk.usecases.cards import Verification
    from kiosk.usecases.handover_paper import PaperHandovers
    from printing.report_data import ProgrammeReport, ReportScope

log = logging.getLogger(__name__)

BANK_TIMEOUT_S = 5.0  # short waits: a dead network never holds up the kiosk's closing
BANK_ATTEMPTS = 2


def open_registry(config: Config) -> sessionmaker[Session]:
    """Migrate (when behind) and load the regions; on the pool, while the window shows."""
    return open_database(config)


def build_main_window(
    config: Config,
    sessions: sessionmaker[Session],
    translations: Translations,
    pool: QThreadPool,
    *,
    today: Callable[[], dt.date] = today_in_ntt,
    hasher: PinHasher | None = None,
    clock: Clock | None = None,
    idle_clock: Monotonic = time.monotonic,
    idle_check_ms: int = IDLE_CHECK_MS,
    kiosk_mode: bool = False,
    trusted: TrustedKeys = trusted_keys_from_environment,
) -> MainWindow:
    """The window and everything behind it at once, over an open registry (the tests')."""
    window = MainWindow(
        language=config.language, site=config.site, device=config.device, kiosk_mode=kiosk_mode
    )
    window.language_requested.connect(translations.switch)
    wire(
        window,
        config,
        sessions,
        pool,
        today=today,
        hasher=hasher,
        clock=clock,
        idle_clock=idle_clock,
        idle_check_ms=idle_check_ms,
        kiosk_mode=kiosk_mode,
        trusted=trusted,
    )
    return window


@dataclass(frozen=True)
class Wiring:
    """What wire_sign_in made, for wire_desk to build on."""

    window: MainWindow
    services: Services
    runner: Runner
    session: SessionController
    today: Callable[[], dt.date]
    trusted: TrustedKeys


def wire(
    window: MainWindow,
    config: Config,
    sessions: sessionmaker[Session],
    pool: QThreadPool,
    *,
    today: Callable[[], dt.date] = today_in_ntt,
    hasher: PinHasher | None = None,
    clock: Clock | None = None,
    idle_clock: Monotonic = time.monotonic,
    idle_check_ms: int = IDLE_CHECK_MS,
    kiosk_mode: bool = False,
    trusted: TrustedKeys = trusted_keys_from_environment,
) -> Wiring:
    """The whole window at once: the sign-in, then the lookup and the features."""
    wiring = wire_sign_in(
        window,
        config,
        sessions,
        pool,
        today=today,
        hasher=hasher,
        clock=clock,
        idle_clock=idle_clock,
        idle_check_ms=idle_check_ms,
        kiosk_mode=kiosk_mode,
        trusted=trusted,
    )
    load_desk(wiring)
    wire_desk(wiring)
    return wiring


def wire_sign_in(
    window: MainWindow,
    config: Config,
    sessions: sessionmaker[Session],
    pool: QThreadPool,
    *,
    today: Callable[[], dt.date] = today_in_ntt,
    hasher: PinHasher | None = None,
    clock: Clock | None = None,
    idle_clock: Monotonic = time.monotonic,
    idle_check_ms: int = IDLE_CHECK_MS,
    kiosk_mode: bool = False,
    trusted: TrustedKeys = trusted_keys_from_environment,
) -> Wiring:
    """Use cases -> runner -> the session -> the window: from now on a sign-in is answered
    (and the first-run dialog opens over a registry without operators).

    The session then asks the registry in the background whether anyone can sign in (the
    window's ready signal follows the answer). A short step on the UI thread: the lookup
    page and the features come with wire_desk.
    """
    services = build_services(config, sessions, hasher=hasher, clock=clock, trusted=trusted)
    runner = Runner(pool)
    idle = IdleLock.after_minutes(config.idle_lock_minutes, idle_clock)
    session = SessionController(
        services.operators,
        runner,
        idle,
        partial(verify_trail, sessions),
        idle_check_ms=idle_check_ms,
    )
    window.attach(session)
    for child in (runner, session):
        child.setParent(window)
    app = QApplication.instance()
    if app is not None:
        # Any key, click or touch anywhere in the kiosk keeps the screen from locking.
        app.installEventFilter(ActivityFilter(idle.touch, window))
    operators = OperatorsFeature(
        services.operators, runner, lambda: session.actor, window, clock=services.auditor.clock
    )
    window.first_run_requested.connect(operators.open_first_run)
    window.operators_requested.connect(operators.open_operators)
    operators.first_admin_created.connect(window.first_admin_created)
    operators.join_hub_requested.connect(
        partial(_open_join, config, services.auditor.workstation, runner, window)
    )
    if kiosk_mode:
        from kiosk.ui.shell.kiosk_mode import KioskGuard, authorize_leaving, record_leaving

        KioskGuard(
            window,
            partial(authorize_leaving, services.operators),
            partial(record_leaving, services.auditor),
            runner,
            signed_in=lambda: session.actor,
        )
    session.start()
    return Wiring(window, services, runner, session, today, trusted)


def _open_join(
    config: Config, workstation: Workstation, runner: Runner, window: MainWindow, parent: QWidget
) -> None:
    """The first-run dialog asks to join a hub: the hub feature loads now, not at start-up."""
    from kiosk.ui.hub.feature import open_join_dialog

    open_join_dialog(config, workstation, runner, window, parent)


def load_desk(wiring: Wiring) -> None:
    """The modules of the lookup page and of the features, and the lookup's use case; on the
    pool, so that wire_desk's step on the UI thread stays short."""
    import kiosk.ui.admin.feature
    import kiosk.ui.bank.feature
    import kiosk.ui.handover.feature
    import kiosk.ui.hub.feature
    import kiosk.ui.lookup.feature
    import kiosk.ui.lookup.lookup_page
    import kiosk.ui.printing.feature
    import kiosk.ui.progress.feature
    import kiosk.ui.report.feature  # noqa: F401 - loaded here, used by wire_desk

    wiring.services.lookup()


def wire_desk(wiring: Wiring) -> None:
    """The lookup page and the features join the window (on the UI thread, after
    load_desk); then the start-up jobs that signing in does not wait for."""
    from kiosk.ui.lookup.lookup_controller import LookupController
    from kiosk.ui.lookup.lookup_page import LookupPage

    window, services, runner = wiring.window, wiring.services, wiring.runner
    controller = LookupController(services.lookup(), runner)
    controller.setParent(window)
    window.attach_lookup(LookupPage(controller))
    _add_features(window, services, runner, wiring.session, wiring.today, services.trusted)
    _purge_at_start(services, runner)
    _register_key_at_start(services, runner)
    # The counts after the first sign-in need the handover's use case: built now, in the
    # background, so that signing in does not wait for its modules.
    runner.run(services.handovers, _ignore, _log_preload_failure)


def _ignore(_result: object) -> None:
    return None


def _log_preload_failure(error: Exception) -> None:
    log.warning("Preparing the handover desk failed: %s", type(error).__name__)


def _purge_at_start(services: Services, runner: Runner) -> None:
    """Tanda terima and card PDFs past their retention go at each start, on the pool."""

    def purge() -> int:
        # Imported here: the purge reads batch files' folders, which start-up need not load.
        from kiosk.usecases.retention import PurgeTrigger, purge_documents

        config = services.config
        return purge_documents(
            services.sessions, services.auditor, None, config.retention_days,
            trigger=PurgeTrigger.START,
        ).removed  # fmt: skip

    runner.run(
        purge,
        lambda removed: log.info("Start-up purge: %d documents deleted", removed),
        lambda error: log.warning("The start-up purge failed: %s", type(error).__name__),
    )


def _register_key_at_start(services: Services, runner: Runner) -> None:
    """On a PostgreSQL registry, this desk's public key is recorded for every desk to trust
    its cards (when it has a key: one is made when it first prints, and registered then)."""

    def register() -> bool:
        from kiosk.signing import load_private_key, signing_key_path

        path = signing_key_path()
        if not is_postgresql(services.sessions) or not path.exists():
            return False
        key = load_private_key(path)
        return register_own_key_on_hub(services.sessions, services.auditor, key)

    runner.run(
        register,
        lambda new: log.info("Card-signing key registered in the registry: %s", new),
        lambda error: log.warning("Registering the card-signing key failed: %s", error),
    )


def _add_features(
    window: MainWindow,
    services: Services,
    runner: Runner,
    session: SessionController,
    today: Callable[[], dt.date],
    trusted: TrustedKeys,
) -> None:
    """Each feature opens its dialogs for the operator signed in at that moment."""
    from kiosk.ui.admin.feature import ImportFeature
    from kiosk.ui.bank.feature import BankFeature
    from kiosk.ui.common.printers import Printers
    from kiosk.ui.handover.feature import HandoverFeature
    from kiosk.ui.hub.feature import HubFeature
    from kiosk.ui.lookup.feature import CorrectionFeature
    from kiosk.ui.printing.feature import PrintingFeature
    from kiosk.ui.progress.feature import ProgressFeature
    from kiosk.ui.report.feature import ReportFeature

    config, sessions, auditor = services.config, services.sessions, services.auditor
    lookup = services.lookup()

    def signed_in() -> Actor | None:
        return session.actor

    def verify(text: str) -> Verification:
        # Imported on first use: checking a card loads the card's QR and signature code.
        from kiosk.usecases.cards import verify_card

        return verify_card(sessions, trusted(), text)

    common = (runner, signed_in, window)
    printers = Printers.from_config(config)
    imports = ImportFeature(sessions, auditor, today, *common)
    window.import_requested.connect(imports.open_import)
    correction = CorrectionFeature(services.corrections, services.operators, lookup, today, *common)
    window.correction_requested.connect(correction.open_correction)
    printing = PrintingFeature(
        services.printing, services.operators, lookup, printers, verify, *common
    )
    window.print_requested.connect(printing.open_print)
    window.reprint_requested.connect(printing.open_reprint)
    window.print_jobs_requested.connect(printing.open_print_jobs)
    window.batch_print_requested.connect(printing.open_batch)
    window.verify_requested.connect(printing.open_verify)

    def paper() -> PaperHandovers:
        # Imported on first use, on the pool: entering a paper receipt is rare.
        from kiosk.usecases.handover_paper import PaperHandovers

        return PaperHandovers(sessions, auditor, config.event)

    handover = HandoverFeature(
        services.handovers,
        services.printing,
        printers,
        *common,
        paper=paper,
        operators=services.operators,
    )
    window.handover_requested.connect(handover.open_handover)
    window.paper_handover_requested.connect(handover.open_paper_handover)
    handover.counts_changed.connect(window.show_counts)
    handover.worker_done.connect(window.next_worker)
    session.signed_in.connect(lambda _actor: handover.refresh_counts())
    handover.refresh_counts()  # for whoever signed in before the desk was wired
    bank = BankFeature(services.bank, _bank_connector(config), *common)
    window.account_requested.connect(bank.open_account)
    progress = ProgressFeature(sessions, auditor, *common, event=config.event, site=config.site)
    window.progress_requested.connect(progress.open_progress)
    report = ReportFeature(_report_source(services), *common)
    window.report_requested.connect(report.open_report)
    hub = HubFeature(config, auditor.workstation, *common)
    window.hub_requested.connect(hub.open_hub)
    window.join_hub_requested.connect(hub.open_join)
    status = hub.watch_hub()
    if status is not None:
        window.show_hub_status(status.label, status.banner)


def _report_source(services: Services) -> ReportSource:
    """The programme report's use case and writers, for the report window; each imported on
    first use, on the pool (the report's use case, the PDF's reportlab, openpyxl)."""
    from kiosk.ui.report.feature import ReportSource

    sessions, auditor = services.sessions, services.auditor

    def open_report(actor: Actor, scope: ReportScope) -> ProgrammeReport:
        from kiosk.usecases.report import Reports

        return Reports(sessions, auditor, auditor.clock).open(actor, scope)

    def kabupaten() -> list[tuple[str, str]]:
        from kiosk.usecases.report import kabupaten_choices

        with sessions() as session:
            return kabupaten_choices(session)

    def save_pdf(report: ProgrammeReport, path: Path) -> None:
        from printing.report_pdf import render_report_pdf

        render_report_pdf(report, path)

    def save_xlsx(report: ProgrammeReport, path: Path) -> None:
        from kiosk.usecases.report_xlsx import write_report_xlsx

        write_report_xlsx(report, path)

    return ReportSource(open_report, kabupaten, save_pdf, save_xlsx)


def _bank_connector(config: Config) -> Callable[[], BankConnector] | None:
    """The bank's web service, if one is set up; the token comes from the environment."""
    url = config.bank_url
    if not url:
        return None
    token = os.environ.get(ENV_BANK_TOKEN)

    def connect() -> BankConnector:
        # Imported when the outbox first sends: the HTTP client need not load at start-up.
        from kiosk.bank.http import HttpBankConnector

        return HttpBankConnector(url, token=token, timeout=BANK_TIMEOUT_S, attempts=BANK_ATTEMPTS)

    return connect
