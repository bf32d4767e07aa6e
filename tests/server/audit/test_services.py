"""Every administrative change writes one audit row per kind of change, in its own transaction,
with only the fields that changed and the address of the request."""

from decimal import Decimal

import pytest
from django.db import transaction

from accounts.models import AgentProfile, Role
from accounts.services.agents import agent_update
from accounts.services.roles import role_create, role_delete, role_update
from accounts.services.users import me_update, user_create, user_deactivate, user_reactivate, user_update
from audit.context import client_address_set
from audit.models import AuditEvent
from audit.services import audit_diff, audit_record
from crm import services as crm
from shared_schemas.audit import AuditAction, AuditTarget
from tests.server.audit.conftest import ADDRESS, journal, one
from tickets.services.categories import category_create, category_update

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Brand-New-Horse-84"


def actions() -> list[str]:
    return [row.action for row in journal()]


# --- the recording path itself ----------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_row_is_refused_outside_the_transaction_of_a_change(admin):
    with pytest.raises(RuntimeError, match="transaction"):
        audit_record(actor=admin, action=AuditAction.USER_UPDATED, target_type=AuditTarget.USER)

    assert not AuditEvent.objects.exists()


@pytest.mark.parametrize("key", ["password", "new_password", "password_hash", "refresh_token", "client_secret"])
def test_a_row_never_holds_a_secret(admin, key):
    with pytest.raises(ValueError, match=key), transaction.atomic():
        audit_record(actor=admin, action=AuditAction.USER_UPDATED, target_type=AuditTarget.USER, after={key: "x"})

    assert not AuditEvent.objects.exists()


def test_a_change_that_rolls_back_leaves_no_row(admin):
    with pytest.raises(RuntimeError, match="next step"), transaction.atomic():
        category_create(actor=admin, name="Garantie")
        raise RuntimeError("the caller's next step fails")

    assert journal() == []


def test_a_refused_change_leaves_no_row(admin, agent):
    with pytest.raises(Exception, match="own account"):
        user_deactivate(actor=admin, user=admin)

    assert journal() == []


def test_the_actor_email_is_a_snapshot(admin, agent, from_address):
    user_update(actor=admin, user=agent, phone="04 72 00 00 00")
    admin.email = "anne.admin@origyne.fr"
    admin.save(update_fields=["email"])

    row = one()
    assert (row.actor_id, row.actor_email, row.ip_address) == (admin.pk, "admin@origyne.fr", ADDRESS)


@pytest.mark.parametrize(("given", "kept"), [("2001:DB8::1", "2001:db8::1"), ("unknown", None), ("", None)])
def test_only_an_ip_address_is_kept_as_the_address(admin, given, kept):
    with client_address_set(given):
        category_create(actor=admin, name="Garantie")

    assert one().ip_address == kept


def test_the_diff_keeps_only_what_changed():
    assert audit_diff({"a": 1, "b": "x", "c": None}, {"a": 1, "b": "y", "c": 2}) == ({"b": "x", "c": None},
                                                                                     {"b": "y", "c": 2})


# --- users ---------------------------------------------------------------------------------------


def test_creating_an_account_with_a_password_records_it_without_the_password(admin, customer_a, from_address):
    zoe = user_create(actor=admin, email="Zoe@Martin.fr", full_name="Zoé Martin", role=Role.objects.get(code="client"),
                      customer=customer_a, password=NEW_PASSWORD)

    row = one()
    assert (row.action, row.actor_id, row.target_type, row.target_id, row.target_label, row.ip_address) == (
        "user.created", admin.pk, "user", str(zoe.pk), "zoe@martin.fr", ADDRESS)
    assert row.before is None
    assert row.after == {"email": "zoe@martin.fr", "full_name": "Zoé Martin", "phone": "", "language": "fr",
                         "role": "Client", "customer": "Boulangeries Martin", "contact": None}
    assert NEW_PASSWORD not in str(row.after)


