import pytest

from crm.models import Contact
from tests.server import factories

pytestmark = pytest.mark.django_db


def snapshot():
    return list(Contact.objects.order_by("id").values())


def make_contact(customer, last_name="Petit", **fields):
    return Contact.objects.create(customer=customer, first_name="Jeanne", last_name=last_name, **fields)


def test_staff_list_a_customers_contacts_with_their_login(api_as, agent, alice, customer_a, customer_b):
    petit = make_contact(customer_a, "Petit")
    make_contact(customer_b, "Ailleurs")
    response = api_as(agent).get(f"/api/v1/customers/{customer_a.pk}/contacts")
    assert response.status_code == 200
    results = response.json()["results"]
    assert [(c["last_name"], c["user"]) for c in results] == [("Martin", alice.pk), ("Petit", None)]
    assert results[1]["id"] == petit.pk
    assert set(results[0]) == {
        "id", "customer", "external_id", "first_name", "last_name", "email", "phone", "job_title", "user",
        "is_active", "source",
    }


def test_the_contact_list_costs_the_same_queries_whatever_the_page_size(
    api_as, agent, customer_a, django_assert_num_queries
):
    for n in range(20):
        make_contact(customer_a, f"Nom{n:02d}")
    client = api_as(agent)
    for size in (1, 20):
        with django_assert_num_queries(3):  # the user, the customer, the page
            response = client.get(f"/api/v1/customers/{customer_a.pk}/contacts?page_size={size}")
        assert len(response.json()["results"]) == size


def test_clients_have_no_access_to_contacts(api_as, alice, customer_a):
    contact = make_contact(customer_a)
    client = api_as(alice)
    before = snapshot()
    assert client.get(f"/api/v1/customers/{customer_a.pk}/contacts").status_code == 403
    assert client.post(
        f"/api/v1/customers/{customer_a.pk}/contacts", {"first_name": "A", "last_name": "B"}, format="json"
    ).status_code == 403
    assert client.patch(f"/api/v1/contacts/{contact.pk}", {"phone": "0102030405"}, format="json").status_code == 403
    assert client.delete(f"/api/v1/contacts/{contact.pk}").status_code == 403
    assert snapshot() == before


def test_the_contacts_of_a_missing_customer_are_a_404(api_as, agent):
    assert api_as(agent).get("/api/v1/customers/999999/contacts").status_code == 404


def test_an_administrator_adds_a_contact(api_as, admin, customer_b):
    response = api_as(admin).post(
        f"/api/v1/customers/{customer_b.pk}/contacts",
        {"first_name": " Louis ", "last_name": "Durand", "email": "Louis@Durand.example",
         "job_title": "Gérant", "external_id": "CRM-C-9"},
        format="json",
    )
    assert response.status_code == 201
    body = response.json()
    assert (body["customer"], body["first_name"], body["email"], body["user"]) == (
        customer_b.pk, "Louis", "louis@durand.example", None
    )
    assert Contact.objects.get(pk=body["id"]).external_id == "CRM-C-9"


def test_agents_may_read_but_not_change_contacts(api_as, agent, customer_a):
    contact = make_contact(customer_a)
    client = api_as(agent)
    before = snapshot()
    assert client.post(
        f"/api/v1/customers/{customer_a.pk}/contacts", {"first_name": "A", "last_name": "B"}, format="json"
    ).status_code == 403
    assert client.patch(f"/api/v1/contacts/{contact.pk}", {"phone": "0102030405"}, format="json").status_code == 403
    assert client.delete(f"/api/v1/contacts/{contact.pk}").status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize(
    "body, field, code",
    [
        ({"first_name": "A"}, "last_name", "required"),
        ({"first_name": "A", "last_name": "B", "email": "nope"}, "email", "invalid"),
        ({"first_name": "A", "last_name": "B", "customer": 1}, "customer", "unknown_field"),
        ({"first_name": "A", "last_name": "B", "user": 1}, "user", "unknown_field"),
        ({"first_name": "A\rB", "last_name": "B"}, "first_name", "control_characters"),
        ({"first_name": "A", "last_name": "B\u202e"}, "last_name", "control_characters"),
        ({"first_name": "A", "last_name": "B", "job_title": "Chef\tcomptable"}, "job_title", "control_characters"),
    ],
)
def test_bad_contact_input_is_refused_and_changes_nothing(api_as, admin, customer_a, body, field, code):
    before = snapshot()
    response = api_as(admin).post(f"/api/v1/customers/{customer_a.pk}/contacts", body, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][field][0]["code"] == code
    assert snapshot() == before


