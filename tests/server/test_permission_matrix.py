"""Who may call what: every /api/v1/ endpoint and method, for every kind of caller, on an object of
their own customer and of another (tables in `permission_matrix_cases`). On top of each expected
status, every case checks that a refused request changed nothing and that a client's answer holds
nothing of another customer and no internal note or staff-only history.

The world (two customers with their people, tickets, notes, reminders, orders…) is built once for
the module and each test runs in a savepoint of it: some 700 cases stay well under a minute."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from accounts.models import AgentCostRate, AgentProfile, ApiKey, PasswordResetCode, Role, User
from accounts.services.api_keys import api_key_create
from accounts.services.reset_codes import reset_code_issue
from accounts.services.sessions import session_token_pair
from attachments.models import Attachment
from attachments.services.uploads import attachment_upload
from crm.models import Contact, Customer, DeliveredProduct, Order, OrderLine, Product, SyncIssue, SyncRun
from shared_schemas.common import Problem
from shared_schemas.enums import CLIENT_VISIBLE_EVENTS, MessageKind, TicketEventKind
from tests.server import factories
from tests.server.permission_matrix_cases import (
    CLIENTS,
    LIST_ROUTES,
    LISTS_IGNORING_UNKNOWN_KEYS,
    MASS_ASSIGNMENTS,
    RELATION_WALKING_QUERIES,
    ROLES,
    ROWS,
    SIDE_OF_CLIENT,
    SIDES,
    SINGLE_OBJECT_GETS,
    case_id,
    matrix_cases,
    url_and_query,
)
from tickets.models import Category, Message, Rating, Reminder, Ticket, TicketEvent

pytestmark = pytest.mark.django_db


# --- the world every case runs in --------------------------------------------------------------


@dataclass
class Side:
    """One customer's objects, and the strings only this customer's people (or staff) may read."""

    customer: Customer
    client: User
    contact: Contact  # without a login, so that it can be deleted
    order: Order
    delivered_product: DeliveredProduct
    ticket: Ticket  # open: a client reply, an internal note, a reminder
    done_ticket: Ticket  # resolved, not rated yet
    reminder: Reminder
    reply_attachment: Attachment
    note_attachment: Attachment
    staged_attachment: Attachment
    markers: tuple[str, ...]
    staff_only: tuple[str, ...]  # never for any client, even of this customer


@dataclass
class World:
    sides: dict[str, Side]
    users: dict[str, User | None]  # by caller name; None for `anonymous`
    agent2: User
    category: Category
    role: Role  # a custom staff role nobody holds
    deactivated_token: str  # minted while the account was active
    deactivated_refresh: str
    api_key: ApiKey  # the service account's
    service_key: str
    sync_run: SyncRun
    crm_keys: dict[str, str]  # push API entity → external id of one of customer A's records

    def __getitem__(self, side: str) -> Side:
        return self.sides[side]

    @property
    def agent(self) -> User:
        return self.users["agent"]

    @property
    def admin(self) -> User:
        return self.users["admin"]

    @property
    def deactivated(self) -> User:
        return self.users["deactivated"]

    def refresh_token(self, user: User) -> str:
        return self.deactivated_refresh if user == self.deactivated else session_token_pair(user=user).refresh

    def reset_code(self, user: User) -> str:
        return reset_code_issue(user=user, validity=timedelta(minutes=15))


def _side(name: str, customer: Customer, client: User, agent: User, category: Category) -> Side:
    """With the history rows the services would write for a reply, a note and a reminder."""
    contact = Contact.objects.create(customer=customer, first_name="Sans", last_name=f"Compte{name}",
                                     email=f"standard.{name.lower()}@example.com")
    order = factories.make_order(customer)
    delivered = factories.make_delivered_product(customer, order=order)
    ticket = factories.make_ticket(client, category=category, subject=f"Panne caisse {name} magasin")
    done = factories.make_ticket(client, category=category, subject=f"Ancienne panne {name} atelier",
                                 status="resolved", resolved_at=timezone.now())
    reply = factories.make_message(ticket, client, body=f"Relance du client {name}")
    note = factories.make_message(ticket, agent, body=f"Note interne confidentielle {name}", kind=MessageKind.NOTE)
    reminder = Reminder.objects.create(ticket=ticket, recipient=agent, created_by=agent, note=f"Rappel interne {name}",
                                       remind_at=timezone.now() + timedelta(days=2))
    TicketEvent.objects.bulk_create([
        TicketEvent(ticket=ticket, actor=client, kind=TicketEventKind.CREATED),
        TicketEvent(ticket=ticket, actor=client, kind=TicketEventKind.REPLY_ADDED, data={"message_id": reply.id}),
        TicketEvent(ticket=ticket, actor=agent, kind=TicketEventKind.NOTE_ADDED, data={"message_id": note.id}),
        TicketEvent(ticket=ticket, actor=agent, kind=TicketEventKind.REMINDER_SET,
                    data={"reminder_id": reminder.id, "note": reminder.note}),
    ])
    reply_attachment = _attachment(client, f"Photo de la panne {name}\n", ticket=ticket, message=reply)
    note_attachment = _attachment(agent, f"Annexe : {note.body}\n", ticket=ticket, message=note)
    staged_attachment = _attachment(client, f"Brouillon {name}\n")
    markers = (customer.name, client.email, client.full_name, contact.email, ticket.reference, ticket.subject,
               done.reference, done.subject, order.reference, delivered.serial_number)
    return Side(customer, client, contact, order, delivered, ticket, done, reminder, reply_attachment,
                note_attachment, staged_attachment, markers, staff_only=(note.body, reminder.note))


def _attachment(uploader: User, text: str, *, ticket: Ticket | None = None, message: Message | None = None):
    attachment = attachment_upload(actor=uploader, file=ContentFile(text.encode()), name="notes.txt").obj
    if ticket is not None:
        Attachment.objects.filter(pk=attachment.pk).update(ticket=ticket, message=message, linked_at=timezone.now())
    return attachment


def _build_world() -> World:
    customer_a = factories.make_customer(name="Boulangeries Martin", external_id="CRM-A")
    customer_b = factories.make_customer(name="Garage Durand", external_id="CRM-B")
    users = {
        "alice": factories.make_client_user(customer_a, email="alice@martin.fr", full_name="Alice Martin"),
        "bob": factories.make_client_user(customer_b, email="bob@durand.fr", full_name="Bob Durand"),
        "agent": factories.make_staff_user("agent", email="marc@origyne.fr", full_name="Marc Agent"),
        "admin": factories.make_staff_user("administrator", email="admin@origyne.fr", full_name="Anne Admin"),
        "anonymous": None,
        "deactivated": factories.make_staff_user("administrator", email="diane@origyne.fr", full_name="Diane Partie"),
    }
    deactivated = users["deactivated"]
    access = RefreshToken.for_user(deactivated).access_token
    access.set_exp(lifetime=timedelta(hours=1))  # outlives the module, however slow the machine
    deactivated_refresh = session_token_pair(user=deactivated).refresh
    User.objects.filter(pk=deactivated.pk).update(is_active=False, deactivated_at=timezone.now())
    category = factories.make_category()
    sides = {"A": _side("A", customer_a, users["alice"], users["agent"], category),
             "B": _side("B", customer_b, users["bob"], users["agent"], category)}
    service = api_key_create(actor=users["admin"], name="CRM Origyne")
    users["service"] = service.api_key.user
    return World(
        sides=sides,
        users=users,
        agent2=factories.make_staff_user("agent", email="lea@origyne.fr", full_name="Léa Agent"),
        category=category,
        role=Role.objects.create(code="support", name="Support", audience="staff", permissions=["tickets.reply"]),
        deactivated_token=str(access),
        deactivated_refresh=deactivated_refresh,
        api_key=service.api_key,
        service_key=service.key,
        sync_run=SyncRun.objects.create(source="push", mode="batch", status="succeeded"),
        crm_keys=_crm_records(sides["A"]),
    )


def _crm_records(side: Side) -> dict[str, str]:
    """A record of each entity the push API writes, named by its external id."""
    contact = Contact.objects.create(customer=side.customer, external_id="CT-A", first_name="Louise",
                                     last_name="Comptable")
    line = OrderLine.objects.create(order=side.order, external_id="OL-A", label="Terminal", position=1)
    return {
        "customers": side.customer.external_id, "contacts": contact.external_id,
        "products": side.delivered_product.product.external_id, "orders": side.order.external_id,
        "order-lines": line.external_id, "delivered-products": side.delivered_product.external_id,
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker) -> Iterator[World]:
    """Built once, in a transaction rolled back after the module's last test. Each test runs in a
    savepoint of it (pytest-django's per-test transaction), so no test sees another's changes."""
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
            built = _build_world()
        yield built
        transaction.set_rollback(True)


@pytest.fixture
def as_caller(world, api_as) -> Callable[[str], APIClient]:
    """`as_caller(who)` → an API client for one of the matrix's callers."""

    def make(who: str) -> APIClient:
        if who == "anonymous":
            return APIClient()
        if who == "deactivated":
            client = APIClient()
            client.credentials(HTTP_AUTHORIZATION=f"Bearer {world.deactivated_token}")
            return client
        if who == "service":
            client = APIClient()
            client.credentials(HTTP_AUTHORIZATION=f"Api-Key {world.service_key}")
            return client
        return api_as(world.users[who])

    return make


_FINGERPRINTED = (
    User, Role, AgentProfile, AgentProfile.categories.through, AgentCostRate, PasswordResetCode, ApiKey,
    Customer, Contact, Product, Order, OrderLine, DeliveredProduct, SyncRun, SyncIssue,
    Category, Ticket, Ticket.watchers.through, Message, TicketEvent, Reminder, Rating, Attachment,
)


def fingerprint() -> dict[str, list[tuple]]:
    """Every row a request could change (plain SQL: it runs twice in each refused case)."""
    rows = {}
    with connection.cursor() as cursor:
        for model in _FINGERPRINTED:
            table, pk = connection.ops.quote_name(model._meta.db_table), model._meta.pk.column
            cursor.execute(f"SELECT * FROM {table} ORDER BY {connection.ops.quote_name(pk)}")
            rows[model._meta.label] = cursor.fetchall()
    return rows


def send(client: APIClient, method: str, url: str, *, query: dict | None = None, body: dict | None = None):
    if query:
        url = f"{url}?{urlencode(query)}"
    if body is None:
        return getattr(client, method)(url)
    is_upload = isinstance(body, dict) and any(hasattr(value, "read") for value in body.values())
    return getattr(client, method)(url, body, format="multipart" if is_upload else "json")


def body_text(response) -> str:
    """The body, also of a streamed download (read once, then kept)."""
    if getattr(response, "streaming", False):
        if not hasattr(response, "_read_body"):
            response._read_body = b"".join(response.streaming_content)
        return response._read_body.decode()
    return response.content.decode()


def assert_nothing_leaks_to(world: World, who: str, response) -> None:
    text = body_text(response)
    others = [world[side] for side in SIDES if side != SIDE_OF_CLIENT.get(who)]  # the service has no side
    for marker in [marker for other in others for marker in other.markers] + list(world["A"].staff_only
                                                                                   + world["B"].staff_only):
        assert marker not in text, f"{who} reads {marker!r}"


# --- the matrix --------------------------------------------------------------------------------

CASES = matrix_cases()


@pytest.mark.parametrize(("row", "side", "who"), CASES, ids=[case_id(*case) for case in CASES])
def test_each_caller_gets_what_the_matrix_says(world, as_caller, row, side, who):
    url, query = url_and_query(row.route, row.target, world, side)
    body = row.body_for(world, who)
    client = as_caller(who)
    before = fingerprint()

    response = send(client, row.method, url, query=query, body=body)

    expected = row.expected(who, side)
    assert response.status_code == expected, (response.status_code, response.content[:500])
    if expected >= 400:
        assert Problem.model_validate_json(response.content).status == expected
        assert fingerprint() == before, "a refused request changed something"
    if who in (*CLIENTS, "service"):
        assert_nothing_leaks_to(world, who, response)


SCOPED_ROWS = [row for row in ROWS if row.scoped]


@pytest.mark.parametrize("row", SCOPED_ROWS, ids=[row.name for row in SCOPED_ROWS])
def test_another_customers_object_answers_like_a_missing_one(world, as_caller, row):
    client = as_caller("alice")
    body = row.body_for(world, "alice")
    foreign_url, foreign_query = url_and_query(row.route, row.target, world, "B")
    missing_url, missing_query = url_and_query(row.route, row.target, world, "B", missing=True)

    foreign = send(client, row.method, foreign_url, query=foreign_query, body=body)
    missing = send(client, row.method, missing_url, query=missing_query, body=body)

    assert foreign.status_code == missing.status_code
    assert foreign.json()["code"] == missing.json()["code"]


def test_no_client_expectation_ever_grants_another_customers_object():
    for row in SCOPED_ROWS:
        for who in CLIENTS:
            foreign_side = "B" if SIDE_OF_CLIENT[who] == "A" else "A"
            assert row.expected(who, foreign_side) in (403, 404), row.name
            assert row.expected("anonymous", foreign_side) == row.expected("deactivated", foreign_side) == 401


# --- every endpoint is in the matrix -----------------------------------------------------------


def api_v1_operations() -> set[tuple[str, str]]:
    """(URL name, method) of every /api/v1/ route, as the resolver has them."""
    operations: set[tuple[str, str]] = set()
    names: list[str] = []

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern) and (prefix + str(pattern.pattern)).startswith("api/v1/"):
                view = pattern.callback.view_class
                names.append(pattern.name)
                operations.update(
                    (pattern.name, method) for method in view.http_method_names
                    if method not in ("head", "options") and hasattr(view, method)
                )

    walk(get_resolver().url_patterns, "")
    assert len(names) == len(set(names)), "two /api/v1/ routes share a URL name"
    return operations


