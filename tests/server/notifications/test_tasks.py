"""The Celery task of the e-mail outbox (at scale) sends through the same sender, to a real SMTP
server on loopback."""

import pytest

from notifications.models import EmailOutbox, EmailStatus
from notifications.services.outbox import email_enqueue
from notifications.tasks import send_emails

pytestmark = pytest.mark.django_db


def test_the_task_sends_what_is_pending_once(cast, smtp_server):
    email_enqueue(user=cast["alice"], notification_type="message.created",
                  payload={"reference": "SAV-2026-000001", "subject": "Panne", "excerpt": "Bonjour"})

    assert send_emails.apply().get() == 1
    assert send_emails.apply().get() == 0

    (mail,) = smtp_server
    assert mail.recipients == ["alice@martin.fr"]
    assert list(EmailOutbox.objects.values_list("status", flat=True)) == [EmailStatus.SENT]
