"""The rehearsal (gladi) as a benchmark: 10 desks, 3,986 workers, 5 % collisions, the hub
killed half-way and the standby promoted, against the issue's targets.

The lead wires it into `make bench` with a hub and a standby started on this machine:
`rows = rehearsal.run(hub_url, hub_dir=A, standby_dir=B)`. Without hub_dir/standby_dir (or
with kill_hub_after=None) it runs without killing anything, e.g. against a test cluster.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import Row
from kiosk.usecases.rehearsal import (
    RehearsalOptions,
    RehearsalReport,
    cluster_failover,
    rehearsal_url,
    run_rehearsal,
)
from printing.keys import private_key_from_seed

DESKS = 10
WORKERS = 3986  # the Sumba Timur launch
COLLISIONS = 0.05
KILL_HUB_AFTER = 60.0
COMMIT_P95_TARGET_MS = 50.0
RECOVERY_TARGET_S = 30.0
# The bench signs its rehearsal cards with a fixed key: no key file is made or needed.
_KEY = private_key_from_seed(b"kiosk-bench-rehearsal-signing-ke")


def run(
    hub_url: str,
    *,
    hub_dir: Path | None = None,
    standby_dir: Path | None = None,
    rehearsal_database_url: str | None = None,
    desks: int = DESKS,
    workers: int = WORKERS,
    collisions: float = COLLISIONS,
    kill_hub_after: float | None = KILL_HUB_AFTER,
) -> list[Row]:
    """Run the rehearsal on the hub's rehearsal database (or rehearsal_database_url) and
    give its rows; the hub is killed only when both cluster folders are given."""
    url = rehearsal_database_url or rehearsal_url(hub_url)
    failover = None
    if kill_hub_after is not None and hub_dir is not None and standby_dir is not None:
        failover = cluster_failover(hub_dir, standby_dir)
    else:
        kill_hub_after = None
    options = RehearsalOptions(
        desks=desks, workers=workers, collisions=collisions, kill_hub_after=kill_hub_after
    )
    print(f"  rehearsal: {desks} desks, {workers:,} workers ...")
    report = run_rehearsal(url, options, _KEY, registry_url=hub_url, failover=failover)
    return rows_of(report)


def rows_of(report: RehearsalReport) -> list[Row]:
    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    def ms(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f} ms"

    commit_p95 = report.handover_commit_ms.p95
    rows = [
        Row(
            f"rehearsal: {report.desks} desks, {report.workers} workers",
            f"{report.handovers_per_second:.1f} handovers/s in {report.seconds:.0f} s",
        ),
        Row(
            "rehearsal lookup p50 / p95",
            f"{ms(report.lookup_ms.p50)} / {ms(report.lookup_ms.p95)}",
        ),
        Row(
            "rehearsal handover, all told, p50 / p95",
            f"{ms(report.handover_ms.p50)} / {ms(report.handover_ms.p95)}",
        ),
        Row(
            "rehearsal handover commit p95",
            ms(commit_p95),
            f"<= {COMMIT_P95_TARGET_MS:.0f} ms",
            verdict(commit_p95 is not None and commit_p95 <= COMMIT_P95_TARGET_MS),
        ),
        Row("rehearsal doubles", str(report.doubles), "0", verdict(report.doubles == 0)),
        Row(
            "rehearsal confirmed handovers lost",
            str(report.confirmed_lost),
            "0",
            verdict(report.confirmed_lost == 0),
        ),
        Row(
            "rehearsal collisions refused naming the other desk",
            f"{report.collisions_refused_naming_other_desk} of {report.collisions_planned}",
            "all",
            verdict(report.collisions_refused_naming_other_desk == report.collisions_planned),
        ),
        Row(
            "rehearsal audit trail",
            f"{'intact' if report.audit_ok else 'BROKEN'} ({report.audit_events_checked})",
            "intact",
            verdict(report.audit_ok),
        ),
    ]
    if report.recovery_seconds is not None:
        rows.append(
            Row(
                "rehearsal desks working again after the hub died",
                f"{report.recovery_seconds:.1f} s",
                f"<= {RECOVERY_TARGET_S:.0f} s",
                verdict(report.recovery_seconds <= RECOVERY_TARGET_S),
            )
        )
    return rows
