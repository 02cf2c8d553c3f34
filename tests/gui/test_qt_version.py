"""The installed PySide6 does not drop references to True on emit (6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def test_emit_keeps_references_to_true() -> None:
    # On Python 3.11 each lost reference brings the process closer to "bool_dealloc" abort.
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(64):
        probe.ping.emit()
    assert sys.getrefcount(True) >= before
