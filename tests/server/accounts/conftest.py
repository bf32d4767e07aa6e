import asyncio
import contextlib
import email
import email.policy
import re
import socket
import threading
import time
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller
from django.db import OperationalError, connection
from rest_framework.throttling import SimpleRateThrottle

from tests.server import factories


def login(api, email_address: str, password: str = factories.PASSWORD, **request_kwargs):
    return api.post(
        "/api/v1/auth/login", {"email": email_address, "password": password}, format="json", **request_kwargs
    )


def bearer(api, access: str):
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    return api


@pytest.fixture
def signed_in(api):
    """`signed_in(user)` → (API client carrying the access token, login body) after a real login."""

    def sign_in(user):
        from rest_framework.test import APIClient

        response = login(api, user.email)
        assert response.status_code == 200, response.content
        return bearer(APIClient(), response.json()["access"]), response.json()

    return sign_in


def _is_sqlite_table_lock(exc: Exception) -> bool:
    # The in-memory SQLite test database is shared-cache: a second writer gets "table is
    # locked" at once instead of waiting as on a file database (BEGIN IMMEDIATE + timeout).
    return isinstance(exc, OperationalError) and "locked" in str(exc) and connection.vendor == "sqlite"


def race(racers: int, action) -> list:
    """Run `action` in `racers` threads released together; each outcome is its result or error.
    (The service is raced directly: Django's test client is not thread-safe for errors.)"""
    start = threading.Barrier(racers)
    outcomes: list = []

    def run():
        try:
            start.wait()
            while True:
                try:
                    outcomes.append(action())
                    return
                except Exception as exc:
                    if not _is_sqlite_table_lock(exc):
                        raise
                    time.sleep(0.002)
        except Exception as exc:
            outcomes.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.fixture
def throttle_rates(monkeypatch):
    """`throttle_rates(auth_login="2/min")`: DRF reads the rates once, into a class attribute."""

    def set_rates(**rates):
        monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {**SimpleRateThrottle.THROTTLE_RATES, **rates})

    return set_rates


@dataclass
class ReceivedMail:
    sender: str
    recipients: list[str]
    message: email.message.EmailMessage

    @property
    def subject(self) -> str:
        # Django folds a long encoded subject onto a continuation line; unfolding leaves a space.
        return str(self.message["Subject"]).strip()

    @property
    def body(self) -> str:
        return self.message.get_body(preferencelist=("plain",)).get_content()

    def code(self) -> str:
        match = re.search(r"code[^:\n]*:\s*(\d{8})", self.body)
        assert match, self.body
        return match.group(1)


@dataclass
class _Collector:
    received: list[ReceivedMail] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


@dataclass
class SlowSmtpServer(_Collector):
    """Takes `delay` seconds to accept each message, and counts the mail transactions begun."""

    delay: float = 1.0
    transactions: int = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.transactions += 1
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def _serving(settings, collector: _Collector):
    controller = Controller(collector, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback; Django sends to it through its SMTP backend."""
    collector = _Collector()
    with _serving(settings, collector):
        yield collector.received


@pytest.fixture
def slow_smtp_server(settings):
    """A real SMTP server on loopback that takes a second to accept each message."""
    server = SlowSmtpServer()
    with _serving(settings, server):
        yield server
