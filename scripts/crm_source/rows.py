"""The demo CRM's rows, made from a seed: the same seed and the same `as_of` give the same rows.

Each generator returns tuples in the order of its table's COLUMNS, ready for COPY. Amounts are
exact: quantities are counted in halves, prices in cents, and an order's `montant_ttc` is what
PostgreSQL computes from its lines, round(sum(quantite * prix_unitaire) * 1.2, 2)."""

import random
import unicodedata
from bisect import bisect
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from scripts.crm_source import vocabulary
from scripts.crm_source.vocabulary import Article

COLUMNS = {
    "societes": ("code_client", "raison_sociale", "siret", "email", "telephone", "adresse", "code_postal", "ville",
                 "pays", "commercial", "encours_autorise", "actif", "date_creation", "date_maj"),
    "interlocuteurs": ("id", "code_client", "civilite", "prenom", "nom", "email", "telephone", "fonction", "actif",
                       "date_maj"),
    "articles": ("ref_article", "libelle", "description", "famille", "unite", "prix_achat_ht", "prix_vente_ht",
                 "suivi_serie", "actif", "date_maj"),
    "commandes": ("num_commande", "code_client", "date_commande", "statut", "montant_ttc", "date_maj"),
    "lignes_commande": ("id", "num_commande", "num_ligne", "ref_article", "libelle", "quantite", "prix_unitaire",
                        "date_maj"),
    "livraisons": ("id", "num_commande", "code_client", "ref_article", "numero_serie", "date_livraison",
                   "supprime_le", "date_maj"),
}
WORKING_DAY_SECONDS = 11 * 3600
FOREIGN_SHARE = 0.02  # customers in Belgium, Luxembourg, Switzerland: no SIRET
SALES_REPS = ["Sophie Marchand", "Julien Roche", "Camille Besson", "Thomas Lemaire", "Élodie Garnier", None]


@dataclass(frozen=True)
class Sizes:
    customers: int = 200
    contacts: int = 600
    orders: int = 3000
    deliveries: int = 5000


@dataclass
class Customers:
    """What orders, contacts and deliveries need to know of the customers, in parallel lists."""

    codes: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    postal_codes: list[str] = field(default_factory=list)
    created: list[date] = field(default_factory=list)
    closed: list[date | None] = field(default_factory=list)
    cum_weights: list[float] = field(default_factory=list)

    def pick(self, rng: random.Random, day: date) -> int:
        """A customer, the big ones more often, that was a customer on `day` if one comes up in a few draws."""
        index = 0
        for _ in range(12):
            index = bisect(self.cum_weights, rng.random() * self.cum_weights[-1])
            if self.created[index] <= day and (self.closed[index] is None or day <= self.closed[index]):
                break
        return index


