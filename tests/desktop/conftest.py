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
    app = QApplication.instance() or QApplication(["sav-desktop-tests"])
    # A test closing its last window must not stop the qasync loop the next tests run on.
    app.setQuitOnLastWindowClosed(False)
    return app


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
def sav_server(tmp_path_factory):
    server = LiveServer(tmp_path_factory.mktemp("live-server"))
    server.prepare()
    server.start()
    yield server
    server.stop()


DEMO_PASSWORD = "SavDemo!2026"


@pytest.fixture
def make_ctx(memory_keyring, tmp_path_factory):
    """`make_ctx()` → a fresh AppContext (its own settings file, the in-memory keyring)."""
    from desktop.auth.token_store import TokenStore
    from desktop.context import AppContext
    from desktop.settings import AppSettings

    made = []

    def make(settings_path=None):
        qsettings = QSettings(str(settings_path), QSettings.Format.IniFormat) if settings_path else QSettings()
        ctx = AppContext(settings=AppSettings(qsettings), token_store=TokenStore(memory_keyring))
        ctx.outbox.configure(data_dir=tmp_path_factory.mktemp("outbox"))  # drafts never leak between tests
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.push.cancel()
        if ctx.outbox.sync is not None:
            ctx.outbox.sync.cancel()
        ctx.connection.stop()


@pytest.fixture
def sign_in_as(sav_server):
    """`await sign_in_as(ctx, "agent@origyne.fr")` signs a context in against the live server."""
    from desktop.auth.operations import sign_in

    async def sign(ctx, email: str, *, stay_signed_in: bool = False):
        outcome = await sign_in(
            ctx, server_url=sav_server.url, email=email, password=DEMO_PASSWORD, stay_signed_in=stay_signed_in
        )
        return outcome.user

    return sign
