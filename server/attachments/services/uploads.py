"""Receiving a file: checked from its content, stored under a random key, kept *staged* (visible to
its uploader only) until a ticket or a message takes it."""

import hashlib
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.files import File
from django.db import IntegrityError, transaction

from attachments import containers, content_types
from attachments.models import Attachment
from attachments.names import clean_name, name_for_type
from attachments.selectors import attachment_get_for
from attachments.storage import attachment_storage, new_storage_key
from core.errors import PayloadTooLarge
from tickets.services.common import Created, idempotency_key_reused

CHUNK_SIZE = 64 * 1024


def too_large() -> PayloadTooLarge:
    limit_mb = settings.SAV_ATTACHMENT_MAX_BYTES / (1024 * 1024)
    return PayloadTooLarge(f"A file can be at most {limit_mb:g} MB.", code="attachment_too_large")


@dataclass(frozen=True)
class _Content:
    content_type: str
    size: int
    sha256: str


def _inspect(file: File) -> _Content:
    """Type, size and hash of the file, in one pass over it (the head decides the type, a text is
    then checked to its end); then what a zip or a legacy office file holds decides what it is."""
    file.seek(0)
    head = file.read(content_types.HEAD_SIZE)
    detected = content_types.detect(head)
    digest, size = hashlib.sha256(), 0

    def chunks():
        nonlocal size
        file.seek(0)
        while chunk := file.read(CHUNK_SIZE):
            size += len(chunk)
            if size > settings.SAV_ATTACHMENT_MAX_BYTES:
                raise too_large()
            digest.update(chunk)
            yield chunk

    if detected == content_types.TEXT:
        content_types.check_text(chunks())
    else:
        for _chunk in chunks():
            pass
        detected = containers.refine(file, detected)
    file.seek(0)
    return _Content(detected, size, digest.hexdigest())


def _replayed(actor, client_uuid: uuid.UUID, content: _Content) -> Attachment | None:
    """The attachment a retry repeats, read like any read: once linked to a ticket or a note the
    uploader no longer sees, it is `not_found`, as if it did not exist."""
    attachment_id = (
        Attachment.objects.filter(uploader=actor, client_uuid=client_uuid).values_list("id", flat=True).first()
    )
    if attachment_id is None:
        return None
    attachment = attachment_get_for(actor, attachment_id)
    if (attachment.sha256, attachment.size) != (content.sha256, content.size):
        raise idempotency_key_reused("file")
    return attachment


def attachment_upload(*, actor, file: File, name: str, client_uuid: uuid.UUID | None = None) -> Created[Attachment]:
    """Stage an attachment of `actor`. Refused, with nothing stored, when the name holds a path or
    control characters (`attachment_name_invalid`), the file is larger than SAV_ATTACHMENT_MAX_BYTES
    (`attachment_too_large`), its content is not of an allowed type (`attachment_type_not_allowed`),
    is an office document with macros (`attachment_macros_not_allowed`) or the name's extension does
    not agree with it (`attachment_extension_mismatch`; a name without one gets the type's).

    With `client_uuid`, a retry of the same file returns the first attachment (`replayed`), even when
    both run at once; the same key with another file is a conflict. A retry never shows an attachment
    the actor can no longer see (`not_found`)."""
    name = clean_name(name)
    if file.size is not None and file.size > settings.SAV_ATTACHMENT_MAX_BYTES:
        raise too_large()
    content = _inspect(file)
    name = name_for_type(name, content.content_type)
    if client_uuid is not None and (replayed := _replayed(actor, client_uuid, content)) is not None:
        return Created(replayed, replayed=True)
    storage = attachment_storage()
    key = storage.save(new_storage_key(), file)
    try:
        with transaction.atomic():
            attachment = Attachment.objects.create(
                uploader=actor, name=name, content_type=content.content_type, size=content.size,
                sha256=content.sha256, storage_key=key, client_uuid=client_uuid,
            )
    except IntegrityError:
        storage.delete(key)
        winner = _replayed(actor, client_uuid, content) if client_uuid is not None else None
        if winner is None:
            raise
        return Created(winner, replayed=True)
    except BaseException:
        storage.delete(key)
        raise
    return Created(attachment, replayed=False)
