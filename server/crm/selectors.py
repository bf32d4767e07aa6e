"""Reads of the CRM and who may see what.

Staff see customers with `customers.view`. A client user sees one customer, their own, and
only that customer's orders and delivered products: any other customer answers `not_found`,
exactly like a customer that does not exist."""

from django.conf import settings
from django.db.models import F, Prefetch, Q, QuerySet

from audit.services import audit_refused_access
from core.access import require_permission
from core.errors import NotFound
from core.pagination import Ordering, Page, keyset_page
from crm.models import Contact, Customer, DeliveredProduct, Order, OrderLine, Product
from shared_schemas.audit import AuditTarget
from shared_schemas.enums import Permission

CUSTOMER_ORDERING = Ordering("name", descending=False)
CONTACT_ORDERING = Ordering("last_name", descending=False)
PRODUCT_ORDERING = Ordering("name", descending=False)


def page_size(params: dict) -> int:
    return params.get("page_size", settings.SAV_PAGE_SIZE)


# --- customers -----------------------------------------------------------------------------


def customer_list(
    *, q: str | None = None, external_id: str | None = None, is_active: bool | None = None
) -> QuerySet[Customer]:
    customers = Customer.objects.all()
    if q:
        customers = customers.filter(Q(name__icontains=q) | Q(external_id__icontains=q))
    if external_id is not None:
        customers = customers.filter(external_id=external_id)
    if is_active is not None:
        customers = customers.filter(is_active=is_active)
    return customers


def customer_page(*, q=None, external_id=None, is_active=None, cursor=None, size: int) -> Page:
    return keyset_page(
        customer_list(q=q, external_id=external_id, is_active=is_active),
        ordering=CUSTOMER_ORDERING, cursor=cursor, size=size,
    )


def _foreign_customer(user, customer_id: int) -> NotFound:
    """The `not_found` a client gets for another customer, answered as for a missing one; the
    journal records the attempt when that customer exists."""
    name = Customer.objects.filter(pk=customer_id).values_list("name", flat=True).first()
    if name is not None:
        audit_refused_access(actor=user, target_type=AuditTarget.CUSTOMER, target_id=customer_id, target_label=name)
    return NotFound("No such customer.", code="not_found")


def customer_get_for(user, customer_id: int) -> Customer:
    """The customer, if this user may see it: a client only their own (from the request's
    user row, no query), staff with `customers.view`. Raises `not_found` otherwise."""
    if user.is_client:
        if user.customer_id is None or user.customer_id != customer_id:
            raise _foreign_customer(user, customer_id)
        return user.customer
    require_permission(user, Permission.CUSTOMERS_VIEW)
    customer = Customer.objects.filter(pk=customer_id).first()
    if customer is None:
        raise NotFound("No such customer.", code="not_found")
    return customer


def customer_for_update(customer_id: int) -> Customer:
    customer = Customer.objects.select_for_update().filter(pk=customer_id).first()
    if customer is None:
        raise NotFound("No such customer.", code="not_found")
    return customer


def customer_scope_for(user, requested_customer_id: int | None) -> int | None:
    """Which customer's orders and deliveries a list may show: a client user's own customer
    whatever they ask (another id is `not_found`); for staff with `customers.view`, the one
    asked for (checked to exist) or None for all."""
    if user.is_client:
        if requested_customer_id is not None and requested_customer_id != user.customer_id:
            raise _foreign_customer(user, requested_customer_id)
        if user.customer_id is None:
            raise NotFound("This account is not linked to a customer.", code="not_found")
        return user.customer_id
    require_permission(user, Permission.CUSTOMERS_VIEW)
    if requested_customer_id is not None and not Customer.objects.filter(pk=requested_customer_id).exists():
        raise NotFound("No such customer.", code="not_found")
    return requested_customer_id


# --- contacts ------------------------------------------------------------------------------


def _contacts() -> QuerySet[Contact]:
    return Contact.objects.annotate(login_user_id=F("user__id"))


def contact_page(*, customer: Customer, cursor=None, size: int) -> Page:
    return keyset_page(
        _contacts().filter(customer=customer), ordering=CONTACT_ORDERING, cursor=cursor, size=size
    )


def contact_get(contact_id: int) -> Contact:
    contact = _contacts().filter(pk=contact_id).first()
    if contact is None:
        raise NotFound("No such contact.", code="not_found")
    return contact


def contact_for_update(contact_id: int) -> Contact:
    contact = Contact.objects.select_for_update().filter(pk=contact_id).first()
    if contact is None:
        raise NotFound("No such contact.", code="not_found")
    return contact


# --- catalogue, orders, deliveries ---------------------------------------------------------


def product_page(*, q: str | None = None, cursor=None, size: int) -> Page:
    products = Product.objects.all()
    if q:
        products = products.filter(Q(name__icontains=q) | Q(sku__icontains=q))
    return keyset_page(products, ordering=PRODUCT_ORDERING, cursor=cursor, size=size)


def order_page(
    *, customer_id: int | None, q: str | None = None, external_id: str | None = None,
    is_active: bool | None = None, cursor=None, size: int,
) -> Page:
    """Orders with their lines (one more query for the whole page)."""
    lines = OrderLine.objects.select_related("product").order_by("position", "id")
    orders = Order.objects.prefetch_related(Prefetch("lines", queryset=lines))
    if customer_id is not None:
        orders = orders.filter(customer_id=customer_id)
    if q:
        orders = orders.filter(reference__icontains=q)
    if external_id is not None:
        orders = orders.filter(external_id=external_id)
    if is_active is not None:
        orders = orders.filter(is_active=is_active)
    return keyset_page(orders, ordering=Ordering("ordered_at"), cursor=cursor, size=size)


def delivered_product_page(
    *, customer_id: int | None, order_id: int | None = None, q: str | None = None,
    serial_number: str | None = None, is_active: bool | None = None, cursor=None, size: int,
) -> Page:
    deliveries = DeliveredProduct.objects.select_related("product", "order")
    if customer_id is not None:
        deliveries = deliveries.filter(customer_id=customer_id)
    if order_id is not None:
        deliveries = deliveries.filter(order_id=order_id)
    if q:
        deliveries = deliveries.filter(Q(serial_number__icontains=q) | Q(product__name__icontains=q))
    if serial_number is not None:
        deliveries = deliveries.filter(serial_number=serial_number)
    if is_active is not None:
        deliveries = deliveries.filter(is_active=is_active)
    return keyset_page(deliveries, ordering=Ordering("delivered_at"), cursor=cursor, size=size)
