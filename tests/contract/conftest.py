"""Fixtures of the contract tests: the server tests' named users and clients, and the OpenAPI
schema generated in-process."""

import pytest
from drf_spectacular.generators import SchemaGenerator

from tests.server.conftest import (  # noqa: F401  (fixtures shared with the server tests)
    _attachments_in_a_temporary_directory,
    _fast_password_hashing,
    _fresh_cache,
    admin,
    agent,
    agent2,
    alice,
    api,
    api_as,
    bob,
    category,
    customer_a,
    customer_b,
)


@pytest.fixture(scope="session")
def openapi():
    return SchemaGenerator().get_schema(request=None, public=True)
