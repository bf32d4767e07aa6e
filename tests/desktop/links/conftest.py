"""Fixtures of the link tests: a private socket name per test (never the user's real one)."""

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.desktop.ui.helpers import stop_windows_left_open


@pytest.fixture
def runtime_dir():
    """A short private directory like $XDG_RUNTIME_DIR (a socket path must stay under ~100 bytes)."""
    path = Path(tempfile.mkdtemp(prefix="sav-links-"))
    path.chmod(0o700)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def socket_name(runtime_dir) -> str:
    return str(runtime_dir / "sav.sock")


@pytest.fixture
def instances(socket_name):
    """`instances()` → a SingleInstance on this test's socket, closed at teardown."""
    from desktop.links.single_instance import SingleInstance

    made = []

    def make(name: str | None = None):
        instance = SingleInstance(name or socket_name)
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.close()
        instance.deleteLater()


@pytest.fixture
def linked_window(make_ctx, instances, sav_server, qtbot, tmp_path):
    """`await linked_window(email=None)` → a shown main window wired to links as the app wires it
    (a listening SingleInstance on this test's socket), signed in as `email` when given."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import wire_links
    from desktop.ui.main_window import MainWindow
    from tests.desktop.conftest import DEMO_PASSWORD
    from tests.desktop.ui.helpers import sign_in_through_the_page

    windows = []

    async def make(email: str | None = None):
        ctx = make_ctx(tmp_path / f"settings-{len(windows)}.ini")
        ctx.connection.configure(first_delay=0.05, max_delay=0.3, heartbeat=0.2)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        windows.append(window)
        instance = instances()
        assert instance.claim() is False
        window.router = wire_links(QApplication.instance(), window, instance)
        window.show()
        window.start()
        if email is not None:
            await sign_in_through_the_page(window, sav_server.url, email, DEMO_PASSWORD, stay=False)
        return window

    yield make
    stop_windows_left_open(windows)
