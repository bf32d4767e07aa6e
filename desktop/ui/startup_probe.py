"""Start-up timestamps for bench/desktop_startup.py, on when SAV_DESKTOP_STARTUP_PROBE=1.

Prints one line per milestone — `SAV_STARTUP_PROBE <event> monotonic=<s> maxrss_kb=<kB>` —
when the sign-in page is first shown and when the first page of the ticket list has been painted
(the workspace's `first_page_rendered` signal).
With SAV_DESKTOP_STARTUP_PROBE_QUIT=<event> the app shuts down right after that milestone."""

import os
import resource
import sys
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView

from desktop.ui.main_window import SIGN_IN, WORKSPACE, MainWindow

ENV_FLAG = "SAV_DESKTOP_STARTUP_PROBE"
ENV_QUIT = "SAV_DESKTOP_STARTUP_PROBE_QUIT"
SIGN_IN_SHOWN, WORKSPACE_SHOWN, TICKET_LIST_RENDERED = "sign_in_shown", "workspace_shown", "ticket_list_rendered"


def enabled() -> bool:
    return os.environ.get(ENV_FLAG, "") not in {"", "0"}


def report(event: str) -> None:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"SAV_STARTUP_PROBE {event} monotonic={time.monotonic():.6f} maxrss_kb={peak_kb}", flush=True)
    sys.stdout.flush()


class StartupProbe(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.quit_after = os.environ.get(ENV_QUIT, "")
        self.seen: set[str] = set()
        self._poll = QTimer(self)
        self._poll.setInterval(5)
        self._poll.timeout.connect(self._look_for_rows)
        window.page_changed.connect(self._on_page)

    def _on_page(self, page: str) -> None:
        if page == SIGN_IN and self.window.isVisible():
            QTimer.singleShot(0, lambda: self._milestone(SIGN_IN_SHOWN))
        elif page == WORKSPACE and TICKET_LIST_RENDERED not in self.seen:
            self._milestone(WORKSPACE_SHOWN)
            rendered = getattr(self.window.shell.workspace, "first_page_rendered", None)
            if rendered is not None:
                rendered.connect(self._first_page_rendered)
            else:
                self._poll.start()  # a workspace without the signal: watch for the first rows

    def _first_page_rendered(self) -> None:
        self._milestone(TICKET_LIST_RENDERED)

    def _look_for_rows(self) -> None:
        shell = self.window.shell
        if shell is None:
            return
        for view in shell.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None and model.rowCount() > 0:
                self._poll.stop()
                view.viewport().repaint()  # the rows are painted before the time is taken
                self._milestone(TICKET_LIST_RENDERED)
                return

    def _milestone(self, event: str) -> None:
        if event in self.seen:
            return
        self.seen.add(event)
        report(event)
        if event == self.quit_after:
            self.window.request_quit()
