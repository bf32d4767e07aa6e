"""Ticket categories."""

from core.errors import NotFound
from tickets.models import Category


def categories_for(user) -> list[Category]:
    """Clients choose among active categories; staff also see the inactive ones (to reactivate)."""
    categories = Category.objects.order_by("position", "name", "id")
    return list(categories if user.is_staff_member else categories.filter(is_active=True))


def category_get(category_id: int) -> Category:
    category = Category.objects.filter(pk=category_id).first()
    if category is None:
        raise NotFound("No such category.", code="not_found")
    return category
