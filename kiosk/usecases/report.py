"""The province's programme report, computed once from the registry: the window's charts, the
PDF, the XLSX and `kiosk report --json` all draw the one printing.report_data.ProgrammeReport
made here.

What each figure counts (every per-kabupaten figure counts workers, never cards or events):

- A worker belongs to the kabupaten/kota whose code is the first 5 characters of their
  desa_code ("53.11.03.2002" -> "53.11"). Workers without a region belong to none and are in
  no row. For the whole province every kabupaten/kota of the region table has a row, with 0
  where nobody is registered; a kabupaten scope gives its row only, and narrows every other
  figure (days, desks, cards, bank, doubles) to that kabupaten's workers.
- registered: the workers; never narrowed by the period.
- printed: distinct workers with a card whose printed_at is set (a printer accepted it).
- handed_over: distinct workers with a valid handover (voided_at IS NULL).
- account_opened: distinct workers with a bank_account row, whatever its status: an account
  the bank opened collectively from the registration list (pre_opened) counts as opened.
- target: the kabupaten's row of the target table; None when none is set.

The period (scope.date_from .. scope.date_to, inclusive days in WITA, either end open) narrows
each figure to the events in it: printed to cards printed in it (printed_at), handed_over,
per_day, per_desk_hour to handovers made in it (handed_over_at), account_opened to accounts
opened in it (opened_at), the card reconciliation to cards printed in it, the bank
reconciliation to applications made in it (created_at), and the doubles to workers with at
least one of their valid handovers in it (all their valid handovers are listed).

- per_day, per_desk_hour: valid handovers by day, and by site (the handover's site label),
  desk (its device) and hour, in WITA (UTC+8; the database keeps UTC).
- cards: every card with printed_at set, in exactly one column: handed_over when a valid
  handover of it exists; else by its status: active -> waiting, replaced -> replaced, voided
  -> voided. printed == handed_over + waiting + replaced + voided holds by construction.
- bank: bank applications by status.
- doubles: workers with more than one valid handover; only possible at the province centre,
  where rows from several sites sit together without the "one valid handover per card" and
  "one active card per worker" indexes. Each handover with its site label, desk, operator and
  time. The worker is their KPJ when the report is personal, else the KPJ masked.
- freshness: this database (its local_origin label, else the configured site) up to the
  moment the report was made, then every other site of site_heartbeat up to its beat_at.

Rows of two site-owned tables are never joined through an id here (that would need the
origin too, see db/migrations/versions/0015_province.py): every join is on worker.id or
card.serial, which are the same at every site.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, select, text
from sqlalchemy.orm import Session, sessionmaker

from db.enums import ApplicationStatus, CardStatus, RegionLevel
from db.models import (
    BankAccount,
    BankApplication,
    Card,
    Handover,
    LocalOrigin,
    Region,
    SiteHeartbeat,
    Target,
    Worker,
)
from kiosk.registry.identifiers import MASK_CHAR
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, Clock, utc_now
from printing.report_data import (
    BankReconciliation,
    CardReconciliation,
    DayCount,
    DeskHour,
    Double,
    DoubleHandover,
    KabupatenProgress,
    ProgrammeReport,
    ReportScope,
    SiteFreshness,
)

WITA = dt.timezone(dt.timedelta(hours=8), "WITA")
_KABUPATEN_LENGTH = 5  # "53.11"
_CHUNK = 500  # ids per IN list
# This database's name in the freshness lines when neither the link nor the settings name it.
THIS_DATABASE = "basis data ini"

_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])


class ScopeProblem(enum.StrEnum):
    UNKNOWN_KABUPATEN = "unknown_kabupaten"  # not a kabupaten/kota of the region table
    PERIOD_REVERSED = "period_reversed"  # date_from after date_to


class ReportScopeError(ValueError):
    """The scope cannot be reported on; problem says why, kabupaten which code."""

    def __init__(self, problem: ScopeProblem, kabupaten: str | None = None) -> None:
        super().__init__(f"{problem.value}: {kabupaten or ''}")
        self.problem = problem
        self.kabupaten = kabupaten


class Reports:
    """Opens the programme report for a monitor or a supervisor, audited."""

    def __init__(
        self, sessions: sessionmaker[Session], auditor: Auditor, clock: Clock = utc_now
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.clock = clock

    def open(self, actor: Actor, scope: ReportScope, *, output: str = "window") -> ProgrammeReport:
        """The report over scope; refused without VIEW_REPORT. output says where it goes
        ("window", "json", "pdf", "xlsx") for the audit trail, which records the scope and
        never a worker."""
        self.auditor.require(actor, Permission.VIEW_REPORT)
        with self.sessions() as session:
            _read_only(session)
            check_scope(session, scope)
            report = compute_report(
                session,
                scope,
                personal=actor.may(Permission.VIEW_FULL_NIK),
                made_at=self.clock(),
                site_label=self.auditor.workstation.site,
            )
        self.auditor.record_now(
            actor,
            AuditAction.REPORT_OPENED,
            target=f"kabupaten:{scope.kabupaten}" if scope.kabupaten else "province",
            details={**scope_details(scope), "output": output},
        )
        return report


def scope_details(scope: ReportScope) -> dict[str, str | None]:
    return {
        "kabupaten": scope.kabupaten,
        "from": scope.date_from.isoformat() if scope.date_from else None,
        "to": scope.date_to.isoformat() if scope.date_to else None,
    }


def check_scope(session: Session, scope: ReportScope) -> None:
    """Raise ReportScopeError when the scope names no kabupaten/kota or a reversed period."""
    if scope.date_from and scope.date_to and scope.date_from > scope.date_to:
        raise ReportScopeError(ScopeProblem.PERIOD_REVERSED)
    if scope.kabupaten is not None:
        codes = {code for code, _name in kabupaten_choices(session)}
        if scope.kabupaten not in codes:
            raise ReportScopeError(ScopeProblem.UNKNOWN_KABUPATEN, scope.kabupaten)


def kabupaten_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every kabupaten/kota of the region table, by code."""
    rows = session.execute(
        select(Region.code, Region.name)
        .where(Region.level == RegionLevel.REGENCY)
        .order_by(Region.code)
    )
    return [(code, name) for code, name in rows]


