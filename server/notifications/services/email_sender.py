"""The e-mail sender: claims outbox rows, sends them, marks each one sent in its own commit.

Claiming is one conditional UPDATE (`status = pending`, or `sending` with an expired lease): when two
workers race, the database lets one UPDATE match a row and the other finds it already taken, so a
row is sent by one worker at a time. A worker that dies mid-batch leaves its rows `sending`; they
are claimed again once their lease has expired. A row is marked sent right after the SMTP server
accepted it; only a crash between those two steps can send it again, with the same Message-ID.

The embedded server runs this in a thread (`notifications.worker`), `manage.py send_emails` runs it
alone, and at scale a Celery task will call `send_pending_emails` the same way."""

import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import OperationalError
from django.db.models import F, Q
from django.utils import timezone

from core.text import one_line
from notifications.models import EmailOutbox, EmailStatus

logger = logging.getLogger(__name__)


@dataclass
class SendReport:
    claimed: int = 0
    sent: list[int] = field(default_factory=list)
    retried: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)


def _claimable(now, lease_seconds: int) -> Q:
    expired = now - timedelta(seconds=lease_seconds)
    return Q(status=EmailStatus.PENDING, not_before__lte=now) | Q(status=EmailStatus.SENDING, claimed_at__lt=expired)


def claim(*, worker_id: str, batch: int, lease_seconds: int) -> tuple[str, list[EmailOutbox]]:
    """Take up to `batch` rows for this worker: (lease token, rows)."""
    now = timezone.now()
    token = f"{worker_id}/{uuid.uuid4().hex[:12]}"
    candidates = list(
        EmailOutbox.objects.filter(_claimable(now, lease_seconds)).order_by("id").values_list("id", flat=True)[:batch]
    )
    if not candidates:
        return token, []
    EmailOutbox.objects.filter(_claimable(now, lease_seconds), id__in=candidates).update(
        status=EmailStatus.SENDING, claimed_at=now, lease_owner=token, attempts=F("attempts") + 1
    )
    return token, list(EmailOutbox.objects.filter(lease_owner=token, status=EmailStatus.SENDING).order_by("id"))


def _with_retries(write, *, tries: int = 50):
    """A write after the SMTP server accepted the e-mail must not be lost to a busy database
    (SQLite's lock), or the e-mail would be sent again."""
    for attempt in range(tries):
        try:
            return write()
        except OperationalError:
            if attempt == tries - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return None


def _message(row: EmailOutbox, connection) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=one_line(row.subject),  # whoever wrote the row: a header is one line
        body=row.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[row.to_address],
        headers={"Message-ID": row.message_id},
        connection=connection,
    )
    if row.body_html:
        message.attach_alternative(row.body_html, "text/html")
    return message


def _mark_sent(row: EmailOutbox, token: str) -> None:
    _with_retries(
        lambda: EmailOutbox.objects.filter(pk=row.pk, lease_owner=token).update(
            status=EmailStatus.SENT, sent_at=timezone.now(), last_error=""
        )
    )


def _mark_not_sent(row: EmailOutbox, token: str, error: Exception, report: SendReport) -> None:
    final = row.attempts >= settings.SAV_EMAIL_MAX_ATTEMPTS
    delay = timedelta(seconds=min(3600, 30 * 2 ** (row.attempts - 1)))
    _with_retries(
        lambda: EmailOutbox.objects.filter(pk=row.pk, lease_owner=token).update(
            status=EmailStatus.FAILED if final else EmailStatus.PENDING,
            not_before=timezone.now() + delay,
            last_error=f"{type(error).__name__}: {error}"[:2000],
        )
    )
    (report.failed if final else report.retried).append(row.pk)


def send_pending_emails(*, worker_id: str, batch: int | None = None, lease_seconds: int | None = None) -> SendReport:
    """Claim one batch and send it. Returns what happened; `claimed < batch` means the queue is empty."""
    batch = batch or settings.SAV_EMAIL_BATCH
    lease_seconds = lease_seconds or settings.SAV_EMAIL_LEASE_SECONDS
    token, rows = claim(worker_id=worker_id, batch=batch, lease_seconds=lease_seconds)
    report = SendReport(claimed=len(rows))
    if not rows:
        return report
    connection = get_connection(fail_silently=False)
    try:
        for row in rows:
            if row.attempts > settings.SAV_EMAIL_MAX_ATTEMPTS:  # a lease that kept expiring (crash loop)
                _mark_not_sent(row, token, RuntimeError("too many attempts"), report)
                continue
            try:
                _message(row, connection).send()
            except Exception as exc:
                logger.warning("e-mail %s to %s not sent: %s", row.pk, row.to_address, exc)
                _mark_not_sent(row, token, exc, report)
                connection.close()  # a broken SMTP session is reopened for the next row
                continue
            _mark_sent(row, token)
            report.sent.append(row.pk)
    finally:
        connection.close()
    return report


def drain(*, worker_id: str, batch: int | None = None, lease_seconds: int | None = None) -> SendReport:
    """Send batches until none is full (what is pending now, not what arrives meanwhile forever)."""
    batch = batch or settings.SAV_EMAIL_BATCH
    total = SendReport()
    while True:
        report = send_pending_emails(worker_id=worker_id, batch=batch, lease_seconds=lease_seconds)
        total.claimed += report.claimed
        total.sent += report.sent
        total.retried += report.retried
        total.failed += report.failed
        if report.claimed < batch:
            return total
