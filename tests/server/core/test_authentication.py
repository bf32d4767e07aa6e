"""Every authenticated request: the token, its user, role and customer (one query), the deny-list."""

import pytest
from django.test import RequestFactory
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

from accounts.services.sessions import session_token_pair
from core.authentication import UserJWTAuthentication, sessions_over
from core.revocation import revoke_access_token, revoke_sessions
from tests.server import factories

pytestmark = pytest.mark.django_db


def bearer(access: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    return client


def deactivate_customer_of(user) -> None:
    user.customer.is_active = False
    user.customer.save(update_fields=["is_active"])


def test_a_client_of_a_deactivated_customer_is_refused_on_every_request(alice):
    access = session_token_pair(user=alice).access
    deactivate_customer_of(alice)

    response = bearer(access).get("/api/v1/me")

    assert response.status_code == 401
    assert response.json()["code"] == "customer_inactive"


def test_a_client_of_an_active_customer_and_staff_without_customer_pass(alice, agent):
    assert bearer(session_token_pair(user=alice).access).get("/api/v1/me").status_code == 200
    assert bearer(session_token_pair(user=agent).access).get("/api/v1/me").status_code == 200


def test_the_user_its_role_and_its_customer_cost_one_query(alice, django_assert_num_queries):
    access = session_token_pair(user=alice).access
    request = RequestFactory().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {access}")

    with django_assert_num_queries(1):
        user, _ = UserJWTAuthentication().authenticate(request)
        assert user.role.code == "client"
        assert user.customer.is_active


def test_a_revoked_access_token_is_refused_and_its_neighbours_are_not(alice):
    revoked, other = RefreshToken.for_user(alice).access_token, RefreshToken.for_user(alice).access_token

    revoke_access_token(revoked)

    assert bearer(str(revoked)).get("/api/v1/me").json()["code"] == "token_not_valid"
    assert bearer(str(other)).get("/api/v1/me").status_code == 200


def test_a_revoked_session_refuses_each_of_its_access_tokens(alice):
    pair = session_token_pair(user=alice)
    session_id = RefreshToken(pair.refresh)["sid"]

    revoke_sessions([session_id])

    assert bearer(pair.access).get("/api/v1/me").status_code == 401
    assert bearer(session_token_pair(user=alice).access).get("/api/v1/me").status_code == 200


def test_the_sessions_of_many_tokens_are_checked_in_one_query(
    alice, bob, agent, django_assert_num_queries
):
    carol = factories.make_client_user(alice.customer, email="carol@martin.fr")
    alices, bobs, agents, carols, alices_other = (
        AccessToken(session_token_pair(user=user).access) for user in (alice, bob, agent, carol, alice)
    )
    revoke_access_token(agents)
    deactivate_customer_of(bob)
    carol.set_password("Another-Horse-43")
    carol.save(update_fields=["password"])

    with django_assert_num_queries(1):
        over = sessions_over([alices, bobs, agents, carols, alices_other])

    assert over == [False, True, True, True, False]
