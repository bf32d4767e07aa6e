"""The server killed in the middle of an upload: the file waits on its row, goes up by itself once the
server is back, and arrives whole and once."""

import hashlib
import os
import signal

import pytest

from desktop.attachments.tray import AttachmentTray, PendingUpload
from tests.desktop.attachments.test_attachments import a_pdf
from tests.desktop.tickets.helpers import CLIENT_A, signed_in, until

pytestmark = pytest.mark.asyncio


def kill_hard(server) -> None:
    """SIGKILL, as a crash: no graceful shutdown, the upload's connection just drops."""
    process, server.process = server.process, None
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


async def test_an_upload_cut_by_a_server_crash_resumes_when_the_server_is_back(
    qtbot, make_ctx, sign_in_as, sav_server, tmp_path
):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    alice.connection.configure(first_delay=0.05, max_delay=0.3, heartbeat=0.2)
    tray = AttachmentTray(alice)
    qtbot.addWidget(tray)
    big = a_pdf(tmp_path, size=24 * 1024 * 1024, name="manuel-complet.pdf")
    tray.add_files([big])
    row = tray.rows[0]

    def crash_once_under_way(value: int) -> None:
        if value > 100 and sav_server.process is not None and row.progress.isVisible():
            kill_hard(sav_server)  # a tenth of the file is sent: the server dies mid-body

    row.progress.valueChanged.connect(crash_once_under_way)
    try:
        await until(lambda: row.state == PendingUpload.WAITING, what="the row to wait for the server")
        row.progress.valueChanged.disconnect(crash_once_under_way)
        assert tray.attachment_ids() == [] and not tray.has_failures
    finally:
        if sav_server.process is None:
            sav_server.start()

    await until(lambda: row.state == PendingUpload.DONE, timeout=30, what="the upload done after the restart")
    attachment = row.attachment
    assert attachment.size == big.stat().st_size
    assert attachment.sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
    saved = tmp_path / "copie.pdf"
    await alice.api.download(f"attachments/{attachment.id}/content", saved)
    assert saved.read_bytes() == big.read_bytes()
