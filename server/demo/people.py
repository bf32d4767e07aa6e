"""Who and what the demo tickets are about: staff with their cost history, customers with their
contacts and client logins, Origyne's products, the orders and the delivered products.

`build_world` writes these rows (a few hundred, plain creates and bulk_create) and returns a
`World`: the plain values the ticket generator needs, so it never queries again."""

import random
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.contrib.auth.hashers import make_password

from accounts.models import AgentCostRate, AgentProfile, Role, User
from crm.models import Contact, Customer, DeliveredProduct, Order, OrderLine, Product
from demo import catalogue
from shared_schemas.enums import BuiltinRole, OrderStatus
from tickets.models import Category


@dataclass(frozen=True)
class Person:
    id: int
    full_name: str

    @property
    def first_name(self) -> str:
        return self.full_name.split()[0]

    @property
    def ref(self) -> dict:
        """As the ticket services write a user into event data."""
        return {"id": self.id, "full_name": self.full_name}


@dataclass(frozen=True)
class Delivery:
    id: int
    delivered_at: date
    kind: str  # catalogue.Item.kind
    product: dict[str, str]  # catalogue.product_forms
    serial: str
    order_reference: str | None


@dataclass
class CustomerFacts:
    id: int
    name: str
    city: str
    weight: int
    active_until: datetime | None
    requesters: list[Person] = field(default_factory=list)
    order_dates: list[date] = field(default_factory=list)  # sorted, parallel to `orders`
    orders: list[tuple[int, str]] = field(default_factory=list)  # (id, reference)
    delivery_dates: list[date] = field(default_factory=list)  # sorted, parallel to `deliveries`
    deliveries: list[Delivery] = field(default_factory=list)

    def orders_before(self, day: date) -> list[tuple[int, str]]:
        return self.orders[: bisect_right(self.order_dates, day)]

    def deliveries_before(self, day: date) -> list[Delivery]:
        return self.deliveries[: bisect_right(self.delivery_dates, day)]


@dataclass
class World:
    admin: Person
    agents: list[Person]  # who tickets are assigned to (agents, and the administrator now and then)
    customers: list[CustomerFacts]
    categories: list[tuple[int, str]]
    products: dict[str, list[dict[str, str]]]  # catalogue.product_forms of the products of each kind
    counts: dict[str, int]


def siret(rng: random.Random) -> str:
    """14 digits passing the Luhn check, like a real SIRET (none of these is one)."""
    digits = [rng.randrange(10) for _ in range(13)]
    for check in range(10):
        candidate = [*digits, check]
        total = 0
        for position, digit in enumerate(reversed(candidate)):
            doubled = digit * 2 if position % 2 else digit
            total += doubled - 9 if doubled > 9 else doubled
        if total % 10 == 0:
            return "".join(map(str, candidate))
    raise AssertionError("a Luhn check digit always exists")


def phone(rng: random.Random, prefix: str) -> str:
    return f"{prefix} {rng.randrange(100):02d} {rng.randrange(100):02d}"


def _ascii(text: str) -> str:
    table = str.maketrans("àâäçéèêëîïôöùûüÿÉÈ", "aaaceeeeiioouuuyEE")
    return text.translate(table).lower().replace(" ", "").replace("'", "")


def demo_password_hash() -> str:
    """The published demo password, hashed for one account: every account gets its own salt, so no two
    share a hash (a stolen table would otherwise show at a glance who has the same password)."""
    return make_password(catalogue.DEMO_PASSWORD)


def build_world(*, rng: random.Random, today: datetime) -> World:
    roles = {role.code: role for role in Role.objects.all()}
    admin, agents = _staff(rng, today, roles)
    products = _products(today)
    customers = _customers(rng, today, roles, products)
    categories = list(Category.objects.filter(is_active=True).order_by("position", "id").values_list("id", "name"))
    return World(
        admin=admin,
        agents=agents,
        customers=customers,
        categories=categories,
        products=_forms_by_kind(),
        counts={
            "staff": len(catalogue.STAFF),
            "customers": len(customers),
            "contacts": Contact.objects.count(),
            "client users": User.objects.filter(role__code=BuiltinRole.CLIENT).count(),
            "products": len(products),
            "orders": Order.objects.count(),
            "delivered products": DeliveredProduct.objects.count(),
        },
    )


