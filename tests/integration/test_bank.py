"""Account applications: validated, consented, saved first, sent until answered; the
collective file round trip with the bank's result file, bad rows included."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import random
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import (
    AccountStatus,
    ApplicationStatus,
    BankAccount,
    BankApplication,
    Role,
    Sex,
    Worker,
)
from db.workers import WorkerRecord, insert_workers
from kiosk.bank.model import (
    AccountRequest,
    BankAnswer,
    BankUnavailableError,
    IncomeBand,
    MaritalStatus,
    Opened,
    Rejected,
)
from kiosk.usecases.audit import Auditor, PermissionDeniedError, Workstation
from kiosk.usecases.bank import BankAccounts
from kiosk.usecases.bank_files import BankFiles, ResultProblem
from kiosk.usecases.bank_form import (
    CONSENT_TEXT,
    AccountForm,
    AccountState,
    FormProblem,
    FormRefusedError,
    address_with_region,
)
from kiosk.usecases.settle import new_client_id
from printing.signature import synthetic_signature
from tests.helpers.broken_commit import break_commits, no_waiting
from tests.helpers.security import Security, build_security

WORKERS = [
    WorkerRecord(
        nik=f"531103050390{n:04d}",
        kpj=f"250000{n:05d}",
        full_name=name,
        birth_date=dt.date(1990, 3, 5),
        sex=Sex.MALE,
        desa_code="53.11.03.2002",
        phone=None,
        address="RT 001 / RW 002",
        birth_place="Lewa",
    )
    for n, name in enumerate(["Umbu Ndaku Lewa", "Yohanis Hina", "Petrus Kareri"], start=1)
]
FORM = AccountForm(
    mother_maiden_name="Rambu Hada",
    marital_status=MaritalStatus.MARRIED,
    occupation="Petani",
    source_of_funds="Hasil usaha",
    average_income=IncomeBand.UP_TO_1M,
    purpose="Tabungan",
    current_address="Kambuhapang, Lewa",
    phone="0812 3456 7801",
)


class FakeBank:
    """A connector whose answers the test scripts; it records what it was sent."""

    name = "fake://bank"

    def __init__(self, *answers: BankAnswer | Exception) -> None:
        self.answers = list(answers)
        self.sent: list[AccountRequest] = []

    def open_account(self, request: AccountRequest) -> BankAnswer:
        self.sent.append(request)
        answer = self.answers.pop(0) if self.answers else Opened("1000000001", "REF")
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    with sessions.begin() as session:
        insert_workers(session, WORKERS)
    return build_security(sessions)


def worker_id(sec: Security, n: int = 0) -> int:
    with sec.sessions() as session:
        return session.scalars(select(Worker.id).where(Worker.nik == WORKERS[n].nik)).one()


def apply(sec: Security, n: int = 0, form: AccountForm = FORM) -> str:
    standing = BankAccounts(sec.sessions, sec.auditor).apply(
        sec.actors[Role.DESK],
        worker_id(sec, n),
        form,
        consented=True,
        signature=synthetic_signature(random.Random(n)),
    )
    assert standing.state is AccountState.PENDING
    assert standing.application_no is not None
    return standing.application_no


def test_an_application_is_saved_with_consent_and_signature_then_opened(sec: Security) -> None:
    number = apply(sec)
    bank = BankAccounts(sec.sessions, sec.auditor)
    with sec.sessions() as session:
        (row,) = session.scalars(select(BankApplication))
        assert row.status is ApplicationStatus.PENDING
        assert row.consent_text == CONSENT_TEXT
        assert row.signature_png.startswith(b"\x89PNG")
        assert json.loads(row.form_json)["phone"] == "081234567801"
    assert bank.pending_count() == 1

    fake = FakeBank(Opened("2000000001", "REF-1"))
    report = bank.send_due(fake)
    assert (report.opened, report.rejected, report.waiting) == (1, 0, 0)
    (sent,) = fake.sent
    assert sent.application_no == number
    assert sent.nik == WORKERS[0].nik
    assert sent.mother_maiden_name == "Rambu Hada"
    standing = bank.standing(worker_id(sec))
    assert (standing.state, standing.account_number) == (AccountState.OPENED, "2000000001")
    details = [json.loads(e.details) for e in sec.events() if e.action == "bank_submission"]
    assert [d["step"] for d in details] == ["saved", "opened"]
    assert all("2000000001" not in json.dumps(d) for d in details)  # no account numbers


def test_the_ktp_address_names_desa_and_kecamatan_once(sec: Security) -> None:
    """The registry's address often ends with the desa already: named once, with its
    kecamatan, on the form and to the bank."""
    with sec.sessions.begin() as session:
        worker = session.get_one(Worker, worker_id(sec))
        worker.address = "RT 001 / RW 002, Kambuhapang"
    bank = BankAccounts(sec.sessions, sec.auditor)
    prefill = bank.prefill(sec.actors[Role.DESK], worker_id(sec))
    assert prefill.address == "RT 001 / RW 002, Desa Kambuhapang, Kec. Lewa"
    apply(sec)
    fake = FakeBank()
    bank.send_due(fake)
    assert fake.sent[0].address_ktp == "RT 001 / RW 002, Desa Kambuhapang, Kec. Lewa"
    assert fake.sent[0].branch == "Aula Kantor Bupati, Waingapu"


@pytest.mark.parametrize(
    ("address", "desa", "kecamatan", "kelurahan", "expected"),
    [
        (
            "RT 001/RW 001, Bidipraing",
            "Bidipraing",
            "Lewa",
            False,
            "RT 001/RW 001, Desa Bidipraing, Kec. Lewa",
        ),
        (
            "RT 001/RW 001, Desa Bidipraing, Kec. Lewa",
            "Bidipraing",
            "Lewa",
            False,
            "RT 001/RW 001, Desa Bidipraing, Kec. Lewa",
        ),
        (
            "RT 002, Dusun 1",
            "Lewa Paku",
            "Lewa",
            True,
            "RT 002, Dusun 1, Kel. Lewa Paku, Kec. Lewa",
        ),
        ("", "Bidipraing", "", False, "Desa Bidipraing"),
        ("RT 003, Kambuhapang", "", "", False, "RT 003, Kambuhapang"),
        # The address names a desa and a kecamatan of its own: the desk compares with the KTP.
        (
            "RT 008/RW 006, Desa Mbatakapidu, Kec. Kota Waingapu",
            "Kambuhapang",
            "Lewa",
            False,
            "RT 008/RW 006, Desa Mbatakapidu, Kec. Kota Waingapu",
        ),
    ],
)
def test_address_with_region(
    address: str, desa: str, kecamatan: str, kelurahan: bool, expected: str
) -> None:
    assert address_with_region(address, desa, kecamatan, kelurahan=kelurahan) == expected


def test_no_site_set_sends_an_empty_branch(sec: Security) -> None:
    """The status bar's "—" for a site not set is no branch name: the API takes it empty."""
    auditor = Auditor(sec.sessions, Workstation("—", "meja-01"), sec.clock)
    bank = BankAccounts(sec.sessions, auditor)
    bank.apply(
        sec.actors[Role.DESK],
        worker_id(sec),
        FORM,
        consented=True,
        signature=synthetic_signature(random.Random(0)),
    )
    fake = FakeBank()
    assert bank.send_due(fake).opened == 1
    assert fake.sent[0].branch == ""


