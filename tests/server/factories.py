"""Plain factory functions for server tests: named, explicit, no magic."""

import itertools
from datetime import date

from django.utils import timezone

from accounts.models import AgentProfile, Role, User
from crm.models import Contact, Customer, DeliveredProduct, Order, Product
from tickets.models import Category, Message, Ticket

PASSWORD = "Correct-Horse-42"
_sequence = itertools.count(1)


def make_customer(*, name: str = "Client SARL", external_id: str | None = None) -> Customer:
    n = next(_sequence)
    return Customer.objects.create(name=name, external_id=external_id or f"CRM-{n}", city="Lyon")


def make_client_user(customer: Customer, *, email: str, full_name: str = "Client User", **fields) -> User:
    contact = Contact.objects.create(
        customer=customer, first_name=full_name.split()[0], last_name=full_name.split()[-1], email=email
    )
    return User.objects.create_user(
        email,
        PASSWORD,
        full_name=full_name,
        role=Role.objects.get(code="client"),
        customer=customer,
        contact=contact,
        **fields,
    )


def make_staff_user(role_code: str, *, email: str, full_name: str = "Staff User", **fields) -> User:
    user = User.objects.create_user(
        email, PASSWORD, full_name=full_name, role=Role.objects.get(code=role_code), **fields
    )
    AgentProfile.objects.create(user=user)
    return user


def make_category(name: str | None = None) -> Category:
    return Category.objects.order_by("id").first() if name is None else Category.objects.create(name=name)


def make_order(customer: Customer, *, reference: str | None = None) -> Order:
    n = next(_sequence)
    reference = reference or f"CMD-{n:06d}"
    return Order.objects.create(
        customer=customer, external_id=reference, reference=reference, ordered_at=date(2026, 3, 1)
    )


def make_delivered_product(customer: Customer, *, order: Order | None = None) -> DeliveredProduct:
    n = next(_sequence)
    product = Product.objects.create(external_id=f"SKU-{n}", sku=f"SKU-{n}", name=f"Terminal de paiement T{n}")
    return DeliveredProduct.objects.create(
        customer=customer, product=product, order=order, external_id=f"DP-{n}", serial_number=f"SN{n:08d}",
        delivered_at=date(2026, 3, 5),
    )


def make_ticket(requester: User, *, customer: Customer | None = None, **fields) -> Ticket:
    """A ticket inserted directly (not through the service), for reading tests."""
    n = next(_sequence)
    now = timezone.now()
    fields.setdefault("subject", f"Terminal en panne {n}")
    fields.setdefault("description", "Le terminal ne s'allume plus depuis ce matin.")
    fields.setdefault("category", make_category())
    return Ticket.objects.create(
        reference=f"SAV-{now.year}-{900000 + n:06d}",
        customer=customer or requester.customer,
        requester=requester,
        created_by=requester,
        created_at=now,
        last_activity_at=now,
        **fields,
    )


def make_message(
    ticket: Ticket, author: User, *, body: str = "Bonjour, pouvez-vous préciser ?", kind: str = "reply"
) -> Message:
    return Message.objects.create(ticket=ticket, author=author, body=body, kind=kind)
