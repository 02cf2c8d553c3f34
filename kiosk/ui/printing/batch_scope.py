"""The upper half of the batch dialog: which kecamatan or desa, its plan, where cards go.

The dialog loads the choices and connects them; the plan's words belong to the dialog
(translated in the BatchPrintDialog context)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.usecases.batch_plan import BatchPlan


@dataclass(frozen=True)
class PlanNotes:
    """The plural notes under the plan (cards skipped), worded by the dialog."""

    foreign: Callable[[int], str]
    unsettled: Callable[[int], str]


class BatchScopeForm(QWidget):
    """The region's combos, and the card printer or a folder for PDF files."""

    def __init__(self, card_printer: str, default_folder: Path) -> None:
        super().__init__()
        self._card_printer = card_printer
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setObjectName("batchKecamatanCombo")
        self.kecamatan_combo.setEnabled(False)
        self.desa_combo = QComboBox()
        self.desa_combo.setObjectName("batchDesaCombo")
        self.desa_combo.setEnabled(False)
        self.captions = {key: QLabel() for key in ("kecamatan", "desa", "where")}
        for caption in self.captions.values():
            caption.setObjectName("formCaption")

        self.printer_radio = QRadioButton()
        self.printer_radio.setEnabled(bool(card_printer))
        self.folder_radio = QRadioButton()
        self.destinations = QButtonGroup(self)
        self.destinations.addButton(self.printer_radio)
        self.destinations.addButton(self.folder_radio)
        (self.printer_radio if card_printer else self.folder_radio).setChecked(True)
        self.folder_edit = QLineEdit(str(default_folder))
        self.folder_edit.setObjectName("batchFolderEdit")
        self.folder_edit.setReadOnly(True)
        self.choose_folder_button = QPushButton()
        self.choose_folder_button.setAutoDefault(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_radio)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_folder_button)
        where = QVBoxLayout()
        where.setSpacing(6)
        where.addWidget(self.printer_radio)
        where.addLayout(folder_row)
        region = QHBoxLayout()
        region.setSpacing(16)
        region.addWidget(self.kecamatan_combo, 1)
        region.addWidget(self.captions["desa"])
        region.addWidget(self.desa_combo, 1)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(self.captions["kecamatan"], region)
        form.addRow(self.captions["where"], where)
        self.captions["kecamatan"].setBuddy(self.kecamatan_combo)
        self.captions["desa"].setBuddy(self.desa_combo)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("batchPlan")
        self.plan_label.setWordWrap(True)
        self.unsettled_label = QLabel()
        self.unsettled_label.setObjectName("batchNote")
        self.unsettled_label.setWordWrap(True)
        self.unsettled_label.hide()
        self.foreign_label = QLabel()
        self.foreign_label.setObjectName("batchNote")
        self.foreign_label.setWordWrap(True)
        self.foreign_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.unsettled_label)
        layout.addWidget(self.foreign_label)

    def enable(self, enabled: bool, *, folder: bool) -> None:
        """While a batch runs nothing here changes; the folder only when it is the choice."""
        self.kecamatan_combo.setEnabled(enabled and self.kecamatan_combo.count() > 1)
        self.desa_combo.setEnabled(enabled and self.desa_combo.count() > 1)
        self.printer_radio.setEnabled(enabled and bool(self._card_printer))
        self.folder_radio.setEnabled(enabled)
        self.folder_edit.setEnabled(enabled and folder)
        self.choose_folder_button.setEnabled(enabled and folder)

    def show_plan(
        self, plan: BatchPlan | None, problem: str | None, notes: PlanNotes, *, chosen: bool
    ) -> None:
        locale = self.locale()
        if problem is not None:
            self.plan_label.setText(problem)
        elif not chosen:
            self.plan_label.setText(
                QCoreApplication.translate(
                    "BatchPrintDialog", "Choose a kecamatan to see its cards."
                )
            )
        elif plan is None:
            self.plan_label.setText(
                QCoreApplication.translate("BatchPrintDialog", "Counting the cards…")
            )
        else:
            text = QCoreApplication.translate(
                "BatchPrintDialog", "%1 registered · %2 printed already · %3 to print"
            )
            text = text.replace("%1", locale.toString(plan.registered))
            text = text.replace("%2", locale.toString(plan.printed))
            self.plan_label.setText(text.replace("%3", locale.toString(plan.to_print)))
        foreign = plan.foreign if plan is not None else 0
        self.foreign_label.setVisible(foreign > 0)
        self.foreign_label.setText(notes.foreign(foreign))
        unsettled = plan.unsettled if plan is not None else 0
        self.unsettled_label.setVisible(unsettled > 0)
        self.unsettled_label.setText(notes.unsettled(unsettled))
