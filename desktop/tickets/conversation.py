"""The discussion of a ticket: the initial request, then replies and internal notes by date,
with history events as quiet one-line entries between them; newest at the bottom.

Texts written by users are never interpreted as HTML: they are escaped, and only http(s) URLs
become links (no script, no remote image, no `javascript:`)."""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.tickets import labels
from desktop.tickets.widgets import label
from shared_schemas.enums import MessageKind
from shared_schemas.tickets import MessageOut, TicketDetail, TicketEventOut

_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?)]}»"


def body_html(text: str) -> str:
    """Escaped rich text of a message body: line breaks kept, http(s) URLs as links, nothing else."""
    parts: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING_PUNCTUATION)
        start, end = match.start(), match.start() + len(url)
        parts.append(html.escape(text[position:start]))
        parts.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        position = end
    parts.append(html.escape(text[position:]))
    return '<span style="white-space: pre-wrap">' + "".join(parts) + "</span>"


@dataclass(frozen=True)
class Entry:
    key: str
    at: datetime
    order: int  # at the same instant: the request, then events, then messages
    message: MessageOut | None = None
    event: TicketEventOut | None = None


def entries_of(detail: TicketDetail) -> list[Entry]:
    entries = [Entry("request", detail.created_at, 0)]
    entries += [
        Entry(f"e{e.id}", e.created_at, 1, event=e)
        for e in detail.events
        if e.kind not in labels.SILENT_EVENTS and e.kind != "created"
    ]
    entries += [Entry(f"m{m.id}", m.created_at, 2, message=m) for m in detail.messages]
    return sorted(entries, key=lambda entry: (entry.at, entry.order))


class MessageCard(QFrame):
    """One message: author, role (Client / Équipe Origyne), time, then the body."""

    def __init__(
        self,
        *,
        author: str,
        role_text: str,
        staff: bool,
        at: datetime,
        body: str,
        frame_role: str,
        note: bool = False,
        attachments: Callable[[QWidget], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`attachments(parent)` makes the widget showing the message's files, if it has any."""
        super().__init__(parent)
        self.setProperty("role", frame_role)
        self.is_note = note
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(label(author, role="author"))
        header.addWidget(label(role_text, role="author-role-staff" if staff else "author-role"))
        if note:
            header.addWidget(label(self.tr("Note interne"), role="note-label"))
        header.addStretch(1)
        when = label(labels.short_datetime(at), role="muted")
        when.setToolTip(labels.full_datetime(at))
        header.addWidget(when)
        layout.addLayout(header)
        self.body = QLabel(self)
        self.body.setObjectName("messageBody")
        self.body.setProperty("role", "body")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setText(body_html(body))
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.body.setAccessibleName(labels.fill(self.tr("Message de %1"), author))
        self.body.setAccessibleDescription(body)
        self.plain_body = body
        layout.addWidget(self.body)
        self.attachments = attachments(self) if attachments is not None else None
        if self.attachments is not None:
            layout.addWidget(self.attachments)


AttachmentsWidget = Callable[[list, QWidget], QWidget]  # (attachments, parent) → the widget showing them


class ConversationView(QScrollArea):
    def __init__(
        self,
        *,
        current_user_id: int | None = None,
        attachments_widget: AttachmentsWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attachments_widget = attachments_widget
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Discussion"))
        self._me = current_user_id
        self._ticket_id: int | None = None
        self._keys: list[str] = []
        body = QWidget(self)
        body.setObjectName("conversationBody")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(10)
        self._layout.addStretch(1)  # entries sit at the bottom, like a chat
        self.setWidget(body)

    # --- content ---------------------------------------------------------------------------
    def set_ticket(self, detail: TicketDetail) -> None:
        """Shows `detail`; when it is the same ticket with new entries, only those are added."""
        entries = entries_of(detail)
        keys = [entry.key for entry in entries]
        if detail.id != self._ticket_id or keys[: len(self._keys)] != self._keys:
            self.clear()
            self._ticket_id = detail.id
        for entry in entries[len(self._keys) :]:
            self._layout.addWidget(self._widget_for(entry, detail))
        self._keys = keys
        QTimer.singleShot(0, self, self.scroll_to_bottom)

    def clear(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._keys = []
        self._ticket_id = None

    def scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _widget_for(self, entry: Entry, detail: TicketDetail) -> QWidget:
        if entry.event is not None:
            line = label(f"{labels.event_text(entry.event)} — {labels.short_datetime(entry.at)}", role="event")
            line.setObjectName("historyEvent")
            line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            line.setWordWrap(True)
            return line
        if entry.message is None:
            return MessageCard(
                author=detail.requester.full_name,
                role_text=self.tr("Demande initiale"),
                staff=False,
                at=detail.created_at,
                body=detail.description,
                frame_role="message",
                attachments=self._attachments_of(detail.attachments),
                parent=self,
            )
        message = entry.message
        note = message.kind == MessageKind.NOTE
        if note:
            frame_role = "note"
        elif message.author.id == self._me:
            frame_role = "mine"
        else:
            frame_role = "message"
        return MessageCard(
            author=message.author.full_name,
            role_text=self.tr("Équipe Origyne") if message.author.is_staff else self.tr("Client"),
            staff=message.author.is_staff,
            at=message.created_at,
            body=message.body,
            frame_role=frame_role,
            note=note,
            attachments=self._attachments_of(message.attachments),
            parent=self,
        )

    def _attachments_of(self, attachments: list) -> Callable[[QWidget], QWidget] | None:
        if not attachments or self._attachments_widget is None:
            return None
        make = self._attachments_widget
        return lambda parent: make(attachments, parent)

    # --- for tests and accessibility tools --------------------------------------------------
    def cards(self) -> list[MessageCard]:
        return [w for w in self._widgets() if isinstance(w, MessageCard)]

    def history_lines(self) -> list[str]:
        return [w.text() for w in self._widgets() if isinstance(w, QLabel) and w.objectName() == "historyEvent"]

    def _widgets(self) -> list[QWidget]:
        widgets = []
        for index in range(1, self._layout.count()):
            widget = self._layout.itemAt(index).widget()
            if widget is not None:
                widgets.append(widget)
        return widgets
