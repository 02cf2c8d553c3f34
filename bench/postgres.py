"""A throwaway PostgreSQL 15 server holding a demo registry, reached as a desk reaches the hub.

The server listens on 127.0.0.1 only, on a free port, with TLS on (a self-signed certificate
made here) and password (SCRAM) authentication for a non-superuser role `kiosk`, the owner of
database `kiosk`. The lookup benchmark connects like a desk: over TCP, `sslmode=verify-ca`
against that certificate, the password from a passfile.

The filled cluster is kept in .bench/ beside the SQLite registries, keyed the same way (size,
seed, schema revision, demo version), so only the first run pays for the fill; the fill's
duration is kept with it. As root, the server runs as the `postgres` user (it refuses root).
"""

from __future__ import annotations

import datetime as dt
import glob
import ipaddress
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy.orm import Session, sessionmaker

from bench.common import BENCH_DIR
from db.copy import copy_database
from db.engine import make_engine, make_session_factory
from db.migrate import HEAD_REVISION

ROLE = "kiosk"
DATABASE = "kiosk"
HOST = "127.0.0.1"
_FILLED = "filled.json"  # written last: a cache directory without it is not used


class PostgresUnavailableError(RuntimeError):
    """The PostgreSQL 15 server binaries are not installed."""


def bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/15/bin/pg_ctl"))
    if not found:
        raise PostgresUnavailableError(
            "PostgreSQL 15 server not found (Debian's 'postgresql' package; make bench installs it)"
        )
    return Path(found[0]).parent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def _self_signed(cert: Path, key: Path) -> None:
    """A certificate for 127.0.0.1, its own CA (as the hub's is: desks pin it)."""
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kiosk bench hub")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]),
            critical=False,
        )
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


@dataclass
class BenchServer:
    """A cluster directory: data/ (the server's), the CA certificate and passfile (the desk's)."""

    root: Path
    bin_dir: Path
    as_user: str | None
    port: int = 0
    _socket_dir: Path | None = None

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def ca_file(self) -> Path:
        return self.root / "hub-ca.pem"

    @property
    def passfile(self) -> Path:
        return self.root / "hub.pgpass"

    def url(self) -> str:
        """The desk's URL: TCP, TLS verified against the certificate, password from a file."""
        return (
            f"postgresql+psycopg://{ROLE}@/{DATABASE}?host={HOST}&port={self.port}"
            f"&sslmode=verify-ca&sslrootcert={self.ca_file}&passfile={self.passfile}"
            "&connect_timeout=3&application_name=bench"
        )

    def _run(self, *args: str, capture: bool = False) -> str:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            raise subprocess.CalledProcessError(done.returncode, cmd, done.stdout, done.stderr)
        return done.stdout if capture else ""

    def _psql(self, database: str, sql: str) -> None:
        assert self._socket_dir is not None
        self._run(
            "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(self._socket_dir),
            "-p", str(self.port), "-U", "postgres", "-d", database, "-c", sql,
        )  # fmt: skip

    def _chown(self, *paths: Path) -> None:
        if self.as_user:
            pw = pwd.getpwnam(self.as_user)
            for path in paths:
                os.chown(path, pw.pw_uid, pw.pw_gid)

    def init(self) -> None:
        """initdb, a certificate, and who may connect how; then start and make role and db."""
        self.root.mkdir(parents=True)
        self.root.chmod(0o755)
        self._chown(self.root)
        # The hub's locale (db.cluster.server): C.UTF-8 compares by code point, as SQLite does.
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
            "--auth-local=trust", "--auth-host=reject",
        )  # fmt: skip
        cert, key = self.data / "server.crt", self.data / "server.key"
        _self_signed(cert, key)
        key.chmod(0o600)
        self._chown(cert, key)
        shutil.copyfile(cert, self.ca_file)
        (self.data / "pg_hba.conf").write_text(
            f"local all postgres trust\nhostssl {DATABASE} {ROLE} {HOST}/32 scram-sha-256\n"
        )
        password = secrets.token_urlsafe(24)
        self.passfile.write_text(f"{HOST}:*:{DATABASE}:{ROLE}:{password}\n")
        self.passfile.chmod(0o600)
        with self.running():
            self._psql("postgres", f"CREATE ROLE {ROLE} LOGIN PASSWORD '{password}'")
            self._psql("postgres", f"CREATE DATABASE {DATABASE} OWNER {ROLE}")

    def start(self) -> None:
        self.port = _free_port()
        self._socket_dir = Path(tempfile.mkdtemp(prefix="kiosk-bench-pg-"))
        self._socket_dir.chmod(0o755)
        self._chown(self._socket_dir)
        options = (
            f"-c listen_addresses={HOST} -p {self.port} -k {self._socket_dir} -c ssl=on"
            " -c password_encryption=scram-sha-256"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self._socket_dir / "log"), "-w",
            "-o", options, "start",
        )  # fmt: skip

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            if self._socket_dir is not None:
                shutil.rmtree(self._socket_dir, ignore_errors=True)
                self._socket_dir = None

    @contextmanager
    def running(self) -> Iterator[BenchServer]:
        self.start()
        try:
            yield self
        finally:
            self.stop()

    def vacuum_analyze(self) -> None:
        """What autovacuum would do a minute later: statistics and the visibility map."""
        self._psql(DATABASE, "VACUUM (ANALYZE)")


