import re
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F
from django.utils import timezone

from accounts.models import AgentCostRate, AgentProfile, User
from crm.models import Contact, Customer, DeliveredProduct, Order, Product
from shared_schemas.enums import TicketPriority, TicketStatus
from tickets.models import Category, Message, Rating, Reminder, Ticket, TicketCounter, TicketEvent

pytestmark = pytest.mark.django_db

END = date(2026, 6, 15)
PASSWORD = "SavDemo!2026"
DEMO_ACCOUNTS = {
    "admin@origyne.fr": "administrator",
    "agent@origyne.fr": "agent",
    "agent2@origyne.fr": "agent",
    "client.a@demo.fr": "client",
    "client.b@demo.fr": "client",
}


def seed(**options) -> str:
    out = StringIO()
    call_command("seed_demo", today=END, stdout=out, **options)
    return out.getvalue()


def fingerprint() -> list[tuple]:
    return list(
        Ticket.objects.order_by("reference").values_list(
            "reference", "subject", "status", "priority", "customer__name", "requester__email", "assignee__email"
        )
    )


def wipe() -> None:
    """Everything the command creates, children first (migrations' roles and categories stay)."""
    Ticket.objects.all().delete()
    TicketCounter.objects.all().delete()
    AgentCostRate.objects.all().delete()
    AgentProfile.objects.all().delete()
    User.objects.all().delete()
    for model in (DeliveredProduct, Order, Contact, Product, Customer):
        model.objects.all().delete()


def test_the_same_seed_builds_the_same_tickets():
    seed(tickets=120)
    first = fingerprint()
    wipe()
    seed(tickets=120)
    assert fingerprint() == first
    assert len(first) == 120


def test_another_seed_builds_other_tickets():
    seed(tickets=60)
    first = fingerprint()
    wipe()
    seed(tickets=60, seed=7)
    assert fingerprint() != first


def test_the_demo_accounts_sign_in_with_the_demo_password():
    seed(tickets=10)
    users = {u.email: u for u in User.objects.select_related("role", "customer", "contact")}
    for email, role in DEMO_ACCOUNTS.items():
        assert users[email].role.code == role
        assert users[email].check_password(PASSWORD), email
    client_a, client_b = users["client.a@demo.fr"], users["client.b@demo.fr"]
    assert client_a.customer_id and client_b.customer_id
    assert client_a.customer_id != client_b.customer_id
    assert client_a.contact.customer_id == client_a.customer_id
    assert client_b.contact.customer_id == client_b.customer_id
    assert users["agent@origyne.fr"].customer is None


def test_every_demo_user_has_a_password_hash_of_its_own():
    seed(tickets=0)
    hashes = list(User.objects.values_list("password", flat=True))
    assert len(hashes) > len(DEMO_ACCOUNTS)
    assert len(set(hashes)) == len(hashes)


def test_agents_have_a_cost_history():
    seed(tickets=0)
    rates = AgentCostRate.objects.filter(agent__user__email="agent@origyne.fr").order_by("valid_from")
    assert rates.count() == 2
    assert rates[0].hourly_cost < rates[1].hourly_cost
    assert rates[1].valid_from <= timezone.now()
    assert AgentProfile.objects.filter(categories__isnull=False).distinct().count() == AgentProfile.objects.count()


def test_the_crm_looks_like_a_french_customer_base():
    seed(tickets=0)
    assert Customer.objects.count() == 12
    for customer in Customer.objects.all():
        assert re.fullmatch(r"[0-9]{14}", customer.siret)
        assert re.fullmatch(r"[0-9]{5}", customer.postal_code)
        assert customer.email.endswith(".example")
        assert customer.contacts.exists()
        assert customer.orders.exists()
    assert Product.objects.count() >= 10
    assert not DeliveredProduct.objects.filter(order__isnull=False).exclude(order__customer=F("customer")).exists()
    assert Customer.objects.filter(is_active=False).exists()


def test_every_status_priority_and_category_is_present():
    seed()
    assert Ticket.objects.count() == 300
    assert set(Ticket.objects.values_list("status", flat=True)) == set(TicketStatus)
    assert set(Ticket.objects.values_list("priority", flat=True)) == set(TicketPriority)
    assert set(Ticket.objects.values_list("category", flat=True)) == set(Category.objects.values_list("id", flat=True))
    assert Ticket.objects.filter(status=TicketStatus.OPEN, assignee__isnull=True).exists()
    assert Rating.objects.exists() and Reminder.objects.exists()
    assert Ticket.watchers.through.objects.exists()
    assert Message.objects.filter(kind="note").exists()
    done = Ticket.objects.filter(status__in=["resolved", "closed"]).count()
    assert 0.6 < done / 300 < 0.85


