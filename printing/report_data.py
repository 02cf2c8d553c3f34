"""The province's programme report as plain data: computed once (kiosk.usecases.report) and
drawn by the window's charts, the PDF (printing.report_pdf), the XLSX and the JSON alike, so
the four can never disagree.

Nothing here names a person: a monitor may see all of it. Doubles carry a worker reference
that the use case masks unless the viewer may see personal data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class KabupatenProgress:
    """One kabupaten/kota's progress against its target; every figure counts workers."""

    code: str  # "53.11"
    name: str  # "Sumba Timur"
    target: int | None  # None: no target set for it
    registered: int
    printed: int  # workers with at least one card a printer accepted
    handed_over: int  # workers with a valid (not voided) handover
    account_opened: int  # workers with a bank account opened (on site, or pre-opened)


@dataclass(frozen=True, slots=True)
class DayCount:
    """Valid handovers on one day (WITA)."""

    day: dt.date
    handovers: int


@dataclass(frozen=True, slots=True)
class DeskHour:
    """Valid handovers at one desk in one hour (WITA) of an event or a day at a site."""

    site: str  # the site's label, e.g. "Hub Sumba Timur"
    desk: str  # the device name
    hour: dt.datetime  # aware, WITA, on the hour
    handovers: int


@dataclass(frozen=True, slots=True)
class CardReconciliation:
    """Every card a printer accepted, in exactly one column:
    printed == handed_over + waiting + replaced + voided."""

    printed: int
    handed_over: int  # its valid handover is recorded
    waiting: int  # still active and not handed over: at a site, waiting for its worker
    replaced: int  # spoiled or lost and reprinted; the reprint is another card
    voided: int  # withdrawn


@dataclass(frozen=True, slots=True)
class BankReconciliation:
    """Every bank account application by its state."""

    applications: int  # == opened + pending + rejected + failed
    opened: int
    pending: int
    rejected: int
    failed: int  # the bank will not take it as it is: a person must look


@dataclass(frozen=True, slots=True)
class DoubleHandover:
    """One of a double's valid handovers."""

    site: str  # the site's label
    desk: str
    operator: str
    at: dt.datetime  # aware


@dataclass(frozen=True, slots=True)
class Double:
    """A worker with more than one valid handover: two events, or an event and a branch,
    that did not know of each other. For a supervisor to settle."""

    worker: str  # the KPJ for a supervisor; masked ("•••••••1234") for a monitor
    kabupaten: str  # the kabupaten's name
    handovers: tuple[DoubleHandover, ...]


@dataclass(frozen=True, slots=True)
class SiteFreshness:
    """Up to when a site's data is known here ("data Sumba Timur s.d. 04-12 14:02")."""

    site: str  # the site's label
    known_until: dt.datetime | None  # aware; None: nothing received from it yet
    this_database: bool = False  # the site is the database the report was made on


@dataclass(frozen=True, slots=True)
class ReportScope:
    """What the report covers: one kabupaten or all, and a period of handover days."""

    kabupaten: str | None = None  # "53.11", or None for the whole province
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive


@dataclass(frozen=True, slots=True)
class ProgrammeReport:
    """The whole report: made on one database at one moment."""

    made_at: dt.datetime  # aware
    scope: ReportScope
    kabupaten: tuple[KabupatenProgress, ...]  # ordered by code
    per_day: tuple[DayCount, ...]  # ordered by day; days without handovers left out
    per_desk_hour: tuple[DeskHour, ...]  # ordered by site, desk, hour
    cards: CardReconciliation
    bank: BankReconciliation
    doubles: tuple[Double, ...]
    freshness: tuple[SiteFreshness, ...] = field(default=())

    @property
    def total(self) -> KabupatenProgress:
        """The province (or the scope's kabupaten) as one row; target None when no row has one."""
        targets = [row.target for row in self.kabupaten if row.target is not None]
        return KabupatenProgress(
            code="53",
            name="Nusa Tenggara Timur",
            target=sum(targets) if targets else None,
            registered=sum(row.registered for row in self.kabupaten),
            printed=sum(row.printed for row in self.kabupaten),
            handed_over=sum(row.handed_over for row in self.kabupaten),
            account_opened=sum(row.account_opened for row in self.kabupaten),
        )
