"""Attachments of a message in the conversation: one card each — a thumbnail for images (read from
the user's cache, downloaded the first time), the type otherwise, name and size, « Ouvrir » (in the
system's application, from the cache) and « Enregistrer… » (anywhere, with a progress bar)."""

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.attachments import operations
from desktop.attachments.tray import THUMBNAIL, human_size, thumbnail_of, type_badge
from desktop.i18n.errors import error_message
from desktop.tasks import spawn
from shared_schemas.attachments import AttachmentOut

log = logging.getLogger(__name__)

# Images up to this size get a thumbnail without being asked for.
THUMBNAIL_MAX_BYTES = 5 * 1024 * 1024


class AttachmentCard(QFrame):
    def __init__(self, ctx, attachment: AttachmentOut, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentCard")
        self.ctx = ctx
        self.attachment = attachment
        self.thumbnail = QLabel(type_badge(attachment.name), self)
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setProperty("role", "attachment-thumbnail")
        self.name = QLabel(attachment.name, self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.size = QLabel(human_size(attachment.size), self)
        self.size.setProperty("role", "muted")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.setAccessibleName(self.tr("Ouvrir {name}").format(name=attachment.name))
        self.open_button.clicked.connect(self.open)
        self.save_button = QPushButton(self.tr("Enregistrer…"), self)
        self.save_button.setAccessibleName(self.tr("Enregistrer {name}").format(name=attachment.name))
        self.save_button.clicked.connect(self.choose_destination)
        for button in (self.open_button, self.save_button):
            button.setProperty("variant", "ghost")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.size)
        text.addWidget(self.progress)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.thumbnail)
        layout.addLayout(text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.save_button)
        self.opened: Path | None = None  # the local file last opened (tests)
        if attachment.content_type.startswith("image/") and attachment.size <= THUMBNAIL_MAX_BYTES:
            spawn(self._load_thumbnail(), on_error=self._thumbnail_failed)

    async def _load_thumbnail(self) -> None:
        path = await operations.fetch_cached(self.ctx, self.attachment)
        picture = thumbnail_of(path)
        if picture is not None:
            self.thumbnail.setPixmap(picture)

    def _thumbnail_failed(self, error: BaseException) -> None:
        log.debug("no thumbnail for attachment %s: %r", self.attachment.id, error)

    def _progress(self, received: int, total: int) -> None:
        self.progress.show()
        self.progress.setValue(int(1000 * received / total) if total else 0)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.size.setText(error_message(error))

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
