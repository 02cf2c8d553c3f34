"""The report as JSON: every figure, stable keys, times in WITA."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from kiosk.usecases.report import freshness_line, mask_kpj, report_to_json
from printing.report_data import ReportScope, SiteFreshness
from tests.helpers.report_sample import sample_report


def test_every_figure_is_in_the_json_with_times_in_wita() -> None:
    report = dataclasses.replace(
        sample_report(), scope=ReportScope("53.11", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    )
    found = report_to_json(report)
    assert list(found) == [
        "made_at", "scope", "freshness", "total", "kabupaten", "per_day", "per_desk_hour",
        "cards", "bank", "doubles",
    ]  # fmt: skip
    assert found["scope"] == {"kabupaten": "53.11", "from": "2026-11-01", "to": "2026-11-30"}
    assert found["made_at"] == "2026-12-04T14:06:00+08:00"
    assert len(found["kabupaten"]) == 22
    assert found["total"]["registered"] == report.total.registered
    assert found["cards"] == dataclasses.asdict(report.cards)
    assert found["bank"] == dataclasses.asdict(report.bank)
    assert len(found["per_day"]) == len(report.per_day)
    assert found["per_desk_hour"][0]["hour"] == "2026-11-20T08:00:00+08:00"
    assert found["doubles"][0]["handovers"][1] == {
        "site": "Kantor Cabang Waingapu",
        "desk": "teller-1",
        "operator": "teller1",
        "at": "2026-11-21T10:05:00+08:00",
    }
    assert [f["line"] for f in found["freshness"]] == [
        "data Pusat Provinsi s.d. 04-12 14:05",
        "data Hub Sumba Timur s.d. 04-12 14:02",
        "data Kantor Cabang Waingapu s.d. 03-12 17:30",
        "data Hub Alor: belum ada data yang diterima",
    ]
    assert found["freshness"][3]["known_until"] is None
    json.dumps(found)


def test_a_time_kept_in_utc_is_shown_in_wita() -> None:
    at = dt.datetime(2026, 12, 4, 23, 30, tzinfo=dt.UTC)
    assert freshness_line(SiteFreshness("Hub Alor", at)) == "data Hub Alor s.d. 05-12 07:30"


def test_a_kpj_is_masked_but_its_last_four_digits() -> None:
    assert mask_kpj("02600011234") == "•••••••1234"
