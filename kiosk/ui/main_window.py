"""The lookup screen: search box and filters, results table, and the selected worker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.detail_panel import DetailPanel
from kiosk.ui.lookup_controller import LookupController, worker_to_open
from kiosk.ui.results_model import ResultsModel
from kiosk.ui.results_view import ResultsView
from kiosk.ui.search_panel import SearchPanel
from kiosk.usecases.lookup import LookupResult, QueryKind, WorkerDetail

# Language names are written in their own language, so that anyone can find theirs.
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
DETAIL_WIDTH = 440


def locale_for(language: str) -> QLocale:
    if language == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class MainWindow(QMainWindow):
    """Presents the lookup and emits what staff do; the controller does the searching.

    Signals:
        worker_opened(int): staff opened a worker (Enter, a scan, a double tap).
        language_requested(str): staff chose a language ("id" or "en").
        import_requested(): staff want to import a registration list.
    """

    worker_opened = Signal(int)
    language_requested = Signal(str)
    import_requested = Signal()

    def __init__(
        self,
        controller: LookupController,
        *,
        language: str,
        site: str,
        device: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._controller = controller
        self._site = site
        self._device = device
        self._language = language
        self._detail_for: int | None = None
        self._result: LookupResult | None = None
        self.setLocale(locale_for(language))

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

        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addStretch(1)
        header.addWidget(self.import_button)
        header.addSpacing(8)
        header.addWidget(self.language_label)
        header.addWidget(self.language_combo)

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
        left.addWidget(self.keys_hint)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addWidget(self.detail_panel)

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 10, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.place_label = QLabel()
        self.place_label.setObjectName("placeLabel")
        self.statusBar().addPermanentWidget(self.place_label)
        self.statusBar().setSizeGripEnabled(False)

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
        controller.searching.connect(panel.set_searching)
        controller.results_ready.connect(self._on_results_ready)
        controller.detail_ready.connect(self._on_detail_ready)
        controller.kecamatan_ready.connect(panel.set_kecamatan_choices)
        controller.desa_ready.connect(panel.set_desa_choices)
        controller.failed.connect(self._on_failed)

        self.retranslate()
        panel.focus_query()
        controller.load_kecamatan()

    # ---------------------------------------------------------------- actions

    def open_worker(self, worker_id: int) -> None:
        """Select a worker in the results, show them, and ready the search box for the next."""
        row = self.results_model.row_of(worker_id)
        if row is not None:
            self.results_view.select_row(row)
        self._show_worker(worker_id)
        self.search_panel.select_query()
        self.worker_opened.emit(worker_id)

    def refresh(self) -> None:
        """The registry changed (an import): reload the kecamatan list and search again."""
        self._controller.load_kecamatan()
        panel = self.search_panel
        self._controller.search_now(panel.query(), panel.scope())

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

    def _on_language_activated(self, _index: int) -> None:
        self.search_panel.focus_query()

    def _on_language_index_changed(self, _index: int) -> None:
        language = self.language_combo.currentData()
        if not isinstance(language, str) or language == self._language:
            return
        self._language = language
        self.setLocale(locale_for(language))
        self.language_requested.emit(language)

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

    def _on_failed(self, message: str) -> None:
        self.search_panel.show_error(self.tr("The registry could not be read. Try again."))
        self.statusBar().showMessage(self.tr("Technical detail: %1").replace("%1", message), 30_000)

    # ---------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("BPJS Ketenagakerjaan card handover"))
        self.title_label.setText(self.tr("Find a worker"))
        self.subtitle_label.setText(self.tr("BPJS Ketenagakerjaan card handover"))
        self.language_label.setText(self.tr("&Language"))
        self.import_button.setText(self.tr("Import list…"))
        self.import_button.setToolTip(self.tr("Import a registration list (CSV or Excel)"))
        self.keys_hint.setText(
            self.tr("↓ go to the list   ·   Enter open   ·   Esc clear and start again")
        )
        site = self._site or self.tr("not set")
        device = self._device or self.tr("not set")
        self.place_label.setText(
            self.tr("Site: %1   ·   Device: %2").replace("%1", site).replace("%2", device)
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
