"""Creating and editing a customer company and its contacts. The CRM identifier is set at
creation and never changes (the CRM import keys on it). A customer or contact synchronised from
the CRM is shown read-only, with a line saying so: the CRM owns those fields, and only the
customer's « Notes SAV » are written here."""

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.admin.common.form_dialog import FormDialog, FormInvalid
from desktop.admin.customers.operations import contact_create, contact_update, customer_create, customer_update
from desktop.common.plain_text import plain_label
from shared_schemas.crm import ContactOut, CustomerOut
from shared_schemas.enums import RecordSource

DEFAULT_COUNTRY = "FR"
MAX_NOTES = 5000


def _line(parent, max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def _changed(fields: dict[str, Any], original: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if getattr(original, key) != value}


def _crm_notice(text: str, parent: QWidget) -> QLabel:
    notice = QLabel(text, parent)
    notice.setProperty("role", "hint")
    notice.setWordWrap(True)
    return notice


def _read_only(widgets: list[QWidget]) -> None:
    """CRM fields stay readable and copyable, but cannot be changed."""
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(True)
        else:
            widget.setEnabled(False)


class CustomerDialog(FormDialog):
    def __init__(self, ctx, *, customer: CustomerOut | None = None, parent=None) -> None:
        title = self.tr("Modifier le client") if customer else self.tr("Nouveau client")
        super().__init__(ctx, title, parent)
        self.customer = customer
        self.name = _line(self, 200)
        self.add_row("name", self.tr("&Raison sociale"), self.name)
        if customer is None:
            self.external_id = _line(self, 64, self.tr("ex. : CRM-004217"))
            self.add_row(
                "external_id",
                self.tr("&Identifiant CRM"),
                self.external_id,
                hint=self.tr("Celui du CRM d'Origyne ; il ne pourra plus être modifié."),
            )
        else:
            external_id = plain_label(customer.external_id, self)
            external_id.setProperty("role", "read-only")
            self.add_row(
                "external_id",
                self.tr("Identifiant CRM"),
                external_id,
                hint=self.tr("Fixé à la création : il relie ce client au CRM."),
            )
        self.siret = _line(self, 20)
        self.siret.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*"), self.siret))
        self.add_row("siret", self.tr("&SIRET"), self.siret, hint=self.tr("14 chiffres, facultatif."))
        self.email = _line(self, 254, self.tr("contact@societe.fr"))
        self.add_row("email", self.tr("&E-mail"), self.email)
        self.phone = _line(self, 30)
        self.add_row("phone", self.tr("&Téléphone"), self.phone)
        self.address_line = _line(self, 200)
        self.add_row("address_line", self.tr("&Adresse"), self.address_line)
        self.postal_code = _line(self, 10)
        self.add_row("postal_code", self.tr("Code &postal"), self.postal_code)
        self.city = _line(self, 100)
        self.add_row("city", self.tr("&Ville"), self.city)
        self.country = _line(self, 2)
        self.country.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z]{0,2}"), self.country))
        self.add_row("country", self.tr("Pa&ys"), self.country, hint=self.tr("Code à deux lettres, ex. : FR, BE."))
        self.is_active = QCheckBox(self.tr("Client a&ctif"), self)
        self.is_active.setChecked(True)
        self.add_row("is_active", self.tr("Statut"), self.is_active)
        self.sav_notes: QPlainTextEdit | None = None
        if customer is not None:  # a new customer gets its notes on its record, once it exists
            self.sav_notes = QPlainTextEdit(self)
            self.sav_notes.setTabChangesFocus(True)
            self.sav_notes.setFixedHeight(90)
            notes_hint = self.tr("Pour l'équipe SAV ; le CRM ne les voit pas.")
            self.add_row("sav_notes", self.tr("&Notes SAV"), self.sav_notes, hint=notes_hint)
        self.crm_owned = customer is not None and customer.source == RecordSource.CRM
        if self.crm_owned:
            notice = self.tr(
                "Ce client est synchronisé depuis le CRM : ses informations se modifient dans le CRM. "
                "Seules les notes SAV se modifient ici."
            )
            self.body.insertWidget(2, _crm_notice(notice, self))
            crm_fields = [self.name, self.siret, self.email, self.phone, self.address_line, self.postal_code]
            _read_only([*crm_fields, self.city, self.country, self.is_active])
        self.finish_layout()
        if customer is not None:
            self._fill(customer)
        else:
            self.country.setText(DEFAULT_COUNTRY)

    def _fill(self, customer: CustomerOut) -> None:
        self.name.setText(customer.name)
        self.siret.setText(customer.siret)
        self.email.setText(customer.email)
        self.phone.setText(customer.phone)
        self.address_line.setText(customer.address_line)
        self.postal_code.setText(customer.postal_code)
        self.city.setText(customer.city)
        self.country.setText(customer.country)
        self.is_active.setChecked(customer.is_active)
        if self.sav_notes is not None:
            self.sav_notes.setPlainText(customer.sav_notes)

    def _fields(self) -> dict[str, Any]:
        notes = {"sav_notes": self.sav_notes.toPlainText()} if self.sav_notes is not None else {}
        if self.crm_owned:
            return notes
        return {
            "name": self.name.text().strip(),
            "siret": self.siret.text().replace(" ", ""),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "address_line": self.address_line.text().strip(),
            "postal_code": self.postal_code.text().strip(),
            "city": self.city.text().strip(),
            "country": self.country.text().strip().upper(),
            "is_active": self.is_active.isChecked(),
            **notes,
        }

    async def submit(self) -> CustomerOut | None:
        if self.sav_notes is not None and len(self.sav_notes.toPlainText()) > MAX_NOTES:
            raise FormInvalid({"sav_notes": self.tr("Au plus {limit} caractères.").format(limit=MAX_NOTES)})
        if self.customer is None:
            return await customer_create(self.ctx, external_id=self.external_id.text(), **self._fields())
        changes = _changed(self._fields(), self.customer)
        return await customer_update(self.ctx, self.customer.id, **changes) if changes else None


