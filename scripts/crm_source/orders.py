"""Three years of orders ending today, their lines, and the units delivered with their serial numbers."""

import random
from bisect import bisect
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate
from math import sqrt
from operator import itemgetter

from scripts.crm_source import vocabulary
from scripts.crm_source.rows import Customers, cents, halves, moment
from scripts.crm_source.vocabulary import Article

ORDER_YEARS = 3
FREE_DELIVERY_SHARE = 0.03  # units sent outside an order (warranty swaps, loans)
DELETED_DELIVERY_SHARE = 0.004

# An order's status follows its age: (at most this many days old, statuses, cumulative weights).
STATUS_BY_AGE = [
    (2, ("EN_ATTENTE", "VALIDEE", "ANNULEE"), (50, 95, 100)),
    (10, ("EN_ATTENTE", "VALIDEE", "EXPEDIEE", "LIVREE", "ANNULEE"), (10, 45, 85, 95, 100)),
    (30, ("VALIDEE", "EXPEDIEE", "LIVREE", "ANNULEE"), (5, 20, 95, 100)),
    (None, ("LIVREE", "ANNULEE"), (96, 100)),
]
LINE_COUNTS = ((1, 2, 3, 4, 5, 6, 8), (30, 55, 73, 85, 92, 97, 100))
SERIALISED_QUANTITIES = (1, 1, 1, 1, 2, 2, 3, 4, 5, 10)
DISCOUNTS = (0, 0, 0, 5, 8, 10, 15)  # % off the list price of equipment


def weighted(rng: random.Random, values: tuple, cum_weights: tuple) -> object:
    return values[bisect(cum_weights, rng.random() * cum_weights[-1])]


class ArticlePicker:
    def __init__(self, catalogue: list[Article]) -> None:
        self.catalogue = catalogue
        self.serialised = [index for index, article in enumerate(catalogue) if article.serialised]
        self.supplies = [index for index, article in enumerate(catalogue) if not article.serialised]
        # Cheap equipment sells more often than servers.
        self.cum_weights = list(accumulate(1 / sqrt(catalogue[index].price_cents) for index in self.serialised))

    def equipment(self, rng: random.Random) -> int:
        return self.serialised[bisect(self.cum_weights, rng.random() * self.cum_weights[-1])]

    def supply(self, rng: random.Random) -> int:
        return self.supplies[int(rng.random() * len(self.supplies))]


def order_days(rng: random.Random, count: int, today: date) -> list[date]:
    """Order dates over the last three years, more of them lately (the business grows), few at weekends."""
    span = ORDER_YEARS * 365
    days = []
    for _ in range(count):
        ago = int(rng.random() * (span + 1)) if rng.random() < 0.5 else int(rng.triangular(0, span, 0))
        day = today - timedelta(days=ago)
        if day.weekday() >= 5 and rng.random() < 0.85:
            day -= timedelta(days=day.weekday() - 4)
        days.append(day)
    days.sort()
    return days


def status_for(rng: random.Random, age: int) -> str:
    for most, statuses, cum_weights in STATUS_BY_AGE:
        if most is None or age <= most:
            return weighted(rng, statuses, cum_weights)
    raise AssertionError("the last age bracket has no bound")


