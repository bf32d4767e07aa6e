"""Assignment and watchers."""

from core.ids import id_field
from core.parsing import StrictSerializer


class AssignSerializer(StrictSerializer):
    assignee = id_field(
        allow_null=True,
        help_text="An active staff user who can handle tickets, or null to unassign.",
    )


class WatcherAddSerializer(StrictSerializer):
    user = id_field(help_text="An active staff user.")
