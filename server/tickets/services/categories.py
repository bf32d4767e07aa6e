"""Ticket categories (Commande, Demande d'assistance, …), managed by administrators."""

from django.db import IntegrityError, transaction

from audit.services import audit_diff, audit_fields, audit_record
from core.errors import ValidationFailed
from core.parsing import UNSET, Unset
from shared_schemas.audit import AuditAction, AuditTarget
from tickets.models import Category

_TRACKED = ("name", "description", "position", "is_active")


def _name_taken() -> ValidationFailed:
    return ValidationFailed.for_field("name", "A category with this name already exists.", code="already_exists")


def _ensure_name_free(name: str, *, except_id: int | None = None) -> None:
    others = Category.objects.filter(name__iexact=name)
    if except_id is not None:
        others = others.exclude(pk=except_id)
    if others.exists():
        raise _name_taken()


def _save(category: Category, **kwargs) -> None:
    try:
        with transaction.atomic():
            category.save(**kwargs)
    except IntegrityError as exc:
        raise _name_taken() from exc


@transaction.atomic
def category_create(
    *, actor, name: str, description: str = "", position: int = 0, is_active: bool = True
) -> Category:
    _ensure_name_free(name)
    category = Category(name=name, description=description, position=position, is_active=is_active)
    _save(category)
    audit_record(
        actor=actor, action=AuditAction.CATEGORY_CREATED, target_type=AuditTarget.CATEGORY, target_id=category.pk,
        target_label=category.name, after=audit_fields(category, _TRACKED),
    )
    return category


@transaction.atomic
def category_update(
    *,
    actor,
    category: Category,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    position: int | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Category:
    """A deactivated category disappears from clients and from new tickets; existing tickets keep it."""
    category = Category.objects.select_for_update().get(pk=category.pk)
    changes = {
        field: value
        for field, value in {
            "name": name, "description": description, "position": position, "is_active": is_active
        }.items()
        if not isinstance(value, Unset) and getattr(category, field) != value
    }
    if not changes:
        return category
    if "name" in changes:
        _ensure_name_free(changes["name"], except_id=category.pk)
    before = audit_fields(category, changes)
    for field, value in changes.items():
        setattr(category, field, value)
    _save(category, update_fields=list(changes))
    old, new = audit_diff(before, audit_fields(category, changes))
    audit_record(
        actor=actor, action=AuditAction.CATEGORY_UPDATED, target_type=AuditTarget.CATEGORY, target_id=category.pk,
        target_label=category.name, before=old, after=new,
    )
    return category
