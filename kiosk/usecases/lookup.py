"""Find a worker from whatever staff type or scan: NIK, KPJ, phone, or part of a name."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import name_search, search
from db.engine import reads_without_transaction
from db.models import Region, RegionLevel, Sex, Worker, WorkerStatus
from kiosk.registry.identifiers import KPJ_LENGTH, NIK_LENGTH, mask_nik, normalize_phone
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.bank_form import AccountStanding, account_standing

DEFAULT_LIMIT = 50
MIN_DIGIT_PREFIX = 4
MIN_NAME_LENGTH = 2

_SEPARATORS = re.compile(r"[\s.\-()/]+")  # as kiosk.registry.identifiers reads numbers


class QueryKind(enum.StrEnum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    NIK = "nik"
    KPJ = "kpj"
    PHONE = "phone"
    DIGITS = "digits"
    NAME = "name"
    SCOPE = "scope"


@dataclass(frozen=True)
class ParsedQuery:
    kind: QueryKind
    text: str  # the normalised query: digits for numbers, the words for a name


def parse_query(raw: str) -> ParsedQuery:
    """Decide what the staff typed or scanned."""
    text = " ".join(raw.split())
    if not text:
        return ParsedQuery(QueryKind.EMPTY, "")
    compact = _SEPARATORS.sub("", text)
    digits = compact[1:] if compact.startswith("+") else compact
    if digits.isdigit() and digits.isascii():
        if compact.startswith("+"):
            phone = normalize_phone(compact)
            return (
                ParsedQuery(QueryKind.PHONE, phone)
                if phone
                else ParsedQuery(QueryKind.DIGITS, digits)
            )
        if len(digits) == NIK_LENGTH:
            return ParsedQuery(QueryKind.NIK, digits)
        if len(digits) == KPJ_LENGTH and not digits.startswith("08"):
            return ParsedQuery(QueryKind.KPJ, digits)
        phone = normalize_phone(digits) if digits.startswith(("08", "62")) else None
        if phone:
            return ParsedQuery(QueryKind.PHONE, phone)
        if len(digits) < MIN_DIGIT_PREFIX:
            return ParsedQuery(QueryKind.TOO_SHORT, digits)
        return ParsedQuery(QueryKind.DIGITS, digits)
    if len(compact) < MIN_NAME_LENGTH:
        return ParsedQuery(QueryKind.TOO_SHORT, text)
    return ParsedQuery(QueryKind.NAME, text)


@dataclass(frozen=True)
class WorkerSummary:
    """One row of the results table; the NIK is masked."""

    id: int
    full_name: str
    nik_masked: str
    kpj: str
    desa: str
    kecamatan: str
    status: WorkerStatus


@dataclass(frozen=True)
class WorkerDetail:
    """Everything the detail panel shows; the NIK is masked."""

    id: int
    full_name: str
    nik_masked: str
    kpj: str
    birth_place: str
    birth_date: dt.date
    sex: Sex
    occupation: str
    address: str
    phone: str
    desa: str
    kecamatan: str
    status: WorkerStatus
    # The finest region known (a desa's, or a kecamatan's or kabupaten's when the list gave
    # no desa); for corrections: the desa to choose from its kecamatan.
    desa_code: str | None = None
    account: AccountStanding | None = None  # the Bank NTT account, when it was looked up


@dataclass(frozen=True)
class LookupResult:
    query: str = field(repr=False)  # may be a full NIK: never in logs
    scope: str | None
    kind: QueryKind
    hits: tuple[WorkerSummary, ...]
    truncated: bool  # more matched than are shown: type more to narrow down


def kecamatan_of(region_code: str | None) -> str | None:
    """The kecamatan of a worker's finest region: a desa's parent, or the kecamatan itself."""
    if region_code is None or len(region_code) < 8:
        return None
    return region_code[:8]


@dataclass(frozen=True)
class RegionChoice:
    code: str
    name: str


def _summary(row: search.WorkerRow) -> WorkerSummary:
    return WorkerSummary(
        id=row.id,
        full_name=row.full_name,
        nik_masked=mask_nik(row.nik),
        kpj=row.kpj,
        desa=row.desa_name or "",
        kecamatan=row.kecamatan_name or "",
        status=row.status,
    )


def _detail(row: search.WorkerRow, account: AccountStanding | None = None) -> WorkerDetail:
    return WorkerDetail(
        id=row.id,
        full_name=row.full_name,
        nik_masked=mask_nik(row.nik),
        kpj=row.kpj,
        birth_place=row.birth_place or "",
        birth_date=row.birth_date,
        sex=row.sex,
        occupation=row.occupation or "",
        address=row.address or "",
        phone=row.phone or "",
        desa=row.desa_name or "",
        kecamatan=row.kecamatan_name or "",
        status=row.status,
        desa_code=row.desa_code,
        account=account,
    )


def find_ids(session: Session, parsed: ParsedQuery, scope: str | None, limit: int) -> list[int]:
    """Worker ids for a parsed query, best first (exact identifiers ignore the scope)."""
    match parsed.kind:
        case QueryKind.NIK:
            return search.ids_by_nik(session, parsed.text)
        case QueryKind.KPJ:
            return search.ids_by_kpj(session, parsed.text)
        case QueryKind.PHONE:
            found = search.ids_by_phone(session, parsed.text, scope, limit)
            if len(parsed.text) == KPJ_LENGTH:
                found += [i for i in search.ids_by_kpj(session, parsed.text) if i not in found]
            return found
        case QueryKind.DIGITS:
            return search.ids_by_digit_prefix(session, parsed.text, scope, limit)
        case QueryKind.NAME:
            return name_search.ids_by_name(session, parsed.text, scope, limit)
        case QueryKind.EMPTY if scope:
            return search.ids_in_scope(session, scope, limit)
        case _:
            return []


# Kinds of query whose text may go into the audit trail: a name or a KPJ number says what
# was looked for; a NIK, a phone number or digits that may be part of either must not.
_LOGGED_QUERY_KINDS = frozenset({QueryKind.NAME, QueryKind.KPJ})


def _loggable_query(parsed: ParsedQuery) -> str:
    """The query as the trail may keep it: a name's words without any digits, so that a NIK
    or a phone number typed among words ("NIK 5311…") stays out."""
    if parsed.kind is QueryKind.KPJ:
        return parsed.text
    return " ".join(w for w in parsed.text.split() if not any(c.isdigit() for c in w))


class Lookup:
    """Lookup use cases; each call is one user action with its own session.

    Searching as staff type is not audited keystroke by keystroke: a search they submit
    (Enter, a scan), opening a worker and showing a full NIK are.
    """

    def __init__(self, sessions: sessionmaker[Session], auditor: Auditor) -> None:
        self._sessions = sessions
        self._auditor = auditor

    def search(
        self,
        query: str,
        scope: str | None = None,
        limit: int = DEFAULT_LIMIT,
        *,
        audit_as: Actor | None = None,
    ) -> LookupResult:
        parsed = parse_query(query)
        kind = QueryKind.SCOPE if parsed.kind is QueryKind.EMPTY and scope else parsed.kind
        if audit_as is not None:
            self._auditor.require(audit_as, Permission.SEARCH)
        with self._sessions() as session:
            reads_without_transaction(session)
            ids = find_ids(session, parsed, scope or None, limit + 1)
            rows = search.fetch_rows(session, ids[:limit])
        if audit_as is not None:
            details: dict[str, object] = {"kind": kind.value, "hits": len(rows)}
            if kind in _LOGGED_QUERY_KINDS:
                details["query"] = _loggable_query(parsed)
            if scope:
                details["scope"] = scope
            target = worker_target(rows[0].id) if len(rows) == 1 else None
            self._auditor.record_now(audit_as, AuditAction.SEARCH, target=target, details=details)
        return LookupResult(
            query=query,
            scope=scope or None,
            kind=kind,
            hits=tuple(_summary(r) for r in rows),
            truncated=len(ids) > limit,
        )

    def detail(self, worker_id: int) -> WorkerDetail | None:
        """A worker's details with a masked NIK, as a preview of the selected row."""
        with self._sessions() as session:
            reads_without_transaction(session)
            rows = search.fetch_rows(session, [worker_id])
            return _detail(rows[0], account_standing(session, worker_id)) if rows else None

    def open_worker(self, actor: Actor, worker_id: int) -> WorkerDetail | None:
        """Staff open a worker to serve them: audited."""
        self._auditor.require(actor, Permission.SEARCH, target=worker_target(worker_id))
        with self._sessions.begin() as session:
            rows = search.fetch_rows(session, [worker_id])
            if not rows:
                return None
            self._auditor.record(
                session, actor, AuditAction.OPEN_WORKER, target=worker_target(worker_id)
            )
            return _detail(rows[0], account_standing(session, worker_id))

    def reveal_nik(self, actor: Actor, worker_id: int) -> str | None:
        """The full NIK, for a role that may see it; the audit trail records who saw whose."""
        self._auditor.require(actor, Permission.VIEW_FULL_NIK, target=worker_target(worker_id))
        with self._sessions.begin() as session:
            nik = session.scalar(select(Worker.nik).where(Worker.id == worker_id))
            if nik is not None:
                self._auditor.record(
                    session, actor, AuditAction.SHOW_FULL_NIK, target=worker_target(worker_id)
                )
        return nik

    def kecamatan_choices(self) -> list[RegionChoice]:
        """The kecamatan that have registered workers, by name."""
        with self._sessions() as session:
            desa_codes = session.execute(
                select(Worker.desa_code).where(Worker.desa_code.is_not(None)).distinct()
            ).scalars()
            # A worker's finest region is a desa or a kecamatan (or a kabupaten, no kecamatan).
            parents = {code[:8] for code in desa_codes if code and len(code) >= 8}
            rows = session.execute(
                select(Region.code, Region.name)
                .where(Region.code.in_(sorted(parents)))
                .order_by(Region.name)
            )
            return [RegionChoice(code, name) for code, name in rows]

    def desa_choices(self, kecamatan_code: str) -> list[RegionChoice]:
        with self._sessions() as session:
            rows = session.execute(
                select(Region.code, Region.name)
                .where(Region.parent_code == kecamatan_code)
                .order_by(Region.name)
            )
            return [RegionChoice(code, name) for code, name in rows]


