import pytest

from accounts.models import Role
from tests.server import factories
from tests.server.accounts.conftest import smtp_server  # noqa: F401  (a real SMTP server on loopback)


@pytest.fixture
def cast(customer_a, customer_b):
    """Everyone around Alice's ticket, by name: alice (requester), carol (another client of the same
    customer), bob (client of another customer), marc (assignee), lea (watcher), anne (other staff who
    sees every ticket), sam (staff who only sees the tickets assigned to or watched by him)."""
    support = Role.objects.create(code="support", name="Support", audience="staff", permissions=["tickets.reply"])
    people = {
        "alice": factories.make_client_user(customer_a, email="alice@martin.fr", full_name="Alice Martin"),
        "carol": factories.make_client_user(customer_a, email="carol@martin.fr", full_name="Carole Martin"),
        "bob": factories.make_client_user(customer_b, email="bob@durand.fr", full_name="Bob Durand"),
        "marc": factories.make_staff_user("agent", email="marc@origyne.fr", full_name="Marc Agent"),
        "lea": factories.make_staff_user("agent", email="lea@origyne.fr", full_name="Léa Agent"),
        "anne": factories.make_staff_user("administrator", email="anne@origyne.fr", full_name="Anne Admin"),
    }
    people["sam"] = factories.make_staff_user("agent", email="sam@origyne.fr", full_name="Sam Support")
    people["sam"].role = support
    people["sam"].save(update_fields=["role"])
    return people


@pytest.fixture
def ticket(cast):
    """Alice's ticket, assigned to Marc and watched by Léa."""
    ticket = factories.make_ticket(cast["alice"], subject="Terminal de paiement en panne", assignee=cast["marc"])
    ticket.watchers.add(cast["lea"])
    return ticket
