"""ApiClient.download against the real server: a file arrives whole, or nothing stays on disk."""

import asyncio
import uuid

import pytest

from desktop.attachments.operations import upload
from tests.desktop.attachments.test_attachments import a_pdf
from tests.desktop.tickets.helpers import CLIENT_A, signed_in

pytestmark = pytest.mark.asyncio


async def test_a_download_cancelled_midway_leaves_neither_the_file_nor_a_partial_one(make_ctx, sign_in_as, tmp_path):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    source = a_pdf(tmp_path, size=4 * 1024 * 1024)
    attachment = await upload(alice, source, client_uuid=uuid.uuid4())
    target_dir = tmp_path / "received"
    target_dir.mkdir()
    received: list[int] = []

    def cancel_after_the_first_chunk(done: int, _total: int) -> None:
        received.append(done)
        task.cancel()

    task = asyncio.ensure_future(
        alice.api.download(
            f"attachments/{attachment.id}/content", target_dir / "notice.pdf", on_progress=cancel_after_the_first_chunk
        )
    )
    with pytest.raises(asyncio.CancelledError):
        await task

    assert received and received[0] < source.stat().st_size  # it was cut midway
    assert list(target_dir.iterdir()) == []
