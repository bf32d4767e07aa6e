"""Giving staged attachments to a ticket's opening or to a message, in the transaction that creates
it: either all of them are linked with it, or the create fails and none is."""

from collections.abc import Sequence
from datetime import datetime

from django.conf import settings

from attachments.models import Attachment
from core.errors import ValidationFailed


def _refuse(code: str, message: str) -> ValidationFailed:
    return ValidationFailed(message, code=code, errors={"attachments": [{"code": code, "message": message}]})


def check_attachment_count(attachment_ids: Sequence[int]) -> None:
    limit = settings.SAV_ATTACHMENT_MAX_PER_MESSAGE
    if len(attachment_ids) > limit:
        raise _refuse("too_many_attachments", f"Attach at most {limit} files to one message.")
    if len(set(attachment_ids)) != len(attachment_ids):
        raise _refuse("duplicate_attachment", "Each attachment can be given once.")


def attachments_link(*, actor, attachment_ids: Sequence[int], ticket, message=None, at: datetime) -> int:
    """Link `actor`'s own staged attachments to `ticket` (and `message`; none for the ticket's
    opening). One conditional UPDATE is the claim: an id that is someone else's, already linked or
    deleted by the cleanup job matches nothing, and the whole create is refused
    (`attachment_not_found`) — the caller's transaction then rolls back."""
    check_attachment_count(attachment_ids)
    if not attachment_ids:
        return 0
    linked = Attachment.objects.filter(pk__in=attachment_ids, uploader=actor, ticket__isnull=True).update(
        ticket=ticket, message=message, linked_at=at
    )
    if linked != len(attachment_ids):
        raise _refuse("attachment_not_found", "Attach only files you uploaded and have not sent yet.")
    return linked
