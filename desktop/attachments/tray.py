"""The files being attached to a new ticket or a reply: one row per file with its thumbnail (images)
or type, name, size, a progress bar while it uploads and a button to cancel or remove it. Files
arrive by drag and drop (onto the tray or any widget given its `drop_filter`), by pasting an image
(its `paste_filter` on an editor) or from the file picker (`choose_files`). Each upload starts at once; the message is
sent with `attachment_ids()` once none is still uploading."""

import asyncio
import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.attachments import operations
from desktop.i18n.errors import error_message
from desktop.outbox.sync import is_retried
from desktop.tasks import spawn
from shared_schemas.attachments import AttachmentOut

log = logging.getLogger(__name__)

THUMBNAIL = QSize(48, 48)


def human_size(size: int) -> str:
    """`512 o`, `12 Ko`, `3,4 Mo` — units and decimal mark of the app's language."""
    translate = QCoreApplication.translate
    if size < 1024:
        return translate("attachments", "{size} o").format(size=size)
    if size < 1024 * 1024:
        return translate("attachments", "{size} Ko").format(size=round(size / 1024))
    megabytes = QLocale().toString(size / (1024 * 1024), "f", 1)
    return translate("attachments", "{size} Mo").format(size=megabytes)


def thumbnail_of(path: Path) -> QPixmap | None:
    """A small picture of an image file, read at reduced size (never the whole picture in memory)."""
    reader = QImageReader(str(path))
    if not reader.canRead():
        return None
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def type_badge(name: str) -> str:
    suffix = Path(name).suffix.lstrip(".").upper()
    return suffix[:4] or "?"


