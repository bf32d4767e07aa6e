"""Assignment and watchers."""

from core.parsing import StrictSerializer
from tickets.serializers.common import id_field


class AssignSerializer(StrictSerializer):
    assignee = id_field(
        allow_null=True,
        help_text="An active staff user who can handle tickets, or null to unassign.",
    )


class WatcherAddSerializer(StrictSerializer):
    user = id_field(help_text="An active staff user.")