def test_creating_an_account_without_a_password_records_the_invitation(admin, from_address):
    nina = user_create(actor=admin, email="nina@origyne.fr", full_name="Nina Neuve",
                       role=Role.objects.get(code="agent"))

    assert actions() == ["user.created", "user.invited"]
    invited = one(action="user.invited")
    assert (invited.target_id, invited.before, invited.after) == (str(nina.pk), None, None)


def test_a_profile_edit_records_only_the_changed_fields(admin, agent, from_address):
    user_update(actor=admin, user=agent, full_name="Marc Agent", phone="04 72 00 00 00", language="en")

    row = one()
    assert (row.action, row.before, row.after) == (
        "user.updated", {"phone": "", "language": "fr"}, {"phone": "04 72 00 00 00", "language": "en"})


def test_an_edit_that_changes_nothing_records_nothing(admin, agent):
    user_update(actor=admin, user=agent, full_name=agent.full_name)

    assert journal() == []


def test_a_role_change_is_its_own_row(admin, agent, from_address):
    user_update(actor=admin, user=agent, role=Role.objects.get(code="administrator"), phone="01 00 00 00 00")

    assert actions() == ["user.updated", "user.role_changed"]
    row = one(action="user.role_changed")
    assert (row.before, row.after) == ({"role": "Agent"}, {"role": "Administrateur"})


def test_moving_a_client_to_another_customer_records_the_customer_and_contact(admin, alice, customer_b):
    contact_a = alice.contact
    user_update(actor=admin, user=alice, customer=customer_b)

    row = one()
    assert row.action == "user.customer_changed"
    assert (row.before, row.after) == ({"customer": "Boulangeries Martin", "contact": str(contact_a)},
                                       {"customer": "Garage Durand", "contact": None})


def test_a_client_made_staff_changes_role_and_customer(admin, alice):
    user_update(actor=admin, user=alice, role=Role.objects.get(code="agent"))

    assert actions() == ["user.role_changed", "user.customer_changed"]


def test_deactivation_and_reactivation_are_recorded_once_each(admin, agent, from_address):
    user_deactivate(actor=admin, user=agent)
    user_deactivate(actor=admin, user=agent)  # already inactive: nothing changes
    user_reactivate(actor=admin, user=agent)
    user_reactivate(actor=admin, user=agent)

    assert [(row.action, row.before, row.after) for row in journal()] == [
        ("user.deactivated", {"is_active": True}, {"is_active": False}),
        ("user.reactivated", {"is_active": False}, {"is_active": True}),
    ]


def test_a_user_editing_their_own_profile_is_recorded_as_actor_and_target(alice, from_address):
    me_update(actor=alice, phone="06 00 00 00 00", language="fr")

    row = one()
    assert (row.action, row.actor_id, row.target_id, row.before, row.after) == (
        "user.updated", alice.pk, str(alice.pk), {"phone": ""}, {"phone": "06 00 00 00 00"})


# --- roles -----------------------------------------------------------------------------------------


def test_a_role_is_recorded_when_created_changed_and_deleted(admin, from_address):
    role = role_create(actor=admin, code="n2", name="Niveau 2", audience="staff", permissions=["tickets.reply"])
    role_update(actor=admin, role=role, permissions=["tickets.note", "tickets.reply"])
    role_update(actor=admin, role=role, name="Support N2")
    role_id = role.pk
    role_delete(actor=admin, role=role)

    assert [(row.action, row.target_id, row.target_label, row.before, row.after) for row in journal()] == [
        ("role.created", str(role_id), "Niveau 2", None,
         {"code": "n2", "name": "Niveau 2", "audience": "staff", "permissions": ["tickets.reply"]}),
        ("role.updated", str(role_id), "Niveau 2",
         {"permissions": ["tickets.reply"]}, {"permissions": ["tickets.note", "tickets.reply"]}),
        ("role.updated", str(role_id), "Support N2", {"name": "Niveau 2"}, {"name": "Support N2"}),
        ("role.deleted", str(role_id), "Support N2",
         {"code": "n2", "name": "Support N2", "audience": "staff", "permissions": ["tickets.note", "tickets.reply"]},
         None),
    ]
    assert {row.ip_address for row in journal()} == {ADDRESS}


