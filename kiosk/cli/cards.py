"""`kiosk card`, `kiosk verify` and `kiosk keys`: issuing and checking participant cards."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.cli.context import (
    CliContext,
)
from kiosk.security.roles import Permission

if TYPE_CHECKING:
    from kiosk.signing import SigningKeys
    from kiosk.usecases.audit import Actor
    from printing.payload import Rejection


COMMANDS: tuple[str, ...] = ("card", "verify", "keys")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    card = sub.add_parser("card", help="issue a worker's card and write it as a PDF")
    card.add_argument("--kpj", required=True, help="the worker's KPJ number")
    where = card.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", help="the PDF file to write")
    where.add_argument(
        "--printer", help="print it as a recorded job: cups://QUEUE or folder:///PATH"
    )
    card.add_argument("--back", action="store_true", help="add the back as a second page")
    card.add_argument(
        "--reprint",
        action="store_true",
        help="replace the worker's active card (needs --reason and --approver)",
    )
    card.add_argument(
        "--reason",
        choices=["lost", "damaged", "data_corrected", "spoiled"],
        help="why the card is reprinted",
    )
    card.add_argument(
        "--approver", help="the supervisor who approves a reprint ($KIOSK_APPROVER_PIN)"
    )

    verify = sub.add_parser("verify", help="check a card's QR text: genuine, and its status")
    verify.add_argument("payload", help="the scanned text, NTTJ1:...")

    keys = sub.add_parser("keys", help="this installation's card-signing key")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    export_key = keys_sub.add_parser("export", help="print or write the public key (one line)")
    export_key.add_argument("--out", help="write it to this file (e.g. SITE.pub)")
    import_key = keys_sub.add_parser(
        "import",
        help="trust another site's public key (SITE.pub): in trusted-keys/ and in the registry",
    )
    import_key.add_argument("file", help="the public key file another kiosk exported")


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    """`kiosk card`, `kiosk verify`, `kiosk keys export` and `kiosk keys import`."""
    from kiosk.signing import SigningKeyError

    try:
        if args.command == "card":
            return _card(ctx, args)
        if args.command == "verify":
            return _verify(ctx, args)
        if args.keys_command == "import":
            return _keys_import(ctx, args)
        return _keys_export(ctx, args)
    except SigningKeyError as error:
        text = QCoreApplication.translate(
            "cli", "The card-signing key {path} cannot be used: {problem}"
        )
        print(text.format(path=error.path, problem=error.problem), file=ctx.err)
        return 1


def _card(ctx: CliContext, args: argparse.Namespace) -> int:
    import secrets

    from kiosk.usecases.cards import (
        ActiveCardExistsError,
        Cards,
        NoActiveCardError,
        ReprintReason,
        WorkerNotFoundError,
    )
    from printing.card import CardStyle, card_pdf

    if args.reprint and (args.reason is None or args.approver is None):
        text = QCoreApplication.translate("cli", "A reprint needs --reason and --approver.")
        print(text, file=ctx.err)
        return 2
    if not args.reprint and (args.reason is not None or args.approver is not None):
        text = QCoreApplication.translate("cli", "--reason and --approver go with --reprint.")
        print(text, file=ctx.err)
        return 2
    actor = ctx.sign_in(Permission.REQUEST_REPRINT if args.reprint else Permission.PRINT_CARD)
    approver = None
    if args.reprint:
        approver = ctx.approval(args.approver, Permission.REQUEST_REPRINT, actor)
    keys = ctx.signing_keys()
    if args.printer:
        return _card_to_printer(ctx, args, actor, approver, keys)
    cards = Cards(
        ctx.sessions,
        ctx.auditor,
        keys.private_key,
        keys.trusted,
        ctx.auditor.clock,
        secrets.token_bytes,
    )
    try:
        worker_id = cards.worker_id_for_kpj(args.kpj)
        if args.reprint:
            issued = cards.reprint(actor, worker_id, ReprintReason(args.reason), approver)
        else:
            issued = cards.issue(actor, worker_id)
    except WorkerNotFoundError:
        text = QCoreApplication.translate("cli", "No worker has the KPJ number {kpj}.")
        print(text.format(kpj=args.kpj), file=ctx.err)
        return 2
    except ActiveCardExistsError as error:
        text = QCoreApplication.translate(
            "cli", "This worker already has an active card, {serial}; a new one is a reprint."
        )
        print(text.format(serial=error.serial_text), file=ctx.err)
        return 1
    except NoActiveCardError:
        text = QCoreApplication.translate(
            "cli", "This worker has no active card to replace; issue one without --reprint."
        )
        print(text, file=ctx.err)
        return 1
    pdf = card_pdf(issued.card_data, style=CardStyle(), with_back=args.back)
    with open(args.out, "wb") as file:
        file.write(pdf)
    text = QCoreApplication.translate("cli", "Card {serial} for {name} written to {path}.")
    print(
        text.format(serial=issued.serial_text, name=issued.card_data.name, path=args.out),
        file=ctx.out,
    )
    return 0


def _card_to_printer(
    ctx: CliContext,
    args: argparse.Namespace,
    actor: Actor,
    approver: Actor | None,
    keys: SigningKeys,
) -> int:
    """`kiosk card --printer URL`: the card as a recorded print job, retryable if it fails."""
    from kiosk.cli.printing import refusal, report_outcome
    from kiosk.usecases.cards import ReprintReason
    from kiosk.usecases.printing_services import build_printing

    printing = build_printing(ctx.sessions, ctx.auditor, ctx.config, keys)
    try:
        worker_id = printing.cards.worker_id_for_kpj(args.kpj)
        if args.reprint:
            outcome = printing.jobs.reprint_card(
                actor, worker_id, ReprintReason(args.reason), approver, args.printer
            )
        else:
            outcome = printing.jobs.print_card(actor, worker_id, args.printer)
    except Exception as error:
        code = refusal(ctx, error)
        if code is None:
            raise
        return code
    return report_outcome(ctx, outcome)


def _verify(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.usecases.cards import CardState, verify_card

    result = verify_card(ctx.sessions, ctx.trusted(), args.payload)
    out = ctx.out
    if not result.genuine:
        reason = _rejection_text(result.reason)
        print(
            QCoreApplication.translate("cli", "NOT GENUINE: {reason}").format(reason=reason),
            file=out,
        )
        return 1
    print(QCoreApplication.translate("cli", "GENUINE"), file=out)
    status = {
        CardState.ACTIVE: QCoreApplication.translate("cli", "active"),
        CardState.REPLACED: QCoreApplication.translate("cli", "replaced by a newer card"),
        CardState.VOIDED: QCoreApplication.translate("cli", "voided"),
        CardState.UNKNOWN: QCoreApplication.translate("cli", "not issued at this kiosk"),
    }
    if result.status is not None:
        text = QCoreApplication.translate("cli", "Card status: {status}")
        print(text.format(status=status[result.status]), file=out)
    print(
        QCoreApplication.translate("cli", "Serial: {serial}").format(serial=result.serial_text),
        file=out,
    )
    if result.worker is not None:
        print(
            QCoreApplication.translate("cli", "Name: {name}").format(name=result.worker.name),
            file=out,
        )
        print(f"NIK: {result.worker.nik_masked}", file=out)
        print(f"KPJ: {result.worker.kpj}", file=out)
    else:
        print(QCoreApplication.translate("cli", "The worker is not in this registry."), file=out)
    return 0 if result.status is CardState.ACTIVE else 1


def _rejection_text(reason: Rejection | None) -> str:
    from printing.payload import Rejection

    match reason:
        case Rejection.NOT_A_CARD | None:
            return QCoreApplication.translate("cli", "this is not a card's QR code.")
        case Rejection.TRUNCATED:
            return QCoreApplication.translate("cli", "the text is cut short; scan it again.")
        case Rejection.BAD_VERSION:
            return QCoreApplication.translate("cli", "a card format this kiosk does not read.")
        case Rejection.UNKNOWN_KEY:
            return QCoreApplication.translate("cli", "signed by a key this kiosk does not trust.")
        case Rejection.BAD_SIGNATURE:
            return QCoreApplication.translate(
                "cli", "the signature does not match: the card has been altered."
            )
        case Rejection.MALFORMED:
            return QCoreApplication.translate("cli", "the text is damaged or altered.")


def _keys_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.signing import open_signing_keys, signing_key_path
    from printing.keys import public_key_to_text

    keys = open_signing_keys(signing_key_path(ctx.environ))
    line = public_key_to_text(keys.private_key.public_key())
    if args.out is None:
        print(line, file=ctx.out)
        return 0
    with open(args.out, "w", encoding="ascii") as file:
        file.write(line + "\n")
    text = QCoreApplication.translate("cli", "Public key written to {path}.")
    print(text.format(path=args.out), file=ctx.out)
    return 0


def _keys_import(ctx: CliContext, args: argparse.Namespace) -> int:
    """Another site's key: into trusted-keys/ and, audited, into the registry's keys."""
    from pathlib import Path

    from db.models import KeySource
    from kiosk.signing import add_trusted_key_file, signing_key_path
    from kiosk.usecases.signing_keys import register_key
    from printing.keys import DuplicateKeyIdError, KeyFormatError, key_id, public_key_from_text

    actor = ctx.sign_in(Permission.CHANGE_SETTINGS)
    source = Path(args.file)
    try:
        public_key = public_key_from_text(source.read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError, KeyFormatError) as error:
        text = QCoreApplication.translate("cli", "{path} is not a public key: {problem}")
        print(text.format(path=source, problem=error), file=ctx.err)
        return 2
    workstation = ctx.auditor.workstation
    try:
        with ctx.sessions.begin() as session:
            new = register_key(
                session,
                public_key,
                site=workstation.site,
                device=workstation.device,
                source=KeySource.IMPORT,
                operator=actor.username,
            )
    except DuplicateKeyIdError:
        text = QCoreApplication.translate(
            "cli",
            "Another key with this key id is trusted already: that site must make a new key.",
        )
        print(text, file=ctx.err)
        return 1
    written = add_trusted_key_file(signing_key_path(ctx.environ), public_key, source.name)
    kid = key_id(public_key).hex()
    if new:
        text = QCoreApplication.translate("cli", "Key {key_id} is trusted now ({path}).")
    else:
        text = QCoreApplication.translate("cli", "Key {key_id} was trusted already ({path}).")
    print(text.format(key_id=kid, path=written), file=ctx.out)
    return 0
