"""Exporting workers to a spreadsheet: a supervisor approves, the audit trail records it."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import search
from db.models import Worker
from kiosk.registry.identifiers import mask_nik
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor

HEADER = (
    "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl Lahir", "L/P", "Desa/Kelurahan", "Kecamatan",
    "No KPJ", "No HP", "Pekerjaan", "Status",
)  # fmt: skip
_BATCH = 2000


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    workers: int
    full_nik: bool


def export_workers(
    sessions: sessionmaker[Session],
    auditor: Auditor,
    actor: Actor,
    approver: Actor | None,
    path: Path,
    *,
    scope: str | None = None,
    full_nik: bool = False,
) -> ExportSummary:
    """Write the workers of a region (or all) as a CSV that Excel opens; NIKs masked unless
    full_nik. Needs the EXPORT permission and another person's approval (a supervisor)."""
    auditor.require(actor, Permission.EXPORT, target=f"file:{path.name}")
    if (
        approver is None
        or not approver.may(Permission.APPROVE)
        or approver.username == actor.username
    ):
        auditor.deny(approver or actor, Permission.APPROVE, target=f"file:{path.name}")
    tmp = path.with_name(path.name + ".part")
    try:
        count = _write(sessions, auditor, actor, approver, tmp, path.name, scope, full_nik)
        os.replace(tmp, path)
    finally:
        # A half-written export may hold full NIKs and has no audit event: never leave it.
        tmp.unlink(missing_ok=True)
    return ExportSummary(path, count, full_nik)


def _write(
    sessions: sessionmaker[Session],
    auditor: Auditor,
    actor: Actor,
    approver: Actor,
    tmp: Path,
    name: str,
    scope: str | None,
    full_nik: bool,
) -> int:
    count = 0
    with sessions.begin() as session, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(HEADER)
        after = 0
        while True:
            ids = list(
                session.scalars(
                    select(Worker.id)
                    .where(Worker.id > after, search.scope_condition(Worker.desa_code, scope))
                    .order_by(Worker.id)
                    .limit(_BATCH)
                )
            )
            if not ids:
                break
            for row in search.fetch_rows(session, ids):
                # A leading apostrophe keeps Excel from turning the NIK into 5.31101E+15.
                nik = f"'{row.nik}" if full_nik else mask_nik(row.nik)
                out.writerow(
                    [nik, _cell(row.full_name), _cell(row.birth_place or ""),
                     f"{row.birth_date:%d/%m/%Y}", row.sex.value, _cell(row.desa_name or ""),
                     _cell(row.kecamatan_name or ""), row.kpj, row.phone or "",
                     _cell(row.occupation or ""), row.status.value]
                )  # fmt: skip
                count += 1
            after = ids[-1]
        auditor.record(
            session,
            actor,
            AuditAction.EXPORT,
            target=f"file:{name}",
            details={"workers": count, "scope": scope or "all", "full_nik": full_nik},
            approver=approver.username,
        )
        handle.flush()
        os.fsync(handle.fileno())
    return count


def _cell(text: str) -> str:
    """Text that a spreadsheet shows rather than runs as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
