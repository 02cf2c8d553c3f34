"""A throwaway CUPS scheduler in a temporary directory, with file queues, for the tests."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import NoReturn

import pytest

START_TIMEOUT = 10.0
JOB_TIMEOUT = 30.0
# A Unix socket's path must fit in 108 bytes.
_SOCKET_PATH_MAX = 100
# root runs filters as lp, like a system cupsd; anyone else runs them as themselves.
_JOB_USER = "lp"


class CupsUnavailableError(RuntimeError):
    """cupsd or the CUPS client commands are missing, or the scheduler would not start."""


def _command(name: str) -> str:
    # cupsd, lpadmin and cupsreject live in /usr/sbin, which is not on every user's PATH.
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/bin"])
    found = shutil.which(name, path=path)
    if found is None:
        raise CupsUnavailableError(
            f"{name} is missing (install Debian's cups, cups-client and cups-filters: "
            "scripts/system-deps.sh test does)"
        )
    return found


def _temporary_root() -> Path:
    base = tempfile.gettempdir()
    if len(base) > _SOCKET_PATH_MAX - 40:
        base = "/tmp"
    return Path(tempfile.mkdtemp(prefix="kiosk-cups-", dir=base))


class CupsServer:
    """cupsd on a Unix socket, its configuration, spool and logs all under one directory."""

    def __init__(self) -> None:
        self._cupsd = _command("cupsd")
        self._lp_tools = {name: _command(name) for name in ("lpstat", "lpadmin", "cupsreject")}
        self.root = _temporary_root()
        self.socket = self.root / "cups.sock"
        self._process: subprocess.Popen[bytes] | None = None
        try:
            self._configure()
            self._start()
        except BaseException:
            self.stop()
            raise

    @property
    def environ(self) -> dict[str, str]:
        """This process's environment, with the CUPS clients pointed at this scheduler."""
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def _configure(self) -> None:
        for name in ("etc", "spool", "cache", "state", "log", "out"):
            (self.root / name).mkdir()
        # The filters run as lp: they must reach the PPDs and write the output files.
        self.root.chmod(0o755)
        (self.root / "etc").chmod(0o755)
        as_root = os.geteuid() == 0
        if as_root:
            job_user = pwd.getpwnam(_JOB_USER)
            os.chown(self.root / "out", job_user.pw_uid, job_user.pw_gid)
        root = self.root
        (root / "etc" / "cupsd.conf").write_text(
            f"Listen {self.socket}\n"
            "WebInterface No\n"
            "LogLevel info\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        )
        files = (
            f"ServerRoot {root}/etc\n"
            f"RequestRoot {root}/spool\n"
            f"CacheDir {root}/cache\n"
            f"StateDir {root}/state\n"
            "ServerBin /usr/lib/cups\n"
            "DataDir /usr/share/cups\n"
            "FileDevice Yes\n"
            f"Printcap {root}/printcap\n"
            # Here, not in cupsd.conf: CUPS 2.4 ignores the log locations there, and a failing
            # test could not show the scheduler's reason.
            f"ErrorLog {root}/log/error_log\n"
            f"AccessLog {root}/log/access_log\n"
            f"PageLog {root}/log/page_log\n"
        )
        if as_root:
            files += f"User {_JOB_USER}\nGroup {_JOB_USER}\n"
        (root / "etc" / "cups-files.conf").write_text(files)

    def _start(self) -> None:
        etc = self.root / "etc"
        argv = [
            self._cupsd,
            "-f",
            "-c",
            str(etc / "cupsd.conf"),
            "-s",
            str(etc / "cups-files.conf"),
        ]
        with open(self.root / "log" / "stdout", "wb") as output:
            self._process = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self._process.poll() is not None:
                raise CupsUnavailableError(
                    f"cupsd exited with {self._process.returncode}: {self.log()}"
                )
            if self.socket.exists() and self._run("lpstat", "-r", check=False).returncode == 0:
                return
            if time.monotonic() > deadline:
                raise CupsUnavailableError(
                    f"cupsd did not answer within {START_TIMEOUT:g} s: {self.log()}"
                )
            time.sleep(0.02)

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [self._lp_tools[tool], *args],
            env=self.environ,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
            check=False,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{tool} {' '.join(args)} failed: {result.stderr.strip()}")
        return result

    def add_file_queue(self, name: str, ppd: Path) -> Path:
        """A queue that writes what its printer would receive into a file; returns that file."""
        output = self.root / "out" / f"{name}.out"
        # Since Debian's CUPS 2.4.2-3+deb12u10 the scheduler no longer creates a file device's
        # output: a job to a missing file stops ("could not open the output file") and waits
        # for ever. The file must exist first, writable by the user the jobs run as.
        output.touch()
        if os.geteuid() == 0:
            job_user = pwd.getpwnam(_JOB_USER)
            os.chown(output, job_user.pw_uid, job_user.pw_gid)
        output.chmod(0o644)
        self._run("lpadmin", "-p", name, "-E", "-v", f"file://{output}", "-P", str(ppd))
        return output

    def add_raw_queue(self, name: str, port: int) -> None:
        """A queue without a driver in front of a network printer on 127.0.0.1:port (CUPS's
        AppSocket backend): jobs reach it byte for byte, as ESC/POS must. (A raw queue with
        a file:// device writes nothing: the scheduler needs a filter to feed a file.)"""
        self._run("lpadmin", "-p", name, "-E", "-v", f"socket://127.0.0.1:{port}")

    def reject_jobs(self, name: str, reason: str = "closed for the test") -> None:
        self._run("cupsreject", "-r", reason, name)

    def wait_for_jobs(self, timeout: float = JOB_TIMEOUT) -> None:
        """Wait until every job has left the queues (done, cancelled or aborted)."""
        deadline = time.monotonic() + timeout
        while self._run("lpstat", "-W", "not-completed", "-o").stdout.strip():
            if time.monotonic() > deadline:
                raise TimeoutError(f"CUPS jobs still pending after {timeout:g} s: {self.log()}")
            time.sleep(0.02)

    def log(self, lines: int = 20) -> str:
        """The end of the scheduler's error log, for failure messages."""
        text = ""
        for name in ("stdout", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:]) or "(no log)"

    def stop(self) -> None:
        """Stop cupsd (it stops its filters) and remove the directory."""
        process, self._process = self._process, None
        try:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=START_TIMEOUT)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


REQUIRE_CUPS = os.environ.get("CI") == "true" or os.environ.get("KIOSK_REQUIRE_CUPS") == "1"


def cups_unavailable(problem: str) -> NoReturn:
    """Skip a test that needs CUPS, or fail it where CUPS is required (CI, make test)."""
    if REQUIRE_CUPS:
        pytest.fail(f"CUPS is required here (KIOSK_REQUIRE_CUPS=1) but {problem}")
    pytest.skip(problem)
