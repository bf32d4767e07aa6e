import pytest
from rest_framework.test import APIClient

from accounts.services.api_keys import api_key_create


@pytest.fixture
def crm_key(admin):
    """The key « CRM Origyne » and its service account, created by Anne (administrator)."""
    return api_key_create(actor=admin, name="CRM Origyne")


def with_key(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    return client


@pytest.fixture
def crm(crm_key) -> APIClient:
    """An API client carrying the CRM's key."""
    return with_key(crm_key.key)
