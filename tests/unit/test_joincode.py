"""The join code and the libpq pieces a desk and a standby are given."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from db.cluster.joincode import Address, JoinCode, JoinCodeError, kiosk_url, pgpass_line

CODE = JoinCode(
    (Address("192.168.1.10", 5432), Address("192.168.1.11", 5433)),
    "kiosk",
    "kiosk",
    "s3cret:with\\odd",
    "ab" * 32,
)


def test_a_code_reads_back_as_it_was_written() -> None:
    text = CODE.encode()
    assert text.startswith("KIOSKHUB1:")
    assert "\n" not in text
    assert JoinCode.decode(f"  {text}\n") == CODE


@pytest.mark.parametrize(
    "text",
    ["", "KIOSKHUB1:", "KIOSKHUB1:@@@", "hello", CODE.encode()[:-8], "KIOSKHUB2:" + "e30"],
)
def test_a_damaged_code_is_refused(text: str) -> None:
    with pytest.raises(JoinCodeError):
        JoinCode.decode(text)


def test_the_password_goes_in_the_passfile_escaped_and_never_in_the_url() -> None:
    assert pgpass_line("kiosk", CODE.password) == "*:*:*:kiosk:s3cret\\:with\\\\odd\n"
    url = kiosk_url(
        CODE.addresses,
        database="kiosk",
        user="kiosk",
        ca_file=Path("/cfg/hub-ca.pem"),
        passfile=Path("/cfg/hub.pgpass"),
        application="meja 1",
    )
    assert CODE.password not in url
    query = make_url(url).query
    assert (query["host"], query["port"]) == ("192.168.1.10,192.168.1.11", "5432,5433")
    assert query["target_session_attrs"] == "read-write"
    assert query["sslmode"] == "verify-ca"
    assert query["passfile"] == "/cfg/hub.pgpass"
