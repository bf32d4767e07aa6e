"""`manage.py send_emails`: the outbox's sender on its own."""

import pytest
from django.core import mail
from django.core.management import call_command

from notifications.models import EmailStatus
from notifications.services.outbox import email_enqueue
from notifications.worker import worker_id


@pytest.mark.django_db
def test_send_emails_once_sends_what_is_pending_under_the_host_and_process_name(cast):
    row = email_enqueue(user=cast["alice"], notification_type="message.created", payload={"reference": "SAV-1"})

    call_command("send_emails", "--once")

    row.refresh_from_db()
    assert [message.to for message in mail.outbox] == [["alice@martin.fr"]]
    assert row.status == EmailStatus.SENT
    assert row.lease_owner.startswith(f"{worker_id()}/")
