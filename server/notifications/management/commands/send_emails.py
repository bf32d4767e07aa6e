"""`manage.py send_emails [--once] [--worker-id ID]`: the e-mail sender on its own (the embedded
server runs it in a thread; at scale a Celery worker calls the same function)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from notifications.services.email_sender import drain
from notifications.worker import worker_id as default_worker_id


class Command(BaseCommand):
    help = "Send the e-mails waiting in the outbox (claimed atomically: safe with several senders)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Send what is pending, then exit.")
        parser.add_argument("--worker-id", default=None, help="Name in the lease (default host:pid).")
        parser.add_argument("--batch", type=int, default=None)
        parser.add_argument("--lease-seconds", type=int, default=None)
        parser.add_argument("--poll-seconds", type=float, default=None)

    def handle(self, *args, once: bool, worker_id: str | None, batch, lease_seconds, poll_seconds, **options):
        me = worker_id or default_worker_id()
        poll = poll_seconds or settings.SAV_EMAIL_POLL_SECONDS
        while True:
            report = drain(worker_id=me, batch=batch, lease_seconds=lease_seconds)
            if report.claimed:
                self.stdout.write(
                    f"sent {len(report.sent)}, to retry {len(report.retried)}, failed {len(report.failed)}"
                )
            if once:
                return
            time.sleep(poll)
