"""The province as its people run it, on one machine: a centre and two hubs (real clusters),
each hub linked with `kiosk hub link`; handovers at a hub reach `kiosk report --json` at the
centre, also after the centre was away; `kiosk sync status` says so throughout; the PDF and
the XLSX carry the JSON's numbers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.province import Province, add_workers, hand_over, province_network, wait_for
from tests.integration.test_cli import ADMIN_PIN

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

MONITOR_PIN = "318274"


def _cli(
    net: Province, *args: str, url: str | None = None, operator: str | None = None,
    pin: str = ADMIN_PIN, new_pin: str | None = None,
) -> subprocess.CompletedProcess[str]:  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        KIOSK_SETTINGS_FILE=str(net.root / "kiosk.toml"),
        KIOSK_SIGNING_KEY=str(net.root / "key.pem"),
        KIOSK_DEVICE="pusat-1",
        KIOSK_PIN=pin,
    )
    if new_pin:
        env["KIOSK_NEW_PIN"] = new_pin
    front = ["--database-url", url] if url else []
    who = ["--operator", operator] if operator else []
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--language", "id", *front, *who, *args],
        capture_output=True, text=True, timeout=180, check=False, env=env,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, (done.args, done.stdout, done.stderr)
    return done.stdout


def test_the_province_as_its_people_run_it(tmp_path: Path) -> None:
    with province_network() as net:
        centre = net.centre.kiosk_local_url()
        ids = add_workers(net.centre_url(), {"53.11": 40, "53.05": 30, "53.71": 20})
        _ok(_cli(net, "operators", "add", "admin", "--role", "admin", url=centre,
                 new_pin=ADMIN_PIN))  # fmt: skip
        _ok(_cli(net, "operators", "add", "pemantau", "--role", "monitor", url=centre,
                 operator="admin", new_pin=MONITOR_PIN))  # fmt: skip
        _ok(_cli(net, "targets", "set", "53.11", "40", url=centre, operator="admin"))
        said = _ok(_cli(net, "central", "link-url", "--dir", str(net.centre.path)))
        url = next(w.strip("'") for w in said.split() if w.startswith("'postgresql"))
        assert url.startswith("postgresql+psycopg://kiosk_link:")
        for name, kabupaten in (("sumba", "53.11"), ("alor", "53.05")):
            said = _ok(
                _cli(net, "hub", "link", url, "--kabupaten", kabupaten, "--dir",
                     str(net.sites[name].path))
            )  # fmt: skip
            assert "Ditautkan sebagai" in said

        def report(*extra: str) -> dict[str, object]:
            out = _ok(_cli(net, "report", "--json", *extra, url=centre, operator="pemantau",
                           pin=MONITOR_PIN))  # fmt: skip
            data: dict[str, object] = json.loads(out)
            return data

        def handed_over(kabupaten: str) -> int:
            rows = report()["kabupaten"]
            assert isinstance(rows, list)
            return int(next(r for r in rows if r["code"] == kabupaten)["handed_over"])

        def sync(name: str) -> dict[str, dict[str, object]]:
            out = _ok(_cli(net, "sync", "status", "--json", "--dir", str(net.sites[name].path)))
            return {link["direction"]: link for link in json.loads(out)}

        hand_over(net.site_url("sumba"), ids[:3], site="Hub Sumba Timur", device="meja-1")
        assert wait_for(lambda: handed_over("53.11") == 3)
        assert wait_for(lambda: sync("sumba")["to_centre"]["connected"] is True)
        noted = "SELECT count(*) FROM hub.link_contact"
        from tests.helpers.province import scalar

        assert wait_for(lambda: scalar(net.site_url("sumba"), noted) == 2)

        # The centre away: the hub records 50 more; its status tells the truth.
        _ok(_cli(net, "central", "stop", "--dir", str(net.centre.path)))
        hand_over(net.site_url("sumba"), ids[3:40], site="Hub Sumba Timur", device="meja-2")
        hand_over(net.site_url("alor"), ids[40:53], site="Hub Alor", device="meja-1")
        away = sync("sumba")["to_centre"]
        assert away["connected"] is False
        assert int(str(away["lag_rows"])) >= 2 * 37  # each handover and its card
        assert away["last_contact"] is not None
        status = _cli(net, "hub", "status", "--dir", str(net.sites["sumba"].path))
        assert "Ke pusat: TIDAK tersambung" in _ok(status)

        _ok(_cli(net, "central", "start", "--dir", str(net.centre.path)))
        assert wait_for(lambda: handed_over("53.11") == 40)
        assert wait_for(lambda: handed_over("53.05") == 13)
        assert wait_for(lambda: sync("sumba")["to_centre"]["connected"] is True)
        assert wait_for(lambda: sync("sumba")["to_centre"]["lag_rows"] == 0)
        whole = report()
        freshness = whole["freshness"]
        assert isinstance(freshness, list)
        lines = [str(f) for f in freshness]
        assert any("Hub Sumba Timur" in line for line in lines), lines
        assert any("Hub Alor" in line for line in lines), lines

        # The centre's own trail and each site's, as received, verify.
        verified = _ok(_cli(net, "audit", "verify", url=centre))
        assert verified.count("Jejak audit yang diterima dari 53.") == 2, verified

        # A monitor sees no worker: no search, no name in the report.
        refused = _cli(net, "search", "Pekerja", url=centre, operator="pemantau",
                       pin=MONITOR_PIN)  # fmt: skip
        assert refused.returncode == 3
        assert "Pekerja Uji" not in json.dumps(whole)

        # The PDF and the XLSX carry the JSON's numbers.
        pdf, xlsx = tmp_path / "laporan.pdf", tmp_path / "laporan.xlsx"
        _ok(_cli(net, "report", "--pdf", str(pdf), "--xlsx", str(xlsx), url=centre,
                 operator="pemantau", pin=MONITOR_PIN))  # fmt: skip
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        assert "Sumba Timur" in text
        assert "Halaman 1 dari" in text
        import openpyxl

        book = openpyxl.load_workbook(xlsx)
        sheet = book["Per kabupaten"]
        found = {str(row[0]): row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
        assert "53.11" in found
        assert 40 in found["53.11"]
