"""The audit trail (« Journal »): who changed what in administration, and every security event."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from shared_schemas.common import WireModel


class AuditAction(StrEnum):
    """The actions the server records. Open on the wire: a newer server may record others."""

    USER_CREATED = "user.created"
    USER_UPDATED = "user.updated"
    USER_DEACTIVATED = "user.deactivated"
    USER_REACTIVATED = "user.reactivated"
    USER_ROLE_CHANGED = "user.role_changed"
    USER_CUSTOMER_CHANGED = "user.customer_changed"
    USER_INVITED = "user.invited"
    ROLE_CREATED = "role.created"
    ROLE_UPDATED = "role.updated"
    ROLE_DELETED = "role.deleted"
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_UPDATED = "customer.updated"
    CUSTOMER_DELETED = "customer.deleted"
    CONTACT_CREATED = "contact.created"
    CONTACT_UPDATED = "contact.updated"
    CONTACT_DELETED = "contact.deleted"
    CATEGORY_CREATED = "category.created"
    CATEGORY_UPDATED = "category.updated"
    CATEGORY_DELETED = "category.deleted"
    AGENT_COST_CHANGED = "agent.cost_changed"
    AGENT_AVAILABILITY_CHANGED = "agent.availability_changed"
    AGENT_UPDATED = "agent.updated"
    SIGN_IN = "auth.sign_in"
    SIGN_IN_FAILED = "auth.sign_in_failed"
    LOCKED_OUT = "auth.locked_out"
    PASSWORD_CHANGED = "auth.password_changed"
    PASSWORD_RESET = "auth.password_reset"
    PASSWORD_RESET_REQUESTED = "auth.password_reset_requested"
    SIGN_OUT = "auth.sign_out"
    ACCESS_REFUSED = "access.refused"
    CRM_RECORDS_CREATED = "crm.records_created"
    CRM_RECORD_UPDATED = "crm.record_updated"
    CRM_RECORD_DEACTIVATED = "crm.record_deactivated"
    CRM_RECORD_REACTIVATED = "crm.record_reactivated"
    CRM_SYNC_FINISHED = "crm.sync_finished"
    CRM_SYNC_REQUESTED = "crm.sync_requested"
    API_KEY_CREATED = "api_key.created"
    API_KEY_REVOKED = "api_key.revoked"
    API_KEY_REFUSED = "api_key.refused"


class AuditTarget(StrEnum):
    """What an audit event is about (`target_type`). Open on the wire too."""

    USER = "user"
    ROLE = "role"
    CUSTOMER = "customer"
    CONTACT = "contact"
    CATEGORY = "category"
    AGENT = "agent"
    TICKET = "ticket"
    MESSAGE = "message"
    ATTACHMENT = "attachment"
    PRODUCT = "product"
    ORDER = "order"
    ORDER_LINE = "order_line"
    DELIVERED_PRODUCT = "delivered_product"
    CRM_SYNC_RUN = "crm_sync_run"
    API_KEY = "api_key"


class AuditEventOut(WireModel):
    """One row of the journal. `before`/`after` hold only the fields that changed, never a secret;
    `actor` is null for an anonymous caller (a failed sign-in) or the system, and `actor_email` is
    the actor's address when it happened (kept if the account is renamed or deleted)."""

    id: int
    created_at: datetime
    actor: int | None
    actor_email: str | None
    action: str
    target_type: str
    target_id: str | None
    target_label: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    ip_address: str | None
