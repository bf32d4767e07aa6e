"""Fixtures of the application shell tests: a main window on a fresh context."""

import pytest

from tests.desktop.ui.helpers import stop_windows_left_open


@pytest.fixture
def open_window(make_ctx, qtbot, tmp_path):
    """`open_window(ctx=None, server_url=None)` → a shown MainWindow (shut down at teardown)."""
    from desktop.ui.main_window import MainWindow

    windows = []

    def open_(ctx=None, *, server_url=None, settings_path=None):
        ctx = ctx or make_ctx(settings_path or tmp_path / "settings.ini")
        ctx.connection.configure(first_delay=0.05, max_delay=0.3, heartbeat=0.2)
        window = MainWindow(ctx, server_url=server_url)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield open_
    stop_windows_left_open(windows)
