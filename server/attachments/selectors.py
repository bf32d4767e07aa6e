"""Who may see an attachment: the same reader as the message (or ticket opening) that carries it;
a staged one only its uploader. Anything else answers like a missing one."""

from django.db.models import Q, QuerySet

from attachments.models import Attachment
from audit.services import audit_refused_access
from core.errors import NotFound
from shared_schemas.audit import AuditTarget
from shared_schemas.enums import MessageKind
from tickets.selectors.visibility import tickets_visible_to


def attachments_visible_to(user, queryset: QuerySet[Attachment] | None = None) -> QuerySet[Attachment]:
    queryset = Attachment.objects.all() if queryset is None else queryset
    linked = Q(ticket__in=tickets_visible_to(user).values("id"))
    if not user.is_staff_member:
        # An internal note's attachments are internal.
        linked &= Q(message__isnull=True) | Q(message__kind=MessageKind.REPLY)
    staged = Q(ticket__isnull=True, uploader_id=user.id)
    return queryset.filter(linked | staged)


def attachment_get_for(user, attachment_id: int) -> Attachment:
    attachment = attachments_visible_to(user).filter(pk=attachment_id).first()
    if attachment is None:
        if user.is_client:
            _audit_if_foreign(user, attachment_id)
        raise NotFound("No such attachment.", code="not_found")
    return attachment


def _audit_if_foreign(user, attachment_id: int) -> None:
    """Journal a client's request for another customer's attachment: one of its ticket, or a staged
    one uploaded by someone not of its customer. (An internal note's file of its own ticket is
    hidden too, but is not another customer's.)"""
    found = (
        Attachment.objects.filter(pk=attachment_id)
        .values_list("name", "ticket_id", "ticket__customer_id", "uploader__customer_id")
        .first()
    )
    if found is None:
        return
    name, ticket_id, ticket_customer_id, uploader_customer_id = found
    owner = ticket_customer_id if ticket_id is not None else uploader_customer_id
    if owner != user.customer_id:
        audit_refused_access(actor=user, target_type=AuditTarget.ATTACHMENT, target_id=attachment_id, target_label=name)
