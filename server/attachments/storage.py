"""Where attachment files live: the "attachments" entry of settings.STORAGES (a private directory
by default, S3-compatible when configured). Keys are random: nothing the user sends is in a path."""

import secrets

from django.core.files.storage import Storage, storages


def attachment_storage() -> Storage:
    return storages["attachments"]


def new_storage_key() -> str:
    token = secrets.token_hex(16)
    return f"{token[:2]}/{token[2:4]}/{token}"