@cache  # a few thousand distinct prices among a million lines
def cents(value: int) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}{abs(value) // 100}.{abs(value) % 100:02d}"


@cache
def halves(value: int) -> str:
    return f"{value // 2}.5" if value % 2 else str(value // 2)


def luhn_digit(payload: str) -> str:
    """The digit that makes payload + digit pass the Luhn check (SIREN and SIRET use it)."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        digit = int(char) * (2 if position % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return str(-total % 10)


def siret(rng: random.Random) -> str:
    """A SIREN (8 digits + Luhn key) then an establishment number (NIC) whose key makes all 14 digits pass."""
    siren = f"{rng.randrange(10_000_000, 99_999_999)}"
    siren += luhn_digit(siren)
    nic = f"{siren}{rng.choice(('0001', '0001', '0001', '0002', '0003', '0004'))}"
    return nic + luhn_digit(nic)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def phone(rng: random.Random, country: str, postal_code: str, *, mobile: bool = False) -> str:
    tail = f"{rng.randrange(100):02d} {rng.randrange(100):02d}"
    if country != "FR":
        return f"+{vocabulary.COUNTRY_CALLING_CODES[country]} {rng.randrange(2, 9)} {rng.randrange(100, 999)} {tail}"
    prefix = vocabulary.MOBILE_RANGE if mobile else vocabulary.PHONE_RANGES[vocabulary.region_digit(postal_code)]
    return f"+33 {prefix} {tail}"


@cache
def opening(day: date) -> datetime:
    return datetime.combine(day, time(7, 0), UTC)


def moment(rng: random.Random, day: date, as_of: datetime) -> datetime:
    """A time during the working day of `day` (7 am to 6 pm UTC), never after `as_of`."""
    return min(opening(day) + timedelta(seconds=int(rng.random() * WORKING_DAY_SECONDS)), as_of)


def company_name(rng: random.Random, town: vocabulary.Town) -> str:
    shape = rng.random()
    surname = rng.choice(vocabulary.LAST_NAMES)
    if shape < 0.04:
        return f"{rng.choice(vocabulary.PUBLIC_BODIES)} {town.city}"
    if shape < 0.45:
        name = f"{rng.choice(vocabulary.TRADES)} {surname}"
    elif shape < 0.65:
        name = f"{rng.choice(vocabulary.TRADES)} {rng.choice(vocabulary.PLACES)}"
    elif shape < 0.80:
        name = f"{surname} {rng.choice(('& Fils', 'et Associés', 'Frères', 'Services'))}"
    else:
        name = f"{rng.choice(vocabulary.NAME_STEMS)}{rng.choice(vocabulary.NAME_ENDINGS)}"
    return f"{name} {rng.choice(vocabulary.LEGAL_FORMS)}"


def domain_for(name: str) -> str:
    """The company's web domain: its name without the legal form, under the reserved `.example`."""
    words = name.split()
    if words[-1] in vocabulary.LEGAL_FORMS:
        words.pop()
    return f"{slug(' '.join(words))[:40].strip('-')}.example"


def customers(rng: random.Random, count: int, as_of: datetime) -> tuple[list[tuple], Customers]:
    today = as_of.date()
    book = Customers()
    rows = []
    names: set[str] = set()
    number = 100
    weight = 0.0
    for _ in range(count):
        number += rng.choice((1, 1, 1, 2, 3))
        code = f"C{number:06d}"
        town = rng.choice(vocabulary.FOREIGN_TOWNS if rng.random() < FOREIGN_SHARE else vocabulary.TOWNS)
        name = company_name(rng, town)
        while name in names:
            name = company_name(rng, town) if rng.random() < 0.7 else f"{name} ({town.postal_code})"
        names.add(name)
        created = today - timedelta(days=rng.randrange(20, 15 * 365))
        closed = None
        if rng.random() < 0.06 and (today - created).days > 240:
            closed = created + timedelta(days=rng.randrange(180, (today - created).days - 30))
        domain = domain_for(name)
        street = f"{rng.randrange(1, 180)} {rng.choice(vocabulary.STREET_TYPES)} {rng.choice(vocabulary.STREET_NAMES)}"
        if rng.random() < 0.15:
            street = f"{rng.choice(vocabulary.BUSINESS_PARKS)}, {street}"
        changed = moment(rng, closed or created + timedelta(days=rng.randrange(max(1, (today - created).days))),
                         as_of)
        rows.append((
            code, name, siret(rng) if town.country == "FR" else None,
            f"{rng.choice(vocabulary.MAILBOXES)}@{domain}" if rng.random() < 0.93 else None,
            phone(rng, town.country, town.postal_code) if rng.random() < 0.97 else None,
            street, town.postal_code, town.city, town.country, rng.choice(SALES_REPS),
            cents(rng.choice((5_000, 10_000, 20_000, 50_000, 100_000)) * 100), closed is None,
            moment(rng, created, as_of), changed,
        ))
        weight += min(rng.paretovariate(1.16), 150.0)
        book.codes.append(code)
        book.domains.append(domain)
        book.countries.append(town.country)
        book.postal_codes.append(town.postal_code)
        book.created.append(created)
        book.closed.append(closed)
        book.cum_weights.append(weight)
    return rows, book


def contacts(rng: random.Random, count: int, book: Customers, as_of: datetime) -> list[tuple]:
    """At least one contact per customer while there are enough, the others where the orders go."""
    owners = list(range(len(book.codes)))[:count]
    total = book.cum_weights[-1]
    owners += [bisect(book.cum_weights, rng.random() * total) for _ in range(count - len(owners))]
    owners.sort()
    rows = []
    for number, owner in enumerate(owners, start=1):
        first, title = rng.choice(vocabulary.FIRST_NAMES)
        last = rng.choice(vocabulary.LAST_NAMES)
        mailbox = f"{slug(first)}.{slug(last)}".replace("-", "")
        email = f"{mailbox}@{book.domains[owner]}" if rng.random() < 0.9 else None
        mobile = rng.random() < 0.6
        changed = moment(rng, book.closed[owner] or book.created[owner] + timedelta(
            days=rng.randrange(max(1, (as_of.date() - book.created[owner]).days))), as_of)
        rows.append((
            number, book.codes[owner], title, first, last, email,
            phone(rng, book.countries[owner], book.postal_codes[owner], mobile=mobile) if rng.random() < 0.85 else None,
            rng.choice(vocabulary.JOB_TITLES) if rng.random() < 0.9 else None,
            book.closed[owner] is None and rng.random() > 0.08, changed,
        ))
    return rows


def articles(rng: random.Random, catalogue: list[Article], as_of: datetime) -> list[tuple]:
    today = as_of.date()
    return [
        (article.ref, article.label, article.description, article.family, article.unit,
         cents(article.price_cents * rng.randrange(55, 80) // 100), cents(article.price_cents), article.serialised,
         rng.random() > 0.05, moment(rng, today - timedelta(days=rng.randrange(3 * 365)), as_of))
        for article in catalogue
    ]