def _staff(rng, today, roles) -> tuple[Person, list[Person]]:
    admin = None
    agents = []
    categories = list(Category.objects.order_by("position", "id"))
    for member in catalogue.STAFF:
        user = User.objects.create(
            email=member.email, password=demo_password_hash(), full_name=member.full_name, role=roles[member.role],
            phone=phone(rng, "01 99 00"), date_joined=today - timedelta(days=member.rates[0][0]),
        )
        profile = AgentProfile.objects.create(user=user, availability=member.availability)
        profile.categories.set(rng.sample(categories, k=min(len(categories), rng.randint(2, 4))))
        person = Person(user.id, member.full_name)
        if member.role == BuiltinRole.ADMINISTRATOR:
            admin = person
        else:
            agents.append(person)
        AgentCostRate.objects.bulk_create(
            AgentCostRate(
                agent=profile, hourly_cost=Decimal(cost), valid_from=today - timedelta(days=days_ago),
                created_by_id=admin.id if admin else user.id,
            )
            for days_ago, cost in member.rates
        )
    assert admin is not None, "catalogue.STAFF lists the administrator first"
    return admin, [*agents, admin]


def _products(today) -> list[Product]:
    return Product.objects.bulk_create(
        Product(
            external_id=item.sku, sku=item.sku, name=item.name, description=item.description,
            crm_synced_at=today,
        )
        for item in catalogue.PRODUCTS
    )


def _customers(rng, today, roles, products) -> list[CustomerFacts]:
    facts = []
    demo_clients = {index: (email, name, job) for email, name, index, job in catalogue.DEMO_CLIENTS}
    serials = dict.fromkeys(range(len(products)), 0)
    order_number = 0
    for index, company in enumerate(catalogue.CUSTOMERS):
        customer = Customer.objects.create(
            external_id=f"CRM-C{1040 + index * 37:05d}", name=company.name, siret=siret(rng),
            email=f"contact@{company.domain}", phone=phone(rng, company.phone_prefix),
            address_line=company.street, postal_code=company.postal_code, city=company.city, country="FR",
            is_active=company.active, created_at=today - timedelta(days=rng.randint(800, 2400)),
            crm_synced_at=today,
        )
        active_until = None if company.active else today - timedelta(days=rng.randint(90, 150))
        fact = CustomerFacts(customer.id, company.name, company.city, company.share, active_until)
        contacts = _contacts(rng, customer, company, demo_clients.get(index))
        for position, contact in enumerate(contacts[:2]):  # two contacts of each customer sign in
            user = User.objects.create(
                email=contact.email, password=demo_password_hash(),
                full_name=f"{contact.first_name} {contact.last_name}", role=roles[BuiltinRole.CLIENT],
                customer=customer, contact=contact, phone=contact.phone,
                is_active=company.active, deactivated_at=active_until,
                date_joined=customer.created_at + timedelta(days=position * 40),
            )
            fact.requesters.append(Person(user.id, user.full_name))
        order_number = _orders(rng, today, customer, fact, products, serials, order_number)
        facts.append(fact)
    return facts


def _contacts(rng, customer, company, demo_client) -> list[Contact]:
    people = []
    if demo_client:
        email, full_name, job = demo_client
        first, last = full_name.split(" ", 1)
        people.append((first, last, email, job))
    for _ in range(rng.randint(2, 3)):
        first, last = rng.choice(catalogue.FIRST_NAMES), rng.choice(catalogue.LAST_NAMES)
        email = f"{_ascii(first)}.{_ascii(last)}@{company.domain}"
        if all(email != known for *_, known, _job in people):
            people.append((first, last, email, rng.choice(catalogue.JOB_TITLES)))
    return Contact.objects.bulk_create(
        Contact(
            customer=customer, external_id=f"{customer.external_id}-P{n + 1}", first_name=first,
            last_name=last, email=email, phone=phone(rng, "06 39 98"), job_title=job,
            crm_synced_at=customer.crm_synced_at,
        )
        for n, (first, last, email, job) in enumerate(people)
    )


