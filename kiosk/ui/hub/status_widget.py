"""The desk's hub in the window: which hub, in the status bar; a banner when it is away.

A look at the hub runs on a thread of its own (a slow network never holds up the lookup's
threads nor the UI); the next look is due a few seconds after the last answer. A look that
takes too long counts as no answer: the banner says so at once and the desk keeps trying.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.common.runner import Runner
from kiosk.ui.hub.watch import HubCondition, HubView, HubWatch

log = logging.getLogger(__name__)

POLL_MS = 4_000
# connect_timeout is 3 s per address: a look still unanswered after this is an absent hub.
STUCK_MS = 7_000


class HubStatus(QObject):
    """Shows a HubWatch's view: `label` for the status bar, `banner` above the page (hidden
    while all is well). start() begins looking; stop() ends it."""

    def __init__(
        self, watch: HubWatch, parent: QWidget, *, poll_ms: int = POLL_MS, stuck_ms: int = STUCK_MS
    ) -> None:
        super().__init__(parent)
        self._watch = watch
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runner = Runner(self._pool, self)
        self._looking = False
        self._stopped = True
        self._view = watch.initial()
        self.label = QLabel(parent)
        self.label.setObjectName("hubLabel")
        self.banner = QLabel(parent)
        self.banner.setObjectName("hubBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(poll_ms)
        self._next.timeout.connect(self.look)
        self._stuck = QTimer(self)
        self._stuck.setSingleShot(True)
        self._stuck.setInterval(stuck_ms)
        self._stuck.timeout.connect(self._on_stuck)
        parent.installEventFilter(self)
        self.show(self._view)

    @property
    def view(self) -> HubView:
        return self._view

    def start(self) -> None:
        self._stopped = False
        self.look()

    def stop(self) -> None:
        self._stopped = True
        self._next.stop()
        self._stuck.stop()

    def wait(self) -> None:
        """Until the look under way has ended (tests; closing the window)."""
        self._pool.waitForDone()

    def look(self) -> None:
        """One look now, unless one is under way."""
        if self._looking:
            return
        self._looking = True
        self._next.stop()
        self._stuck.start()
        self._runner.run(self._watch.check, self._on_answer, self._on_failure, context=self)

    def _on_answer(self, view: HubView) -> None:
        self._looking = False
        self._stuck.stop()
        self.show(view)
        if not self._stopped:
            self._next.start()

    def _on_failure(self, error: Exception) -> None:
        # check() answers UNREACHABLE itself; anything else is a bug, shown as an absent hub.
        log.error("Looking at the hub failed", exc_info=error)
        self._on_answer(HubView(HubCondition.UNREACHABLE, self._view.hub))

    def _on_stuck(self) -> None:
        """No answer for too long: say so now; the look under way goes on."""
        self.show(HubView(HubCondition.UNREACHABLE, self._view.hub))

    def show(self, view: HubView) -> None:
        self._view = view
        problem = view.condition is HubCondition.UNREACHABLE
        note = view.condition is HubCondition.NO_STANDBY
        state = "problem" if problem else "note" if note else "ok"
        for widget in (self.label, self.banner):
            widget.setProperty("state", state)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.banner.setVisible(problem or note)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        view = self._view
        self.label.setText(self.tr("Hub %1").replace("%1", view.hub))
        self.label.setToolTip(self.tr("The event's hub this desk works on"))
        match view.condition:
            case HubCondition.UNREACHABLE:
                self.banner.setText(self.tr("Hub unreachable — retrying"))
            case HubCondition.NO_STANDBY:
                self.banner.setText(self.tr("The event runs without a standby"))
            case _:
                self.banner.setText("")
