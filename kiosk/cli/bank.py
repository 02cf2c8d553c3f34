"""`kiosk bank …` and `kiosk bank-sandbox`: the outbox of account applications, from a terminal."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.cli.context import CliContext
from kiosk.config import ENV_BANK_TOKEN
from kiosk.security.roles import Permission

COMMANDS: tuple[str, ...] = ("bank",)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bank = sub.add_parser("bank", help="Bank NTT account applications: send, status, files")
    bank_sub = bank.add_subparsers(dest="bank_command", required=True)
    bank_sub.add_parser("send", help="send the applications that are due, once")
    bank_sub.add_parser("status", help="how many applications wait for the bank")
    export = bank_sub.add_parser("export", help="write the pending applications for the bank")
    export.add_argument("--out", required=True, help="the CSV file to write")
    export.add_argument("--approver", required=True, help="the approving supervisor")
    results = bank_sub.add_parser("import", help="read the bank's result file")
    results.add_argument("file", help="CSV: nik, account_number, status[, reason]")
    # Listed for --help; main() hands `kiosk bank-sandbox ...` to the sandbox's own parser.
    sub.add_parser("bank-sandbox", help="run the SANDBOX bank (not a real bank): --help")


def run_sandbox(argv: list[str]) -> int:
    from kiosk.bank.sandbox import main

    return main(argv)


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.usecases.bank import BankAccounts

    accounts = BankAccounts(ctx.sessions, ctx.auditor)
    match args.bank_command:
        case "send":
            return _send(ctx, accounts)
        case "status":
            count = accounts.pending_count()
            text = QCoreApplication.translate("cli", "{count} applications wait for the bank.")
            print(text.format(count=count), file=ctx.out)
            return 0
        case "export":
            return _export(ctx, args)
        case _:
            return _import(ctx, args)


def _send(ctx: CliContext, accounts: object) -> int:
    from kiosk.bank.http import HttpBankConnector
    from kiosk.usecases.bank import BankAccounts

    assert isinstance(accounts, BankAccounts)
    if not ctx.config.bank_url:
        text = QCoreApplication.translate(
            "cli", "No bank address: set one with `kiosk settings set bank_url URL`."
        )
        print(text, file=ctx.err)
        return 2
    connector = HttpBankConnector(ctx.config.bank_url, token=os.environ.get(ENV_BANK_TOKEN))
    report = accounts.send_due(connector, limit=1000)
    text = QCoreApplication.translate(
        "cli", "Opened: {opened}. Refused: {rejected}. Waiting for the bank: {waiting}."
    )
    print(
        text.format(opened=report.opened, rejected=report.rejected, waiting=report.waiting),
        file=ctx.out,
    )
    return 0 if report.waiting == 0 else 1


def _export(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.usecases.bank_files import BankFiles

    actor = ctx.sign_in(Permission.EXPORT)
    approver = ctx.approval(args.approver, Permission.EXPORT, actor)
    count = BankFiles(ctx.sessions, ctx.auditor).export_pending(actor, Path(args.out), approver)
    text = QCoreApplication.translate("cli", "{count} applications written to {path}.")
    print(text.format(count=count, path=args.out), file=ctx.out)
    return 0


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.texts.bank import result_problem_text
    from kiosk.usecases.bank_files import BankFiles

    actor = ctx.sign_in(Permission.OPEN_ACCOUNT)
    report = BankFiles(ctx.sessions, ctx.auditor).import_results(actor, Path(args.file))
    text = QCoreApplication.translate(
        "cli",
        "Opened: {opened}. Pre-opened: {pre_opened}. Refused: {rejected}. "
        "Already recorded: {unchanged}. Rows not used: {bad}.",
    )
    print(
        text.format(
            opened=report.opened,
            pre_opened=report.pre_opened,
            rejected=report.rejected,
            unchanged=report.unchanged,
            bad=len(report.bad),
        ),
        file=ctx.out,
    )
    for bad in report.bad:
        line = QCoreApplication.translate("cli", "line {line}: {problem}")
        print(line.format(line=bad.line, problem=result_problem_text(bad.problem)), file=ctx.err)
    return 0 if not report.bad else 1
