from datetime import datetime
from decimal import Decimal

from shared_schemas.common import IdName, UserRef, WireModel
from shared_schemas.enums import Availability, Language, RoleAudience


class RoleSummary(WireModel):
    id: int
    code: str
    name: str
    audience: RoleAudience


class Me(WireModel):
    id: int
    email: str
    full_name: str
    phone: str
    language: Language
    role: RoleSummary
    permissions: list[str]
    customer: IdName | None
    is_active: bool

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    @property
    def is_staff(self) -> bool:
        return self.role.audience == RoleAudience.STAFF


class TokenPair(WireModel):
    access: str
    refresh: str


class LoginResult(TokenPair):
    user: Me


class ContactSummary(WireModel):
    id: int
    first_name: str
    last_name: str
    email: str


class UserOut(WireModel):
    """An account as administrators see it."""

    id: int
    email: str
    full_name: str
    phone: str
    language: Language
    role: RoleSummary
    customer: IdName | None
    contact: ContactSummary | None
    is_active: bool
    date_joined: datetime
    deactivated_at: datetime | None
    last_login: datetime | None


class RoleOut(WireModel):
    id: int
    code: str
    name: str
    audience: RoleAudience
    permissions: list[str]
    is_builtin: bool
    user_count: int
    created_at: datetime


class AgentOut(WireModel):
    id: int
    full_name: str
    email: str
    role_code: str
    availability: Availability
    categories: list[IdName]
    current_hourly_cost: Decimal | None = None


class AgentCostRate(WireModel):
    id: int
    hourly_cost: Decimal
    currency: str
    valid_from: datetime
    created_by: UserRef | None
