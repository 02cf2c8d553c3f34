"""The desk offers the kinds of handover made at the desk; paper is entered afterwards."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from db.models import HandoverKind
from kiosk.ui.handover.steps import SignatureStep


def test_the_signature_step_offers_no_paper_handover(qtbot: QtBot) -> None:
    step = SignatureStep()
    qtbot.addWidget(step)
    assert set(step.kind_buttons) == {
        HandoverKind.SIGNED,
        HandoverKind.THUMBPRINT,
        HandoverKind.REPRESENTATIVE,
    }
