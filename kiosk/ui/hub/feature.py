"""The event network in the window: the desk's hub status, the join dialog, the hub dialog.

Light to import: the hub's modules (db.cluster, the certificates, qrcode) load with the
dialogs, or on the status's own thread, never with the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kiosk.config import Config, default_hub_dir, default_settings_file
from kiosk.security.roles import Permission
from kiosk.ui.common.desk import Desk, SignedIn, open_dialog
from kiosk.ui.common.runner import Runner
from kiosk.ui.hub.status_widget import HubStatus
from kiosk.ui.hub.watch import EngineState, HubWatch, looks_like_hub_url
from kiosk.usecases.audit import Workstation

if TYPE_CHECKING:
    from kiosk.usecases.hub import Joined


def settings_file_of(config: Config) -> Path:
    return config.settings_file or default_settings_file()


def open_join_dialog(
    config: Config, workstation: Workstation, runner: Runner, desk: Desk, parent: QWidget
) -> None:
    """The join dialog over parent (the window, or the first-run dialog)."""
    from kiosk.ui.hub.join_dialog import JoinDialog

    settings = settings_file_of(config)

    def join(code: str) -> Joined:
        # On the pool: it reaches the hub over the network.
        from kiosk.usecases.hub_desk import join_desk

        return join_desk(code, settings, config.device, workstation)

    open_dialog(JoinDialog(join, runner, parent), desk)


class HubFeature(QObject):
    """Opens the join and hub dialogs for an administrator; shows the desk's hub."""

    def __init__(
        self,
        config: Config,
        workstation: Workstation,
        runner: Runner,
        signed_in: SignedIn,
        desk: Desk,
        *,
        hub_dir: Path | None = None,
    ) -> None:
        super().__init__(desk.window())
        self._config = config
        self._workstation = workstation
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk
        self._hub_dir = hub_dir or default_hub_dir()
        self.status: HubStatus | None = None

    def _admin(self) -> bool:
        actor = self._signed_in()
        return actor is not None and actor.may(Permission.CHANGE_SETTINGS)

    def open_join(self) -> None:
        if self._admin():
            window = self._desk.window()
            open_join_dialog(self._config, self._workstation, self._runner, self._desk, window)

    def open_hub(self) -> None:
        if not self._admin():
            return
        from kiosk.ui.hub.hub_dialog import HubDialog
        from kiosk.ui.hub.laptop import LaptopHub

        hub = LaptopHub(self._hub_dir, self._workstation)
        dialog = HubDialog(hub, self._signed_in(), self._runner, self._desk.window())
        open_dialog(dialog, self._desk)

    def watch_hub(self) -> HubStatus | None:
        """On a desk joined to a hub: its status, looked at every few seconds from now on
        (the caller puts its label and banner in the window); None on any other desk."""
        url = self._config.database_url
        if not looks_like_hub_url(url):
            return None
        settings = settings_file_of(self._config)
        state = EngineState()

        def remember(old: str, new: str) -> None:
            from kiosk.usecases.hub_desk import remember_url

            remember_url(settings, old, new)

        self.status = HubStatus(HubWatch(url, state, remember), self._desk.window())
        self.status.start()
        return self.status
