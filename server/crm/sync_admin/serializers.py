"""Input and output shapes of Administration → CRM (`shared_schemas.crm_sync`). Names are unique across
the project: they become OpenAPI component names."""

from rest_framework import serializers

from core.parsing import StrictSerializer
from core.text import SingleLineField


class SyncCountsOut(serializers.Serializer):
    created = serializers.IntegerField(required=False)
    updated = serializers.IntegerField(required=False)
    unchanged = serializers.IntegerField(required=False)
    deactivated = serializers.IntegerField(required=False)
    refused = serializers.IntegerField(required=False)


class SyncRunOut(serializers.Serializer):
    id = serializers.IntegerField()
    source = serializers.CharField(help_text="pull or push.")
    mode = serializers.CharField(help_text="full or incremental (pull), batch (push).")
    dry_run = serializers.BooleanField()
    status = serializers.CharField(help_text="running, succeeded or failed.")
    started_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)
    duration_ms = serializers.IntegerField(allow_null=True)
    requested_by = serializers.IntegerField(
        source="requested_by_id", allow_null=True,
        help_text="The user who asked for it (« Synchroniser maintenant »), the push's service account, or "
        "null for the schedule.",
    )
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    deactivated = serializers.IntegerField()
    refused = serializers.IntegerField()
    per_entity = serializers.DictField(child=SyncCountsOut(), help_text="The same counts, per entity.")
    error = serializers.CharField(help_text="Why the run failed; empty otherwise.")


class SyncRunPageOut(serializers.Serializer):
    results = SyncRunOut(many=True)
    next_cursor = serializers.CharField(allow_null=True)


class SyncIssueOut(serializers.Serializer):
    entity = serializers.CharField()
    external_id = serializers.CharField()
    reason = serializers.CharField()
    message = serializers.CharField()


class SyncRunDetailOut(SyncRunOut):
    issues = SyncIssueOut(many=True, help_text="The refused rows (the first 1000; `refused` counts them all).")


class SyncRunCreateIn(StrictSerializer):
    full = serializers.BooleanField(
        default=False, help_text="Read everything and deactivate what the CRM no longer has (else: what changed)."
    )


class CrmStatusOut(serializers.Serializer):
    configured = serializers.BooleanField(help_text="A CRM database and its mapping are configured (pull).")
    source = serializers.CharField(allow_null=True, help_text='"host:port/db" of the CRM database.')
    running = serializers.BooleanField(help_text="A pull is running now.")
    last_run = SyncRunOut(allow_null=True, help_text="The newest run, pull or push.")
    incremental_every_minutes = serializers.IntegerField()
    full_every_hours = serializers.IntegerField()


# --- API keys --------------------------------------------------------------------------------


class ApiKeyCreatorOut(serializers.Serializer):
    id = serializers.IntegerField()
    full_name = serializers.CharField()


class ApiKeyOut(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    prefix = serializers.CharField(help_text="The key reads sav_<prefix>_<secret>; the prefix alone names it.")
    created_at = serializers.DateTimeField()
    created_by = ApiKeyCreatorOut(allow_null=True)
    last_used_at = serializers.DateTimeField(allow_null=True, help_text="To the minute.")
    revoked_at = serializers.DateTimeField(allow_null=True)


class ApiKeyCreatedOut(ApiKeyOut):
    key = serializers.CharField(help_text="The whole key, shown this once: the server keeps only its hash.")


class ApiKeyCreateIn(StrictSerializer):
    name = SingleLineField(max_length=100, help_text="What the key is for, e.g. « CRM Origyne (production) ».")
