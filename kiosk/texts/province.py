"""Translated words for the province's links, shared by the command line and the window."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.config import WITA

if TYPE_CHECKING:
    from db.cluster.province import LinkStatus, ProvinceError


def describe_province_error(error: ProvinceError) -> str:
    from db.cluster import province as p

    match error.problem:
        case p.NOT_A_CENTRE:
            return QCoreApplication.translate(
                "cli",
                "That database is not the province's centre: prepare it first with"
                " kiosk central setup URL (or kiosk central init for a trial).",
            )
        case p.IS_A_CENTRE:
            return QCoreApplication.translate(
                "cli", "This database is the province's centre: a centre is not linked as a site."
            )
        case p.NEEDS_LOGICAL_WAL:
            return QCoreApplication.translate(
                "cli",
                "This server does not keep logical WAL (wal_level): set wal_level = logical"
                " and restart it, then link again.",
            )
        case p.UNKNOWN_KABUPATEN:
            return QCoreApplication.translate(
                "cli",
                "{code} is not a kabupaten/kota of NTT: give its code, e.g. 53.11 for Sumba Timur.",
            ).format(code=error.detail)
        case p.FOREIGN_WORKERS:
            return QCoreApplication.translate(
                "cli",
                "This site holds {n} workers the centre does not have: its registry was imported"
                " here. The province's registry is imported at the centre; start a new hub and"
                " link it, then the centre sends it its kabupaten's workers.",
            ).format(n=error.detail)
        case p.NOT_SUPERUSER:
            return QCoreApplication.translate(
                "cli",
                "The link needs a superuser of the centre (PostgreSQL 15: only a superuser may"
                " create a subscription): use the link URL the province gave you.",
            )
        case p.LINKED_ELSEWHERE:
            return QCoreApplication.translate(
                "cli", "This database is already linked as {origin}, for another kabupaten."
            ).format(origin=error.detail)
    return str(error)


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("cli", "never")
    return moment.astimezone(WITA).strftime("%d-%m %H:%M:%S WITA")


def _mb(value: int | None) -> str:
    return "-" if value is None else f"{value / (1024 * 1024):.1f} MB"


def describe_link(link: LinkStatus) -> list[str]:
    """One line for the link, and a warning line when its WAL nears its bound."""
    from db.cluster.province import Direction

    direction = {
        Direction.TO_CENTRE: QCoreApplication.translate("cli", "To the centre"),
        Direction.FROM_CENTRE: QCoreApplication.translate("cli", "From the centre"),
        Direction.FROM_SITE: QCoreApplication.translate("cli", "From {site}"),
        Direction.TO_SITE: QCoreApplication.translate("cli", "To {site}"),
    }[link.direction].format(site=link.site)
    state = (
        QCoreApplication.translate("cli", "connected")
        if link.connected
        else QCoreApplication.translate("cli", "NOT connected")
    )
    parts = [f"{direction}: {state}"]
    if link.lag_seconds is not None:
        parts.append(
            QCoreApplication.translate("cli", "behind by {s:.1f} s").format(s=link.lag_seconds)
        )
    parts.append(
        QCoreApplication.translate("cli", "{n} changes waiting").format(n=link.lag_rows)
        if link.lag_rows is not None
        else QCoreApplication.translate("cli", "changes waiting: not known from here")
    )
    parts.append(
        QCoreApplication.translate("cli", "last contact {when}").format(
            when=_when(link.last_contact)
        )
    )
    if link.data_until is not None or link.direction is Direction.FROM_SITE:
        parts.append(
            QCoreApplication.translate("cli", "data up to {when}").format(
                when=_when(link.data_until)
            )
        )
    if link.retained_wal_bytes is not None:
        parts.append(
            QCoreApplication.translate("cli", "WAL kept {kept} of at most {bound}").format(
                kept=_mb(link.retained_wal_bytes), bound=_mb(link.wal_keep_bytes)
            )
        )
    lines = [" · ".join(parts)]
    if link.wal_status == "lost":
        lines.append(
            QCoreApplication.translate(
                "cli",
                "WARNING: the WAL this link needed is gone (the disk bound was reached): run"
                " kiosk hub link again; the centre then takes a fresh copy of this site.",
            )
        )
    elif link.wal_warning:
        lines.append(
            QCoreApplication.translate(
                "cli",
                "WARNING: the WAL kept for the centre is over half its bound: connect the link"
                " (the tunnel to the centre) soon, before the disk fills.",
            )
        )
    return lines


def link_json(link: LinkStatus) -> dict[str, object]:
    def iso(moment: dt.datetime | None) -> str | None:
        return None if moment is None else moment.astimezone(WITA).isoformat()

    return {
        "site": link.site,
        "origin": link.origin,
        "direction": link.direction.value,
        "connected": link.connected,
        "last_contact": iso(link.last_contact),
        "lag_seconds": link.lag_seconds,
        "lag_rows": link.lag_rows,
        "retained_wal_bytes": link.retained_wal_bytes,
        "wal_keep_bytes": link.wal_keep_bytes,
        "wal_status": link.wal_status,
        "wal_warning": link.wal_warning,
        "data_until": iso(link.data_until),
    }
