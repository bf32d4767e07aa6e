"""Staff controls of the open ticket, shown exactly per its `allowed_actions`: assignee, priority,
category, GTR due date, watchers, reminders, and the status changes (Démarrer, En attente
client, Résoudre, Clôturer, Rouvrir). Every change is one operation; the store redraws the rest."""

from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.common.plain_text import menu_text
from desktop.context import AppContext
from desktop.tickets import labels, operations
from desktop.tickets.due_dialog import DueDateDialog
from desktop.tickets.reminders_dialog import RemindersDialog
from desktop.tickets.store import TicketStore
from desktop.tickets.widgets import label, run
from shared_schemas.enums import TicketAction, TicketPriority
from shared_schemas.tickets import TicketDetail

_TRANSITION_TEXTS = {
    TicketAction.START: (
        QT_TRANSLATE_NOOP("TicketActions", "Démarrer"),
        QT_TRANSLATE_NOOP("TicketActions", "Passer le ticket en cours"),
    ),
    TicketAction.WAIT: (
        QT_TRANSLATE_NOOP("TicketActions", "En attente client"),
        QT_TRANSLATE_NOOP("TicketActions", "Attendre une réponse du client"),
    ),
    TicketAction.RESOLVE: (
        QT_TRANSLATE_NOOP("TicketActions", "Résoudre"),
        QT_TRANSLATE_NOOP("TicketActions", "Marquer le ticket comme résolu"),
    ),
    TicketAction.CLOSE: (
        QT_TRANSLATE_NOOP("TicketActions", "Clôturer"),
        QT_TRANSLATE_NOOP("TicketActions", "Clôturer définitivement le ticket"),
    ),
    TicketAction.REOPEN: (
        QT_TRANSLATE_NOOP("TicketActions", "Rouvrir"),
        QT_TRANSLATE_NOOP("TicketActions", "Rouvrir le ticket"),
    ),
}


