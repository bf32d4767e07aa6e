"""A real Origyne SAV server process on loopback for desktop and end-to-end tests.

Its data (SQLite, e-mails) lives in a temporary directory; it is seeded once with the demo data.
The process runs in its own process group and is killed at exit even if the test run crashes."""

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
SERVER_DIR = REPO / "server"


def _die_with_parent() -> None:
    """Runs in the server child: Linux ends it when the test process dies, even by a hard crash
    that skips every exit handler."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    def __init__(self, data_dir: Path, *, tickets: int = 30, extra_env: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.tickets = tickets
        self.process: subprocess.Popen | None = None
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
            "SAV_DATA_DIR": str(data_dir),
            "SAV_DEBUG": "true",
            "SAV_THROTTLE_LOGIN": "1000/min",
            "SAV_THROTTLE_REFRESH": "1000/min",
            "SAV_THROTTLE_PASSWORD_RESET": "1000/min",
            "SAV_THROTTLE_PASSWORD_CHANGE": "1000/min",
            "SAV_THROTTLE_TICKET_CREATE": "1000/min",
            "SAV_THROTTLE_MESSAGE_CREATE": "1000/min",
            "SAV_AXES_FAILURE_LIMIT": "50",
            "SAV_EMAIL_BACKEND": "file",
            **(extra_env or {}),
        }
        atexit.register(self.stop)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _manage(self, *args: str) -> None:
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=SERVER_DIR, env=self.env, check=True,
            stdout=subprocess.DEVNULL,
        )

    def prepare(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._manage("migrate", "--noinput")
        self._manage("seed_demo", "--tickets", str(self.tickets))

    def start(self, *, timeout: float = 30.0) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1",
             "--port", str(self.port), "--no-access-log", "--no-proxy-headers", "--log-level", "warning"],
            cwd=SERVER_DIR, env=self.env, start_new_session=True, preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not become ready")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
