"""The top of the ticket view: reference, subject, status and priority chips, and who and what the
ticket is about (customer, requester, category, order or delivered product, assignee, GTR).
For staff who may read customer records, the customer's name is a link to its record."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.common.plain_text import menu_text, tooltip_text
from desktop.tickets import labels
from desktop.tickets.widgets import ChipLabel, label
from shared_schemas.common import IdName
from shared_schemas.tickets import TicketDetail


class TicketHeader(QFrame):
    customer_requested = Signal(int)  # the customer's id: show its record

    def __init__(self, *, staff: bool, customer_link: bool = False, parent: QWidget | None = None) -> None:
        """`customer_link`: the customer's name opens its record (staff holding customers.view)."""
        super().__init__(parent)
        self.setObjectName("ticketHeader")
        self._staff = staff
        self._customer: IdName | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.reference = label(role="reference")
        self.reference.setAccessibleName(self.tr("Référence du ticket"))
        self.status = ChipLabel("status", self)
        self.priority = ChipLabel("priority", self)
        top.addWidget(self.reference)
        top.addWidget(self.status)
        top.addWidget(self.priority)
        top.addStretch(1)
        self.rating = label(role="stars")
        self.rating.hide()
        top.addWidget(self.rating)
        layout.addLayout(top)

        self.subject = label(role="title")
        self.subject.setWordWrap(True)
        self.subject.setAccessibleName(self.tr("Sujet"))
        layout.addWidget(self.subject)

        self.customer_link: QPushButton | None = None
        if staff and customer_link:
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(label(self.tr("Client :"), role="field"))
            self.customer_link = QPushButton(self)
            self.customer_link.setProperty("variant", "link")
            self.customer_link.setCursor(Qt.CursorShape.PointingHandCursor)
            self.customer_link.setAutoDefault(False)
            self.customer_link.setToolTip(self.tr("Ouvrir la fiche client"))
            self.customer_link.clicked.connect(self._customer_clicked)
            row.addWidget(self.customer_link)
            row.addStretch(1)
            layout.addLayout(row)
        self.facts = label(role="field")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.people = label(role="field")
        self.people.setWordWrap(True)
        layout.addWidget(self.people)
        self.actions_row = QVBoxLayout()
        self.actions_row.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.actions_row)

    def add_actions(self, widget: QWidget) -> None:
        self.actions_row.addWidget(widget)

    def set_ticket(self, detail: TicketDetail) -> None:
        self.reference.setText(detail.reference)
        self.subject.setText(detail.subject)
        self.status.set_value(detail.status)
        self.priority.set_value(detail.priority)
        facts = [self._fact(self.tr("Catégorie"), detail.category.name)]
        self._customer = detail.customer
        if self.customer_link is not None:
            self.customer_link.setText(menu_text(detail.customer.name))
            self.customer_link.setAccessibleName(
                labels.fill(self.tr("Ouvrir la fiche client de %1"), detail.customer.name)
            )
        elif self._staff:
            facts.insert(0, self._fact(self.tr("Client"), detail.customer.name))
        if detail.order is not None:
            facts.append(self._fact(self.tr("Commande"), detail.order.reference))
        if detail.delivered_product is not None:
            product = detail.delivered_product
            facts.append(self._fact(self.tr("Produit livré"), f"{product.product_name} ({product.serial_number})"))
        facts.append(self._fact(self.tr("Créé le"), labels.short_datetime(detail.created_at)))
        self.facts.setText("   ·   ".join(facts))

        people = [self._fact(self.tr("Demandeur"), detail.requester.full_name)]
        assignee = detail.assignee.full_name if detail.assignee else self.tr("personne")
        people.append(self._fact(self.tr("Assigné à"), assignee))
        if self._staff:
            due = labels.full_datetime(detail.due_at) if detail.due_at else self.tr("aucune")
            countdown = labels.due_countdown(detail.due_at, detail.status)
            people.append(self._fact(self.tr("Échéance (GTR)"), f"{due} ({countdown})" if countdown else due))
            if detail.watchers:
                people.append(self._fact(self.tr("Observateurs"), ", ".join(w.full_name for w in detail.watchers)))
        self.people.setText("   ·   ".join(people))

        if detail.rating is not None:
            stars = "★" * detail.rating.stars + "☆" * (5 - detail.rating.stars)
            self.rating.setText(stars)
            self.rating.setAccessibleName(labels.fill(self.tr("Note du client : %1 sur 5"), str(detail.rating.stars)))
            self.rating.setToolTip(tooltip_text(detail.rating.comment))
            self.rating.show()
        else:
            self.rating.hide()

    def _customer_clicked(self) -> None:
        if self._customer is not None:
            self.customer_requested.emit(self._customer.id)

    def _fact(self, name: str, value: str) -> str:
        return labels.fill(self.tr("%1 : %2"), name, value)

    def text(self) -> str:
        """Everything the header says, for tests and screen readers."""
        parts: list[QLabel] = [self.reference, self.status, self.priority, self.subject, self.facts, self.people]
        texts = [part.text() for part in parts]
        if self.customer_link is not None:
            texts.insert(4, self._fact(self.tr("Client"), self._customer.name if self._customer else ""))
        return "\n".join(texts)
