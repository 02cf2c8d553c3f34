"""The province: a centre and two sites as real clusters, linked both ways by PostgreSQL's
logical replication. Replication is asynchronous: the tests wait for what must arrive
(wait_for), with timeouts that only stop a hung test, never measure speed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.audit import ChainProblem, VerifyResult, verify_received
from db.cluster import hub as cluster_hub
from db.cluster.province import Direction, LinkStatus
from db.engine import make_engine
from kiosk.usecases.audit import Workstation
from kiosk.usecases.province import link_hub, sync_status
from printing.report_data import ProgrammeReport, ReportScope
from tests.helpers.province import (
    Province,
    add_workers,
    hand_over,
    province_network,
    scalar,
    wait_for,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

WORKERS = {"53.11": 30, "53.05": 20, "53.01": 10}


def _link(net: Province, name: str, kabupaten: str) -> str:
    linked = link_hub(
        net.sites[name].path,
        net.link_url,
        kabupaten=kabupaten,
        workstation=Workstation(f"Hub {name}", f"{name}-laptop"),
    )
    return linked.origin


def _handovers_at_centre(net: Province, origin: str) -> int:
    return int(
        scalar(net.centre_url(), "SELECT count(*) FROM handover WHERE origin = :o", o=origin)
    )


def _centre_report(net: Province) -> ProgrammeReport:
    import datetime as dt

    from sqlalchemy.orm import Session

    from db.engine import make_engine
    from kiosk.usecases.report import compute_report

    engine = make_engine(net.centre_url())
    try:
        with Session(engine) as session:
            return compute_report(
                session,
                ReportScope(),
                personal=True,
                made_at=dt.datetime(2026, 12, 4, 6, 0, tzinfo=dt.UTC),
            )
    finally:
        engine.dispose()


def _received_trails(net: Province) -> dict[str, VerifyResult]:
    from sqlalchemy.orm import Session

    engine = make_engine(net.centre_url())
    try:
        with Session(engine) as session:
            return verify_received(session)
    finally:
        engine.dispose()


def test_each_site_receives_only_its_kabupaten_and_its_handovers_reach_the_centre() -> None:
    with province_network() as net:
        ids = add_workers(net.centre_url(), WORKERS)
        sumba, alor = _link(net, "sumba", "53.11"), _link(net, "alor", "53.05")
        count = "SELECT count(*) FROM worker"
        assert wait_for(lambda: scalar(net.site_url("sumba"), count) == 30)
        assert wait_for(lambda: scalar(net.site_url("alor"), count) == 20)
        outside = "SELECT count(*) FROM worker WHERE left(desa_code, 5) <> :k"
        assert scalar(net.site_url("sumba"), outside, k="53.11") == 0
        assert scalar(net.site_url("alor"), outside, k="53.05") == 0
        # The link's audit event of each site reaches the centre, under its origin.
        linked = "SELECT count(*) FROM audit_event WHERE action = 'province_link' AND origin = :o"
        assert wait_for(lambda: scalar(net.centre_url(), linked, o=sumba) == 1)
        assert wait_for(lambda: scalar(net.centre_url(), linked, o=alor) == 1)

        # The workers that came from the centre are indexed for name lookup at the hub.
        indexed = "SELECT count(DISTINCT worker_id) FROM worker_token"
        assert wait_for(lambda: scalar(net.site_url("sumba"), indexed) == 30)

        # What the hub's desks set on a worker stands when the centre changes that worker:
        # its status, and a field a desk corrected.
        site = make_engine(net.site_url("sumba"))
        try:
            with site.begin() as conn:
                conn.execute(
                    text("UPDATE worker SET status = 'handed_over' WHERE id = :w"), {"w": ids[0]}
                )
                conn.execute(
                    text(
                        "INSERT INTO worker_correction (worker_id, field, value, corrected_at,"
                        " operator) VALUES (:w, 'phone', '081111111111', now(), 'sari')"
                    ),
                    {"w": ids[1]},
                )
                conn.execute(
                    text("UPDATE worker SET phone = '081111111111' WHERE id = :w"), {"w": ids[1]}
                )
                # A key imported here is another site's: it is not this site's to send.
                conn.execute(
                    text(
                        "INSERT INTO signing_key (key_id, public_key, site, device,"
                        " registered_at, source) VALUES ('0badc0de', 'x', 'Lain', 'lain', now(),"
                        " 'import'), ('5a5a5a5a', 'y', 'Hub sumba', 'meja-1', now(), 'desk')"
                    )
                )
        finally:
            site.dispose()
        centre = make_engine(net.centre_url())
        try:
            with centre.begin() as conn:
                conn.execute(
                    text("UPDATE worker SET phone = '082222222222', occupation = 'Nelayan'"
                         " WHERE id IN (:a, :b)"),
                    {"a": ids[0], "b": ids[1]},
                )  # fmt: skip
        finally:
            centre.dispose()
        occupation = "SELECT occupation FROM worker WHERE id = :w"
        for worker_id in ids[:2]:
            assert wait_for(
                lambda w=worker_id: scalar(net.site_url("sumba"), occupation, w=w) == "Nelayan"  # type: ignore[misc]
            )
        assert scalar(net.site_url("sumba"), "SELECT status FROM worker WHERE id = :w",
                      w=ids[0]) == "handed_over"  # fmt: skip
        assert scalar(net.site_url("sumba"), "SELECT phone FROM worker WHERE id = :w",
                      w=ids[0]) == "082222222222"  # fmt: skip
        assert scalar(net.site_url("sumba"), "SELECT phone FROM worker WHERE id = :w",
                      w=ids[1]) == "081111111111"  # fmt: skip
        keys = "SELECT string_agg(key_id, ',' ORDER BY key_id) FROM signing_key WHERE origin = :o"
        assert wait_for(lambda: scalar(net.centre_url(), keys, o=sumba) == "5a5a5a5a")

        hand_over(net.site_url("sumba"), ids[:5], site="Hub sumba", device="meja-1")
        hand_over(net.site_url("alor"), ids[30:33], site="Hub alor", device="meja-1")
        assert wait_for(lambda: _handovers_at_centre(net, sumba) == 5)
        assert wait_for(lambda: _handovers_at_centre(net, alor) == 3)
        # Nothing a site made comes back to it, nor goes to the other kabupaten's site.
        assert scalar(net.site_url("sumba"), "SELECT count(*) FROM handover") == 5
        assert scalar(net.site_url("sumba"), "SELECT count(*) FROM card") == 5
        assert scalar(net.site_url("alor"), "SELECT count(*) FROM card") == 3
        # The centre's own audit chain still verifies beside the sites' chains.
        heartbeat = "SELECT count(*) FROM site_heartbeat"
        assert wait_for(lambda: scalar(net.centre_url(), heartbeat) == 2)
        # Each site's audit chain arrives whole, beside the centre's own.
        received = _received_trails(net)
        assert set(received) == {sumba, alor}
        assert all(result.ok and result.checked >= 2 for result in received.values())
        engine = make_engine(net.centre_url())
        try:
            with engine.begin() as conn:
                conn.execute(text("SET LOCAL session_replication_role = replica"))
                conn.execute(
                    text("UPDATE audit_event SET target = 'x' WHERE origin = :o AND seq = 2"),
                    {"o": alor},
                )
        finally:
            engine.dispose()
        broken = _received_trails(net)[alor].first_break
        assert broken is not None
        assert (broken.seq, broken.problem) == (2, ChainProblem.EDITED)


def test_the_centre_away_for_a_while_loses_nothing_and_the_status_says_so() -> None:
    with province_network(sites=("sumba",)) as net:
        ids = add_workers(net.centre_url(), {"53.11": 80})
        sumba = _link(net, "sumba", "53.11")
        assert wait_for(lambda: scalar(net.site_url("sumba"), "SELECT count(*) FROM worker") == 80)
        hand_over(net.site_url("sumba"), ids[:10], site="Hub sumba", device="meja-1")
        assert wait_for(lambda: _handovers_at_centre(net, sumba) == 10)

        def to_centre() -> LinkStatus:
            return next(
                s for s in sync_status(net.site_url("sumba")) if s.direction is Direction.TO_CENTRE
            )

        assert wait_for(lambda: to_centre().connected)
        # The hub's watchdog notes the link up every few seconds: "last contact" later.
        noted = "SELECT count(*) FROM hub.link_contact WHERE direction = 'to_centre'"
        assert wait_for(lambda: scalar(net.site_url("sumba"), noted) == 1)
        net.centre.stop()
        assert wait_for(lambda: not to_centre().connected)
        # The hub's heartbeats meanwhile are no work waiting for the centre.
        stopped = scalar(net.site_url("sumba"), "SELECT now()")
        beat = "SELECT beat_at > :t FROM site_heartbeat"
        assert wait_for(lambda: scalar(net.site_url("sumba"), beat, t=stopped) is True)
        assert to_centre().lag_rows == 0
        hand_over(net.site_url("sumba"), ids[10:60], site="Hub sumba", device="meja-2")
        away = to_centre()
        assert not away.connected
        # 50 cards and 50 handovers at least wait in the slot, kept for the centre.
        assert (away.lag_rows or 0) >= 100
        assert (away.retained_wal_bytes or 0) > 0
        assert away.last_contact is not None

        net.centre.start()
        assert wait_for(lambda: _handovers_at_centre(net, sumba) == 60)
        assert wait_for(lambda: to_centre().connected)
        back = to_centre()
        assert wait_for(lambda: (to_centre().lag_rows or 0) == 0)
        assert back.wal_keep_bytes
        # And no row twice.
        distinct = "SELECT count(DISTINCT id) FROM handover WHERE origin = :o"
        assert scalar(net.centre_url(), distinct, o=sumba) == 60


def test_one_worker_handed_over_at_two_sites_is_a_double_and_replication_goes_on() -> None:
    with province_network() as net:
        ids = add_workers(net.centre_url(), {"53.11": 10})
        # An event hub and a branch office of the same kabupaten.
        hub_origin, branch_origin = _link(net, "sumba", "53.11"), _link(net, "alor", "53.11")
        for url in (net.site_url("sumba"), net.site_url("alor")):
            assert wait_for(lambda u=url: scalar(u, "SELECT count(*) FROM worker") == 10)  # type: ignore[misc]
        # Both hand over worker 0 before either hears of the other's card.
        hand_over(net.site_url("sumba"), ids[:1], site="Hub Sumba", device="meja-3")
        hand_over(net.site_url("alor"), ids[:1], site="Cabang Waingapu", device="teller-1")
        double = "SELECT count(*) FROM handover WHERE worker_id = :w AND voided_at IS NULL"
        assert wait_for(lambda: scalar(net.centre_url(), double, w=ids[0]) == 2)
        # Each site receives the other's card for its worker, beside its own active one.
        cards = "SELECT count(*) FROM card WHERE worker_id = :w AND status = 'active'"
        assert wait_for(lambda: scalar(net.site_url("sumba"), cards, w=ids[0]) == 2)
        assert wait_for(lambda: scalar(net.site_url("alor"), cards, w=ids[0]) == 2)
        # Replication did not stop on it: later handovers of both sites still arrive.
        hand_over(net.site_url("sumba"), ids[1:3], site="Hub Sumba", device="meja-3")
        hand_over(net.site_url("alor"), ids[3:4], site="Cabang Waingapu", device="teller-1")
        assert wait_for(lambda: _handovers_at_centre(net, hub_origin) == 3)
        assert wait_for(lambda: _handovers_at_centre(net, branch_origin) == 2)
        for link in sync_status(net.centre_url()):
            assert link.connected, link
        # The centre's report lists the double, with both sites, desks and operators.
        report = _centre_report(net)
        (found,) = report.doubles
        assert sorted((h.site, h.desk) for h in found.handovers) == [
            ("Cabang Waingapu", "teller-1"),
            ("Hub Sumba", "meja-3"),
        ]
        (sumba_row,) = [row for row in report.kabupaten if row.code == "53.11"]
        assert sumba_row.handed_over == 4  # workers, the double once
        assert report.cards.handed_over == 5  # cards: each site's card of the double


def test_a_promoted_standby_relinks_without_losing_or_doubling_anything() -> None:
    from db.cluster.server import ClusterDir
    from tests.helpers.hub import free_port

    with province_network(sites=("sumba",)) as net:
        ids = add_workers(net.centre_url(), {"53.11": 40})
        hub_dir = net.sites["sumba"]
        standby = ClusterDir(net.root / "standby")
        net.sites["standby"] = standby  # stopped and removed with the others
        code = cluster_hub.join_code(hub_dir)
        cluster_hub.create_standby(
            standby,
            code,
            port=free_port(),
            listen="127.0.0.1",
            hosts=["127.0.0.1"],
        )
        assert cluster_hub.wait_until_streaming(hub_dir)
        origin = _link(net, "sumba", "53.11")
        assert wait_for(lambda: scalar(net.site_url("sumba"), "SELECT count(*) FROM worker") == 40)
        hand_over(net.site_url("sumba"), ids[:10], site="Hub Sumba", device="meja-1")
        assert wait_for(lambda: _handovers_at_centre(net, origin) == 10)
        # The centre goes away; the hub records more, on both laptops (synchronous), dies.
        net.centre.stop()
        hand_over(net.site_url("sumba"), ids[10:25], site="Hub Sumba", device="meja-1")
        cluster_hub.stop_watchdog(hub_dir)
        hub_dir.kill()
        cluster_hub.promote(standby)
        net.centre.start()
        relinked = link_hub(
            standby.path,
            net.link_url,
            kabupaten="53.11",
            workstation=Workstation("Hub sumba", "standby-laptop"),
        )
        assert relinked.relinked
        assert relinked.origin == origin
        assert wait_for(lambda: _handovers_at_centre(net, origin) == 25)
        distinct = "SELECT count(DISTINCT id) FROM handover WHERE origin = :o"
        assert scalar(net.centre_url(), distinct, o=origin) == 25
        # The promoted hub still takes the centre's rows: a worker added at the centre.
        add_workers(net.centre_url(), {"53.11": 1}, start=1000)
        count = "SELECT count(*) FROM worker"
        assert wait_for(lambda: scalar(standby.superuser_url(), count) == 41)
        # And what it records after the re-link arrives too.
        hand_over(standby.superuser_url(), ids[25:27], site="Hub Sumba", device="meja-2")
        assert wait_for(lambda: _handovers_at_centre(net, origin) == 27)


def test_a_site_away_past_its_wal_bound_links_again_and_the_centre_copies_it_anew() -> None:
    with province_network(sites=("sumba",)) as net:
        ids = add_workers(net.centre_url(), {"53.11": 30})
        origin = _link(net, "sumba", "53.11")
        site_url = net.site_url("sumba")
        assert wait_for(lambda: scalar(site_url, "SELECT count(*) FROM worker") == 30)
        hand_over(site_url, ids[:5], site="Hub Sumba", device="meja-1")
        assert wait_for(lambda: _handovers_at_centre(net, origin) == 5)
        # A bound of 1 MB, and the centre away while the hub writes past it.
        engine = make_engine(site_url)
        try:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("ALTER SYSTEM SET max_slot_wal_keep_size = '1MB'"))
                conn.execute(text("SELECT pg_reload_conf()"))
                net.centre.stop()
                hand_over(site_url, ids[5:10], site="Hub Sumba", device="meja-1")
                conn.execute(text("CREATE TABLE wal_filler (x text)"))
                for _ in range(4):
                    conn.execute(
                        text("INSERT INTO wal_filler SELECT repeat('x', 1000)"
                             " FROM generate_series(1, 3000)")
                    )  # fmt: skip
                    conn.execute(text("SELECT pg_switch_wal()"))
                    conn.execute(text("CHECKPOINT"))
                lost = (
                    "SELECT wal_status FROM pg_replication_slots"
                    " WHERE slot_name LIKE 'kiosk_centre_%'"
                )
                assert conn.scalar(text(lost)) == "lost"
        finally:
            engine.dispose()
        net.centre.start()
        relinked = link_hub(
            net.sites["sumba"].path,
            net.link_url,
            kabupaten="53.11",
            workstation=Workstation("Hub sumba", "sumba-laptop"),
        )
        assert relinked.relinked
        assert wait_for(lambda: _handovers_at_centre(net, origin) == 10)
        distinct = "SELECT count(DISTINCT id) FROM handover WHERE origin = :o"
        assert scalar(net.centre_url(), distinct, o=origin) == 10
