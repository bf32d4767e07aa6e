"""What a signed-in user sees under the title bar: the header, a message banner and the
sections (the ticket workspace, and the administration built the first time it is opened).

A shell belongs to one user. When the session expires it is kept, hidden, with everything
typed in it, and shown again if the same user signs back in."""

from PySide6.QtWidgets import QMenu, QStackedWidget, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.ui.banners import MessageBanner
from desktop.ui.header import ADMINISTRATION, TICKETS, Header
from desktop.ui.workspaces import build_administration, build_workspace, can_administer
from shared_schemas.accounts import Me


class Shell(QWidget):
    def __init__(self, ctx: AppContext, user: Me, menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setObjectName("shell")
        self.header = Header(ctx, user, menu, sections=can_administer(user), parent=self)
        self.banner = MessageBanner(self)
        self.sections = QStackedWidget(self)
        self.sections.setObjectName("sections")
        self.workspace = build_workspace(ctx, user, self.sections)
        self.sections.addWidget(self.workspace)
        self.administration: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.sections, 1)
        self.header.section_requested.connect(self.show_section)

    @property
    def can_administer(self) -> bool:
        return can_administer(self.user)

    @property
    def section(self) -> str:
        current = self.sections.currentWidget()
        return ADMINISTRATION if current is not None and current is self.administration else TICKETS

    def show_section(self, section: str) -> None:
        if section == ADMINISTRATION and self.can_administer:
            if self.administration is None:
                self.administration = build_administration(self.ctx, self.sections)
                self.sections.addWidget(self.administration)
            self.sections.setCurrentWidget(self.administration)
        else:
            section = TICKETS
            self.sections.setCurrentWidget(self.workspace)
        self.header.set_section(section)
        current, focused = self.sections.currentWidget(), self.focusWidget()
        if current is not None and (focused is None or not current.isAncestorOf(focused)):
            current.setFocus()

    def set_user(self, user: Me) -> None:
        self.user = user
        self.header.set_user(user)

    def show_error(self, message: str) -> None:
        self.banner.show_message(message, "error")

    def show_notice(self, message: str, *, kind: str = "info", timeout_ms: int = 0) -> None:
        self.banner.show_message(message, kind, timeout_ms=timeout_ms)

    def set_theme_mode(self, mode: str) -> None:
        self.header.set_theme_mode(mode)
