"""Attachments over the API: upload one file (streamed, with progress, idempotent on its client
UUID), download one into a file, and keep downloaded ones in a per-user cache to open them."""

import asyncio
import hashlib
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.attachments.opening import local_name
from shared_schemas.attachments import AttachmentOut

Progress = Callable[[int, int], None]


async def upload(
    ctx, path: Path, *, client_uuid: uuid.UUID, filename: str | None = None, on_progress: Progress | None = None
) -> AttachmentOut:
    """A retry with the same `client_uuid` returns the attachment already stored."""
    body = await ctx.api.upload(
        "attachments", path, filename=filename, fields={"client_uuid": str(client_uuid)},
        headers={"Idempotency-Key": str(client_uuid)}, on_progress=on_progress,
    )
    return AttachmentOut.model_validate(body)


async def download(ctx, attachment: AttachmentOut, destination: Path, *, on_progress: Progress | None = None) -> Path:
    return await ctx.api.download(f"attachments/{attachment.id}/content", destination, on_progress=on_progress)


def cache_dir(ctx) -> Path:
    """Downloaded attachments of this user, readable only by them."""
    root = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    user = ctx.session.user.id if ctx.session.user else 0
    folder = root / "attachments" / str(user)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    return folder


def _holds(path: Path, attachment: AttachmentOut) -> bool:
    """`path` holds exactly the attachment's bytes (a copy left by another server, or changed on disk,
    has the same name but not the same hash)."""
    if not path.exists() or path.stat().st_size != attachment.size:
        return False
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest() == attachment.sha256


async def fetch_cached(ctx, attachment: AttachmentOut, *, on_progress: Progress | None = None) -> Path:
    """The attachment in the cache, under its type's extension: downloaded unless the copy there holds
    exactly its bytes (hashed off the UI thread)."""
    target = cache_dir(ctx) / local_name(attachment)
    if not await asyncio.to_thread(_holds, target, attachment):
        await download(ctx, attachment, target, on_progress=on_progress)
        target.chmod(0o600)
    return target
