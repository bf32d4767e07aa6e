"""What « Nouveau ticket » starts with when it is opened from somewhere that already knows the
subject matter: a customer record, one of its orders or delivered products, or an
`origyne-sav://tickets/new?…` link from the CRM's own screen."""

from dataclasses import dataclass

from shared_schemas.crm import CustomerOut, DeliveredProductOut, OrderOut


@dataclass(frozen=True)
class TicketPrefill:
    customer: CustomerOut
    order: OrderOut | None = None
    delivered_product: DeliveredProductOut | None = None