def test_every_api_route_and_method_has_matrix_rows():
    in_matrix = {(row.route, row.method) for row in ROWS}

    assert api_v1_operations() == in_matrix
    assert {who for _row, _side, who in CASES} == set(ROLES)


def test_every_list_endpoint_is_checked_for_relation_walking_keys():
    gets = {route for route, method in api_v1_operations() if method == "get"}

    assert gets == set(LIST_ROUTES) | SINGLE_OBJECT_GETS
    assert not set(LIST_ROUTES) & SINGLE_OBJECT_GETS


# --- mass assignment: a write never sets what its caller may not choose --------------------------


@pytest.mark.parametrize("attempt", MASS_ASSIGNMENTS, ids=[attempt.name for attempt in MASS_ASSIGNMENTS])
def test_a_write_never_sets_a_field_its_caller_may_not_choose(world, as_caller, attempt):
    url, _query = url_and_query(attempt.route, attempt.target, world, attempt.side)
    body = attempt.body(world)
    before = fingerprint()

    response = send(as_caller(attempt.who), attempt.method, url, body=body)

    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    assert fingerprint() == before


# --- lists refuse keys that walk relations -----------------------------------------------------

_IGNORES_QUERY = pytest.mark.xfail(
    strict=True, reason="server bug: this list ignores unknown query keys instead of answering 400"
)
LIST_CASES = [
    pytest.param(
        route, query, id=f"{route}?{urlencode(query)}",
        marks=[_IGNORES_QUERY] if route in LISTS_IGNORING_UNKNOWN_KEYS else [],
    )
    for route in LIST_ROUTES
    for query in RELATION_WALKING_QUERIES
]


