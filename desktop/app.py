"""The desktop application: Qt application, qasync event loop, charter stylesheet, translation,
context, main window and native notifications (tray icon where there is a tray); signs in again
from the keyring when a session was kept.

One app runs per user: a second launch (`sav-desktop origyne-sav://…` from the CRM's screen, or a
plain second start) hands its link to the running one and exits with status 0; the running window
comes to the front and opens the link. macOS hands links to the running app as `FileOpen` events."""

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Callable

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.context import AppContext
from desktop.i18n.translator import install_language
from desktop.links.parsing import SCHEME, Link, LinkRefused, read_link
from desktop.links.router import LinkRouter, bring_to_front
from desktop.links.single_instance import SingleInstance, default_name
from desktop.notifications.native import NativeNotifier
from desktop.notifications.presenter import NotificationPresenter
from desktop.ui import startup_probe
from desktop.ui.appearance import apply_charter
from desktop.ui.main_window import MainWindow

ENV_SERVER = "SAV_SERVER_URL"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sav-desktop", description="Origyne SAV desktop app")
    parser.add_argument(
        "--server", metavar="URL", default=None,
        help=f"server address (default: the last one used, else ${ENV_SERVER}, else http://127.0.0.1:8000)",
    )
    parser.add_argument(
        "link", nargs="?", default=None,
        help="an origyne-sav:// link to open, e.g. origyne-sav://tickets/SAV-2026-000123",
    )
    return parser.parse_args(argv)


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("Origyne")
    QCoreApplication.setOrganizationDomain("origyne.fr")
    QCoreApplication.setApplicationName("SAV")
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationDisplayName("SAV Origyne")
    return app


def chosen_server(explicit: str | None, *, has_last_used: bool) -> str | None:
    """An explicit --server wins; else the last server used (None); else $SAV_SERVER_URL."""
    if explicit:
        return explicit
    if has_last_used:
        return None
    return os.environ.get(ENV_SERVER) or None


class UrlOpenEvents(QObject):
    """macOS opens a link in the running app (or starts it) with a `FileOpen` event, not argv."""

    def __init__(self, open_link: Callable[[Link | LinkRefused], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_link = open_link

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() != QEvent.Type.FileOpen:
            return False
        url = event.url()
        if url.scheme().lower() != SCHEME:
            return False
        self._open_link(read_link(bytes(url.toEncoded().data()).decode("ascii")))
        return True


def wire_links(app: QApplication, window: MainWindow, instance: SingleInstance) -> LinkRouter:
    """Links handed over by a second launch and those macOS sends go to the router; a second
    launch without a link only brings the window to the front."""
    router = LinkRouter(window)
    instance.activated.connect(lambda: bring_to_front(window))
    instance.link_received.connect(router.open)
    app.installEventFilter(UrlOpenEvents(router.open, router))  # removed with the router
    return router


def tray_icon(app: QApplication, window: MainWindow) -> QSystemTrayIcon | None:
    """The system tray icon where the desktop has a tray: it brings the window back, and shows the
    notifications when no notification service answers on D-Bus."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = QSystemTrayIcon(app.windowIcon(), window)
    icon.setToolTip(app.applicationDisplayName())
    icon.activated.connect(lambda _reason: (window.showNormal(), window.raise_(), window.activateWindow()))
    icon.show()
    return icon


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    logging.basicConfig(level=os.environ.get("SAV_DESKTOP_LOG_LEVEL", "WARNING"))
    app = create_application(argv[:1])
    instance = SingleInstance(default_name(QSettings().fileName()))
    if instance.claim(args.link or ""):
        return 0  # the running app took the link and comes to the front
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    ctx = AppContext()
    install_language(ctx.settings.language)
    apply_charter(ctx.charter, ctx.settings.theme_mode)
    app.setWindowIcon(QIcon(str(ctx.charter.logo_path)))
    server = chosen_server(args.server, has_last_used=ctx.settings.has_server_url)

    window = MainWindow(ctx, server_url=server)
    presenter = NotificationPresenter(ctx, NativeNotifier(
        app_name=app.applicationDisplayName(), icon_path=ctx.charter.logo_path, tray_icon=tray_icon(app, window),
    ), ctx)
    probe = startup_probe.StartupProbe(window) if startup_probe.enabled() else None
    window.finished.connect(app.quit)
    # An exception escaping a Qt slot is logged and shown in the error banner, not only on stderr.
    sys.excepthook = lambda kind, error, trace: window.handle_background_error(error)
    # Python handles Ctrl-C only when it runs: a short timer gives it the chance.
    signal.signal(signal.SIGINT, lambda *_: window.request_quit())
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)

    router = wire_links(app, window, instance)

    window.show()
    window.start()
    if args.link:
        router.open(read_link(args.link))
    with loop:
        loop.run_forever()
    heartbeat.stop()
    instance.close()
    del probe, presenter
    return 0
