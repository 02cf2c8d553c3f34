"""What the batch dialog needs of the batch use case, and the plain names it gives things."""

from __future__ import annotations

import enum
import re
from pathlib import Path
from typing import Protocol

from kiosk.usecases.audit import Actor
from kiosk.usecases.batch_plan import BatchPlan, BatchScope
from kiosk.usecases.print_batch import BatchResult, Cancelled, Progress

NO_KECAMATAN = None  # the kecamatan combo's placeholder item
ALL_DESA = ""  # the desa combo's first item: the whole kecamatan


class Batches(Protocol):
    """What the dialog needs of kiosk.usecases.print_batch.CardBatches."""

    def plan(self, scope: BatchScope) -> BatchPlan: ...

    def run(
        self,
        actor: Actor | None,
        scope: BatchScope,
        *,
        out: Path | None = None,
        printer: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BatchResult: ...


class Destination(enum.Enum):
    PRINTER = "printer"
    FOLDER = "folder"


def file_stem(region_name: str) -> str:
    """kartu-lewa for Lewa: the PDF files' name, the region in plain ASCII."""
    name = re.sub(r"[^a-z0-9]+", "-", region_name.lower()).strip("-") or "batch"
    return f"kartu-{name}"
