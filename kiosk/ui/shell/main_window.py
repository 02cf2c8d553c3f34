"""The kiosk's window: sign-in, the lookup and the idle lock, with who is at the desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.security.roles import Permission
from kiosk.ui.shell.dialog_shelf import DialogShelf
from kiosk.ui.shell.report_home import ReportHomePage
from kiosk.ui.signin.sign_in_page import LockPage, SignInPage

if TYPE_CHECKING:
    # The window shows its sign-in page before the registry, the use cases (SQLAlchemy) and
    # the lookup have loaded: they come with attach(), and their modules are imported then.
    from db.audit import VerifyResult
    from kiosk.ui.lookup.lookup_page import LookupPage
    from kiosk.ui.signin.session_controller import SessionController
    from kiosk.usecases.audit import Actor
    from kiosk.usecases.lookup import WorkerDetail
    from kiosk.usecases.operators import SignInError

# Language names are written in their own language, so that anyone can find theirs.
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
MESSAGE_MS = 15_000


def locale_for(language: str) -> QLocale:
    if language == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class MainWindow(QMainWindow):
    """Shows the sign-in page until someone signs in, then the lookup; the idle lock hides it.

    The window starts with the sign-in page alone, which takes input at once; attach() hands
    it the session controller once the registry is open, and attach_lookup() the lookup page
    right after. A sign-in submitted before the first waits for it; one answered before the
    second waits, busy, for the lookup page. The session controller decides who is signed
    in; the window follows its signals, and emits what staff ask for.

    Signals:
        language_requested(str): staff chose a language ("id" or "en").
        import_requested(), operators_requested(), first_run_requested().
        verify_requested(): check a card's QR code (anyone signed in may).
        correction_requested(int): correct this worker's data.
        handover_requested(int): hand a worker their card.
        paper_handover_requested(int): enter a worker's handover made on paper.
        account_requested(int): open a worker's Bank NTT account.
        progress_requested(): show how far the event has come.
        print_requested(int), reprint_requested(int): print a worker's card, or a new one.
        print_jobs_requested(): list the print jobs, to retry failed ones.
        batch_print_requested(): print all cards of a kecamatan or desa.
        hub_requested(), join_hub_requested(): an admin's event hub, or joining one.
        report_requested(): the programme report (a supervisor's or a monitor's).
        leave_requested(): kiosk mode: someone tried to close the window.
        ready(): the registry answered: the first screen (sign-in, or the first-run dialog)
            takes input, and signing in works.
    """

    language_requested = Signal(str)
    import_requested = Signal()
    operators_requested = Signal()
    first_run_requested = Signal()
    verify_requested = Signal()
    correction_requested = Signal(int)
    handover_requested = Signal(int)
    paper_handover_requested = Signal(int)
    account_requested = Signal(int)
    progress_requested = Signal()
    print_requested = Signal(int)
    reprint_requested = Signal(int)
    print_jobs_requested = Signal()
    batch_print_requested = Signal()
    hub_requested = Signal()
    join_hub_requested = Signal()
    report_requested = Signal()
    leave_requested = Signal()
    ready = Signal()

    def __init__(
        self,
        *,
        language: str,
        site: str,
        device: str,
        kiosk_mode: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._session: SessionController | None = None
        self._lookup_page: LookupPage | None = None
        self._counts: tuple[int, int] | None = None  # the desk's, as last shown
        self._pending_sign_in: tuple[str, str] | None = None
        # Signed in (or unlocked) before the lookup page came: shown when it comes.
        self._waiting_for_lookup: Actor | None = None
        self._site = site
        self._device = device
        self._language = language
        self._kiosk_mode = kiosk_mode
        self._may_close = not kiosk_mode
        self._is_ready = False
        self._actor: Actor | None = None
        self._trail: VerifyResult | None = None
        self._dialogs = DialogShelf(self)
        self.setLocale(locale_for(language))
        if kiosk_mode:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)

        self.audit_banner = QLabel()
        self.audit_banner.setObjectName("auditBanner")
        self.audit_banner.setWordWrap(True)
        self.audit_banner.hide()

        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("screenSubtitle")
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.language_combo.currentIndexChanged.connect(self._on_language_index_changed)
        self.language_combo.activated.connect(self._on_language_activated)
        self.language_label.setBuddy(self.language_combo)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.import_button.clicked.connect(self.import_requested)
        self.operators_button = QPushButton()
        self.operators_button.setObjectName("operatorsButton")
        self.operators_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.operators_button.clicked.connect(self.operators_requested)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verify_button.clicked.connect(self.verify_requested)
        # Printing's less frequent tools share one button: the header must fit 1366 px.
        self.printing_menu = QMenu(self)
        self.print_jobs_action = self.printing_menu.addAction("")
        self.print_jobs_action.triggered.connect(self.print_jobs_requested)
        self.batch_print_action = self.printing_menu.addAction("")
        self.batch_print_action.triggered.connect(self.batch_print_requested)
        self.progress_button = QPushButton()
        self.progress_button.setObjectName("progressButton")
        self.progress_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.progress_button.clicked.connect(self.progress_requested)
        self.report_button = QPushButton()
        self.report_button.setObjectName("reportButton")
        self.report_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.report_button.clicked.connect(self.report_requested)
        self.printing_button = QPushButton()
        self.printing_button.setObjectName("printingButton")
        self.printing_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.printing_button.setMenu(self.printing_menu)
        # The event network: an admin's, and rare; one button with a menu.
        self.hub_menu = QMenu(self)
        self.hub_action = self.hub_menu.addAction("")
        self.hub_action.triggered.connect(self.hub_requested)
        self.join_hub_action = self.hub_menu.addAction("")
        self.join_hub_action.triggered.connect(self.join_hub_requested)
        self.hub_button = QPushButton()
        self.hub_button.setObjectName("hubButton")
        self.hub_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hub_button.setMenu(self.hub_menu)

        header = QHBoxLayout()
        header.setSpacing(12)
        # Narrower than other buttons: a supervisor's six tools and the language fit 1366 px.
        for button in (
            self.verify_button,
            self.progress_button,
            self.report_button,
            self.printing_button,
            self.operators_button,
            self.import_button,
            self.hub_button,
        ):
            button.setProperty("header", True)
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addStretch(1)
        header.addWidget(self.verify_button)
        header.addWidget(self.progress_button)
        header.addWidget(self.report_button)
        header.addWidget(self.printing_button)
        header.addWidget(self.operators_button)
        header.addWidget(self.import_button)
        header.addWidget(self.hub_button)
        header.addSpacing(8)
        header.addWidget(self.language_label)
        header.addWidget(self.language_combo)

        self.sign_in_page = SignInPage()
        self.lock_page = LockPage()
        # A monitor's page: they may not search, so they never see the lookup.
        self.report_home = ReportHomePage()
        self.report_home.report_requested.connect(self.report_requested)
        self.pages = QStackedWidget()
        for page in (self.sign_in_page, self.lock_page, self.report_home):
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(self.sign_in_page)

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        self._central_layout = layout
        layout.setContentsMargins(16, 10, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(self.audit_banner)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.operator_label = QLabel()
        self.operator_label.setObjectName("operatorLabel")
        self.place_label = QLabel()
        self.place_label.setObjectName("placeLabel")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leave_button.clicked.connect(self.close)
        self.leave_button.setVisible(kiosk_mode)
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        # Permanent widgets: a passing message never hides who is signed in.
        status.addPermanentWidget(self.operator_label)
        status.addPermanentWidget(self.place_label)
        status.addPermanentWidget(self.sign_out_button)
        status.addPermanentWidget(self.leave_button)

        self.sign_in_page.submitted.connect(self._on_sign_in_submitted)
        self.sign_in_page.first_run_requested.connect(self.first_run_requested)
        self.lock_page.unlock_submitted.connect(self._on_unlock_submitted)

        self._show_actor(None)
        self.retranslate()
        self.sign_in_page.focus()

    # ---------------------------------------------------------------- for the composition

    def attach(self, session: SessionController) -> None:
        """The registry is open: the session controller joins the window; signing in works.

        A sign-in submitted meanwhile goes ahead now; session.start() then asks the registry
        whether anyone can sign in (ready follows its answer). The lookup page follows with
        attach_lookup().
        """
        assert self._session is None, "the window is attached once"
        self._session = session
        self.sign_out_button.clicked.connect(session.sign_out)
        self.lock_page.switch_requested.connect(session.sign_out)
        session.started.connect(self._on_started)
        session.signed_in.connect(self._on_signed_in)
        session.sign_in_refused.connect(self._on_sign_in_refused)
        session.signed_out.connect(self._on_signed_out)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        session.unlock_refused.connect(self._on_unlock_refused)
        session.trail_checked.connect(self._on_trail_checked)
        session.failed.connect(self._on_session_failed)
        self._show_actor(None)
        pending, self._pending_sign_in = self._pending_sign_in, None
        if pending is not None:
            self.sign_in_page.set_busy(False)
            self._on_sign_in_submitted(*pending)

    def attach_lookup(self, lookup_page: LookupPage) -> None:
        """The lookup page joins the window (after attach()); whoever signed in meanwhile
        sees it now."""
        assert self._session is not None, "the session comes first"
        assert self._lookup_page is None, "the lookup page is attached once"
        self._lookup_page = lookup_page
        self.pages.insertWidget(1, lookup_page)
        lookup_page.correction_requested.connect(self.correction_requested)
        lookup_page.handover_requested.connect(self.handover_requested)
        lookup_page.paper_handover_requested.connect(self.paper_handover_requested)
        lookup_page.account_requested.connect(self.account_requested)
        lookup_page.print_requested.connect(self.print_requested)
        lookup_page.reprint_requested.connect(self.reprint_requested)
        lookup_page.failed.connect(self._on_technical_failure)
        lookup_page.denied.connect(self.show_denied)
        waiting, self._waiting_for_lookup = self._waiting_for_lookup, None
        if waiting is not None and waiting is self.session.actor and not self.session.is_locked:
            self._on_signed_in(waiting)
        else:
            self._show_actor(self._actor)

    @property
    def session(self) -> SessionController:
        assert self._session is not None, "the window is not attached yet"
        return self._session

    @property
    def lookup_page(self) -> LookupPage:
        assert self._lookup_page is not None, "the window is not attached yet"
        return self._lookup_page

    @property
    def counts_label(self) -> QLabel:
        return self.lookup_page.counts_label

    def is_attached(self) -> bool:
        """The registry is open and the session is in place: signing in works."""
        return self._session is not None

    def has_lookup(self) -> bool:
        """The lookup page is in place too: the window is whole."""
        return self._lookup_page is not None

    def is_ready(self) -> bool:
        """The registry answered; the first screen (sign-in, or the first-run dialog) takes
        input."""
        return self._is_ready

    def first_admin_created(self, actor: Actor) -> None:
        """The first admin exists: they sign in with the PIN they just chose."""
        self.sign_in_page.set_first_run(False)
        self.sign_in_page.reset(
            username=actor.username,
            message=self.tr("The administrator is created. Sign in with the new PIN."),
        )
        self.sign_in_page.focus()

    def return_focus(self) -> None:
        """A dialog closed: the keyboard goes back to the page (no window manager does it)."""
        if self._dialogs.open_dialogs():
            return
        self.activateWindow()
        page = self.pages.currentWidget()
        if page is not None and page is self._lookup_page:
            self.lookup_page.focus_search()
        elif page is self.report_home:
            self.report_home.focus()
        elif page is self.lock_page:
            self.lock_page.focus()
        else:
            self.sign_in_page.focus()

    def show_counts(self, desk_today: int, event: int) -> None:
        """The running counts of the handover desk, always in view."""
        self._counts = (desk_today, event)
        text = self.tr("This desk today: %1  ·  Event: %2")
        locale = self.locale()
        self.counts_label.setText(
            text.replace("%1", locale.toString(desk_today)).replace("%2", locale.toString(event))
        )

    def show_hub_status(self, label: QWidget, banner: QWidget) -> None:
        """The desk's hub: its label in the status bar under the site and device (beside
        them, the footer would not fit 1366 pixels), its banner (shown when the hub is away)
        above the page."""
        status = self.statusBar()
        status.removeWidget(self.place_label)
        where = QWidget()
        column = QVBoxLayout(where)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.place_label)
        column.addWidget(label)
        status.insertPermanentWidget(1, where)
        self.place_label.show()
        self._central_layout.insertWidget(1, banner)

    def show_message(self, text: str, msecs: int = 10_000) -> None:
        self.statusBar().showMessage(text, msecs)

    def current_worker(self) -> WorkerDetail | None:
        """The worker whose details are on screen, if any."""
        if self._lookup_page is None:
            return None
        return self._lookup_page.detail_panel.detail()

    def refresh_worker(self, worker_id: int) -> None:
        self.lookup_page.refresh_worker(worker_id)

    def refresh_results(self) -> None:
        self.lookup_page.refresh()

    def next_worker(self, notice: str) -> None:
        """The desk is done with a worker: clear the lookup for the next, saying why."""
        self.lookup_page.clear()
        self.lookup_page.show_notice(notice)

    def show_denied(self) -> None:
        """A use case refused the action: the operator's role does not allow it."""
        from kiosk.texts.operators import not_allowed_for_role

        text = not_allowed_for_role()
        self.lookup_page.search_panel.show_error(text)
        self.statusBar().showMessage(text, MESSAGE_MS)

    def leave(self) -> None:
        """Kiosk mode: leaving was approved and recorded; close for real."""
        self._may_close = True
        self.close()

    # ---------------------------------------------------------------- session events

    def _on_started(self, first_run: bool) -> None:
        self.sign_in_page.set_first_run(first_run)
        if self.pages.currentWidget() is self.sign_in_page:
            self.sign_in_page.focus()
        if first_run:
            self.first_run_requested.emit()
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()

    def _on_sign_in_submitted(self, username: str, pin: str) -> None:
        if self._session is None:
            # The registry is still opening: the sign-in goes ahead once it is open.
            self._pending_sign_in = (username, pin)
            self.sign_in_page.set_busy(True)
            return
        if self._session.sign_in(username, pin):
            self.sign_in_page.set_busy(True)

    def _on_unlock_submitted(self, username: str, pin: str) -> None:
        if self.session.unlock(username, pin):
            self.lock_page.set_busy(True)

    def _on_signed_in(self, actor: Actor) -> None:
        if self._lookup_page is None:
            # The lookup page is still being built (a moment after the registry opened).
            self._waiting_for_lookup = actor
            return
        self.sign_in_page.reset()
        if not actor.may(Permission.SEARCH):
            self.pages.setCurrentWidget(self.report_home)
            self._show_actor(actor)
            self.report_home.focus()
            return
        self.lookup_page.set_actor(actor)
        self.pages.setCurrentWidget(self.lookup_page)
        self._show_actor(actor)
        self.lookup_page.focus_search()

    def _on_sign_in_refused(self, error: SignInError) -> None:
        from kiosk.texts.operators import sign_in_refusal

        self.sign_in_page.show_refusal(sign_in_refusal(error))

    def _on_signed_out(self) -> None:
        if self._dialogs.close_all():
            self.activateWindow()
        self._waiting_for_lookup = None
        if self._lookup_page is not None:
            self._lookup_page.clear()
            self._lookup_page.set_actor(None)
        self.sign_in_page.reset()
        self.pages.setCurrentWidget(self.sign_in_page)
        self._show_actor(None)
        self.sign_in_page.focus()

    def _on_locked(self, actor: Actor) -> None:
        if self._dialogs.shelve():
            self.activateWindow()  # the keyboard comes back from the hidden dialog
        if self._lookup_page is not None:
            self._lookup_page.hide_secrets()
        self.lock_page.show_for(actor)
        self.pages.setCurrentWidget(self.lock_page)
        self._show_actor(actor)
        self.lock_page.focus()

    def _on_unlocked(self, actor: Actor) -> None:
        self.lock_page.set_busy(False)
        if self._lookup_page is None:
            self._waiting_for_lookup = actor
            return
        if actor.may(Permission.SEARCH):
            self.pages.setCurrentWidget(self.lookup_page)
            self._show_actor(actor)
            self.lookup_page.focus_search()
        else:
            self.pages.setCurrentWidget(self.report_home)
            self._show_actor(actor)
            self.report_home.focus()
        self._dialogs.restore()

    def _on_unlock_refused(self, error: SignInError) -> None:
        from kiosk.texts.operators import sign_in_refusal

        text = sign_in_refusal(error, not_allowed=self.lock_page.not_allowed_text())
        self.lock_page.show_refusal(text)

    def _on_trail_checked(self, result: VerifyResult) -> None:
        self._trail = result
        self._show_trail()

    def _on_session_failed(self, kind: str) -> None:
        from kiosk.texts.operators import could_not_check

        page = self.pages.currentWidget()
        if page is self.sign_in_page:
            self.sign_in_page.show_refusal(could_not_check())
        elif page is self.lock_page:
            self.lock_page.show_refusal(could_not_check())
        self._on_technical_failure(kind)

    def _on_technical_failure(self, kind: str) -> None:
        self.statusBar().showMessage(self.tr("Technical detail: %1").replace("%1", kind), 30_000)

    # ---------------------------------------------------------------- kiosk mode

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            # The close button, Alt+F4, the window manager: a supervisor must approve.
            event.ignore()
            self.leave_requested.emit()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._kiosk_mode and event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc never leaves full screen
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------- what is shown

    def _show_actor(self, actor: Actor | None) -> None:
        """The tools of whoever works at the desk now, and the texts of the page shown."""
        self._actor = actor
        working = actor if actor is not None and not self.session.is_locked else None
        desk = working is not None and working.may(Permission.HANDOVER)
        shown: dict[QWidget, bool] = {
            # A card's check shows its worker's name: not for a monitor, who may not search.
            self.verify_button: working is not None and working.may(Permission.SEARCH),
            self.report_button: working is not None and working.may(Permission.VIEW_REPORT),
            self.printing_button: working is not None and working.may(Permission.PRINT_CARD),
            self.progress_button: desk,
            self.import_button: working is not None and working.may(Permission.IMPORT),
            self.operators_button: working is not None
            and (
                working.may(Permission.MANAGE_OPERATORS) or working.may(Permission.UNLOCK_OPERATOR)
            ),
            self.hub_button: working is not None and working.may(Permission.CHANGE_SETTINGS),
            self.sign_out_button: working is not None,
        }
        if self._lookup_page is not None:
            shown[self.counts_label] = desk
        # Hide, retranslate, then show: one moment with the sign-in page's long title beside a
        # supervisor's buttons makes the window wider than the screen, and it never shrinks.
        for widget, visible in shown.items():
            if not visible:
                widget.setVisible(False)
        self.retranslate()
        for widget, visible in shown.items():
            if visible:
                widget.setVisible(True)

    def _show_trail(self) -> None:
        result = self._trail
        broken = result is not None and result.first_break is not None
        self.audit_banner.setVisible(broken)
        if result is not None and result.first_break is not None:
            text = self.tr("The audit trail is broken from event #{seq}: call a supervisor")
            self.audit_banner.setText(text.format(seq=result.first_break.seq))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("BPJS Ketenagakerjaan card handover"))
        if self._counts is not None and self._lookup_page is not None:
            self.show_counts(*self._counts)  # in the new language at once, not at the next refresh
        on_lookup = (
            self._lookup_page is not None and self.pages.currentWidget() is self._lookup_page
        )
        handover = self.tr("BPJS Ketenagakerjaan card handover")
        self.title_label.setText(self.tr("Find a worker") if on_lookup else handover)
        self.subtitle_label.setText(handover)
        # The lookup's header holds the tools of the operator's role: at 1366 pixels a
        # supervisor's five buttons leave no room for the programme's name (the window
        # title carries it).
        self.subtitle_label.setVisible(False)
        self.language_label.setText(self.tr("&Language"))
        self.import_button.setText(self.tr("Import list…"))
        self.import_button.setToolTip(self.tr("Import a registration list (CSV or Excel)"))
        self.progress_button.setText(self.tr("Event progress…"))
        self.progress_button.setToolTip(
            self.tr("Registered, printed, handed over and remaining, by desa; and the BAST")
        )
        self.report_button.setText(self.tr("Report…"))
        self.report_button.setToolTip(
            self.tr("The programme's report: progress per kabupaten, handovers, reconciliation")
        )
        self.printing_button.setText(self.tr("Printing"))
        self.printing_button.setToolTip(self.tr("Print jobs, and printing a whole desa at once"))
        self.print_jobs_action.setText(self.tr("Print jobs…"))
        self.batch_print_action.setText(self.tr("Print a batch of cards…"))
        self.hub_button.setText(self.tr("Event hub"))
        self.hub_button.setToolTip(self.tr("The event's hub on this laptop, or joining one"))
        self.hub_action.setText(self.tr("Event hub on this laptop…"))
        self.join_hub_action.setText(self.tr("Join the event's hub…"))
        self.verify_button.setText(self.tr("Verify card…"))
        self.verify_button.setToolTip(self.tr("Check whether a card's QR code is genuine"))
        self.operators_button.setText(self.tr("Operators…"))
        self.operators_button.setToolTip(self.tr("Add operators, or unlock a locked one"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.leave_button.setText(self.tr("Close the kiosk…"))
        actor = self._actor
        if actor is None:
            self.operator_label.setText(self.tr("Nobody is signed in"))
        else:
            from kiosk.texts.operators import role_label

            text = f"{actor.full_name} · {role_label(actor.role)}"
            if self.session.is_locked:
                text = self.tr("%1 (locked)").replace("%1", text)
            self.operator_label.setText(text)
        site = self._site or self.tr("not set")
        device = self._device or self.tr("not set")
        self.place_label.setText(
            self.tr("Site: %1   ·   Device: %2").replace("%1", site).replace("%2", device)
        )
        self._show_trail()

    def _on_language_activated(self, _index: int) -> None:
        if self._lookup_page is not None and self.pages.currentWidget() is self._lookup_page:
            self.lookup_page.focus_search()

    def _on_language_index_changed(self, _index: int) -> None:
        language = self.language_combo.currentData()
        if not isinstance(language, str) or language == self._language:
            return
        self._language = language
        self.setLocale(locale_for(language))
        self.language_requested.emit(language)