def test_both_demo_clients_have_tickets_of_their_own_customer():
    seed()
    for email in ("client.a@demo.fr", "client.b@demo.fr"):
        user = User.objects.get(email=email)
        assert Ticket.objects.filter(customer=user.customer).count() >= 10
        assert not Ticket.objects.filter(requester=user).exclude(customer=user.customer).exists()


def test_histories_agree_with_statuses_and_timestamps():
    seed()
    end = timezone.make_aware(datetime.combine(END, time(0)))
    events = defaultdict(list)
    for event in TicketEvent.objects.order_by("created_at", "id"):
        events[event.ticket_id].append(event)
    staff_ids = set(User.objects.filter(role__audience="staff").values_list("id", flat=True))
    first_staff_reply = {}
    for message in Message.objects.filter(kind="reply").order_by("created_at", "id"):
        if message.author_id in staff_ids:
            first_staff_reply.setdefault(message.ticket_id, message.created_at)
    assert not Message.objects.filter(kind="note").exclude(author_id__in=staff_ids).exists()
    for ticket in Ticket.objects.all():
        history = events[ticket.id]
        assert history[0].kind == "created"
        assert history[0].data == {"reference": ticket.reference, "status": "open"}
        status = "open"
        for event in history:
            if event.kind == "status_changed":
                assert event.data["from"] == status
                status = event.data["to"]
        assert status == ticket.status, ticket.reference
        assert history[-1].created_at == ticket.last_activity_at
        assert end - timedelta(days=366) < ticket.created_at <= ticket.last_activity_at < end
        if ticket.status == "resolved":
            assert ticket.resolved_at is not None and ticket.closed_at is None
        elif ticket.status == "closed":
            assert ticket.closed_at is not None
        else:
            assert ticket.resolved_at is None and ticket.closed_at is None
        if ticket.status in ("in_progress", "waiting"):
            assert ticket.assignee_id is not None
        assert ticket.first_response_at == first_staff_reply.get(ticket.id)


def test_message_events_point_at_their_messages():
    seed(tickets=80)
    messages = dict(Message.objects.values_list("id", "ticket_id"))
    for event in TicketEvent.objects.filter(kind__in=["reply_added", "note_added"]):
        assert messages[event.data["message_id"]] == event.ticket_id


def test_references_follow_creation_order_within_a_year():
    seed(tickets=300)
    last = {}
    for reference in Ticket.objects.order_by("created_at", "id").values_list("reference", flat=True):
        year, number = re.fullmatch(r"SAV-(\d{4})-(\d{6})", reference).groups()
        assert int(number) == last.get(year, 0) + 1
        last[year] = int(number)


def test_if_empty_adds_nothing_the_second_time():
    first = seed(tickets=30, if_empty=True)
    assert "Demo data ready" in first
    counts = (User.objects.count(), Ticket.objects.count(), Message.objects.count())
    second = seed(tickets=30, if_empty=True)
    assert "no demo data added" in second
    assert (User.objects.count(), Ticket.objects.count(), Message.objects.count()) == counts


def test_it_refuses_to_add_demo_accounts_twice():
    seed(tickets=5)
    with pytest.raises(CommandError):
        seed(tickets=5)


def test_two_thousand_tickets_leave_the_counter_ahead_of_every_number():
    seed(tickets=2000, full_stories=300)
    assert Ticket.objects.count() == 2000
    used = defaultdict(int)
    for reference in Ticket.objects.values_list("reference", flat=True):
        _, year, number = reference.split("-")
        used[int(year)] = max(used[int(year)], int(number))
    counters = dict(TicketCounter.objects.values_list("year", "value"))
    for year, highest in used.items():
        assert counters[year] >= highest
        assert not Ticket.objects.filter(reference=f"SAV-{year}-{counters[year] + 1:06d}").exists()
    assert sum(used.values()) == 2000


def test_a_big_run_gives_only_some_tickets_a_discussion():
    seed(tickets=1500, full_stories=150)
    with_history = Ticket.objects.filter(events__isnull=False).distinct().count()
    assert 150 <= with_history < 600  # the sampled share, plus every ticket of the last days
    light = Ticket.objects.filter(events__isnull=True, status="closed").first()
    assert light.closed_at is not None and light.assignee_id is not None


def test_a_ticket_created_after_the_seed_takes_the_next_number():
    seed(tickets=50)
    year = timezone.localdate().year
    counter, _ = TicketCounter.objects.get_or_create(year=year)
    taken = set(Ticket.objects.values_list("reference", flat=True))
    assert f"SAV-{year}-{counter.value + 1:06d}" not in taken


def test_client_a_sees_only_their_customers_orders_through_the_api(api_as):
    seed(tickets=0)
    client_a = User.objects.select_related("role", "customer").get(email="client.a@demo.fr")
    body = api_as(client_a).get("/api/v1/orders?page_size=200").json()
    assert body["results"]
    assert {order["customer"] for order in body["results"]} == {client_a.customer_id}
