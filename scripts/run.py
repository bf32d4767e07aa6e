"""`make run`: the demo server on the embedded defaults, then the desktop app signed in on it.

The server (uvicorn, one ASGI process, SQLite) starts first; the app opens once the server
answers its health check; closing the app stops the server. On a machine without a display
the server keeps running alone until Ctrl-C."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = os.environ.get("HOST", "127.0.0.1")
PORT = os.environ.get("PORT", "8000")
URL = f"http://{HOST}:{PORT}"


def has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def wait_until_ready(server: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped (exit code {server.returncode})")
        try:
            with urllib.request.urlopen(f"{URL}/api/v1/health", timeout=1) as response:  # noqa: S310 (loopback)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer in time")


def main() -> int:
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "config.asgi:application", "--host", HOST, "--port", PORT, "--no-access-log",
         "--no-proxy-headers"],  # the client address is the peer's (SAV_PROXY_COUNT handles proxies)
        cwd=REPO / "server",
    )
    try:
        wait_until_ready(server)
        print(f"Origyne SAV server ready on {URL} (API docs: {URL}/api/docs/)")
        print("Demo accounts (password SavDemo!2026): admin@origyne.fr, agent@origyne.fr, agent2@origyne.fr, "
              "client.a@demo.fr, client.b@demo.fr")
        if has_display():
            return subprocess.call([sys.executable, "-m", "desktop", "--server", URL], cwd=REPO)
        print("No display here: the desktop app cannot open. The server keeps running; Ctrl-C stops it.")
        return server.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    sys.exit(main())
