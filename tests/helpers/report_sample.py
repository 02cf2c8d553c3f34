"""A whole programme report as plain data, without a database: for the PDF, the XLSX and the
window's charts, which only draw what they are given."""

from __future__ import annotations

import datetime as dt

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

KABUPATEN = (
    ("53.01", "Kabupaten Kupang"),
    ("53.02", "Kabupaten Timor Tengah Selatan"),
    ("53.03", "Kabupaten Timor Tengah Utara"),
    ("53.04", "Kabupaten Belu"),
    ("53.05", "Kabupaten Alor"),
    ("53.06", "Kabupaten Flores Timur"),
    ("53.07", "Kabupaten Sikka"),
    ("53.08", "Kabupaten Ende"),
    ("53.09", "Kabupaten Ngada"),
    ("53.10", "Kabupaten Manggarai"),
    ("53.11", "Kabupaten Sumba Timur"),
    ("53.12", "Kabupaten Sumba Barat"),
    ("53.13", "Kabupaten Lembata"),
    ("53.14", "Kabupaten Rote Ndao"),
    ("53.15", "Kabupaten Manggarai Barat"),
    ("53.16", "Kabupaten Nagekeo"),
    ("53.17", "Kabupaten Sumba Tengah"),
    ("53.18", "Kabupaten Sumba Barat Daya"),
    ("53.19", "Kabupaten Manggarai Timur"),
    ("53.20", "Kabupaten Sabu Raijua"),
    ("53.21", "Kabupaten Malaka"),
    ("53.71", "Kota Kupang"),
)


def sample_report(*, doubles: bool = True) -> ProgrammeReport:
    """22 kabupaten, 100,000 registered in all; Sumba Timur well under way."""
    rows = []
    for index, (code, name) in enumerate(KABUPATEN):
        registered = 3986 if code == "53.11" else 4500 + (index * 37) % 300
        printed = 3986 if code == "53.11" else (registered * (index % 5)) // 6
        handed = 3901 if code == "53.11" else printed * 9 // 10
        rows.append(
            KabupatenProgress(
                code=code,
                name=name,
                target=None if code == "53.71" else registered + 14,
                registered=registered,
                printed=printed,
                handed_over=handed,
                account_opened=handed * 2 // 3,
            )
        )
    start = dt.date(2026, 11, 2)
    per_day = tuple(
        DayCount(day=start + dt.timedelta(days=n), handovers=120 + (n * 53) % 400)
        for n in range(0, 30, 2)
    )
    per_desk_hour = tuple(
        DeskHour(
            site="Hub Sumba Timur",
            desk=f"meja-{desk:02d}",
            hour=dt.datetime(2026, 11, 20, hour, tzinfo=WITA),
            handovers=20 + (desk * 7 + hour) % 25,
        )
        for desk in range(1, 11)
        for hour in range(8, 16)
    )
    printed = sum(row.printed for row in rows) + 312
    handed = sum(row.handed_over for row in rows)
    cards = CardReconciliation(
        printed=printed,
        handed_over=handed,
        waiting=printed - handed - 312 - 40,
        replaced=312,
        voided=40,
    )
    bank = BankReconciliation(applications=5000, opened=4200, pending=650, rejected=130, failed=20)
    found = (
        (
            Double(
                worker="02600011234",
                kabupaten="Kabupaten Sumba Timur",
                handovers=(
                    DoubleHandover(
                        site="Hub Sumba Timur",
                        desk="meja-03",
                        operator="petugas3",
                        at=dt.datetime(2026, 11, 20, 9, 41, tzinfo=WITA),
                    ),
                    DoubleHandover(
                        site="Kantor Cabang Waingapu",
                        desk="teller-1",
                        operator="teller1",
                        at=dt.datetime(2026, 11, 21, 10, 5, tzinfo=WITA),
                    ),
                ),
            ),
        )
        if doubles
        else ()
    )
    freshness = (
        SiteFreshness(
            site="Pusat Provinsi",
            known_until=dt.datetime(2026, 12, 4, 14, 5, tzinfo=WITA),
            this_database=True,
        ),
        SiteFreshness(
            site="Hub Sumba Timur", known_until=dt.datetime(2026, 12, 4, 14, 2, tzinfo=WITA)
        ),
        SiteFreshness(
            site="Kantor Cabang Waingapu", known_until=dt.datetime(2026, 12, 3, 17, 30, tzinfo=WITA)
        ),
        SiteFreshness(site="Hub Alor", known_until=None),
    )
    return ProgrammeReport(
        made_at=dt.datetime(2026, 12, 4, 14, 6, tzinfo=WITA),
        scope=ReportScope(),
        kabupaten=tuple(rows),
        per_day=per_day,
        per_desk_hour=per_desk_hour,
        cards=cards,
        bank=bank,
        doubles=found,
        freshness=freshness,
    )
