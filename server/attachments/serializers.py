"""Attachments on the wire (shared_schemas.attachments.AttachmentOut) and the upload form."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import empty

from core.parsing import StrictSerializer


class AttachmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(help_text="The file name given at upload (metadata only).")
    content_type = serializers.CharField(help_text="Detected from the content, not from the name.")
    size = serializers.IntegerField(help_text="In bytes.")
    sha256 = serializers.CharField()
    ticket = serializers.IntegerField(source="ticket_id", allow_null=True, help_text="Null while staged.")
    message = serializers.IntegerField(
        source="message_id", allow_null=True, help_text="Null while staged, or for the ticket's opening."
    )
    created_at = serializers.DateTimeField()


@extend_schema_field({"type": "string"})
class FileNameField(serializers.Field):
    """A file name exactly as sent, even empty: `attachments.names.clean_name` judges it, so that a path or a
    control character is refused there (`attachment_name_invalid`), not trimmed away or refused otherwise here."""

    def get_value(self, dictionary):
        return dictionary.get(self.field_name, empty)

    def to_internal_value(self, data) -> str:
        if not isinstance(data, str):
            raise serializers.ValidationError("A file name is text.", code="invalid")
        return data

    def to_representation(self, value) -> str:
        return value


class AttachmentUploadSerializer(StrictSerializer):
    """The multipart form of an upload: one `file` part, and no field but these."""

    file = serializers.FileField(help_text="One file. Its type is decided from its content.")
    name = FileNameField(
        required=False,
        help_text="The file's name as the user sees it (default: the file part's name); a path is refused.",
    )
    client_uuid = serializers.UUIDField(
        required=False, help_text="Client-generated id: a retry of the same file returns the first attachment."
    )
