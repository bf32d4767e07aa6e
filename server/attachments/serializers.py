"""Attachments on the wire (shared_schemas.attachments.AttachmentOut) and the upload form."""

from rest_framework import serializers


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


class AttachmentUploadSerializer(serializers.Serializer):
    """The multipart form of an upload (documentation; the view reads the form strictly)."""

    file = serializers.FileField(help_text="One file. Its type is decided from its content.")
    name = serializers.CharField(
        required=False, max_length=1000,
        help_text="The file's name as the user sees it (default: the file part's name); a path is refused.",
    )
    client_uuid = serializers.UUIDField(
        required=False, help_text="Client-generated id: a retry of the same file returns the first attachment."
    )
