"""Users administration: only users.manage holders, strict inputs, coherent placements."""

import pytest
from django.core import mail

from accounts.models import AgentProfile, Role, User
from crm.models import Contact
from notifications.services.email_sender import send_pending_emails
from tests.server import factories
from tests.server.accounts.conftest import login

pytestmark = pytest.mark.django_db

URL = "/api/v1/users"


@pytest.fixture
def as_admin(api_as, admin):
    return api_as(admin)


def client_payload(of_customer, **fields):
    return {"email": "claire@martin.fr", "full_name": "Claire Martin", "role": "client", "customer": of_customer.pk,
            "password": "Claire-Horse-2026", **fields}


class TestAccess:
    @pytest.mark.parametrize("who", ["alice", "agent"])
    @pytest.mark.parametrize(
        ("method", "path"),
        [("get", ""), ("post", ""), ("get", "/{id}"), ("patch", "/{id}"), ("post", "/{id}/deactivate"),
         ("post", "/{id}/reactivate")],
    )
    def test_only_users_managers_reach_users(self, request, api_as, bob, who, method, path):
        client = api_as(request.getfixturevalue(who))

        response = getattr(client, method)(URL + path.format(id=bob.pk), {}, format="json")

        assert response.status_code == 403
        assert response.json()["code"] == "permission_denied"

    def test_a_client_cannot_even_learn_whether_a_user_exists(self, api_as, alice):
        assert api_as(alice).get(f"{URL}/999999").status_code == 403

    def test_an_unknown_user_is_not_found(self, as_admin):
        assert as_admin.get(f"{URL}/999999").status_code == 404


class TestList:
    def test_it_lists_everyone_by_name(self, as_admin, alice, bob, agent, admin):
        body = as_admin.get(URL).json()

        names = [user["full_name"] for user in body["results"]]
        assert names == ["Alice Martin", "Anne Admin", "Bob Durand", "Marc Agent"]
        assert body["next_cursor"] is None

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("role=client", {"alice", "bob"}),
            ("audience=staff", {"marc", "admin"}),
            ("q=MARTIN", {"alice"}),
            ("q=origyne", {"marc", "admin"}),
            ("is_active=false", {"bob"}),
            ("is_active=true&audience=client", {"alice"}),
        ],
    )
    def test_it_filters(self, as_admin, alice, bob, agent, query, expected):
        bob.is_active = False
        bob.save(update_fields=["is_active"])

        body = as_admin.get(f"{URL}?{query}").json()

        assert {user["email"].split("@")[0] for user in body["results"]} == expected

    def test_it_filters_by_customer(self, as_admin, alice, bob, customer_b):
        body = as_admin.get(f"{URL}?customer={customer_b.pk}").json()
        assert [user["id"] for user in body["results"]] == [bob.pk]

    @pytest.mark.parametrize("query", ["password=x", "role__code=client", "ordering=password", "is_active=maybe"])
    def test_it_refuses_unknown_or_invalid_filters(self, as_admin, query):
        response = as_admin.get(f"{URL}?{query}")

        assert response.status_code == 400

    @pytest.mark.parametrize(
        "query, code",
        [("password=x", "unknown_parameter"), ("role__code=client", "unknown_parameter"),
         ("q=alice&q=bob", "repeated_parameter")],
    )
    def test_a_filter_outside_the_allow_list_or_given_twice_has_its_own_code(self, as_admin, query, code):
        response = as_admin.get(f"{URL}?{query}")

        assert (response.status_code, response.json()["code"]) == (400, code)

    def test_an_empty_filter_is_not_given(self, as_admin, alice, bob):
        body = as_admin.get(f"{URL}?q=&role=&is_active=").json()

        assert {"alice@martin.fr", "bob@durand.fr"} <= {user["email"] for user in body["results"]}

    def test_it_walks_every_user_once_across_pages(self, as_admin, customer_a):
        for n in range(7):
            factories.make_client_user(customer_a, email=f"user{n}@martin.fr", full_name=f"User {n % 3}")
        seen, cursor = [], ""
        while True:
            body = as_admin.get(f"{URL}?page_size=3&ordering=full_name&cursor={cursor}").json()
            seen += [user["id"] for user in body["results"]]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert sorted(seen) == sorted(User.objects.values_list("id", flat=True))

    @pytest.mark.parametrize("page_size", [1, 20])
    def test_a_page_costs_the_same_queries_whatever_its_size(
        self, as_admin, customer_a, django_assert_num_queries, page_size
    ):
        for n in range(25):
            factories.make_client_user(customer_a, email=f"user{n}@martin.fr", full_name=f"User {n}")

        with django_assert_num_queries(2):  # the authenticated user, then the page
            body = as_admin.get(f"{URL}?page_size={page_size}").json()

        assert len(body["results"]) == page_size


