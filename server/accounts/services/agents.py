"""Agent profiles: availability, handled categories, hourly cost (with history)."""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from accounts.models import AgentCostRate, AgentProfile, User
from audit.services import audit_record
from core.access import require_permission
from core.errors import ValidationFailed
from core.parsing import UNSET
from shared_schemas.audit import AuditAction, AuditTarget
from shared_schemas.enums import Permission
from tickets.models import Category


def _audit(actor: User, action: AuditAction, profile: AgentProfile, field: str, before, after) -> None:
    audit_record(
        actor=actor, action=action, target_type=AuditTarget.AGENT, target_id=profile.user_id,
        target_label=profile.user.email, before={field: before}, after={field: after},
    )


def agent_update(
    *, actor: User, profile: AgentProfile, availability=UNSET, hourly_cost=UNSET, categories=UNSET
) -> AgentProfile:
    """An agent sets their own availability; users.manage holders set anyone's availability,
    categories and hourly cost. A new cost is a new rate valid from now on: the cost of work
    already logged never changes."""
    if profile.user_id != actor.pk or hourly_cost is not UNSET or categories is not UNSET:
        require_permission(actor, Permission.USERS_MANAGE)
    if categories is not UNSET:
        category_ids = sorted(set(categories))
        known = set(Category.objects.filter(pk__in=category_ids).values_list("pk", flat=True))
        unknown = [pk for pk in category_ids if pk not in known]
        if unknown:
            raise ValidationFailed(
                "Unknown category.",
                errors={
                    "categories": [
                        {"code": "unknown_category", "message": f"Category {pk} does not exist."}
                        for pk in unknown
                    ]
                },
            )
    with transaction.atomic():
        if availability is not UNSET and availability != profile.availability:
            before = profile.availability
            profile.availability = availability
            profile.save(update_fields=["availability"])
            _audit(actor, AuditAction.AGENT_AVAILABILITY_CHANGED, profile, "availability", before, availability)
        if categories is not UNSET:
            before = sorted(profile.categories.values_list("name", flat=True))
            profile.categories.set(category_ids)
            after = sorted(profile.categories.values_list("name", flat=True))
            if after != before:
                _audit(actor, AuditAction.AGENT_UPDATED, profile, "categories", before, after)
        if hourly_cost is not UNSET:
            before = profile.cost_rates.order_by("-valid_from", "-id").values_list("hourly_cost", flat=True).first()
            rate = AgentCostRate.objects.create(
                agent=profile,
                hourly_cost=Decimal(hourly_cost),
                valid_from=timezone.now(),
                created_by=actor,
            )
            _audit(actor, AuditAction.AGENT_COST_CHANGED, profile, "hourly_cost", before, rate.hourly_cost)
    return profile
