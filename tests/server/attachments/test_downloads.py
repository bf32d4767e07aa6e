"""GET /attachments/{id} and /content: the same readers as the message that carries the file, and a
download that no browser renders."""

import pytest

from attachments.models import Attachment
from attachments.storage import attachment_storage
from tests.server import factories
from tests.server.attachments.conftest import ALLOWED_FILES
from tickets.services.messages import message_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def staged(upload):
    """`staged(user, name)` → the id of a file `user` uploaded and has not sent."""

    def make(user, name: str = "photo.png") -> int:
        response = upload(user, ALLOWED_FILES[name][0], filename=name)
        assert response.status_code == 201, response.content
        return response.json()["id"]

    return make


def test_the_download_is_an_attachment_with_safe_headers(api_as, alice, staged):
    attachment_id = staged(alice, "journal.txt")

    response = api_as(alice).get(f"/api/v1/attachments/{attachment_id}/content")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == "attachment; filename=\"journal.txt\"; filename*=UTF-8''journal.txt"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["Cache-Control"] == "no-store"
    assert int(response["Content-Length"]) == len(ALLOWED_FILES["journal.txt"][0])


def test_a_non_ascii_name_has_an_ascii_fallback_and_the_exact_utf8_name(api_as, upload, alice):
    created = upload(alice, b"%PDF-1.4\n", filename="x.pdf", name='Facture "été" n°3.pdf')

    response = api_as(alice).get(f"/api/v1/attachments/{created.json()['id']}/content")

    assert response["Content-Disposition"] == (
        "attachment; filename=\"Facture _ete_ n3.pdf\"; "
        "filename*=UTF-8''Facture%20%22%C3%A9t%C3%A9%22%20n%C2%B03.pdf"
    )
    assert response["Content-Type"] == "application/pdf"


def test_a_staged_attachment_is_its_uploaders_only(api_as, alice, agent, admin, staged):
    attachment_id = staged(alice)
    carol = factories.make_client_user(alice.customer, email="carol@martin.fr")

    for user in (carol, agent, admin):
        for url in (f"/api/v1/attachments/{attachment_id}", f"/api/v1/attachments/{attachment_id}/content"):
            response = api_as(user).get(url)
            assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_a_sent_attachment_is_read_by_whoever_reads_the_ticket(api_as, alice, bob, agent, staged):
    ticket = factories.make_ticket(alice)
    attachment_id = staged(alice)
    message_add(actor=alice, ticket=ticket, body="La photo.", attachment_ids=[attachment_id])
    carol = factories.make_client_user(alice.customer, email="carol@martin.fr")

    answers = {user.email: api_as(user).get(f"/api/v1/attachments/{attachment_id}/content").status_code
               for user in (alice, carol, agent, bob)}

    assert answers == {alice.email: 200, carol.email: 200, agent.email: 200, bob.email: 404}


def test_an_internal_notes_attachment_is_hidden_from_clients(api_as, alice, agent, staged):
    ticket = factories.make_ticket(alice)
    attachment_id = staged(agent, "devis.pdf")
    note = message_add(actor=agent, ticket=ticket, body="Devis fournisseur", kind="note",
                       attachment_ids=[attachment_id]).obj

    as_client = [api_as(alice).get(url) for url in (f"/api/v1/attachments/{attachment_id}",
                                                    f"/api/v1/attachments/{attachment_id}/content")]
    as_staff = api_as(agent).get(f"/api/v1/tickets/{ticket.id}/messages")

    assert [response.status_code for response in as_client] == [404, 404]
    assert as_staff.json()[0]["attachments"][0]["id"] == attachment_id
    assert Attachment.objects.get(pk=attachment_id).message_id == note.id


def test_a_missing_attachment_is_not_found(api_as, alice):
    response = api_as(alice).get("/api/v1/attachments/987654/content")

    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_a_download_refuses_query_parameters(api_as, alice, staged):
    attachment_id = staged(alice)

    response = api_as(alice).get(f"/api/v1/attachments/{attachment_id}/content", {"download": "1"})

    assert response.status_code == 400 and response.json()["code"] == "unknown_parameter"


def test_a_file_missing_from_storage_is_a_clear_not_found(api_as, alice, staged):
    attachment = Attachment.objects.get(pk=staged(alice))
    attachment_storage().delete(attachment.storage_key)

    response = api_as(alice).get(f"/api/v1/attachments/{attachment.id}/content")

    assert response.status_code == 404 and response.json()["code"] == "attachment_file_missing"


def test_staff_without_view_all_read_the_files_of_the_tickets_they_follow_only(api_as, alice, agent, staged):
    from accounts.models import Role, User

    role = Role.objects.create(code="helper", name="Helper", audience="staff", permissions=["tickets.reply"])
    hugo = User.objects.create_user("hugo@origyne.fr", factories.PASSWORD, full_name="Hugo Helper", role=role)
    followed, other = factories.make_ticket(alice, assignee=hugo), factories.make_ticket(alice)
    on_followed, on_other = staged(alice), staged(alice)
    message_add(actor=alice, ticket=followed, body="Photo.", attachment_ids=[on_followed])
    message_add(actor=alice, ticket=other, body="Photo.", attachment_ids=[on_other])

    answers = [api_as(hugo).get(f"/api/v1/attachments/{i}").status_code for i in (on_followed, on_other)]

    assert answers == [200, 404]
