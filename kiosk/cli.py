"""Command line: start the kiosk window, or import, create demo data and search from a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import WITA, Config


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Kiosk serah terima kartu peserta BPJS Ketenagakerjaan (NTT).",
    )
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL (default: $KIOSK_DATABASE_URL, else SQLite in the user data folder)",
    )
    parser.add_argument("--language", choices=["id", "en"], help="id (default) or en")
    sub = parser.add_subparsers(dest="command")

    imp = sub.add_parser("import", help="import a registration list (CSV or XLSX)")
    imp.add_argument("file")

    demo = sub.add_parser("demo", help="create a synthetic demo registry (Sumba Timur)")
    demo.add_argument("--workers", type=int, default=4000)
    demo.add_argument("--seed", type=int, default=2025)
    demo.add_argument("--replace", action="store_true", help="delete existing workers first")
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing when the registry has workers"
    )

    search = sub.add_parser("search", help="look up workers by NIK, KPJ, phone or name")
    search.add_argument("query", nargs="*")
    search.add_argument("--kecamatan", help="narrow to a kecamatan (name or code)")
    search.add_argument("--desa", help="narrow to a desa/kelurahan (name or code)")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(args_list)
    config = Config.from_sources(database_url=args.database_url, language=args.language)
    if args.command is None:
        from kiosk.app import run_gui

        return run_gui(config, [sys.argv[0], *args_list])

    from kiosk.bootstrap import open_database
    from kiosk.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translators = install_translators(app, config.language)
    try:
        sessions = open_database(config)
        if args.command == "import":
            from kiosk.cli_import import run_import

            return run_import(sessions, args.file, sys.stdout, sys.stderr)
        if args.command == "demo":
            return _demo(sessions, args, sys.stdout, sys.stderr)
        return _search(sessions, args, sys.stdout, sys.stderr)
    except BrokenPipeError:
        # `kiosk search … | head`: the reader has all it wanted. Point stdout at /dev/null so
        # that the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        del translators


def _demo(
    sessions: sessionmaker[Session], args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from kiosk.usecases.demo import RegistryNotEmptyError, create_demo

    now = dt.datetime.now(WITA)

    def progress(done: int, total: int) -> None:
        text = QCoreApplication.translate("cli", "Creating demo workers: {done} / {total}")
        print(text.format(done=done, total=total), end="\r", file=err, flush=True)

    try:
        summary = create_demo(
            sessions,
            workers=args.workers,
            seed=args.seed,
            today=now.date(),
            now=now,
            replace=args.replace,
            if_empty=args.if_empty,
            progress=progress if err.isatty() else None,
        )
    except RegistryNotEmptyError as error:
        text = QCoreApplication.translate(
            "cli", "The registry already has {count} workers; use --replace to start over."
        )
        print(text.format(count=error.count), file=err)
        return 1
    if summary.skipped:
        text = QCoreApplication.translate(
            "cli", "The registry already has {count} workers; nothing created."
        )
        print(text.format(count=summary.workers), file=out)
        return 0
    text = QCoreApplication.translate(
        "cli",
        "Created {workers} demo workers in {desa} desa of {kecamatan} kecamatan (seed {seed}).",
    )
    print(
        text.format(
            workers=summary.workers,
            desa=summary.desa,
            kecamatan=summary.kecamatan,
            seed=summary.seed,
        ),
        file=out,
    )
    return 0


def _search(
    sessions: sessionmaker[Session], args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from kiosk.texts.labels import status_label
    from kiosk.usecases.lookup import Lookup, resolve_scope

    try:
        scope = resolve_scope(sessions, args.kecamatan, args.desa)
    except LookupError as error:
        _level, name, count = error.args
        if count == 0:
            text = QCoreApplication.translate("cli", "No region named '{name}'.")
        else:
            text = QCoreApplication.translate(
                "cli", "'{name}' names several regions; give the kecamatan too, or a code."
            )
        print(text.format(name=name), file=err)
        return 2
    result = Lookup(sessions).search(" ".join(args.query), scope, args.limit)
    if args.json:
        payload = {
            "kind": result.kind.value,
            "truncated": result.truncated,
            "results": [
                {
                    "id": h.id,
                    "name": h.full_name,
                    "nik": h.nik_masked,
                    "kpj": h.kpj,
                    "desa": h.desa,
                    "kecamatan": h.kecamatan,
                    "status": h.status.value,
                }
                for h in result.hits
            ],
        }
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if not result.hits:
        print(QCoreApplication.translate("cli", "No worker found."), file=out)
        return 0
    headers = (
        QCoreApplication.translate("cli", "Name"),
        "NIK",
        "KPJ",
        QCoreApplication.translate("cli", "Desa"),
        QCoreApplication.translate("cli", "Kecamatan"),
        QCoreApplication.translate("cli", "Status"),
    )
    rows = [
        (h.full_name, h.nik_masked, h.kpj, h.desa, h.kecamatan, status_label(h.status))
        for h in result.hits
    ]
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        line = "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
        print(line.rstrip(), file=out)
    if result.truncated:
        text = QCoreApplication.translate(
            "cli", "More than {n} workers match; type more of the name."
        )
        print(text.format(n=len(result.hits)), file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
