"""Administration: a list of sections on the left — each shown only to holders of its
permission — and the chosen section's page on the right. Pages are built and loaded the first
time they are opened."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.agents.page import AgentsPage
from desktop.admin.audit.page import AuditPage
from desktop.admin.categories.page import CategoriesPage
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.page import AdminPage
from desktop.admin.crm.page import CrmPage
from desktop.admin.customers.page import CustomersPage
from desktop.admin.roles.page import RolesPage
from desktop.admin.users.page import UsersPage
from shared_schemas.enums import Permission


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # French source text, translated in the "AdministrationView" context
    permission: Permission
    page: Callable[..., AdminPage]


SECTIONS: tuple[Section, ...] = (
    Section("users", QT_TRANSLATE_NOOP("AdministrationView", "Utilisateurs"), Permission.USERS_MANAGE, UsersPage),
    Section("roles", QT_TRANSLATE_NOOP("AdministrationView", "Rôles"), Permission.ROLES_MANAGE, RolesPage),
    Section(
        "customers", QT_TRANSLATE_NOOP("AdministrationView", "Clients"), Permission.CUSTOMERS_MANAGE, CustomersPage
    ),
    Section(
        "categories",
        QT_TRANSLATE_NOOP("AdministrationView", "Catégories"),
        Permission.CATEGORIES_MANAGE,
        CategoriesPage,
    ),
    Section("agents", QT_TRANSLATE_NOOP("AdministrationView", "Agents"), Permission.USERS_MANAGE, AgentsPage),
    Section("audit", QT_TRANSLATE_NOOP("AdministrationView", "Journal"), Permission.AUDIT_VIEW, AuditPage),
    Section("crm", QT_TRANSLATE_NOOP("AdministrationView", "CRM"), Permission.CRM_MANAGE, CrmPage),
)

# What the main window checks before offering the administration at all.
ADMIN_PERMISSIONS = frozenset(section.permission for section in SECTIONS)


class AdministrationView(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes = AdminChanges(self)
        self.setObjectName("administration")
        self.setAccessibleName(self.tr("Administration"))
        user = ctx.session.user
        self._sections = [s for s in SECTIONS if user is not None and user.can(s.permission)]
        self._pages: dict[str, AdminPage] = {}

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        nav = QFrame(self)
        nav.setObjectName("adminNav")
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(8, 16, 8, 16)
        heading = QLabel(self.tr("Administration"), nav)
        heading.setProperty("role", "heading")
        heading.setObjectName("adminNavTitle")
        nav_layout.addWidget(heading)
        self.navigation = QListWidget(nav)
        self.navigation.setObjectName("adminSections")
        self.navigation.setAccessibleName(self.tr("Sections de l'administration"))
        for section in self._sections:
            item = QListWidgetItem(QCoreApplication.translate("AdministrationView", section.title), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
        nav_layout.addWidget(self.navigation, 1)
        layout.addWidget(nav)

        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        if not self._sections:
            nav.hide()
            empty = QLabel(
                self.tr("Votre rôle ne donne accès à aucune section d'administration. Demandez à un administrateur."),
                self,
            )
            empty.setProperty("role", "empty")
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(empty)
            return
        self.navigation.currentRowChanged.connect(self._row_changed)
        self.navigation.setCurrentRow(0)

    # --- sections --------------------------------------------------------------------------
    def section_keys(self) -> list[str]:
        return [section.key for section in self._sections]

    def section_titles(self) -> list[str]:
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def show_section(self, key: str) -> AdminPage:
        row = self.section_keys().index(key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def current_page(self) -> AdminPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, AdminPage) else None

    def page(self, key: str) -> AdminPage:
        """The section's page, built the first time it is asked for."""
        if key not in self._pages:
            section = next(s for s in self._sections if s.key == key)
            page = section.page(self.ctx, self.changes, parent=self.stack)
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._sections):
            return
        page = self.page(self._sections[row].key)
        self.stack.setCurrentWidget(page)
        page.activate()

    async def idle(self) -> None:
        """Settles every page built so far (tests and screenshots wait on it)."""
        for page in list(self._pages.values()):
            await page.idle()
