"""Run every benchmark and print one table.

Names on the command line run only those: lookup, import, startup, cards, bast, signature,
rehearsal, province; lookup-sqlite and lookup-postgresql run one half of lookup.
"""

from __future__ import annotations

import sys

from bench import bast, cards, event, importing, lookup, province, signature, startup
from bench.common import Row, print_table

ALL = ("lookup", "import", "startup", "cards", "bast", "signature", "rehearsal", "province")
PARTS = ("lookup-sqlite", "lookup-postgresql")


def main(argv: list[str]) -> int:
    unknown = [a for a in argv if a not in ALL + PARTS]
    if unknown:
        print(f"usage: python -m bench [{' | '.join(ALL + PARTS)}] ...", file=sys.stderr)
        return 0 if unknown in (["-h"], ["--help"]) else 2
    wanted = set(argv) or set(ALL)
    rows: list[Row] = []
    if "import" in wanted:
        rows += importing.run()
    if "startup" in wanted:
        rows += startup.run()
    if "cards" in wanted:
        rows += cards.run()
    if "lookup" in wanted:
        rows += lookup.run()
    elif "lookup-sqlite" in wanted:
        rows += lookup.run(("sqlite",))
    elif "lookup-postgresql" in wanted:
        rows += lookup.run(("postgresql",))
    if "bast" in wanted:
        rows += bast.run()
    if "signature" in wanted:
        rows += signature.run()
    if "rehearsal" in wanted:
        rows += event.run()
    if "province" in wanted:
        rows += province.run()
    print_table("Benchmarks (2 cores; SQLite, and PostgreSQL where said)", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
