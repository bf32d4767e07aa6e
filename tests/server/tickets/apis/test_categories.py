import pytest

from tickets.models import Category

pytestmark = pytest.mark.django_db

CATEGORIES = "/api/v1/categories"


def test_everyone_signed_in_lists_categories_clients_only_active_ones(api_as, alice, agent, admin):
    api_as(admin).post(CATEGORIES, {"name": "Archives", "is_active": False, "position": 99})
    client_names = [c["name"] for c in api_as(alice).get(CATEGORIES).json()]
    staff_names = [c["name"] for c in api_as(agent).get(CATEGORIES).json()]
    assert "Archives" not in client_names and staff_names[-1] == "Archives"
    assert client_names[0] == "Commande"
    assert set(api_as(alice).get(CATEGORIES).json()[0]) == {"id", "name", "description", "position", "is_active"}


def test_an_administrator_creates_and_edits_a_category(api_as, admin):
    client = api_as(admin)
    created = client.post(CATEGORIES, {"name": "  Installation ", "description": "Mise en service"})
    assert created.status_code == 201
    category = created.json()
    assert (category["name"], category["position"], category["is_active"]) == ("Installation", 0, True)
    edited = client.patch(f"{CATEGORIES}/{category['id']}", {"position": 2, "is_active": False})
    assert edited.status_code == 200
    assert (edited.json()["position"], edited.json()["is_active"]) == (2, False)


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"name": ""}, "name", "blank"),
        ({"name": "Commande"}, "name", "already_exists"),
        ({"name": "x" * 101}, "name", "max_length"),
        ({"name": "Livraison\nBcc: pirate@exemple.com"}, "name", "control_characters"),
        ({"name": "Ok", "position": -1}, "position", "min_value"),
        ({"name": "Ok", "id": 5}, "id", "unknown_field"),
    ],
)
def test_a_bad_category_is_refused(data, field, code, api_as, admin):
    before = Category.objects.count()
    response = api_as(admin).post(CATEGORIES, data)
    assert response.status_code == 400
    assert response.json()["errors"][field][0]["code"] == code
    assert Category.objects.count() == before


def test_agents_and_clients_do_not_manage_categories(api_as, agent, alice, category):
    for user in (agent, alice):
        assert api_as(user).post(CATEGORIES, {"name": "Nouveau"}).status_code == 403
        assert api_as(user).patch(f"{CATEGORIES}/{category.id}", {"name": "Renommée"}).status_code == 403


def test_editing_a_missing_category_is_not_found(api_as, admin):
    assert api_as(admin).patch(f"{CATEGORIES}/999999", {"name": "X"}).status_code == 404
