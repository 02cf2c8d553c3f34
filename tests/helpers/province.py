"""A province on this machine: a centre and two hubs, real clusters from the system's
PostgreSQL binaries, linked both ways; stopped and removed afterwards."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from db.cluster import hub
from db.cluster.server import ClusterDir
from db.engine import make_engine
from db.models import Region, Sex, Worker
from kiosk.usecases.audit import Workstation
from kiosk.usecases.hub import start_hub
from kiosk.usecases.province import central_init
from tests.helpers.hub import free_port, require_binaries
from tests.helpers.import_files import make_kpj, make_nik

CENTRE = Workstation("Pusat Provinsi", "pusat-1")


@dataclass
class Province:
    root: Path
    centre: ClusterDir
    link_url: str
    sites: dict[str, ClusterDir]  # by name: "sumba", "alor"

    def site_url(self, name: str) -> str:
        return self.sites[name].superuser_url()

    def centre_url(self) -> str:
        return self.centre.superuser_url()


def add_workers(url: str, per_kabupaten: dict[str, int], *, start: int = 0) -> list[int]:
    """Synthetic workers in the first desa of each kabupaten; their ids."""
    engine = make_engine(url)
    ids: list[int] = []
    try:
        with engine.begin() as conn:
            n = start
            for kabupaten, count in per_kabupaten.items():
                desa = conn.scalar(
                    select(Region.code)
                    .where(Region.code.like(f"{kabupaten}.__.____"))
                    .order_by(Region.code)
                    .limit(1)
                )
                assert desa is not None, kabupaten
                rows = []
                for _ in range(count):
                    born = dt.date(1970, 1, 1) + dt.timedelta(days=n % 9000)
                    sex = Sex.MALE if n % 2 == 0 else Sex.FEMALE
                    district = desa[:8].replace(".", "")
                    rows.append(
                        {
                            "nik": make_nik(district, born, sex, n // 9000 + 1),
                            "kpj": make_kpj(n),
                            "full_name": f"Pekerja Uji {n}",
                            "name_key": f"pekerja uji {n}",
                            "birth_date": born,
                            "sex": sex,
                            "desa_code": desa,
                        }
                    )
                    n += 1
                result = conn.execute(insert(Worker).returning(Worker.id), rows)
                ids.extend(int(r[0]) for r in result)
    finally:
        engine.dispose()
    return ids


def scalar(url: str, query: str, **params: object) -> Any:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.scalar(text(query), params)
    finally:
        engine.dispose()


def wait_for(check: Callable[[], bool], timeout: float = 60.0, step: float = 0.2) -> bool:
    """Replication is asynchronous: poll until check() holds (never a timed assertion on
    speed: the timeout only ends a test that would otherwise hang)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(step)
    return check()


@contextmanager
def province_network(sites: Sequence[str] = ("sumba", "alor")) -> Iterator[Province]:
    require_binaries()
    root = Path(tempfile.mkdtemp(prefix="kiosk-province-"))
    root.chmod(0o755)
    centre = ClusterDir(root / "centre")
    clusters = {name: ClusterDir(root / name) for name in sites}
    try:
        ready = central_init(
            centre.path, port=free_port(), listen="127.0.0.1", addresses=None, workstation=CENTRE
        )
        assert ready.link_url is not None
        for name, cluster in clusters.items():
            start_hub(
                cluster.path,
                port=free_port(),
                listen="127.0.0.1",
                addresses=None,
                workstation=Workstation(f"Hub {name}", f"{name}-laptop"),
            )
        yield Province(root, centre, ready.link_url, clusters)
    finally:
        for cluster in (*clusters.values(), centre):
            if cluster.exists():
                hub.stop_watchdog(cluster)
                cluster.kill()
        shutil.rmtree(root, ignore_errors=True)


def hand_over(
    url: str, worker_ids: Sequence[int], *, site: str, device: str, operator: str = "petugas1"
) -> list[int]:
    """Each worker gets a card printed here and handed over, as a desk records them (the
    rows a desk's use cases write); the cards' serials."""
    import secrets

    from sqlalchemy.orm import Session

    from db.models import Card, CardStatus, Handover, HandoverKind, IdDocument

    engine = make_engine(url)
    serials = []
    try:
        with Session(engine) as session, session.begin():
            now = session.scalar(text("SELECT now()"))
            for worker_id in worker_ids:
                serial = secrets.randbits(60)
                worker = session.get(Worker, worker_id)
                assert worker is not None
                assert worker.desa_code is not None
                session.add(
                    Card(
                        serial=serial,
                        worker_id=worker_id,
                        key_id="00000000",
                        issued_on=now.date(),
                        status=CardStatus.ACTIVE,
                        created_at=now,
                        printed_at=now,
                        kabupaten=worker.desa_code[:5],
                    )
                )
                session.flush()
                session.add(
                    Handover(
                        worker_id=worker_id,
                        card_serial=serial,
                        kind=HandoverKind.SIGNED,
                        document=IdDocument.KTP,
                        signature_json="{}",
                        signature_png=b"\x89PNG",
                        site=site,
                        device=device,
                        operator=operator,
                        handed_over_at=now,
                    )
                )
                serials.append(serial)
    finally:
        engine.dispose()
    return serials