def _orders(rng, today, customer, fact, products, serials, order_number) -> int:
    """A few orders a year since the customer joined, each delivered a few days later; some
    deliveries come without an order (replacements under warranty)."""
    start = max(customer.created_at.date(), (today - timedelta(days=1100)).date())
    span = (today.date() - start).days
    days = sorted(rng.randrange(span) for _ in range(rng.randint(6, 14)))
    order_rows, lines = [], []
    for day_offset in days:
        ordered_at = start + timedelta(days=day_offset)
        order_number += 1
        items = rng.sample(range(len(products)), k=rng.randint(1, 4))
        quantities = [rng.randint(1, 3) for _ in items]
        total = sum(catalogue.PRODUCTS[i].price * quantity for i, quantity in zip(items, quantities, strict=True))
        reference = f"CMD-{ordered_at.year}-{order_number:05d}"
        order_rows.append(Order(
            customer=customer, external_id=reference, reference=reference, ordered_at=ordered_at,
            status=OrderStatus.DELIVERED, total_amount=total, crm_synced_at=customer.crm_synced_at,
        ))
        lines.append((ordered_at, items, quantities))
    orders = Order.objects.bulk_create(order_rows)
    OrderLine.objects.bulk_create(
        OrderLine(
            order=order, external_id=f"{order.reference}-L{position}", position=position, product=products[i],
            label=catalogue.PRODUCTS[i].name, quantity=quantity, unit_price=catalogue.PRODUCTS[i].price,
            crm_synced_at=customer.crm_synced_at,
        )
        for order, (_day, items, quantities) in zip(orders, lines, strict=True)
        for position, (i, quantity) in enumerate(zip(items, quantities, strict=True), start=1)
    )
    deliveries = []
    for order, (ordered_at, items, _quantities) in zip(orders, lines, strict=True):
        delivered_at = min(ordered_at + timedelta(days=rng.randint(2, 9)), today.date() - timedelta(days=1))
        deliveries += [_delivery(customer, products, serials, i, delivered_at, order) for i in items]
    for _ in range(rng.randint(0, 2)):
        delivered_at = start + timedelta(days=rng.randrange(span))
        deliveries.append(_delivery(customer, products, serials, rng.randrange(len(products)), delivered_at, None))
    deliveries = sorted(DeliveredProduct.objects.bulk_create(deliveries), key=lambda d: (d.delivered_at, d.id))
    references = {order.id: order.reference for order in orders}
    items = {product.id: item for product, item in zip(products, catalogue.PRODUCTS, strict=True)}
    fact.order_dates = [order.ordered_at for order in orders]
    fact.orders = [(order.id, order.reference) for order in orders]
    fact.delivery_dates = [d.delivered_at for d in deliveries]
    fact.deliveries = [
        Delivery(
            d.id, d.delivered_at, items[d.product_id].kind, catalogue.product_forms(items[d.product_id]),
            d.serial_number, references.get(d.order_id),
        )
        for d in deliveries
    ]
    return order_number


def _delivery(customer, products, serials, index, delivered_at, order) -> DeliveredProduct:
    serials[index] += 1
    serial = f"{catalogue.PRODUCTS[index].serial_prefix}{delivered_at:%y}{index:02d}{serials[index]:05d}"
    return DeliveredProduct(
        customer=customer, product=products[index], order=order, serial_number=serial, delivered_at=delivered_at,
        external_id=f"{products[index].sku}:{serial}", crm_synced_at=customer.crm_synced_at,
    )


def _forms_by_kind() -> dict[str, list[dict[str, str]]]:
    forms: dict[str, list[dict[str, str]]] = {}
    for item in catalogue.PRODUCTS:
        forms.setdefault(item.kind, []).append(catalogue.product_forms(item))
    return forms
