"""What a new ticket is about, besides its text: an order OR a delivered product of the customer.
Two combos kept exclusive; they list the customer's active orders and deliveries — those the CRM
deactivated are not offered for a new ticket — plus the one a prefill names, which is selected."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.tickets import labels
from desktop.tickets.prefill import TicketPrefill
from shared_schemas.crm import DeliveredProductOut, OrderOut


def _tr(source: str) -> str:
    return QCoreApplication.translate("NewTicketDialog", source)


def offered(
    orders: list[OrderOut], products: list[DeliveredProductOut], prefill: TicketPrefill | None
) -> tuple[list[OrderOut], list[DeliveredProductOut]]:
    """The active ones, and the prefilled one even when inactive or not among the most recent."""
    wanted_order = prefill.order if prefill is not None else None
    wanted_product = prefill.delivered_product if prefill is not None else None
    orders = [o for o in orders if o.is_active and (wanted_order is None or o.id != wanted_order.id)]
    products = [p for p in products if p.is_active and (wanted_product is None or p.id != wanted_product.id)]
    return (
        [wanted_order, *orders] if wanted_order is not None else orders,
        [wanted_product, *products] if wanted_product is not None else products,
    )


class SubjectMatterCombos:
    def __init__(self, parent: QWidget) -> None:
        self.order = QComboBox(parent)
        self.order.setAccessibleName(_tr("Commande concernée"))
        self.delivered_product = QComboBox(parent)
        self.delivered_product.setAccessibleName(_tr("Produit livré concerné"))
        self.order.activated.connect(lambda _i: self._exclusive(self.order, self.delivered_product))
        self.delivered_product.activated.connect(lambda _i: self._exclusive(self.delivered_product, self.order))
        self.reset()

    def reset(self) -> None:
        self.order.clear()
        self.order.addItem(_tr("Aucune commande en particulier"), None)
        self.delivered_product.clear()
        self.delivered_product.addItem(_tr("Aucun produit en particulier"), None)

    def fill(
        self, orders: list[OrderOut], products: list[DeliveredProductOut], prefill: TicketPrefill | None
    ) -> None:
        orders, products = offered(orders, products, prefill)
        self.reset()
        for order in orders:
            when = order.ordered_at.strftime("%d/%m/%Y")
            self.order.addItem(labels.fill(_tr("%1 du %2"), order.reference, when), order.id)
        for product in products:
            text = labels.fill(_tr("%1 — n° %2"), product.product.name, product.serial_number)
            self.delivered_product.addItem(text, product.id)
        if prefill is not None and prefill.order is not None:
            self.order.setCurrentIndex(self.order.findData(prefill.order.id))
        elif prefill is not None and prefill.delivered_product is not None:
            self.delivered_product.setCurrentIndex(self.delivered_product.findData(prefill.delivered_product.id))

    @staticmethod
    def _exclusive(chosen: QComboBox, other: QComboBox) -> None:
        """An order or a delivered product, not both."""
        if chosen.currentData() is not None:
            other.setCurrentIndex(0)
