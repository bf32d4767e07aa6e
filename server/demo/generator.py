"""Streams demo tickets in creation order, in batches of rows ready to be written.

Tickets spread over the last 365 days of business hours; `SAV-<year>-<n>` numbers follow that
order from the year's TicketCounter value. Every ticket gets a consistent status, assignee and
timestamps (datetimes in UTC, as the database stores them). Its history (events), discussion
(messages), watchers, reminders and rating are written for every ticket of a run of up to
`FULL_STORIES` tickets; above that, for a random share that keeps about `FULL_STORIES` of them,
plus every ticket of the last three days, so the first pages of every queue read like real
conversations while a million-ticket run stays fast. The other ("light") tickets are rows only:
their status, assignee and timestamps agree with each other, but they have no history."""

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import accumulate

from demo import texts
from demo.catalogue import HARDWARE_KINDS
from demo.clock import BusinessClock
from demo.people import CustomerFacts, Delivery, World
from demo.stories import Draft, Player, Rows, final_status, french_amount, plan
from shared_schemas.enums import TicketPriority, TicketStatus

FULL_STORIES = 20_000
RECENT_DAYS = 3
PRIORITIES = (TicketPriority.LOW, TicketPriority.NORMAL, TicketPriority.HIGH)
PRIORITY_WEIGHTS = tuple(accumulate((25, 55, 20)))
CATEGORY_WEIGHTS = {
    "Demande d'assistance": 40, "Commande": 12, "Livraison": 10, "Garantie et retour": 14,
    "Facturation": 16, "Résiliation": 6,
}
# Which CRM object a ticket of a category is usually about.
ABOUT_DELIVERY = {"Demande d'assistance", "Garantie et retour"}
ABOUT_ORDER = {"Commande", "Livraison", "Facturation"}
# Guaranteed response time by priority, in hours (None: no deadline).
DUE_HOURS = {TicketPriority.HIGH: 8, TicketPriority.NORMAL: 72, TicketPriority.LOW: None}


