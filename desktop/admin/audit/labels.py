"""French names (through Qt translation) of the audit trail's codes: actions, target types, the
action families the filter offers, and the fields an event's before/after carry. A code this
desktop does not know yet (a newer server) is shown as the raw code."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shared_schemas.audit import AuditAction, AuditTarget

_CONTEXT = "audit"

_ACTIONS: dict[AuditAction, str] = {
    AuditAction.USER_CREATED: QT_TRANSLATE_NOOP("audit", "Utilisateur créé"),
    AuditAction.USER_UPDATED: QT_TRANSLATE_NOOP("audit", "Utilisateur modifié"),
    AuditAction.USER_DEACTIVATED: QT_TRANSLATE_NOOP("audit", "Utilisateur désactivé"),
    AuditAction.USER_REACTIVATED: QT_TRANSLATE_NOOP("audit", "Utilisateur réactivé"),
    AuditAction.USER_ROLE_CHANGED: QT_TRANSLATE_NOOP("audit", "Rôle de l'utilisateur changé"),
    AuditAction.USER_CUSTOMER_CHANGED: QT_TRANSLATE_NOOP("audit", "Société de l'utilisateur changée"),
    AuditAction.USER_INVITED: QT_TRANSLATE_NOOP("audit", "Invitation envoyée"),
    AuditAction.ROLE_CREATED: QT_TRANSLATE_NOOP("audit", "Rôle créé"),
    AuditAction.ROLE_UPDATED: QT_TRANSLATE_NOOP("audit", "Rôle modifié"),
    AuditAction.ROLE_DELETED: QT_TRANSLATE_NOOP("audit", "Rôle supprimé"),
    AuditAction.CUSTOMER_CREATED: QT_TRANSLATE_NOOP("audit", "Client créé"),
    AuditAction.CUSTOMER_UPDATED: QT_TRANSLATE_NOOP("audit", "Client modifié"),
    AuditAction.CUSTOMER_DELETED: QT_TRANSLATE_NOOP("audit", "Client supprimé"),
    AuditAction.CONTACT_CREATED: QT_TRANSLATE_NOOP("audit", "Contact créé"),
    AuditAction.CONTACT_UPDATED: QT_TRANSLATE_NOOP("audit", "Contact modifié"),
    AuditAction.CONTACT_DELETED: QT_TRANSLATE_NOOP("audit", "Contact supprimé"),
    AuditAction.CATEGORY_CREATED: QT_TRANSLATE_NOOP("audit", "Catégorie créée"),
    AuditAction.CATEGORY_UPDATED: QT_TRANSLATE_NOOP("audit", "Catégorie modifiée"),
    AuditAction.CATEGORY_DELETED: QT_TRANSLATE_NOOP("audit", "Catégorie supprimée"),
    AuditAction.AGENT_COST_CHANGED: QT_TRANSLATE_NOOP("audit", "Coût horaire de l'agent changé"),
    AuditAction.AGENT_AVAILABILITY_CHANGED: QT_TRANSLATE_NOOP("audit", "Disponibilité de l'agent changée"),
    AuditAction.AGENT_UPDATED: QT_TRANSLATE_NOOP("audit", "Profil de l'agent modifié"),
    AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("audit", "Connexion"),
    AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("audit", "Échec de connexion"),
    AuditAction.LOCKED_OUT: QT_TRANSLATE_NOOP("audit", "Connexion bloquée après trop d'échecs"),
    AuditAction.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("audit", "Mot de passe changé"),
    AuditAction.PASSWORD_RESET: QT_TRANSLATE_NOOP("audit", "Mot de passe réinitialisé"),
    AuditAction.PASSWORD_RESET_REQUESTED: QT_TRANSLATE_NOOP("audit", "Réinitialisation du mot de passe demandée"),
    AuditAction.SIGN_OUT: QT_TRANSLATE_NOOP("audit", "Déconnexion"),
    AuditAction.ACCESS_REFUSED: QT_TRANSLATE_NOOP("audit", "Accès refusé"),
    AuditAction.CRM_RECORDS_CREATED: QT_TRANSLATE_NOOP("audit", "Fiches créées par le CRM"),
    AuditAction.CRM_RECORD_UPDATED: QT_TRANSLATE_NOOP("audit", "Fiche mise à jour par le CRM"),
    AuditAction.CRM_RECORD_DEACTIVATED: QT_TRANSLATE_NOOP("audit", "Fiche désactivée par le CRM"),
    AuditAction.CRM_RECORD_REACTIVATED: QT_TRANSLATE_NOOP("audit", "Fiche réactivée par le CRM"),
    AuditAction.CRM_SYNC_FINISHED: QT_TRANSLATE_NOOP("audit", "Synchronisation CRM terminée"),
    AuditAction.CRM_SYNC_REQUESTED: QT_TRANSLATE_NOOP("audit", "Synchronisation CRM demandée"),
    AuditAction.API_KEY_CREATED: QT_TRANSLATE_NOOP("audit", "Clé d'API créée"),
    AuditAction.API_KEY_REVOKED: QT_TRANSLATE_NOOP("audit", "Clé d'API révoquée"),
    AuditAction.API_KEY_REFUSED: QT_TRANSLATE_NOOP("audit", "Clé d'API refusée"),
}

_TARGET_TYPES: dict[AuditTarget, str] = {
    AuditTarget.USER: QT_TRANSLATE_NOOP("audit", "Utilisateur"),
    AuditTarget.ROLE: QT_TRANSLATE_NOOP("audit", "Rôle"),
    AuditTarget.CUSTOMER: QT_TRANSLATE_NOOP("audit", "Client"),
    AuditTarget.CONTACT: QT_TRANSLATE_NOOP("audit", "Contact"),
    AuditTarget.CATEGORY: QT_TRANSLATE_NOOP("audit", "Catégorie"),
    AuditTarget.AGENT: QT_TRANSLATE_NOOP("audit", "Agent"),
    AuditTarget.TICKET: QT_TRANSLATE_NOOP("audit", "Ticket"),
    AuditTarget.MESSAGE: QT_TRANSLATE_NOOP("audit", "Message"),
    AuditTarget.ATTACHMENT: QT_TRANSLATE_NOOP("audit", "Pièce jointe"),
    AuditTarget.PRODUCT: QT_TRANSLATE_NOOP("audit", "Article"),
    AuditTarget.ORDER: QT_TRANSLATE_NOOP("audit", "Commande"),
    AuditTarget.ORDER_LINE: QT_TRANSLATE_NOOP("audit", "Ligne de commande"),
    AuditTarget.DELIVERED_PRODUCT: QT_TRANSLATE_NOOP("audit", "Produit livré"),
    AuditTarget.CRM_SYNC_RUN: QT_TRANSLATE_NOOP("audit", "Synchronisation CRM"),
    AuditTarget.API_KEY: QT_TRANSLATE_NOOP("audit", "Clé d'API"),
}

# The "Action" filter: each family is an `action` prefix (ending in "."), in this order.
ACTION_FAMILIES: tuple[tuple[str, str], ...] = (
    ("user.", QT_TRANSLATE_NOOP("audit", "Utilisateurs")),
    ("role.", QT_TRANSLATE_NOOP("audit", "Rôles")),
    ("customer.", QT_TRANSLATE_NOOP("audit", "Clients")),
    ("contact.", QT_TRANSLATE_NOOP("audit", "Contacts")),
    ("category.", QT_TRANSLATE_NOOP("audit", "Catégories")),
    ("agent.", QT_TRANSLATE_NOOP("audit", "Agents")),
    ("auth.", QT_TRANSLATE_NOOP("audit", "Connexions et sécurité")),
    ("access.", QT_TRANSLATE_NOOP("audit", "Accès refusés")),
    ("crm.", QT_TRANSLATE_NOOP("audit", "Synchronisation CRM")),
    ("api_key.", QT_TRANSLATE_NOOP("audit", "Clés d'API")),
)

_FIELDS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("audit", "E-mail"),
    "full_name": QT_TRANSLATE_NOOP("audit", "Nom"),
    "name": QT_TRANSLATE_NOOP("audit", "Nom"),
    "first_name": QT_TRANSLATE_NOOP("audit", "Prénom"),
    "last_name": QT_TRANSLATE_NOOP("audit", "Nom de famille"),
    "phone": QT_TRANSLATE_NOOP("audit", "Téléphone"),
    "language": QT_TRANSLATE_NOOP("audit", "Langue"),
    "role": QT_TRANSLATE_NOOP("audit", "Rôle"),
    "customer": QT_TRANSLATE_NOOP("audit", "Société"),
    "contact": QT_TRANSLATE_NOOP("audit", "Contact"),
    "is_active": QT_TRANSLATE_NOOP("audit", "Actif"),
    "code": QT_TRANSLATE_NOOP("audit", "Code"),
    "audience": QT_TRANSLATE_NOOP("audit", "Type"),
    "permissions": QT_TRANSLATE_NOOP("audit", "Permissions"),
    "external_id": QT_TRANSLATE_NOOP("audit", "Identifiant CRM"),
    "siret": QT_TRANSLATE_NOOP("audit", "SIRET"),
    "address_line": QT_TRANSLATE_NOOP("audit", "Adresse"),
    "postal_code": QT_TRANSLATE_NOOP("audit", "Code postal"),
    "city": QT_TRANSLATE_NOOP("audit", "Ville"),
    "country": QT_TRANSLATE_NOOP("audit", "Pays"),
    "job_title": QT_TRANSLATE_NOOP("audit", "Fonction"),
    "description": QT_TRANSLATE_NOOP("audit", "Description"),
    "position": QT_TRANSLATE_NOOP("audit", "Position"),
    "availability": QT_TRANSLATE_NOOP("audit", "Disponibilité"),
    "categories": QT_TRANSLATE_NOOP("audit", "Catégories traitées"),
    "hourly_cost": QT_TRANSLATE_NOOP("audit", "Coût horaire"),
    "currency": QT_TRANSLATE_NOOP("audit", "Devise"),
    "valid_from": QT_TRANSLATE_NOOP("audit", "Valable depuis"),
    "sav_notes": QT_TRANSLATE_NOOP("audit", "Notes SAV"),
    "sku": QT_TRANSLATE_NOOP("audit", "Référence article"),
    "reference": QT_TRANSLATE_NOOP("audit", "Référence"),
    "ordered_at": QT_TRANSLATE_NOOP("audit", "Date de commande"),
    "status": QT_TRANSLATE_NOOP("audit", "Statut"),
    "total_amount": QT_TRANSLATE_NOOP("audit", "Montant"),
    "label": QT_TRANSLATE_NOOP("audit", "Libellé"),
    "quantity": QT_TRANSLATE_NOOP("audit", "Quantité"),
    "unit_price": QT_TRANSLATE_NOOP("audit", "Prix unitaire"),
    "serial_number": QT_TRANSLATE_NOOP("audit", "Numéro de série"),
    "delivered_at": QT_TRANSLATE_NOOP("audit", "Date de livraison"),
    "customer_id": QT_TRANSLATE_NOOP("audit", "Client (n°)"),
    "order_id": QT_TRANSLATE_NOOP("audit", "Commande (n°)"),
    "product_id": QT_TRANSLATE_NOOP("audit", "Article (n°)"),
    "count": QT_TRANSLATE_NOOP("audit", "Nombre"),
    "entity": QT_TRANSLATE_NOOP("audit", "Type de fiche"),
    "first": QT_TRANSLATE_NOOP("audit", "Premiers identifiants"),
    "reason": QT_TRANSLATE_NOOP("audit", "Motif"),
    "full": QT_TRANSLATE_NOOP("audit", "Complète"),
    "created": QT_TRANSLATE_NOOP("audit", "Créées"),
    "updated": QT_TRANSLATE_NOOP("audit", "Mises à jour"),
    "unchanged": QT_TRANSLATE_NOOP("audit", "Inchangées"),
    "deactivated": QT_TRANSLATE_NOOP("audit", "Désactivées"),
    "refused": QT_TRANSLATE_NOOP("audit", "Refusées"),
    "error": QT_TRANSLATE_NOOP("audit", "Erreur"),
    "prefix": QT_TRANSLATE_NOOP("audit", "Préfixe de la clé"),
    "revoked": QT_TRANSLATE_NOOP("audit", "Révoquée"),
}


def _translated(table: dict, code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source is not None else code


def action_label(code: str) -> str:
    return _translated(_ACTIONS, code)


def target_type_label(code: str) -> str:
    return _translated(_TARGET_TYPES, code)


def field_label(key: str) -> str:
    return _translated(_FIELDS, key)


def family_label(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def target_types() -> list[str]:
    """The target types the filter offers, in this order."""
    return [str(code) for code in _TARGET_TYPES]
