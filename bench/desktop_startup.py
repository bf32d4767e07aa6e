"""Start-up of the desktop app: time from process start to the sign-in window, and to the first
ticket list rendered when a kept session is restored against a server holding many tickets; with
the peak memory (RSS) of the app. Prints figures; it never passes or fails on time.

    .venv/bin/python bench/desktop_startup.py                  # 10,000 tickets, 5 runs of each
    .venv/bin/python bench/desktop_startup.py --tickets 1000 --runs 3 --email client.a@demo.fr

What it does: seed a temporary server (tests.live_server.LiveServer, SQLite) and start it; sign in
once with "Rester connecté" so the refresh token is in a keyring; then start `python -m desktop`
offscreen as a subprocess, again and again:
- with an empty configuration → until the sign-in window is shown;
- with that configuration → the session is restored from the keyring, the workspace opens, until
  the first page of the ticket list is painted.
The app prints its milestones (SAV_DESKTOP_STARTUP_PROBE=1) and quits after the last one; times are
measured from just before the process is started (CLOCK_MONOTONIC is shared by both processes), the
peak RSS is the child's own (wait4). The keyring here is BenchFileKeyring below: a plain temporary
file, for this bench only — the app refuses such storage in real use.
"""

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

REPO = Path(__file__).resolve().parent.parent
KEYRING_FILE_ENV = "SAV_BENCH_KEYRING_FILE"
PASSWORD = "SavDemo!2026"


class BenchFileKeyring(KeyringBackend):
    """A keyring in a temporary JSON file so the app, in another process, finds the token."""

    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ[KEYRING_FILE_ENV])

    def _read(self) -> dict[str, str]:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def _write(self, data: dict[str, str]) -> None:
        self._path.write_text(json.dumps(data))

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\n{username}"] = password
        self._write(data)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        data = self._read()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._write(data)


def _sign_in_once(server_url: str, email: str, config_home: Path) -> None:
    """Signs in with "Rester connecté" as the app would, leaving settings + keyring for the next start."""
    import asyncio

    import keyring
    from PySide6.QtCore import QCoreApplication

    os.environ["XDG_CONFIG_HOME"] = str(config_home)
    keyring.set_keyring(BenchFileKeyring())
    QCoreApplication.setOrganizationName("Origyne")
    QCoreApplication.setApplicationName("SAV")
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (QSettings needs it)

    from desktop.auth.operations import sign_in
    from desktop.context import AppContext

    async def run() -> None:
        ctx = AppContext()
        outcome = await sign_in(ctx, server_url=server_url, email=email, password=PASSWORD, stay_signed_in=True)
        if outcome.keyring_unavailable:
            raise SystemExit("the bench keyring was refused")
        ctx.settings.sync()
        await ctx.detach_api()

    asyncio.run(run())


def _run_app(env: dict[str, str], quit_after: str, timeout: float) -> dict[str, float]:
    """Starts the app, returns {milestone: seconds since start, "maxrss_mb": peak RSS}."""
    import select
    import subprocess
    import sys
    import time

    env = {**env, "SAV_DESKTOP_STARTUP_PROBE": "1", "SAV_DESKTOP_STARTUP_PROBE_QUIT": quit_after}
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "desktop"], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
    )
    figures: dict[str, float] = {}
    deadline = started + timeout
    timed_out = True
    while time.monotonic() < deadline:
        ready, _, _ = select.select([child.stdout], [], [], 0.5)
        if not ready:
            continue
        line = child.stdout.readline()
        if not line:  # the app exited and closed its output
            timed_out = False
            break
        if line.startswith("SAV_STARTUP_PROBE "):
            _, event, *fields = line.split()
            values = dict(field.split("=", 1) for field in fields)
            figures[event] = float(values["monotonic"]) - started
    if timed_out:
        child.kill()
    _, status, usage = os.wait4(child.pid, 0)  # the child's own peak RSS, not the server's
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close()
    figures["maxrss_mb"] = usage.ru_maxrss / 1024  # kB on Linux
    if quit_after not in figures:
        raise SystemExit(f"the app did not report {quit_after!r} (exit code {child.returncode})")
    return figures


def main() -> int:
    import argparse
    import statistics
    import sys
    import tempfile
    import time

    sys.path.insert(0, str(REPO))
    from tests.live_server import LiveServer

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--email", default="agent@origyne.fr", help="account whose session is restored")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per app start")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sav-desktop-bench-") as tmp:
        tmp_path = Path(tmp)
        server = LiveServer(tmp_path / "server", tickets=args.tickets)
        began = time.monotonic()
        server.prepare()
        print(f"server seeded with {args.tickets:,} tickets in {time.monotonic() - began:.1f} s")
        server.start()
        try:
            keyring_file = tmp_path / "bench-keyring.json"
            os.environ[KEYRING_FILE_ENV] = str(keyring_file)
            session_home, empty_home = tmp_path / "config-session", tmp_path / "config-empty"
            session_home.mkdir()
            empty_home.mkdir()
            _sign_in_once(server.url, args.email, session_home)
            print(f"signed in once as {args.email} with « Rester connecté » on {server.url}")
            print("keyring: BenchFileKeyring (a temporary plain file, for this bench only)\n")

            base_env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "PYTHONPATH": os.pathsep.join([str(REPO / "bench"), str(REPO)]),
                "PYTHON_KEYRING_BACKEND": "desktop_startup.BenchFileKeyring",
                "SAV_SERVER_URL": server.url,
            }
            sign_in_runs, restore_runs = [], []
            for run in range(1, args.runs + 1):
                cold = _run_app({**base_env, "XDG_CONFIG_HOME": str(empty_home / str(run))}, "sign_in_shown",
                                args.timeout)
                warm = _run_app({**base_env, "XDG_CONFIG_HOME": str(session_home)}, "ticket_list_rendered",
                                args.timeout)
                sign_in_runs.append(cold)
                restore_runs.append(warm)
                print(f"run {run}: sign-in window {cold['sign_in_shown'] * 1000:6.0f} ms, "
                      f"peak RSS {cold['maxrss_mb']:.0f} MB | restored: workspace "
                      f"{warm['workspace_shown'] * 1000:6.0f} ms, first ticket list "
                      f"{warm['ticket_list_rendered'] * 1000:6.0f} ms, peak RSS {warm['maxrss_mb']:.0f} MB")
        finally:
            server.stop()

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    print(f"\nmedian of {args.runs} runs ({args.tickets:,} tickets on the server, {args.email}, "
          f"{os.cpu_count()} CPUs, offscreen):")
    print(f"  process start → sign-in window shown:        {median(sign_in_runs, 'sign_in_shown') * 1000:7.0f} ms")
    print(f"  process start → workspace shown:             {median(restore_runs, 'workspace_shown') * 1000:7.0f} ms"
          " (session restored from the keyring)")
    print(f"  process start → first ticket list rendered:  "
          f"{median(restore_runs, 'ticket_list_rendered') * 1000:7.0f} ms (session restored from the keyring)")
    print(f"  peak RSS, sign-in window:                    {median(sign_in_runs, 'maxrss_mb'):7.0f} MB")
    print(f"  peak RSS, first ticket list:                 {median(restore_runs, 'maxrss_mb'):7.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
