"""`manage.py seed_demo`: a realistic French demo data set (see demo/ for what it builds).

    seed_demo                      # ~300 tickets, fixed seed: the same data on every machine
    seed_demo --if-empty           # what `make run` does on every start: nothing if users exist
    seed_demo --tickets 1000000    # a big base for benchmarks
"""

import random
import time
from datetime import date, datetime
from datetime import time as clock_time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from demo import catalogue
from demo.generator import FULL_STORIES, TicketGenerator
from demo.people import build_world
from demo.writer import BatchWriter, current_counters, next_ids

DEFAULT_SEED = 2026
DEMO_EMAILS = [email for email, *_ in catalogue.STAFF] + [email for email, *_ in catalogue.DEMO_CLIENTS]


class Command(BaseCommand):
    help = "Fill the database with a realistic French demo data set (accounts password: SavDemo!2026)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tickets", type=int, default=300, help="Number of tickets (default 300).")
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if the database already has users."
        )
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED,
            help=f"Random seed (default {DEFAULT_SEED}): the same seed gives the same data.",
        )
        parser.add_argument(
            "--today", type=date.fromisoformat, default=None,
            help="Date the data set ends on, YYYY-MM-DD (default: today). Tickets cover the year before it.",
        )
        parser.add_argument(
            "--full-stories", type=int, default=FULL_STORIES,
            help=f"About how many tickets get a discussion and history (default {FULL_STORIES:,}); "
            "the others are rows only, which keeps big runs fast.",
        )
        parser.add_argument("--batch-size", type=int, default=5000, help="Tickets written per transaction.")

    def handle(
        self, *args, tickets: int, if_empty: bool, seed: int, today: date | None, full_stories: int,
        batch_size: int, **options,
    ):
        if tickets < 0 or full_stories < 0 or batch_size < 1:
            raise CommandError("--tickets and --full-stories must be >= 0, --batch-size >= 1.")
        if if_empty and User.objects.exists():
            self.stdout.write("The database already has users: no demo data added.")
            return
        if User.objects.filter(email__in=DEMO_EMAILS).exists():
            raise CommandError("Demo accounts already exist: use a fresh database, or --if-empty.")
        started = time.perf_counter()
        rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
        day = today or timezone.localdate()
        end = datetime.combine(day, clock_time(0), tzinfo=timezone.get_current_timezone())
        with transaction.atomic():
            world = build_world(rng=rng, today=end)
        generator = TicketGenerator(
            world=world, rng=rng, today=end, total=tickets, ids=next_ids(), counters=current_counters(),
            full_stories=full_stories,
        )
        writer = BatchWriter()
        report_every = max(batch_size, 100_000)
        for rows in generator.batches(batch_size):
            writer.write(rows, generator.counters)
            done = writer.totals["tickets"]
            if tickets >= 2 * report_every and done % report_every < batch_size:
                self.stdout.write(f"  {done:,} tickets ({time.perf_counter() - started:.0f} s)")
        writer.finish()
        self._summary(world.counts, writer.totals, time.perf_counter() - started)

    def _summary(self, counts: dict[str, int], totals: dict[str, int], seconds: float) -> None:
        parts = ", ".join(f"{value:,} {name}" for name, value in {**counts, **totals}.items())
        self.stdout.write(self.style.SUCCESS(f"Demo data ready in {seconds:.1f} s: {parts}."))
        self.stdout.write(f"Sign in with {', '.join(DEMO_EMAILS)} — password {catalogue.DEMO_PASSWORD}")
