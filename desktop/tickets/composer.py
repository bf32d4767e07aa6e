"""The reply box under the discussion. Staff switch between a public reply and an internal note
(the box turns to the note tint); Ctrl+Entrée sends. While sending it is disabled; if the server
refuses, the text stays, with the error underneath, and the retry reuses the same client UUID so
the server never records the message twice. If the server cannot be reached (or fails), the
message goes to the outbox, which sends it later, and the box says so.

Unsent text is kept per ticket while switching and written to the local store as the user types
(and when the store closes), so it is still there after a crash or a restart.

Files go with a message through the tray under the box (desktop/attachments/tray.py): dropped on
the box, pasted (an image) or chosen with « Joindre… »; each ticket's draft has its own."""

import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.attachments.tray import AttachmentTray
from desktop.context import AppContext
from desktop.i18n.errors import error_message
from desktop.outbox.store import ticket_draft_key
from desktop.outbox.sync import is_retried
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from desktop.tickets.widgets import label, repolish, run
from shared_schemas.enums import MessageKind, TicketAction
from shared_schemas.tickets import TicketDetail

DRAFT_SAVE_DELAY_MS = 300


@dataclass
class Draft:
    text: str = ""
    kind: MessageKind = MessageKind.REPLY
    client_uuid: uuid.UUID = field(default_factory=operations.new_client_uuid)
    attachment_ids: list[int] = field(default_factory=list)  # uploaded files going with it
    waiting_files: list = field(default_factory=list)  # files the server could not take yet
    saved_files: list = field(default_factory=list)  # the files of a draft restored from the local store