def test_an_unreachable_bank_leaves_the_application_waiting_then_it_goes(sec: Security) -> None:
    apply(sec)
    bank = BankAccounts(sec.sessions, sec.auditor)
    down = FakeBank(BankUnavailableError("connection refused"))
    assert bank.send_due(down).waiting == 1
    # Not due again at once: the next attempt waits a while.
    assert bank.send_due(FakeBank()).opened == 0
    sec.clock.now += dt.timedelta(minutes=1)
    assert bank.send_due(FakeBank()).opened == 1
    with sec.sessions() as session:
        (row,) = session.scalars(select(BankApplication))
        assert row.attempts == 2
        assert row.last_error is None


def test_a_rejection_is_recorded_with_its_code(sec: Security) -> None:
    apply(sec)
    bank = BankAccounts(sec.sessions, sec.auditor)
    bank.send_due(FakeBank(Rejected("DATA_MISMATCH", "nama tidak cocok")))
    standing = bank.standing(worker_id(sec))
    assert (standing.state, standing.reject_code) == (AccountState.REJECTED, "DATA_MISMATCH")
    # The desk may apply again once the data is put right.
    apply(sec)


def test_bad_input_is_refused_field_by_field_and_nothing_saved(sec: Security) -> None:
    form = dataclasses.replace(FORM, mother_maiden_name="  ", phone="12345", purpose="")
    with pytest.raises(FormRefusedError) as refused:
        BankAccounts(sec.sessions, sec.auditor).apply(
            sec.actors[Role.DESK], worker_id(sec), form, consented=False, signature=None
        )
    assert set(refused.value.problems) == {
        ("mother_maiden_name", FormProblem.REQUIRED),
        ("purpose", FormProblem.REQUIRED),
        ("phone", FormProblem.PHONE_INVALID),
        ("consent", FormProblem.CONSENT_MISSING),
        ("signature", FormProblem.SIGNATURE_MISSING),
    }
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BankApplication)) == 0


