"""Desktop tests: Qt offscreen, a qasync event loop, an in-memory keyring and a real server
process on loopback (seeded with the demo data) — never a mock of our own API."""

import asyncio
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.desktop.memory_keyring import MemoryKeyring  # noqa: E402
from tests.live_server import LiveServer  # noqa: E402

# Every qasync loop stays referenced until the session ends: a collected loop leaves Qt timers
# that fire into freed objects later (see shared/PLATFORM.md).
_LOOPS: list[asyncio.AbstractEventLoop] = []


def _qapp() -> QApplication:
    return QApplication.instance() or QApplication(["sav-desktop-tests"])


def _qasync_loop() -> asyncio.AbstractEventLoop:
    loop = qasync.QEventLoop(_qapp())
    _LOOPS.append(loop)
    return loop


def pytest_asyncio_loop_factories(config, item):
    return {"qasync": _qasync_loop}


@pytest.fixture(scope="session")
def qapp_cls():
    return QApplication


@pytest.fixture(scope="session", autouse=True)
def _isolated_qsettings(tmp_path_factory):
    QCoreApplication.setOrganizationName("OrigyneTests")
    QCoreApplication.setApplicationName("SAV-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    yield


@pytest.fixture
def memory_keyring():
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    server = LiveServer(tmp_path_factory.mktemp("live-server"))
    server.prepare()
    server.start()
    yield server
    server.stop()
