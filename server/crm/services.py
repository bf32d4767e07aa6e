"""Writes by hand to the CRM data: customers and their contacts entered in the SAV, and the SAV's own
fields of the CRM's (`sav_notes`). What the CRM owns comes through the sync (`crm.sync`) and is
read-only here; orders, products and deliveries come only from there.

Each service takes keyword-only arguments with `actor=` first (the staff member doing it; the
API has checked `customers.manage`), runs in one transaction, saves with `update_fields`, and
raises `core.errors` with stable codes."""

from django.db import IntegrityError, transaction

from accounts.models import User
from accounts.services.sessions import sessions_end_all
from audit.services import audit_fields, audit_record
from core.errors import Conflict
from crm.models import Contact, Customer
from crm.selectors import contact_for_update, customer_for_update
from shared_schemas.audit import AuditAction, AuditTarget

CUSTOMER_CRM_FIELDS = (
    "name", "siret", "email", "phone", "address_line", "postal_code", "city", "country", "is_active",
)
CUSTOMER_EDITABLE_FIELDS = (*CUSTOMER_CRM_FIELDS, "sav_notes")
CONTACT_EDITABLE_FIELDS = ("first_name", "last_name", "email", "phone", "job_title")


def _external_id_taken(external_id: str) -> Conflict:
    message = "A customer with this CRM identifier already exists."
    return Conflict(
        message,
        code="external_id_taken",
        errors={"external_id": [{"code": "unique", "message": message}]},
    )


@transaction.atomic
def customer_create(
    *,
    actor,
    external_id: str,
    name: str,
    siret: str = "",
    email: str = "",
    phone: str = "",
    address_line: str = "",
    postal_code: str = "",
    city: str = "",
    country: str = "FR",
    is_active: bool = True,
    sav_notes: str = "",
) -> Customer:
    customer = Customer(
        external_id=external_id, name=name, siret=siret, email=email, phone=phone,
        address_line=address_line, postal_code=postal_code, city=city, country=country,
        is_active=is_active, sav_notes=sav_notes,
    )
    if Customer.objects.filter(external_id__iexact=external_id).exists():
        raise _external_id_taken(external_id)
    try:
        # A concurrent create of the same identifier loses here, in a savepoint.
        with transaction.atomic():
            customer.save(force_insert=True)
    except IntegrityError as exc:
        raise _external_id_taken(external_id) from exc
    _audit(actor, AuditAction.CUSTOMER_CREATED, customer,
           after=audit_fields(customer, ("external_id", *CUSTOMER_EDITABLE_FIELDS)))
    return customer


@transaction.atomic
def customer_update(*, actor, customer_id: int, **changes) -> Customer:
    """Changes the given fields (a subset of CUSTOMER_EDITABLE_FIELDS); `external_id` is the
    CRM's key and never changes. Deactivating a customer ends every session of its users: they can
    no longer sign in (authentication checks the customer's flag with the user), and what they had
    open closes now rather than when its tokens expire."""
    customer = customer_for_update(customer_id)
    if customer.from_crm:
        _refuse_crm_owned(customer, changes, crm_fields=CUSTOMER_CRM_FIELDS)
    was_active = customer.is_active
    before, after = _save_changes(customer, changes, editable=CUSTOMER_EDITABLE_FIELDS)
    if after:
        _audit(actor, AuditAction.CUSTOMER_UPDATED, customer, before=before, after=after)
    if was_active and not customer.is_active:
        for user in User.objects.filter(customer=customer):
            sessions_end_all(user=user)
    return customer


@transaction.atomic
def contact_create(
    *,
    actor,
    customer: Customer,
    first_name: str,
    last_name: str,
    email: str = "",
    phone: str = "",
    job_title: str = "",
    external_id: str | None = None,
) -> Contact:
    """A contact entered in the SAV; without a CRM identifier its key is NULL (several may have none)."""
    if external_id and Contact.objects.filter(external_id=external_id).exists():
        message = "A contact with this CRM identifier already exists."
        raise Conflict(message, code="external_id_taken",
                       errors={"external_id": [{"code": "unique", "message": message}]})
    contact = Contact.objects.create(
        customer=customer, first_name=first_name, last_name=last_name, email=email,
        phone=phone, job_title=job_title, external_id=external_id or None,
    )
    _audit(actor, AuditAction.CONTACT_CREATED, contact,
           after=audit_fields(contact, ("customer", *CONTACT_EDITABLE_FIELDS)))
    return contact


@transaction.atomic
def contact_update(*, actor, contact_id: int, **changes) -> Contact:
    contact = contact_for_update(contact_id)
    if contact.from_crm:
        _refuse_crm_owned(contact, changes, crm_fields=CONTACT_EDITABLE_FIELDS)
    before, after = _save_changes(contact, changes, editable=CONTACT_EDITABLE_FIELDS)
    if after:
        _audit(actor, AuditAction.CONTACT_UPDATED, contact, before=before, after=after)
    return contact


@transaction.atomic
def contact_delete(*, actor, contact_id: int) -> None:
    """A contact who has a client login is kept: deactivate the login first (users API), so
    that the tickets they wrote keep a known author."""
    contact = contact_for_update(contact_id)
    if Contact.objects.filter(pk=contact.pk, user__isnull=False).exists():
        raise Conflict(
            "This contact has a client login; deactivate it instead of deleting the contact.",
            code="contact_has_login",
        )
    before = audit_fields(contact, ("customer", *CONTACT_EDITABLE_FIELDS))
    _audit(actor, AuditAction.CONTACT_DELETED, contact, before=before)
    contact.delete()


def _refuse_crm_owned(instance, changes: dict, *, crm_fields) -> None:
    """The CRM owns these fields of a record it synchronises: a change here would be undone by the
    next sync, so it is refused (sending the current value back is fine)."""
    owned = sorted(f for f in changes if f in crm_fields and getattr(instance, f) != changes[f])
    if owned:
        message = "Origyne's CRM owns this field; change it in the CRM."
        raise Conflict(
            "These fields come from Origyne's CRM and are read-only here.",
            code="crm_owned_field",
            errors={field: [{"code": "crm_owned_field", "message": message}] for field in owned},
        )


def _save_changes(instance, changes: dict, *, editable) -> tuple[dict, dict]:
    """Sets the fields that differ and saves only those; a field outside `editable` is a bug.
    Returns what changed, as (before, after)."""
    before, after = {}, {}
    for field, value in changes.items():
        if field not in editable:
            raise TypeError(f"{type(instance).__name__} field {field!r} cannot be changed here")
        if getattr(instance, field) != value:
            before[field], after[field] = getattr(instance, field), value
            setattr(instance, field, value)
    if after:
        instance.save(update_fields=list(after))
    return before, after


def _audit(actor, action: AuditAction, instance: Customer | Contact, *, before=None, after=None) -> None:
    target = AuditTarget.CUSTOMER if isinstance(instance, Customer) else AuditTarget.CONTACT
    audit_record(
        actor=actor, action=action, target_type=target, target_id=instance.pk, target_label=str(instance),
        before=before, after=after,
    )