class TestCreate:
    def test_it_creates_a_client_account_that_can_sign_in(self, as_admin, api, customer_a):
        contact = Contact.objects.create(customer=customer_a, first_name="Claire", last_name="Martin")

        response = as_admin.post(URL, client_payload(customer_a, email=" Claire@Martin.FR", contact=contact.pk))

        assert response.status_code == 201
        body = response.json()
        assert body["email"] == "claire@martin.fr"
        assert body["customer"] == {"id": customer_a.pk, "name": "Boulangeries Martin"}
        assert body["contact"]["id"] == contact.pk
        assert body["role"]["code"] == "client"
        assert login(api, "claire@martin.fr", "Claire-Horse-2026").status_code == 200
        assert mail.outbox == []

    def test_a_name_with_a_line_break_is_refused(self, as_admin, customer_a):
        response = as_admin.post(URL, client_payload(customer_a, full_name="Claire\r\nBcc: pirate@exemple.com"))

        assert response.status_code == 400
        assert response.json()["errors"]["full_name"][0]["code"] == "control_characters"
        assert not User.objects.filter(email="claire@martin.fr").exists()

    def test_a_staff_account_gets_an_agent_profile(self, as_admin):
        response = as_admin.post(
            URL, {"email": "paul@origyne.fr", "full_name": "Paul Agent", "role": "agent", "password": "Paul-Horse-2026"}
        )

        assert response.status_code == 201
        assert AgentProfile.objects.filter(user_id=response.json()["id"]).exists()

    def test_without_a_password_the_user_is_invited_by_mail(
        self, as_admin, api, customer_a, django_capture_on_commit_callbacks
    ):
        payload = client_payload(customer_a)
        del payload["password"]

        with django_capture_on_commit_callbacks(execute=True):
            response = as_admin.post(URL, payload)

        assert response.status_code == 201
        assert mail.outbox == []  # the invitation waits in the e-mail outbox for its sender
        send_pending_emails(worker_id="test")
        [invitation] = mail.outbox
        assert invitation.to == ["claire@martin.fr"]
        assert invitation.subject == "Votre accès au SAV Origyne"
        assert "72 heures" in invitation.body
        code = invitation.body.split("Votre code : ")[1][:8]
        assert login(api, "claire@martin.fr", "").status_code in (400, 401)
        confirmed = api.post(
            "/api/v1/auth/password/reset/confirm",
            {"email": "claire@martin.fr", "code": code, "new_password": "Claire-Horse-2026"},
            format="json",
        )
        assert confirmed.status_code == 204
        assert login(api, "claire@martin.fr", "Claire-Horse-2026").status_code == 200

    @pytest.mark.parametrize(
        ("changes", "field", "code"),
        [
            ({"customer": None}, "customer", "required"),
            ({"role": "agent"}, "customer", "not_allowed_for_staff"),
            ({"role": "nope"}, "role", "does_not_exist"),
            ({"customer": 999999}, "customer", "does_not_exist"),
            ({"email": "ALICE@martin.fr"}, "email", "email_taken"),
            ({"email": "not-an-email"}, "email", "invalid"),
            ({"password": "1234"}, "password", "password_too_short"),
            ({"language": "de"}, "language", "invalid_choice"),
        ],
    )
    def test_it_refuses_incoherent_accounts_and_creates_nothing(
        self, as_admin, alice, customer_a, changes, field, code
    ):
        before = User.objects.count()

        response = as_admin.post(URL, client_payload(customer_a, **changes))

        assert response.status_code == 400
        assert code in {error["code"] for error in response.json()["errors"][field]}
        assert User.objects.count() == before

    def test_a_contact_must_belong_to_the_customer(self, as_admin, customer_a, customer_b):
        foreign = Contact.objects.create(customer=customer_b, first_name="Gérard", last_name="Durand")

        response = as_admin.post(URL, client_payload(customer_a, contact=foreign.pk))

        assert response.json()["errors"]["contact"][0]["code"] == "contact_not_of_customer"

    def test_a_contact_has_at_most_one_account(self, as_admin, alice, customer_a):
        response = as_admin.post(URL, client_payload(customer_a, contact=alice.contact_id))

        assert response.json()["errors"]["contact"][0]["code"] == "contact_taken"

    @pytest.mark.parametrize("extra", [{"is_active": False}, {"permissions": ["users.manage"]}, {"is_builtin": True}])
    def test_it_refuses_fields_it_does_not_declare(self, as_admin, customer_a, extra):
        response = as_admin.post(URL, client_payload(customer_a, **extra))

        assert response.status_code == 400
        assert response.json()["code"] == "unknown_field"
        assert not User.objects.filter(email="claire@martin.fr").exists()

    def test_a_user_manager_cannot_create_someone_more_powerful(self, api_as):
        manager_role = Role.objects.create(code="hr", name="RH", audience="staff", permissions=["users.manage"])
        manager = factories.make_staff_user(manager_role.code, email="rh@origyne.fr")

        response = api_as(manager).post(
            URL, {"email": "x@origyne.fr", "full_name": "X", "role": "administrator", "password": "Xavier-Horse-2026"}
        )

        assert response.status_code == 403
        assert response.json()["code"] == "role_not_assignable"

    def test_a_user_manager_cannot_give_a_staff_role_the_ticket_writing_they_lack(self, api_as):
        manager_role = Role.objects.create(code="hr", name="RH", audience="staff", permissions=["users.manage"])
        manager = factories.make_staff_user(manager_role.code, email="rh@origyne.fr")
        Role.objects.create(code="writer", name="Rédacteur", audience="staff", permissions=["tickets.create"])

        response = api_as(manager).post(
            URL, {"email": "x@origyne.fr", "full_name": "X", "role": "writer", "password": "Xavier-Horse-2026"}
        )

        assert response.status_code == 403
        assert response.json()["code"] == "role_not_assignable"
        assert not User.objects.filter(email="x@origyne.fr").exists()


