"""The header of the signed-in window: logo, product name, the sections (tickets, and for those
allowed the customers and the administration) and the signed-in user with the account menu."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.common.plain_text import menu_text, plain_label, tooltip_text
from desktop.context import AppContext
from desktop.ui.logo import LogoWidget
from shared_schemas.accounts import Me

TICKETS, CUSTOMERS, ADMINISTRATION = "tickets", "customers", "administration"


def initials(user: Me) -> str:
    words = [w for w in (user.full_name or user.email).replace("-", " ").split() if w[:1].isalpha()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


class Header(QFrame):
    section_requested = Signal(str)

    def __init__(
        self, ctx: AppContext, user: Me, menu: QMenu, *, sections: Sequence[str], parent: QWidget | None = None
    ):
        """`sections`: those the user may open; the buttons show only when there is a choice."""
        super().__init__(parent)
        self.setObjectName("header")
        self.logo = LogoWidget(ctx.charter, ctx.settings.theme_mode, height=30, parent=self)
        self.product = QLabel(self.tr("Service après-vente"), self)
        self.product.setProperty("role", "header-product")

        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        self.tickets_button = self._nav_button(self.tr("Tickets"), TICKETS)
        self.customers_button = self._nav_button(self.tr("Clients"), CUSTOMERS)
        self.admin_button = self._nav_button(self.tr("Administration"), ADMINISTRATION)
        self.section_buttons = {
            TICKETS: self.tickets_button, CUSTOMERS: self.customers_button, ADMINISTRATION: self.admin_button,
        }
        self.tickets_button.setChecked(True)
        for section, button in self.section_buttons.items():
            button.setVisible(len(sections) > 1 and section in sections)

        self.trailing = QHBoxLayout()
        self.trailing.setSpacing(8)
        self.avatar = plain_label(parent=self)
        self.avatar.setProperty("role", "avatar")
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.avatar.setFixedSize(34, 34)
        self.user_button = QToolButton(self)
        self.user_button.setObjectName("userMenuButton")
        self.user_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.user_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.user_button.setMenu(menu)
        self.user_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.user_role = plain_label(parent=self)  # role and customer names are typed by administrators
        self.user_role.setProperty("role", "muted")
        identity = QVBoxLayout()
        identity.setSpacing(0)
        identity.addWidget(self.user_button)
        identity.addWidget(self.user_role)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self.logo)
        layout.addWidget(self.product)
        layout.addSpacing(24)
        for button in self.section_buttons.values():
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addLayout(self.trailing)
        layout.addSpacing(8)
        layout.addWidget(self.avatar)
        layout.addLayout(identity)
        self.set_user(user)

    def _nav_button(self, text: str, section: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setProperty("role", "nav")
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.section_requested.emit(section))
        self.nav.addButton(button)
        return button

    def add_trailing_widget(self, widget: QWidget) -> None:
        """A place for the unread badge or a search field, before the user's name."""
        self.trailing.addWidget(widget)

    def set_user(self, user: Me) -> None:
        name = user.full_name or user.email
        self.user_button.setText(menu_text(name))
        self.user_button.setAccessibleName(self.tr("Menu du compte de {name}").format(name=name))
        self.user_button.setToolTip(tooltip_text(user.email))
        role = user.role.name if user.customer is None else f"{user.role.name} · {user.customer.name}"
        self.user_role.setText(role)
        self.avatar.setText(initials(user))
        self.avatar.setAccessibleName(name)

    def set_section(self, section: str) -> None:
        self.section_buttons.get(section, self.tickets_button).setChecked(True)

    def set_theme_mode(self, mode: str) -> None:
        self.logo.set_mode(mode)
