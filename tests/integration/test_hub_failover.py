"""A handover in flight when the hub laptop dies: its commit reached the hub (and, being
synchronous, the standby), the desk never heard back. After the standby is promoted, the
desk reconnects by itself and settles it: recorded once, and the operator is told so."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db.audit import verify as verify_chain
from db.engine import make_engine, make_session_factory
from db.models import Handover, HandoverKind, IdDocument, Role, Sex, Site, SiteKind, Worker
from db.workers import WorkerRecord, insert_workers
from kiosk.usecases.cards import Cards
from kiosk.usecases.handover import HandoverRequest, Handovers
from kiosk.usecases.hub import join_hub, promote_standby
from kiosk.usecases.settle import RetryPolicy
from printing.keys import private_key_from_seed, trusted_keys
from printing.signature import synthetic_signature
from tests.helpers.broken_commit import break_commits
from tests.helpers.hub import event_network
from tests.helpers.security import build_security

pytestmark = pytest.mark.postgres
KEY = private_key_from_seed(bytes(range(32)))
TRUSTED = trusted_keys([KEY.public_key()])


def test_a_handover_cut_by_the_hubs_death_is_settled_once_on_the_promoted_standby(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with event_network(with_standby=True) as net:
        assert net.standby is not None
        url = join_hub(net.code, tmp_path, "meja-1").database_url
        engine = make_engine(url)
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            insert_workers(
                session,
                [
                    WorkerRecord(
                        nik="5311030503900001",
                        kpj="25000000001",
                        full_name="Umbu Ndaku Lewa",
                        birth_date=dt.date(1990, 3, 5),
                        sex=Sex.MALE,
                        desa_code="53.11.03.2002",
                        phone=None,
                    )
                ],
            )
            session.add(
                Site(
                    kind=SiteKind.EVENT,
                    name="Gladi",
                    place="Aula",
                    region_code="53.11.03",
                    event_date=dt.date(2026, 11, 25),
                )
            )
        sec = build_security(sessions)
        with sessions() as session:
            worker = session.scalars(select(Worker.id)).one()
        card = Cards(sessions, sec.auditor, KEY, TRUSTED, sec.clock, os.urandom).issue(
            sec.actors[Role.PRINTING], worker
        )
        request = HandoverRequest(
            worker_id=worker,
            card_serial=card.serial,
            document=IdDocument.KTP,
            kind=HandoverKind.SIGNED,
            signature=synthetic_signature(random.Random(1)),
        )
        standby = net.standby

        def hub_dies() -> None:
            net.hub.kill()
            promote_standby(standby.path)

        broken = break_commits(
            engine,
            monkeypatch,
            after_server_commit=True,
            then=hub_dies,
            inserting_into="handover",
        )
        handovers = Handovers(
            sessions, sec.auditor, lambda: TRUSTED, retry=RetryPolicy(total_s=60.0)
        )
        done = handovers.hand_over(sec.actors[Role.DESK], request)
        assert broken.broken == 1
        assert done.settled_after_retry
        with sessions() as session:
            # On the promoted standby: the one handover, the desk's own, and a whole trail.
            assert session.scalar(text("SELECT pg_is_in_recovery()")) is False
            assert session.scalar(text("SELECT inet_server_port()")) == standby.node().port
            rows = session.scalars(select(Handover)).all()
            assert [(r.id, r.client_id) for r in rows] == [(done.handover_id, request.client_id)]
            assert session.scalar(select(func.count()).select_from(Handover)) == 1
            assert verify_chain(session).ok
        engine.dispose()


def test_a_rehearsal_survives_the_hubs_death_as_the_organisers_would_run_it(
    tmp_path: Path,
) -> None:
    """The acceptance, small: hub and standby on this machine, a desk joined by its code,
    `kiosk rehearse --kill-hub-after` kills the hub's postmaster half-way and promotes the
    standby; nothing doubled, nothing confirmed is lost, every collision refused."""
    import json
    import subprocess
    import sys

    with event_network(with_standby=True) as net:
        assert net.standby is not None
        settings = tmp_path / "meja-1.toml"
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(
            KIOSK_SETTINGS_FILE=str(settings),
            KIOSK_SIGNING_KEY=str(tmp_path / "signing-key.pem"),
            KIOSK_DEVICE="meja-1",
        )

        def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "kiosk.cli", "--language", "en", *args],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
                env=env,
                stdin=subprocess.DEVNULL,
            )

        assert kiosk("join", net.code).returncode == 0
        run = kiosk("rehearse", "--desks", "3", "--workers", "90", "--collisions", "0.1",
                    "--kill-hub-after", "3", "--keep", "--json")  # fmt: skip
        assert run.returncode == 0, run.stderr
        figures = json.loads(run.stdout)
        assert (figures["doubles"], figures["confirmed_lost"]) == (0, 0)
        assert figures["audit_ok"] is True
        assert figures["collisions_planned"] > 0
        assert figures["collisions_refused"] == figures["collisions_planned"]
        assert figures["collisions_refused_naming_other_desk"] == figures["collisions_planned"]
        assert figures["recovery_seconds"] is not None  # the desks worked after the kill
        # Counted directly on the promoted standby: what the desks were told is there.
        assert not net.hub.is_running()
        promoted = make_engine(net.standby.superuser_url("kiosk_gladi"))
        try:
            with promoted.connect() as conn:
                count = conn.scalar(text("SELECT count(*) FROM handover WHERE voided_at IS NULL"))
        finally:
            promoted.dispose()
        assert count == figures["handovers_confirmed"] == 90
        verify = kiosk("audit", "verify")
        assert verify.returncode == 0, verify.stderr
        assert kiosk("rehearse", "--clean").returncode == 0