class TestUpdate:
    @pytest.mark.parametrize("full_name", ["Alice\nBcc: pirate@exemple.com", "Alice\u2028Roy", "Alice\u202eyoR"])
    def test_a_name_is_one_line_without_control_characters(self, as_admin, alice, full_name):
        response = as_admin.patch(f"{URL}/{alice.pk}", {"full_name": full_name}, format="json")

        assert response.status_code == 400
        assert response.json()["errors"]["full_name"][0]["code"] == "control_characters"
        alice.refresh_from_db()
        assert alice.full_name == "Alice Martin"

    def test_it_renames_and_leaves_the_rest(self, as_admin, alice):
        response = as_admin.patch(f"{URL}/{alice.pk}", {"full_name": "Alice Roy"}, format="json")

        assert response.status_code == 200
        alice.refresh_from_db()
        assert (alice.full_name, alice.customer_id, alice.role.code) == ("Alice Roy", alice.customer_id, "client")

    def test_moving_a_client_to_staff_clears_customer_and_contact(self, as_admin, alice):
        response = as_admin.patch(f"{URL}/{alice.pk}", {"role": "agent"}, format="json")

        assert response.status_code == 200
        assert (response.json()["customer"], response.json()["contact"]) == (None, None)
        assert AgentProfile.objects.filter(user=alice).exists()

    def test_moving_staff_to_a_client_role_needs_a_customer(self, as_admin, agent, customer_a):
        refused = as_admin.patch(f"{URL}/{agent.pk}", {"role": "client"}, format="json")
        accepted = as_admin.patch(f"{URL}/{agent.pk}", {"role": "client", "customer": customer_a.pk}, format="json")

        assert refused.json()["errors"]["customer"][0]["code"] == "required"
        assert accepted.status_code == 200
        assert accepted.json()["customer"]["id"] == customer_a.pk

    def test_moving_a_client_to_another_customer_drops_the_old_contact(self, as_admin, alice, customer_b):
        response = as_admin.patch(f"{URL}/{alice.pk}", {"customer": customer_b.pk}, format="json")

        assert response.json()["customer"]["id"] == customer_b.pk
        assert response.json()["contact"] is None

    def test_staff_cannot_get_a_customer(self, as_admin, agent, customer_a):
        response = as_admin.patch(f"{URL}/{agent.pk}", {"customer": customer_a.pk}, format="json")

        assert response.json()["errors"]["customer"][0]["code"] == "not_allowed_for_staff"
        agent.refresh_from_db()
        assert agent.customer_id is None

    def test_an_administrator_cannot_change_their_own_role(self, as_admin, admin):
        response = as_admin.patch(f"{URL}/{admin.pk}", {"role": "agent"}, format="json")

        assert response.status_code == 409
        assert response.json()["code"] == "cannot_change_own_role"

    @pytest.mark.parametrize("extra", [{"email": "new@martin.fr"}, {"is_active": False}, {"password": "x"}])
    def test_it_refuses_fields_it_does_not_declare(self, as_admin, alice, extra):
        response = as_admin.patch(f"{URL}/{alice.pk}", {"full_name": "A", **extra}, format="json")

        assert response.json()["code"] == "unknown_field"
        alice.refresh_from_db()
        assert alice.full_name == "Alice Martin"


