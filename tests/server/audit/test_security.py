"""Security events: sign-in (succeeded, failed, locked out), password changes and resets, and a
client asking for another customer's object. A refused request still leaves its row."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.services.reset_codes import reset_code_issue
from attachments.models import Attachment
from attachments.services.uploads import attachment_upload
from audit.models import AuditEvent
from tests.server import factories
from tests.server.audit.conftest import journal, one

pytestmark = pytest.mark.django_db

WRONG = "Not-The-Password-1"
NEW_PASSWORD = "Brand-New-Horse-84"


def login(api, email, password=factories.PASSWORD, **extra):
    return api.post("/api/v1/auth/login", {"email": email, "password": password}, format="json", **extra)


# --- sign-in ---------------------------------------------------------------------------------------


def test_a_sign_in_is_recorded_with_the_address(api, alice):
    assert login(api, alice.email, REMOTE_ADDR="198.51.100.4").status_code == 200

    row = one()
    assert (row.action, row.actor_id, row.actor_email, row.target_type, row.target_id, row.ip_address) == (
        "auth.sign_in", alice.pk, alice.email, "user", str(alice.pk), "198.51.100.4")


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(api, alice, settings):
    settings.AXES_IPWARE_PROXY_COUNT = 1  # SAV_PROXY_COUNT=1

    login(api, alice.email, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4")

    assert one().ip_address == "198.51.100.4"


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_under_asgi_the_address_reaches_the_services_too(alice):
    from asgiref.sync import sync_to_async
    from django.db import connections
    from django.test import AsyncClient

    try:
        response = await AsyncClient().post(
            "/api/v1/auth/login", {"email": alice.email, "password": factories.PASSWORD},
            content_type="application/json", headers={"X-Forwarded-For": "6.6.6.6"},
        )
        assert response.status_code == 200
        row = await sync_to_async(one)()
    finally:
        await sync_to_async(connections.close_all)()

    assert (row.action, row.ip_address) == ("auth.sign_in", "127.0.0.1")  # no trusted proxy: X-Forwarded-For ignored


def test_a_wrong_password_is_recorded_anonymously_about_the_account(api, alice):
    assert login(api, "Alice@Martin.fr ", WRONG).status_code == 401

    row = one()
    assert (row.action, row.actor_id, row.actor_email, row.target_id, row.target_label, row.ip_address) == (
        "auth.sign_in_failed", None, None, str(alice.pk), "alice@martin.fr", "127.0.0.1")
    assert WRONG not in str(row.before) + str(row.after)


def test_an_unknown_address_is_recorded_with_the_address_tried(api, alice):
    assert login(api, "nobody@martin.fr").status_code == 401

    row = one()
    assert (row.action, row.actor_id, row.target_type, row.target_id, row.target_label) == (
        "auth.sign_in_failed", None, "user", None, "nobody@martin.fr")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failed_sign_in_row_is_committed_although_the_request_fails(api, alice):
    login(api, alice.email, WRONG)

    assert AuditEvent.objects.filter(action="auth.sign_in_failed").count() == 1


def test_a_lockout_is_recorded_at_each_refused_attempt(api, alice, settings):
    attempts = [login(api, alice.email, WRONG) for _ in range(settings.AXES_FAILURE_LIMIT)]
    right_password = login(api, alice.email)

    assert [a.status_code for a in attempts][-1] == right_password.status_code == 429
    assert [row.action for row in journal()] == (
        ["auth.sign_in_failed"] * (settings.AXES_FAILURE_LIMIT - 1) + ["auth.locked_out"] * 2
    )
    assert {(row.actor_id, row.target_id) for row in journal()} == {(None, str(alice.pk))}


def test_a_client_of_a_deactivated_customer_signing_in_is_a_failed_sign_in(api, alice, customer_a):
    customer_a.is_active = False
    customer_a.save(update_fields=["is_active"])

    assert login(api, alice.email).status_code == 403

    row = one()
    assert (row.action, row.actor_id, row.target_id) == ("auth.sign_in_failed", None, str(alice.pk))


# --- sign-out --------------------------------------------------------------------------------------


def test_signing_out_one_session_or_all_is_recorded(api, alice):
    first, second = (login(api, alice.email).json() for _ in range(2))
    client = APIClient()

    client.credentials(HTTP_AUTHORIZATION=f"Bearer {first['access']}")
    assert client.post("/api/v1/auth/logout", {"refresh": first["refresh"]}, format="json").status_code == 204
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {second['access']}")
    assert client.post("/api/v1/auth/logout", {"all_sessions": True}, format="json").status_code == 204

    assert [(row.actor_id, row.target_id, row.after) for row in journal(action="auth.sign_out")] == [
        (alice.pk, str(alice.pk), {"all_sessions": False, "sessions_ended": 1}),
        (alice.pk, str(alice.pk), {"all_sessions": True, "sessions_ended": 1}),
    ]
    assert all(session["refresh"] not in str(row.after) for row in journal() for session in (first, second))


def test_signing_out_with_a_dead_refresh_token_is_recorded_as_ending_nothing(api_as, alice):
    assert api_as(alice).post("/api/v1/auth/logout", {"refresh": "not-a-token"}, format="json").status_code == 204

    assert one().after == {"all_sessions": False, "sessions_ended": 0}


# --- passwords -------------------------------------------------------------------------------------


def test_a_password_change_is_recorded_without_the_password(api_as, alice):
    response = api_as(alice).post(
        "/api/v1/auth/password/change", {"current_password": factories.PASSWORD, "new_password": NEW_PASSWORD}
    )

    assert response.status_code == 200
    row = one()
    assert (row.action, row.actor_id, row.target_id, row.before, row.after) == (
        "auth.password_changed", alice.pk, str(alice.pk), None, None)


def test_a_refused_password_change_records_nothing(api_as, alice):
    api_as(alice).post("/api/v1/auth/password/change", {"current_password": WRONG, "new_password": NEW_PASSWORD})

    assert journal() == []


def test_a_reset_request_is_recorded_whether_or_not_the_address_has_an_account(api, alice):
    for address in ("alice@martin.fr", "Nobody@Martin.fr"):
        assert api.post("/api/v1/auth/password/reset", {"email": address}, format="json").status_code == 202

    assert [(row.action, row.actor_id, row.target_id, row.target_label) for row in journal()] == [
        ("auth.password_reset_requested", None, str(alice.pk), "alice@martin.fr"),
        ("auth.password_reset_requested", None, None, "nobody@martin.fr"),
    ]


def test_a_completed_reset_is_recorded_and_a_wrong_code_is_not(api, alice):
    code = reset_code_issue(user=alice, validity=timedelta(minutes=15))
    wrong = "00000000" if code != "00000000" else "11111111"
    url = "/api/v1/auth/password/reset/confirm"

    assert api.post(url, {"email": alice.email, "code": wrong, "new_password": NEW_PASSWORD}).status_code == 400
    assert api.post(url, {"email": alice.email, "code": code, "new_password": NEW_PASSWORD}).status_code == 204

    row = one()
    assert (row.action, row.actor_id, row.target_id) == ("auth.password_reset", alice.pk, str(alice.pk))


# --- another customer's objects --------------------------------------------------------------------


def test_a_client_asking_for_another_customers_ticket_is_recorded_and_answered_not_found(api_as, alice, bob):
    bobs = factories.make_ticket(bob)

    foreign = api_as(alice).get(f"/api/v1/tickets/{bobs.id}")
    missing = api_as(alice).get("/api/v1/tickets/999999")
    reply = api_as(alice).post(f"/api/v1/tickets/{bobs.id}/messages", {"body": "Alors ?"})

    assert foreign.status_code == missing.status_code == reply.status_code == 404
    assert foreign.json() == missing.json()
    assert [(row.action, row.actor_id, row.target_type, row.target_id, row.target_label) for row in journal()] == [
        ("access.refused", alice.pk, "ticket", str(bobs.id), bobs.reference)] * 2


def test_staff_not_seeing_a_ticket_is_not_an_access_to_another_customer(api_as, alice, agent):
    from accounts.models import Role

    agent.role = Role.objects.create(code="n1", name="Niveau 1", audience="staff", permissions=["tickets.reply"])
    agent.save(update_fields=["role"])
    ticket = factories.make_ticket(alice)

    assert api_as(agent).get(f"/api/v1/tickets/{ticket.id}").status_code == 404
    assert journal() == []


def _attachment(uploader, *, ticket=None):
    attachment = attachment_upload(actor=uploader, file=ContentFile(b"Journal du terminal\n"), name="journal.txt").obj
    if ticket is not None:
        Attachment.objects.filter(pk=attachment.pk).update(ticket=ticket, linked_at=timezone.now())
    return attachment


def test_a_client_asking_for_another_customers_attachment_is_recorded(api_as, alice, bob, agent):
    of_bobs_ticket = _attachment(bob, ticket=factories.make_ticket(bob))
    staged_by_bob = _attachment(bob)
    staged_by_staff = _attachment(agent)

    answers = [api_as(alice).get(f"/api/v1/attachments/{a.id}").status_code
               for a in (of_bobs_ticket, staged_by_bob, staged_by_staff)]

    assert answers == [404, 404, 404]
    assert [(row.action, row.target_type, row.target_id, row.target_label) for row in journal()] == [
        ("access.refused", "attachment", str(a.id), "journal.txt") for a in (of_bobs_ticket, staged_by_bob,
                                                                             staged_by_staff)]


def test_a_file_of_an_internal_note_on_her_own_ticket_is_hidden_but_not_another_customers(api_as, alice, agent):
    own_ticket = factories.make_ticket(alice)
    note = factories.make_message(own_ticket, agent, body="Vu avec le dépôt.", kind="note")
    attachment = _attachment(agent, ticket=own_ticket)
    Attachment.objects.filter(pk=attachment.pk).update(message=note)

    assert api_as(alice).get(f"/api/v1/attachments/{attachment.id}/content").status_code == 404
    assert journal() == []


def test_a_client_asking_for_another_customer_is_recorded(api_as, alice, customer_b):
    client = api_as(alice)

    answers = [client.get(f"/api/v1/customers/{customer_b.id}").status_code,
               client.get("/api/v1/orders", {"customer": customer_b.id}).status_code,
               client.get("/api/v1/customers/999999").status_code]

    assert answers == [404, 404, 404]
    assert [(row.action, row.target_type, row.target_id, row.target_label) for row in journal()] == [
        ("access.refused", "customer", str(customer_b.id), "Garage Durand")] * 2


def test_her_own_objects_record_nothing(api_as, alice, customer_a):
    ticket = factories.make_ticket(alice)
    client = api_as(alice)

    answers = [client.get(f"/api/v1/tickets/{ticket.id}").status_code,
               client.get(f"/api/v1/customers/{customer_a.id}").status_code]

    assert answers == [200, 200]
    assert journal() == []
