"""Opens what an `origyne-sav://` link names, once someone is signed in.

A link that arrives on the sign-in page, while the session is being restored, or while the
server is unreachable waits (the newest one only: a user clicking the CRM's button five times gets
one dialog); it is acted on when the workspace shows. A new-ticket link opens « Nouveau ticket »
prefilled with the customer and its order or delivered product (a dialog already open takes the
prefill); a ticket link opens the ticket. Anything not found, not allowed or refused by the parser
is one line in the shell's banner, never a dialog."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop import tasks
from desktop.api.errors import ApiError, OfflineError, SessionExpired
from desktop.links import operations, texts
from desktop.links.operations import Unresolved
from desktop.links.parsing import Link, LinkRefused, NewTicketLink, TicketLink
from desktop.ui.main_window import WORKSPACE

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell import Shell

log = logging.getLogger(__name__)

NOTICE_KIND = "warning"


def bring_to_front(window: QWidget) -> None:
    """Shows the window over the others (restored if it was minimised, kept maximised if it was)."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


class LinkRouter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.pending: Link | LinkRefused | None = None
        self.task: asyncio.Task | None = None
        window.page_changed.connect(self._page_changed)
        self.ctx.connection.online_changed.connect(self._online_changed)

    def open(self, link: Link | LinkRefused) -> None:
        """Acts on `link` now if the workspace shows, else as soon as it does. A link still being
        resolved gives way to the newer one."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.pending = link
        bring_to_front(self.window)
        self._act()

    def _page_changed(self, page: str) -> None:
        if page == WORKSPACE:
            self._act()

    def _online_changed(self, online: bool) -> None:
        if online:
            self._act()

    def _ready_shell(self) -> Shell | None:
        shell = self.window.shell
        if shell is None or self.window.current_page != WORKSPACE or not self.ctx.session.is_signed_in:
            return None
        return shell

    def _act(self) -> None:
        shell = self._ready_shell()
        if self.pending is None or shell is None or (self.task is not None and not self.task.done()):
            return
        link, self.pending = self.pending, None
        if isinstance(link, LinkRefused):
            shell.show_notice(texts.refusal_text(link), kind=NOTICE_KIND)
            return
        self.task = tasks.spawn(self._resolve(shell, link), on_error=lambda error: self._failed(shell, link, error))

    async def _resolve(self, shell: Shell, link: Link) -> None:
        try:
            if isinstance(link, TicketLink):
                ticket_id = await operations.find_ticket_id(self.ctx, link.reference)
                if self._still_showing(shell, link):
                    shell.open_ticket(ticket_id)
                return
            prefill, missing = await operations.ticket_prefill(self.ctx, link)
        except Unresolved as unresolved:
            if self._still_showing(shell, link):
                shell.show_notice(texts.unresolved_text(unresolved), kind=NOTICE_KIND)
            return
        if not self._still_showing(shell, link):
            return
        if shell.new_ticket(prefill) is None:
            shell.show_notice(texts.no_new_ticket_text(), kind=NOTICE_KIND)
        elif missing is not None:
            shell.show_notice(texts.unresolved_text(missing), kind=NOTICE_KIND)

    def _still_showing(self, shell: Shell, link: Link) -> bool:
        """After a server call: the same shell is in front, else the link waits for it again."""
        if self._ready_shell() is shell:
            return True
        self._wait_again(link)
        return False

    def _wait_again(self, link: Link) -> None:
        if self.pending is None:  # a newer link wins
            self.pending = link

    def _failed(self, shell: Shell, link: NewTicketLink | TicketLink, error: BaseException) -> None:
        if isinstance(error, (OfflineError, SessionExpired)):
            # Back online, or signed in again, the link is tried again.
            self._wait_again(link)
            self.window.handle_background_error(error)
            return
        if isinstance(error, ApiError) and error.status in (403, 404):
            if self._ready_shell() is shell:
                shell.show_notice(texts.not_allowed_text(), kind=NOTICE_KIND)
            return
        log.warning("Opening %s failed", link, exc_info=(type(error), error, error.__traceback__))
        self.window.handle_background_error(error)