def _read_only(session: Session) -> None:
    """One snapshot for every query of the report (PostgreSQL); SQLite reads as it is."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))


def compute_report(
    session: Session,
    scope: ReportScope,
    *,
    personal: bool,
    made_at: dt.datetime,
    site_label: str = "",
) -> ProgrammeReport:
    """The report over scope, as the module's docstring defines each figure. personal: the
    doubles name the worker by KPJ, else masked. site_label: this database's name when its
    local_origin has none."""
    made = made_at.astimezone(WITA)
    q = _Queries(session, scope)
    regions = kabupaten_choices(session)
    if scope.kabupaten is not None:
        regions = [(code, name) for code, name in regions if code == scope.kabupaten]
    targets = dict(q.targets())
    registered = q.registered()
    printed = q.printed()
    handed = q.handed_over()
    accounts = q.accounts()
    rows = tuple(
        KabupatenProgress(
            code=code,
            name=name,
            target=targets.get(code),
            registered=registered.get(code, 0),
            printed=printed.get(code, 0),
            handed_over=handed.get(code, 0),
            account_opened=accounts.get(code, 0),
        )
        for code, name in regions
    )
    desk_hours = q.desk_hours()
    days: dict[dt.date, int] = defaultdict(int)
    for row in desk_hours:
        days[row.hour.date()] += row.handovers
    return ProgrammeReport(
        made_at=made,
        scope=scope,
        kabupaten=rows,
        per_day=tuple(DayCount(day, n) for day, n in sorted(days.items())),
        per_desk_hour=desk_hours,
        cards=q.cards(),
        bank=q.bank(),
        doubles=q.doubles(personal, dict(kabupaten_choices(session))),
        freshness=_freshness(session, made, site_label),
    )


class _Queries:
    """The report's queries over one scope."""

    def __init__(self, session: Session, scope: ReportScope) -> None:
        self.session = session
        self.scope = scope
        self.dialect = session.get_bind().dialect.name
        self.kabupaten = func.substr(Worker.desa_code, 1, _KABUPATEN_LENGTH)

    # WITA text of a UTC timestamp column: 'YYYY-MM-DD HH' (hour) or 'YYYY-MM-DD' (day).
    def _wita(self, column: Any, *, hour: bool) -> ColumnElement[str]:
        if self.dialect == "postgresql":
            pattern = "YYYY-MM-DD HH24" if hour else "YYYY-MM-DD"
            shifted = func.timezone("UTC", column) + literal_column("interval '8 hours'")
            return func.to_char(shifted, pattern)
        return func.strftime("%Y-%m-%d %H" if hour else "%Y-%m-%d", column, "+8 hours")

    def _in_period(self, column: Any) -> list[ColumnElement[bool]]:
        day = self._wita(column, hour=False)
        found: list[ColumnElement[bool]] = []
        if self.scope.date_from is not None:
            found.append(day >= self.scope.date_from.isoformat())
        if self.scope.date_to is not None:
            found.append(day <= self.scope.date_to.isoformat())
        return found

    def _workers_of_scope(self, query: _S, worker_id: Any) -> _S:
        """query narrowed to the scope's kabupaten, through the worker."""
        if self.scope.kabupaten is None:
            return query
        return query.join(Worker, Worker.id == worker_id).where(
            self.kabupaten == self.scope.kabupaten
        )

    def _per_kabupaten(self, query: Select[Any]) -> dict[str, int]:
        if self.scope.kabupaten is not None:
            query = query.where(self.kabupaten == self.scope.kabupaten)
        return {code: int(n) for code, n in self.session.execute(query) if code is not None}

    def targets(self) -> Iterable[tuple[str, int]]:
        return [
            (k, int(n)) for k, n in self.session.execute(select(Target.kabupaten, Target.workers))
        ]

    def registered(self) -> dict[str, int]:
        return self._per_kabupaten(
            select(self.kabupaten, func.count()).select_from(Worker).group_by(self.kabupaten)
        )

    def printed(self) -> dict[str, int]:
        return self._per_kabupaten(
            select(self.kabupaten, func.count(Card.worker_id.distinct()))
            .select_from(Card)
            .join(Worker, Worker.id == Card.worker_id)
            .where(Card.printed_at.is_not(None), *self._in_period(Card.printed_at))
            .group_by(self.kabupaten)
        )

    def handed_over(self) -> dict[str, int]:
        return self._per_kabupaten(
            select(self.kabupaten, func.count(Handover.worker_id.distinct()))
            .select_from(Handover)
            .join(Worker, Worker.id == Handover.worker_id)
            .where(Handover.voided_at.is_(None), *self._in_period(Handover.handed_over_at))
            .group_by(self.kabupaten)
        )

    def accounts(self) -> dict[str, int]:
        return self._per_kabupaten(
            select(self.kabupaten, func.count(BankAccount.worker_id.distinct()))
            .select_from(BankAccount)
            .join(Worker, Worker.id == BankAccount.worker_id)
            .where(*self._in_period(BankAccount.opened_at))
            .group_by(self.kabupaten)
        )

    def desk_hours(self) -> tuple[DeskHour, ...]:
        hour = self._wita(Handover.handed_over_at, hour=True)
        query = self._workers_of_scope(
            select(Handover.site, Handover.device, hour, func.count())
            .select_from(Handover)
            .where(Handover.voided_at.is_(None), *self._in_period(Handover.handed_over_at))
            .group_by(Handover.site, Handover.device, hour),
            Handover.worker_id,
        )
        rows = [
            DeskHour(
                site=site,
                desk=device,
                hour=dt.datetime.strptime(text_hour, "%Y-%m-%d %H").replace(tzinfo=WITA),
                handovers=int(n),
            )
            for site, device, text_hour, n in self.session.execute(query)
        ]
        return tuple(sorted(rows, key=lambda r: (r.site, r.desk, r.hour)))

    def cards(self) -> CardReconciliation:
        handed = Card.serial.in_(select(Handover.card_serial).where(Handover.voided_at.is_(None)))
        column = case((handed, "handed_over"), else_=Card.status)
        query = self._workers_of_scope(
            select(column, func.count())
            .select_from(Card)
            .where(Card.printed_at.is_not(None), *self._in_period(Card.printed_at))
            .group_by(column),
            Card.worker_id,
        )
        counts: Mapping[str, int] = {str(k): int(n) for k, n in self.session.execute(query)}
        handed_over = counts.get("handed_over", 0)
        waiting = counts.get(CardStatus.ACTIVE.value, 0)
        replaced = counts.get(CardStatus.REPLACED.value, 0)
        voided = counts.get(CardStatus.VOIDED.value, 0)
        return CardReconciliation(
            printed=handed_over + waiting + replaced + voided,
            handed_over=handed_over,
            waiting=waiting,
            replaced=replaced,
            voided=voided,
        )

    def bank(self) -> BankReconciliation:
        query = self._workers_of_scope(
            select(BankApplication.status, func.count())
            .select_from(BankApplication)
            .where(*self._in_period(BankApplication.created_at))
            .group_by(BankApplication.status),
            BankApplication.worker_id,
        )
        counts = {ApplicationStatus(s): int(n) for s, n in self.session.execute(query)}
        opened = counts.get(ApplicationStatus.OPENED, 0)
        pending = counts.get(ApplicationStatus.PENDING, 0)
        rejected = counts.get(ApplicationStatus.REJECTED, 0)
        failed = counts.get(ApplicationStatus.FAILED, 0)
        return BankReconciliation(
            applications=opened + pending + rejected + failed,
            opened=opened,
            pending=pending,
            rejected=rejected,
            failed=failed,
        )

    def doubles(self, personal: bool, names: Mapping[str, str]) -> tuple[Double, ...]:
        period = self._in_period(Handover.handed_over_at)
        in_period = case((and_(*period), 1), else_=0) if period else literal_column("1")
        query = self._workers_of_scope(
            select(Handover.worker_id)
            .where(Handover.voided_at.is_(None))
            .group_by(Handover.worker_id)
            .having(func.count() > 1, func.sum(in_period) > 0),
            Handover.worker_id,
        )
        worker_ids = sorted(self.session.scalars(query))
        found: dict[int, tuple[str, str]] = {}
        handovers: dict[int, list[DoubleHandover]] = defaultdict(list)
        for start in range(0, len(worker_ids), _CHUNK):
            chunk = worker_ids[start : start + _CHUNK]
            for worker_id, kpj, kabupaten in self.session.execute(
                select(Worker.id, Worker.kpj, self.kabupaten).where(Worker.id.in_(chunk))
            ):
                found[worker_id] = (kpj, kabupaten or "")
            for worker_id, site, device, operator, at in self.session.execute(
                select(
                    Handover.worker_id,
                    Handover.site,
                    Handover.device,
                    Handover.operator,
                    Handover.handed_over_at,
                ).where(Handover.worker_id.in_(chunk), Handover.voided_at.is_(None))
            ):
                handovers[worker_id].append(
                    DoubleHandover(site=site, desk=device, operator=operator, at=_wita(at))
                )
        doubles = []
        for worker_id in worker_ids:
            kpj, kabupaten = found[worker_id]
            doubles.append(
                Double(
                    worker=kpj if personal else mask_kpj(kpj),
                    kabupaten=names.get(kabupaten, kabupaten),
                    handovers=tuple(sorted(handovers[worker_id], key=lambda h: h.at)),
                )
            )
        return tuple(sorted(doubles, key=lambda d: (d.kabupaten, d.handovers[0].at)))