@pytest.mark.parametrize(("route", "query"), LIST_CASES)
def test_a_list_refuses_filter_and_ordering_keys_that_walk_relations(world, as_caller, route, query):
    url = reverse(route, kwargs=LIST_ROUTES[route](world))

    response = as_caller("admin").get(url, query)

    assert response.status_code == 400, (response.status_code, response.content[:300])
    assert Problem.model_validate_json(response.content).errors


# --- what a client reads ---------------------------------------------------------------------


@pytest.mark.parametrize("who", CLIENTS)
def test_a_client_never_reads_internal_notes_or_staff_history_anywhere(world, as_caller, who):
    own = world[SIDE_OF_CLIENT[who]]
    client = as_caller(who)
    base = reverse("ticket", kwargs={"ticket_id": own.ticket.id})
    searches = [{"q": word, "queue": "all"} for text in own.staff_only for word in (text, text.split()[-2])]

    detail, messages, events = client.get(base), client.get(f"{base}/messages"), client.get(f"{base}/events")
    found = [client.get("/api/v1/tickets", query) for query in searches]
    others = [client.get("/api/v1/tickets", {"queue": "all"}), client.post(f"{base}/messages", {"body": "Alors ?"})]

    for response in [detail, messages, events, *found, *others]:
        assert response.status_code in (200, 201), response.content[:300]
        assert_nothing_leaks_to(world, who, response)
    assert {m["kind"] for m in detail.json()["messages"] + messages.json()} == {MessageKind.REPLY}
    assert {e["kind"] for e in detail.json()["events"] + events.json()} <= set(CLIENT_VISIBLE_EVENTS)
    assert all(response.json()["results"] == [] for response in found)


