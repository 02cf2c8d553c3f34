"""What a desk shows about its hub, decided in plain Python (no Qt): one look at a time.

HubWatch.check() runs off the UI thread (it reaches over the network); the widget in
status_widget.py only shows the HubView it returns.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from kiosk.usecases.hub import DeskHubState

log = logging.getLogger(__name__)

# The hub's state for this desk's URL (kiosk.usecases.hub.desk_hub_state over an engine).
ReadState = Callable[[str], "DeskHubState"]
# Keep the URL that now lists more addresses (the settings file): old URL, new URL.
RememberUrl = Callable[[str, str], None]


class HubCondition(enum.Enum):
    CHECKING = "checking"  # no answer yet
    WORKING = "working"  # the hub answers; with its standby, or it never had one
    NO_STANDBY = "no_standby"  # it had a standby, and goes on without it now
    UNREACHABLE = "unreachable"  # no address answered: the desk keeps trying


@dataclass(frozen=True)
class HubView:
    condition: HubCondition
    hub: str  # host:port the desk works on (the first it knows, while there is no answer)
    learned: tuple[str, ...] = ()  # addresses this look added to the desk's URL


def url_addresses(url: str) -> list[str]:
    """Every host:port a libpq multi-host URL names, in its order."""
    query = parse_qs(urlsplit(url).query)
    hosts = (query.get("host") or [""])[0].split(",")
    ports = (query.get("port") or [""])[0].split(",")
    return [f"{h}:{p}" if p else h for h, p in zip(hosts, ports, strict=False) if h]


def looks_like_hub_url(url: str) -> bool:
    """Cheap, without the hub's modules: worth watching (is_hub_url decides, off the UI)."""
    return url.startswith("postgresql") and "sslrootcert=" in url


class HubWatch:
    """One desk's view of its hub: reachable or not, with or without its standby; a
    standby the hub lists that the desk's URL lacks is added to it (and remembered)."""

    def __init__(self, url: str, read_state: ReadState, remember: RememberUrl) -> None:
        self._url = url
        self._read = read_state
        self._remember = remember
        self._hub = next(iter(url_addresses(url)), "")

    @property
    def url(self) -> str:
        return self._url

    def initial(self) -> HubView:
        return HubView(HubCondition.CHECKING, self._hub)

    def check(self) -> HubView:
        """One look at the hub; never raises for a hub that cannot be reached."""
        from kiosk.usecases.hub import url_with_addresses

        try:
            state = self._read(self._url)
        except Exception as error:  # noqa: BLE001 - any failure means: not reachable now
            log.info("The hub did not answer: %s", type(error).__name__)
            return HubView(HubCondition.UNREACHABLE, self._hub)
        self._hub = state.address
        learned: tuple[str, ...] = ()
        wider = url_with_addresses(self._url, state.addresses)
        if wider is not None:
            known = set(url_addresses(self._url))
            learned = tuple(str(a) for a in state.addresses if str(a) not in known)
            try:
                self._remember(self._url, wider)
            except OSError as error:
                log.warning("The hub's new addresses were not saved: %s", error)
            self._url = wider
        condition = (
            HubCondition.NO_STANDBY
            if state.standby_known and not state.synchronous
            else HubCondition.WORKING
        )
        return HubView(condition, self._hub, learned)


class EngineState:
    """desk_hub_state over one engine per URL (a new one when the URL learns addresses);
    used on one thread only."""

    def __init__(self) -> None:
        self._url: str | None = None
        self._engine: Engine | None = None

    def __call__(self, url: str) -> DeskHubState:
        from db.engine import make_engine
        from kiosk.usecases.hub import desk_hub_state

        if url != self._url or self._engine is None:
            self.close()
            self._engine, self._url = make_engine(url), url
        return desk_hub_state(self._engine)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine, self._url = None, None
