import pytest
from django.utils import timezone

from crm.models import Customer
from tests.server import factories

pytestmark = pytest.mark.django_db

NEW_CUSTOMER = {
    "external_id": "CRM-NEW-1",
    "name": "  Pharmacie   du Port ",
    "siret": "732 829 320 00074",
    "email": "Contact@Pharmacie-Port.example",
    "phone": "04 65 71 12 34",
    "address_line": "3 quai de la Fraternité",
    "postal_code": "13001",
    "city": "Marseille",
    "country": "fr",
}


def snapshot():
    return list(Customer.objects.order_by("id").values())


# --- list ----------------------------------------------------------------------------------


def test_staff_list_customers_by_name(api_as, agent, customer_a, customer_b):
    response = api_as(agent).get("/api/v1/customers")
    assert response.status_code == 200
    body = response.json()
    assert [c["name"] for c in body["results"]] == ["Boulangeries Martin", "Garage Durand"]
    assert body["next_cursor"] is None
    assert set(body["results"][0]) == {
        "id", "external_id", "name", "siret", "email", "phone", "address_line", "postal_code",
        "city", "country", "is_active", "created_at", "source", "crm_synced_at", "sav_notes",
    }


def test_a_crm_link_finds_a_customer_by_its_exact_crm_identifier(api_as, agent, customer_a, customer_b):
    client = api_as(agent)
    found = client.get(f"/api/v1/customers?external_id={customer_a.external_id}").json()["results"]
    assert [c["id"] for c in found] == [customer_a.pk]
    assert client.get(f"/api/v1/customers?external_id={customer_a.external_id[:-1]}").json()["results"] == []


def test_it_filters_customers_by_name_or_crm_identifier_and_activity(api_as, agent, customer_a, customer_b):
    Customer.objects.filter(pk=customer_b.pk).update(is_active=False)
    client = api_as(agent)
    assert [c["id"] for c in client.get("/api/v1/customers?q=garage").json()["results"]] == [customer_b.pk]
    assert [c["id"] for c in client.get("/api/v1/customers?q=crm-a").json()["results"]] == [customer_a.pk]
    assert [c["id"] for c in client.get("/api/v1/customers?is_active=false").json()["results"]] == [customer_b.pk]
    assert [c["id"] for c in client.get("/api/v1/customers?is_active=true").json()["results"]] == [customer_a.pk]


def test_it_walks_every_customer_once_with_the_cursor(api_as, agent):
    created = {factories.make_customer(name=f"Client {n % 3}").pk for n in range(7)}
    client = api_as(agent)
    seen, url = [], "/api/v1/customers?page_size=3"
    while url:
        body = client.get(url).json()
        seen += [c["id"] for c in body["results"]]
        url = f"/api/v1/customers?page_size=3&cursor={body['next_cursor']}" if body["next_cursor"] else None
    assert sorted(seen) == sorted(created)


def test_the_customer_list_costs_the_same_queries_whatever_the_page_size(
    api_as, agent, django_assert_num_queries
):
    for n in range(30):
        factories.make_customer(name=f"Client {n:02d}")
    client = api_as(agent)
    for size in (1, 30):
        with django_assert_num_queries(2):  # the user (with role), the page
            response = client.get(f"/api/v1/customers?page_size={size}")
        assert len(response.json()["results"]) == size


