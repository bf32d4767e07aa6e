"""Dates and amounts written the way the user's locale writes them."""

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, QLocale

_CURRENCY_SYMBOLS = {"EUR": "€"}


def format_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """« 03/12/2026 09:42 »; with `seconds`, « 03/12/2026 09:42:07 », where the exact moment matters."""
    if value is None:
        return "—"
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    if not seconds:
        return locale.toString(moment, QLocale.FormatType.ShortFormat)
    time_format = locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()  # no time zone name
    day = locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    return f"{day} {locale.toString(moment.time(), time_format)}"


def format_money(amount: Decimal | None, currency: str = "EUR") -> str:
    if amount is None:
        return "—"
    return QLocale().toCurrencyString(float(amount), _CURRENCY_SYMBOLS.get(currency, currency))