@pytest.mark.parametrize("who", CLIENTS)
def test_a_client_list_holds_only_its_customer_whatever_the_filters(world, as_caller, who):
    own, other = world[SIDE_OF_CLIENT[who]], world["B" if who == "alice" else "A"]
    client = as_caller(who)
    ticket_filters = [{"queue": queue} for queue in ("open", "closed", "all")] + [
        {"customer": other.customer.id, "queue": "all"}, {"requester": other.client.id, "queue": "all"},
        {"q": other.ticket.reference, "queue": "all"}, {"q": other.ticket.subject, "queue": "all"},
    ]

    tickets = [client.get("/api/v1/tickets", query) for query in ticket_filters]
    for response in tickets:
        assert {item["customer"]["id"] for item in response.json()["results"]} <= {own.customer.id}
        assert_nothing_leaks_to(world, who, response)
    for route, query in [("orders", {}), ("orders", {"q": other.order.reference}), ("delivered-products", {}),
                         ("delivered-products", {"order": other.order.id}),
                         ("delivered-products", {"q": other.delivered_product.serial_number})]:
        response = client.get(reverse(route), query)
        assert response.status_code == 200
        assert {item["customer"] for item in response.json()["results"]} <= {own.customer.id}
        assert_nothing_leaks_to(world, who, response)
