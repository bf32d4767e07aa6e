"""The top of the customer record: the company's name and CRM identifier, who owns the record
(« Synchronisé depuis le CRM » with the date, or « Saisi dans le SAV »), an inactive badge, its
SIRET, address, phone and e-mail — read-only text the user can select and copy — and
« Nouveau ticket »."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.admin.common.formatting import format_datetime
from desktop.tickets.widgets import label, repolish
from shared_schemas.crm import CustomerOut
from shared_schemas.enums import RecordSource

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _badge(kind: str, parent: QWidget) -> QLabel:
    badge = label(parent=parent)
    badge.setProperty("badge", kind)
    return badge


class CustomerRecordHeader(QFrame):
    new_ticket_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerRecordHeader")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.name = label(role="title", parent=self)
        self.name.setTextInteractionFlags(SELECTABLE)
        self.name.setAccessibleName(self.tr("Raison sociale"))
        top.addWidget(self.name)
        self.source = _badge("crm", self)
        self.inactive = _badge("inactive", self)
        self.inactive.setText(self.tr("Inactif"))
        self.inactive.setAccessibleName(self.tr("Client inactif"))
        top.addWidget(self.source, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.inactive, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.new_ticket_button = QPushButton(self.tr("&Nouveau ticket"), self)
        self.new_ticket_button.setProperty("variant", "primary")
        self.new_ticket_button.setAccessibleName(self.tr("Nouveau ticket pour ce client"))
        self.new_ticket_button.clicked.connect(self.new_ticket_requested)
        top.addWidget(self.new_ticket_button)
        layout.addLayout(top)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.fields: dict[str, QLabel] = {}
        captions = (
            ("external_id", self.tr("Identifiant CRM")),
            ("siret", self.tr("SIRET")),
            ("phone", self.tr("Téléphone")),
            ("email", self.tr("E-mail")),
            ("address", self.tr("Adresse")),
        )
        for index, (key, caption) in enumerate(captions):
            row, column = divmod(index, 3)
            caption_label = label(caption, role="record-caption", parent=self)
            value = label(role="record-field", parent=self)
            value.setTextInteractionFlags(SELECTABLE)
            value.setAccessibleName(caption)
            caption_label.setBuddy(value)
            grid.addWidget(caption_label, row * 2, column)
            grid.addWidget(value, row * 2 + 1, column)
            self.fields[key] = value
        layout.addLayout(grid)
        self.ownership = label(role="hint", parent=self)
        self.ownership.setWordWrap(True)
        layout.addWidget(self.ownership)

    def set_customer(self, customer: CustomerOut) -> None:
        self.name.setText(customer.name)
        from_crm = customer.source == RecordSource.CRM
        if from_crm:
            text = self.tr("Synchronisé depuis le CRM")
            if customer.crm_synced_at is not None:
                text = self.tr("Synchronisé depuis le CRM le {date}").format(
                    date=format_datetime(customer.crm_synced_at)
                )
            self.ownership.setText(self.tr("Ces informations viennent du CRM : elles se modifient dans le CRM."))
        else:
            text = self.tr("Saisi dans le SAV")
            self.ownership.setText("")
        self.source.setText(text)
        self.source.setAccessibleName(text)
        self.source.setProperty("badge", "crm" if from_crm else "sav")
        repolish(self.source)
        self.ownership.setVisible(from_crm)
        self.inactive.setVisible(not customer.is_active)
        address = ", ".join(
            part for part in (customer.address_line, f"{customer.postal_code} {customer.city}".strip()) if part
        )
        if address and customer.country and customer.country != "FR":
            address = f"{address} ({customer.country})"
        values = {
            "external_id": customer.external_id,
            "siret": customer.siret,
            "phone": customer.phone,
            "email": customer.email,
            "address": address,
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")

    def text(self) -> str:
        """Everything the header says, for tests and screen readers."""
        parts = [self.name, self.source, self.inactive, *self.fields.values(), self.ownership]
        return "\n".join(part.text() for part in parts if not part.isHidden())
