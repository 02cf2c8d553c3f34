"""The hub (or standby) on this laptop, as the hub dialog drives it: plain Python, called on
the pool; each step answers with what the dialog shows next."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.usecases.audit import Actor, Workstation

if TYPE_CHECKING:
    from kiosk.usecases.hub import HubReport

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class HubScreen:
    folder: Path
    report: HubReport | None  # None: there is no hub in the folder yet
    code: str | None  # the join code, once there is a hub


class LaptopHub:
    """Start, stop, promote and look at the cluster in one folder of this laptop."""

    def __init__(
        self,
        folder: Path,
        workstation: Workstation,
        *,
        port: int = DEFAULT_PORT,
        listen: str = "*",
    ) -> None:
        self.folder = folder
        self._workstation = workstation
        self._port = port
        self._listen = listen

    def exists(self) -> bool:
        return (self.folder / "data" / "PG_VERSION").exists()

    def look(self) -> HubScreen:
        from db.cluster.hub import NOT_A_HUB, HubError
        from kiosk.usecases.hub import hub_join_code, hub_status

        try:
            report = hub_status(self.folder)
        except HubError as error:
            if error.problem == NOT_A_HUB:
                return HubScreen(self.folder, None, None)
            raise
        return HubScreen(self.folder, report, hub_join_code(self.folder).encode())

    def start(self, actor: Actor | None) -> HubScreen:
        from kiosk.usecases.hub import start_hub

        start_hub(
            self.folder,
            port=self._port,
            listen=self._listen,
            addresses=None,
            workstation=self._workstation,
            actor=actor,
        )
        return self.look()

    def stop(self) -> HubScreen:
        from kiosk.usecases.hub import stop_hub

        stop_hub(self.folder)
        return self.look()

    def promote(self) -> HubScreen:
        from kiosk.usecases.hub import promote_standby, record_promotion

        promote_standby(self.folder)
        record_promotion(self.folder, self._workstation)
        return self.look()
