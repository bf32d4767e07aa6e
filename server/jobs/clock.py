from datetime import datetime

from django.utils import timezone


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant; without an offset it is read in the server's time zone."""
    value = datetime.fromisoformat(text)
    return value if timezone.is_aware(value) else timezone.make_aware(value)
