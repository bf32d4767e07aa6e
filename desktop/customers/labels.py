"""French text (through Qt translation) for what the customer record shows: order statuses, who
owns a record, a contact's login, dates and quantities. No widget here."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from shared_schemas.accounts import UserOut
from shared_schemas.crm import ContactOut
from shared_schemas.enums import OrderStatus

_CONTEXT = "customers"

ORDER_STATUS_LABELS = {
    OrderStatus.PENDING: QT_TRANSLATE_NOOP("customers", "En attente"),
    OrderStatus.CONFIRMED: QT_TRANSLATE_NOOP("customers", "Validée"),
    OrderStatus.SHIPPED: QT_TRANSLATE_NOOP("customers", "Expédiée"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("customers", "Livrée"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("customers", "Annulée"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def order_status_label(value: str) -> str:
    source = ORDER_STATUS_LABELS.get(value)
    return tr(source) if source else value


def contact_name(contact: ContactOut) -> str:
    return f"{contact.first_name} {contact.last_name}".strip()


def login_label(contact: ContactOut, account: UserOut | None) -> str:
    """Whether the contact can sign in: none yet, invited (never signed in), active or deactivated.
    Without the login's details (no users.manage) only "has a login" is known."""
    if contact.user is None:
        return tr(QT_TRANSLATE_NOOP("customers", "Aucun"))
    if account is None:
        return tr(QT_TRANSLATE_NOOP("customers", "Compte client"))
    if not account.is_active:
        return tr(QT_TRANSLATE_NOOP("customers", "Compte désactivé"))
    if account.last_login is None:
        return tr(QT_TRANSLATE_NOOP("customers", "Invité"))
    return tr(QT_TRANSLATE_NOOP("customers", "Compte actif"))


def short_date(value: date | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def quantity(value: Decimal) -> str:
    """`3`, `2,5`: as many decimals as the quantity has, in the user's locale."""
    normalised = value.normalize()
    decimals = max(0, -int(normalised.as_tuple().exponent))
    return QLocale().toString(float(value), "f", decimals)
