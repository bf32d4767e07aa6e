"""Fixtures of the tickets tests: tickets opened through the service, as the product does."""

import pytest

from tests.server import factories
from tickets.services.tickets import ticket_create


@pytest.fixture
def open_ticket(category):
    """`open_ticket(actor, **fields)` → a ticket opened by `actor` through `ticket_create`."""

    def make(actor, **fields):
        fields.setdefault("subject", "Terminal de paiement en panne")
        fields.setdefault("description", "Le terminal affiche une erreur E42 au démarrage.")
        fields.setdefault("category_id", category.id)
        return ticket_create(actor=actor, **fields).obj

    return make


@pytest.fixture
def alice_ticket(open_ticket, alice):
    """An open ticket of customer A, asked by Alice."""
    return open_ticket(alice)


@pytest.fixture
def carol(customer_a):
    """Another client of customer A."""
    return factories.make_client_user(customer_a, email="carol@martin.fr", full_name="Carol Martin")


@pytest.fixture
def helper_agent(db):
    """Staff who see only the tickets assigned to them or that they watch (no tickets.view_all)."""
    from accounts.models import AgentProfile, Role, User
    from shared_schemas.enums import Permission

    role = Role.objects.create(
        code="helper",
        name="Helper",
        audience="staff",
        permissions=[
            Permission.TICKETS_CREATE, Permission.TICKETS_REPLY, Permission.TICKETS_NOTE,
            Permission.TICKETS_CHANGE_STATUS, Permission.TICKETS_WATCH, Permission.REMINDERS_MANAGE,
        ],
    )
    user = User.objects.create_user(
        "hugo@origyne.fr", factories.PASSWORD, full_name="Hugo Helper", role=role
    )
    AgentProfile.objects.create(user=user)
    return user
