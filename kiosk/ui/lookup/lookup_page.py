"""The lookup: search box and filters, results table, and the selected worker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.security.roles import Permission
from kiosk.ui.lookup.detail_panel import DetailPanel
from kiosk.ui.lookup.lookup_controller import LookupController, worker_to_open
from kiosk.ui.lookup.results_model import ResultsModel
from kiosk.ui.lookup.results_view import ResultsView
from kiosk.ui.lookup.search_panel import SearchPanel
from kiosk.usecases.audit import Actor
from kiosk.usecases.lookup import LookupResult, QueryKind, WorkerDetail

DETAIL_WIDTH = 440


def may_correct(actor: Actor) -> bool:
    """Supervisors correct; the staff who meet workers at the desk (and check their KTP) ask
    for a correction, which a supervisor approves in place. The use case checks it again."""
    return actor.may(Permission.CORRECT_WORKER) or actor.may(Permission.HANDOVER)


class LookupPage(QWidget):
    """Presents the lookup and emits what staff do; the controller does the searching.

    Signals:
        worker_opened(int): staff opened a worker (Enter, a scan, a double tap).
        correction_requested(int): staff want to correct a worker's data.
        print_requested(int), reprint_requested(int): print a worker's card, or a new one.
        failed(str): the registry could not be read (the kind of error).
        denied(): the operator's role does not allow what they asked for.
    """

    worker_opened = Signal(int)
    correction_requested = Signal(int)
    handover_requested = Signal(int)
    paper_handover_requested = Signal(int)
    account_requested = Signal(int)
    print_requested = Signal(int)
    reprint_requested = Signal(int)
    failed = Signal(str)
    denied = Signal()

    def __init__(self, controller: LookupController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookupPage")
        self._controller = controller
        self._detail_for: int | None = None
        self._result: LookupResult | None = None

        self.search_panel = SearchPanel()
        self.results_model = ResultsModel(self)
        self.results_view = ResultsView()
        self.results_view.setModel(self.results_model)
        self.results_view.size_columns()
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        self.detail_panel = DetailPanel()
        self.detail_panel.setFixedWidth(DETAIL_WIDTH)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.search_panel)
        left.addWidget(self.results_view, 1)
        # The desk's running counts, beside the key hints: in view whenever the desk works.
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.hide()
        # What just happened (a card handed over), for a while in place of the key hints.
        self.notice_label = QLabel()
        self.notice_label.setObjectName("noticeLabel")
        # A long name must never widen the window past the screen: the notice gives way, and
        # wraps onto a second line (a long name, and where the tanda terima went).
        self.notice_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._end_notice)
        hints = QHBoxLayout()
        hints.addWidget(self.keys_hint, 1)
        hints.addWidget(self.notice_label, 1)
        hints.addWidget(self.counts_label)
        left.addLayout(hints)
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addWidget(self.detail_panel)

        panel = self.search_panel
        panel.query_edited.connect(self._on_query_edited)
        panel.scope_changed.connect(self._on_scope_changed)
        panel.kecamatan_changed.connect(self._on_kecamatan_changed)
        panel.submitted.connect(self._on_submitted)
        panel.down_pressed.connect(self._on_down_pressed)
        panel.clear_requested.connect(self._on_clear_requested)
        view = self.results_view
        view.open_requested.connect(self._on_open_requested)
        view.escape_pressed.connect(self._on_clear_requested)
        view.up_from_top.connect(panel.focus_query)
        view.text_typed.connect(panel.type_into_query)
        view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        detail = self.detail_panel
        detail.reveal_requested.connect(controller.reveal_nik)
        detail.correction_requested.connect(self.correction_requested)
        detail.handover_requested.connect(self.handover_requested)
        detail.paper_handover_requested.connect(self.paper_handover_requested)
        detail.account_requested.connect(self.account_requested)
        detail.print_requested.connect(self.print_requested)
        detail.reprint_requested.connect(self.reprint_requested)
        controller.searching.connect(panel.set_searching)
        controller.results_ready.connect(self._on_results_ready)
        controller.detail_ready.connect(self._on_detail_ready)
        controller.kecamatan_ready.connect(panel.set_kecamatan_choices)
        controller.desa_ready.connect(panel.set_desa_choices)
        controller.nik_revealed.connect(detail.show_full_nik)
        controller.failed.connect(self._on_failed)
        controller.denied.connect(self._on_denied)

        self.retranslate()
        panel.focus_query()
        controller.load_kecamatan()

    @property
    def controller(self) -> LookupController:
        return self._controller

    # ---------------------------------------------------------------- actions

    def set_actor(self, actor: Actor | None) -> None:
        """Searches go on this operator's record; the buttons follow their role."""
        self._controller.set_actor(actor)
        self.detail_panel.set_actions(
            can_reveal=actor is not None and actor.may(Permission.VIEW_FULL_NIK),
            can_correct=actor is not None and may_correct(actor),
            can_print=actor is not None and actor.may(Permission.PRINT_CARD),
            can_reprint=actor is not None and actor.may(Permission.REQUEST_REPRINT),
            can_hand_over=actor is not None and actor.may(Permission.HANDOVER),
            can_open_account=actor is not None and actor.may(Permission.OPEN_ACCOUNT),
        )

    def clear(self) -> None:
        """Sign-out: no query, no results, no worker left on screen."""
        self._controller.reset()
        self.search_panel.clear_query()
        self.search_panel.show_result(None)
        self._result = None
        self.results_model.set_hits(())
        self._detail_for = None
        self.detail_panel.show_detail(None)
        self._show_empty_text()

    def hide_secrets(self) -> None:
        """The screen locks: a revealed NIK goes back to its mask."""
        self.detail_panel.hide_full_nik()

    def focus_search(self) -> None:
        self.search_panel.focus_query()

    def open_worker(self, worker_id: int) -> None:
        """Select a worker in the results, show them, and ready the search box for the next."""
        row = self.results_model.row_of(worker_id)
        if row is not None:
            self.results_view.select_row(row)
        self._detail_for = worker_id
        self._controller.open_worker(worker_id)
        self.search_panel.select_query()
        self.worker_opened.emit(worker_id)

    def refresh(self) -> None:
        """The registry changed (an import): reload the kecamatan list and search again."""
        self._controller.load_kecamatan()
        panel = self.search_panel
        self._controller.search_now(panel.query(), panel.scope())

    def refresh_worker(self, worker_id: int) -> None:
        """A worker's data was corrected: show it again, and the results too."""
        if self._detail_for == worker_id:
            self._controller.load_detail(worker_id)
        self.refresh()

    def _show_worker(self, worker_id: int | None) -> None:
        if worker_id == self._detail_for:
            return
        self._detail_for = worker_id
        if worker_id is None:
            self._controller.forget_detail()
            self.detail_panel.show_detail(None)
        else:
            self._controller.load_detail(worker_id)

    # ---------------------------------------------------------------- view events

    def _on_query_edited(self, text: str) -> None:
        self._controller.search_soon(text, self.search_panel.scope())

    def _on_scope_changed(self) -> None:
        self._controller.search_soon(self.search_panel.query(), self.search_panel.scope())

    def _on_kecamatan_changed(self, code: str | None) -> None:
        if code is None:
            self._controller.forget_desa()
        else:
            self._controller.load_desa(code)

    def _on_submitted(self) -> None:
        panel = self.search_panel
        self._controller.search_now(panel.query(), panel.scope(), open_match=True)

    def _on_down_pressed(self) -> None:
        if self.results_model.rowCount() == 0:
            return
        self.results_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.results_view.current_row() is None:
            self.results_view.select_row(0)

    def _on_clear_requested(self) -> None:
        panel = self.search_panel
        panel.clear_query()
        panel.focus_query()
        self._controller.search_now("", panel.scope())

    def _on_open_requested(self, row: int) -> None:
        self.open_worker(self.results_model.summary(row).id)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_worker(self.results_model.summary(current.row()).id)

    # ---------------------------------------------------------------- controller events

    def _on_results_ready(self, result: LookupResult, open_match: bool) -> None:
        selected = self._detail_for
        self._result = result
        self.results_model.set_hits(result.hits)
        self.search_panel.show_result(result)
        self._show_empty_text()
        row = self.results_model.row_of(selected) if selected is not None else None
        if row is not None:
            self.results_view.select_row(row)
        else:
            self._show_worker(None)
        if open_match:
            worker_id = worker_to_open(result)
            if worker_id is not None:
                self.open_worker(worker_id)
            elif result.hits:
                # Several match: Enter takes staff into the list to choose one.
                self._on_down_pressed()

    def _on_detail_ready(self, detail: WorkerDetail | None) -> None:
        self.detail_panel.show_detail(detail)

    def _on_failed(self, kind: str) -> None:
        self.search_panel.show_error(self.tr("The registry could not be read. Try again."))
        self.failed.emit(kind)

    def show_notice(self, text: str, msecs: int = 15_000) -> None:
        """Say what just happened under the results, where the desk looks next."""
        self.notice_label.setText(text)
        self.keys_hint.hide()
        self.notice_label.show()
        self._notice_timer.start(msecs)

    def _end_notice(self) -> None:
        self.notice_label.hide()
        self.keys_hint.show()

    def _on_denied(self, _permission: Permission) -> None:
        self.denied.emit()

    # ---------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.keys_hint.setText(
            self.tr("↓ go to the list   ·   Enter open   ·   Esc clear and start again")
        )
        self.results_model.retranslate()
        self._show_empty_text()

    def _show_empty_text(self) -> None:
        result = self._result
        if result is not None and result.kind not in (QueryKind.EMPTY, QueryKind.TOO_SHORT):
            text = self.tr(
                "Nobody matches. Check the spelling, or type the NIK or KPJ number instead."
            )
        else:
            text = self.tr(
                "Type a worker's name or number, or scan their card.\n"
                "The workers found appear here."
            )
        self.results_view.set_empty_text(text)