def test_an_administrator_changes_a_contact(api_as, admin, customer_a):
    contact = make_contact(customer_a, phone="01 99 00 00 01")
    response = api_as(admin).patch(
        f"/api/v1/contacts/{contact.pk}", {"job_title": "Comptable", "phone": ""}, format="json"
    )
    assert response.status_code == 200
    contact.refresh_from_db()
    assert (contact.job_title, contact.phone, contact.last_name) == ("Comptable", "", "Petit")


def test_a_contact_cannot_move_to_another_customer(api_as, admin, customer_a, customer_b):
    contact = make_contact(customer_a)
    before = snapshot()
    response = api_as(admin).patch(f"/api/v1/contacts/{contact.pk}", {"customer": customer_b.pk}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["customer"][0]["code"] == "immutable"
    assert snapshot() == before


def test_an_administrator_deletes_a_contact_without_login(api_as, admin, customer_a):
    contact = make_contact(customer_a)
    assert api_as(admin).delete(f"/api/v1/contacts/{contact.pk}").status_code == 204
    assert not Contact.objects.filter(pk=contact.pk).exists()


def test_a_contact_with_a_client_login_is_kept(api_as, admin, alice):
    before = snapshot()
    response = api_as(admin).delete(f"/api/v1/contacts/{alice.contact_id}")
    assert response.status_code == 409
    assert response.json()["code"] == "contact_has_login"
    assert snapshot() == before


def test_changing_or_deleting_a_missing_contact_is_a_404(api_as, admin):
    client = api_as(admin)
    assert client.patch("/api/v1/contacts/999999", {"phone": ""}, format="json").status_code == 404
    assert client.delete("/api/v1/contacts/999999").status_code == 404


def test_a_contacts_page_walks_the_whole_list(api_as, agent, customer_a):
    ids = {make_contact(customer_a, name).pk for name in ["Blanc", "Blanc", "Roux", "Morel", "Blanc"]}
    client = api_as(agent)
    seen, cursor = [], ""
    while True:
        body = client.get(f"/api/v1/customers/{customer_a.pk}/contacts?page_size=2&cursor={cursor}").json()
        seen += [c["id"] for c in body["results"]]
        if not body["next_cursor"]:
            break
        cursor = body["next_cursor"]
    assert set(seen) == ids and len(seen) == len(ids)


def test_a_staff_role_without_customers_view_cannot_read_contacts(api_as, customer_a):
    user = factories.make_staff_user("agent", email="limited@origyne.fr")
    user.role.permissions = [p for p in user.role.permissions if p != "customers.view"]
    user.role.save(update_fields=["permissions"])
    assert api_as(user).get(f"/api/v1/customers/{customer_a.pk}/contacts").status_code == 403


def test_several_contacts_entered_in_the_sav_may_have_no_crm_identifier(api_as, admin, customer_a):
    client = api_as(admin)
    for last_name in ("Sans", "Clé"):
        response = client.post(
            f"/api/v1/customers/{customer_a.pk}/contacts", {"first_name": "Paul", "last_name": last_name},
            format="json",
        )
        assert response.status_code == 201, response.json()
        assert response.json()["external_id"] is None


def test_a_contact_crm_identifier_already_taken_is_a_conflict(api_as, admin, customer_a):
    client = api_as(admin)
    body = {"first_name": "Paul", "last_name": "Un", "external_id": "P-1"}
    assert client.post(f"/api/v1/customers/{customer_a.pk}/contacts", body, format="json").status_code == 201
    response = client.post(f"/api/v1/customers/{customer_a.pk}/contacts", body, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "external_id_taken"
