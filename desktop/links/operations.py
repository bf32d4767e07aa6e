"""What a link names, looked up on the server for the signed-in user: the customer by its CRM
identifier, one of its orders or delivered products, a ticket by its reference. No widget here;
`Unresolved` says what was not found, API errors (403, offline…) propagate to the router."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.links.parsing import NewTicketLink
from desktop.tickets.prefill import TicketPrefill
from shared_schemas.common import Page
from shared_schemas.crm import CustomerOut, DeliveredProductOut, OrderOut
from shared_schemas.tickets import TicketListItem

if TYPE_CHECKING:
    from desktop.context import AppContext

LOOKUP_PAGE_SIZE = 20
TICKET_SEARCH_PAGE_SIZE = 50
TICKET_SEARCH_MAX_PAGES = 4  # the search also finds tickets whose text quotes the reference


class Missing(StrEnum):
    CUSTOMER = "customer"
    FOREIGN_CUSTOMER = "foreign_customer"  # a client user's link names another company
    ORDER = "order"
    DELIVERED_PRODUCT = "delivered_product"
    TICKET = "ticket"


class Unresolved(Exception):  # noqa: N818 — an outcome the router explains, not a crash
    def __init__(self, missing: Missing, value: str) -> None:
        super().__init__(f"{missing}: {value}")
        self.missing = missing
        self.value = value


async def find_customer(ctx: AppContext, external_id: str) -> CustomerOut:
    """Staff look the customer up by its CRM identifier; a client user's link must name their
    own company, which is the only customer they can read."""
    user = ctx.session.user
    if user is not None and not user.is_staff:
        if user.customer is None:
            raise Unresolved(Missing.FOREIGN_CUSTOMER, external_id)
        own = CustomerOut.model_validate(await ctx.api.get(f"customers/{user.customer.id}"))
        if own.external_id != external_id:
            raise Unresolved(Missing.FOREIGN_CUSTOMER, external_id)
        return own
    body = await ctx.api.get("customers", external_id=external_id, page_size=LOOKUP_PAGE_SIZE)
    found = [c for c in Page[CustomerOut].model_validate(body).results if c.external_id == external_id]
    if not found:
        raise Unresolved(Missing.CUSTOMER, external_id)
    return found[0]


async def find_order(ctx: AppContext, customer: CustomerOut, external_id: str) -> OrderOut | None:
    body = await ctx.api.get("orders", external_id=external_id, customer=customer.id, page_size=LOOKUP_PAGE_SIZE)
    orders = Page[OrderOut].model_validate(body).results
    return next((o for o in orders if o.external_id == external_id and o.customer == customer.id), None)


async def find_delivered_product(
    ctx: AppContext, customer: CustomerOut, serial_number: str
) -> DeliveredProductOut | None:
    body = await ctx.api.get(
        "delivered-products", serial_number=serial_number, customer=customer.id, page_size=LOOKUP_PAGE_SIZE
    )
    deliveries = Page[DeliveredProductOut].model_validate(body).results
    return next((d for d in deliveries if d.serial_number == serial_number and d.customer == customer.id), None)


async def ticket_prefill(ctx: AppContext, link: NewTicketLink) -> tuple[TicketPrefill, Unresolved | None]:
    """The prefill a new-ticket link asks for. An order or delivered product the customer does
    not have is left out (the second value says which), the customer is still prefilled; a
    customer not found raises `Unresolved`."""
    customer = await find_customer(ctx, link.customer)
    if link.order:
        order = await find_order(ctx, customer, link.order)
        if order is None:
            return TicketPrefill(customer=customer), Unresolved(Missing.ORDER, link.order)
        return TicketPrefill(customer=customer, order=order), None
    if link.delivered_product:
        delivered = await find_delivered_product(ctx, customer, link.delivered_product)
        if delivered is None:
            return TicketPrefill(customer=customer), Unresolved(Missing.DELIVERED_PRODUCT, link.delivered_product)
        return TicketPrefill(customer=customer, delivered_product=delivered), None
    return TicketPrefill(customer=customer), None


async def find_ticket_id(ctx: AppContext, reference: str) -> int:
    """The id of the ticket with exactly this reference, among those the user can see."""
    cursor: str | None = None
    for _page in range(TICKET_SEARCH_MAX_PAGES):
        body = await ctx.api.get(
            "tickets", q=reference, queue="all", cursor=cursor, page_size=TICKET_SEARCH_PAGE_SIZE
        )
        page = Page[TicketListItem].model_validate(body)
        for ticket in page.results:
            if ticket.reference.upper() == reference.upper():
                return ticket.id
        cursor = page.next_cursor
        if cursor is None:
            break
    raise Unresolved(Missing.TICKET, reference)
