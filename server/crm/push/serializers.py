"""Input and output shapes of the push API (`shared_schemas.crm_sync`: the rows, PushReport). The rows
themselves are read by the row contract, not here: see `crm.push.schema` for how they are documented."""

from rest_framework import serializers

from core.parsing import StrictSerializer
from crm.push.services import PushResult


class PushBatchIn(StrictSerializer):
    # Each row is checked by the writer against the row contract: a bad row is refused alone.
    rows = serializers.ListField(allow_empty=False)


class PushRefusalOut(serializers.Serializer):
    external_id = serializers.CharField()
    reason = serializers.CharField(help_text="invalid, unknown_parent, duplicate_value or conflict.")
    message = serializers.CharField()


class PushReportOut(serializers.Serializer):
    run = serializers.IntegerField(help_text="The sync run of this call (Administration → CRM).")
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    deactivated = serializers.IntegerField()
    refused = PushRefusalOut(many=True)


def push_report(result: PushResult) -> dict:
    run = result.run
    return PushReportOut({
        "run": run.pk, "created": run.created, "updated": run.updated, "unchanged": run.unchanged,
        "deactivated": run.deactivated, "refused": result.refused,
    }).data
