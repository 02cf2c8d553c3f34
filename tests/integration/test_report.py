"""The programme report: its figures equal the registry counted directly, on both backends."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from db.models import (
    AccountStatus,
    ApplicationStatus,
    AuditEvent,
    BankAccount,
    BankApplication,
    Card,
    CardStatus,
    Handover,
    HandoverKind,
    IdDocument,
    LocalOrigin,
    Region,
    RegionLevel,
    Role,
    SiteHeartbeat,
    Target,
    Worker,
)
from kiosk.usecases.audit import Actor, PermissionDeniedError
from kiosk.usecases.demo import create_demo
from kiosk.usecases.report import (
    Reports,
    ReportScopeError,
    ScopeProblem,
    mask_kpj,
    report_to_json,
)
from printing.report_data import ReportScope
from tests.helpers.security import Security, build_security

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
WITA = dt.timezone(dt.timedelta(hours=8))
EARLIER = TODAY - dt.timedelta(days=2)


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    security = build_security(sessions)
    if Role.MONITOR not in security.actors:
        admin = security.actors[Role.ADMIN]
        security.operators.add(admin, "pemantau", "Pemantau Provinsi", Role.MONITOR, "318274")
        security.actors[Role.MONITOR] = security.operators.sign_in("pemantau", "318274")
    security.clock.now = dt.datetime(2026, 12, 4, 6, 6, tzinfo=dt.UTC)
    _province(sessions)
    return security


def _province(sessions: sessionmaker[Session]) -> None:
    """A demo registry of Sumba Timur, with workers of Kupang, one without a region,
    handovers over several days (one past midnight WITA, one voided), cards waiting,
    replaced, voided and never printed, bank accounts and applications, targets, sites."""
    create_demo(sessions, workers=240, seed=3, today=TODAY, now=NOW, handed_over=0.5)
    with sessions.begin() as session:
        kupang = session.scalars(
            select(Region.code)
            .where(Region.level == RegionLevel.VILLAGE, Region.code.like("53.01.%"))
            .order_by(Region.code)
            .limit(2)
        ).all()
        ids = list(session.scalars(select(Worker.id).order_by(Worker.id)))
        for n, worker_id in enumerate(ids[:30]):
            session.execute(
                update(Worker).where(Worker.id == worker_id).values(desa_code=kupang[n % 2])
            )
        session.execute(update(Worker).where(Worker.id == ids[30]).values(desa_code=None))
        handovers = session.execute(
            select(Handover.id, Handover.worker_id, Handover.handed_over_at).order_by(Handover.id)
        ).all()
        for n, (handover_id, _worker, at) in enumerate(handovers):
            if n % 3 == 0:
                session.execute(
                    update(Handover)
                    .where(Handover.id == handover_id)
                    .values(handed_over_at=at - dt.timedelta(days=2))
                )
        # 00:30 WITA on TODAY is still the day before in UTC.
        session.execute(
            update(Handover)
            .where(Handover.id == handovers[1][0])
            .values(handed_over_at=dt.datetime(2026, 11, 24, 16, 30, tzinfo=dt.UTC))
        )
        session.execute(
            update(Handover)
            .where(Handover.id == handovers[2][0])
            .values(voided_at=NOW, voided_by="sari.supervisor", void_reason="salah orang")
        )
        handed = {w for _id, w, _at in handovers}
        others = [w for w in ids if w not in handed]
        cards = []
        for n, worker_id in enumerate(others[:24]):
            status = (CardStatus.ACTIVE, CardStatus.REPLACED, CardStatus.VOIDED)[n % 3]
            printed = None if n == 23 else NOW - dt.timedelta(days=n % 4)
            cards.append(
                {
                    "serial": 10_000 + n,
                    "worker_id": worker_id,
                    "key_id": "00000000",
                    "issued_on": TODAY,
                    "status": status,
                    "created_at": NOW - dt.timedelta(days=5),
                    "printed_at": printed,
                }
            )
        session.execute(insert(Card), cards)
        accounts = [
            {
                "worker_id": worker_id,
                "account_number": f"0012{worker_id:08d}",
                "status": AccountStatus.PRE_OPENED if n % 2 else AccountStatus.OPENED,
                "opened_at": NOW - dt.timedelta(days=20 if n % 2 else 2),
            }
            for n, worker_id in enumerate(ids[10:60])
        ]
        session.execute(insert(BankAccount), accounts)
        statuses = list(ApplicationStatus)
        applications = [
            {
                "application_no": f"APP-{n:04d}",
                "worker_id": worker_id,
                "status": statuses[n % len(statuses)],
                "form_json": "{}",
                "request_json": "{}",
                "consent_text": "setuju",
                "consented_at": NOW,
                "signature_json": "{}",
                "signature_png": b"",
                "next_attempt_at": NOW,
                "operator": "teller1",
                "site": "Waingapu",
                "created_at": NOW - dt.timedelta(days=n % 3),
                "updated_at": NOW,
            }
            for n, worker_id in enumerate(ids[40:75])
        ]
        session.execute(insert(BankApplication), applications)
        session.add_all(
            [
                Target(kabupaten="53.11", workers=3986, set_at=NOW, set_by="admin"),
                Target(kabupaten="53.01", workers=5000, set_at=NOW, set_by="admin"),
            ]
        )
        session.execute(
            update(LocalOrigin)
            .where(LocalOrigin.id == 1)
            .values(origin="53/pusat", label="Pusat Provinsi")
        )
        session.add_all(
            [
                SiteHeartbeat(
                    origin="53.11/a3f9",
                    label="Hub Sumba Timur",
                    beat_at=dt.datetime(2026, 12, 4, 6, 2, tzinfo=dt.UTC),
                ),
                SiteHeartbeat(
                    origin="53/pusat",  # this database's own: it knows itself up to now
                    label="Pusat Provinsi",
                    beat_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
                ),
            ]
        )


def _utc(value: Any) -> dt.datetime:
    """A time read by plain SQL: a string on SQLite, a datetime on PostgreSQL."""
    at = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def _wita_day(value: Any) -> dt.date:
    return _utc(value).astimezone(WITA).date()


def _per_kabupaten(session: Session, sql: str) -> dict[str, int]:
    return {k: n for k, n in session.execute(text(sql)) if k is not None}


def _direct(sessions: sessionmaker[Session]) -> dict[str, Any]:
    """The figures counted with plain SQL, apart from the report's own queries."""
    with sessions() as session:
        kabupaten = session.execute(
            text("SELECT code, name FROM region WHERE level = 'kabupaten_kota' ORDER BY code")
        ).all()
        targets = {k: n for k, n in session.execute(text("SELECT kabupaten, workers FROM target"))}
        registered = _per_kabupaten(
            session,
            "SELECT substr(desa_code, 1, 5), count(*) FROM worker GROUP BY substr(desa_code, 1, 5)",
        )
        printed = _per_kabupaten(
            session,
            "SELECT substr(w.desa_code, 1, 5), count(DISTINCT c.worker_id) FROM card c"
            " JOIN worker w ON w.id = c.worker_id WHERE c.printed_at IS NOT NULL"
            " GROUP BY substr(w.desa_code, 1, 5)",
        )
        handed = _per_kabupaten(
            session,
            "SELECT substr(w.desa_code, 1, 5), count(DISTINCT h.worker_id) FROM handover h"
            " JOIN worker w ON w.id = h.worker_id WHERE h.voided_at IS NULL"
            " GROUP BY substr(w.desa_code, 1, 5)",
        )
        accounts = _per_kabupaten(
            session,
            "SELECT substr(w.desa_code, 1, 5), count(DISTINCT a.worker_id) FROM bank_account a"
            " JOIN worker w ON w.id = a.worker_id GROUP BY substr(w.desa_code, 1, 5)",
        )
        valid = "SELECT card_serial FROM handover WHERE voided_at IS NULL"
        cards = {
            "printed": "SELECT count(*) FROM card WHERE printed_at IS NOT NULL",
            "handed_over": f"SELECT count(*) FROM card WHERE printed_at IS NOT NULL"
            f" AND serial IN ({valid})",
            "waiting": f"SELECT count(*) FROM card WHERE printed_at IS NOT NULL"
            f" AND status = 'active' AND serial NOT IN ({valid})",
            "replaced": f"SELECT count(*) FROM card WHERE printed_at IS NOT NULL"
            f" AND status = 'replaced' AND serial NOT IN ({valid})",
            "voided": f"SELECT count(*) FROM card WHERE printed_at IS NOT NULL"
            f" AND status = 'voided' AND serial NOT IN ({valid})",
        }
        card_counts = {key: session.execute(text(sql)).scalar_one() for key, sql in cards.items()}
        bank: dict[str, int] = {
            status: n
            for status, n in session.execute(
                text("SELECT status, count(*) FROM bank_application GROUP BY status")
            )
        }
        days: dict[str, int] = defaultdict(int)
        for (at,) in session.execute(
            text("SELECT handed_over_at FROM handover WHERE voided_at IS NULL")
        ):
            days[_wita_day(at).isoformat()] += 1
    return {
        "kabupaten": [
            {
                "code": code,
                "name": name,
                "target": targets.get(code),
                "registered": registered.get(code, 0),
                "printed": printed.get(code, 0),
                "handed_over": handed.get(code, 0),
                "account_opened": accounts.get(code, 0),
            }
            for code, name in kabupaten
        ],
        "cards": card_counts,
        "bank": {
            "applications": sum(bank.values()),
            "opened": bank.get("opened", 0),
            "pending": bank.get("pending", 0),
            "rejected": bank.get("rejected", 0),
            "failed": bank.get("failed", 0),
        },
        "per_day": [{"day": day, "handovers": n} for day, n in sorted(days.items())],
    }


