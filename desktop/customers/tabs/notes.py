"""« Notes SAV »: the SAV's own notes on the customer (access codes, habits, who to call). They
belong to the SAV even when the CRM owns the customer: customers.manage edits and saves them
(PATCH), everyone else reads them."""

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton

from desktop.customers import operations
from desktop.customers.tabs.base import RecordTab
from desktop.tickets.widgets import label
from shared_schemas.crm import CustomerOut
from shared_schemas.enums import Permission

MAX_NOTES = 5000


class NotesTab(RecordTab):
    def __init__(self, ctx, store, actions, parent=None) -> None:
        super().__init__(ctx, store, actions, parent)
        user = ctx.session.user
        self.can_edit = user is not None and user.can(Permission.CUSTOMERS_MANAGE)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Notes SAV"))
        self.editor.setTabChangesFocus(True)
        self.editor.setReadOnly(not self.can_edit)
        if self.can_edit:
            self.editor.setPlaceholderText(
                self.tr("Ce que l'équipe SAV doit savoir sur ce client : accès au site, interlocuteur préféré…")
            )
        else:
            self.editor.setPlaceholderText(self.tr("Aucune note SAV pour ce client."))
        self.body.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.hint = label(role="hint", parent=self)
        self.hint.setWordWrap(True)
        if not self.can_edit:
            self.hint.setText(self.tr("Lecture seule : seuls les gestionnaires des clients modifient ces notes."))
        row.addWidget(self.hint, 1)
        self.save_button = QPushButton(self.tr("&Enregistrer les notes"), self)
        self.save_button.setProperty("variant", "primary")
        self.save_button.setAccessibleName(self.tr("Enregistrer les notes SAV"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.can_edit)
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.add_message_line()
        self.editor.modificationChanged.connect(self._modified)
        self._modified(False)

    def load(self, customer: CustomerOut) -> None:
        self._show_notes(customer)

    def customer_updated(self, customer: CustomerOut) -> None:
        if not self.editor.document().isModified():  # what the user is typing is never replaced
            self._show_notes(customer)

    def _show_notes(self, customer: CustomerOut) -> None:
        self.editor.setPlainText(customer.sav_notes)
        self.editor.document().setModified(False)
        self._modified(False)  # setPlainText may leave a "modified" signal without its reset

    @property
    def has_unsaved_changes(self) -> bool:
        return self.can_edit and self.editor.document().isModified()

    def _modified(self, modified: bool) -> None:
        self.save_button.setEnabled(self.can_edit and modified)

    def save(self) -> None:
        if not self.has_unsaved_changes or self.customer is None:
            return
        notes = self.editor.toPlainText()
        if len(notes) > MAX_NOTES:
            self.show_error(
                self.tr("Les notes dépassent {limit} caractères : raccourcissez-les.").format(limit=MAX_NOTES)
            )
            return
        self.clear_message()
        self.save_button.setEnabled(False)
        self.activity.run(self._save(self.customer.id, notes), on_error=self._failed)

    async def _save(self, customer_id: int, notes: str) -> None:
        await operations.save_notes(self.ctx, self.store, customer_id, notes)
        if self.customer is not None and self.customer.id == customer_id and self.editor.toPlainText() == notes:
            self.editor.document().setModified(False)
            self._modified(False)
        self.show_success(self.tr("Notes enregistrées."))

    def _failed(self, error: BaseException) -> None:
        self.show_error(error)
        self._modified(self.editor.document().isModified())
