"""Translated words for the event network, shared by the command line and the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from db.cluster.hub import HubError
    from kiosk.usecases.hub import JoinError

# The context stays "cli": the command line said these first, and its translations hold.


def describe_join_error(error: JoinError) -> str:
    from kiosk.usecases.hub import JoinProblem

    match error.problem:
        case JoinProblem.BAD_CODE:
            return QCoreApplication.translate(
                "cli",
                "This is not a hub join code, or it is incomplete: scan it again or copy the"
                " whole line (it begins with KIOSKHUB1:).",
            )
        case JoinProblem.UNREACHABLE:
            return QCoreApplication.translate(
                "cli",
                "The hub cannot be reached at {addresses}: check that this laptop is on the"
                " event's network and that the hub is running.",
            ).format(addresses=error.detail)
        case JoinProblem.WRONG_CERTIFICATE:
            return QCoreApplication.translate(
                "cli",
                "The server at {addresses} is NOT the hub of this join code (its certificate"
                " differs). Nothing was sent to it. Ask the organisers for the current code.",
            ).format(addresses=error.detail)
        case JoinProblem.KIOSK_TOO_OLD:
            return QCoreApplication.translate(
                "cli",
                "The hub runs a newer kiosk version (schema {revision}): update this kiosk"
                " before it joins.",
            ).format(revision=error.detail)
        case JoinProblem.HUB_TOO_OLD:
            return QCoreApplication.translate(
                "cli",
                "The hub runs an older kiosk version (schema {revision}): update the hub"
                " laptop's kiosk and run kiosk hub start there. A desk never changes the hub.",
            ).format(revision=error.detail)
        case JoinProblem.REFUSED:
            return QCoreApplication.translate(
                "cli", "The hub refused the code's password: ask for the current join code."
            )


def describe_hub_error(error: HubError) -> str:
    from db.cluster import hub

    match error.problem:
        case hub.NOT_A_HUB:
            return QCoreApplication.translate(
                "cli", "There is no hub in {folder}: kiosk hub start makes one."
            ).format(folder=error.detail)
        case hub.ALREADY_EXISTS:
            return QCoreApplication.translate(
                "cli", "{folder} already holds a hub or standby."
            ).format(folder=error.detail)
        case hub.PORT_IN_USE:
            return QCoreApplication.translate(
                "cli", "Port {port} is taken by another program: choose --port."
            ).format(port=error.detail)
        case hub.SUPERSEDED:
            return QCoreApplication.translate(
                "cli",
                "NOT started: this laptop was the hub, but its standby at {address} has taken"
                " over. Keep this one off; to have a standby again, make this laptop a standby"
                " of the new hub (a new folder: kiosk hub standby CODE).",
            ).format(address=error.detail)
        case hub.NOT_A_STANDBY:
            return QCoreApplication.translate("cli", "{folder} is already the hub.").format(
                folder=error.detail
            )
        case hub.UNREACHABLE:
            return QCoreApplication.translate(
                "cli", "The hub cannot be reached at {addresses}."
            ).format(addresses=error.detail)
        case hub.WRONG_CERTIFICATE:
            return QCoreApplication.translate(
                "cli",
                "The server at {addresses} is NOT the hub of this join code (its certificate"
                " differs). Nothing was sent to it. Ask the organisers for the current code.",
            ).format(addresses=error.detail)
    return str(error)
