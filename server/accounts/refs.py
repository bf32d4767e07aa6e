"""How a user is written into stored data (ticket events, notification payloads)."""

from typing import Any


def user_ref(user) -> dict[str, Any] | None:
    """Enough to render the history without a lookup."""
    return None if user is None else {"id": user.id, "full_name": user.full_name}
