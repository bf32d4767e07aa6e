"""Customers and their contacts (read: customers.view; write: customers.manage)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shared_schemas.common import Page
from shared_schemas.crm import ContactOut, CustomerOut

if TYPE_CHECKING:
    from desktop.context import AppContext

CUSTOMER_FIELDS = frozenset(
    {"name", "siret", "email", "phone", "address_line", "postal_code", "city", "country", "is_active", "sav_notes"}
)
CONTACT_FIELDS = frozenset({"first_name", "last_name", "email", "phone", "job_title"})


def _checked(changes: dict[str, Any], allowed: frozenset[str], what: str) -> dict[str, Any]:
    unknown = set(changes) - allowed
    if unknown:
        raise TypeError(f"{what} cannot set {sorted(unknown)}")
    return changes


async def customer_page(
    ctx: AppContext,
    *,
    q: str = "",
    is_active: bool | None = None,
    cursor: str | None = None,
    page_size: int | None = None,
) -> Page[CustomerOut]:
    body = await ctx.api.get("customers", q=q.strip(), is_active=is_active, cursor=cursor, page_size=page_size)
    return Page[CustomerOut].model_validate(body)


async def customer_create(ctx: AppContext, *, external_id: str, **fields: Any) -> CustomerOut:
    """`external_id` is the customer's identifier in Origyne's CRM: set once, never changed."""
    payload = {"external_id": external_id.strip(), **_checked(fields, CUSTOMER_FIELDS, "customer_create()")}
    return CustomerOut.model_validate(await ctx.api.post("customers", payload))


async def customer_update(ctx: AppContext, customer_id: int, **changes: Any) -> CustomerOut:
    payload = _checked(changes, CUSTOMER_FIELDS, "customer_update()")
    return CustomerOut.model_validate(await ctx.api.patch(f"customers/{customer_id}", payload))


async def contact_page(
    ctx: AppContext, customer_id: int, *, cursor: str | None = None, page_size: int | None = None
) -> Page[ContactOut]:
    body = await ctx.api.get(f"customers/{customer_id}/contacts", cursor=cursor, page_size=page_size)
    return Page[ContactOut].model_validate(body)


async def contact_create(ctx: AppContext, customer_id: int, **fields: Any) -> ContactOut:
    payload = _checked(fields, CONTACT_FIELDS, "contact_create()")
    return ContactOut.model_validate(await ctx.api.post(f"customers/{customer_id}/contacts", payload))


async def contact_update(ctx: AppContext, contact_id: int, **changes: Any) -> ContactOut:
    payload = _checked(changes, CONTACT_FIELDS, "contact_update()")
    return ContactOut.model_validate(await ctx.api.patch(f"contacts/{contact_id}", payload))


async def contact_delete(ctx: AppContext, contact_id: int) -> None:
    """Refused (`contact_has_login`) while the contact has a client login: deactivate it instead."""
    await ctx.api.delete(f"contacts/{contact_id}")