def resolve_scope(
    sessions: sessionmaker[Session], kecamatan: str | None, desa: str | None
) -> str | None:
    """A scope code from a kecamatan and/or desa given by name or code.

    Raises LookupError naming what could not be found, or ambiguous.
    """
    if not kecamatan and not desa:
        return None
    with sessions() as session:
        parent = None
        if kecamatan:
            parent = _resolve_one(session, kecamatan, RegionLevel.DISTRICT, None)
        if not desa:
            return parent
        return _resolve_one(session, desa, RegionLevel.VILLAGE, parent)


def _resolve_one(session: Session, text: str, level: RegionLevel, parent: str | None) -> str:
    wanted = text.strip()
    conditions = [Region.level == level]
    if parent:
        conditions.append(Region.parent_code == parent)
    digits = wanted.replace(".", "")
    if digits.isdigit():
        rows = session.execute(select(Region.code).where(*conditions)).scalars()
        matches = [c for c in rows if c.replace(".", "") == digits]
    else:
        key = " ".join(wanted.lower().split())
        rows2 = session.execute(select(Region.code, Region.name).where(*conditions))
        matches = [c for c, n in rows2 if " ".join(n.lower().split()) == key]
    if len(matches) != 1:
        raise LookupError(level, wanted, len(matches))
    return matches[0]