class ContactDialog(FormDialog):
    def __init__(self, ctx, *, customer: CustomerOut, contact: ContactOut | None = None, parent=None) -> None:
        if contact is None:
            title = self.tr("Nouveau contact chez {customer}").format(customer=customer.name)
        else:
            title = self.tr("Modifier le contact")
        super().__init__(ctx, title, parent)
        self.customer = customer
        self.contact = contact
        self.first_name = _line(self, 100)
        self.add_row("first_name", self.tr("&Prénom"), self.first_name)
        self.last_name = _line(self, 100)
        self.add_row("last_name", self.tr("&Nom"), self.last_name)
        self.job_title = _line(self, 100, self.tr("ex. : Responsable achats"))
        self.add_row("job_title", self.tr("&Fonction"), self.job_title)
        self.email = _line(self, 254, self.tr("prenom.nom@societe.fr"))
        self.add_row("email", self.tr("&E-mail"), self.email)
        self.phone = _line(self, 30)
        self.add_row("phone", self.tr("&Téléphone"), self.phone)
        self.crm_owned = contact is not None and contact.source == RecordSource.CRM
        if self.crm_owned:
            notice = self.tr("Cet interlocuteur est synchronisé depuis le CRM : il se modifie dans le CRM.")
            self.body.insertWidget(2, _crm_notice(notice, self))
            _read_only([self.first_name, self.last_name, self.job_title, self.email, self.phone])
            self.save_button.hide()
            self.cancel_button.setText(self.tr("Fermer"))
            self.cancel_button.setAccessibleName(self.tr("Fermer"))
        self.finish_layout()
        if contact is not None:
            self.first_name.setText(contact.first_name)
            self.last_name.setText(contact.last_name)
            self.job_title.setText(contact.job_title)
            self.email.setText(contact.email)
            self.phone.setText(contact.phone)

    def _fields(self) -> dict[str, Any]:
        return {
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "job_title": self.job_title.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
        }

    async def submit(self) -> ContactOut | None:
        if self.crm_owned:
            return None  # nothing of a CRM contact is written here
        if self.contact is None:
            return await contact_create(self.ctx, self.customer.id, **self._fields())
        changes = _changed(self._fields(), self.contact)
        return await contact_update(self.ctx, self.contact.id, **changes) if changes else None
