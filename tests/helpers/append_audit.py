"""Append audit events from a separate process: `python -m tests.helpers.append_audit URL N TAG`."""

from __future__ import annotations

import sys

from db.engine import make_engine, make_session_factory
from kiosk.usecases.audit import AuditAction, Auditor, Workstation


def main(url: str, count: int, device: str) -> None:
    sessions = make_session_factory(make_engine(url))
    auditor = Auditor(sessions, Workstation("Aula Kantor Bupati, Waingapu", device))
    print("ready", flush=True)
    sys.stdin.readline()  # both processes start appending at the same moment
    for i in range(count):
        auditor.record_now(f"petugas-{device}", AuditAction.SEARCH, details={"i": i})


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
