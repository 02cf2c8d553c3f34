"""The registry's commands: import a list, create demo data, search, export to CSV."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from kiosk.cli.context import CliContext
from kiosk.config import WITA
from kiosk.security.roles import Permission
from kiosk.usecases.audit import AuditAction

COMMANDS: tuple[str, ...] = ("import", "demo", "search", "export")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser("import", help="import a registration list (CSV or XLSX)")
    imp.add_argument("file")

    demo = sub.add_parser("demo", help="create a synthetic demo registry (Sumba Timur)")
    demo.add_argument("--workers", type=int, default=4000)
    demo.add_argument("--seed", type=int, default=2025)
    demo.add_argument("--replace", action="store_true", help="delete existing workers first")
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing when the registry has workers"
    )
    demo.add_argument(
        "--handed-over",
        type=_share,
        default=0.0,
        help="the share of workers whose card was already handed over (0 to 1), e.g. 0.6",
    )

    search = sub.add_parser("search", help="look up workers by NIK, KPJ, phone or name")
    search.add_argument("query", nargs="*")
    search.add_argument("--kecamatan", help="narrow to a kecamatan (name or code)")
    search.add_argument("--desa", help="narrow to a desa/kelurahan (name or code)")
    search.add_argument("--limit", type=_positive, default=50)
    search.add_argument("--json", action="store_true", help="machine-readable output")

    export = sub.add_parser("export", help="export workers to CSV (a supervisor approves)")
    export.add_argument("--out", required=True, help="the CSV file to write")
    export.add_argument("--kecamatan", help="only this kecamatan (name or code)")
    export.add_argument("--desa", help="only this desa/kelurahan (name or code)")
    export.add_argument("--full-nik", action="store_true", help="NIKs in full (default: masked)")
    export.add_argument(
        "--approver", required=True, help="the supervisor who approves ($KIOSK_APPROVER_PIN)"
    )


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    """`kiosk import`, `kiosk demo`, `kiosk search` and `kiosk export`."""
    if args.command == "import":
        from kiosk.cli.importing import run_import

        return run_import(ctx, args.file)
    if args.command == "demo":
        return _demo(ctx, args)
    if args.command == "export":
        return _export(ctx, args)
    return _search(ctx, args)


def _positive(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError("a number from 1 to 10000")
    return value


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a share from 0 to 1, not {text!r}")
    return value


def _demo(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.usecases.demo import RegistryNotEmptyError, create_demo, worker_count

    out, err = ctx.out, ctx.err
    if args.if_empty:
        with ctx.sessions() as session:
            existing = worker_count(session)
        if existing:
            text = QCoreApplication.translate(
                "cli", "The registry already has {count} workers; nothing created."
            )
            print(text.format(count=existing), file=out)
            return 0
    # A fresh installation (no operators yet) may be filled with demo data by anyone: that is
    # how `make run` starts. Once there are operators, it takes an admin.
    actor = ctx.sign_in(Permission.DEMO_DATA) if ctx.operators.any_exist() else None
    now = dt.datetime.now(WITA)

    def progress(done: int, total: int) -> None:
        text = QCoreApplication.translate("cli", "Creating demo workers: {done} / {total}")
        print(text.format(done=done, total=total), end="\r", file=err, flush=True)

    def record(session: Session) -> None:
        ctx.auditor.record(
            session,
            actor,
            AuditAction.DEMO_DATA,
            details={"workers": args.workers, "seed": args.seed, "replace": args.replace},
        )

    key_id = "00000000"
    if args.handed_over > 0:
        from kiosk.signing import open_signing_keys, signing_key_path
        from printing.keys import key_id as id_of_key

        keys = open_signing_keys(signing_key_path(ctx.environ))
        key_id = id_of_key(keys.private_key.public_key()).hex()
    try:
        summary = create_demo(
            ctx.sessions,
            workers=args.workers,
            seed=args.seed,
            today=now.date(),
            now=now.astimezone(dt.UTC),
            replace=args.replace,
            if_empty=args.if_empty,
            progress=progress if err.isatty() else None,
            record=record,
            handed_over=args.handed_over,
            key_id=key_id,
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
    if summary.handed_over:
        text = QCoreApplication.translate(
            "cli", "{count} of them received their card at the demo event."
        )
        print(text.format(count=summary.handed_over), file=out)
    return 0


def _export(ctx: CliContext, args: argparse.Namespace) -> int:
    from pathlib import Path

    from kiosk.usecases.export import export_workers
    from kiosk.usecases.lookup import resolve_scope

    actor = ctx.sign_in(Permission.EXPORT)
    approver = ctx.approval(args.approver, Permission.EXPORT, actor)
    try:
        scope = resolve_scope(ctx.sessions, args.kecamatan, args.desa)
    except LookupError as error:
        print(
            QCoreApplication.translate("cli", "No region named '{name}'.").format(
                name=error.args[1]
            ),
            file=ctx.err,
        )
        return 2
    summary = export_workers(
        ctx.sessions,
        ctx.auditor,
        actor,
        approver,
        Path(args.out),
        scope=scope,
        full_nik=args.full_nik,
    )
    text = QCoreApplication.translate("cli", "{n} workers written to {path}.")
    print(text.format(n=summary.workers, path=summary.path), file=ctx.out)
    return 0


def _search(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.texts.labels import status_label
    from kiosk.usecases.lookup import Lookup, resolve_scope

    out, err = ctx.out, ctx.err
    actor = ctx.sign_in(Permission.SEARCH)
    try:
        scope = resolve_scope(ctx.sessions, args.kecamatan, args.desa)
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
    result = Lookup(ctx.sessions, ctx.auditor).search(
        " ".join(args.query), scope, args.limit, audit_as=actor
    )
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
