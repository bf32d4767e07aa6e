"""French names (through Qt translation) of the wire codes administrators see: permissions,
role types, availabilities, languages."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shared_schemas.enums import Availability, Language, Permission, RoleAudience

translate = QCoreApplication.translate

_PERMISSIONS: dict[Permission, str] = {
    Permission.TICKETS_CREATE: QT_TRANSLATE_NOOP("permissions", "Ouvrir des tickets"),
    Permission.TICKETS_REPLY: QT_TRANSLATE_NOOP("permissions", "Répondre dans les tickets"),
    Permission.TICKETS_RATE: QT_TRANSLATE_NOOP("permissions", "Noter un ticket résolu"),
    Permission.TICKETS_VIEW_ALL: QT_TRANSLATE_NOOP("permissions", "Voir tous les tickets"),
    Permission.TICKETS_NOTE: QT_TRANSLATE_NOOP("permissions", "Écrire des notes internes"),
    Permission.TICKETS_ASSIGN: QT_TRANSLATE_NOOP("permissions", "Assigner les tickets"),
    Permission.TICKETS_EDIT: QT_TRANSLATE_NOOP("permissions", "Changer la priorité et la catégorie des tickets"),
    Permission.TICKETS_WATCH: QT_TRANSLATE_NOOP("permissions", "Identifier des collègues sur un ticket"),
    Permission.TICKETS_CHANGE_STATUS: QT_TRANSLATE_NOOP("permissions", "Changer le statut des tickets"),
    Permission.TICKETS_REOPEN: QT_TRANSLATE_NOOP("permissions", "Rouvrir des tickets"),
    Permission.REMINDERS_MANAGE: QT_TRANSLATE_NOOP("permissions", "Gérer les rappels"),
    Permission.CUSTOMERS_VIEW: QT_TRANSLATE_NOOP("permissions", "Consulter les clients"),
    Permission.CUSTOMERS_MANAGE: QT_TRANSLATE_NOOP("permissions", "Gérer les clients et leurs contacts"),
    Permission.CATEGORIES_MANAGE: QT_TRANSLATE_NOOP("permissions", "Gérer les catégories"),
    Permission.USERS_MANAGE: QT_TRANSLATE_NOOP("permissions", "Gérer les utilisateurs et les agents"),
    Permission.ROLES_MANAGE: QT_TRANSLATE_NOOP("permissions", "Gérer les rôles"),
    Permission.AUDIT_VIEW: QT_TRANSLATE_NOOP("permissions", "Consulter le journal"),
    Permission.CRM_MANAGE: QT_TRANSLATE_NOOP("permissions", "Gérer le lien avec le CRM (synchronisations, clés d'API)"),
    Permission.CRM_SYNC: QT_TRANSLATE_NOOP("permissions", "Envoyer les données du CRM (compte de service)"),
}

# How the permission checkboxes are grouped, in this order.
PERMISSION_GROUPS: tuple[tuple[str, tuple[Permission, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("permissions", "Tickets"),
        (
            Permission.TICKETS_CREATE,
            Permission.TICKETS_REPLY,
            Permission.TICKETS_RATE,
            Permission.TICKETS_VIEW_ALL,
            Permission.TICKETS_NOTE,
            Permission.TICKETS_ASSIGN,
            Permission.TICKETS_EDIT,
            Permission.TICKETS_WATCH,
            Permission.TICKETS_CHANGE_STATUS,
            Permission.TICKETS_REOPEN,
            Permission.REMINDERS_MANAGE,
        ),
    ),
    (QT_TRANSLATE_NOOP("permissions", "Clients"), (Permission.CUSTOMERS_VIEW, Permission.CUSTOMERS_MANAGE)),
    (
        QT_TRANSLATE_NOOP("permissions", "Administration"),
        (Permission.CATEGORIES_MANAGE, Permission.USERS_MANAGE, Permission.ROLES_MANAGE, Permission.AUDIT_VIEW),
    ),
    (QT_TRANSLATE_NOOP("permissions", "CRM"), (Permission.CRM_MANAGE, Permission.CRM_SYNC)),
)

_AUDIENCES = {
    RoleAudience.CLIENT: QT_TRANSLATE_NOOP("labels", "Client"),
    RoleAudience.STAFF: QT_TRANSLATE_NOOP("labels", "Équipe Origyne"),
    RoleAudience.SERVICE: QT_TRANSLATE_NOOP("labels", "Compte de service"),
}
_AVAILABILITIES = {
    Availability.AVAILABLE: QT_TRANSLATE_NOOP("labels", "Disponible"),
    Availability.BUSY: QT_TRANSLATE_NOOP("labels", "Occupé"),
    Availability.AWAY: QT_TRANSLATE_NOOP("labels", "Absent"),
}
_LANGUAGES = {
    Language.FR: QT_TRANSLATE_NOOP("labels", "Français"),
    Language.EN: QT_TRANSLATE_NOOP("labels", "Anglais"),
}


def _label(table: dict, enum: type, code: str, context: str) -> str:
    try:
        source = table[enum(code)]
    except (ValueError, KeyError):
        return code
    return translate(context, source)


def permission_label(code: str) -> str:
    return _label(_PERMISSIONS, Permission, code, "permissions")


def group_label(source: str) -> str:
    return translate("permissions", source)


def audience_label(audience: str) -> str:
    return _label(_AUDIENCES, RoleAudience, audience, "labels")


def availability_label(availability: str) -> str:
    return _label(_AVAILABILITIES, Availability, availability, "labels")


def language_label(language: str) -> str:
    return _label(_LANGUAGES, Language, language, "labels")


def active_label(is_active: bool) -> str:
    return translate("labels", "Actif") if is_active else translate("labels", "Désactivé")


def yes_no(value: bool) -> str:
    return translate("labels", "Oui") if value else translate("labels", "Non")
