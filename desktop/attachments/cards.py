"""Attachments of a message in the conversation: one card each — a thumbnail for images (read from
the user's cache, downloaded the first time), the type otherwise, name and size, « Ouvrir » (in the
system's application, from the cache) and « Enregistrer… » (anywhere, with a progress bar).

« Ouvrir » hands to the system only what `opening.may_open` allows; anything else (an archive, a name
that does not agree with its content) is explained in a warning that offers to save it instead."""

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.attachments import operations
from desktop.attachments.opening import ARCHIVES, may_open, save_name
from desktop.attachments.tray import FileRow
from desktop.i18n.errors import error_message
from desktop.tasks import spawn
from shared_schemas.attachments import AttachmentOut

log = logging.getLogger(__name__)

# Images up to this size get a thumbnail without being asked for.
THUMBNAIL_MAX_BYTES = 5 * 1024 * 1024


class OpenBlockedWarning(QMessageBox):
    """Why a file is not opened, and « Enregistrer sous… » instead (window-modal, never `exec()`)."""

    def __init__(self, attachment: AttachmentOut, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openBlockedWarning")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Fichier non ouvert"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # the name is the sender's
        self.setText(self.tr("« {name} » n'est pas ouvert par l'application.").format(name=attachment.name))
        if attachment.content_type in ARCHIVES:
            reason = self.tr("C'est une archive : elle peut contenir des programmes qui se lanceraient à "
                             "l'ouverture.")
        else:
            reason = self.tr("Son nom ne correspond pas à son contenu : l'ouvrir pourrait lancer un programme.")
        advice = self.tr("Vous pouvez l'enregistrer sur votre ordinateur, puis ne l'ouvrir que si vous "
                         "connaissez son expéditeur et attendiez ce fichier.")
        self.setInformativeText(f"{reason}\n\n{advice}")
        self.save_button: QPushButton = self.addButton(self.tr("Enregistrer sous…"),
                                                       QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = self.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)


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
        self.warning: OpenBlockedWarning | None = None
        self.save_dialog: QFileDialog | None = None
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
        if may_open(self.attachment):
            spawn(self._open(), on_error=self._failed)
        else:
            self.warn()

    def warn(self) -> OpenBlockedWarning:
        self.warning = OpenBlockedWarning(self.attachment, self.window())
        self.warning.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.warning.save_button.clicked.connect(self.choose_destination)
        self.warning.open()
        return self.warning

    async def _open(self) -> None:
        if not may_open(self.attachment):
            raise ValueError(f"attachment {self.attachment.id} is not one the system may open")
        path = await operations.fetch_cached(self.ctx, self.attachment, on_progress=self._progress)
        self.progress.hide()
        self.opened = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def choose_destination(self) -> QFileDialog:
        """The save dialog, window-modal (`open()`: no nested event loop), in the downloads folder."""
        dialog = QFileDialog(self.window(), self.tr("Enregistrer la pièce jointe"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setDirectory(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation))
        dialog.selectFile(save_name(self.attachment))
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        self.save_dialog = dialog
        dialog.open()
        return dialog

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
