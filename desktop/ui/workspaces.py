"""Which workspace a user gets: the client or the staff ticket workspace, the Clients section for
staff holding customers.view, and the administration for holders of an administration
permission. The classes are imported when first needed, so the shell starts fast and runs even
in a build where a workspace is missing."""

import importlib
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext
from shared_schemas.accounts import Me
from shared_schemas.enums import Permission

log = logging.getLogger(__name__)

ADMIN_PERMISSIONS = (
    Permission.USERS_MANAGE,
    Permission.ROLES_MANAGE,
    Permission.CUSTOMERS_MANAGE,
    Permission.CATEGORIES_MANAGE,
    Permission.AUDIT_VIEW,
    Permission.CRM_MANAGE,
)
TICKETS_MODULE = "desktop.tickets.workspaces"
CUSTOMERS_MODULE = "desktop.customers.workspace"
ADMIN_MODULE = "desktop.admin.view"


def can_administer(user: Me) -> bool:
    return any(user.can(permission) for permission in ADMIN_PERMISSIONS)


def can_view_customers(user: Me) -> bool:
    """Client users keep their own workspace: the Clients section is staff business."""
    return user.is_staff and user.can(Permission.CUSTOMERS_VIEW)


class UnavailableWorkspace(QWidget):
    """Shown in place of a workspace this build does not contain."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unavailableWorkspace")
        label = QLabel(message, self)
        label.setProperty("role", "empty")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


def _load(module_name: str, class_name: str) -> type[QWidget] | None:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is None or not module_name.startswith(exc.name):
            raise
        log.warning("%s is not part of this build", module_name)
        return None
    return getattr(module, class_name, None)


def workspace_class(user: Me) -> type[QWidget] | None:
    return _load(TICKETS_MODULE, "StaffWorkspace" if user.is_staff else "ClientWorkspace")


def build_workspace(ctx: AppContext, user: Me, parent: QWidget | None = None) -> QWidget:
    cls = workspace_class(user)
    if cls is None:
        message = QCoreApplication.translate("workspaces", "L'espace des tickets n'est pas disponible ici.")
        return UnavailableWorkspace(message, parent)
    return cls(ctx, parent)


def build_customers(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    cls = _load(CUSTOMERS_MODULE, "CustomersWorkspace")
    if cls is None:
        message = QCoreApplication.translate("workspaces", "La fiche client n'est pas disponible ici.")
        return UnavailableWorkspace(message, parent)
    return cls(ctx, parent)


def build_administration(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    cls = _load(ADMIN_MODULE, "AdministrationView")
    if cls is None:
        message = QCoreApplication.translate("workspaces", "L'administration n'est pas disponible ici.")
        return UnavailableWorkspace(message, parent)
    return cls(ctx, parent)
