"""Who may see an attachment: the same reader as the message (or ticket opening) that carries it;
a staged one only its uploader. Anything else answers like a missing one."""

from django.db.models import Q, QuerySet

from attachments.models import Attachment
from core.errors import NotFound
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
        raise NotFound("No such attachment.", code="not_found")
    return attachment
