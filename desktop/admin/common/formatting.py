"""Dates and amounts written the way the user's locale writes them."""

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, QLocale

_CURRENCY_SYMBOLS = {"EUR": "€"}


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return "—"
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def format_money(amount: Decimal | None, currency: str = "EUR") -> str:
    if amount is None:
        return "—"
    return QLocale().toCurrencyString(float(amount), _CURRENCY_SYMBOLS.get(currency, currency))
