"""The BAST of 4,000 demo handovers: every row, the right totals, the pages it says."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.models import Handover, Region, Role, Worker
from kiosk.config import WITA
from kiosk.usecases.bast import BAST_KINDS, bast_content, bast_document
from kiosk.usecases.demo import create_demo
from tests.helpers.security import build_security

WORKERS = 4000


def test_the_bast_of_4000_demo_handovers_has_every_row_and_the_right_totals(
    sqlite_url: str, tmp_path: Path
) -> None:
    sessions: sessionmaker[Session] = make_session_factory(make_engine(sqlite_url))
    now = dt.datetime(2026, 11, 25, 8, 0, tzinfo=WITA)
    summary = create_demo(
        sessions, workers=WORKERS, seed=3, today=now.date(), now=now.astimezone(dt.UTC),
        handed_over=1.0, key_id="0a1b2c3d",
    )  # fmt: skip
    assert summary.handed_over == WORKERS
    sec = build_security(sessions)

    content = bast_content(sessions, sec.auditor, sec.actors[Role.SUPERVISOR])
    out = tmp_path / "bast.pdf"
    rendered = bast_document(content, out, site="Aula Kantor Bupati, Waingapu")

    with sessions() as session:
        rows = session.execute(
            select(Region.name, Handover.kind)
            .join(Worker, Worker.id == Handover.worker_id)
            .join(Region, Region.code == Worker.desa_code)
        ).all()
    assert rendered.rows == len(content.entries) == WORKERS
    assert dict(rendered.by_desa) == dict(Counter(desa for desa, _ in rows))
    assert dict(rendered.by_kind) == dict(Counter(BAST_KINDS[kind] for _, kind in rows))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.splitlines()
                     if line.startswith("Pages:")))  # fmt: skip
    assert pages == rendered.pages
    last = subprocess.run(
        ["pdftotext", "-f", str(pages), "-l", str(pages), "-layout", str(out), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "4.000" in last
    assert f"Halaman {pages} dari {pages}" in last
    assert sec.actions()[-1] == "export"  # making a BAST is recorded