class TicketActions(QWidget):
    failed = Signal(object)  # the exception, shown by the ticket view

    def __init__(self, ctx: AppContext, store: TicketStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._store = store
        self._detail: TicketDetail | None = None
        self._busy = False
        self._reminders_dialog: RemindersDialog | None = None
        self._due_dialog: DueDateDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        triage = QHBoxLayout()
        triage.setSpacing(6)
        self.assignee = self._combo(self.tr("Assigné à"), self._assign_chosen)
        self.priority = self._combo(self.tr("Priorité"), self._priority_chosen)
        for value in TicketPriority:
            self.priority.addItem(labels.priority_label(value), value.value)
        self.category = self._combo(self.tr("Catégorie"), self._category_chosen)
        self.due = self._button(self.tr("Échéance…"), self.tr("Fixer l'échéance (GTR)"), self.edit_due)
        self.watchers = QToolButton(self)
        self.watchers.setObjectName("watchers")
        self.watchers.setText(self.tr("Observateurs"))
        self.watchers.setAccessibleName(self.tr("Observateurs"))
        self.watchers.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.watchers.setMenu(QMenu(self.watchers))
        self.watchers.menu().aboutToShow.connect(self._fill_watchers_menu)
        self.reminders = self._button(self.tr("Rappels…"), self.tr("Rappels de ce ticket"), self.open_reminders)
        for text, widget in (
            (self.tr("Assigné à"), self.assignee),
            (self.tr("Priorité"), self.priority),
            (self.tr("Catégorie"), self.category),
        ):
            caption = label(text, role="field")
            caption.setBuddy(widget)
            triage.addWidget(caption)
            triage.addWidget(widget)
            widget.setProperty("caption", caption)
        triage.addStretch(1)
        outer.addLayout(triage)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        for widget in (self.due, self.watchers, self.reminders):
            tools.addWidget(widget)
        tools.addStretch(1)
        outer.addLayout(tools)

        transitions = QHBoxLayout()
        transitions.setSpacing(6)
        self.transition_buttons: dict[TicketAction, QPushButton] = {}
        for action, (text, tip) in _TRANSITION_TEXTS.items():
            button = self._button(self.tr(text), self.tr(tip), lambda _=False, a=action: self.change_status(a))
            if action == TicketAction.RESOLVE:
                button.setProperty("variant", "primary")
            if action == TicketAction.CLOSE:
                button.setProperty("variant", "danger")
            self.transition_buttons[action] = button
            transitions.addWidget(button)
        transitions.addStretch(1)
        outer.addLayout(transitions)

        store.agents_changed.connect(lambda _agents: self._fill_assignees())
        store.categories_changed.connect(lambda _categories: self._fill_categories())

    def _combo(self, name: str, chosen) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.activated.connect(lambda _index: chosen())
        return combo

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # --- state -----------------------------------------------------------------------------
    def set_ticket(self, detail: TicketDetail) -> None:
        self._detail = detail
        allows = detail.allows
        for widget, action in (
            (self.assignee, TicketAction.ASSIGN),
            (self.priority, TicketAction.EDIT),
            (self.category, TicketAction.EDIT),
        ):
            widget.setVisible(allows(action))
            widget.property("caption").setVisible(allows(action))
        self.due.setVisible(allows(TicketAction.EDIT))
        self.watchers.setVisible(allows(TicketAction.WATCH))
        self.reminders.setVisible(allows(TicketAction.REMIND))
        for action, button in self.transition_buttons.items():
            button.setVisible(allows(action))
        self._fill_assignees()
        self._fill_categories()
        self._select(self.priority, detail.priority.value)
        count = len(detail.watchers or [])
        self.watchers.setText(
            labels.fill(self.tr("Observateurs (%1)"), str(count)) if count else self.tr("Observateurs")
        )
        self._set_busy(False)

    def visible_actions(self) -> list[str]:
        """The action buttons and fields on screen (what `allowed_actions` allowed)."""
        shown = [str(action) for action, button in self.transition_buttons.items() if not button.isHidden()]
        for action, widget in (
            (TicketAction.ASSIGN, self.assignee),
            (TicketAction.EDIT, self.priority),
            (TicketAction.WATCH, self.watchers),
            (TicketAction.REMIND, self.reminders),
        ):
            if not widget.isHidden():
                shown.append(str(action))
        return shown

    def _fill_assignees(self) -> None:
        current = self._detail.assignee.id if self._detail and self._detail.assignee else None
        self.assignee.clear()
        self.assignee.addItem(self.tr("Non assigné"), None)
        me = self._ctx.session.user
        for agent in self._store.agents:
            text = (
                agent.full_name
                if me is None or agent.id != me.id
                else labels.fill(self.tr("%1 (moi)"), agent.full_name)
            )
            self.assignee.addItem(text, agent.id)
        if current is not None and self.assignee.findData(current) < 0 and self._detail and self._detail.assignee:
            self.assignee.addItem(self._detail.assignee.full_name, current)
        self._select(self.assignee, current)

    def _fill_categories(self) -> None:
        current = self._detail.category.id if self._detail else None
        self.category.clear()
        for category in self._store.categories:
            if category.is_active or category.id == current:
                self.category.addItem(category.name, category.id)
        if current is not None and self.category.findData(current) < 0 and self._detail:
            self.category.addItem(self._detail.category.name, current)
        self._select(self.category, current)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.assignee,
            self.priority,
            self.category,
            self.due,
            self.watchers,
            self.reminders,
            *self.transition_buttons.values(),
        ):
            widget.setEnabled(not busy)

    def _perform(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._set_busy(True)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if self._detail is not None:
                self.set_ticket(self._detail)  # the controls show the ticket as it still is
            self.failed.emit(error)

        self.task = run(coro, on_error=failed, on_done=lambda _result: self._set_busy(False))

    # --- user actions ----------------------------------------------------------------------
    def open_assign(self) -> None:
        """Shortcut A: the assignee dropdown, open."""
        if self._detail is not None and self._detail.allows(TicketAction.ASSIGN):
            self.assignee.setFocus()
            self.assignee.showPopup()

    def assign_to(self, assignee_id: int | None) -> None:
        if self._detail is None:
            return
        current = self._detail.assignee.id if self._detail.assignee else None
        if assignee_id != current:
            self._perform(operations.assign(self._ctx, self._store, self._detail.id, assignee_id))

    def _assign_chosen(self) -> None:
        self.assign_to(self.assignee.currentData())

    def _priority_chosen(self) -> None:
        value = TicketPriority(self.priority.currentData())
        if self._detail is not None and value != self._detail.priority:
            self._perform(operations.set_priority(self._ctx, self._store, self._detail.id, value))

    def _category_chosen(self) -> None:
        value = self.category.currentData()
        if self._detail is not None and value is not None and value != self._detail.category.id:
            self._perform(operations.set_category(self._ctx, self._store, self._detail.id, value))

    def change_status(self, action: TicketAction) -> None:
        if self._detail is not None and self._detail.allows(action) and not self._busy:
            self._perform(operations.transition(self._ctx, self._store, self._detail.id, action))

    def edit_due(self) -> None:
        if self._detail is None:
            return
        ticket_id = self._detail.id
        dialog = DueDateDialog(self._detail.due_at, self)
        dialog.chosen.connect(lambda due: self._perform(operations.set_due(self._ctx, self._store, ticket_id, due)))
        self._due_dialog = dialog
        dialog.open()

    def _fill_watchers_menu(self) -> None:
        menu = self.watchers.menu()
        menu.clear()
        if self._detail is None:
            return
        watching = {w.id for w in self._detail.watchers or []}
        for watcher in self._detail.watchers or []:
            action = menu.addAction(labels.fill(self.tr("Retirer %1"), menu_text(watcher.full_name)))
            action.triggered.connect(lambda _=False, user=watcher.id: self.remove_watcher(user))
        if watching:
            menu.addSeparator()
        add = menu.addMenu(self.tr("Identifier un membre de l'équipe"))
        for agent in self._store.agents:
            if agent.id not in watching:
                action = add.addAction(menu_text(agent.full_name))
                action.triggered.connect(lambda _=False, user=agent.id: self.add_watcher(user))
        add.setEnabled(not add.isEmpty())

    def add_watcher(self, user_id: int) -> None:
        if self._detail is not None:
            self._perform(operations.add_watcher(self._ctx, self._store, self._detail.id, user_id))

    def remove_watcher(self, user_id: int) -> None:
        if self._detail is not None:
            self._perform(operations.remove_watcher(self._ctx, self._store, self._detail.id, user_id))

    def open_reminders(self) -> None:
        if self._detail is None:
            return
        if self._reminders_dialog is not None:
            self._reminders_dialog.close()
        self._reminders_dialog = RemindersDialog(self._ctx, self._store, self._detail.id, self)
        self._reminders_dialog.show()