class TicketGenerator:
    def __init__(
        self, *, world: World, rng: random.Random, today: datetime, total: int,
        ids: dict[str, int], counters: dict[int, int], full_stories: int = FULL_STORIES,
    ) -> None:
        self.world = world
        self.rng = rng
        self.today = today.astimezone(UTC)
        self.total = total
        self.ids = ids
        self.counters = counters  # last number given per year; advanced as tickets are made
        self.clock = BusinessClock(today - timedelta(days=365), today)
        self.player = Player(rng, ids, today)
        self.full_share = 1.0 if total <= full_stories else full_stories / total
        self.category_weights = list(accumulate(CATEGORY_WEIGHTS.get(name, 5) for _, name in world.categories))
        self.staff = world.agents
        self.staff_weights = list(accumulate(1 if person.id == world.admin.id else 4 for person in self.staff))
        self.customer_weights = list(accumulate(c.weight for c in world.customers))
        departures = [c.active_until.astimezone(UTC) for c in world.customers if c.active_until]
        self.first_departure = min(departures, default=None)

    def batches(self, size: int) -> Iterator[Rows]:
        rows = Rows()
        for index in range(self.total):
            self._ticket(index, rows)
            if len(rows.tickets) >= size:
                yield rows
                rows = Rows()
        if rows.tickets:
            yield rows

    def _ticket(self, index: int, rows: Rows) -> None:
        rng = self.rng
        opened = self.clock.at((index + rng.random()) / self.total)  # local time: the reference's year
        created_at = opened.astimezone(UTC)
        age_days = (self.today - created_at).total_seconds() / 86400
        customer = self._customer(created_at)
        requester = rng.choice(customer.requesters)
        category_id, category = rng.choices(self.world.categories, cum_weights=self.category_weights)[0]
        priority = rng.choices(PRIORITIES, cum_weights=PRIORITY_WEIGHTS)[0]
        topic = rng.choice(texts.TOPICS.get(category, texts.OTHER_TOPICS))
        delivery, order = self._about(topic, customer, created_at)
        order_reference = order[1] if order else delivery.order_reference if delivery else None
        due_hours = DUE_HOURS[priority]
        ticket = {
            "id": self._next_id(),
            "reference": self._reference(opened.year),
            "status": str(TicketStatus.OPEN),  # plain str: drivers may write an Enum by its name
            "priority": str(priority),
            "category_id": category_id,
            "customer_id": customer.id,
            "requester_id": requester.id,
            "created_by_id": requester.id,
            "order_id": order[0] if order else None,
            "delivered_product_id": delivery.id if delivery else None,
            "assignee_id": None,
            "due_at": created_at + timedelta(hours=due_hours) if due_hours else None,
            "created_at": created_at,
            "first_response_at": None,
            "resolved_at": None,
            "closed_at": None,
            "last_client_message_at": None,
        }
        values = self._values(topic, customer, delivery, order_reference, opened.year)
        ticket["subject"] = topic.subject.format(**values)[:200]
        ticket["description"] = texts.DESCRIPTION.format(
            body=topic.body.format(**values), closing=rng.choice(texts.CLOSINGS),
            signature=f"{requester.full_name}\n{customer.name}",
        )
        assignee, helper, other = rng.choices(self.staff, cum_weights=self.staff_weights, k=3)
        creator = requester
        if rng.random() < 0.15:  # taken on the phone by someone at Origyne
            creator = helper
            ticket["created_by_id"] = helper.id
        discussion = texts.DISCUSSIONS[texts.TRACKS.get(category, "admin")]
        draft = Draft(ticket, topic, discussion, values, customer, requester, creator, assignee, [helper, other])
        beats = plan(rng, draft, final_status(rng, age_days), age_days)
        full = age_days < RECENT_DAYS or self.full_share >= 1 or rng.random() < self.full_share
        self.player.play(draft, beats, rows, full=full)

    def _about(self, topic, customer: CustomerFacts, created_at: datetime) -> tuple[Delivery | None, tuple | None]:
        """The delivered product (of a kind the topic is about) or the order the ticket names,
        among what the customer had received or ordered by then, most of the time."""
        if topic.about is None or self.rng.random() < 0.15:
            return None, None
        if topic.about == "order":
            orders = customer.orders_before(created_at.date())
            return None, self.rng.choice(orders) if orders else None
        deliveries = [d for d in customer.deliveries_before(created_at.date()) if d.kind in topic.about]
        return (self.rng.choice(deliveries) if deliveries else None), None

    def _customer(self, created_at: datetime) -> CustomerFacts:
        """A customer that was still one when the ticket was opened, in proportion to its size."""
        customers = self.world.customers
        if self.first_departure is None or created_at < self.first_departure:
            return self.rng.choices(customers, cum_weights=self.customer_weights)[0]
        eligible = [c for c in customers if c.active_until is None or created_at < c.active_until]
        return self.rng.choices(eligible, [c.weight for c in eligible])[0]

    def _values(self, topic, customer, delivery, order_reference, year: int) -> dict:
        """What the ticket's texts name: its product, serial, order, invoice…"""
        rng = self.rng
        kinds = sorted(topic.about) if isinstance(topic.about, frozenset) else sorted(HARDWARE_KINDS)
        return {
            **(delivery.product if delivery else rng.choice(self.world.products[rng.choice(kinds)])),
            "serial": delivery.serial if delivery else f"SN{rng.randrange(10**7):07d}",
            "order": order_reference or f"CMD-{year}-{rng.randrange(1, 99999):05d}",
            "invoice": f"FA-{year}-{rng.randrange(1, 99999):05d}",
            "amount": french_amount(rng.uniform(80, 2500)),
            "n": rng.randint(2, 14),
            "code": rng.randrange(100, 999),
            "when": rng.choice(texts.WHEN),
            "symptom": rng.choice(texts.SYMPTOMS),
            "impact": rng.choice(texts.IMPACTS),
            "ask": rng.choice(texts.ASKS),
            "city": customer.city,
        }

    def _reference(self, year: int) -> str:
        number = self.counters.get(year, 0) + 1
        self.counters[year] = number
        return f"SAV-{year}-{number:06d}"

    def _next_id(self) -> int:
        value = self.ids["ticket"]
        self.ids["ticket"] = value + 1
        return value
