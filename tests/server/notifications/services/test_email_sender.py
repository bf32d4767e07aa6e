"""E-mails through the outbox reach a real SMTP server on loopback, once each, even with two senders
at once or a sender killed mid-run."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import OperationalError, connection

from notifications.models import EmailOutbox, EmailStatus
from notifications.services.email_sender import drain, send_pending_emails
from notifications.services.outbox import email_enqueue
from tests.server import factories
from tickets.services.lifecycle import ticket_start
from tickets.services.messages import message_add

REPO = Path(__file__).resolve().parents[4]


@pytest.mark.django_db
def test_a_reply_e_mails_the_requester_in_french_with_the_excerpt(cast, ticket, smtp_server):
    message_add(actor=cast["marc"], ticket=ticket, body="Le technicien passera jeudi matin pour l'échange.")
    ticket_start(actor=cast["marc"], ticket=ticket)

    report = send_pending_emails(worker_id="test")

    assert len(report.sent) == 2
    reply, status = smtp_server
    assert reply.recipients == status.recipients == ["alice@martin.fr"]
    assert reply.subject == f"[{ticket.reference}] Nouvelle réponse : Terminal de paiement en panne"
    assert "Marc Agent a répondu sur le ticket." in reply.body
    assert "« Le technicien passera jeudi matin pour l'échange. »" in reply.body
    assert "Préférences › Notifications" in reply.body
    assert "de « Ouvert » à « En cours »" in status.body
    assert {mail.message["Message-ID"] for mail in smtp_server} == set(
        EmailOutbox.objects.values_list("message_id", flat=True)
    )
    assert set(EmailOutbox.objects.values_list("status", flat=True)) == {EmailStatus.SENT}


@pytest.mark.django_db
def test_a_ticket_subject_with_line_breaks_is_one_subject_line_and_adds_no_header(cast, smtp_server):
    """A subject stored before line breaks were refused (or written by any other path)."""
    ticket = factories.make_ticket(
        cast["alice"], subject="Panne\r\nBcc: pirate@exemple.com\u2028X-Priority: 1", assignee=cast["marc"]
    )
    message_add(actor=cast["marc"], ticket=ticket, body="Nous regardons.")
    EmailOutbox.objects.update(subject="Ligne\nBcc: pirate@exemple.com")
    rendered_row = email_enqueue(user=cast["alice"], notification_type="message.created",
                                 payload={"reference": ticket.reference, "subject": ticket.subject})

    assert rendered_row.subject.endswith("Panne Bcc: pirate@exemple.com X-Priority: 1")
    report = send_pending_emails(worker_id="test")

    assert len(report.sent) == 2
    stored_row, rendered = smtp_server
    assert stored_row.subject == "Ligne Bcc: pirate@exemple.com"
    assert rendered.subject == f"[{ticket.reference}] Nouvelle réponse : Panne Bcc: pirate@exemple.com X-Priority: 1"
    for mail in smtp_server:
        assert mail.recipients == ["alice@martin.fr"]
        assert (mail.message["Bcc"], mail.message["X-Priority"]) == (None, None)


@pytest.mark.django_db
def test_an_unreachable_smtp_server_leaves_the_e_mail_for_a_later_try(cast, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    row = email_enqueue(user=cast["alice"], notification_type="message.created", payload={"reference": "SAV-1"})

    report = send_pending_emails(worker_id="test")

    row.refresh_from_db()
    assert report.retried == [row.id]
    assert (row.status, row.attempts) == (EmailStatus.PENDING, 1) and row.last_error


def _enqueue_many(user, count: int) -> None:
    for index in range(count):
        email_enqueue(user=user, notification_type="message.created",
                      payload={"reference": f"SAV-2026-{index:06d}", "subject": "Panne", "excerpt": f"n°{index}"})


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_senders_at_once_send_each_e_mail_exactly_once(cast, smtp_server):
    _enqueue_many(cast["alice"], 30)
    start = threading.Barrier(2)
    errors = []

    def sender(name: str) -> None:
        try:
            start.wait()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    if drain(worker_id=name, batch=3).claimed == 0:
                        return
                except OperationalError as exc:  # the in-memory SQLite test database's table lock
                    if "locked" not in str(exc):
                        raise
                    time.sleep(0.01)
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=sender, args=(name,)) for name in ("one", "two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    ids = [mail.message["Message-ID"] for mail in smtp_server]
    assert errors == []
    assert sorted(ids) == sorted(EmailOutbox.objects.values_list("message_id", flat=True))
    assert len(ids) == len(set(ids)) == 30


# --- a sender killed mid-run ---------------------------------------------------------------------


def _manage(env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=REPO / "server", env=env, check=check,
                          capture_output=True, text=True, timeout=120)


def test_a_sender_killed_mid_run_sends_every_e_mail_exactly_once_after_restart(tmp_path, monkeypatch):
    """The sender runs as `manage.py send_emails` on a SQLite file; the SMTP server kills it with
    SIGKILL when the 4th e-mail arrives (after 3 were accepted and marked sent, the 4th claimed but
    not accepted). Restarted once the lease is over, it sends what is left: each Message-ID once."""
    import email as email_lib
    import email.policy

    from aiosmtpd.controller import Controller

    from tests.server.accounts.conftest import _free_port

    received: list[str] = []
    victim: dict[str, subprocess.Popen] = {}

    class KillAtFourth:
        async def handle_DATA(self, server, session, envelope):
            message = email_lib.message_from_bytes(envelope.content, policy=email.policy.default)
            if len(received) == 3 and "process" in victim:
                os.kill(victim.pop("process").pid, signal.SIGKILL)
                return "451 Try again later"
            received.append(message["Message-ID"])
            return "250 OK"

    controller = Controller(KillAtFourth(), hostname="127.0.0.1", port=_free_port())
    controller.start()
    env = {
        **os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'sav.sqlite3'}", "SAV_DATA_DIR": str(tmp_path),
        "SAV_EMAIL_BACKEND": "smtp", "SAV_EMAIL_HOST": "127.0.0.1", "SAV_EMAIL_PORT": str(controller.port),
        "SAV_EMBEDDED_WORKERS": "false", "PYTHONPATH": str(REPO),
    }
    try:
        _manage(env, "migrate", "-v", "0")
        _manage(env, "shell", "-c", (
            "from notifications.services.outbox import email_enqueue\n"
            "from accounts.models import Role, User\n"
            "marc = User.objects.create_user('marc@origyne.fr', None, full_name='Marc Agent',"
            " role=Role.objects.get(code='agent'))\n"
            "for i in range(8):\n"
            "    email_enqueue(user=marc, notification_type='ticket.assigned', payload={'reference': f'SAV-{i}'})\n"
        ))
        victim["process"] = subprocess.Popen(
            [sys.executable, "manage.py", "send_emails", "--once", "--batch", "2", "--lease-seconds", "2",
             "--worker-id", "first"], cwd=REPO / "server", env=env)
        assert victim.get("process") is None or victim["process"].wait(timeout=60) is not None
        first_run = list(received)
        time.sleep(2.5)  # the killed sender's lease expires
        _manage(env, "send_emails", "--once", "--lease-seconds", "2", "--worker-id", "second")
        statuses = _manage(env, "shell", "-c", (
            "from notifications.models import EmailOutbox\n"
            "print(sorted(set(EmailOutbox.objects.values_list('status', flat=True))),"
            " EmailOutbox.objects.count())"
        )).stdout.strip().splitlines()[-1]
    finally:
        controller.stop()
        if "process" in victim:
            victim["process"].kill()

    assert len(first_run) == 3
    assert len(received) == len(set(received)) == 8
    assert statuses == "['sent'] 8"
