"""What follows when the CRM deactivates a customer or a contact: a customer's users can no longer
sign in (authentication checks the customer's flag) and what they had open ends now; a contact's
client login is blocked (the person left the customer)."""

from accounts.models import User
from accounts.services.sessions import sessions_end_all
from accounts.services.users import user_deactivate_gone_contact


def customers_deactivated(customer_ids: list[int]) -> None:
    for user in User.objects.filter(customer_id__in=customer_ids, is_active=True):
        sessions_end_all(user=user)


def contacts_deactivated(contact_ids: list[int], *, actor) -> None:
    for user in User.objects.filter(contact_id__in=contact_ids, is_active=True):
        user_deactivate_gone_contact(actor=actor, user=user)
