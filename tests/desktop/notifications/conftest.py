"""A private D-Bus session bus per test (a real dbus-daemon, nothing from the desktop session) and
a fake notification server on it."""

import contextlib
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.desktop.notifications.fake_notification_daemon import FakeNotificationDaemon
from tests.live_server import _die_with_parent

# No <servicedir>: the bus never starts a real notification server on its own.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class PrivateSessionBus:
    def __init__(self) -> None:
        # Not under pytest's tmp_path: a Unix socket path must stay under 108 bytes.
        self._dir = Path(tempfile.mkdtemp(prefix="sav-dbus-"))
        self.address = ""
        self._process: subprocess.Popen | None = None

    def start(self, timeout: float = 10.0) -> None:
        config = self._dir / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket_dir=self._dir), encoding="utf-8")
        self._process = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        # The address is printed once the bus accepts connections.
        with selectors.DefaultSelector() as selector:
            selector.register(self._process.stdout, selectors.EVENT_READ)
            if selector.select(timeout):
                self.address = self._process.stdout.readline().decode().strip()
        if not self.address:
            self.stop()
            raise RuntimeError("dbus-daemon did not start")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        if process is not None:
            process.stdout.close()
        shutil.rmtree(self._dir, ignore_errors=True)


@pytest.fixture
def session_bus(monkeypatch):
    """A fresh session bus, made the test's DBUS_SESSION_BUS_ADDRESS; yields its address."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (Debian package: dbus-daemon)")
    bus = PrivateSessionBus()
    bus.start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    yield bus.address
    bus.stop()


@pytest.fixture
def notification_daemon(session_bus):
    """The fake notification server (actions, body, body-markup) on the test's session bus."""
    daemon = FakeNotificationDaemon(session_bus)
    daemon.start()
    yield daemon
    daemon.stop()


@pytest.fixture
def no_session_bus(monkeypatch, tmp_path):
    """DBUS_SESSION_BUS_ADDRESS points at a socket nobody listens on."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'nobody-listens'}")