def test_the_report_equals_the_registry_counted_directly(sec: Security) -> None:
    report = Reports(sec.sessions, sec.auditor, sec.clock).open(
        sec.actors[Role.SUPERVISOR], ReportScope()
    )
    found = report_to_json(report)
    expected = _direct(sec.sessions)

    assert len(found["kabupaten"]) == 22
    assert found["kabupaten"] == expected["kabupaten"]
    assert found["cards"] == expected["cards"]
    assert found["bank"] == expected["bank"]
    assert found["per_day"] == expected["per_day"]
    # Each kind of figure is there, so the comparison compares something.
    sumba = next(r for r in found["kabupaten"] if r["code"] == "53.11")
    kupang = next(r for r in found["kabupaten"] if r["code"] == "53.01")
    assert sumba["target"] == 3986
    assert kupang["registered"] == 30
    assert 0 < sumba["handed_over"] < sumba["printed"] < sumba["registered"]
    assert kupang["handed_over"] > 0
    assert kupang["account_opened"] > 0
    assert all(found["cards"][k] > 0 for k in ("handed_over", "waiting", "replaced", "voided"))
    assert len(found["per_day"]) == 2  # TODAY, with the 00:30 WITA one, and EARLIER
    # The worker without a region is registered but in no kabupaten.
    assert found["total"]["registered"] == 239
    # The desks' hours add up to the days; each desk is named with its site.
    assert sum(h["handovers"] for h in found["per_desk_hour"]) == sum(
        d["handovers"] for d in found["per_day"]
    )
    assert {h["site"] for h in found["per_desk_hour"]} == {"Waingapu"}
    assert all(h["hour"].endswith(":00:00+08:00") for h in found["per_desk_hour"])
    assert found["made_at"] == "2026-12-04T14:06:00+08:00"
    assert found["scope"] == {"kabupaten": None, "from": None, "to": None}
    assert found["freshness"] == [
        {
            "site": "Pusat Provinsi",
            "known_until": "2026-12-04T14:06:00+08:00",
            "this_database": True,
            "line": "data Pusat Provinsi s.d. 04-12 14:06",
        },
        {
            "site": "Hub Sumba Timur",
            "known_until": "2026-12-04T14:02:00+08:00",
            "this_database": False,
            "line": "data Hub Sumba Timur s.d. 04-12 14:02",
        },
    ]
    assert found["doubles"] == []
    json.dumps(found)  # plain JSON all through