def local_files(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


class FileDropFilter(QObject):
    """Installed on a widget (or a text editor's viewport): local files dropped on it go to
    `dropped`; everything else (dragged text) is left to the widget."""

    dropped = Signal(list)  # list[Path]

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and local_files(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            files = local_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                self.dropped.emit(files)
                return True
        return False


class PasteImageFilter(QObject):
    """Installed on a text editor: pasting while the clipboard holds an image (a screenshot) gives
    the image to `pasted` instead of the editor; pasting text is left alone."""

    pasted = Signal(QImage)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste):
            mime = QGuiApplication.clipboard().mimeData()
            if mime is not None and mime.hasImage() and not mime.hasText():
                data = mime.imageData()
                image = data if isinstance(data, QImage) else data.toImage() if hasattr(data, "toImage") else QImage()
                if not image.isNull():
                    self.pasted.emit(image)
                    return True
        return False


class FileRow(QFrame):
    """A file as one row: thumbnail (or its type), name, a detail line (size, state, error) and a thin
    progress bar; subclasses add their buttons to `row_layout`."""

    def __init__(self, name: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnail = QLabel(type_badge(name), self)
        self.thumbnail.setTextFormat(Qt.TextFormat.PlainText)  # the end of a file name
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setProperty("role", "attachment-thumbnail")
        self.name = QLabel(name, self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(human_size(size), self)
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)  # a refusal explained in full never widens the reply box
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.detail)
        text.addWidget(self.progress)
        self.row_layout = QHBoxLayout(self)
        self.row_layout.setContentsMargins(6, 4, 6, 4)
        self.row_layout.addWidget(self.thumbnail)
        self.row_layout.addLayout(text, 1)

    def show_picture(self, path: Path) -> None:
        picture = thumbnail_of(path)
        if picture is not None:
            self.thumbnail.setPixmap(picture)


class PendingUpload(FileRow):
    """One file of the tray."""

    UPLOADING, DONE, FAILED = "uploading", "done", "failed"
    WAITING = "waiting"  # the server could not be reached: the file goes with the message, via the outbox
    finished = Signal()
    remove_requested = Signal(object)

    def __init__(
        self,
        path: Path | None,
        parent: QWidget | None = None,
        *,
        name: str | None = None,
        client_uuid: uuid.UUID | None = None,
        attachment: AttachmentOut | None = None,
    ) -> None:
        """A file to upload (`path`), or — restoring a draft — one uploaded already (`attachment`)."""
        file_name = name or (path.name if path is not None else attachment.name)
        size = attachment.size if attachment is not None else path.stat().st_size
        super().__init__(file_name, size, parent)
        self.setObjectName("pendingUpload")
        self.path = path
        self.file_name = file_name
        self.client_uuid = client_uuid or uuid.uuid4()
        self.state = self.DONE if attachment is not None else self.UPLOADING
        self.attachment = attachment
        self.task: asyncio.Task | None = None
        if path is not None:
            self.show_picture(path)
        self.progress.setAccessibleName(self.tr("Envoi de {name}").format(name=self.file_name))
        self.remove = QPushButton(self.tr("Annuler"), self)
        self.remove.setProperty("variant", "ghost")
        self.remove.setAccessibleName(self.tr("Annuler l'envoi de {name}").format(name=self.file_name))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.row_layout.addWidget(self.remove)
        if self.state == self.DONE:
            self._show_done()

    def start(self, ctx) -> None:
        self.task = spawn(self._upload(ctx), on_error=self._failed)

    def retry(self, ctx) -> None:
        self.state = self.UPLOADING
        self.detail.setText(human_size(self.path.stat().st_size) if self.path is not None else "")
        self.progress.setValue(0)
        self.progress.show()
        self.remove.setText(self.tr("Annuler"))
        self.start(ctx)

    async def _upload(self, ctx) -> None:
        self.attachment = await operations.upload(
            ctx, self.path, filename=self.file_name, client_uuid=self.client_uuid, on_progress=self._on_progress
        )
        self.state = self.DONE
        self.progress.setValue(1000)
        self._show_done()
        self.finished.emit()

    def _show_done(self) -> None:
        self.progress.hide()
        self.remove.setText(self.tr("Retirer"))
        self.remove.setAccessibleName(self.tr("Retirer {name}").format(name=self.file_name))

    def _on_progress(self, sent: int, total: int) -> None:
        self.progress.setValue(int(1000 * sent / total) if total else 1000)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, asyncio.CancelledError):
            return
        self.progress.hide()
        if is_retried(error):
            self.state = self.WAITING
            self.detail.setText(self.tr("Serveur injoignable : le fichier partira avec le message."))
            self.remove.setText(self.tr("Retirer"))
            self.finished.emit()
            return
        self.state = self.FAILED
        self.detail.setText(error_message(error))
        self.detail.setProperty("role", "error")
        self.detail.style().unpolish(self.detail)
        self.detail.style().polish(self.detail)
        self.remove.setText(self.tr("Retirer"))
        self.finished.emit()

    def cancel(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()


class AttachmentTray(QFrame):
    changed = Signal()  # a file was added, finished uploading, failed or was removed

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentTray")
        self.ctx = ctx
        self.rows: list[PendingUpload] = []
        self.setAcceptDrops(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.setVisible(False)
        self.drop_filter = FileDropFilter(self)
        self.drop_filter.dropped.connect(self.add_files)
        self.paste_filter = PasteImageFilter(self)
        self.paste_filter.pasted.connect(self.add_image)
        ctx.connection.online_changed.connect(self._online_changed)

    # --- adding files ------------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            row = PendingUpload(Path(path), self)
            self._add_row(row)
            row.start(self.ctx)
        self.setVisible(bool(self.rows))
        self.changed.emit()

    def _online_changed(self, online: bool) -> None:
        """The server is back: the files that waited for it go up now."""
        if online:
            for row in self.rows:
                if row.state == PendingUpload.WAITING:
                    row.retry(self.ctx)
            self.changed.emit()

    def _add_row(self, row: PendingUpload) -> None:
        row.finished.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._layout.addWidget(row)

    def add_image(self, image: QImage) -> Path | None:
        """A pasted image, saved as a PNG in the user's cache, then attached like a file."""
        if image.isNull():
            return None
        folder = operations.cache_dir(self.ctx) / "pasted"
        folder.mkdir(exist_ok=True, mode=0o700)
        path = folder / f"capture-{uuid.uuid4().hex[:8]}.png"
        if not image.save(str(path), "PNG"):
            return None
        self.add_files([path])
        return path

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window(), self.tr("Joindre des fichiers"))
        if names:
            self.add_files([Path(name) for name in names])

    # --- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return any(row.state == PendingUpload.UPLOADING for row in self.rows)

    @property
    def has_failures(self) -> bool:
        return any(row.state == PendingUpload.FAILED for row in self.rows)

    def attachment_ids(self) -> list[int]:
        return [row.attachment.id for row in self.rows if row.attachment is not None]

    def waiting_files(self) -> list[tuple[Path, str, uuid.UUID]]:
        """(path, name, client UUID) of the files the server could not take yet: the outbox carries them."""
        return [(row.path, row.file_name, row.client_uuid) for row in self.rows if row.state == PendingUpload.WAITING]

    # --- drafts ----------------------------------------------------------------------------------
    def draft_entries(self, keep: Callable[[Path, uuid.UUID], Path]) -> list[dict]:
        """What a saved draft records of these files: uploaded ones by their server description,
        the others as a private copy (`keep`) to upload again after a restart."""
        entries = []
        for row in self.rows:
            if row.state == PendingUpload.DONE and row.attachment is not None:
                entries.append({"attachment": row.attachment.model_dump(mode="json")})
            elif row.state in (PendingUpload.UPLOADING, PendingUpload.WAITING) and row.path is not None:
                try:
                    copy = keep(row.path, row.client_uuid)
                except FileNotFoundError:
                    continue  # gone from the disk before it could be kept
                entries.append({"path": str(copy), "name": row.file_name, "client_uuid": str(row.client_uuid)})
        return entries

    def restore(self, entries: list[dict]) -> None:
        """The files of a draft saved before a restart (`draft_entries`)."""
        for entry in entries:
            if "attachment" in entry:
                self._add_row(PendingUpload(None, self, attachment=AttachmentOut.model_validate(entry["attachment"])))
            elif Path(entry["path"]).is_file():
                row = PendingUpload(
                    Path(entry["path"]), self, name=entry["name"], client_uuid=uuid.UUID(entry["client_uuid"])
                )
                self._add_row(row)
                row.start(self.ctx)
        self.setVisible(bool(self.rows))
        self.changed.emit()

    def remove_row(self, row: PendingUpload) -> None:
        row.cancel()
        self.rows.remove(row)
        row.deleteLater()
        self.setVisible(bool(self.rows))
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)

    # --- drops on the tray itself --------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.add_files(files)
