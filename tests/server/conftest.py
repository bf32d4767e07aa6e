import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from tests.server import factories


@pytest.fixture(scope="session", autouse=True)
def _attachments_in_a_temporary_directory(tmp_path_factory):
    """Uploaded files of the tests go to a directory of their own, never to SAV_DATA_DIR."""
    storages = {**settings.STORAGES, "attachments": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(tmp_path_factory.mktemp("attachments")),
                    "file_permissions_mode": 0o600, "directory_permissions_mode": 0o700},
    }}
    with override_settings(STORAGES=storages):
        yield


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttle counters live in the cache: every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def customer_a(db):
    return factories.make_customer(name="Boulangeries Martin", external_id="CRM-A")


@pytest.fixture
def customer_b(db):
    return factories.make_customer(name="Garage Durand", external_id="CRM-B")


@pytest.fixture
def alice(customer_a):
    """Client of customer A."""
    return factories.make_client_user(customer_a, email="alice@martin.fr", full_name="Alice Martin")


@pytest.fixture
def bob(customer_b):
    """Client of customer B."""
    return factories.make_client_user(customer_b, email="bob@durand.fr", full_name="Bob Durand")


@pytest.fixture
def agent(db):
    return factories.make_staff_user("agent", email="marc@origyne.fr", full_name="Marc Agent")


@pytest.fixture
def agent2(db):
    return factories.make_staff_user("agent", email="lea@origyne.fr", full_name="Léa Agent")


@pytest.fixture
def admin(db):
    return factories.make_staff_user("administrator", email="admin@origyne.fr", full_name="Anne Admin")


@pytest.fixture
def category(db):
    return factories.make_category()


@pytest.fixture
def api():
    """An anonymous API client."""
    return APIClient()


@pytest.fixture
def api_as():
    """`api_as(user)` → an API client carrying a real JWT access token for that user."""

    def make(user) -> APIClient:
        client = APIClient()
        token = RefreshToken.for_user(user).access_token
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
        return client

    return make


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """The production hasher costs ~0.5 s per user; tests need the behaviour, not the cost."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
