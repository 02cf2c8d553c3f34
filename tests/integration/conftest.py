"""Fixtures of the integration tests: a real CUPS scheduler."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.cups import CupsServer, CupsUnavailableError, cups_unavailable


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    try:
        server = CupsServer()
    except CupsUnavailableError as error:
        cups_unavailable(f"cupsd could not start: {error}")
    try:
        yield server
    finally:
        server.stop()
