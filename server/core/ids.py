"""Database ids as the API reads them: every table's key is a signed 64-bit integer (BigAutoField), so a
larger number names nothing. Refused as such where it is read, it never reaches the database, where
SQLite cannot even bind it and PostgreSQL refuses it: both would answer 500."""

from rest_framework import serializers

MAX_ID = 2**63 - 1


class IdConverter:
    """`<id:ticket_id>` in a URL: digits that fit the key column. A longer number matches no route, so
    it is 404 like any id that names nothing (Django's `<int:…>` takes digits of any length)."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError("not an id")
        return number

    def to_url(self, value: int) -> str:
        return str(value)


def id_field(**kwargs) -> serializers.IntegerField:
    """An id in a body or a query string."""
    return serializers.IntegerField(min_value=1, max_value=MAX_ID, **kwargs)
