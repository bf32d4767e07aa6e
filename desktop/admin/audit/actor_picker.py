"""Choosing whose actions the journal shows: type part of a name or an e-mail, the server searches
the accounts (GET users?q=…, which needs users.manage), pick one in the suggestions; Enter picks
the one account a full e-mail finds. The author of a row can also be chosen from the row itself
(`set_actor`), which works without users.manage."""

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.admin.common.activity import Activity
from desktop.admin.users.operations import UserFilters, user_page
from shared_schemas.enums import Permission

ACTOR_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 300
SUGGESTIONS = 20


@dataclass(frozen=True)
class Actor:
    id: int
    label: str  # what the field shows: the e-mail


class ActorPicker(QLineEdit):
    actor_changed = Signal(object)  # Actor | None

    def __init__(self, ctx, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity = activity
        self.actor: Actor | None = None
        self.can_search = ctx.session.user is not None and ctx.session.user.can(Permission.USERS_MANAGE)
        self.setAccessibleName(self.tr("Filtrer par auteur"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        if self.can_search:
            self.setPlaceholderText(self.tr("Auteur : nom ou e-mail…"))
        else:  # the accounts list is not theirs to read: the author comes from a row
            self.setReadOnly(True)
            self.setPlaceholderText(self.tr("Auteur : choisissez une ligne puis « Cet auteur »"))
        self.suggestions = QStandardItemModel(self)
        self._completer = QCompleter(self.suggestions, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(self._completer)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search)
        activity.watch(self._debounce.isActive)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._cleared)
        self.returnPressed.connect(lambda: self.search(pick_single=True))

    def _edited(self, text: str) -> None:
        if self.actor is not None and text != self.actor.label:
            self.set_actor(None)  # the field no longer names the chosen author
        if self.can_search and text.strip():
            self._debounce.start()

    def _cleared(self, text: str) -> None:
        if not text and self.actor is not None:
            self.set_actor(None)

    def search(self, *, pick_single: bool = False) -> None:
        self._debounce.stop()
        text = self.text().strip()
        if self.can_search and text and self.actor is None:
            self.activity.run(self._search(text, pick_single))

    async def _search(self, text: str, pick_single: bool) -> None:
        page = await user_page(self.ctx, UserFilters(q=text), page_size=SUGGESTIONS)
        if text != self.text().strip():
            return  # the user typed on: a newer search follows
        self.suggestions.clear()
        for user in page.results:
            item = QStandardItem(self.tr("{name} — {email}").format(name=user.full_name, email=user.email))
            item.setData(Actor(user.id, user.email), ACTOR_ROLE)
            self.suggestions.appendRow(item)
        if pick_single and len(page.results) == 1:
            self.choose(0)
        elif self.hasFocus() and page.results:
            self._completer.complete()

    def _picked(self, index: QModelIndex) -> None:
        actor = index.data(ACTOR_ROLE)
        if isinstance(actor, Actor):
            self.set_actor(actor)

    def choose(self, row: int) -> None:
        """Picks the suggestion at `row` (what a click in the list does)."""
        item = self.suggestions.item(row)
        if item is not None:
            self.set_actor(item.data(ACTOR_ROLE))

    def set_actor(self, actor: Actor | None) -> None:
        changed = actor != self.actor
        self.actor = actor
        if actor is not None and self.text() != actor.label:
            self.setText(actor.label)
        if changed:
            self.actor_changed.emit(actor)

    def reset(self) -> None:
        """No author, without announcing it (the filter bar clears everything at once)."""
        self.blockSignals(True)
        self.actor = None
        self.clear()
        self.suggestions.clear()
        self.blockSignals(False)
