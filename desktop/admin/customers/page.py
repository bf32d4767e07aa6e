"""Clients: customer companies (searched on the server) and, below, the selected company's
contacts."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.admin.common.confirm import Confirmation, confirm
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.page import AdminPage
from desktop.admin.customers.dialogs import ContactDialog, CustomerDialog
from desktop.admin.customers.operations import contact_delete, contact_page, customer_page
from desktop.admin.customers.table_model import ContactTableModel, CustomerTableModel
from desktop.common.plain_text import plain_label
from shared_schemas.common import Page
from shared_schemas.crm import ContactOut, CustomerOut
from shared_schemas.enums import RecordSource

SEARCH_DELAY_MS = 300


class CustomersPage(AdminPage):
    def __init__(self, ctx, changes: AdminChanges, parent=None) -> None:
        super().__init__(
            ctx,
            changes,
            title=self.tr("Clients"),
            subtitle=self.tr(
                "Les sociétés clientes d'Origyne et les personnes à contacter chez chacune. Celles du CRM "
                "s'y modifient ; « Nouveau client » sert aux clients saisis dans le SAV."
            ),
            parent=parent,
        )
        self.new_button = self.add_action(self.tr("&Nouveau client"), self.open_create_dialog, variant="primary")
        self.edit_button = self.add_action(self.tr("&Modifier le client"), self.open_edit_dialog)
        self._query = ("", True)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher par raison sociale ou identifiant CRM…"))
        self.search.setAccessibleName(self.tr("Rechercher un client"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 3)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filtrer par statut"))
        self.status_filter.addItem(self.tr("Clients actifs"), True)
        self.status_filter.addItem(self.tr("Clients inactifs"), False)
        self.status_filter.addItem(self.tr("Tous les clients"), None)
        filters.addWidget(self.status_filter, 1)
        self.content.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        self.model = CustomerTableModel(self._fetch_customers, parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Liste des clients"),
            stretch_column=0,
            empty_text=self._empty_text(),
            parent=splitter,
        )
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_contacts(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.content.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.activity.watch(self._debounce.isActive)
        self.activity.watch(lambda: self.model.is_loading or self.contacts_model.is_loading)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.model.load_failed.connect(self.load_failed)
        self.contacts_model.load_failed.connect(self.show_failure)
        self.list.selection_changed.connect(self._customer_selected)
        self.list.activated.connect(lambda _customer: self.open_edit_dialog())
        self.contacts.selection_changed.connect(self._update_contact_actions)
        self.contacts.activated.connect(lambda _contact: self.open_contact_edit_dialog())
        self._customer_selected(None)

    def _build_contacts(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        header = QHBoxLayout()
        self.contacts_title = plain_label(parent=panel)  # holds the customer's name
        self.contacts_title.setProperty("role", "heading")
        header.addWidget(self.contacts_title, 1)
        self.add_contact_button = self._contact_button(
            panel, self.tr("&Ajouter un contact"), self.open_contact_create_dialog
        )
        self.edit_contact_button = self._contact_button(
            panel, self.tr("Modifier le c&ontact"), self.open_contact_edit_dialog
        )
        self.delete_contact_button = self._contact_button(panel, self.tr("Supprimer le con&tact"), self.delete_contact)
        self.delete_contact_button.setProperty("variant", "danger")
        for button in (self.add_contact_button, self.edit_contact_button, self.delete_contact_button):
            header.addWidget(button)
        layout.addLayout(header)
        self.contacts_model = ContactTableModel(parent=self)
        self.contacts = ListPanel(
            self.contacts_model,
            accessible_name=self.tr("Contacts du client"),
            stretch_column=2,
            empty_text=self.tr("Sélectionnez un client pour voir ses contacts."),
            parent=panel,
        )
        layout.addWidget(self.contacts, 1)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.contacts.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_contact)
        return panel

    def _contact_button(self, parent: QWidget, text: str, slot) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # --- customers -------------------------------------------------------------------------
    def load(self) -> None:
        self.model.reload()

    async def _fetch_customers(self, cursor: str | None):
        q, is_active = self._query
        return await customer_page(self.ctx, q=q, is_active=is_active, cursor=cursor)

    def apply_filters(self) -> None:
        self._debounce.stop()
        query = (self.search.text().strip(), self.status_filter.currentData())
        if query == self._query:
            return
        self._query = query
        self.list.set_empty_text(self._empty_text())
        self.model.reload()

    def _empty_text(self) -> str:
        if self._query[0]:
            return self.tr("Aucun client ne correspond à cette recherche.")
        return self.tr("Aucun client à afficher. Créez-en un avec « Nouveau client ».")

    def selected_customer(self) -> CustomerOut | None:
        return self.list.selected_item()

    def _customer_selected(self, customer: CustomerOut | None) -> None:
        self.edit_button.setEnabled(customer is not None)
        self.add_contact_button.setEnabled(customer is not None)
        if customer is None:
            self.contacts_title.setText(self.tr("Contacts"))
            self.contacts.set_empty_text(self.tr("Sélectionnez un client pour voir ses contacts."))
            self.contacts_model.set_fetcher(_no_contacts)
        else:
            self.contacts_title.setText(self.tr("Contacts de {name}").format(name=customer.name))
            self.contacts.set_empty_text(
                self.tr("Aucun contact chez ce client. Ajoutez-en un avec « Ajouter un contact ».")
            )
            self.contacts_model.set_fetcher(lambda cursor: contact_page(self.ctx, customer.id, cursor=cursor))
        self.contacts_model.reload()
        self._update_contact_actions(None)

    def open_create_dialog(self) -> CustomerDialog:
        dialog = CustomerDialog(self.ctx, parent=self)
        dialog.saved.connect(self._customer_saved)
        self.show_dialog(dialog)
        return dialog

    def open_edit_dialog(self) -> CustomerDialog | None:
        customer = self.selected_customer()
        if customer is None:
            return None
        dialog = CustomerDialog(self.ctx, customer=customer, parent=self)
        dialog.saved.connect(self._customer_saved)
        self.show_dialog(dialog)
        return dialog

    def _customer_saved(self, customer: CustomerOut) -> None:
        row = self.model.row_of(lambda item: item.id == customer.id)
        if row >= 0:
            self.model.replace_row(row, customer)
            self.contacts_title.setText(self.tr("Contacts de {name}").format(name=customer.name))
        else:
            self.model.insert_first(customer)
            self.list.select_row(0)
        self.changes.customers_changed.emit()

    # --- contacts --------------------------------------------------------------------------
    def selected_contact(self) -> ContactOut | None:
        return self.contacts.selected_item()

    def _update_contact_actions(self, contact: ContactOut | None) -> None:
        """A CRM contact opens read-only, and only the CRM removes it."""
        from_crm = contact is not None and contact.source == RecordSource.CRM
        self.edit_contact_button.setEnabled(contact is not None)
        self.delete_contact_button.setEnabled(contact is not None and not from_crm)
        crm_hint = self.tr("Un interlocuteur du CRM se retire dans le CRM.")
        self.delete_contact_button.setToolTip(crm_hint if from_crm else "")

    def open_contact_create_dialog(self) -> ContactDialog | None:
        customer = self.selected_customer()
        if customer is None:
            return None
        dialog = ContactDialog(self.ctx, customer=customer, parent=self)
        dialog.saved.connect(self._contact_saved)
        self.show_dialog(dialog)
        return dialog

    def open_contact_edit_dialog(self) -> ContactDialog | None:
        customer, contact = self.selected_customer(), self.selected_contact()
        if customer is None or contact is None:
            return None
        dialog = ContactDialog(self.ctx, customer=customer, contact=contact, parent=self)
        dialog.saved.connect(self._contact_saved)
        self.show_dialog(dialog)
        return dialog

    def _contact_saved(self, contact: ContactOut) -> None:
        customer = self.selected_customer()
        if customer is None or contact.customer != customer.id:
            return  # the user moved on to another customer meanwhile
        row = self.contacts_model.row_of(lambda item: item.id == contact.id)
        if row >= 0:
            self.contacts_model.replace_row(row, contact)
        else:
            self.contacts_model.insert_first(contact)
            self.contacts.select_row(0)

    def delete_contact(self) -> Confirmation | None:
        contact = self.selected_contact()
        if contact is None or contact.source == RecordSource.CRM:
            return None
        name = f"{contact.first_name} {contact.last_name}".strip()
        return confirm(
            self,
            title=self.tr("Supprimer le contact"),
            text=self.tr("Supprimer le contact {name} ? Cette action est définitive.").format(name=name),
            confirm_label=self.tr("Supprimer"),
            on_confirm=lambda: self.activity.run(self._delete_contact(contact)),
        )

    async def _delete_contact(self, contact: ContactOut) -> None:
        self.banner.clear()
        await contact_delete(self.ctx, contact.id)
        self.contacts_model.remove_row(self.contacts_model.row_of(lambda item: item.id == contact.id))


async def _no_contacts(_cursor: str | None) -> Page:
    return Page(results=[], next_cursor=None)