def test_a_period_counts_only_its_events_and_a_kabupaten_only_its_workers(
    sec: Security,
) -> None:
    reports = Reports(sec.sessions, sec.auditor, sec.clock)
    actor = sec.actors[Role.MONITOR]
    whole = report_to_json(reports.open(actor, ReportScope()))
    period = report_to_json(reports.open(actor, ReportScope(None, EARLIER, EARLIER)))

    with sec.sessions() as session:
        kab = {
            w: (d or "")[:5] for w, d in session.execute(text("SELECT id, desa_code FROM worker"))
        }
        handed: dict[str, set[int]] = defaultdict(set)
        for worker_id, at in session.execute(
            text("SELECT worker_id, handed_over_at FROM handover WHERE voided_at IS NULL")
        ):
            if _wita_day(at) == EARLIER:
                handed[kab[worker_id]].add(worker_id)
        printed: dict[str, set[int]] = defaultdict(set)
        cards_printed = 0
        for worker_id, at in session.execute(
            text("SELECT worker_id, printed_at FROM card WHERE printed_at IS NOT NULL")
        ):
            if _wita_day(at) == EARLIER:
                printed[kab[worker_id]].add(worker_id)
                cards_printed += 1
        opened: dict[str, set[int]] = defaultdict(set)
        for worker_id, at in session.execute(text("SELECT worker_id, opened_at FROM bank_account")):
            if _wita_day(at) == EARLIER:
                opened[kab[worker_id]].add(worker_id)
        applications = sum(
            1
            for (at,) in session.execute(text("SELECT created_at FROM bank_application"))
            if _wita_day(at) == EARLIER
        )

    for before, row in zip(whole["kabupaten"], period["kabupaten"], strict=True):
        assert row["registered"] == before["registered"]  # never narrowed by the period
        assert row["handed_over"] == len(handed[row["code"]])
        assert row["printed"] == len(printed[row["code"]])
        assert row["account_opened"] == len(opened[row["code"]])
    assert 0 < period["total"]["handed_over"] < whole["total"]["handed_over"]
    assert period["per_day"] == [
        {"day": EARLIER.isoformat(), "handovers": sum(len(s) for s in handed.values())}
    ]
    assert period["cards"]["printed"] == cards_printed
    assert period["bank"]["applications"] == applications
    assert period["scope"] == {"kabupaten": None, "from": "2026-11-23", "to": "2026-11-23"}

    kupang = report_to_json(reports.open(actor, ReportScope("53.01")))
    assert [r["code"] for r in kupang["kabupaten"]] == ["53.01"]
    assert kupang["kabupaten"][0] == next(r for r in whole["kabupaten"] if r["code"] == "53.01")
    assert sum(d["handovers"] for d in kupang["per_day"]) == kupang["total"]["handed_over"]