def mask_kpj(kpj: str) -> str:
    """Only the last 4 digits: •••••••1234."""
    return MASK_CHAR * max(len(kpj) - 4, 0) + kpj[-4:]


def _wita(value: dt.datetime) -> dt.datetime:
    """A stored time (UTC; naive on SQLite) in WITA."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(WITA)


def _freshness(session: Session, made: dt.datetime, site_label: str) -> tuple[SiteFreshness, ...]:
    own = session.execute(
        select(LocalOrigin.origin, LocalOrigin.label).where(LocalOrigin.id == 1)
    ).first()
    origin, label = (own[0], own[1]) if own is not None else ("", "")
    configured = site_label if site_label.strip("- ") else ""
    here = SiteFreshness(
        site=label or configured or THIS_DATABASE, known_until=made, this_database=True
    )
    beats = session.execute(
        select(SiteHeartbeat.origin, SiteHeartbeat.label, SiteHeartbeat.beat_at).order_by(
            SiteHeartbeat.label, SiteHeartbeat.origin
        )
    )
    others = tuple(
        SiteFreshness(site=site or beat_origin, known_until=_wita(at) if at else None)
        for beat_origin, site, at in beats
        if not (origin and beat_origin == origin)
    )
    return (here, *others)


def freshness_line(row: SiteFreshness) -> str:
    """ "data Hub Sumba Timur s.d. 04-12 14:02" (WITA), as the report's readers see it."""
    if row.known_until is None:
        return f"data {row.site}: belum ada data yang diterima"
    return f"data {row.site} s.d. {row.known_until.astimezone(WITA):%d-%m %H:%M}"