@pytest.mark.parametrize(
    "query, field",
    [("?ordering=name", "ordering"), ("?page_size=0", "page_size"), ("?page_size=100000", "page_size"),
     ("?is_active=maybe", "is_active"), ("?cursor=forged", "cursor")],
)
def test_it_rejects_unknown_or_invalid_list_parameters(api_as, agent, customer_a, query, field):
    response = api_as(agent).get(f"/api/v1/customers{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert field in response.json()["errors"]


@pytest.mark.parametrize(
    "query, code",
    [("?ordering=name", "unknown_parameter"), ("?q=martin&q=durand", "repeated_parameter")],
)
def test_a_list_parameter_outside_the_allow_list_or_given_twice_has_its_own_code(api_as, agent, query, code):
    response = api_as(agent).get(f"/api/v1/customers{query}")
    assert (response.status_code, response.json()["code"]) == (400, code)


def test_clients_cannot_list_customers(api_as, alice):
    response = api_as(alice).get("/api/v1/customers")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_anonymous_users_cannot_list_customers(api):
    assert api.get("/api/v1/customers").status_code == 401


# --- detail --------------------------------------------------------------------------------


def test_staff_read_any_customer(api_as, agent, customer_b):
    response = api_as(agent).get(f"/api/v1/customers/{customer_b.pk}")
    assert response.status_code == 200
    assert response.json()["external_id"] == "CRM-B"


def test_a_client_reads_their_own_customer_without_another_query(
    api_as, alice, customer_a, django_assert_num_queries
):
    client = api_as(alice)
    with django_assert_num_queries(1):  # the user, with role and customer
        response = client.get(f"/api/v1/customers/{customer_a.pk}")
    assert response.status_code == 200
    assert response.json()["name"] == "Boulangeries Martin"


def test_bob_never_sees_customer_a_and_it_looks_missing(api_as, bob, customer_a):
    foreign = api_as(bob).get(f"/api/v1/customers/{customer_a.pk}")
    missing = api_as(bob).get("/api/v1/customers/999999")
    assert foreign.status_code == missing.status_code == 404
    assert foreign.json() == missing.json()
    assert "Boulangeries" not in foreign.content.decode()


def test_staff_get_404_for_a_missing_customer(api_as, agent):
    assert api_as(agent).get("/api/v1/customers/999999").json()["code"] == "not_found"


# --- create --------------------------------------------------------------------------------


def test_an_administrator_creates_a_customer_with_clean_values(api_as, admin):
    response = api_as(admin).post("/api/v1/customers", NEW_CUSTOMER, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "Pharmacie du Port"
    assert body["siret"] == "73282932000074"
    assert body["email"] == "contact@pharmacie-port.example"
    assert body["country"] == "FR"
    assert body["is_active"] is True
    assert Customer.objects.get(pk=body["id"]).external_id == "CRM-NEW-1"


def test_agents_cannot_create_customers(api_as, agent):
    response = api_as(agent).post("/api/v1/customers", NEW_CUSTOMER, format="json")
    assert response.status_code == 403
    assert not Customer.objects.filter(external_id="CRM-NEW-1").exists()


def test_clients_cannot_create_customers(api_as, alice):
    before = snapshot()
    assert api_as(alice).post("/api/v1/customers", NEW_CUSTOMER, format="json").status_code == 403
    assert snapshot() == before


def test_a_duplicate_crm_identifier_is_a_conflict(api_as, admin, customer_a):
    before = snapshot()
    response = api_as(admin).post(
        "/api/v1/customers", {**NEW_CUSTOMER, "external_id": "crm-a"}, format="json"
    )
    assert response.status_code == 409
    assert response.json()["code"] == "external_id_taken"
    assert response.json()["errors"]["external_id"][0]["code"] == "unique"
    assert snapshot() == before


@pytest.mark.parametrize(
    "change, field, code",
    [
        ({"siret": "1234"}, "siret", "invalid_siret"),
        ({"email": "not-an-email"}, "email", "invalid"),
        ({"phone": "call me"}, "phone", "invalid_phone"),
        ({"country": "France"}, "country", "max_length"),
        ({"name": ""}, "name", "blank"),
        ({"name": "Pharmacie\nBcc: pirate@exemple.com"}, "name", "control_characters"),
        ({"city": "Marseille\u2029Cedex"}, "city", "control_characters"),
        ({"address_line": "3 quai\x1b[2J"}, "address_line", "control_characters"),
        ({"is_active": "perhaps"}, "is_active", "invalid"),
        ({"id": 1}, "id", "unknown_field"),
        ({"created_at": "2020-01-01T00:00:00Z"}, "created_at", "unknown_field"),
    ],
)
def test_bad_customer_input_is_refused_and_changes_nothing(api_as, admin, change, field, code):
    before = snapshot()
    response = api_as(admin).post("/api/v1/customers", {**NEW_CUSTOMER, **change}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == ("unknown_field" if code == "unknown_field" else "validation_error")
    assert body["errors"][field][0]["code"] == code
    assert snapshot() == before


def test_a_body_that_is_not_json_is_refused(api_as, admin):
    response = api_as(admin).post("/api/v1/customers", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "malformed_request"


# --- update --------------------------------------------------------------------------------


def test_an_administrator_changes_some_fields_of_a_customer(api_as, admin, customer_a):
    response = api_as(admin).patch(
        f"/api/v1/customers/{customer_a.pk}", {"city": "Villeurbanne", "is_active": False}, format="json"
    )
    assert response.status_code == 200
    customer_a.refresh_from_db()
    assert (customer_a.city, customer_a.is_active, customer_a.name) == ("Villeurbanne", False, "Boulangeries Martin")


def test_the_crm_identifier_cannot_be_changed(api_as, admin, customer_a):
    before = snapshot()
    response = api_as(admin).patch(
        f"/api/v1/customers/{customer_a.pk}", {"external_id": "CRM-Z", "city": "Paris"}, format="json"
    )
    assert (response.status_code, response.json()["code"]) == (400, "immutable")
    assert response.json()["errors"]["external_id"][0]["code"] == "immutable"
    assert snapshot() == before


def test_agents_and_clients_cannot_change_a_customer(api_as, agent, alice, customer_a):
    before = snapshot()
    for user in (agent, alice):
        response = api_as(user).patch(f"/api/v1/customers/{customer_a.pk}", {"city": "X"}, format="json")
        assert response.status_code == 403
    assert snapshot() == before


def test_changing_a_missing_customer_is_a_404(api_as, admin):
    assert api_as(admin).patch("/api/v1/customers/999999", {"city": "X"}, format="json").status_code == 404


# --- what the CRM owns ---------------------------------------------------------------------


def test_the_crm_fields_of_a_synchronised_customer_are_read_only(api_as, admin, customer_a):
    Customer.objects.filter(pk=customer_a.pk).update(crm_synced_at=timezone.now())
    response = api_as(admin).patch(f"/api/v1/customers/{customer_a.pk}", {"name": "Autre nom"}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "crm_owned_field"
    assert list(response.json()["errors"]) == ["name"]
    customer_a.refresh_from_db()
    assert customer_a.name == "Boulangeries Martin"


def test_the_sav_notes_of_a_synchronised_customer_stay_editable(api_as, admin, customer_a):
    Customer.objects.filter(pk=customer_a.pk).update(crm_synced_at=timezone.now())
    body = {"name": customer_a.name, "sav_notes": "Appeler avant 10 h."}
    response = api_as(admin).patch(f"/api/v1/customers/{customer_a.pk}", body, format="json")
    assert response.status_code == 200
    assert response.json()["sav_notes"] == "Appeler avant 10 h."
    assert response.json()["source"] == "crm"


def test_a_customer_entered_in_the_sav_may_come_with_notes(api_as, admin):
    body = {"external_id": "CRM-N1", "name": "Nouveau client", "sav_notes": "Client VIP"}
    response = api_as(admin).post("/api/v1/customers", body, format="json")
    assert response.status_code == 201, response.json()
    assert (response.json()["sav_notes"], response.json()["source"]) == ("Client VIP", "sav")