@dataclass(frozen=True)
class Fill:
    seconds: float  # kiosk db copy from the SQLite registry, then VACUUM ANALYZE
    copy_seconds: float
    cached: bool


def _cache_dir(workers: int, seed: int) -> Path:
    # The key of the SQLite registry it is copied from (bench.common.demo_database), and
    # "-c2": this server's own version (2: the hub's locale, C.UTF-8).
    return BENCH_DIR / f"pg15-registry-{workers}-seed{seed}-rev{HEAD_REVISION}-d2-c2"


def _stop_leftover(server: BenchServer) -> None:
    """A server left running by an interrupted run holds the data directory: stop it."""
    if (server.data / "postmaster.pid").exists():
        # Not running: a stale pid file, which the server itself clears.
        with suppress(subprocess.CalledProcessError):
            server._run("pg_ctl", "-D", str(server.data), "-m", "fast", "-w", "stop")


def filled_server(sqlite_url: str, workers: int, seed: int = 7) -> tuple[BenchServer, Fill]:
    """A stopped cluster holding the registry at sqlite_url, filled once and cached."""
    binaries = bin_dir()
    as_user = "postgres" if os.geteuid() == 0 else None
    final = _cache_dir(workers, seed)
    if (final / _FILLED).is_file():
        server = BenchServer(final, binaries, as_user)
        _stop_leftover(server)
        recorded = json.loads((final / _FILLED).read_text())
        return server, Fill(recorded["seconds"], recorded["copy_seconds"], cached=True)
    building = final.with_name(final.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    shutil.rmtree(final, ignore_errors=True)
    server = BenchServer(building, binaries, as_user)
    server.init()
    print(f"  filling a PostgreSQL {workers:,}-worker registry in {final.name} (once) ...")
    with server.running():
        started = time.perf_counter()
        engine = make_engine(server.url())
        try:
            copy_database(make_engine(sqlite_url), engine)
        finally:
            engine.dispose()
        copy_seconds = time.perf_counter() - started
        server.vacuum_analyze()
        seconds = time.perf_counter() - started
    print(f"  filled in {seconds:.0f} s (copy {copy_seconds:.0f} s, then VACUUM ANALYZE)")
    (building / _FILLED).write_text(json.dumps({"seconds": seconds, "copy_seconds": copy_seconds}))
    building.rename(final)
    server.root = final
    return server, Fill(seconds, copy_seconds, cached=False)


def sessions_for(server: BenchServer) -> sessionmaker[Session]:
    return make_session_factory(make_engine(server.url()))
