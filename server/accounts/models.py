from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.db import models
from django.utils import timezone

from core.choices import choices_of
from shared_schemas.enums import Availability, Language, Permission, RoleAudience


class Role(models.Model):
    """A named set of permission codes. Built-in roles (client, agent, administrator) are
    seeded by a migration; administrators may edit them and create others."""

    code = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=100, unique=True)
    audience = models.CharField(max_length=10, choices=choices_of(RoleAudience))
    permissions = models.JSONField(default=list)
    is_builtin = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_staff_role(self) -> bool:
        return self.audience == RoleAudience.STAFF


class UserManager(BaseUserManager):
    use_in_migrations = True

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)

    def create_user(self, email: str, password: str | None = None, **fields):
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user


class User(AbstractBaseUser):
    email = models.EmailField(max_length=254, unique=True)  # stored lower-cased
    full_name = models.CharField(max_length=150)
    role = models.ForeignKey(Role, on_delete=models.PROTECT, related_name="users")
    customer = models.ForeignKey(
        "crm.Customer", null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )
    contact = models.OneToOneField(
        "crm.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="user"
    )
    phone = models.CharField(max_length=30, blank=True)
    language = models.CharField(max_length=2, choices=choices_of(Language), default=Language.FR)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    deactivated_at = models.DateTimeField(null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.full_name} <{self.email}>"

    @property
    def is_staff_member(self) -> bool:
        return self.role.audience == RoleAudience.STAFF

    @property
    def is_client(self) -> bool:
        return self.role.audience == RoleAudience.CLIENT

    def has_permission(self, permission: Permission | str) -> bool:
        return self.is_active and str(permission) in self.role.permissions


class AgentProfile(models.Model):
    """Staff-side data of an agent: availability and the categories they handle."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="agent_profile")
    availability = models.CharField(
        max_length=10, choices=choices_of(Availability), default=Availability.AVAILABLE
    )
    categories = models.ManyToManyField("tickets.Category", blank=True, related_name="agents")

    def __str__(self) -> str:
        return f"Agent profile of {self.user}"


class AgentCostRate(models.Model):
    """Hourly cost of an agent from `valid_from` on. A change adds a row: work already logged
    keeps the cost that was in force when it was done."""

    agent = models.ForeignKey(AgentProfile, on_delete=models.CASCADE, related_name="cost_rates")
    hourly_cost = models.DecimalField(max_digits=8, decimal_places=2)
    currency = models.CharField(max_length=3, default="EUR")
    valid_from = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-valid_from", "-id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(hourly_cost__gte=0), name="cost_rate_not_negative")
        ]

    def __str__(self) -> str:
        return f"{self.hourly_cost} {self.currency}/h from {self.valid_from:%Y-%m-%d %H:%M}"


class PasswordResetCode(models.Model):
    """A single-use, short-lived code sent by e-mail; only its hash is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="password_reset_codes")
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    failed_attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"Password code of user {self.user_id} until {self.expires_at:%Y-%m-%d %H:%M}"


class ApiKey(models.Model):
    """A key the CRM uses to push its records (`Authorization: Api-Key sav_<prefix>_<secret>`). Each key
    is the credential of its own service account (role `crm_sync`), so the journal tells keys apart.
    Only a SHA-256 of the secret is stored; the key itself is shown once, when it is created."""

    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, unique=True)  # public: shown in lists, names the key in the journal
    secret_hash = models.CharField(max_length=64)
    user = models.OneToOneField(User, on_delete=models.PROTECT, related_name="api_key")
    created_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} (sav_{self.prefix}_…)"
