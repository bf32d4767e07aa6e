import pytest

from core.errors import Conflict
from crm import services
from crm.models import Customer

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
