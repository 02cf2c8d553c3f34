"""The selected worker's registration data, read-only, with the NIK masked."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from db.models import WorkerStatus
from kiosk.texts.bank import account_state_text
from kiosk.texts.labels import sex_label, status_label
from kiosk.ui.lookup.palette import status_colour
from kiosk.usecases.bank_form import AccountState
from kiosk.usecases.lookup import WorkerDetail

_MISSING = "—"
# A revealed NIK is masked again after this long: long enough to compare it with the KTP.
REVEAL_MS = 30_000


class DetailPanel(QFrame):
    """Shows one WorkerDetail, or a hint when nobody is selected.

    The NIK is masked; staff whose role may see it in full press "Show the full NIK", and the
    full NIK that comes back stays for REVEAL_MS, or until another worker is shown.

    Signals:
        reveal_requested(int): show this worker's full NIK.
        correction_requested(int): correct this worker's data.
        handover_requested(int): hand this worker their card.
        paper_handover_requested(int): enter this worker's handover made on paper.
        account_requested(int): open this worker's Bank NTT account.
        print_requested(int): print this worker's card (their first).
        reprint_requested(int): print a new card replacing the printed one.
    """

    reveal_requested = Signal(int)
    correction_requested = Signal(int)
    handover_requested = Signal(int)
    paper_handover_requested = Signal(int)
    account_requested = Signal(int)
    print_requested = Signal(int)
    reprint_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self._detail: WorkerDetail | None = None
        self._full_nik: tuple[int, str] | None = None  # worker id, NIK: only while revealed
        self._can_reveal = False
        self._can_correct = False
        self._can_print = False
        self._can_reprint = False
        self._can_hand_over = False
        self._can_open_account = False
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(REVEAL_MS)
        self._reveal_timer.timeout.connect(self.hide_full_nik)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.name_label = QLabel()
        self.name_label.setObjectName("detailName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")

        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.reveal_button.clicked.connect(self._on_reveal_clicked)

        self._captions: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for key in ("nik", "kpj", "born", "sex", "occupation", "address", "region", "phone"):
            caption = QLabel()
            caption.setObjectName("detailCaption")
            # Level with the value's first line, however many lines the value takes.
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            if key == "nik":
                # One word, never cut in two, and marked (when shown in full) only as wide as it.
                value.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            else:
                value.setWordWrap(True)  # on as many lines as it needs
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._captions[key] = caption
            self._values[key] = value
            form.addRow(caption, value)
            if key == "nik":
                # Under the NIK, across both columns: its words need more room than a value.
                self._reveal_row = QHBoxLayout()
                self._reveal_row.addWidget(self.reveal_button)
                self._reveal_row.addStretch(1)
                form.addRow(self._reveal_row)
        self._form = form

        self.privacy_note = QLabel()
        self.privacy_note.setObjectName("privacyNote")
        self.privacy_note.setWordWrap(True)

        # The worker's data scrolls when long names and addresses make it taller than the
        # panel: its lines are never squeezed until they are cut.
        data = QWidget()
        data.setObjectName("detailData")
        data_layout = QVBoxLayout(data)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.setSpacing(10)
        data_layout.addWidget(self.name_label)
        data_layout.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignLeft)
        data_layout.addSpacing(6)
        data_layout.addLayout(form)
        data_layout.addSpacing(6)
        data_layout.addWidget(self.privacy_note)
        data_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("detailScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(data)
        self.scroll_area = scroll

        # What staff can do stays in view under the data, however far that scrolls.
        self.handover_button = QPushButton()
        self.handover_button.setObjectName("primaryButton")
        self.handover_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.handover_button.clicked.connect(self._on_handover_clicked)
        # Rare (afterwards, from the receipts signed by hand while no hub could be reached):
        # in a menu beside the handover, so the panel keeps its room for the worker's data.
        self.handover_menu = QMenu(self)
        self.paper_action = self.handover_menu.addAction("")
        self.paper_action.triggered.connect(self._on_paper_clicked)
        self.handover_more_button = QPushButton()
        self.handover_more_button.setObjectName("handoverMoreButton")
        self.handover_more_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.handover_more_button.setMenu(self.handover_menu)
        handover_row = QHBoxLayout()
        handover_row.setSpacing(12)
        handover_row.addWidget(self.handover_button, 1)
        handover_row.addWidget(self.handover_more_button)
        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        self.account_label.setWordWrap(True)
        self.account_button = QPushButton()
        self.account_button.setObjectName("accountButton")
        self.account_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.account_button.clicked.connect(self._on_account_clicked)
        account_row = QHBoxLayout()
        account_row.setSpacing(12)
        account_row.addWidget(self.account_label, 1)
        account_row.addWidget(self.account_button)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.correct_button.clicked.connect(self._on_correct_clicked)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)

        card = QWidget()
        card.setObjectName("detailCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.setSpacing(10)
        card_layout.addWidget(scroll, 1)
        card_layout.addLayout(handover_row)
        card_layout.addLayout(account_row)
        card_layout.addLayout(buttons)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(card)
        self._card = card

        self.retranslate()

    def detail(self) -> WorkerDetail | None:
        return self._detail

    def show_detail(self, detail: WorkerDetail | None) -> None:
        if self._full_nik is not None and (detail is None or detail.id != self._full_nik[0]):
            self._full_nik = None
            self._reveal_timer.stop()
        self._detail = detail
        self._fill()

    def set_actions(
        self,
        *,
        can_reveal: bool,
        can_correct: bool,
        can_print: bool = False,
        can_reprint: bool = False,
        can_hand_over: bool = False,
        can_open_account: bool = False,
    ) -> None:
        """What the signed-in operator's role lets them do here."""
        self._can_hand_over = can_hand_over
        self._can_open_account = can_open_account
        self._can_reveal = can_reveal
        self._can_correct = can_correct
        self._can_print = can_print
        self._can_reprint = can_reprint
        if not can_reveal:
            self.hide_full_nik()
        self._fill()

    def show_full_nik(self, worker_id: int, nik: str) -> None:
        """The full NIK arrived: show it if that worker is still on screen, for a while."""
        if self._detail is None or self._detail.id != worker_id or not self._can_reveal:
            return
        self._full_nik = (worker_id, nik)
        self._reveal_timer.start()
        self._fill()

    def hide_full_nik(self) -> None:
        self._reveal_timer.stop()
        if self._full_nik is not None:
            self._full_nik = None
            self._fill()

    def is_nik_revealed(self) -> bool:
        return self._full_nik is not None

    def set_reveal_interval(self, msecs: int) -> None:
        self._reveal_timer.setInterval(msecs)

    def _on_reveal_clicked(self) -> None:
        if self._full_nik is not None:
            self.hide_full_nik()
        elif self._detail is not None:
            self.reveal_requested.emit(self._detail.id)

    def _on_correct_clicked(self) -> None:
        if self._detail is not None:
            self.correction_requested.emit(self._detail.id)

    def _on_account_clicked(self) -> None:
        if self._detail is not None:
            self.account_requested.emit(self._detail.id)

    def _on_handover_clicked(self) -> None:
        if self._detail is not None:
            self.handover_requested.emit(self._detail.id)

    def _on_paper_clicked(self) -> None:
        if self._detail is not None:
            self.paper_handover_requested.emit(self._detail.id)

    def _on_print_clicked(self) -> None:
        if self._detail is None:
            return
        if self._detail.status is WorkerStatus.REGISTERED:
            self.print_requested.emit(self._detail.id)
        else:
            self.reprint_requested.emit(self._detail.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        captions = {
            "nik": self.tr("NIK"),
            "kpj": self.tr("KPJ number"),
            "born": self.tr("Place, date of birth"),
            "sex": self.tr("Sex"),
            "occupation": self.tr("Occupation"),
            "address": self.tr("Address"),
            "region": self.tr("Village, district"),
            "phone": self.tr("Phone"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self.correct_button.setText(self.tr("Correct data…"))
        self.account_button.setText(self.tr("Open account…"))
        self.account_button.setToolTip(self.tr("Open the worker's Bank NTT savings account"))
        self.handover_more_button.setText(self.tr("More"))
        self.handover_more_button.setToolTip(self.tr("Other ways to record a handover"))
        self.paper_action.setText(self.tr("Enter a handover made on paper…"))
        self.paper_action.setToolTip(
            self.tr(
                "For a card handed over with a receipt signed by hand while no hub could be"
                " reached; a supervisor approves"
            )
        )
        self.correct_button.setToolTip(
            self.tr("Correct the name, date of birth, phone or desa; a supervisor approves")
        )
        self.placeholder.setText(
            self.tr("Choose a worker from the list to see their registration here.")
        )
        self._fill()

    def _fill(self) -> None:
        detail = self._detail
        if detail is None:
            # Not even hidden labels keep the last worker's data.
            for value in self._values.values():
                value.clear()
            self.name_label.clear()
            self._stack.setCurrentWidget(self.placeholder)
            return
        # A date is read as one: its day, month and year stay on one line.
        born = (
            self.locale()
            .toString(
                QDate(detail.birth_date.year, detail.birth_date.month, detail.birth_date.day),
                "d MMMM yyyy",
            )
            .replace(" ", "\N{NO-BREAK SPACE}")
        )
        revealed = self._full_nik is not None
        values = {
            "nik": self._full_nik[1] if self._full_nik is not None else detail.nik_masked,
            "kpj": detail.kpj,
            "born": ", ".join(part for part in (detail.birth_place, born) if part),
            "sex": sex_label(detail.sex),
            "occupation": detail.occupation,
            "address": detail.address,
            "region": ", ".join(part for part in (detail.desa, detail.kecamatan) if part),
            "phone": detail.phone,
        }
        for key, text in values.items():
            self._values[key].setText(text or _MISSING)
        self._values["nik"].setProperty("revealed", revealed)
        self._values["nik"].style().unpolish(self._values["nik"])
        self._values["nik"].style().polish(self._values["nik"])
        self._form.setRowVisible(self._reveal_row, self._can_reveal)
        self.reveal_button.setVisible(self._can_reveal)
        if revealed:
            self.reveal_button.setText(self.tr("Hide the full NIK"))
            self.reveal_button.setToolTip(self.tr("Show the NIK partly hidden again"))
        else:
            self.reveal_button.setText(self.tr("Show the full NIK (recorded)"))
            self.reveal_button.setToolTip(
                self.tr(
                    "Shows the full NIK for %1 seconds, to compare it with the KTP. "
                    "Showing it is recorded under your name."
                ).replace("%1", str(self._reveal_timer.interval() // 1000))
            )
        self.correct_button.setVisible(self._can_correct)
        first_card = detail.status is WorkerStatus.REGISTERED
        self.handover_button.setVisible(
            self._can_hand_over and detail.status is not WorkerStatus.INACTIVE
        )
        self.handover_button.setText(
            self.tr("Hand over the card…")
            if detail.status is not WorkerStatus.HANDED_OVER
            else self.tr("Already handed over — see the details…")
        )
        # A receipt signed by hand is entered for a worker not yet handed over only.
        can_enter_paper = self._can_hand_over and detail.status not in (
            WorkerStatus.INACTIVE,
            WorkerStatus.HANDED_OVER,
        )
        self.paper_action.setVisible(can_enter_paper)
        self.paper_action.setEnabled(can_enter_paper)
        self.handover_more_button.setVisible(can_enter_paper)
        # Nothing to do for a worker handed over already: a neutral button, not the primary one.
        handed = detail.status is WorkerStatus.HANDED_OVER
        if self.handover_button.objectName() != ("" if handed else "primaryButton"):
            self.handover_button.setObjectName("" if handed else "primaryButton")
            self.handover_button.style().unpolish(self.handover_button)
            self.handover_button.style().polish(self.handover_button)
        standing = detail.account
        self.account_label.setText(
            self.tr("Bank NTT: %1").replace("%1", account_state_text(standing))
            if standing is not None
            else ""
        )
        can_apply = standing is not None and standing.state in (
            AccountState.NONE,
            AccountState.REJECTED,
            AccountState.FAILED,
        )
        self.account_button.setVisible(
            self._can_open_account and can_apply and detail.status is not WorkerStatus.INACTIVE
        )
        # An inactive worker gets no card; their data must be put right first.
        self.print_button.setVisible(
            detail.status is not WorkerStatus.INACTIVE
            and (self._can_print if first_card else self._can_reprint)
        )
        self.print_button.setText(
            self.tr("Print card…") if first_card else self.tr("Reprint card…")
        )
        self.print_button.setToolTip(
            self.tr("See the card, choose the printer and print it")
            if first_card
            else self.tr("Print a new card that replaces the old one; a supervisor approves")
        )
        self.privacy_note.setProperty("revealed", revealed)
        self.privacy_note.style().unpolish(self.privacy_note)
        self.privacy_note.style().polish(self.privacy_note)
        if revealed:
            self.privacy_note.setText(
                self.tr(
                    "The full NIK is shown for %1 seconds. Showing it is recorded under your name."
                ).replace("%1", str(self._reveal_timer.interval() // 1000))
            )
        else:
            self.privacy_note.setText(
                self.tr("The NIK is partly hidden to protect the worker's personal data.")
            )
        self.name_label.setText(detail.full_name)
        self.status_badge.setText(status_label(detail.status))
        colour = status_colour(detail.status).name()
        self.status_badge.setStyleSheet(f"color: {colour}; border-color: {colour};")
        self._stack.setCurrentWidget(self._card)