def _time(value: dt.datetime) -> str:
    return value.astimezone(WITA).isoformat(timespec="seconds")


def report_to_json(report: ProgrammeReport) -> dict[str, Any]:
    """Every figure of the report, with stable keys; times ISO 8601 in WITA (+08:00)."""

    def row(progress: KabupatenProgress) -> dict[str, Any]:
        return {
            "code": progress.code,
            "name": progress.name,
            "target": progress.target,
            "registered": progress.registered,
            "printed": progress.printed,
            "handed_over": progress.handed_over,
            "account_opened": progress.account_opened,
        }

    cards, bank = report.cards, report.bank
    return {
        "made_at": _time(report.made_at),
        "scope": scope_details(report.scope),
        "freshness": [
            {
                "site": f.site,
                "known_until": _time(f.known_until) if f.known_until else None,
                "this_database": f.this_database,
                "line": freshness_line(f),
            }
            for f in report.freshness
        ],
        "total": row(report.total),
        "kabupaten": [row(k) for k in report.kabupaten],
        "per_day": [{"day": d.day.isoformat(), "handovers": d.handovers} for d in report.per_day],
        "per_desk_hour": [
            {"site": h.site, "desk": h.desk, "hour": _time(h.hour), "handovers": h.handovers}
            for h in report.per_desk_hour
        ],
        "cards": {
            "printed": cards.printed,
            "handed_over": cards.handed_over,
            "waiting": cards.waiting,
            "replaced": cards.replaced,
            "voided": cards.voided,
        },
        "bank": {
            "applications": bank.applications,
            "opened": bank.opened,
            "pending": bank.pending,
            "rejected": bank.rejected,
            "failed": bank.failed,
        },
        "doubles": [
            {
                "worker": d.worker,
                "kabupaten": d.kabupaten,
                "handovers": [
                    {"site": h.site, "desk": h.desk, "operator": h.operator, "at": _time(h.at)}
                    for h in d.handovers
                ],
            }
            for d in report.doubles
        ],
    }
