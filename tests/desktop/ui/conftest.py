"""Fixtures of the application shell tests: a main window on a fresh context."""

import contextlib

import pytest

from desktop import tasks


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
    for window in windows:
        if window._shutting_down:
            continue
        # The test did not await shut_down() (it failed): stop what can be stopped without a loop.
        tasks.set_default_error_handler(None)
        for task in tasks.running_tasks():
            task.cancel()
        with contextlib.suppress(RuntimeError):  # the window may already be deleted
            window.ctx.connection.stop()
            window._closing = True
            window.close()
