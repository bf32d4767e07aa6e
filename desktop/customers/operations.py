"""The customer record's reads and its two writes (the SAV's notes, inviting a contact), one async
function each. Answers are parsed with the wire models; writes hand the result to the
CustomerStore, whose signals redraw the list row and the record. No widget here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.customers.store import CustomerStore
from desktop.tickets.queries import TicketFilters, TicketQuery
from shared_schemas.accounts import UserOut
from shared_schemas.common import Page
from shared_schemas.crm import ContactOut, CustomerOut, DeliveredProductOut, OrderOut
from shared_schemas.enums import BuiltinRole, RoleAudience, TicketQueue
from shared_schemas.tickets import TicketListItem

if TYPE_CHECKING:
    from desktop.context import AppContext

ACCOUNTS_PAGE_SIZE = 100


async def customer_page(
    ctx: AppContext, *, q: str = "", is_active: bool | None = None, cursor: str | None = None
) -> Page[CustomerOut]:
    """Customers by name or CRM identifier (`q`), active, inactive or all (`is_active` None)."""
    body = await ctx.api.get("customers", q=q.strip(), is_active=is_active, cursor=cursor)
    return Page[CustomerOut].model_validate(body)


async def customer_get(ctx: AppContext, store: CustomerStore, customer_id: int) -> CustomerOut:
    customer = CustomerOut.model_validate(await ctx.api.get(f"customers/{customer_id}"))
    store.apply_customer(customer)
    return customer


async def contact_page(ctx: AppContext, customer_id: int, cursor: str | None = None) -> Page[ContactOut]:
    body = await ctx.api.get(f"customers/{customer_id}/contacts", cursor=cursor)
    return Page[ContactOut].model_validate(body)


async def order_page(ctx: AppContext, customer_id: int, cursor: str | None = None) -> Page[OrderOut]:
    """The customer's orders, newest first, each with its lines."""
    body = await ctx.api.get("orders", customer=customer_id, cursor=cursor)
    return Page[OrderOut].model_validate(body)


async def delivered_product_page(
    ctx: AppContext, customer_id: int, cursor: str | None = None
) -> Page[DeliveredProductOut]:
    body = await ctx.api.get("delivered-products", customer=customer_id, cursor=cursor)
    return Page[DeliveredProductOut].model_validate(body)


async def ticket_page(
    ctx: AppContext, customer_id: int, queue: TicketQueue, cursor: str | None = None
) -> Page[TicketListItem]:
    """The customer's tickets in one queue (open, closed or all), most recent activity first."""
    query = TicketQuery(queue=queue, filters=TicketFilters(customer=customer_id))
    return Page[TicketListItem].model_validate(await ctx.api.get("tickets", **query.params(cursor)))


async def load_client_accounts(ctx: AppContext, store: CustomerStore, customer_id: int) -> list[UserOut]:
    """The customer's client logins, to tell an invited contact from one who has signed in
    (needs users.manage)."""
    body = await ctx.api.get(
        "users", audience=RoleAudience.CLIENT.value, customer=customer_id, page_size=ACCOUNTS_PAGE_SIZE
    )
    accounts = Page[UserOut].model_validate(body).results
    store.set_accounts(customer_id, accounts)
    return accounts


async def save_notes(ctx: AppContext, store: CustomerStore, customer_id: int, notes: str) -> CustomerOut:
    """The SAV's own notes: writable with customers.manage, even on a customer the CRM owns."""
    customer = CustomerOut.model_validate(await ctx.api.patch(f"customers/{customer_id}", {"sav_notes": notes}))
    store.apply_customer(customer)
    return customer


async def invite_contact(ctx: AppContext, store: CustomerStore, contact: ContactOut) -> UserOut:
    """Gives the contact a client login without a password: the server e-mails the invitation
    with a code to choose one (needs users.manage)."""
    payload = {
        "email": contact.email.strip(),
        "full_name": f"{contact.first_name} {contact.last_name}".strip(),
        "role": BuiltinRole.CLIENT.value,
        "customer": contact.customer,
        "contact": contact.id,
    }
    account = UserOut.model_validate(await ctx.api.post("users", payload))
    store.apply_account(contact.customer, account)
    store.apply_contact(contact.model_copy(update={"user": account.id}))
    return account
