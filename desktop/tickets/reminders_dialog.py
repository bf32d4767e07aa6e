"""A ticket's reminders (staff): the list, soonest first, and a form to create, move, re-address
or delete one. A separate window that does not block the rest of the app."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.i18n.errors import error_message, field_errors
from desktop.tickets import labels, operations
from desktop.tickets.due_dialog import date_time_edit, from_qt, to_qt
from desktop.tickets.store import TicketStore
from desktop.tickets.widgets import label, run
from shared_schemas.tickets import ReminderOut

REMINDER_ROLE = Qt.ItemDataRole.UserRole + 1


class RemindersDialog(QDialog):
    def __init__(self, ctx: AppContext, store: TicketStore, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._store = store
        self.ticket_id = ticket_id
        self.task = None
        self.setWindowTitle(self.tr("Rappels du ticket"))
        self.setModal(False)
        layout = QVBoxLayout(self)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Rappels"))
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        layout.addWidget(self.list, 1)
        self.empty = label(
            self.tr("Aucun rappel. Choisissez une date ci-dessous puis « Créer le rappel »."), role="muted"
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        form = QFormLayout()
        self.when = date_time_edit(self._default_time(), self, self.tr("Date du rappel"))
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("Destinataire"))
        me = ctx.session.user
        for agent in store.agents:
            self.recipient.addItem(agent.full_name, agent.id)
        if me is not None:
            index = self.recipient.findData(me.id)
            if index < 0:
                self.recipient.insertItem(0, me.full_name, me.id)
                index = 0
            self.recipient.setCurrentIndex(index)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note du rappel"))
        self.note.setPlaceholderText(self.tr("Ex. : rappeler le client pour confirmer le dépannage"))
        self.note.setMaxLength(500)
        form.addRow(self.tr("Quand"), self.when)
        form.addRow(self.tr("Pour"), self.recipient)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.error = label(role="error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouveau rappel"), self)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.delete_button.setProperty("variant", "danger")
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button = QPushButton(self.tr("Créer le rappel"), self)
        self.save_button.setProperty("variant", "primary")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.close)
        for button in (self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        store.reminders_changed.connect(self._reminders_changed)
        self._fill(store.reminders.get(ticket_id, []))
        self.start_new()
        self.task = run(operations.load_reminders(ctx, store, ticket_id), on_error=self._failed)
        self.resize(520, 420)

    @staticmethod
    def _default_time() -> datetime:
        return (datetime.now().astimezone() + timedelta(hours=1)).replace(second=0, microsecond=0)

    # --- list ------------------------------------------------------------------------------
    def _reminders_changed(self, ticket_id: int, reminders: list[ReminderOut]) -> None:
        if ticket_id == self.ticket_id:
            self._fill(reminders)

    def _fill(self, reminders: list[ReminderOut]) -> None:
        selected = self.selected()
        self.list.clear()
        for reminder in reminders:
            text = labels.fill(
                self.tr("%1 — pour %2"), labels.short_datetime(reminder.remind_at), reminder.recipient.full_name
            )
            if reminder.note:
                text = f"{text} — {reminder.note}"
            if reminder.fired_at is not None:
                text = labels.fill(self.tr("%1 (déclenché)"), text)
            item = QListWidgetItem(text)
            item.setData(REMINDER_ROLE, reminder)
            self.list.addItem(item)
            if selected is not None and reminder.id == selected.id:
                self.list.setCurrentItem(item)
        self.empty.setVisible(not reminders)

    def selected(self) -> ReminderOut | None:
        item = self.list.currentItem()
        return item.data(REMINDER_ROLE) if item is not None else None

    def reminders(self) -> list[ReminderOut]:
        return [self.list.item(row).data(REMINDER_ROLE) for row in range(self.list.count())]

    def _show_selected(self) -> None:
        reminder = self.selected()
        if reminder is None:
            return
        self.when.setDateTime(to_qt(reminder.remind_at))
        index = self.recipient.findData(reminder.recipient.id)
        if index < 0:
            self.recipient.addItem(reminder.recipient.full_name, reminder.recipient.id)
            index = self.recipient.count() - 1
        self.recipient.setCurrentIndex(index)
        self.note.setText(reminder.note)
        editable = reminder.fired_at is None
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setEnabled(editable)
        self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.when.setDateTime(to_qt(self._default_time()))
        self.note.clear()
        self.save_button.setText(self.tr("Créer le rappel"))
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.error.hide()

    # --- changes ---------------------------------------------------------------------------
    def save(self) -> None:
        when = from_qt(self.when.dateTime())
        recipient = self.recipient.currentData()
        note = self.note.text().strip()
        reminder = self.selected()
        if reminder is None:
            coro = operations.create_reminder(
                self._ctx, self._store, self.ticket_id, remind_at=when, recipient=recipient, note=note
            )
        else:
            coro = operations.update_reminder(
                self._ctx, self._store, reminder, remind_at=when, recipient=recipient, note=note
            )
        self._perform(coro, then_new=reminder is None)

    def delete_selected(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self._perform(operations.delete_reminder(self._ctx, self._store, reminder), then_new=True)

    def _perform(self, coro, *, then_new: bool) -> None:
        self.error.hide()
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)

        def done(_result) -> None:
            self.save_button.setEnabled(True)
            self.delete_button.setEnabled(self.selected() is not None)
            if then_new:
                self.start_new()

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.delete_button.setEnabled(self.selected() is not None)
            self._failed(error)

        self.task = run(coro, on_error=failed, on_done=done)

    def _failed(self, error: BaseException) -> None:
        details = field_errors(error)
        self.error.setText("\n".join([error_message(error), *details.values()]) if details else error_message(error))
        self.error.show()