def _double(sessions: sessionmaker[Session]) -> tuple[str, str]:
    """As at the centre: the unique indexes dropped, a worker handed over at two sites.
    Returns the worker's KPJ and full name."""
    with sessions.begin() as session:
        session.execute(text("DROP INDEX ix_card_one_active_per_worker"))
        session.execute(text("DROP INDEX ix_handover_one_valid_per_card"))
        first = session.scalars(
            select(Handover).where(Handover.voided_at.is_(None)).order_by(Handover.id).limit(1)
        ).one()
        first.origin = "53.11/a3f9"
        worker = session.get_one(Worker, first.worker_id)
        session.execute(
            insert(Card).values(
                serial=99_999,
                worker_id=worker.id,
                key_id="00000000",
                issued_on=TODAY,
                status=CardStatus.ACTIVE,
                created_at=NOW,
                printed_at=NOW,
                origin="53.11/b7c2",
            )
        )
        session.execute(
            insert(Handover).values(
                worker_id=worker.id,
                card_serial=99_999,
                kind=HandoverKind.SIGNED,
                document=IdDocument.KTP,
                signature_json="{}",
                signature_png=b"",
                site="Kantor Cabang Waingapu",
                device="teller-1",
                operator="teller1",
                handed_over_at=dt.datetime(2026, 11, 26, 2, 5, tzinfo=dt.UTC),
                origin="53.11/b7c2",
            )
        )
        return worker.kpj, worker.full_name