class TestDeactivation:
    def test_a_deactivated_user_is_signed_out_at_once(self, as_admin, signed_in, api, bob):
        bobs_client, bobs_login = signed_in(bob)

        response = as_admin.post(f"{URL}/{bob.pk}/deactivate")

        assert response.status_code == 200
        assert response.json()["is_active"] is False
        assert response.json()["deactivated_at"] is not None
        assert bobs_client.get("/api/v1/me").status_code == 401
        assert api.post("/api/v1/auth/refresh", {"refresh": bobs_login["refresh"]}, format="json").status_code == 401
        assert login(api, bob.email).status_code == 401

    def test_an_administrator_cannot_deactivate_themself(self, as_admin, admin):
        response = as_admin.post(f"{URL}/{admin.pk}/deactivate")

        assert response.status_code == 409
        assert response.json()["code"] == "cannot_deactivate_self"
        admin.refresh_from_db()
        assert admin.is_active

    def test_a_reactivated_user_signs_in_again(self, as_admin, api, bob):
        as_admin.post(f"{URL}/{bob.pk}/deactivate")

        response = as_admin.post(f"{URL}/{bob.pk}/reactivate")

        assert response.status_code == 200
        assert (response.json()["is_active"], response.json()["deactivated_at"]) == (True, None)
        assert login(api, bob.email).status_code == 200

    def test_deactivating_twice_changes_nothing(self, as_admin, bob):
        first = as_admin.post(f"{URL}/{bob.pk}/deactivate").json()
        second = as_admin.post(f"{URL}/{bob.pk}/deactivate").json()

        assert first["deactivated_at"] == second["deactivated_at"]

    def test_a_user_manager_cannot_deactivate_an_administrator(self, api_as, admin):
        manager_role = Role.objects.create(code="hr", name="RH", audience="staff", permissions=["users.manage"])
        manager = factories.make_staff_user(manager_role.code, email="rh@origyne.fr")

        response = api_as(manager).post(f"{URL}/{admin.pk}/deactivate")

        assert response.status_code == 403
        assert response.json()["code"] == "user_not_manageable"