def test_every_problem_is_named_at_once_in_the_forms_order(sec: Security) -> None:
    """One press of the button names all there is to put right, as the desk reads the form:
    the worker's record first, then each field, the consent, the signature."""
    apply(sec)  # one on its way already
    empty = AccountForm(
        mother_maiden_name="",
        marital_status=None,
        occupation=" ",
        source_of_funds="",
        average_income=None,
        purpose="",
        current_address="",
        phone="",
    )
    with pytest.raises(FormRefusedError) as refused:
        BankAccounts(sec.sessions, sec.auditor).apply(
            sec.actors[Role.DESK], worker_id(sec), empty, consented=False, signature=None
        )
    assert refused.value.problems == (
        ("account", FormProblem.APPLICATION_PENDING),
        ("mother_maiden_name", FormProblem.REQUIRED),
        ("marital_status", FormProblem.REQUIRED),
        ("occupation", FormProblem.REQUIRED),
        ("source_of_funds", FormProblem.REQUIRED),
        ("average_income", FormProblem.REQUIRED),
        ("purpose", FormProblem.REQUIRED),
        ("current_address", FormProblem.REQUIRED),
        ("phone", FormProblem.REQUIRED),
        ("consent", FormProblem.CONSENT_MISSING),
        ("signature", FormProblem.SIGNATURE_MISSING),
    )
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BankApplication)) == 1


def test_a_second_application_while_one_is_pending_is_refused(sec: Security) -> None:
    apply(sec)
    with pytest.raises(FormRefusedError) as refused:
        apply(sec)
    assert refused.value.problems == (("account", FormProblem.APPLICATION_PENDING),)
    with pytest.raises(PermissionDeniedError):
        BankAccounts(sec.sessions, sec.auditor).apply(
            sec.actors[Role.PRINTING], worker_id(sec, 1), FORM, consented=True,
            signature=synthetic_signature(random.Random(1)),
        )  # fmt: skip


def test_the_same_application_sent_twice_is_saved_once_and_said_so(sec: Security) -> None:
    bank = BankAccounts(sec.sessions, sec.auditor)
    client_id = new_client_id()
    sent = [
        bank.apply(
            sec.actors[Role.DESK],
            worker_id(sec),
            FORM,
            consented=True,
            signature=synthetic_signature(random.Random(0)),
            client_id=client_id,
        )
        for _ in range(2)
    ]
    assert [s.settled_after_retry for s in sent] == [False, True]
    assert sent[0].application_no == sent[1].application_no
    with sec.sessions() as session:
        (row,) = session.scalars(select(BankApplication))
        assert row.client_id == client_id
    assert sec.actions().count("bank_submission") == 1


def test_an_application_cut_after_its_commit_is_settled_without_a_double(
    sec: Security, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = BankAccounts(sec.sessions, sec.auditor, retry=no_waiting())
    broken = break_commits(
        engine, monkeypatch, after_server_commit=True, inserting_into="bank_application"
    )
    standing = bank.apply(
        sec.actors[Role.DESK], worker_id(sec), FORM, consented=True,
        signature=synthetic_signature(random.Random(0)),
    )  # fmt: skip
    assert broken.broken == 1
    assert standing.settled_after_retry
    assert standing.state is AccountState.PENDING
    with sec.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BankApplication)) == 1
    assert sec.actions().count("bank_submission") == 1


