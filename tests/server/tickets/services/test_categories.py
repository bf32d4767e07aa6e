import pytest

from core.errors import ValidationFailed
from tickets.models import Category
from tickets.services.categories import category_create, category_update

pytestmark = pytest.mark.django_db


def test_an_administrator_adds_a_category(admin):
    category = category_create(actor=admin, name="Installation", description="Mise en service", position=9)
    assert Category.objects.filter(pk=category.pk, name="Installation", is_active=True).exists()


def test_category_names_are_unique_whatever_the_case(admin):
    with pytest.raises(ValidationFailed) as exc_info:
        category_create(actor=admin, name="commande")
    assert exc_info.value.errors["name"][0]["code"] == "already_exists"


def test_renaming_to_another_category_name_is_refused(admin):
    category = category_create(actor=admin, name="Installation")
    with pytest.raises(ValidationFailed):
        category_update(actor=admin, category=category, name="FACTURATION")
    category.refresh_from_db()
    assert category.name == "Installation"


def test_a_category_is_renamed_reordered_and_deactivated(admin):
    category = category_create(actor=admin, name="Installation")
    updated = category_update(actor=admin, category=category, name="Installation sur site", position=3, is_active=False)
    category.refresh_from_db()
    assert (category.name, category.position, category.is_active) == ("Installation sur site", 3, False)
    assert updated == category


def test_keeping_its_own_name_in_another_case_is_allowed(admin):
    category = category_create(actor=admin, name="Installation")
    assert category_update(actor=admin, category=category, name="INSTALLATION").name == "INSTALLATION"