def ttc_cents(total_half_cents: int) -> int:
    """round(HT * 1.2, 2) half away from zero, as PostgreSQL rounds numerics; HT is counted in half-cents."""
    scaled = abs(total_half_cents) * 6
    return (1 if total_half_cents >= 0 else -1) * ((scaled + 5) // 10)


@dataclass
class OrderBook:
    """Makes the orders. Their lines, the bulk, come out as a stream (`lines()`, rows of lignes_commande);
    the orders themselves and the delivered units are collected on the way."""

    rng: random.Random
    count: int
    customers: Customers
    catalogue: list[Article]
    as_of: datetime
    orders: list[tuple] = field(default_factory=list)  # rows of commandes
    # Units of serialised articles on delivered orders: (num_commande, customer index, article index, quantity,
    # date_livraison). The deliveries are drawn from them.
    units: list[tuple] = field(default_factory=list)

    def lines(self) -> Iterator[tuple]:
        rng, as_of = self.rng, self.as_of
        today = as_of.date()
        picker = ArticlePicker(self.catalogue)
        per_year: Counter[int] = Counter()
        line_id = 0
        for day in order_days(rng, self.count, today):
            per_year[day.year] += 1
            number = f"CMD{day.year % 100:02d}-{per_year[day.year]:06d}"
            customer = self.customers.pick(rng, day)
            status = status_for(rng, (today - day).days)
            created = moment(rng, day, as_of)
            delivered = min(today, day + timedelta(days=1 + int(rng.random() * 9)))
            total = 0  # half-cents: quantities are counted in halves
            for position in range(1, weighted(rng, *LINE_COUNTS) + 1):
                ref, label, quantity, price = self._line(rng, picker, total)
                if ref is not None and self.catalogue[ref].serialised and status == "LIVREE":
                    self.units.append((number, customer, ref, quantity // 2, delivered))
                total += quantity * price
                line_id += 1
                yield (line_id, number, position * 10, None if ref is None else self.catalogue[ref].ref, label,
                       halves(quantity), cents(price), created)
            self.orders.append((number, self.customers.codes[customer], day, status, cents(ttc_cents(total)),
                                self._changed(rng, status, created, delivered)))

    def _changed(self, rng: random.Random, status: str, created: datetime, delivered: date) -> datetime:
        """When the order last changed: its creation, validation, shipping, delivery or cancellation."""
        if status == "EN_ATTENTE":
            return created
        if status == "VALIDEE":
            return min(self.as_of, created + timedelta(hours=1 + int(rng.random() * 30)))
        if status == "ANNULEE":
            return min(self.as_of, created + timedelta(hours=1 + int(rng.random() * 120)))
        shipped = delivered - timedelta(days=int(rng.random() * 2)) if status == "EXPEDIEE" else delivered
        return moment(rng, max(shipped, created.date()), self.as_of)

    @staticmethod
    def _line(rng: random.Random, picker: ArticlePicker, total_so_far: int) -> tuple[int | None, str, int, int]:
        """(article index or None, label, quantity in halves, unit price in cents) of one order line."""
        kind = rng.random()
        if kind < 0.62:
            index = picker.equipment(rng)
            article = picker.catalogue[index]
            discount = DISCOUNTS[int(rng.random() * len(DISCOUNTS))]
            quantity = 2 * SERIALISED_QUANTITIES[int(rng.random() * len(SERIALISED_QUANTITIES))]
            return index, article.label, quantity, article.price_cents * (100 - discount) // 100
        if kind < 0.92:
            index = picker.supply(rng)
            article = picker.catalogue[index]
            if article.unit == "m":
                quantity = 20 + int(rng.random() * 781)
            elif article.unit == "h":
                quantity = 1 + int(rng.random() * 16)
            else:
                quantity = 2 + 2 * int(rng.random() * 10)
            return index, article.label, quantity, article.price_cents
        label, low, high = rng.choice(vocabulary.FREE_LINES)
        if low < 0 and total_so_far + 2 * low * 100 <= 0:  # a discount never exceeds what it discounts
            label, low, high = vocabulary.FREE_LINES[0]
        return None, label, 2, (low + int(rng.random() * (high - low + 1))) * 100


def deliveries(rng: random.Random, count: int, book: Customers, catalogue: list[Article], units: list[tuple],
               as_of: datetime) -> Iterator[tuple]:
    """`count` delivered units (rows of livraisons): most drawn from the delivered orders' units, a few sent
    outside any order; numbered in date order, each article's serial numbers growing with time."""
    today = as_of.date()
    picker = ArticlePicker(catalogue)
    total_units = sum(unit[3] for unit in units)
    from_orders = min(count - round(count * FREE_DELIVERY_SHARE), total_units)
    picked = sorted(rng.sample(range(total_units), from_orders))
    drafts = []  # (date_livraison, num_commande or None, customer index, article index)
    start = next_pick = 0
    for number, customer, article, quantity, delivered in units:
        end = start + quantity
        while next_pick < len(picked) and picked[next_pick] < end:
            drafts.append((delivered, number, customer, article))
            next_pick += 1
        start = end
    for _ in range(count - from_orders):
        day = today - timedelta(days=int(rng.random() * ORDER_YEARS * 365))
        drafts.append((day, None, book.pick(rng, day), picker.equipment(rng)))
    drafts.sort(key=itemgetter(0))
    serials = [0] * len(catalogue)
    for identifier, (day, number, customer, article) in enumerate(drafts, start=1):
        serials[article] += 1
        week = day.isocalendar()
        serial = f"{catalogue[article].serial_prefix}{week.year % 100:02d}{week.week:02d}{serials[article]:06d}"
        delivered_at = moment(rng, day, as_of)
        deleted = None
        if rng.random() < DELETED_DELIVERY_SHARE:
            deleted = min(as_of, delivered_at + timedelta(days=1 + int(rng.random() * 30)))
        yield (identifier, number, book.codes[customer], catalogue[article].ref, serial, day, deleted,
               deleted or delivered_at)
