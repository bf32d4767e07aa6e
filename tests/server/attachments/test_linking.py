"""Sending staged files with a new ticket or a message: only one's own unsent uploads, at most
SAV_ATTACHMENT_MAX_PER_MESSAGE, linked in the same transaction or not at all."""

import pytest

from attachments.models import Attachment
from tests.server import factories
from tests.server.attachments.conftest import ALLOWED_FILES
from tickets.models import Message, Ticket

pytestmark = pytest.mark.django_db


@pytest.fixture
def staged(upload):
    def make(user, name: str = "photo.png") -> int:
        response = upload(user, ALLOWED_FILES[name][0], filename=name)
        assert response.status_code == 201, response.content
        return response.json()["id"]

    return make


def _reply(api_as, user, ticket, ids, **fields):
    return api_as(user).post(f"/api/v1/tickets/{ticket.id}/messages", {"body": "Voir pièce jointe.",
                                                                       "attachments": ids, **fields})


def test_a_reply_takes_its_authors_staged_files(api_as, alice, staged):
    ticket = factories.make_ticket(alice)
    ids = [staged(alice), staged(alice, "devis.pdf")]

    response = _reply(api_as, alice, ticket, ids)

    assert response.status_code == 201, response.content
    assert [a["id"] for a in response.json()["attachments"]] == ids
    assert set(Attachment.objects.values_list("ticket_id", "message_id")) == {(ticket.id, response.json()["id"])}


def test_a_new_ticket_takes_the_files_of_its_opening(api_as, alice, category, staged):
    attachment_id = staged(alice)

    response = api_as(alice).post("/api/v1/tickets", {"subject": "Écran fissuré", "description": "Photo jointe.",
                                                      "category": category.id, "attachments": [attachment_id]})

    assert response.status_code == 201, response.content
    assert [a["id"] for a in response.json()["attachments"]] == [attachment_id]
    assert response.json()["attachments"][0]["message"] is None


def test_someone_elses_staged_file_is_refused_and_nothing_is_linked(api_as, alice, bob, staged):
    ticket = factories.make_ticket(alice)
    mine, bobs = staged(alice), staged(bob)
    messages = Message.objects.count()

    response = _reply(api_as, alice, ticket, [mine, bobs])

    assert response.status_code == 400 and response.json()["code"] == "attachment_not_found"
    assert "attachments" in response.json()["errors"]
    assert Message.objects.count() == messages
    assert not Attachment.objects.filter(ticket__isnull=False).exists()


def test_a_file_already_sent_on_another_customers_ticket_is_refused(api_as, alice, bob, staged):
    bobs_ticket, alices_ticket = factories.make_ticket(bob), factories.make_ticket(alice)
    attachment_id = staged(bob)
    assert _reply(api_as, bob, bobs_ticket, [attachment_id]).status_code == 201

    response = _reply(api_as, bob, alices_ticket, [attachment_id])

    assert response.status_code == 404  # bob does not see alice's ticket at all
    assert Attachment.objects.get(pk=attachment_id).ticket_id == bobs_ticket.id


def test_a_file_is_sent_once(api_as, alice, staged):
    ticket = factories.make_ticket(alice)
    attachment_id = staged(alice)
    assert _reply(api_as, alice, ticket, [attachment_id]).status_code == 201

    again = _reply(api_as, alice, ticket, [attachment_id])

    assert again.status_code == 400 and again.json()["code"] == "attachment_not_found"


def test_a_ticket_refused_for_its_attachments_is_not_created(api_as, alice, bob, category, staged):
    bobs = staged(bob)

    response = api_as(alice).post("/api/v1/tickets", {"subject": "Panne", "description": "Voir photo.",
                                                      "category": category.id, "attachments": [bobs]})

    assert response.status_code == 400 and response.json()["code"] == "attachment_not_found"
    assert not Ticket.objects.exists()


def test_too_many_files_on_one_message_are_refused(api_as, alice, staged, settings):
    settings.SAV_ATTACHMENT_MAX_PER_MESSAGE = 2
    ticket = factories.make_ticket(alice)
    ids = [staged(alice) for _ in range(3)]

    response = _reply(api_as, alice, ticket, ids)

    assert response.status_code == 400 and response.json()["code"] == "too_many_attachments"
    assert not Attachment.objects.filter(ticket__isnull=False).exists()


def test_the_same_file_twice_is_refused(api_as, alice, staged):
    ticket = factories.make_ticket(alice)
    attachment_id = staged(alice)

    response = _reply(api_as, alice, ticket, [attachment_id, attachment_id])

    assert response.status_code == 400 and response.json()["code"] == "duplicate_attachment"


def test_a_retried_reply_returns_the_first_message_with_its_files(api_as, alice, staged):
    ticket = factories.make_ticket(alice)
    attachment_id = staged(alice)
    key = "0b7a6f0e-8f3e-4d8a-9a57-6f1d2f7c1a11"

    first = _reply(api_as, alice, ticket, [attachment_id], client_uuid=key)
    retry = _reply(api_as, alice, ticket, [attachment_id], client_uuid=key)

    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.json() == first.json() and retry.headers["Idempotent-Replayed"] == "true"


def test_the_detail_reads_attachments_in_a_constant_number_of_queries(
    api_as, alice, agent, staged, django_assert_num_queries
):
    ticket = factories.make_ticket(alice)
    for _ in range(4):
        assert _reply(api_as, alice, ticket, [staged(alice), staged(alice, "devis.pdf")]).status_code == 201
    client = api_as(agent)

    with django_assert_num_queries(7):  # as tests/server/tickets/apis/test_query_counts.py STAFF_DETAIL_QUERIES
        detail = client.get(f"/api/v1/tickets/{ticket.id}").json()
    with django_assert_num_queries(4):
        messages = client.get(f"/api/v1/tickets/{ticket.id}/messages").json()

    assert sum(len(m["attachments"]) for m in detail["messages"]) == sum(len(m["attachments"]) for m in messages) == 8
