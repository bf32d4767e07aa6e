"""« Interlocuteurs »: the customer's contacts — name, job title, e-mail, phone and whether they
can sign in. « Inviter » (users.manage) gives an active contact without a login a client account
in one click; the server e-mails the invitation, and the row then says « Invité »."""

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from desktop.admin.common.list_panel import ListPanel
from desktop.customers import labels, operations
from desktop.customers.table_models import ContactTableModel
from desktop.customers.tabs.base import RecordTab
from desktop.tickets.widgets import label
from shared_schemas.crm import ContactOut, CustomerOut
from shared_schemas.enums import Permission


class ContactsTab(RecordTab):
    def __init__(self, ctx, store, actions, parent=None) -> None:
        super().__init__(ctx, store, actions, parent)
        user = ctx.session.user
        self.can_invite = user is not None and user.can(Permission.USERS_MANAGE)
        self.model = ContactTableModel(store, parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Interlocuteurs du client"),
            empty_text=self.tr("Aucun interlocuteur chez ce client."),
            stretch_column=2,
            parent=self,
        )
        self.body.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.hint = label(role="hint", parent=self)
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        self.invite_button = QPushButton(self.tr("&Inviter"), self)
        self.invite_button.setAccessibleName(self.tr("Inviter l'interlocuteur sélectionné"))
        self.invite_button.setToolTip(
            self.tr("Crée son accès client ; il reçoit un e-mail pour choisir son mot de passe.")
        )
        self.invite_button.clicked.connect(self.invite)
        self.invite_button.setVisible(self.can_invite)
        row.addWidget(self.invite_button)
        self.body.addLayout(row)
        self.add_message_line()
        self.activity.watch(lambda: self.model.is_loading)
        self.model.load_failed.connect(self.show_error)
        self.list.selection_changed.connect(self._selected)
        store.contact_changed.connect(lambda _contact: self._selected(self.selected_contact()))
        self._selected(None)

    def load(self, customer: CustomerOut) -> None:
        self.model.set_fetcher(lambda cursor: operations.contact_page(self.ctx, customer.id, cursor))
        self.model.reload()
        if self.can_invite:
            self.activity.run(operations.load_client_accounts(self.ctx, self.store, customer.id))

    def selected_contact(self) -> ContactOut | None:
        return self.list.selected_item()

    def _selected(self, contact: ContactOut | None) -> None:
        reason = self._why_not_invitable(contact)
        self.invite_button.setEnabled(self.can_invite and reason == "")
        self.hint.setText(reason if self.can_invite else "")

    def _why_not_invitable(self, contact: ContactOut | None) -> str:
        if contact is None:
            return self.tr("Sélectionnez un interlocuteur sans accès pour l'inviter.")
        if not contact.is_active:
            return self.tr("Cet interlocuteur est inactif : il ne peut pas être invité.")
        if contact.user is not None:
            return self.tr("Cet interlocuteur a déjà un accès client.")
        if not contact.email:
            return self.tr("Cet interlocuteur n'a pas d'adresse e-mail : ajoutez-la d'abord.")
        return ""

    def invite(self) -> None:
        contact = self.selected_contact()
        if not self.can_invite or self._why_not_invitable(contact):
            return
        self.clear_message()
        self.invite_button.setEnabled(False)
        self.activity.run(self._invite(contact), on_error=self._invite_failed)

    async def _invite(self, contact: ContactOut) -> None:
        account = await operations.invite_contact(self.ctx, self.store, contact)
        self.show_success(
            self.tr("{name} est invité : un e-mail a été envoyé à {email}.").format(
                name=labels.contact_name(contact), email=account.email
            )
        )

    def _invite_failed(self, error: BaseException) -> None:
        self.show_error(error)
        self._selected(self.selected_contact())
