from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone


class AppendOnlyError(RuntimeError):
    """An audit event is written once and never changed or deleted."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Audit events are never changed.")

    def delete(self):
        raise AppendOnlyError("Audit events are never deleted.")


class AuditEvent(models.Model):
    """Who did what to which object, from which address, when: written by `audit.services.audit_record`
    in the transaction of the change it records. On PostgreSQL a trigger refuses UPDATE and DELETE too
    (migration 0002), except the SET NULL of a deleted actor."""

    created_at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        db_index=False,  # the audit_by_actor index starts with it
    )
    # NULL, not "": no actor (anonymous, the system) and no target id, as the wire says (null).
    actor_email = models.EmailField(max_length=254, null=True, blank=True)  # noqa: DJ001  (a snapshot)
    action = models.CharField(max_length=50)  # shared_schemas.audit.AuditAction, open on the wire
    target_type = models.CharField(max_length=30)
    target_id = models.CharField(max_length=64, null=True, blank=True)  # noqa: DJ001
    target_label = models.CharField(max_length=255, blank=True)  # snapshot: e-mail, name, reference
    before = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    after = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    ip_address = models.GenericIPAddressField(null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="audit_newest_first"),
            models.Index(fields=["actor", "-created_at", "-id"], name="audit_by_actor"),
            models.Index(fields=["action", "-created_at", "-id"], name="audit_by_action"),
            models.Index(fields=["target_type", "target_id", "-created_at", "-id"], name="audit_by_target"),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S} {self.action} {self.target_type}:{self.target_id}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding or args or kwargs.get("force_update") or kwargs.get("update_fields"):
            raise AppendOnlyError("Audit events are never changed.")
        kwargs["force_insert"] = True
        super().save(**kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit events are never deleted.")
