"""The tabs of the customer record, in the order shown. A new panel (a budget, say) is one more
entry here: a key, a French title and its RecordTab class."""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.customers.tabs.base import RecordTab
from desktop.customers.tabs.contacts import ContactsTab
from desktop.customers.tabs.deliveries import DeliveriesTab
from desktop.customers.tabs.notes import NotesTab
from desktop.customers.tabs.orders import OrdersTab
from desktop.customers.tabs.tickets import TicketsTab


@dataclass(frozen=True)
class RecordTabSpec:
    key: str
    title: str  # French source text, translated in the "CustomerRecord" context
    tab: type[RecordTab]


RECORD_TABS: tuple[RecordTabSpec, ...] = (
    RecordTabSpec("contacts", QT_TRANSLATE_NOOP("CustomerRecord", "Interlocuteurs"), ContactsTab),
    RecordTabSpec("orders", QT_TRANSLATE_NOOP("CustomerRecord", "Commandes"), OrdersTab),
    RecordTabSpec("deliveries", QT_TRANSLATE_NOOP("CustomerRecord", "Produits livrés"), DeliveriesTab),
    RecordTabSpec("tickets", QT_TRANSLATE_NOOP("CustomerRecord", "Tickets"), TicketsTab),
    RecordTabSpec("notes", QT_TRANSLATE_NOOP("CustomerRecord", "Notes SAV"), NotesTab),
)
