"""Attachments: upload (staged), metadata, download."""

import logging
import uuid

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from attachments import content_types
from attachments.names import content_disposition
from attachments.selectors import attachment_get_for
from attachments.serializers import AttachmentSerializer, AttachmentUploadSerializer
from attachments.services.uploads import attachment_upload, too_large
from attachments.storage import attachment_storage
from attachments.streaming import file_chunks
from attachments.uploads import stream_to_disk
from core.errors import NotFound, PermissionDenied, ValidationFailed
from core.parsing import parse, refuse_query_parameters
from core.schema import problem_responses
from shared_schemas.attachments import agreeing_name
from shared_schemas.enums import Permission
from tickets.apis.common import IDEMPOTENCY_KEY_PARAMETER, created_response, idempotency_key

logger = logging.getLogger(__name__)


def _upload_form(request) -> tuple[UploadedFile, str, uuid.UUID | None]:
    """The file, its name and the idempotency key of a multipart upload, read strictly: one `file`
    part, no field but `name` and `client_uuid` (form fields and file parts alike)."""
    guard = stream_to_disk(request, limit=settings.SAV_ATTACHMENT_MAX_BYTES)
    form = request.data  # its fields and file parts; reading it streams the body through the guard
    if guard.exceeded:
        raise too_large()
    data = parse(AttachmentUploadSerializer, form)
    if len(request.FILES.getlist("file")) != 1:
        raise ValidationFailed.for_field("file", "Send exactly one file per request.", code="required")
    return data["file"], data.get("name", data["file"].name or ""), data.get("client_uuid")


# Who may write something a file can go with.
_WRITING_PERMISSIONS = (Permission.TICKETS_CREATE, Permission.TICKETS_REPLY, Permission.TICKETS_NOTE)


class AttachmentCollectionApi(APIView):
    parser_classes = [MultiPartParser]
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "attachment_upload"

    @extend_schema(
        operation_id="attachments_create",
        summary="Upload one file (multipart); it stays staged until a ticket or message takes it",
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
        request={"multipart/form-data": AttachmentUploadSerializer},
        responses={201: AttachmentSerializer, **problem_responses(400, 401, 403, 409, 413, 415, 429)},
    )
    def post(self, request):
        if not any(request.user.has_permission(permission) for permission in _WRITING_PERMISSIONS):
            raise PermissionDenied("Your role cannot send files.", code="permission_denied")
        uploaded, name, client_uuid = _upload_form(request)
        result = attachment_upload(
            actor=request.user,
            file=uploaded,
            name=name,
            client_uuid=idempotency_key(request, client_uuid),
        )
        return created_response(AttachmentSerializer(result.obj).data, replayed=result.replayed)


class AttachmentApi(APIView):
    @extend_schema(
        operation_id="attachments_retrieve",
        summary="An attachment's metadata",
        responses={200: AttachmentSerializer, **problem_responses(400, 401, 404)},
    )
    def get(self, request, attachment_id: int):
        refuse_query_parameters(request.query_params)
        return Response(AttachmentSerializer(attachment_get_for(request.user, attachment_id)).data)


class AttachmentContentApi(APIView):
    @extend_schema(
        operation_id="attachments_content",
        summary="Download an attachment's file (always as a download, never rendered)",
        responses={
            (200, "application/octet-stream"): OpenApiResponse(
                OpenApiTypes.BINARY, description="The file, with its detected Content-Type."
            ),
            **problem_responses(400, 401, 404),
        },
    )
    def get(self, request, attachment_id: int):
        refuse_query_parameters(request.query_params)
        attachment = attachment_get_for(request.user, attachment_id)
        try:
            file = attachment_storage().open(attachment.storage_key, "rb")
        except FileNotFoundError as exc:
            logger.error("Attachment %s: its file %s is missing from storage", attachment.id, attachment.storage_key)
            raise NotFound("The file of this attachment is missing.", code="attachment_file_missing") from exc
        response = StreamingHttpResponse(
            file_chunks(request, file),
            content_type=content_types.served_type(attachment.content_type),
        )
        response["Content-Length"] = str(attachment.size)
        response["Content-Disposition"] = content_disposition(agreeing_name(attachment.name, attachment.content_type))
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "sandbox"
        response["Cache-Control"] = "no-store"  # as every API answer (core.cache_control)
        return response