def test_the_collective_file_round_trip_with_bad_rows(sec: Security, tmp_path: Path) -> None:
    first = apply(sec, 0)
    apply(sec, 1)
    files = BankFiles(sec.sessions, sec.auditor)
    out = tmp_path / "permohonan.csv"
    with pytest.raises(PermissionDeniedError):
        files.export_pending(sec.actors[Role.TELLER], out, approved_by=None)
    count = files.export_pending(sec.actors[Role.TELLER], out, sec.actors[Role.SUPERVISOR])
    assert count == 2
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0]["application_no"] == first
    assert rows[0]["nik"] == WORKERS[0].nik

    result = tmp_path / "hasil.csv"
    result.write_text(
        "nik;account_number;status;reason\n"
        f"{WORKERS[0].nik};3000000001;dibuka;\n"  # opens the first application
        f"{WORKERS[1].nik};;ditolak;DATA_MISMATCH\n"  # rejects the second
        f"{WORKERS[2].nik};3000000003;dibuka;\n"  # no application: pre-opened
        "5.31101E+15;3000000004;dibuka;\n"  # a NIK Excel destroyed
        "5311030503909999;3000000005;dibuka;\n"  # nobody has it
        f"{WORKERS[0].nik};3000000009;dibuka;\n"  # the same NIK again
        f"{WORKERS[2].nik[:-1]}8;3000000001;dibuka;\n",  # unknown too, whatever its account number
        encoding="utf-8",
    )
    report = files.import_results(sec.actors[Role.DESK], result)
    assert (report.opened, report.rejected, report.pre_opened) == (1, 1, 1)
    assert [(b.line, b.problem) for b in report.bad] == [
        (5, ResultProblem.NIK_INVALID),
        (6, ResultProblem.NIK_UNKNOWN),
        (7, ResultProblem.DUPLICATE_ROW),
        (8, ResultProblem.NIK_UNKNOWN),
    ]
    with sec.sessions() as session:
        accounts = {a.account_number: a.status for a in session.scalars(select(BankAccount))}
    assert accounts == {"3000000001": AccountStatus.OPENED, "3000000003": AccountStatus.PRE_OPENED}
    bank = BankAccounts(sec.sessions, sec.auditor)
    assert bank.standing(worker_id(sec, 1)).state is AccountState.REJECTED
    assert bank.standing(worker_id(sec, 2)).state is AccountState.PRE_OPENED
    # The same result file again changes nothing.
    again = files.import_results(sec.actors[Role.DESK], result)
    assert (again.opened, again.pre_opened, again.unchanged) == (0, 0, 2)


def test_a_pre_opened_account_is_activated_in_the_same_handover(sec: Security) -> None:
    import os

    from db.models import HandoverKind, IdDocument
    from kiosk.usecases.cards import Cards
    from kiosk.usecases.handover import (
        HandoverProblem,
        HandoverRefusedError,
        HandoverRequest,
        Handovers,
    )
    from printing.keys import private_key_from_seed, trusted_keys

    key = private_key_from_seed(bytes(range(32)))
    cards = Cards(sec.sessions, sec.auditor, key, trusted_keys([key.public_key()]), sec.clock,
                  os.urandom)  # fmt: skip
    desk = Handovers(sec.sessions, sec.auditor, lambda: {})
    wid = worker_id(sec)
    issued = cards.issue(sec.actors[Role.PRINTING], wid)
    request = HandoverRequest(
        wid, issued.serial, IdDocument.KTP, HandoverKind.SIGNED,
        synthetic_signature(random.Random(3)), activate_account=True, passbook_given=True,
    )  # fmt: skip
    with pytest.raises(HandoverRefusedError) as refused:
        desk.hand_over(sec.actors[Role.DESK], request)  # no account yet: nothing recorded
    assert refused.value.problem is HandoverProblem.NO_ACCOUNT_TO_ACTIVATE
    with sec.sessions.begin() as session:
        session.add(
            BankAccount(
                worker_id=wid,
                account_number="4000000001",
                status=AccountStatus.PRE_OPENED,
                opened_at=sec.clock(),
            )
        )
    card = desk.card_for(wid)
    assert card is not None
    assert card.account_to_activate == "4000000001"
    done = desk.hand_over(sec.actors[Role.DESK], request)
    with sec.sessions() as session:
        account = session.scalars(select(BankAccount)).one()
        assert account.status is AccountStatus.ACTIVATED
        assert account.handover_id == done.handover_id
        assert account.passbook_given
        assert not account.atm_card_given
        assert account.specimen_png is not None
    assert BankAccounts(sec.sessions, sec.auditor).standing(wid).state is AccountState.ACTIVATED
    # A void undoes the activation it carried.
    desk.void(sec.actors[Role.SUPERVISOR], done.handover_id, "Salah orang")
    assert BankAccounts(sec.sessions, sec.auditor).standing(wid).state is AccountState.PRE_OPENED
    # A witness's signature never becomes the bank's specimen.
    witnessed = dataclasses.replace(
        request,
        kind=HandoverKind.THUMBPRINT,
        witness_name="Petrus Ndima",
        client_id=new_client_id(),  # another attempt
    )
    with pytest.raises(HandoverRefusedError):
        desk.hand_over(sec.actors[Role.DESK], witnessed)
