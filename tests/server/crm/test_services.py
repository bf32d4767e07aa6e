import pytest

from accounts.services.sessions import session_refresh, session_token_pair
from core.errors import AuthenticationFailed, Conflict
from crm import services
from crm.models import Customer
from tests.server import factories

pytestmark = pytest.mark.django_db


def test_customer_create_refuses_a_crm_identifier_differing_only_by_case(admin, customer_a):
    with pytest.raises(Conflict) as raised:
        services.customer_create(actor=admin, external_id="Crm-A", name="Doublon")
    assert raised.value.code == "external_id_taken"
    assert Customer.objects.count() == 1


def test_customer_update_saves_only_what_changed(admin, customer_a, django_assert_max_num_queries):
    with django_assert_max_num_queries(3) as captured:  # savepoint, locked read, release
        services.customer_update(actor=admin, customer_id=customer_a.pk, name=customer_a.name)
    assert not [q for q in captured.captured_queries if q["sql"].startswith("UPDATE")]
    customer = services.customer_update(actor=admin, customer_id=customer_a.pk, city="Paris")
    assert Customer.objects.get(pk=customer.pk).city == "Paris"


def test_customer_update_cannot_change_the_crm_identifier(admin, customer_a):
    with pytest.raises(TypeError):
        services.customer_update(actor=admin, customer_id=customer_a.pk, external_id="CRM-Z")
    assert Customer.objects.get(pk=customer_a.pk).external_id == "CRM-A"


def test_contact_update_cannot_move_a_contact(admin, alice, customer_b):
    with pytest.raises(TypeError):
        services.contact_update(actor=admin, contact_id=alice.contact_id, customer=customer_b)


def test_deactivating_a_customer_ends_every_session_of_its_clients_only(
    admin, alice, bob, customer_a, django_capture_on_commit_callbacks
):
    colleague = factories.make_client_user(customer_a, email="claire@martin.fr")
    alices, colleagues, bobs = (session_token_pair(user=user) for user in (alice, colleague, bob))

    with django_capture_on_commit_callbacks(execute=True):
        services.customer_update(actor=admin, customer_id=customer_a.pk, is_active=False)
    customer_a.is_active = True
    customer_a.save(update_fields=["is_active"])  # reactivated: the ended sessions stay ended

    for ended in (alices, colleagues):
        with pytest.raises(AuthenticationFailed):
            session_refresh(refresh=ended.refresh)
    assert session_refresh(refresh=bobs.refresh).access
