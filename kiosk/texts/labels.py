"""Translated words for enum values that people read (statuses, sexes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.models import Sex, WorkerStatus


def status_label(status: WorkerStatus) -> str:
    match status:
        case WorkerStatus.REGISTERED:
            return QCoreApplication.translate("labels", "Registered")
        case WorkerStatus.CARD_PRINTED:
            return QCoreApplication.translate("labels", "Card printed")
        case WorkerStatus.HANDED_OVER:
            return QCoreApplication.translate("labels", "Handed over")
        case WorkerStatus.INACTIVE:
            return QCoreApplication.translate("labels", "Inactive")


def sex_label(sex: Sex) -> str:
    if sex is Sex.FEMALE:
        return QCoreApplication.translate("labels", "Female")
    return QCoreApplication.translate("labels", "Male")
