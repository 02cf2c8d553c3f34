"""Run every benchmark and print one table."""

from __future__ import annotations

import sys

from bench import bast, cards, event, importing, lookup, startup
from bench.common import Row, print_table


def main(argv: list[str]) -> int:
    wanted = set(argv) or {"lookup", "import", "startup", "cards", "bast", "rehearsal"}
    rows: list[Row] = []
    if "import" in wanted:
        rows += importing.run()
    if "startup" in wanted:
        rows += startup.run()
    if "cards" in wanted:
        rows += cards.run()
    if "lookup" in wanted:
        rows += lookup.run()
    if "bast" in wanted:
        rows += bast.run()
    if "rehearsal" in wanted:
        rows += event.run()
    print_table("Benchmarks (2 cores; SQLite, and PostgreSQL where said)", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
