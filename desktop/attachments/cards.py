"""Attachments of a message in the conversation: one card each — a thumbnail for images (read from
the user's cache, downloaded the first time), the type otherwise, name and size, « Ouvrir » (in the
system's application, from the cache) and « Enregistrer… » (anywhere, with a progress bar)."""

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from desktop.attachments import operations
from desktop.attachments.tray import FileRow
from desktop.i18n.errors import error_message
from desktop.tasks import spawn
from shared_schemas.attachments import AttachmentOut

log = logging.getLogger(__name__)

# Images up to this size get a thumbnail without being asked for.
THUMBNAIL_MAX_BYTES = 5 * 1024 * 1024


class AttachmentCard(FileRow):
    def __init__(self, ctx, attachment: AttachmentOut, parent: QWidget | None = None) -> None:
        super().__init__(attachment.name, attachment.size, parent)
        self.setObjectName("attachmentCard")
        self.ctx = ctx
        self.attachment = attachment
        self.progress.hide()
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.setAccessibleName(self.tr("Ouvrir {name}").format(name=attachment.name))
        self.open_button.clicked.connect(self.open)
        self.save_button = QPushButton(self.tr("Enregistrer…"), self)
        self.save_button.setAccessibleName(self.tr("Enregistrer {name}").format(name=attachment.name))
        self.save_button.clicked.connect(self.choose_destination)
        for button in (self.open_button, self.save_button):
            button.setProperty("variant", "ghost")
            self.row_layout.addWidget(button)
        self.opened: Path | None = None  # the local file last opened (tests)
        if attachment.content_type.startswith("image/") and attachment.size <= THUMBNAIL_MAX_BYTES:
            spawn(self._load_thumbnail(), on_error=self._thumbnail_failed)

    async def _load_thumbnail(self) -> None:
        self.show_picture(await operations.fetch_cached(self.ctx, self.attachment))

    def _thumbnail_failed(self, error: BaseException) -> None:
        log.debug("no thumbnail for attachment %s: %r", self.attachment.id, error)

    def _progress(self, received: int, total: int) -> None:
        self.progress.show()
        self.progress.setValue(int(1000 * received / total) if total else 0)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.detail.setText(error_message(error))

    def open(self) -> None:
        spawn(self._open(), on_error=self._failed)

    async def _open(self) -> None:
        path = await operations.fetch_cached(self.ctx, self.attachment, on_progress=self._progress)
        self.progress.hide()
        self.opened = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def choose_destination(self) -> None:
        suggested = operations.safe_local_name(self.attachment).split("-", 1)[-1]
        name, _ = QFileDialog.getSaveFileName(self.window(), self.tr("Enregistrer la pièce jointe"), suggested)
        if name:
            self.save_to(Path(name))

    def save_to(self, destination: Path):
        return spawn(self._save(destination), on_error=self._failed)

    async def _save(self, destination: Path) -> None:
        await operations.download(self.ctx, self.attachment, destination, on_progress=self._progress)
        self.progress.hide()


class AttachmentList(QWidget):
    """The cards of one message, one under the other."""

    def __init__(self, ctx, attachments: list[AttachmentOut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.cards = [AttachmentCard(ctx, attachment, self) for attachment in attachments]
        for card in self.cards:
            layout.addWidget(card)
