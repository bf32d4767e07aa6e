"""Reads of the accounts app. Callers check permissions first (core.access); these hide what
does not exist for the caller behind the same `not_found`."""

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from accounts.models import AgentCostRate, AgentProfile, ApiKey, Role, User
from core.errors import NotFound
from core.pagination import Ordering
from shared_schemas.enums import RoleAudience
from tickets.models import Category

USER_ORDERINGS = {
    "full_name": Ordering("full_name", descending=False),
    "email": Ordering("email", descending=False),
    "-date_joined": Ordering("date_joined", descending=True),
}


@dataclass(frozen=True)
class UserFilters:
    role: str | None = None
    audience: str | None = None
    customer: int | None = None
    is_active: bool | None = None
    q: str | None = None


def user_list(*, filters: UserFilters) -> QuerySet[User]:
    users = User.objects.select_related("role", "customer", "contact")
    if filters.role is not None:
        users = users.filter(role__code=filters.role)
    if filters.audience is not None:
        users = users.filter(role__audience=filters.audience)
    else:  # the CRM's service accounts are managed with their API keys (Administration → CRM)
        users = users.exclude(role__audience=RoleAudience.SERVICE)
    if filters.customer is not None:
        users = users.filter(customer_id=filters.customer)
    if filters.is_active is not None:
        users = users.filter(is_active=filters.is_active)
    if filters.q:
        users = users.filter(Q(full_name__icontains=filters.q) | Q(email__icontains=filters.q))
    return users


def user_get(*, user_id: int) -> User:
    user = User.objects.select_related("role", "customer", "contact").filter(pk=user_id).first()
    if user is None:
        raise NotFound("No such user.")
    return user


def role_list() -> QuerySet[Role]:
    return Role.objects.annotate(user_count=Count("users")).order_by("id")


def role_get(*, role_id: int) -> Role:
    role = role_list().filter(pk=role_id).first()
    if role is None:
        raise NotFound("No such role.")
    return role


def _current_cost() -> Subquery:
    return Subquery(
        AgentCostRate.objects.filter(agent=OuterRef("agent_profile"), valid_from__lte=timezone.now())
        .order_by("-valid_from", "-id")
        .values("hourly_cost")[:1]
    )


def _agents() -> QuerySet[User]:
    """Active staff accounts with an agent profile: who a ticket can be assigned to."""
    return (
        User.objects.filter(is_active=True, role__audience=RoleAudience.STAFF, agent_profile__isnull=False)
        .select_related("role", "agent_profile")
        .prefetch_related(
            Prefetch("agent_profile__categories", queryset=Category.objects.order_by("position", "name", "id"))
        )
        .annotate(current_hourly_cost=_current_cost())
    )


def agent_list(*, category: int | None = None, availability: str | None = None) -> list[User]:
    agents = _agents()
    if category is not None:
        agents = agents.filter(agent_profile__categories=category)
    if availability is not None:
        agents = agents.filter(agent_profile__availability=availability)
    return list(agents.order_by("full_name", "id"))


def agent_get(*, user_id: int) -> User:
    agent = _agents().filter(pk=user_id).first()
    if agent is None:
        raise NotFound("No such agent.")
    return agent


def agent_profile_get(*, user_id: int) -> AgentProfile:
    """The profile of an agent (same visibility as `agent_get`), without the list's extras."""
    profile = AgentProfile.objects.filter(
        user_id=user_id, user__is_active=True, user__role__audience=RoleAudience.STAFF
    ).first()
    if profile is None:
        raise NotFound("No such agent.")
    return profile


def agent_cost_rates(*, profile: AgentProfile) -> QuerySet[AgentCostRate]:
    return profile.cost_rates.select_related("created_by").order_by("-valid_from", "-id")


def api_key_list() -> list[ApiKey]:
    """Every key, revoked ones too, newest first, with who created it (one query)."""
    return list(ApiKey.objects.select_related("created_by").order_by("-created_at", "-id"))


def api_key_get(*, api_key_id: int) -> ApiKey:
    api_key = ApiKey.objects.select_related("created_by", "user").filter(pk=api_key_id).first()
    if api_key is None:
        raise NotFound("No such API key.")
    return api_key