# --- agents ----------------------------------------------------------------------------------------


def test_an_agents_availability_cost_and_categories_are_each_recorded(admin, agent, category, from_address):
    profile = AgentProfile.objects.get(user=agent)
    agent_update(actor=admin, profile=profile, hourly_cost=Decimal("38.00"))
    agent_update(actor=admin, profile=profile, hourly_cost=Decimal("41.50"), availability="busy",
                 categories=[category.id])

    assert [(row.action, row.target_type, row.target_id, row.before, row.after) for row in journal()] == [
        ("agent.cost_changed", "agent", str(agent.pk), {"hourly_cost": None}, {"hourly_cost": "38.00"}),
        ("agent.availability_changed", "agent", str(agent.pk), {"availability": "available"},
         {"availability": "busy"}),
        ("agent.updated", "agent", str(agent.pk), {"categories": []}, {"categories": [category.name]}),
        ("agent.cost_changed", "agent", str(agent.pk), {"hourly_cost": "38.00"}, {"hourly_cost": "41.50"}),
    ]
    assert {row.target_label for row in journal()} == {agent.email}


def test_an_agent_setting_their_own_availability_is_the_actor(agent):
    agent_update(actor=agent, profile=AgentProfile.objects.get(user=agent), availability="away")

    assert one().actor_id == agent.pk


# --- CRM -------------------------------------------------------------------------------------------


def test_customers_are_recorded_when_created_and_changed(admin, from_address):
    customer = crm.customer_create(actor=admin, external_id="CRM-N", name="Nouvelle Cliente", city="Lyon")
    crm.customer_update(actor=admin, customer_id=customer.pk, city="Paris", name="Nouvelle Cliente")

    created, updated = journal()
    assert (created.action, created.target_type, created.target_id, created.target_label) == (
        "customer.created", "customer", str(customer.pk), "Nouvelle Cliente")
    assert created.after["external_id"] == "CRM-N" and created.after["city"] == "Lyon"
    assert (updated.action, updated.before, updated.after) == ("customer.updated", {"city": "Lyon"}, {"city": "Paris"})


def test_contacts_are_recorded_when_created_changed_and_deleted(admin, customer_a, from_address):
    contact = crm.contact_create(actor=admin, customer=customer_a, first_name="Paul", last_name="Aubert")
    crm.contact_update(actor=admin, contact_id=contact.pk, job_title="Gérant")
    contact_id = contact.pk
    crm.contact_delete(actor=admin, contact_id=contact_id)

    assert [(row.action, row.target_type, row.target_id, row.target_label) for row in journal()] == [
        ("contact.created", "contact", str(contact_id), "Paul Aubert"),
        ("contact.updated", "contact", str(contact_id), "Paul Aubert"),
        ("contact.deleted", "contact", str(contact_id), "Paul Aubert"),
    ]
    created, updated, deleted = journal()
    assert created.after["customer"] == "Boulangeries Martin"
    assert (updated.before, updated.after) == ({"job_title": ""}, {"job_title": "Gérant"})
    assert deleted.before["last_name"] == "Aubert" and deleted.after is None


def test_a_contact_kept_because_of_its_login_records_nothing(admin, alice):
    with pytest.raises(Exception, match="client login"):
        crm.contact_delete(actor=admin, contact_id=alice.contact_id)

    assert journal() == []


# --- ticket categories -----------------------------------------------------------------------------


def test_categories_are_recorded_when_created_and_changed(admin, from_address):
    category = category_create(actor=admin, name="Garantie", position=3)
    category_update(actor=admin, category=category, is_active=False, description="Pannes sous garantie")

    created, updated = journal()
    assert (created.action, created.target_id, created.after) == (
        "category.created", str(category.pk),
        {"name": "Garantie", "description": "", "position": 3, "is_active": True})
    assert (updated.action, updated.before, updated.after) == (
        "category.updated", {"description": "", "is_active": True},
        {"description": "Pannes sous garantie", "is_active": False})

