"""Who django-axes and the throttles think is asking: the e-mail and the client address."""

import pytest
from django.test import RequestFactory

from accounts.auth_backends import axes_username, client_ip
from tests.server.accounts.conftest import login

WRONG = "Not-The-Password-1"


def request_from(remote="203.0.113.9", forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/api/v1/auth/login", **headers)


def test_the_username_is_the_trimmed_lower_cased_email():
    assert axes_username(None, {"username": "  Alice@Martin.FR "}) == "alice@martin.fr"


class TestClientIp:
    def test_without_a_proxy_forwarded_headers_are_ignored(self, settings):
        settings.AXES_IPWARE_PROXY_COUNT = 0

        assert client_ip(request_from(forwarded="1.1.1.1")) == "203.0.113.9"

    def test_behind_one_proxy_it_takes_the_address_the_proxy_saw(self, settings):
        settings.AXES_IPWARE_PROXY_COUNT = 1

        assert client_ip(request_from(forwarded="6.6.6.6, 198.51.100.7")) == "198.51.100.7"

    def test_behind_two_proxies_it_skips_the_inner_one(self, settings):
        settings.AXES_IPWARE_PROXY_COUNT = 2

        assert client_ip(request_from(forwarded="6.6.6.6, 198.51.100.7, 10.0.0.2")) == "198.51.100.7"

    def test_a_missing_header_falls_back_to_the_peer(self, settings):
        settings.AXES_IPWARE_PROXY_COUNT = 1

        assert client_ip(request_from()) == "203.0.113.9"


@pytest.mark.django_db
def test_behind_a_proxy_axes_locks_the_client_address_not_the_proxys(api, alice, settings):
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_CLIENT_IP_CALLABLE = "accounts.auth_backends.client_ip"
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(api, alice.email, WRONG, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)

    assert login(api, alice.email, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code == 429
    assert login(api, alice.email, HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy).status_code == 200


@pytest.mark.django_db
def test_a_forged_forwarded_header_does_not_dodge_the_sign_in_throttle(api, alice, throttle_rates):
    throttle_rates(auth_login="2/min")

    answers = [login(api, alice.email, HTTP_X_FORWARDED_FOR=f"6.6.6.{n}").status_code for n in range(3)]

    assert answers == [200, 200, 429]