class Composer(QFrame):
    sent = Signal(object)  # MessageOut

    def __init__(self, ctx: AppContext, store: TicketStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._ctx = ctx
        self._store = store
        self._ticket_id: int | None = None
        self._reference = ""
        self._drafts: dict[int, Draft] = {}
        self._sending = False
        self._kinds_allowed: set[MessageKind] = set()
        self.task = None
        ctx.outbox.watch(store)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        modes = QHBoxLayout()
        self.reply_mode = self._mode_button(self.tr("Réponse au client"), MessageKind.REPLY)
        self.note_mode = self._mode_button(self.tr("Note interne"), MessageKind.NOTE)
        self.note_mode.setToolTip(self.tr("Visible uniquement par l'équipe Origyne (I)"))
        self.reply_mode.setToolTip(self.tr("Visible par le client (R)"))
        self._mode_group = QButtonGroup(self)
        self._mode_group.setExclusive(True)
        for button in (self.reply_mode, self.note_mode):
            self._mode_group.addButton(button)
            modes.addWidget(button)
        modes.addStretch(1)
        self.mode_hint = label(role="muted")
        modes.addWidget(self.mode_hint)
        layout.addLayout(modes)

        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Votre message"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(60)
        self.editor.setMaximumHeight(120)
        layout.addWidget(self.editor)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(DRAFT_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._typed)
        ctx.outbox.flush_requested.connect(self.save_draft)
        ctx.outbox.changed.connect(self._show_pending)

        # The files attached to each ticket's draft: dropped on the box, pasted, or chosen.
        self._trays: dict[int, AttachmentTray] = {}
        self._extra_drop_targets: list[QWidget] = []
        self.tray_stack = QStackedWidget(self)
        self.tray_stack.hide()
        layout.addWidget(self.tray_stack)
        self.setAcceptDrops(True)
        self.editor.viewport().setAcceptDrops(True)

        self.pending = label(role="muted")
        self.pending.setWordWrap(True)
        self.pending.hide()
        layout.addWidget(self.pending)

        bottom = QHBoxLayout()
        self.error = label(role="error")
        self.error.setWordWrap(True)
        self.error.hide()
        bottom.addWidget(self.error, 1)
        self.attach_button = QPushButton(self.tr("Joindre…"), self)
        self.attach_button.setProperty("variant", "ghost")
        self.attach_button.setToolTip(self.tr("Joindre des fichiers (ou glissez-les, ou collez une image)"))
        self.attach_button.clicked.connect(lambda: self.tray.choose_files() if self.tray is not None else None)
        bottom.addWidget(self.attach_button)
        bottom.addStretch(1)  # the error, when shown, takes the room; else nothing grows
        bottom.addWidget(label(self.tr("Ctrl+Entrée pour envoyer"), role="muted"))
        self.send_button = QPushButton(self)
        self.send_button.setProperty("variant", "primary")
        self.send_button.clicked.connect(self.send)
        bottom.addWidget(self.send_button)
        layout.addLayout(bottom)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send)
        self.set_kind(MessageKind.REPLY)

    def _mode_button(self, text: str, kind: MessageKind) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setProperty("variant", "toggle")
        button.setProperty("mode", kind.value)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self.set_kind(kind))
        return button

    # --- state -----------------------------------------------------------------------------
    @property
    def kind(self) -> MessageKind:
        return MessageKind.NOTE if self.note_mode.isChecked() else MessageKind.REPLY

    @property
    def is_sending(self) -> bool:
        return self._sending

    def set_ticket(self, detail: TicketDetail) -> None:
        """Follows the open ticket: its draft, and the modes its allowed actions permit."""
        self._reference = detail.reference
        if detail.id != self._ticket_id:
            self.save_draft()
            self._ticket_id = detail.id
            draft = self._drafts.get(detail.id) or self._stored_draft(detail.id)
            self._drafts[detail.id] = draft
            self.editor.blockSignals(True)
            self.editor.setPlainText(draft.text)
            self.editor.blockSignals(False)
            self.error.hide()
            self._show_pending()
            self._show_tray(detail.id)
            kind = draft.kind
        else:
            kind = self.kind
        self._kinds_allowed = set()
        if detail.allows(TicketAction.REPLY):
            self._kinds_allowed.add(MessageKind.REPLY)
        if detail.allows(TicketAction.NOTE):
            self._kinds_allowed.add(MessageKind.NOTE)
        both = len(self._kinds_allowed) == 2
        self.reply_mode.setVisible(both)
        self.note_mode.setVisible(both)
        if kind not in self._kinds_allowed and self._kinds_allowed:
            kind = next(iter(self._kinds_allowed))
        self.set_kind(kind)
        self.setVisible(bool(self._kinds_allowed))
        self._refresh_enabled()

    def set_kind(self, kind: MessageKind) -> None:
        note = kind == MessageKind.NOTE
        self.note_mode.setChecked(note)
        self.reply_mode.setChecked(not note)
        self.setProperty("mode", kind.value)
        repolish(self)
        staff = self._ctx.session.user is not None and self._ctx.session.user.is_staff
        if note:
            self.editor.setPlaceholderText(self.tr("Note interne : visible uniquement par l'équipe Origyne…"))
            self.send_button.setText(self.tr("Ajouter la note"))
            self.mode_hint.setText(self.tr("Le client ne verra pas cette note."))
        elif staff:
            self.editor.setPlaceholderText(self.tr("Votre réponse au client…"))
            self.send_button.setText(self.tr("Envoyer la réponse"))
            self.mode_hint.setText(self.tr("Le client recevra cette réponse."))
        else:
            self.editor.setPlaceholderText(self.tr("Ajouter une information…"))
            self.send_button.setText(self.tr("Envoyer"))
            self.mode_hint.setText("")
        self.send_button.setAccessibleName(self.send_button.text())
        if self._ticket_id is not None and self._draft().kind != kind:
            self._draft().kind = kind
            self._save_timer.start()

    def focus_reply(self) -> None:
        if MessageKind.REPLY in self._kinds_allowed:
            self.set_kind(MessageKind.REPLY)
            self.editor.setFocus()

    def focus_note(self) -> None:
        if MessageKind.NOTE in self._kinds_allowed:
            self.set_kind(MessageKind.NOTE)
            self.editor.setFocus()

    def _draft(self) -> Draft:
        assert self._ticket_id is not None
        return self._drafts.setdefault(self._ticket_id, Draft())

    def _stored_draft(self, ticket_id: int) -> Draft:
        store = self._ctx.outbox.store
        stored = store.draft(ticket_draft_key(ticket_id)) if store is not None else None
        if stored is None:
            return Draft()
        kind = stored.fields.get("kind", MessageKind.REPLY.value)
        return Draft(
            text=stored.text, kind=MessageKind(kind), client_uuid=stored.client_uuid,
            saved_files=list(stored.fields.get("files", [])),
        )

    # --- attachments ---------------------------------------------------------------------------
    @property
    def tray(self) -> AttachmentTray | None:
        return self._trays.get(self._ticket_id) if self._ticket_id is not None else None

    def _show_tray(self, ticket_id: int) -> None:
        tray = self._trays.get(ticket_id)
        if tray is None:
            tray = AttachmentTray(self._ctx, self.tray_stack)
            tray.restore(self._draft().saved_files)
            tray.changed.connect(self._tray_changed)
            tray.changed.connect(self._save_timer.start)
            self._trays[ticket_id] = tray
            self.tray_stack.addWidget(tray)
        for other in self._trays.values():  # only the open ticket's tray takes drops and pastes
            for watched in self._drop_targets():
                watched.removeEventFilter(other.drop_filter)
            self.editor.removeEventFilter(other.paste_filter)
        for watched in self._drop_targets():
            watched.installEventFilter(tray.drop_filter)
        self.editor.installEventFilter(tray.paste_filter)
        self.tray_stack.setCurrentWidget(tray)
        self._tray_changed()

    def accept_drops_on(self, widget: QWidget) -> None:
        """Files dropped on `widget` too (the whole ticket view) go to the open ticket's draft."""
        widget.setAcceptDrops(True)
        self._extra_drop_targets.append(widget)
        if self.tray is not None:
            widget.installEventFilter(self.tray.drop_filter)

    def _drop_targets(self) -> list[QWidget]:
        return [self.editor.viewport(), self, *self._extra_drop_targets]

    def _tray_changed(self) -> None:
        tray = self.tray
        self.tray_stack.setVisible(tray is not None and bool(tray.rows))

    def _typed(self) -> None:
        if self._ticket_id is not None and not self._sending:
            self._draft().text = self.editor.toPlainText()
            self._save_timer.start()

    def save_draft(self) -> None:
        """Writes the open ticket's draft to the local store (an empty one is forgotten)."""
        self._save_timer.stop()
        store = self._ctx.outbox.store
        if self._ticket_id is None or store is None:
            return
        draft = self._draft()
        key = ticket_draft_key(self._ticket_id)
        tray = self._trays.get(self._ticket_id)
        files = tray.draft_entries(store.keep_file) if tray is not None else draft.saved_files
        if draft.text.strip() or files:
            fields = {"kind": draft.kind.value, "files": files}
            store.save_draft(key, text=draft.text, client_uuid=draft.client_uuid, fields=fields)
        else:
            store.clear_draft(key)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.save_draft()
        super().hideEvent(event)

    def _show_pending(self) -> None:
        waiting = self._ticket_id is not None and self._ctx.outbox.has_pending_for(self._ticket_id)
        self.pending.setText(
            self.tr("Envoi en attente : votre message partira dès que le serveur sera joignable.") if waiting else ""
        )
        self.pending.setVisible(waiting)

    def _refresh_enabled(self) -> None:
        self.editor.setReadOnly(self._sending)  # read-only rather than disabled: focus stays put
        self.send_button.setEnabled(not self._sending and bool(self._kinds_allowed))
        self.reply_mode.setEnabled(not self._sending)
        self.note_mode.setEnabled(not self._sending)

    # --- sending ---------------------------------------------------------------------------
    def send(self) -> None:
        body = self.editor.toPlainText().strip()
        if self._sending or self._ticket_id is None or self.kind not in self._kinds_allowed:
            return
        if not body:
            self._show_error(self.tr("Écrivez un message avant d'envoyer."))
            return
        tray = self.tray
        if tray is not None and tray.busy:
            self._show_error(self.tr("Patientez : des fichiers sont encore en cours d'envoi."))
            return
        if tray is not None and tray.has_failures:
            self._show_error(self.tr("Retirez les fichiers refusés avant d'envoyer."))
            return
        attachment_ids = tray.attachment_ids() if tray is not None else []
        draft = self._draft()
        draft.text = self.editor.toPlainText()
        draft.attachment_ids = attachment_ids
        draft.waiting_files = tray.waiting_files() if tray is not None else []
        ticket_id, kind = self._ticket_id, self.kind
        outbox = self._ctx.outbox
        offline = not self._ctx.connection.online or bool(draft.waiting_files)
        if outbox.is_open and (offline or outbox.has_pending_for(ticket_id)):
            self._queue(ticket_id, body, kind, draft)  # after what waits already, in order
            return
        self._sending = True
        self.error.hide()
        self._refresh_enabled()
        self.task = run(
            operations.send_message(
                self._ctx, self._store, ticket_id, body=body, kind=kind, client_uuid=draft.client_uuid,
                attachment_ids=attachment_ids,
            ),
            on_error=lambda error: self._failed(ticket_id, body, kind, draft, error),
            on_done=lambda message: self._succeeded(ticket_id, draft, message),
        )

    def _queue(self, ticket_id: int, body: str, kind: MessageKind, draft: Draft) -> None:
        reference = self._reference if ticket_id == self._ticket_id else ""
        self._ctx.outbox.queue_message(
            ticket_id=ticket_id, body=body, kind=kind.value, client_uuid=draft.client_uuid, reference=reference,
            attachments=draft.attachment_ids, files=draft.waiting_files,
        )
        self._forget_draft(ticket_id, draft)

    def _forget_draft(self, ticket_id: int, draft: Draft) -> None:
        """The message is on its way (sent or queued): its draft goes, a new one starts."""
        self._sending = False
        self._drafts.pop(ticket_id, None)
        tray = self._trays.get(ticket_id)
        if tray is not None:
            tray.clear()  # the files went with the message
            self._tray_changed()
        store = self._ctx.outbox.store
        if store is not None:
            store.clear_draft(ticket_draft_key(ticket_id), draft.client_uuid)
        if ticket_id == self._ticket_id:
            self._drafts[ticket_id] = Draft(kind=self.kind)
            self.editor.blockSignals(True)
            self.editor.clear()
            self.editor.blockSignals(False)
            self.error.hide()
            self._show_pending()
        self._refresh_enabled()

    def _succeeded(self, ticket_id: int, draft: Draft, message) -> None:
        self._forget_draft(ticket_id, draft)
        self.sent.emit(message)

    def _failed(self, ticket_id: int, body: str, kind: MessageKind, draft: Draft, error: BaseException) -> None:
        if is_retried(error) and self._ctx.outbox.is_open:
            self._queue(ticket_id, body, kind, draft)
            return
        self._sending = False
        self._refresh_enabled()
        if ticket_id == self._ticket_id:
            self._show_error(error_message(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