def test_a_worker_handed_over_at_two_sites_is_a_double_masked_for_a_monitor(
    sec: Security,
) -> None:
    kpj, name = _double(sec.sessions)
    reports = Reports(sec.sessions, sec.auditor, sec.clock)
    before = _direct(sec.sessions)

    seen = reports.open(sec.actors[Role.SUPERVISOR], ReportScope())
    assert len(seen.doubles) == 1
    double = seen.doubles[0]
    assert double.worker == kpj
    assert double.kabupaten in {"Kabupaten Sumba Timur", "Kabupaten Kupang"}
    assert [(h.site, h.desk, h.operator) for h in double.handovers][1] == (
        "Kantor Cabang Waingapu",
        "teller-1",
        "teller1",
    )
    assert double.handovers[0].site == "Waingapu"
    assert double.handovers[1].at == dt.datetime(2026, 11, 26, 10, 5, tzinfo=WITA)
    # Counted once among the workers handed over; both cards are accounted for.
    found = report_to_json(seen)
    assert found["kabupaten"] == before["kabupaten"]
    assert found["cards"] == before["cards"]
    assert found["cards"]["printed"] == sum(
        found["cards"][k] for k in ("handed_over", "waiting", "replaced", "voided")
    )

    monitored = report_to_json(reports.open(sec.actors[Role.MONITOR], ReportScope()))
    assert monitored["doubles"][0]["worker"] == mask_kpj(kpj) == "•••••••" + kpj[-4:]
    dump = json.dumps(monitored, ensure_ascii=False)
    assert kpj not in dump
    assert name not in dump

    # Outside the period of both handovers, no double; inside one of them, the double.
    later = ReportScope(None, TODAY + dt.timedelta(days=3), None)
    assert reports.open(sec.actors[Role.MONITOR], later).doubles == ()
    second_day = ReportScope(None, TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=1))
    assert len(reports.open(sec.actors[Role.MONITOR], second_day).doubles) == 1


def test_every_report_opened_is_audited_with_its_scope_and_no_worker(sec: Security) -> None:
    kpj, name = _double(sec.sessions)
    reports = Reports(sec.sessions, sec.auditor, sec.clock)
    reports.open(sec.actors[Role.MONITOR], ReportScope("53.11", EARLIER, TODAY), output="json")
    reports.open(sec.actors[Role.SUPERVISOR], ReportScope())

    with sec.sessions() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "report_opened").order_by(AuditEvent.seq)
        ).all()
    assert [(e.operator, e.target) for e in events] == [
        (sec.actors[Role.MONITOR].username, "kabupaten:53.11"),
        (sec.actors[Role.SUPERVISOR].username, "province"),
    ]
    assert json.loads(events[0].details) == {
        "kabupaten": "53.11",
        "from": "2026-11-23",
        "to": "2026-11-25",
        "output": "json",
    }
    assert all(kpj not in e.details and name not in e.details for e in events)


@pytest.mark.parametrize("role", [Role.DESK, Role.TELLER, Role.PRINTING, Role.ADMIN])
def test_only_monitors_and_supervisors_open_the_report(sec: Security, role: Role) -> None:
    with pytest.raises(PermissionDeniedError):
        Reports(sec.sessions, sec.auditor, sec.clock).open(sec.actors[role], ReportScope())
    assert sec.actions()[-1] == "denied"
    assert "report_opened" not in sec.actions()


def test_a_scope_that_names_no_kabupaten_or_a_reversed_period_is_refused(sec: Security) -> None:
    reports = Reports(sec.sessions, sec.auditor, sec.clock)
    actor: Actor = sec.actors[Role.MONITOR]
    for code in ("53.99", "53.11.03", "53"):
        with pytest.raises(ReportScopeError) as refused:
            reports.open(actor, ReportScope(code))
        assert refused.value.problem is ScopeProblem.UNKNOWN_KABUPATEN
    with pytest.raises(ReportScopeError) as reversed_period:
        reports.open(actor, ReportScope(None, TODAY, EARLIER))
    assert reversed_period.value.problem is ScopeProblem.PERIOD_REVERSED
    assert "report_opened" not in sec.actions()
